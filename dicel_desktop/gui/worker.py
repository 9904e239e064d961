"""The one DB worker: database work off the GUI thread (ARCHITECTURE 3).

``DbWorker.submit(fn, on_done, on_error)`` queues ``fn(session)``; a single thread runs
tasks one at a time, each with its own short ``Session`` (closed, so rolled back unless
``fn`` committed), and hands the result back to the GUI thread: callbacks always run
there, never inside the worker.

The worker thread makes no PySide6 call at all: results go into a deque, and the
worker wakes the GUI thread by writing one byte to a socket pair that a QSocketNotifier
(made on the GUI thread) watches. So nothing in the Qt bindings has to be thread-safe
(no signal is emitted from the worker), and plain sockets behave the same on Linux and
Windows. Tasks must not touch Qt either (gui/cell_format.py formats without it).

Stale work is dropped by request id: ``cancel(id)`` takes a queued task out of the
queue, or, if it is running, asks the server to cancel its statement (a slow search is
not left to finish while the person has already typed the next one). A cancelled
task's result is never delivered, and its connection is discarded rather than pooled,
so a late cancel signal cannot hit the next task's query.

The GUI thread goes first. Python runs one thread at a time (the GIL): a task's Python
(building a statement, formatting rows) running while the GUI thread builds or paints a
window made both take about twice as long. So a task starts only once the GUI thread has
handled what was queued for it when the task was submitted (its layout and paint
requests included): ``submit`` posts a marker event of the lowest priority, and the task
waits for it, or for ``GUI_FIRST_MS`` if the GUI thread never gets there. The query then
runs while the window is already on screen.

Errors never raise into Qt: they reach ``on_error`` as the exception, and
``describe_error`` turns one into a sentence for a person.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import socket
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, Qt, Signal
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

Task = Callable[[Session], Any]
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]

#: Longest a task waits for the GUI thread's turn before it runs anyway.
GUI_FIRST_MS = 50
#: The marker's priority: below Qt's own low-priority events (paint requests).
_AFTER_EVERYTHING = Qt.EventPriority.LowEventPriority.value - 1
_GUI_TURN = QEvent.Type(QEvent.registerEventType())


@dataclass(eq=False)
class _Job:
    id: int
    fn: Task
    #: The psycopg connection while the job runs (for cancel); guarded by ``lock``.
    driver_connection: Any = None
    cancelled: bool = False
    finished: bool = False
    #: Set when the GUI thread has handled what was queued before this job.
    gui_turn: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)


def describe_error(error: BaseException) -> str:
    """What a person reads when a database task failed."""
    if isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError):
        sqlstate = getattr(getattr(error, "orig", None), "sqlstate", None)
        if sqlstate == "57014":
            return "The database took too long to answer. Try a narrower search or filter."
        return (
            "The database server could not be reached. Check the network connection, "
            "then reload the list."
        )
    if isinstance(error, sa_exc.ProgrammingError):
        sqlstate = getattr(getattr(error, "orig", None), "sqlstate", None)
        if sqlstate == "42501":
            return "You do not have the right to see this list. Ask an administrator."
    return "The list could not be loaded because of an unexpected error. Reload to try again."


class DbWorker(QObject):
    """One thread, one task at a time; results come back on the GUI thread."""

    #: True while tasks are queued or running.
    busy_changed = Signal(bool)

    def __init__(self, session_factory: Callable[[], Session], parent: QObject | None = None):
        super().__init__(parent)
        self._session_factory = session_factory
        self._ids = itertools.count(1)
        self._queue: deque[_Job] = deque()
        self._wake = threading.Condition()
        self._running: _Job | None = None
        self._stopping = False
        # GUI-thread bookkeeping: callbacks of requests still wanted.
        self._callbacks: dict[int, tuple[OnDone | None, OnError | None]] = {}
        self._outstanding: set[int] = set()
        # (request id, succeeded, result or exception), appended by the worker thread.
        self._results: deque[tuple[int, bool, Any]] = deque()
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._wake_reader.setblocking(False)
        self._wake_writer.setblocking(False)
        self._notifier = QSocketNotifier(
            self._wake_reader.fileno(), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._on_notifier_activated)
        # Jobs whose marker event is on its way (see the module docstring).
        self._turns: deque[_Job] = deque()
        self._thread = threading.Thread(target=self._run, name="dicel-db-worker", daemon=True)
        self._thread.start()

    # ----------------------------------------------------------------- GUI thread API

    def submit(
        self, fn: Task, on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> int:
        """Queue ``fn(session)``; returns the request id (for ``cancel``)."""
        job = _Job(next(self._ids), fn)
        self._callbacks[job.id] = (on_done, on_error)
        self._turns.append(job)
        QCoreApplication.postEvent(self, QEvent(_GUI_TURN), _AFTER_EVERYTHING)
        was_busy = bool(self._outstanding)
        self._outstanding.add(job.id)
        with self._wake:
            if self._stopping:
                raise RuntimeError("the DB worker has been shut down")
            self._queue.append(job)
            self._wake.notify()
        if not was_busy:
            self.busy_changed.emit(True)
        return job.id

    def cancel(self, request_id: int) -> None:
        """Forget a request: its callbacks will not run, its query is cancelled."""
        self._callbacks.pop(request_id, None)
        running: _Job | None = None
        dequeued = False
        with self._wake:
            for job in self._queue:
                if job.id == request_id:
                    self._queue.remove(job)
                    dequeued = True
                    break
            else:
                if self._running is not None and self._running.id == request_id:
                    running = self._running
                    running.cancelled = True
        if dequeued:
            self._finish_outstanding(request_id)
        elif running is not None:
            # Cancelling waits for the server's answer: never on the GUI thread.
            threading.Thread(target=self._cancel_statement, args=(running,), daemon=True).start()

    @property
    def is_busy(self) -> bool:
        return bool(self._outstanding)

    @property
    def is_shut_down(self) -> bool:
        """After ``shutdown()``: ``submit`` refuses work."""
        return self._stopping

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop after cancelling what runs; queued tasks are dropped."""
        with self._wake:
            self._stopping = True
            self._queue.clear()
            running = self._running
            self._wake.notify()
        self._callbacks.clear()
        if running is not None:
            running.cancelled = True
            self._cancel_statement(running)
        for job in self._turns:
            job.gui_turn.set()  # a task waiting for the GUI thread stops waiting
        self._turns.clear()
        self._thread.join(timeout)
        self._notifier.setEnabled(False)
        self._results.clear()
        self._wake_reader.close()
        self._wake_writer.close()

    # ----------------------------------------------------------------- worker thread

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._queue and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                job = self._queue.popleft()
                self._running = job
            job.gui_turn.wait(GUI_FIRST_MS / 1000)
            if job.cancelled or self._stopping:
                ok, result = False, None
            else:
                ok, result = self._execute(job)
            with self._wake:
                self._running = None
            if job.cancelled:
                ok, result = False, None  # only the bookkeeping: nobody wants the answer
            self._results.append((job.id, ok, result))
            try:
                self._wake_writer.send(b"\0")
            except BlockingIOError:
                pass  # the buffer is full of wake-ups already: the GUI thread will drain
            except OSError:
                return  # closed: shutting down

    def _execute(self, job: _Job) -> tuple[bool, Any]:
        try:
            with self._session_factory() as session:
                connection = session.connection()
                with job.lock:
                    job.driver_connection = connection.connection.driver_connection
                try:
                    result = job.fn(session)
                finally:
                    with job.lock:
                        job.finished = True
                        job.driver_connection = None
                    if job.cancelled:
                        # A cancel request may still be on its way to the server: do not
                        # hand this connection to the next task.
                        connection.invalidate()
                return True, result
        except Exception as error:  # handed to on_error: nothing may raise into Qt
            if not job.cancelled:
                log.debug("DB task %s failed", job.id, exc_info=True)
            return False, error

    @staticmethod
    def _cancel_statement(job: _Job) -> None:
        with job.lock:
            if job.finished or job.driver_connection is None:
                return
            try:
                job.driver_connection.cancel_safe(timeout=5)
            except Exception:  # best effort: the result is dropped anyway
                log.debug("cancel of DB task %s failed", job.id, exc_info=True)

    # ----------------------------------------------------------------- the GUI's turn

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _GUI_TURN and self._turns:
            # Markers arrive in the order they were posted, one per job.
            self._turns.popleft().gui_turn.set()

    # ----------------------------------------------------------------- delivery

    def _finish_outstanding(self, request_id: int) -> None:
        self._outstanding.discard(request_id)
        if not self._outstanding:
            self.busy_changed.emit(False)

    def _on_notifier_activated(self) -> None:
        # Drain the wake-up bytes; an empty socket raises instead of blocking.
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while self._wake_reader.recv(4096):
                pass
        while self._results:
            self._deliver(*self._results.popleft())

    def _deliver(self, request_id: int, ok: bool, result: object) -> None:
        callbacks = self._callbacks.pop(request_id, None)
        self._finish_outstanding(request_id)
        if callbacks is None:
            return  # cancelled: a stale answer
        on_done, on_error = callbacks
        callback = on_done if ok else on_error
        if callback is None:
            if not ok:
                log.warning("DB task %s failed: %s", request_id, result)
            return
        try:
            callback(result)
        except Exception:
            # A bug in a callback must not take the event loop down; the excepthook
            # reports it (and pytest-qt turns it into a failed test).
            sys.excepthook(*sys.exc_info())
