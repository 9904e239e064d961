"""The work listener (services/work_listener.py) against real PostgreSQL, as real logins:
new work reaches it without anyone asking, by LISTEN where the connection can listen and
by polling where it cannot; it comes back after its connection is dropped and goes away
cleanly when stopped. Each result is the inbox as the listener read it."""

from __future__ import annotations

import datetime as dt
import json
import queue
import time

import psycopg
import psycopg.conninfo
import pytest
from helpers import wait_for
from inbox_helpers import WAIT_S, file_leave, ids, next_result
from pooler import NotificationDroppingProxy

from dicel_desktop.db.engine import make_engine
from dicel_desktop.services import inbox
from dicel_desktop.services.work_listener import WorkListener, engine_connector


@pytest.fixture
def team(db_dsn, logins):
    """(supervisor, their report)."""
    boss = logins.person("employee", first_name="Grace")
    return boss, logins.person("employee", first_name="Eric", supervisor=boss)


@pytest.fixture
def listen():
    """Starts a listener for an engine; results and states go to queues."""
    started: list[WorkListener] = []

    def start(engine, **options) -> tuple[WorkListener, queue.Queue, queue.Queue]:
        results: queue.Queue = queue.Queue()
        states: queue.Queue = queue.Queue()
        listener = WorkListener(
            engine_connector(engine),
            inbox.read_waiting,
            results.put,
            on_state=states.put,
            **options,
        )
        listener.start()
        started.append(listener)
        return listener, results, states

    yield start
    for listener in started:
        listener.stop()
        assert listener.join(WAIT_S)


def test_a_new_request_reaches_the_listener_without_being_asked(listen, team):
    boss, report = team
    listener, results, _states = listen(boss.engine)
    assert next_result(results, lambda items: True) == []  # the first read, on connecting
    assert listener.mode == "listen"
    leave = file_leave(report)
    items = next_result(results, lambda items: leave in ids(items))
    assert [item.kind for item in items] == ["leave"]
    assert listener.notifications >= 1


def test_a_listener_given_a_changed_read_reads_only_what_was_notified(listen, team):
    boss, report = team
    listener, results, _states = listen(boss.engine, fetch_changed=inbox.read_changed)
    assert next_result(results, lambda items: True) == []  # a full read, on connecting
    first = file_leave(report, week=2, days=1)
    next_result(results, lambda items: first in ids(items))
    second = file_leave(report, week=4, days=1)
    items = next_result(results, lambda items: second in ids(items))
    assert [item.id for item in items] == [first, second]
    assert listener.changed_reads >= 1
    assert listener.reads > listener.changed_reads  # the first read was whole
    listener.refresh()  # asked for: a whole read again
    reads = listener.reads
    wait_for(lambda: listener.reads > reads, "a read after refresh()")
    assert listener.reads - listener.changed_reads >= 2


def test_where_notifications_cannot_arrive_the_listener_polls(db_dsn, listen, team):
    boss, report = team
    proxy = NotificationDroppingProxy(db_dsn)
    url = boss.engine.url.set(
        host="127.0.0.1", port=proxy.port, query={"sslmode": "disable", "gssencmode": "disable"}
    )
    through_pooler = make_engine(url.render_as_string(hide_password=False), pool_pre_ping=False)
    try:
        listener, results, states = listen(through_pooler, poll_interval=0.2, probe_timeout=0.5)
        assert next_result(results, lambda items: True) == []
        assert listener.mode == "poll"
        assert next_result(states, lambda state: state != "connecting") == "polling"
        assert proxy.dropped >= 1  # the probe's own notification never came through
        leave = file_leave(report)
        assert leave in ids(next_result(results, lambda items: bool(items)))
    finally:
        through_pooler.dispose()
        proxy.close()


def test_the_site_profile_can_say_to_poll(listen, team):
    boss, report = team
    listener, results, _states = listen(boss.engine, mode="poll", poll_interval=0.2)
    assert next_result(results, lambda items: True) == []
    assert listener.mode == "poll"
    leave = file_leave(report)
    assert leave in ids(next_result(results, lambda items: bool(items)))
    # Only a list that differs is handed over: three more polls, nothing more to take.
    reads = listener.reads
    wait_for(lambda: listener.reads >= reads + 3, "three more polls")
    assert results.empty()


def test_a_refresh_reads_at_once_even_when_polling_slowly(listen, team):
    boss, report = team
    listener, results, _states = listen(boss.engine, mode="poll", poll_interval=3600)
    assert next_result(results, lambda items: True) == []
    leave = file_leave(report)
    listener.refresh()
    assert leave in ids(next_result(results, lambda items: bool(items)))


def test_after_its_connection_is_dropped_the_listener_comes_back(db_dsn, listen, team):
    boss, report = team
    errors: list[BaseException] = []
    listener, results, states = listen(boss.engine, retry_delays=(0.1,), on_error=errors.append)
    assert next_result(results, lambda items: True) == []
    first = listener.backend_pid
    with psycopg.connect(db_dsn, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (first,))
    next_result(states, lambda state: state == "disconnected")
    next_result(states, lambda state: state == "listening")
    assert errors and isinstance(errors[0], psycopg.OperationalError)
    # What was filed while it was away is read on reconnecting, or announced after.
    leave = file_leave(report)
    assert leave in ids(next_result(results, lambda items: bool(items)))
    assert listener.backend_pid not in (None, first)


def test_stopping_ends_the_thread_and_its_connection(db_dsn, listen, team):
    boss, _report = team
    listener, results, _states = listen(boss.engine)
    next_result(results, lambda items: True)
    pid = listener.backend_pid
    listener.stop()
    assert listener.join(WAIT_S)
    assert not listener.is_running

    def gone() -> bool:
        with psycopg.connect(db_dsn) as admin:
            return not admin.execute(
                "SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)
            ).fetchone()

    wait_for(gone, "the listener's server process ended")


def test_a_read_that_keeps_failing_is_retried_ever_more_slowly(team):
    boss, _report = team
    waits: list[float] = []
    errors: list[BaseException] = []

    class Recording(WorkListener):
        def _sleep(self, seconds: float) -> None:  # the clock, not the behaviour
            waits.append(seconds)
            if len(waits) == 4:
                self.stop()

    def broken_read(connection):
        return connection.execute("SELECT * FROM no_such_inbox()").fetchall()

    listener = Recording(
        engine_connector(boss.engine),
        broken_read,
        lambda _items: None,
        on_error=errors.append,
        retry_delays=(1.0, 2.0, 5.0),
    )
    listener.start()
    assert listener.join(WAIT_S)
    # Connected every time, refused every read: the waits grow, then stay at the last.
    assert waits == [1.0, 2.0, 5.0, 5.0]
    assert all(isinstance(e, psycopg.errors.UndefinedFunction) for e in errors)


# --------------------------------------------------------------------------- a flood


def _flood(person, payloads: list[str]) -> None:
    """Send each payload as a NOTIFY of its own on ``dicel_work`` (as any login may, from
    psql), a little apart as a psql loop sends them."""
    url = person.engine.url
    conninfo = psycopg.conninfo.make_conninfo(
        host=url.host, port=url.port, dbname=url.database, user=url.username, password=url.password
    )
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for payload in payloads:
            conn.execute("SELECT pg_notify('dicel_work', %s)", (payload,))
            time.sleep(0.001)


def test_a_flood_of_notifications_costs_a_few_reads_and_real_work_still_arrives(listen, team):
    """Security review: ``NOTIFY dicel_work, 'x'`` in a loop from psql made a listening
    desktop read its whole inbox 578 times in 5 s."""
    boss, report = team
    listener, results, _states = listen(boss.engine, fetch_changed=inbox.read_changed)
    assert next_result(results, lambda items: True) == []
    leave = file_leave(report, week=2, days=1)
    next_result(results, lambda items: leave in ids(items))
    # Payloads the reader cannot use, and ones naming a record it sees that did not change.
    named = json.dumps({"table": "leave_requests", "id": str(leave)})
    payloads = ["x" if n % 2 else named for n in range(500)]
    received, reads = listener.notifications, listener.reads
    started = time.monotonic()
    _flood(report, payloads)
    wait_for(lambda: listener.notifications >= received + 500, "the flood received")
    took = time.monotonic() - started
    flood_reads = listener.reads - reads
    # The bucket: a burst of three, then two a second (and the one under way at the end).
    assert flood_reads <= 3 + 2 * took + 1, (flood_reads, took)
    assert listener.deferred_reads >= 1
    # The last real request after the flood still arrives, with what came before it.
    last = file_leave(report, week=6, days=1)
    items = next_result(results, lambda items: last in ids(items))
    assert ids(items) == {leave, last}


def test_real_work_never_waits_for_the_bucket(listen, team):
    """A read that brought something new gives its turn back: a run of real requests,
    each read as it comes, is never put off, however fast they come."""
    boss, report = team
    listener, results, _states = listen(boss.engine, fetch_changed=inbox.read_changed)
    assert next_result(results, lambda items: True) == []
    filed = []
    for week in range(2, 26, 3):
        filed.append(file_leave(report, week=week, days=1))
        next_result(results, lambda items, last=filed[-1]: last in ids(items))
    assert len(filed) == 8 and listener.reads >= 9  # more reads than the burst of three
    assert listener.deferred_reads == 0


def test_when_the_company_day_turns_everything_is_read_again(db_dsn, listen, team):
    """Nothing is notified at midnight, yet what waits may change with the day (a
    supervisor's approved leave beginning that morning sends their team's requests to HR
    too, migration 0150): the listener reads the company's day at each heartbeat and
    reads everything again once it has turned. Here the listener listens through a proxy
    that drops every notification, so only the day's turning (the test's to turn) can
    bring a new request; the reads are the inbox's, on the server."""
    boss, report = team
    proxy = NotificationDroppingProxy(db_dsn)
    url = boss.engine.url.set(
        host="127.0.0.1", port=proxy.port, query={"sslmode": "disable", "gssencmode": "disable"}
    )
    deaf = make_engine(url.render_as_string(hide_password=False), pool_pre_ping=False)
    days = ["Monday"]
    asked: list[str] = []

    def day_of(connection) -> str:
        asked.append(days[0])
        return days[0]

    try:
        listener, results, _states = listen(deaf, mode="listen", heartbeat=0.2, day_of=day_of)
        assert next_result(results, lambda items: True) == []
        assert listener.mode == "listen"
        leave = file_leave(report)
        # Its notification never comes; heartbeats pass, the day unchanged: nothing read.
        wait_for(lambda: proxy.dropped >= 1, "the request's notification dropped")
        heard = len(asked)
        wait_for(lambda: len(asked) >= heard + 3, "three heartbeats")
        assert results.empty()
        days[0] = "Tuesday"
        assert leave in ids(next_result(results, lambda items: bool(items)))
    finally:
        deaf.dispose()
        proxy.close()


def test_the_inbox_reads_the_companys_day_as_any_login(team):
    """The listener's day is the schema's (``dicel_company_day``), which every login may
    read on its own connection."""
    boss, _report = team
    connection = engine_connector(boss.engine)()
    try:
        today = inbox.company_day(connection)
        (server_today,) = connection.execute(
            "SELECT (now() AT TIME ZONE current_setting('TimeZone'))::date"
        ).fetchone()
    finally:
        connection.close()
    assert isinstance(today, dt.date)
    assert abs((today - server_today).days) <= 1  # a zone apart at most
