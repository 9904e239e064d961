"""A main window, built and shown after a real login, imports what its first tab shows
and nothing it does not (tests/unit/test_start_imports_on_first_use.py holds the list):
an employee's (My work only) no chart, step, editor or admin dialog; a finance
manager's, whose dashboards draw charts, pyqtgraph but still no step or editor, and only
once the window is painted: the dashboards' charts are made when first laid out, not
with the window. In a fresh process, on the demo company: nothing another test imported
hides an import."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from start_imports import LAZY, in_a_fresh_process

#: What a dashboard's charts bring, for a role whose first window has dashboards.
CHARTS = ("dicel_desktop.gui.dashboards.dashboard_chart", "pyqtgraph", "numpy")

#: Logs in, notes in order the window's first paint and the import of pyqtgraph, shows
#: the window and runs until ``done()`` (a deadline for the window's own work on a busy
#: machine, not a measurement), then closes it as a person does. ``SETUP`` and ``DONE``
#: are filled in by each test.
WINDOW = """
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
QTimer.singleShot(60_000, lambda: app.exit(1))
timed_out = app.exec()
window.close()
found = sorted(m for m in LAZY if m in sys.modules)
print(json.dumps({"events": events, "imported": found, "timed_out": timed_out, "report": REPORT}))
"""


def _run_window(demo_dsn: str, email: str, tmp_path, *, setup="", done="True", report="None"):
    parts = urlsplit(demo_dsn)
    server = (parts.hostname or "127.0.0.1", parts.port or 5432, parts.path.lstrip("/"))
    code = (
        WINDOW.replace("SETUP", setup)
        .replace("DONE", done)
        .replace("REPORT", report)
        .replace("SETTINGS", repr(str(tmp_path / "settings.ini")))
        .replace("SERVER", repr(server))
        .replace("EMAIL", repr(email))
        .replace("LAZY", repr(LAZY))
    )
    result = in_a_fresh_process(code)
    assert isinstance(result, dict)
    assert result["timed_out"] == 0, result
    return result


#: The window's first reads answered and painted, and its dashboards laid out ahead of
#: their first visit (``MainWindow._prepare_a_dashboard``, 400 ms after it is shown).
FIRST_LOADS = (
    "window.my_work.inbox.loaded and all("
    "t.dashboard is None or t.dashboard.prepared for t in window.module_tabs.values())"
)


def test_a_main_window_imports_only_what_its_first_tab_shows(demo_dsn, tmp_path):
    result = _run_window(demo_dsn, "josiane.murekatete@dicel.rw", tmp_path, done=FIRST_LOADS)
    assert result["imported"] == []


def test_a_window_opening_on_my_work_is_painted_before_the_dashboards_charts_are_made(
    demo_dsn, tmp_path
):
    """The finance manager's window opens on My work: its six dashboards were each made
    with their charts (pyqtgraph and numpy imported) before it was shown; they are now
    made when the dashboards are laid out, after the window's first paint. The same run
    shows what the window imported: their charts' modules, nothing else lazy (it was a
    test of its own, the very same process run again)."""
    result = _run_window(demo_dsn, "eric.niyonzima@dicel.rw", tmp_path, done=FIRST_LOADS)
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
