"""Live updates without Qt: a thread with a connection of its own that learns when work
changed and reads it again.

``WorkListener(connect, fetch, on_result)`` runs ``fetch(connection)`` (the inbox:
``services.inbox.read_waiting``) on its own autocommit connection and hands each new
result to ``on_result`` from its own thread; the caller moves it where it belongs (the
window: ``DbWorker.call_in_gui``). It reads again:

* in **listen** mode, as soon as ``NOTIFY dicel_work`` arrives (migration 0015: every
  change of a leave request, purchase order or expense, ids only; the read is what
  applies the reader's rights). Given ``fetch_changed(connection, previous, payloads)``,
  it reads only what the notifications name and applies that to the previous result (the
  inbox: ``services.inbox.read_changed``), which costs a fraction of reading it all; a
  full read where that returns None, after ``refresh()`` and on every (re)connection.
  Given ``day_of(connection)`` (the inbox: the company's day), it reads it at each
  heartbeat, at least every ``heartbeat`` seconds, and reads everything again when it
  turns: nothing is notified at midnight, yet what waits can change with the day;
* in **poll** mode, every ``poll_interval`` seconds, and hands over only what differs.
  That is for connections that cannot listen: a pooler in transaction mode (PgBouncer)
  runs each statement on whichever server connection is free, so a LISTEN is left
  behind on one of them and nothing reaches this client while it is idle.

``mode="auto"`` (the default) finds out on connecting: it listens on a private channel,
sends a notification to it from a second connection, and listens only if it arrives
within ``probe_timeout``; a site profile can say ``listen`` or ``poll`` instead
(``live_updates`` in dicel.toml). Either way, ``refresh()`` asks for a read now (after
the person's own decisions), and every (re)connection starts with a read, so nothing
that changed while the connection was down is missed.

**Bounded work.** Any login may ``NOTIFY dicel_work`` (PostgreSQL has no grant on a
channel), so a flood of notifications must not become a flood of reads: notifications
that arrive while a read runs, or while the listener waits for its next turn, are read
together, once; and reads caused by notifications draw on a token bucket
(``read_burst`` reads at once, then ``reads_per_second``). The first notification after
a quiet spell is read at once, so a real change arrives as fast as before; a flood costs
a few reads a second. A read that changed what the listener hands over (a new item, one
decided) gives its token back: real work never waits behind the bucket, only
notifications that changed nothing for this reader do. ``refresh()`` is the person's own
and never waits. The payloads kept for the next read are bounded too: past
``MOST_PAYLOADS_KEPT`` they are dropped and the next read is whole.

A dropped connection (a server restart, a network cut found by the heartbeat query every
``heartbeat`` seconds of silence) is reported to ``on_error`` and retried after 1, 2, 5,
10, then every 30 seconds. ``stop()`` returns at once: the thread wakes, closes its
connection and ends (``join()`` waits for that, for tests and a clean exit).
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import select
import socket
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Literal

import psycopg

__all__ = [
    "CHANNEL",
    "HEARTBEAT_S",
    "POLL_INTERVAL_S",
    "READS_PER_SECOND",
    "READ_BURST",
    "LiveUpdates",
    "WorkListener",
    "engine_connector",
]

log = logging.getLogger(__name__)

#: Migration 0015's channel.
CHANNEL = "dicel_work"
#: How often a connection that cannot listen asks again. A few thousand desktops at
#: this rate are a few hundred small queries a second at most.
POLL_INTERVAL_S = 20.0
#: Silence after which the listening connection checks that the server is still there.
HEARTBEAT_S = 60.0
#: How long the probe's own notification may take before listening is deemed impossible.
PROBE_TIMEOUT_S = 2.0
#: Reads that notifications may cause at once after a quiet spell, then per second.
READ_BURST = 3
READS_PER_SECOND = 2.0
#: Payloads kept for the next read beyond which it reads the whole list instead (the
#: inbox's ``read_changed`` reads at most 20 records one by one).
MOST_PAYLOADS_KEPT = 64
#: Waits before reconnecting, then the last one again and again.
RETRY_DELAYS_S: tuple[float, ...] = (1.0, 2.0, 5.0, 10.0, 30.0)

LiveUpdates = Literal["auto", "listen", "poll"]
#: What the listener is doing: "connecting", "listening", "polling", "disconnected".
State = str


def engine_connector(engine: Any) -> Callable[[], psycopg.Connection]:
    """Connections like the engine's (same login, options, and a password changed since
    through ``services.auth.use_password``), taken out of its pool for good."""

    def connect() -> psycopg.Connection:
        pooled = engine.raw_connection()
        connection = pooled.driver_connection
        # Detached: the pool forgets it, and closing it closes it.
        pooled.detach()
        connection.autocommit = True
        return connection

    return connect


class WorkListener:
    """See the module docstring. Callbacks run on the listener's thread."""

    def __init__(
        self,
        connect: Callable[[], psycopg.Connection],
        fetch: Callable[[psycopg.Connection], Any],
        on_result: Callable[[Any], None],
        *,
        fetch_changed: Callable[[psycopg.Connection, Any, list[str]], Any] | None = None,
        mode: LiveUpdates = "auto",
        on_state: Callable[[State], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_notified: Callable[[list[str]], None] | None = None,
        day_of: Callable[[psycopg.Connection], Any] | None = None,
        poll_interval: float = POLL_INTERVAL_S,
        heartbeat: float = HEARTBEAT_S,
        probe_timeout: float = PROBE_TIMEOUT_S,
        retry_delays: Sequence[float] = RETRY_DELAYS_S,
        read_burst: int = READ_BURST,
        reads_per_second: float = READS_PER_SECOND,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if mode not in ("auto", "listen", "poll"):
            raise ValueError(f"live updates must be auto, listen or poll, not {mode!r}")
        self._connect = connect
        self._fetch = fetch
        self._fetch_changed = fetch_changed
        #: Payloads of the notifications not read yet.
        self._payloads: list[str] = []
        self._on_result = on_result
        self._on_state = on_state
        self._on_error = on_error
        #: Told each batch of payloads as it arrives (listen mode), before any read: the
        #: window's other views of the tables named (a leave card, balance40).
        self._on_notified = on_notified
        #: Reads the company's day (listen mode): when it turns, a whole read.
        self._day_of = day_of
        self._asked_mode: LiveUpdates = mode
        self._poll_interval = poll_interval
        self._heartbeat = heartbeat
        self._probe_timeout = probe_timeout
        self._retry_delays = tuple(retry_delays) or RETRY_DELAYS_S
        if read_burst < 1 or reads_per_second <= 0:
            raise ValueError("the listener needs a burst of at least one read and a rate")
        self._burst = float(read_burst)
        self._rate = float(reads_per_second)
        self._clock = clock
        #: The token bucket: reads notifications may cause now, as of ``_tokens_at``.
        self._tokens = self._burst
        self._tokens_at = clock()
        #: More payloads came than are worth keeping: the next read is whole.
        self._payloads_dropped = False
        self._stopping = threading.Event()
        self._refresh = threading.Event()
        # Wakes the thread from select(): a socket pair, since select() on Windows takes
        # sockets only.
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._wake_reader.setblocking(False)
        self._wake_writer.setblocking(False)
        self._thread: threading.Thread | None = None
        #: Connections lost (or refused) since the last good read: the next wait's index.
        self._failures = 0
        #: "listen" once its LISTEN is in place, "poll" once polling; None while not
        #: connected (or still finding out).
        self.mode: Literal["listen", "poll"] | None = None
        #: The server process of the listener's connection (pg_stat_activity.pid).
        self.backend_pid: int | None = None
        #: The notifications received and the reads made so far (the log, the tests).
        self.notifications = 0
        self.reads = 0
        #: Of those reads, the ones of only what the notifications named.
        self.changed_reads = 0
        #: Times a read was put off because notifications came faster than the bucket
        #: allows (each such read then covers all that came meanwhile).
        self.deferred_reads = 0

    # ----------------------------------------------------------------- any thread

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the listener has already been started")
        self._thread = threading.Thread(target=self._run, name="dicel-work-listener", daemon=True)
        self._thread.start()

    def refresh(self) -> None:
        """Read again now (after the person's own decisions, in poll mode)."""
        self._refresh.set()
        self._wake()

    def stop(self) -> None:
        """End the thread and its connection; returns at once."""
        self._stopping.set()
        self._wake()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end after :meth:`stop`; whether it has."""
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _wake(self) -> None:
        with contextlib.suppress(BlockingIOError, OSError):  # full: already woken; closed
            self._wake_writer.send(b"\0")

    # ----------------------------------------------------------------- the thread

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                self._set_state("connecting")
                connection: psycopg.Connection | None = None
                try:
                    connection = self._connect()
                    connection.autocommit = True
                    self.backend_pid = connection.info.backend_pid
                    mode = self._choose_mode(connection)
                    if self._stopping.is_set():
                        break
                    log.info("Live updates: %s (server process %s)", mode, self.backend_pid)
                    if mode == "listen":
                        self._listen(connection)
                    else:
                        self._poll(connection)
                except Exception as error:  # reported, then retried: nothing may end the thread
                    if self._stopping.is_set():
                        break
                    self._report(error)
                finally:
                    self.mode = None
                    self.backend_pid = None
                    if connection is not None:
                        with contextlib.suppress(Exception):
                            connection.close()
                if self._stopping.is_set():
                    break
                self._set_state("disconnected")
                delay = self._retry_delays[min(self._failures, len(self._retry_delays) - 1)]
                self._failures += 1
                self._sleep(delay)
        finally:
            for end in (self._wake_reader, self._wake_writer):
                with contextlib.suppress(OSError):
                    end.close()
            log.debug("Live updates stopped")

    def _choose_mode(self, connection: psycopg.Connection) -> Literal["listen", "poll"]:
        if self._asked_mode != "auto":
            return self._asked_mode
        return "listen" if self._notifications_arrive(connection) else "poll"

    def _notifications_arrive(self, connection: psycopg.Connection) -> bool:
        """Whether a notification sent from another connection reaches this one while it
        waits: not so through a pooler in transaction mode."""
        channel = f"dicel_probe_{secrets.token_hex(8)}"
        connection.execute(f"LISTEN {channel}")
        try:
            other = self._connect()
            try:
                other.execute("SELECT pg_notify(%s, '')", (channel,))
            finally:
                other.close()
            # Consumed whole: the generator holds the connection's lock while suspended.
            received = list(connection.notifies(timeout=self._probe_timeout, stop_after=1))
        finally:
            connection.execute(f"UNLISTEN {channel}")
        arrived = any(n.channel == channel for n in received)
        if not arrived:
            log.info("Notifications do not reach this connection (a pooler?): polling")
        return arrived

    def _listen(self, connection: psycopg.Connection) -> None:
        connection.execute(f"LISTEN {CHANNEL}")
        # Only now: a change committed before the LISTEN would not be heard, so whoever
        # waits for "listen" before changing something must not be told it earlier.
        self.mode = "listen"
        self._set_state("listening")
        read_needed = True  # first: what changed before we listened
        full = True
        last: Any = None
        deferred = False
        day = self._day_of(connection) if self._day_of is not None else None
        day_read_at = self._clock()
        while not self._stopping.is_set():
            if read_needed or self._refresh.is_set():
                asked = full or self._refresh.is_set()
                wait = 0.0 if asked else self._take_token()
                if wait > 0:
                    # Too many notifications of late: wait for the bucket, taking in
                    # what else arrives meanwhile, all of it read by that one read.
                    if not deferred:
                        self.deferred_reads += 1
                        deferred = True
                    if self._wait(connection, wait):
                        self._received(connection)
                    continue
                deferred = False
                full = asked or self._payloads_dropped or self._fetch_changed is None
                self._refresh.clear()
                payloads, self._payloads = self._payloads, []
                self._payloads_dropped = False
                result = None if full else self._fetch_changed(connection, last, payloads)
                if result is None:
                    result = self._fetch(connection)
                else:
                    self.changed_reads += 1
                if not asked and result != last:
                    self._give_token_back()  # real work: it never waits for the bucket
                last = self._deliver(result)
                self.reads += 1
                read_needed = full = False
            # Notifications that came with the read's answer wait in psycopg, not in the
            # socket: collect them before sleeping on the socket.
            if self._received(connection):
                read_needed = True
                continue
            readable = self._wait(connection, self._heartbeat)
            if self._stopping.is_set():
                return
            if readable:
                read_needed = self._received(connection)
            if self._day_of is None:
                if readable is None:
                    connection.execute("SELECT 1")  # heartbeat: raises if the server is gone
            elif readable is None or self._clock() - day_read_at >= self._heartbeat:
                # The heartbeat, and at least as often under a stream of notifications:
                # the company's day. What waits depends on it (a supervisor's approved
                # leave beginning today sends their team's requests to HR too, migration
                # 0150) and no statement marks its turning: read it all when it turns.
                today = self._day_of(connection)
                day_read_at = self._clock()
                if today != day:
                    day = today
                    self._refresh.set()

    def _poll(self, connection: psycopg.Connection) -> None:
        self.mode = "poll"
        self._set_state("polling")
        last = self._deliver(self._fetch(connection))
        self.reads += 1
        while not self._stopping.is_set():
            self._wait(None, self._poll_interval)
            if self._stopping.is_set():
                return
            self._refresh.clear()
            result = self._fetch(connection)
            if result != last:
                last = self._deliver(result)
            self.reads += 1  # after handing over: a test counting reads sees the result

    def _take_token(self) -> float:
        """Take a read from the bucket: 0 when one was there, else the seconds until one
        will be."""
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._tokens_at) * self._rate)
        self._tokens_at = now
        if self._tokens >= 1:
            self._tokens -= 1
            return 0.0
        return (1 - self._tokens) / self._rate

    def _give_token_back(self) -> None:
        self._tokens = min(self._burst, self._tokens + 1)

    def _received(self, connection: psycopg.Connection) -> bool:
        """Take what notifications have arrived (without waiting); whether any did."""
        found = list(connection.notifies(timeout=0))
        self.notifications += len(found)
        payloads = [n.payload for n in found if n.channel == CHANNEL]
        self._payloads.extend(payloads)
        if payloads and self._on_notified is not None and not self._stopping.is_set():
            self._on_notified(payloads)
        if len(self._payloads) > MOST_PAYLOADS_KEPT:
            self._payloads.clear()
            self._payloads_dropped = True
        if found:
            log.debug("Live updates: %d notification(s)", len(found))
        return bool(found)

    def _wait(self, connection: psycopg.Connection | None, timeout: float) -> bool | None:
        """Sleep until the connection has something to read (True), a wake-up (False) or
        ``timeout`` (None)."""
        sockets: list[Any] = [self._wake_reader]
        if connection is not None:
            sockets.append(connection.fileno())
        readable, _, _ = select.select(sockets, [], [], timeout)
        if self._wake_reader in readable:
            with contextlib.suppress(BlockingIOError, OSError):
                while self._wake_reader.recv(4096):
                    pass
        if not readable:
            return None
        return connection is not None and connection.fileno() in readable

    def _sleep(self, seconds: float) -> None:
        """Wait before reconnecting, unless stopped meanwhile."""
        self._stopping.wait(seconds)

    def _deliver(self, result: Any) -> Any:
        # Only a read that worked resets the waits: a connection that fails its every
        # read is retried ever more slowly, not once a second.
        self._failures = 0
        if not self._stopping.is_set():
            self._on_result(result)
        return result

    def _set_state(self, state: State) -> None:
        if self._on_state is not None and not self._stopping.is_set():
            self._on_state(state)

    def _report(self, error: BaseException) -> None:
        if isinstance(error, psycopg.OperationalError | psycopg.InterfaceError):
            log.warning("Live updates lost their connection: %s", error)
        else:
            log.error("Live updates failed", exc_info=error)
        if self._on_error is not None:
            self._on_error(error)
