"""What the program's start does not import, and what it still finds once asked for.

A start (the login window, the main window and its first tab, a screenshot run) imports
what its first window shows; the workflows' steps and dialogs, the admin dialogs, the
record forms' editors, printing, exporting, the charts (pyqtgraph and numpy) and the demo
data generators come with their first use. Several of those fill registries when they are
imported (a step, a document print, a form companion, a dashboard's chart): these tests
run in fresh processes, so nothing another test imported hides a module the program would
import, or a registration it would miss. tests/gui/test_main_window_imports_on_first_use.py
builds the main window after a real login.
"""

from __future__ import annotations

import pytest
from start_imports import LAZY, in_a_fresh_process

#: What a start imports: the entry point, the login window and the demo users it lists,
#: the main window with an employee's tabs (My work only), the screenshot's runner.
START = (
    "import sys, json\n"
    "import dicel_desktop.__main__, dicel_desktop.gui.app, dicel_desktop.gui.login_window\n"
    "import dicel_desktop.demo_mode\n"
    "from dicel_desktop.demo import DEMO_PASSWORD, demo_users\n"
    "import dicel_desktop.gui.main_window, dicel_desktop.gui.screenshot\n"
)


#: Every registry the workflow modules and the module tab fill at import, as names.
REGISTRIES = (
    "from dicel_desktop.gui.records import actions, record_window as rw\n"
    "from dicel_desktop.gui.dashboards import dashboard_page as dp\n"
    "def registered():\n"
    "    return {\n"
    "        'steps': {t: sorted(a.label + ' ' + a.function for a in found)\n"
    "                  for t, found in actions._ACTIONS.items()},\n"
    "        'prints': sorted(rw.DOCUMENT_PRINTS), 'companions': sorted(rw.FORM_COMPANIONS),\n"
    "        'own_new': sorted(rw.OWN_NEW_RECORDS),\n"
    "        'chart_factories': sorted(dp.CHART_FACTORIES),\n"
    "        'chart_queries': sorted(dp.CHART_QUERIES),\n"
    "    }\n"
)


@pytest.fixture(scope="module")
def started() -> dict:
    """One fresh process's start, read for the tests below (a process each took ~6 s):
    the lazy modules it imported, read first; then, the services' record_facts imported,
    how many tables' clocks it worked out; then the registries before and after a
    window's first lookup of its steps (the start's way of finding them)."""
    code = (
        START
        + (
            f"lazy = sorted(m for m in {LAZY!r} if m in sys.modules)\n"
            "from dicel_desktop.services import record_facts\n"
            "clock = record_facts._clock_read.cache_info().currsize\n"
        )
        + REGISTRIES
        + (
            "import uuid\n"
            "from dicel_desktop.domain.roles import Role\n"
            "from dicel_desktop.services.records import Record\n"
            "before = registered()\n"
            "record = Record('expenses', uuid.uuid4(), {'status': 'pending'})\n"
            "actions.actions_for('expenses', Role.FINANCE, record)\n"
            "print(json.dumps({'lazy': lazy, 'clock': clock, 'before': before,"
            " 'after': registered()}))\n"
        )
    )
    return in_a_fresh_process(code)  # type: ignore[return-value]


def test_the_start_imports_no_step_dialog_editor_chart_or_demo_generator(started):
    assert started["lazy"] == []


def test_the_start_does_not_list_the_tables_whose_new_records_read_the_clock(started):
    # record_facts.CLOCK_READ is made from every table's form (0.05-0.17 s, review38):
    # on the first new record's window, not at the start (window_clock imported it).
    assert started["clock"] == 0


def test_every_step_print_companion_and_chart_is_found_when_first_looked_for(started):
    # Everything any module of gui/workflows (and the module tab) registers, imported
    # eagerly: what the main window's import registered before steps were loaded lazily.
    eager = in_a_fresh_process(
        "import json, pkgutil, importlib\n"
        "import dicel_desktop.gui.workflows as package\n"
        "import dicel_desktop.gui.tabs.module_tab\n"
        "for info in pkgutil.iter_modules(package.__path__):\n"
        "    importlib.import_module(f'{package.__name__}.{info.name}')\n"
        + REGISTRIES
        + "print(json.dumps(registered()))\n"
    )
    # The start's way: the main window imported, then each lookup as a window makes it
    # (the process of ``started``, which read the start's imports first).
    lazy = started
    assert lazy["after"] == eager  # type: ignore[index]
    assert eager["steps"] and eager["prints"] and eager["companions"]  # type: ignore[index]
    assert eager["own_new"] and eager["chart_factories"]  # type: ignore[index]
    # Nothing was registered before the first lookup: the steps were not imported.
    assert lazy["before"]["steps"] == {}  # type: ignore[index]
    # Each other way in registers them all too: a window's New (own way of filing).
    by_new = in_a_fresh_process(
        START + REGISTRIES + "rw.own_new_record('leave_requests', 'employee')\n"
        "print(json.dumps(registered()))\n"
    )
    assert by_new == eager
