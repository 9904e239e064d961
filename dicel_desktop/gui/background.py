"""Run one blocking call off the GUI thread and get its result back on the GUI thread.

    call = BackgroundCall(auth.login, host, port, ...)
    call.succeeded.connect(self._on_login_succeeded)
    call.failed.connect(self._on_login_failed)
    call.start()

Connect before start(): a signal emitted before anyone is connected is lost. Connect
methods of QObjects living on the GUI thread, so Qt queues the calls to that thread.

For the few calls the login window makes before any database session exists (starting
the demo server, logging in, the OS keyring). Database work after login goes through
the DB worker (gui/worker.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

#: Calls still running: the Python side must outlive the thread that will emit its signals.
_running: set[BackgroundCall] = set()


class BackgroundCall(QObject):
    """One call running on Qt's thread pool; lives in (and signals to) the GUI thread."""

    #: The call returned this value.
    succeeded = Signal(object)
    #: The call raised this exception (the receiver decides what to say and what to log).
    failed = Signal(object)
    #: After succeeded or failed, either way.
    finished = Signal()

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._started = False
        self._function = function
        self._args = args
        self._kwargs = kwargs
        self.done = False

    def start(self) -> BackgroundCall:
        """Start the call on Qt's global thread pool (once); returns self."""
        if not self._started:
            self._started = True
            self.finished.connect(self._on_finished)
            _running.add(self)
            QThreadPool.globalInstance().start(self._run)
        return self

    def _run(self) -> None:  # on a pool thread
        try:
            try:
                result = self._function(*self._args, **self._kwargs)
            except Exception as exc:  # handed to the GUI thread, which decides what to say
                self.failed.emit(exc)
            else:
                self.succeeded.emit(result)
            self.finished.emit()
        except RuntimeError:
            # "Signal source has been deleted": the program is quitting and the object
            # is gone; nobody is left to tell.
            pass

    def _on_finished(self) -> None:  # on the GUI thread, after the slots above ran
        self.done = True
        _running.discard(self)
