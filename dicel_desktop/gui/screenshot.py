"""Headless screenshots for support, documentation and tests:

    dicel-desktop --demo --user EMAIL --screenshot FILE.png [--tab NAME]

Logs in to the demo database as that demo user, opens the tab, waits until its lists
have loaded, renders the window into FILE.png and exits. Works offscreen
(QT_QPA_PLATFORM=offscreen), so it needs no display.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

#: How long to wait for the lists on screen to load before rendering anyway.
LOAD_TIMEOUT_S = 30.0
SIZE = (1400, 860)


def take_screenshot(email: str, path: Path, tab: str | None = None) -> int:
    """The exit status: 0 when the file was written, 2 with a message otherwise."""
    from dicel_desktop.demo_mode import demo_folder, start_demo_database
    from dicel_desktop.gui.app import make_application
    from dicel_desktop.localdb import LocalCluster

    app = make_application([])
    cluster = LocalCluster(demo_folder())
    was_running = cluster.is_running()
    demo = start_demo_database()
    try:
        return _shoot(app, demo.cluster.port, email, path, tab)
    finally:
        if not was_running:  # leave the machine as we found it
            demo.cluster.stop()


def _shoot(app: QApplication, port: int, email: str, path: Path, tab: str | None) -> int:
    from dicel_desktop.demo import DEMO_PASSWORD
    from dicel_desktop.demo_mode import DEMO_DATABASE
    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.gui.main_window import MainWindow
    from dicel_desktop.services.auth import login

    try:
        logged_in = login("127.0.0.1", port, DEMO_DATABASE, email, DEMO_PASSWORD)
    except DicelError as exc:
        print(f"dicel-desktop: {email}: {exc.message}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        # A fresh settings file: the picture must not depend on what this desktop's user
        # last had open.
        settings = QSettings(str(Path(folder) / "screenshot.ini"), QSettings.Format.IniFormat)
        window = MainWindow(logged_in, settings=settings)
        window.resize(*SIZE)
        window.show()
        if tab:
            try:
                window.show_tab(tab)
            except KeyError:
                titles = ", ".join(window.tab_titles())
                print(f"dicel-desktop: no tab {tab!r} for {email}; tabs: {titles}", file=sys.stderr)
                window.close()
                return 2
        _wait_until_loaded(app, window)
        image = window.grab()
        window.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        print(f"dicel-desktop: could not write {path}", file=sys.stderr)
        return 2
    print(f"Saved {path} ({image.width()}x{image.height()})")
    return 0


def _wait_until_loaded(app: QApplication, window) -> None:
    """Process events until the worker is idle and the visible list has its rows."""
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    quiet_since: float | None = None
    while time.monotonic() < deadline:
        app.processEvents()
        grid = window.current_grid()
        loaded = grid is None or (
            not grid.model.is_loading
            and (grid.model.rowCount() == 0 or grid.model.is_row_loaded(0))
        )
        if loaded and not window.worker.is_busy:
            # Idle for a moment: a page that arrives triggers the next paint's requests.
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since > 0.3:
                return
        else:
            quiet_since = None
        time.sleep(0.01)
