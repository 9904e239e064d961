"""SIGINT (Ctrl+C), SIGTERM (``kill``, a desktop logging out) and SIGHUP (the terminal
closed) end the program cleanly: its windows close, its worker stops and run() stops the
demo server on its way out.

Python runs a signal handler only between two of its own bytecodes, and Qt's event loop
runs none while idle: a Ctrl+C would wait for the next mouse move. So the C-level handler
writes the signal's number to a socket (``signal.set_wakeup_fd``) that a QSocketNotifier
watches, which wakes the event loop on the GUI thread at once (a socket, not a pipe: it
works the same on Windows).

What each signal does:

* SIGINT is a person at the terminal: the windows close as if they had clicked the
  close button, so the main window asks about unsaved records; they may say Cancel.
  A second Ctrl+C closes without asking.
* SIGTERM and SIGHUP close at once, without asking: nobody may be there to answer (a
  logout, a service manager), and whoever sent it follows up with SIGKILL when the
  program takes long (systemd after 90 s). Unsaved records are dropped, and each one is
  named in the log (the person can re-enter it); the demo server is stopped.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

#: The signals handled, where the platform has them (Windows has no SIGHUP).
HANDLED = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class StopSignals(QObject):
    """Installed by gui/app.py's run() for the life of the event loop; ``uninstall()``
    puts the previous handlers back."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._asked = False
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, Callable | int | None] = {}
        for number in HANDLED:
            # The Python-level handler does nothing: the wake-up socket carries the number
            # to _on_wakeup, on the GUI thread, when the event loop is free.
            self._previous[number] = signal.signal(number, _ignore)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            with contextlib.suppress(TypeError, ValueError):
                signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        self._reader.close()
        self._writer.close()

    def _on_wakeup(self) -> None:
        try:
            received = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for number in received:
            self.stop(number)

    def stop(self, number: int) -> None:
        """What receiving signal ``number`` does (see the module docstring)."""
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        polite = number == getattr(signal, "SIGINT", None) and not self._asked
        log.info("%s received: closing %s", name, "as asked" if polite else "without asking")
        if polite:
            self._asked = True
            for window in _windows_to_close():
                window.close()
            return
        for window in _windows_to_close():
            close_without_asking = getattr(window, "close_without_asking", None)
            if close_without_asking is not None:
                close_without_asking()
            else:
                window.close()
        # Whatever still stood (a window that refused, a modal question): the loop ends.
        self._app.quit()


def _windows_to_close() -> list:
    """The main windows when one is open (each closes its record windows and asks about
    them once), else every open window (the login window)."""
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    main = [w for w in shown if hasattr(w, "close_without_asking")]
    return main or shown


def _ignore(_number: int, _frame: object) -> None:
    """The Python-level handler: the wake-up socket has already told the GUI thread."""
