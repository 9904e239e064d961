"""Never frozen: the GUI thread keeps handling events while the database is slow.

A heartbeat QTimer ticks every 10 ms on the GUI thread; while a list loads from a slow
server, the ticks must keep coming (no gap over 100 ms), and the rows must then arrive.
Two kinds of slow: a network that delays every answer (a delaying TCP proxy between
the client and PostgreSQL), and a server that makes the query wait (a lock held by
another session). The DB worker's own promises are checked here too: a cancelled
query stops on the server, stale answers are dropped, errors arrive as callbacks.
"""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
import time
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from grid_data import seed_transactions
from PySide6.QtCore import QElapsedTimer, QLocale, QSettings, QTimer
from sqlalchemy import text

from dicel_desktop.db.engine import make_engine, make_session_factory
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import GUI_FIRST_MS, DbWorker

ROWS = 2000
TICK_MS = 10
#: The longest the GUI thread may go without handling the heartbeat.
MAX_GAP_MS = 100


class DelayingProxy:
    """TCP proxy to PostgreSQL that holds every chunk from the server for ``delay`` s."""

    def __init__(self, host: str, port: int, delay: float) -> None:
        self.target = (host, port)
        self.delay = delay
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._sockets: list[socket.socket] = [self.listener]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, 0.0), daemon=True).start()
            threading.Thread(
                target=self._pump, args=(server, client, self.delay), daemon=True
            ).start()

    def _pump(self, source: socket.socket, sink: socket.socket, delay: float) -> None:
        try:
            while chunk := source.recv(65536):
                if delay:
                    time.sleep(delay)
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._closed = True
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.close()


class Heartbeat:
    """A 10 ms QTimer on the GUI thread that remembers when it fired."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.ticks: list[int] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def _on_timer_timeout(self) -> None:
        self.ticks.append(self.clock.elapsed())

    def start(self) -> None:
        self.clock.start()
        self.ticks = [0]
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return self.clock.elapsed()

    def max_gap(self, until: int) -> int:
        marks = [*self.ticks, until]
        return max(b - a for a, b in itertools.pairwise(marks))


@pytest.fixture
def seeded(db_dsn):
    seed_transactions(db_dsn, ROWS)
    return db_dsn


def _via_proxy(dsn: str, port: int) -> str:
    parts = urlsplit(dsn)
    auth = parts.netloc.rsplit("@", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{auth}@127.0.0.1:{port}"))


def _open_grid(qtbot, worker, tmp_path) -> DataGrid:
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(
        worker,
        "transactions",
        settings=settings,
        locale=QLocale(QLocale.Language.English, QLocale.Country.Rwanda),
    )
    qtbot.addWidget(grid)
    grid.resize(1000, 500)
    grid.show()
    return grid


def _assert_kept_beating(heartbeat: Heartbeat, elapsed: int, minimum_ms: int) -> None:
    assert elapsed >= minimum_ms, f"the server was not slow ({elapsed} ms): nothing proven"
    gap = heartbeat.max_gap(elapsed)
    assert gap < MAX_GAP_MS, f"the GUI thread stalled for {gap} ms"
    # Timers may coalesce under load, but most ticks must have happened.
    assert len(heartbeat.ticks) >= elapsed / TICK_MS / 2


def test_a_slow_network_never_freezes_the_window(qtbot, seeded, tmp_path):
    parts = urlsplit(seeded)
    proxy = DelayingProxy(parts.hostname or "127.0.0.1", parts.port or 5432, delay=0.15)
    engine = make_engine(_via_proxy(seeded, proxy.port))
    worker = DbWorker(make_session_factory(engine))
    heartbeat = Heartbeat()
    try:
        heartbeat.start()
        grid = _open_grid(qtbot, worker, tmp_path)
        # The person sees that something is coming (once loading has lasted a moment).
        qtbot.waitUntil(lambda: grid.busy.isVisibleTo(grid), timeout=5_000)
        qtbot.waitUntil(lambda: grid.model.is_row_loaded(0), timeout=30_000)
        elapsed = heartbeat.stop()
        # Connecting (several round trips) and the queries each waited for the proxy.
        _assert_kept_beating(heartbeat, elapsed, minimum_ms=600)
        number = grid.model.data(grid.model.index(0, 0))
        assert number.startswith("TXN-")
        qtbot.waitUntil(lambda: not grid.busy.isVisibleTo(grid), timeout=30_000)
        grid.close_list()
    finally:
        worker.shutdown()
        engine.dispose()
        proxy.close()


def test_a_query_waiting_on_the_server_never_freezes_the_window(qtbot, seeded, db_engine, tmp_path):
    worker = DbWorker(make_session_factory(db_engine))
    heartbeat = Heartbeat()
    try:
        with psycopg.connect(seeded) as locker:
            locker.execute("LOCK TABLE transactions IN ACCESS EXCLUSIVE MODE")
            heartbeat.start()
            grid = _open_grid(qtbot, worker, tmp_path)
            qtbot.wait(800)  # the listing query is now blocked on the server
            assert not grid.model.is_row_loaded(0)
            assert grid.model.is_loading
            locker.rollback()  # the lock goes: the query runs
        qtbot.waitUntil(lambda: grid.model.is_row_loaded(0), timeout=10_000)
        elapsed = heartbeat.stop()
        # 700, not 800: qtbot.wait uses a coarse timer, which may fire 5% early.
        _assert_kept_beating(heartbeat, elapsed, minimum_ms=700)
        grid.close_list()
    finally:
        worker.shutdown()


# --------------------------------------------------------------------------- the worker


@pytest.fixture
def worker(db_engine, qapp):
    worker = DbWorker(make_session_factory(db_engine))
    yield worker
    worker.shutdown()


def test_a_cancelled_query_stops_on_the_server_and_the_next_task_runs(qtbot, worker):
    started = threading.Event()
    done, errors, answers = [], [], []

    def slow(session):
        session.execute(text("SELECT 1"))
        started.set()
        session.execute(text("SELECT pg_sleep(30)"))
        return "slow"

    slow_id = worker.submit(slow, done.append, errors.append)
    qtbot.waitUntil(started.is_set, timeout=5000)
    begun = time.monotonic()
    worker.cancel(slow_id)
    worker.submit(lambda s: s.execute(text("SELECT 42")).scalar_one(), answers.append)
    qtbot.waitUntil(lambda: answers == [42], timeout=10_000)
    assert time.monotonic() - begun < 5  # not the 30 s of the sleep
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=5000)
    assert done == [] and errors == []  # the cancelled task's callbacks never run


def test_queued_stale_tasks_are_dropped_and_errors_come_back_as_callbacks(qtbot, worker):
    ran, answers, errors = [], [], []
    gate = threading.Event()

    def first(session):
        gate.wait(5)
        return "first"

    worker.submit(first, answers.append)
    stale = worker.submit(lambda s: ran.append("stale") or "stale", answers.append)
    worker.cancel(stale)  # still queued: it never runs at all
    worker.submit(lambda s: s.execute(text("SELECT no_such_column")), answers.append, errors.append)
    gate.set()
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=5000)
    assert answers == ["first"]
    assert ran == []
    assert len(errors) == 1 and "no_such_column" in str(errors[0])


def test_busy_is_reported_while_tasks_are_outstanding(qtbot, worker):
    states: list[bool] = []
    worker.busy_changed.connect(states.append)
    with qtbot.waitSignal(worker.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        worker.submit(lambda s: s.execute(text("SELECT pg_sleep(0.2)")))
        worker.submit(lambda s: s.execute(text("SELECT 1")))
    assert states == [True, False]


def test_a_task_lets_the_busy_gui_thread_go_first_but_never_waits_for_ever(qtbot, worker):
    started: list[float] = []
    answers: list[int] = []

    def task(session):
        started.append(time.perf_counter())
        return session.execute(text("SELECT 7")).scalar_one()

    worker.submit(task, answers.append)
    # The GUI thread stays busy (away from its event loop) for a while; sleeping, it
    # does not even hold the GIL: only the worker's manners keep the task waiting.
    time.sleep(GUI_FIRST_MS / 2 / 1000)
    back_in_the_loop = time.perf_counter()
    qtbot.waitUntil(lambda: answers == [7], timeout=5000)
    assert started[0] >= back_in_the_loop

    worker.submit(task, answers.append)
    time.sleep((GUI_FIRST_MS + 250) / 1000)  # busy for much longer than the task waits
    assert len(started) == 2  # it ran meanwhile
    qtbot.waitUntil(lambda: answers == [7, 7], timeout=5000)
