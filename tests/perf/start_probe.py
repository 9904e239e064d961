"""``dicel-desktop`` with a stopwatch: when the login window first painted, then exit.

    DICEL_DEMO_DIR=... python tests/perf/start_probe.py --demo [--until-ready]

Runs the program's own entry point (``dicel_desktop.__main__.main``) unchanged. The only
hook is on the login window's ``first_painted`` signal (connected before the program's
own slots, so before the demo server's start is even asked for): at that moment it
notes ``time.monotonic()`` (comparable with the parent's spawn time: CLOCK_MONOTONIC is
system-wide on Linux) and which heavy modules are already imported. Then it exits at
once, or with ``--until-ready`` waits for the demo users to be listed (the server up),
notes that time too and closes the window as a person would, so the program stops the
server it started.

Imports only what the program imports anyway (the login window's module), so the
stopwatch itself costs the start nothing measurable.
"""

from __future__ import annotations

import os
import sys
import time

#: Modules that must not be loaded before the first paint (gui/app.py's promise).
HEAVY = ("sqlalchemy", "psycopg", "pyqtgraph", "alembic", "keyring", "numpy", "platformdirs")
MARK = "RESULT "


def _emit(report: dict[str, object]) -> None:
    import json

    sys.stdout.write(MARK + json.dumps(report) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    until_ready = "--until-ready" in argv
    args = [a for a in argv if a != "--until-ready"]
    report: dict[str, object] = {}

    from dicel_desktop.gui import login_window

    cls = login_window.LoginWindow
    original_init = cls.__init__
    original_ready = cls.set_demo_ready
    original_failed = cls.set_demo_failed

    def on_first_painted() -> None:
        report["painted_at"] = time.monotonic()
        report["heavy_at_paint"] = [name for name in HEAVY if name in sys.modules]
        report["modules_at_paint"] = len(sys.modules)
        if not until_ready:
            _emit(report)
            os._exit(0)  # nothing else has started yet: no server to stop

    def init(self, *a, **k) -> None:
        original_init(self, *a, **k)
        self.first_painted.connect(on_first_painted)

    def set_demo_ready(self, ready) -> None:
        original_ready(self, ready)
        report["ready_at"] = time.monotonic()
        report["demo_users"] = len(ready.users)
        self.close()

    def set_demo_failed(self, message: str) -> None:
        original_failed(self, message)
        report["failed"] = message
        self.close()

    cls.__init__ = init
    cls.set_demo_ready = set_demo_ready
    cls.set_demo_failed = set_demo_failed

    from dicel_desktop.__main__ import main as program

    report["exit_status"] = program(args)
    _emit(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
