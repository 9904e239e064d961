"""The DB worker's promises beyond never freezing (tests/gui/test_never_frozen.py): closing
returns at once, a refused submit leaves no trace, tasks run without a session too, and
every failure reaches the log as it deserves while the person gets a sentence."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from urllib.parse import urlsplit, urlunsplit

import pytest
from helpers import WAIT_MS
from sqlalchemy import text

from dicel_desktop.db.engine import make_engine, make_session_factory
from dicel_desktop.domain.errors import NotFound
from dicel_desktop.gui.worker import DbWorker, describe_error

WORKER_LOG = "dicel_desktop"


class HoldingProxy:
    """TCP proxy to PostgreSQL: the first connection passes; every later one (a cancel
    request) is held ``hold`` seconds before it is let through, noted in ``events``."""

    def __init__(self, host: str, port: int, hold: float, events: list[str]) -> None:
        self.target = (host, port)
        self.hold = hold
        self.events = events
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._sockets: list[socket.socket] = [self.listener]
        self._accepted = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self._accepted += 1
            self._sockets.append(client)
            threading.Thread(target=self._serve, args=(client, self._accepted), daemon=True).start()

    def _serve(self, client: socket.socket, number: int) -> None:
        if number > 1:
            self.events.append("cancel held")
            threading.Event().wait(self.hold)
            self.events.append("cancel released")
        server = socket.create_connection(self.target)
        self._sockets.append(server)
        threading.Thread(target=self._pump, args=(server, client), daemon=True).start()
        self._pump(client, server)

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.close()


def _via(dsn: str, port: int) -> str:
    parts = urlsplit(dsn)
    auth = parts.netloc.rsplit("@", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{auth}@127.0.0.1:{port}"))


@pytest.fixture
def thread_errors(monkeypatch) -> list[BaseException]:
    """Exceptions that escaped any thread (the worker's, a cancel's) during the test."""
    caught: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: caught.append(args.exc_value))
    return caught


# --------------------------------------------------------------------------- closing


def test_closing_returns_before_the_running_statement_is_cancelled(qtbot, db_dsn, thread_errors):
    events: list[str] = []
    parts = urlsplit(db_dsn)
    proxy = HoldingProxy(parts.hostname or "127.0.0.1", parts.port or 5432, 1.5, events)
    engine = make_engine(_via(db_dsn, proxy.port))
    worker = DbWorker(make_session_factory(engine))
    started = threading.Event()
    answers: list[object] = []

    def slow(session):
        session.execute(text("SELECT 1"))
        started.set()
        try:
            session.execute(text("SELECT pg_sleep(30)"))
        finally:
            events.append("task ended")

    try:
        worker.submit(slow, answers.append, answers.append)
        qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
        worker.shutdown()  # the window closing
        events.append("shutdown returned")
        # The cancel still reaches the server, off the GUI thread: the sleep ends early.
        qtbot.waitUntil(lambda: "task ended" in events, timeout=20_000)
        assert events.index("shutdown returned") < events.index("cancel released")
        assert events.index("cancel released") < events.index("task ended")
        qtbot.wait(50)
        assert answers == []  # nobody is told about a task of a closed window
        assert thread_errors == []
    finally:
        engine.dispose()
        proxy.close()


def test_a_task_outliving_shutdown_ends_on_its_own_and_leaves_nothing_behind(
    qtbot, caplog, thread_errors
):
    worker = DbWorker()
    gate, started = threading.Event(), threading.Event()
    events: list[str] = []
    answers: list[object] = []

    def task():
        started.set()
        gate.wait(10)
        events.append("task ended")
        return "late"

    worker.submit(task, answers.append, answers.append)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    caplog.set_level(logging.WARNING, logger=WORKER_LOG)
    worker.shutdown()
    events.append("shutdown returned")
    gate.set()
    qtbot.waitUntil(lambda: "task ended" in events, timeout=WAIT_MS)
    assert events == ["shutdown returned", "task ended"]
    worker._thread.join(5)
    assert not worker._thread.is_alive()
    # The thread closed its end of the wake-up pair once it was done with it.
    assert worker._core.wake_writer.fileno() == -1
    qtbot.wait(50)
    assert answers == []
    assert thread_errors == []
    assert caplog.records == []


def test_a_submit_refused_after_shutdown_leaves_no_trace(qtbot):
    worker = DbWorker()
    worker.shutdown()
    states: list[bool] = []
    worker.busy_changed.connect(states.append)
    with pytest.raises(RuntimeError):
        worker.submit(lambda: 1)
    assert not worker.is_busy
    qtbot.wait(20)
    assert states == []


def test_shutting_down_a_busy_worker_says_it_is_idle(qtbot):
    worker = DbWorker()
    gate = threading.Event()
    worker.submit(lambda: gate.wait(5))
    states: list[bool] = []
    worker.busy_changed.connect(states.append)
    worker.shutdown()
    gate.set()
    assert states == [False]
    assert not worker.is_busy


# --------------------------------------------------------------------------- no session


def test_a_worker_without_sessions_runs_plain_calls_and_reports_progress_in_order(qtbot):
    worker = DbWorker()
    seen: list[tuple[str, object, bool]] = []
    gui = threading.get_ident()

    def task():
        for step in ("migrating", "loading"):
            worker.call_in_gui(
                lambda s: seen.append(("progress", s, threading.get_ident() == gui)), step
            )
        return threading.get_ident()

    try:
        worker.submit(
            task, lambda ident: seen.append(("done", ident != gui, threading.get_ident() == gui))
        )
        qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)
        # The task ran off the GUI thread; everything it reported arrived on it, in order.
        assert seen == [
            ("progress", "migrating", True),
            ("progress", "loading", True),
            ("done", True, True),
        ]
    finally:
        worker.shutdown()


def test_wait_blocks_until_the_work_is_done_and_delivers_it(qtbot):
    worker = DbWorker()
    answers: list[int] = []
    gate = threading.Event()
    worker.submit(lambda: gate.wait(5) and 7, answers.append)
    assert not worker.wait(0.05)  # still running
    gate.set()
    assert worker.wait(5)
    assert answers == [7]  # delivered by wait() itself: no event loop turn needed
    worker.shutdown()


# --------------------------------------------------------------------------- failures


@pytest.fixture
def worker(db_engine, qapp):
    worker = DbWorker(make_session_factory(db_engine))
    yield worker
    worker.shutdown()


def _run(qtbot, worker: DbWorker, task, *, with_on_error: bool = True) -> list[BaseException]:
    errors: list[BaseException] = []
    worker.submit(task, None, errors.append if with_on_error else None)
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)
    return errors


def test_a_defect_in_a_task_is_logged_with_its_traceback_and_said_in_words(qtbot, worker, caplog):
    caplog.set_level(logging.DEBUG, logger=WORKER_LOG)

    def buggy(session):
        return {}["no such key"]

    errors = _run(qtbot, worker, buggy)
    assert [type(e) for e in errors] == [KeyError]
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(bad) == 1 and bad[0].exc_info and bad[0].exc_info[0] is KeyError
    assert "buggy" in bad[0].getMessage()
    sentence = describe_error(errors[0])
    assert sentence.startswith("Something unexpected went wrong")
    assert "KeyError" not in sentence and "Traceback" not in sentence


def test_a_database_refusal_is_logged_quietly_with_its_sqlstate(qtbot, worker, caplog):
    caplog.set_level(logging.DEBUG, logger=WORKER_LOG)

    def rate_seven(session):
        session.execute(
            text("INSERT INTO customer_feedback (feedback_type, rating) VALUES ('compliment', 7)")
        )

    errors = _run(qtbot, worker, rate_seven)
    assert describe_error(errors[0]) == "Rating must be between 1 and 5."
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    refusals = [r for r in caplog.records if r.levelno == logging.INFO]
    assert len(refusals) == 1 and "23514" in refusals[0].getMessage()


def test_an_expected_dicel_error_is_logged_at_debug_only(qtbot, worker, caplog):
    caplog.set_level(logging.DEBUG, logger=WORKER_LOG)

    def missing(session):
        raise NotFound("user_not_found", email="nobody@dicel.rw")

    errors = _run(qtbot, worker, missing)
    assert describe_error(errors[0]) == "There is no DICEL user with the e-mail nobody@dicel.rw."
    assert {r.levelno for r in caplog.records} == {logging.DEBUG}


def test_a_failure_nobody_handles_is_logged_with_its_sentence(qtbot, worker, caplog):
    caplog.set_level(logging.WARNING, logger=WORKER_LOG)

    def duplicate(session):
        for _ in range(2):
            session.execute(text("INSERT INTO departments (name, code) VALUES ('Audit', 'AUD')"))

    _run(qtbot, worker, duplicate, with_on_error=False)
    told = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(told) == 1
    assert "This code is already used by another department." in told[0]


def test_a_worker_whose_thread_ends_last_is_never_freed_on_that_thread(qtbot):
    """The thread holds only the worker's plain core: when the window (and the worker
    with it) is gone before the thread ends, nothing of Qt is freed on the worker thread
    (which crashed the program)."""
    import gc
    import weakref

    gate = threading.Event()
    worker = DbWorker()
    worker.submit(lambda: gate.wait(5))
    thread = worker._thread
    gone = weakref.ref(worker)
    worker.shutdown()
    del worker
    gc.collect()
    assert gone() is None  # freed here, on the GUI thread, while the task still runs
    gate.set()
    thread.join(5)
    assert not thread.is_alive()


def test_a_task_submitted_at_once_runs_before_the_gui_thread_has_had_its_turn(
    qtbot, monkeypatch
) -> None:
    """A dashboard's query starts while the GUI thread is still laying out the page; any
    other task waits for the GUI thread to have handled what was queued before it."""
    import dicel_desktop.gui.worker as worker_module

    monkeypatch.setattr(worker_module, "GUI_FIRST_MS", 60_000)  # "never" on this test's scale
    worker = DbWorker()
    started = threading.Event()
    try:
        worker.submit(started.set, at_once=True)
        # The GUI thread is busy here (it does not return to its event loop): the task
        # runs all the same.
        assert started.wait(10)
        qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)
        waiting = threading.Event()
        worker.submit(waiting.set)
        assert not waiting.wait(0.5)  # the GUI thread's turn has not come yet
        qtbot.waitUntil(waiting.is_set, timeout=WAIT_MS)  # it comes with the event loop
    finally:
        worker.shutdown()
