"""A login to the main window's first tab painted, with a stopwatch, in a fresh process.

    python tests/perf/first_tab_probe.py --port PORT --email EMAIL [--tab NAME]

As the program does it: the application made (translations, theme) and the login
window's module imported, as they are when a person presses Log in; then the login
(``services.auth.login``), the main window opened (``gui.app.open_main_window``: the
main window's modules imported there) and, with ``--tab``, that tab brought to the front
as a click would. Noted with ``time.monotonic()`` (system-wide on Linux, so comparable
with the parent's spawn time): when the login was asked for, when the window first
painted, and when its first tab had its figures and rows and was painted again with
them (the inbox's first list, the dashboard's figures and chart, the list's first page:
what ``--screenshot`` waits for, without its pause for quiet).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from _measure import emit_result, wait_until


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--tab")
    args = parser.parse_args(argv)

    import dicel_desktop.gui.login_window  # noqa: F401  (what the program has at Log in)
    from dicel_desktop.gui.app import make_application

    app = make_application([])
    from PySide6.QtCore import QEvent, QObject

    report: dict[str, object] = {"modules_before_login": len(sys.modules)}
    report["login_at"] = time.monotonic()
    from dicel_desktop.demo import DEMO_PASSWORD
    from dicel_desktop.demo_mode import DEMO_DATABASE
    from dicel_desktop.services.auth import login

    logged_in = login("127.0.0.1", args.port, DEMO_DATABASE, args.email, DEMO_PASSWORD)
    report["logged_in_at"] = time.monotonic()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and "shown_at" not in report:
                report["shown_at"] = time.monotonic()
            return False

    watcher = FirstPaint()
    from dicel_desktop.gui.app import open_main_window

    # The window's own widgets paint; the filter sees the first of them.
    app.installEventFilter(watcher)
    window = open_main_window(logged_in)
    from dicel_desktop.gui import screenshot

    if args.tab:
        window.show_tab(args.tab)
        screenshot._show_dashboard(window)  # a department opens on its dashboard

    def loaded() -> bool:
        grid = window.current_grid()
        return (
            window.my_work.inbox.loaded
            and screenshot._dashboard_painted(window)
            and (
                grid is None
                or (
                    not grid.model.is_loading
                    and (grid.model.rowCount() == 0 or grid.model.is_row_loaded(0))
                )
            )
        )

    if not wait_until(lambda: "shown_at" in report and loaded(), timeout_s=120):
        report["failed"] = "the first tab did not load in 120 s"
    window.repaint()  # its figures and rows on screen, now
    report["loaded_at"] = time.monotonic()
    app.removeEventFilter(watcher)
    report["modules_at_loaded"] = len(sys.modules)
    report["charts_imported"] = "pyqtgraph" in sys.modules
    emit_result(report)
    os._exit(0)  # the window's threads and listener need no tidy end in a probe


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
