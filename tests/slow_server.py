"""A slow database for the tests that the window never freezes (suite and benchmark).

``DelayingProxy`` sits between the client and PostgreSQL and holds every chunk the
server sends for ``delay`` seconds: a slow network. While it holds one, the client is
waiting for the network; ``holding`` (and ``hold_serial``, which numbers the holds)
lets a test see that moment from the GUI thread without reading any clock.
``waiting_on_lock`` tells, from the server's own lock table, that a query is blocked.
``stopped_backends`` hangs a login's server processes for real (SIGSTOP), as a hung server
or a pooler queueing for a server that is down leaves a client waiting with its socket
alive.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from sqlalchemy import text


class DelayingProxy:
    """TCP proxy to PostgreSQL that holds every chunk from the server for ``delay`` s."""

    def __init__(self, host: str, port: int, delay: float) -> None:
        self.target = (host, port)
        self.delay = delay
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._sockets: list[socket.socket] = [self.listener]
        self._closed = False
        self._lock = threading.Lock()
        #: Chunks from the server being held right now.
        self.holding = 0
        #: How many chunks have been held so far (the current hold's number).
        self.hold_serial = 0
        threading.Thread(target=self._accept, daemon=True).start()

    @classmethod
    def to(cls, dsn: str, delay: float) -> DelayingProxy:
        parts = urlsplit(dsn)
        return cls(parts.hostname or "127.0.0.1", parts.port or 5432, delay)

    def dsn(self, dsn: str) -> str:
        """``dsn`` through this proxy."""
        parts = urlsplit(dsn)
        auth = parts.netloc.rsplit("@", 1)[0]
        return urlunsplit(parts._replace(netloc=f"{auth}@127.0.0.1:{self.port}"))

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, True), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, hold: bool) -> None:
        """Pass what ``source`` sends to ``sink`` (``hold``: from the server) until either
        closes or :meth:`_passes` says to stop; then close both."""
        try:
            while chunk := source.recv(65536):
                if not self._passes(chunk, source, sink, hold):
                    return
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def _passes(self, chunk: bytes, source: socket.socket, sink: socket.socket, hold: bool) -> bool:
        """Whether ``chunk`` goes on (False: the connection is cut); a chunk from the
        server is held ``delay`` seconds first."""
        if hold:
            with self._lock:
                self.holding += 1
                self.hold_serial += 1
            try:
                time.sleep(self.delay)  # the network, not an assertion
            finally:
                with self._lock:
                    self.holding -= 1
        return True

    def current_hold(self) -> int | None:
        """The number of a hold in progress, or None when no answer is held."""
        with self._lock:
            return self.hold_serial if self.holding else None

    def close(self) -> None:
        self._closed = True
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.close()


class AnswerLosingProxy(DelayingProxy):
    """A network that fails at the worst moment: the server's answer to the first
    message from a client holding ``marker`` (a function's name) never reaches it, and
    that connection is closed. The server has run the message by then: ``lost`` is set
    once its answer was thrown away."""

    def __init__(self, host: str, port: int, marker: bytes) -> None:
        self.marker = marker
        self.lost = threading.Event()
        self._armed: set[int] = set()  # the client sockets whose next answer is lost
        super().__init__(host, port, 0.0)

    @classmethod
    def losing(cls, dsn: str, marker: bytes) -> AnswerLosingProxy:
        parts = urlsplit(dsn)
        return cls(parts.hostname or "127.0.0.1", parts.port or 5432, marker)

    def _passes(self, chunk: bytes, source: socket.socket, sink: socket.socket, hold: bool) -> bool:
        if not hold and self.marker in chunk and not self.lost.is_set():
            self._armed.add(id(source))
        elif hold and id(sink) in self._armed:
            self._armed.discard(id(sink))
            self.lost.set()
            return False  # the answer dropped, the connection cut
        return True


def waiting_on_lock(monitor: psycopg.Connection, table: str) -> bool:
    """A session is waiting for a lock on ``table`` (the server's own view of it).

    ``monitor`` must be in autocommit: the server's lock view is read once per transaction.
    """
    found = monitor.execute(
        "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = to_regclass(%s)",
        (table,),
    ).fetchone()
    return bool(found and found[0])


def backends(logins, email: str) -> list[int]:
    """The server processes of ``email``'s connections (``logins``: tests/logins.py)."""
    with logins.superuser().connect() as conn:
        return list(
            conn.scalars(
                text("SELECT pid FROM pg_stat_activity WHERE usename = :login"), {"login": email}
            )
        )


@contextlib.contextmanager
def stopped(pids: list[int]) -> Iterator[None]:
    """The server processes ``pids`` stopped (and let go on again afterwards)."""
    try:
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
    except PermissionError:
        pytest.skip("the test server's processes are not this user's to stop")
    try:
        yield
    finally:
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)


@contextlib.contextmanager
def stopped_backends(logins, email: str) -> Iterator[list[int]]:
    """Every server process of ``email``'s connections stopped while inside (their PIDs
    given); let go on again after."""
    pids = backends(logins, email)
    with stopped(pids):
        yield pids
