"""A main window, built and shown after a real login, imports what its first tab shows
and nothing it does not (tests/unit/test_start_imports_on_first_use.py holds the list):
an employee's (My work only) no chart, step, editor or admin dialog; a finance
manager's, whose dashboards draw charts, pyqtgraph but still no step or editor, and only
once the window is painted: the dashboards' charts are made when first laid out, not
with the window. In a fresh process, on the demo company: nothing another test imported
hides an import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from start_imports import LAZY, in_a_fresh_process

#: What a dashboard's charts bring, for a role whose first window has dashboards.
CHARTS = ("dicel_desktop.gui.dashboards.dashboard_chart", "pyqtgraph", "numpy")

#: Logs in, notes in order the window's first paint and the import of pyqtgraph, shows
#: the window and runs until ``done()`` (a deadline for the window's own work on a busy
#: machine, not a measurement), then closes it as a person does. ``SETUP``, ``DONE`` and
#: ``REPORT`` are filled in by each window; a process may run several windows one after
#: another (WINDOWS, one JSON line each), each with its own events and settings.
HEAD = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.services.auth import login
events = []
class Imports:
    def find_spec(self, name, path=None, target=None):
        if name == "pyqtgraph" and "pyqtgraph" not in events:
            events.append("pyqtgraph")
        return None
sys.meta_path.insert(0, Imports())
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in events:
            events.append("painted")
        return False
app = QApplication([])
painted = FirstPaint()
app.installEventFilter(painted)
from dicel_desktop.gui.main_window import MainWindow
"""

WINDOW = """
events.clear()
settings = QSettings(SETTINGS, QSettings.Format.IniFormat)
SETUP
window = MainWindow(login(*SERVER, EMAIL, DEMO_PASSWORD), settings)
events.append("made")
window.show()
def done():
    return DONE
def check():
    if done() and not window.worker.is_busy:
        app.exit(0)
poll = QTimer(interval=20, timeout=check)
poll.start()
deadline = QTimer(singleShot=True, interval=60_000, timeout=lambda: app.exit(1))
deadline.start()
timed_out = app.exec()
poll.stop()
deadline.stop()
window.close()
found = sorted(m for m in LAZY if m in sys.modules)
print(json.dumps({"events": events, "imported": found, "timed_out": timed_out, "report": REPORT}))
"""


def _window_code(demo_dsn, email, settings, *, setup="", done="True", report="None") -> str:
    parts = urlsplit(demo_dsn)
    server = (parts.hostname or "127.0.0.1", parts.port or 5432, parts.path.lstrip("/"))
    return (
        WINDOW.replace("SETUP", setup)
        .replace("DONE", done)
        .replace("REPORT", report)
        .replace("SETTINGS", repr(str(settings)))
        .replace("SERVER", repr(server))
        .replace("EMAIL", repr(email))
        .replace("LAZY", repr(LAZY))
    )


def _run_window(demo_dsn: str, email: str, tmp_path, **window):
    result = in_a_fresh_process(
        HEAD + _window_code(demo_dsn, email, tmp_path / "settings.ini", **window)
    )
    assert isinstance(result, dict)
    assert result["timed_out"] == 0, result
    return result


#: The window's first reads answered and painted, and its dashboards laid out ahead of
#: their first visit (``MainWindow._prepare_a_dashboard``, 400 ms after it is shown).
FIRST_LOADS = (
    "window.my_work.inbox.loaded and all("
    "t.dashboard is None or t.dashboard.prepared for t in window.module_tabs.values())"
)


@pytest.fixture(scope="module")
def on_my_work(demo_dsn, tmp_path_factory) -> list[dict]:
    """The employee's window, then the finance manager's, both opening on My work, one
    after the other in one fresh process (a process each took ~5 s): the employee's
    imports nothing lazy (the first test asserts it), so what the second imported, and
    when pyqtgraph came, is its own."""
    folder = tmp_path_factory.mktemp("on_my_work")
    code = HEAD + "".join(
        _window_code(demo_dsn, email, folder / f"{name}.ini", done=FIRST_LOADS)
        for name, email in (
            ("employee", "josiane.murekatete@dicel.rw"),
            ("finance", "eric.niyonzima@dicel.rw"),
        )
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, timeout=240, env=environment,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    results = [json.loads(line) for line in run.stdout.strip().splitlines()[-2:]]
    assert [r["timed_out"] for r in results] == [0, 0], results
    return results


def test_a_main_window_imports_only_what_its_first_tab_shows(on_my_work):
    employee, _finance = on_my_work
    assert employee["imported"] == []


def test_a_window_opening_on_my_work_is_painted_before_the_dashboards_charts_are_made(
    on_my_work,
):
    """The finance manager's window opens on My work: its six dashboards were each made
    with their charts (pyqtgraph and numpy imported) before it was shown; they are now
    made when the dashboards are laid out, after the window's first paint. The same run
    shows what the window imported: their charts' modules, nothing else lazy (it was a
    test of its own, the very same process run again). (After the employee's window in
    the same process, which imported nothing lazy: the first test.)"""
    employee, result = on_my_work
    assert employee["imported"] == [], "the employee's window hid the finance one's imports"
    assert result["imported"] == sorted(CHARTS)
    assert result["events"] == ["made", "painted", "pyqtgraph"]


@pytest.mark.parametrize(
    ("email", "tab", "module"),
    [("eric.niyonzima@dicel.rw", "Finance", "finance"), ("diane.mutoni@dicel.rw", "Risk", "risk")],
)
def test_a_window_opening_on_a_dashboard_is_painted_before_its_charts_are_made(
    demo_dsn, tmp_path, email, tab, module
):
    """Left on a department's dashboard, the window opens on it: it is painted first,
    saying the figures are loading, and the charts are made then; the figures, even if
    they came first, are drawn into them."""
    result = _run_window(
        demo_dsn,
        email,
        tmp_path,
        setup=f"settings.setValue('main_window/tab', {tab!r})",
        done=f"window.module_tabs[{module!r}].dashboard.loaded",
        report=(
            f"(lambda page: {{'charts': sorted(page.charts), 'drawn': all(p.drawn for p in "
            f"page.charts.values()), 'figures': len(page.data.figures)}})"
            f"(window.module_tabs[{module!r}].dashboard)"
        ),
    )
    assert result["events"] == ["made", "painted", "pyqtgraph"]
    assert result["report"]["charts"] and result["report"]["drawn"]
    assert result["report"]["figures"] > 0
