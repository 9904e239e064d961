"""The one DB worker: work off the GUI thread (ARCHITECTURE 3).

``DbWorker.submit(fn, on_done, on_error)`` queues ``fn(session)``; a single thread runs
tasks one at a time, each with its own short ``Session`` (closed, so rolled back unless
``fn`` committed), and hands the result back to the GUI thread: callbacks always run
there, never inside the worker. A worker made without a session factory runs ``fn()``:
the login window's work before any session exists (starting the demo server, logging in,
the OS keyring) goes through the same mechanism. This module imports no SQLAlchemy: the
login window uses it before its first paint.

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
runs while the window is already on screen. A task that is nearly all waiting for the
server (a few statements, little Python: a dashboard's aggregates) may start at once
(``submit(..., at_once=True)``): psycopg lets go of the GIL while it waits, so the GUI
thread paints meanwhile instead of before.

Errors never raise into Qt: they reach ``on_error`` as the exception, and
``describe_error`` turns one into a sentence for a person (services.db_errors words the
database's refusals). Every failure is logged once, as it deserves: a refusal at
INFO/DEBUG with its SQLSTATE, anything unexpected at ERROR with its traceback; a failure
nobody handles (no ``on_error``) is logged with its sentence.

Closing never waits: ``shutdown()`` drops queued tasks, cancels the running statement on
a thread of its own and returns. The thread is a daemon; a task still running ends on its
own connection, its result is dropped, and the thread then closes its end of the socket
pair and stops.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, Qt, Signal

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui import crash
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import (
    describe_error,
    is_database_error,
    report_failure,
    sentence,
)
from dicel_desktop.gui.gui_thread_gc import collect_on_gui_thread

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["GUI_FIRST_MS", "DbWorker", "describe_error", "is_database_error", "sentence"]

log = logging.getLogger(__name__)

#: ``fn(session)``, or ``fn()`` on a worker without a session factory.
Task = Callable[..., Any]
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

    @property
    def name(self) -> str:
        return f"task {self.id} ({getattr(self.fn, '__qualname__', type(self.fn).__name__)})"


class _Core:
    """What the worker thread works with: plain Python, no QObject. The thread never
    holds the DbWorker itself, so the DbWorker (a QObject with a socket notifier) is
    never freed on the worker thread when the thread outlives the window."""

    def __init__(self, session_factory: Callable[[], Session] | None) -> None:
        self.session_factory = session_factory
        self.queue: deque[_Job] = deque()
        self.wake = threading.Condition()
        self.running: _Job | None = None
        self.stopping = False
        #: Set by ``renew_connections``: the next task opens a new connection.
        self.renew = threading.Event()
        # (request id, succeeded, result or exception), appended by the worker thread.
        self.results: deque[tuple[int, bool, Any]] = deque()
        # Calls a task asked for on the GUI thread (``call_in_gui``), in order.
        self.gui_calls: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()
        self.wake_reader, self.wake_writer = socket.socketpair()
        self.wake_reader.setblocking(False)
        self.wake_writer.setblocking(False)

    def wake_gui(self) -> None:
        try:
            self.wake_writer.send(b"\0")
        except BlockingIOError:
            pass  # the buffer is full of wake-ups already: the GUI thread drains it
        except OSError:
            pass  # the GUI side closed (shutting down): nobody to tell

    def run(self) -> None:
        try:
            while True:
                with self.wake:
                    while not self.queue and not self.stopping:
                        self.wake.wait()
                    if self.stopping:
                        return
                    job = self.queue.popleft()
                    self.running = job
                job.gui_turn.wait(GUI_FIRST_MS / 1000)
                if job.cancelled or self.stopping:
                    ok, result = False, None
                else:
                    ok, result = self.execute(job)
                if job.cancelled:
                    ok, result = False, None  # only the bookkeeping: nobody wants the answer
                if not self.stopping:
                    self.results.append((job.id, ok, result))
                    self.wake_gui()
                with self.wake:
                    self.running = None
                    self.wake.notify_all()  # wait()
        finally:
            # Only this thread writes to it, so only this thread closes it.
            self.wake_writer.close()

    def execute(self, job: _Job) -> tuple[bool, Any]:
        try:
            if self.session_factory is None:
                return True, job.fn()
            return True, self._execute_in_session(job)
        except Exception as error:  # handed to on_error: nothing may raise into Qt
            if job.cancelled:
                log.debug("Cancelled %s ended with %r", job.name, error)
            else:
                report_failure(error, job.name)
            return False, error

    def _execute_in_session(self, job: _Job) -> Any:
        assert self.session_factory is not None
        if self.renew.is_set():
            self.renew.clear()
            # Here, between two tasks: no task of this worker holds a connection.
            # Imported late: the login window imports this module before SQLAlchemy.
            from dicel_desktop.db.engine import drop_pooled_connections

            drop_pooled_connections(self.session_factory)
        with self.session_factory() as session:
            connection = session.connection()
            with job.lock:
                job.driver_connection = connection.connection.driver_connection
            try:
                return job.fn(session)
            finally:
                with job.lock:
                    job.finished = True
                    job.driver_connection = None
                if job.cancelled:
                    # A cancel request may still be on its way to the server: do not
                    # hand this connection to the next task.
                    connection.invalidate()


class DbWorker(QObject):
    """One thread, one task at a time; results come back on the GUI thread."""

    #: True while tasks are queued or running.
    busy_changed = Signal(bool)
    #: A task with a session ended (request id, succeeded, its result or exception), on
    #: the GUI thread just before its callback: whether the server answers, as each
    #: operation found it (the status bar's ConnectionWatch). Not for a cancelled task,
    #: nor on a worker without a session factory.
    task_ended = Signal(int, bool, object)
    #: The task (request id) has waited this many seconds for the server and goes on
    #: waiting, as the status bar's ConnectionWatch found it at its looks: the window
    #: that asked says so too (watch39), where the status bar may be out of sight.
    task_unanswered = Signal(int, int)

    def __init__(
        self,
        session_factory: Callable[[], Session] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Cycles of Qt objects are freed here, never on the worker (gui_thread_gc).
        collect_on_gui_thread()
        self._core = _Core(session_factory)
        self._ids = itertools.count(1)
        # GUI-thread bookkeeping: callbacks of requests still wanted.
        self._callbacks: dict[int, tuple[OnDone | None, OnError | None]] = {}
        self._outstanding: set[int] = set()
        self._notifier = QSocketNotifier(
            self._core.wake_reader.fileno(), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._on_notifier_activated)
        # Jobs whose marker event is on its way (see the module docstring).
        self._turns: deque[_Job] = deque()
        # Started with the first task: a login window that never needs one costs no thread.
        self._thread: threading.Thread | None = None

    # ----------------------------------------------------------------- GUI thread API

    def submit(
        self,
        fn: Task,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        at_once: bool = False,
    ) -> int:
        """Queue ``fn(session)`` (``fn()`` without a session factory); returns the request
        id (for ``cancel``). Raises RuntimeError after ``shutdown()``, leaving no trace.
        ``at_once``: do not wait for the GUI thread's turn (see the module docstring)."""
        if self._core.stopping:
            raise RuntimeError("the DB worker has been shut down")
        job = _Job(next(self._ids), fn)
        self._callbacks[job.id] = (on_done, on_error)
        if at_once:
            job.gui_turn.set()
        else:
            self._turns.append(job)
            QCoreApplication.postEvent(self, QEvent(_GUI_TURN), _AFTER_EVERYTHING)
        was_busy = bool(self._outstanding)
        self._outstanding.add(job.id)
        with self._core.wake:
            self._core.queue.append(job)
            self._core.wake.notify_all()
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._core.run, name="dicel-db-worker", daemon=True
            )
            self._thread.start()
        if not was_busy:
            self.busy_changed.emit(True)
        return job.id

    def renew_connections(self) -> None:
        """Have the next task open a new connection rather than one of the pool's: the
        pool is dropped on the worker thread before that task (after a lost connection,
        so that a login refused is heard at once; pool40)."""
        self._core.renew.set()

    def cancel(self, request_id: int) -> None:
        """Forget a request: its callbacks will not run, its query is cancelled."""
        self._callbacks.pop(request_id, None)
        running: _Job | None = None
        dequeued = False
        with self._core.wake:
            for job in self._core.queue:
                if job.id == request_id:
                    self._core.queue.remove(job)
                    dequeued = True
                    break
            else:
                if self._core.running is not None and self._core.running.id == request_id:
                    running = self._core.running
                    running.cancelled = True
        if dequeued:
            self._finish_outstanding(request_id)
        elif running is not None:
            self._cancel_in_background(running)

    @property
    def is_busy(self) -> bool:
        return bool(self._outstanding)

    @property
    def running_request(self) -> int | None:
        """The id of the task the worker thread is running now (None when idle): one
        still running at a later look has been waiting for the server all along."""
        with self._core.wake:
            running = self._core.running
        return None if running is None else running.id

    @property
    def session_factory(self) -> Callable[[], Session] | None:
        """What the tasks' sessions are made with (None: a sessionless worker)."""
        return self._core.session_factory

    @property
    def is_sessionless(self) -> bool:
        """Made without a session factory: tasks are called as ``fn()``."""
        return self._core.session_factory is None

    @property
    def is_shut_down(self) -> bool:
        """After ``shutdown()``: ``submit`` refuses work."""
        return self._core.stopping

    def wait(self, timeout: float | None = None) -> bool:
        """Block until nothing is queued or running (at most ``timeout`` seconds), then
        deliver what finished. For a clean exit only (a first demo start must not be cut
        short): everywhere else, callbacks are the way. False if work was still running."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._core.wake:
            while self._core.queue or self._core.running is not None:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    break
                self._core.wake.wait(left)
            idle = not self._core.queue and self._core.running is None
        self._on_notifier_activated()
        return idle

    def shutdown(self) -> None:
        """Stop at once: queued tasks are dropped, the running statement is cancelled (on a
        thread of its own: cancelling waits for the server), no callback runs any more."""
        if self._core.stopping:
            return
        with self._core.wake:
            self._core.stopping = True
            self._core.queue.clear()
            running = self._core.running
            self._core.wake.notify_all()
        self._callbacks.clear()
        if running is not None:
            running.cancelled = True
            self._cancel_in_background(running)
        for job in self._turns:
            job.gui_turn.set()  # a task waiting for the GUI thread stops waiting
        self._turns.clear()
        self._notifier.setEnabled(False)
        self._core.results.clear()
        self._core.gui_calls.clear()
        self._core.wake_reader.close()
        if self._thread is None:
            self._core.wake_writer.close()  # otherwise the thread closes it when it is done
        if self._outstanding:
            self._outstanding.clear()
            self.busy_changed.emit(False)

    # ----------------------------------------------------------------- worker thread

    def call_in_gui(self, fn: Callable[..., Any], *args: Any) -> None:
        """From a task: have ``fn(*args)`` called on the GUI thread, soon, in order (a
        progress report: the demo's first start takes a minute). Tasks make no Qt call
        themselves; this is how one reaches the GUI before it has finished. Any other
        thread of the window's may use it too (the work listener hands its lists over
        this way): it only appends to a deque and writes a byte to a socket."""
        if self._core.stopping:
            return
        self._core.gui_calls.append((fn, args))
        self._core.wake_gui()

    def _cancel_in_background(self, job: _Job) -> None:
        # Cancelling waits for the server's answer: never on the GUI thread.
        threading.Thread(
            target=self._cancel_statement, args=(job,), name="dicel-db-cancel", daemon=True
        ).start()

    @staticmethod
    def _cancel_statement(job: _Job) -> None:
        with job.lock:
            if job.finished or job.driver_connection is None:
                return
            try:
                job.driver_connection.cancel_safe(timeout=5)
            except Exception:  # best effort: the result is dropped anyway
                log.debug("Cancelling %s failed", job.name, exc_info=True)

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

    @slot_while_whole(keeps="_core")
    def _on_notifier_activated(self) -> None:
        if self._core.stopping:
            return
        # Drain the wake-up bytes; an empty socket raises instead of blocking.
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while self._core.wake_reader.recv(4096):
                pass
        while self._core.gui_calls or self._core.results:
            # A task's progress reports come before its result (both in order).
            if self._core.gui_calls:
                fn, args = self._core.gui_calls.popleft()
                self._call(fn, args)
            else:
                self._deliver(*self._core.results.popleft())

    def _deliver(self, request_id: int, ok: bool, result: object) -> None:
        callbacks = self._callbacks.pop(request_id, None)
        self._finish_outstanding(request_id)
        if callbacks is None:
            return  # cancelled: a stale answer
        if self._core.session_factory is not None:
            self.task_ended.emit(request_id, ok, result)
        on_done, on_error = callbacks
        callback = on_done if ok else on_error
        if callback is None:
            if not ok:
                assert isinstance(result, BaseException)
                log.warning("DB task %s failed: %s", request_id, describe_error(result))
                if not (is_database_error(result) or isinstance(result, DicelError)):
                    # A defect nobody will tell the person about: the crash dialog does.
                    crash.report_unexpected(result, f"DB task {request_id} failed")
            return
        self._call(callback, (result,))

    @staticmethod
    def _call(fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        try:
            fn(*args)
        except Exception:
            # A bug in a callback must not take the event loop down; the excepthook
            # reports it (and pytest-qt turns it into a failed test).
            sys.excepthook(*sys.exc_info())
