"""A main window, built and shown after a real login, imports what its first tab shows
and nothing it does not (tests/unit/test_start_imports_on_first_use.py holds the list):
an employee's (My work only) no chart, step, editor or admin dialog; a finance
manager's, whose dashboards draw charts, pyqtgraph but still no step or editor. In a
fresh process, on the demo company: nothing another test imported hides an import."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from start_imports import LAZY, in_a_fresh_process

#: What a dashboard's charts bring, for a role whose first window has dashboards.
CHARTS = ("dicel_desktop.gui.dashboards.dashboard_chart", "pyqtgraph", "numpy")


def _imported_by_the_window(demo_dsn: str, email: str, tmp_path) -> list[str]:
    parts = urlsplit(demo_dsn)
    server = (parts.hostname or "127.0.0.1", parts.port or 5432, parts.path.lstrip("/"))
    code = (
        "import json, sys\n"
        "from PySide6.QtCore import QSettings, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from dicel_desktop.demo import DEMO_PASSWORD\n"
        "from dicel_desktop.gui.main_window import MainWindow\n"
        "from dicel_desktop.services.auth import login\n"
        "app = QApplication([])\n"
        f"settings = QSettings({str(tmp_path / 'settings.ini')!r}, QSettings.Format.IniFormat)\n"
        f"window = MainWindow(login(*{server!r}, {email!r}, DEMO_PASSWORD), settings)\n"
        "window.show()\n"
        # Its first reads answered and painted, its dashboards laid out ahead (400 ms on);
        # a deadline for the window's own work, not a measurement.
        "QTimer.singleShot(3000, lambda: app.exit(0))\n"
        "app.exec()\n"
        "window.close()\n"  # as a person closes it: it asks whether exports are running
        f"found = sorted(m for m in {LAZY!r} if m in sys.modules)\n"
        "print(json.dumps(found))\n"
    )
    return in_a_fresh_process(code)


@pytest.mark.parametrize(
    ("email", "expected"),
    [("josiane.murekatete@dicel.rw", []), ("eric.niyonzima@dicel.rw", sorted(CHARTS))],
)
def test_a_main_window_imports_only_what_its_first_tab_shows(demo_dsn, tmp_path, email, expected):
    assert _imported_by_the_window(demo_dsn, email, tmp_path) == expected
