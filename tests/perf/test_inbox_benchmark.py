"""A new request reaching the supervisor's inbox, against the LISTEN/NOTIFY round trip.

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k inbox``. Prints a
table; asserts nothing about wall time.

A scratch database holds the small demo company (so the listings read real volumes), a
supervisor and their report, both real logins over TCP, and the leave, purchase-order and
expense listings of migrations 0012-0014.
The supervisor's main window is open on "Waiting for me".

* **Ours** (target: within 2x): the report files a leave request
  (``dicel_request_leave``, in an open transaction); the clock starts as
  the COMMIT is sent and stops when the new row is in the inbox's model (rows inserted), on
  the GUI thread (the list repaints on the next turn of the event loop). In between: the
  trigger's NOTIFY, the listener's thread reading the one record it names
  (``dicel_waiting_for_me('leave_requests', id)``) on its own connection, the hand-over
  to the GUI thread, the row inserted.
* **Floor**: the LISTEN/NOTIFY round trip alone, raw psycopg: ``NOTIFY`` sent on one
  connection (autocommit), ``notifies()`` returning it on another.
* For information: the reads alone, raw psycopg as the supervisor (the whole inbox, and
  the one record ours reads: the listings under the reader's row security), ours against
  the round trip plus the one-record read in the same round (what is left is the
  listener's and the window's own work), the same COMMIT of a leave request received by
  a raw ``notifies()`` (what the insert's commit costs before anything of ours runs), and
  ours to the first paint of the list showing the new row; and the least any re-read
  can cost: the round trip, then ``SELECT 1`` at once on the connection that received
  it (after the same quiet pause as every round: the machine as idle as the listener's
  connection is when work arrives).

Notifications carry ids only (they ignore row security), so the inbox must read again
under the reader's rights before it can show anything: the round trip alone is a floor
no re-read can reach within 2x when the read costs more than the round trip itself.

Rounds alternate ours and the floor; each ratio is taken within its round.
"""

from __future__ import annotations

import gc
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg
import psycopg.conninfo
import pytest
import sqlalchemy as sa
from _measure import RUNS, Line, Stats, load_note, make_paint_probe, print_table, settle, wait_until
from helpers import create_database, demo_logins, drop_database, dsn_for
from inbox_helpers import monday
from logins import Logins, Person
from psycopg import sql

from dicel_desktop.services.inbox import CHANGED_SQL, read_waiting

pytestmark = [pytest.mark.perf, pytest.mark.timeout(1800)]

ROUNDS = max(RUNS, 9)


@dataclass
class InboxDatabase:
    dsn: str
    boss: Person
    report: Person


@pytest.fixture(scope="module")
def inbox_db(pg_superuser_dsn, template_db, _admin) -> Iterator[InboxDatabase]:
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo import load_demo_data

    name = f"inbox_perf_{uuid.uuid4().hex[:6]}"
    create_database(_admin, name, template=template_db)
    dsn = dsn_for(pg_superuser_dsn, name)
    before = demo_logins(_admin)
    engine = make_engine(dsn)
    logins = Logins(dsn)
    try:
        with engine.begin() as conn:
            load_demo_data(conn, "small")
            # The rounds file more days than a year's allowance; the rule is not measured.
            conn.execute(
                sa.text(
                    "UPDATE system_settings SET setting_value = '366'"
                    " WHERE setting_key = 'leave.allowance.annual'"
                )
            )
        boss = logins.person("employee", first_name="Grace", last_name="Uwase")
        report = logins.person("employee", first_name="Eric", supervisor=boss)
        yield InboxDatabase(dsn, boss, report)
    finally:
        logins.close()
        engine.dispose()
        drop_database(_admin, name)
        for login in sorted(demo_logins(_admin) - before):
            _admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))


def test_a_new_request_reaching_the_inbox(inbox_db: InboxDatabase, qapp, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from dicel_desktop.gui.main_window import MainWindow
    from dicel_desktop.services.auth import login

    parts = urlsplit(inbox_db.dsn)
    boss = inbox_db.boss
    logged_in = login(
        parts.hostname or "127.0.0.1",
        parts.port or 5432,
        parts.path.lstrip("/"),
        boss.email,
        boss.password,
    )
    settings = QSettings(str(tmp_path / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(logged_in, settings)
    window.resize(1280, 800)
    window.show()
    page = window.my_work.inbox
    wait_until(lambda: page.loaded and window.my_work.me is not None, 60)
    window.my_work.show_section("waiting")
    filer = _Filer(inbox_db.report)
    raw = _RawRoundTrip(inbox_db.report, boss)
    try:
        assert window.live_inbox.listener.mode == "listen", "the benchmark measures listening"
        # Warm-up: the listener's plans, the model's first rows, the raw connections.
        _ours(window, filer)
        raw.notify()
        raw.read()
        raw.read_one(filer.last_id)
        raw.commit_received(filer)
        ours, painted, floor, commit, read, read_one = [], [], [], [], [], []
        asked: list[float] = []
        for index in range(ROUNDS):
            _quiet(window, filer)
            if index % 2:
                floor.append(raw.notify())
                mine, shown = _ours(window, filer)
            else:
                mine, shown = _ours(window, filer)
                floor.append(raw.notify())
            ours.append(mine)
            painted.append(shown)
            _quiet(window, filer)
            asked.append(raw.notify(then_ask=True))
            read.append(raw.read())
            read_one.append(raw.read_one(filer.last_id))
            commit.append(raw.commit_received(filer))
    finally:
        listener = window.live_inbox.listener
        raw.close()
        filer.close()
        window.close()
        window.live_inbox.listener.join(10)

    per_round = Stats.of([a / b for a, b in zip(ours, floor, strict=True)])
    mine_stats, floor_stats = Stats.of(ours), Stats.of(floor)
    with_read = Stats.of([a / (b + c) for a, b, c in zip(ours, floor, read_one, strict=True)])
    least = Stats.of([a / b for a, b in zip(asked, floor, strict=True)])
    lines = [
        Line(
            "commit -> row in the inbox",
            mine_stats.show("ms", 2),
            "NOTIFY round trip " + floor_stats.show("ms", 2),
            f"{per_round.median:.2f}x ({per_round.low:.2f}-{per_round.high:.2f});"
            f" medians {mine_stats.median / floor_stats.median:.2f}x",
            "≤ 2x",
            per_round.median <= 2.0,
        ),
        Line(
            "  any re-read's least: round trip, then SELECT 1",
            Stats.of(asked).show("ms", 2),
            "NOTIFY round trip " + floor_stats.show("ms", 2),
            f"{least.median:.2f}x ({least.low:.2f}-{least.high:.2f})",
            "—",
            None,
        ),
        Line(
            "  the whole read alone: dicel_waiting_for_me()",
            Stats.of(read).show("ms", 2),
            "—",
            "—",
            "—",
            None,
        ),
        Line(
            "  the one-record read alone (what ours reads)",
            Stats.of(read_one).show("ms", 2),
            "—",
            "—",
            "—",
            None,
        ),
        Line(
            "  ours against round trip + one-record read",
            mine_stats.show("ms", 2),
            "round trip + that read, same round",
            f"{with_read.median:.2f}x ({with_read.low:.2f}-{with_read.high:.2f})",
            "—",
            None,
        ),
        Line(
            "  the same commit, raw notifies()",
            Stats.of(commit).show("ms", 2),
            "NOTIFY round trip " + floor_stats.show("ms", 2),
            f"medians {Stats.of(commit).median / floor_stats.median:.2f}x",
            "—",
            None,
        ),
        Line(
            "  commit -> first paint showing it",
            Stats.of(painted).show("ms", 2),
            "NOTIFY round trip " + floor_stats.show("ms", 2),
            f"medians {Stats.of(painted).median / floor_stats.median:.2f}x",
            "—",
            None,
        ),
    ]
    notes = [
        load_note(),
        f"{ROUNDS} rounds; the inbox held 1 to {ROUNDS * 2 + 2} requests as they were filed",
        f"the listener read {listener.reads} times, {listener.changed_reads} of them only the"
        " records notifications named",
        "ours: COMMIT sent -> new row in the model (NOTIFY, listener's read of the one"
        " record it names, hand-over to the GUI thread, row inserted)",
        "floor: raw psycopg, NOTIFY on one connection -> notifies() on another",
        "any re-read's least: the floor, then SELECT 1 on the receiving connection at once:"
        " what no design that reads after the notification can go below",
    ]
    print_table("Approvals inbox: a new request, live", lines, notes)


def _quiet(window, filer: _Filer) -> None:
    """Until every request filed so far is in the inbox and the window has nothing left to
    do: an arrival of the round before must not stop this round's clock."""
    page = window.my_work.inbox
    wait_until(lambda: page.model.rowCount() == filer.filed, 30)
    wait_until(lambda: not window.worker.is_busy, 30)
    settle(150)
    gc.collect()


def _ours(window, filer: _Filer) -> tuple[float, float]:
    """(commit -> row in the model, commit -> first paint showing it), in ms."""
    page = window.my_work.inbox
    before = page.model.rowCount()
    arrived: list[float] = []

    def on_rows(*_args: object) -> None:
        # The row is in the model: what the list, the count on the tab and the desktop
        # notice show from (they follow within the same turn of the event loop).
        if page.model.rowCount() > before and not arrived:
            arrived.append(time.perf_counter())

    # An arrival is told as a row inserted; a list in a new order as a reset.
    page.model.rowsInserted.connect(on_rows)
    page.model.modelReset.connect(on_rows)
    probe = make_paint_probe(page.view.viewport())
    probe.arm(lambda: page.model.rowCount() > before)
    start = filer.commit_new_request()
    try:
        if not wait_until(lambda: bool(arrived), 30):
            raise TimeoutError("the new request never reached the inbox")
        shown = probe.wait(30)
    finally:
        page.model.rowsInserted.disconnect(on_rows)
        page.model.modelReset.disconnect(on_rows)
    return (arrived[0] - start) * 1000, (shown - start) * 1000


def _conninfo(person: Person) -> str:
    url = person.engine.url
    return psycopg.conninfo.make_conninfo(
        host=url.host, port=url.port, dbname=url.database, user=url.username, password=url.password
    )


class _Filer:
    """The report filing leave on a connection of their own: each request in its own
    week, committed on demand."""

    def __init__(self, report: Person) -> None:
        self.connection = psycopg.connect(_conninfo(report), prepare_threshold=None)
        self.week = 2
        #: Requests committed so far.
        self.filed = 0

    def commit_new_request(self) -> float:
        """File one request in a transaction and commit it; perf_counter() as the COMMIT
        was sent."""
        while True:  # a working day: a public holiday would be refused
            start = monday(self.week)
            self.week += 2
            (counted,) = self.connection.execute(
                "SELECT public.dicel_working_days(%s, %s)", (start, start)
            ).fetchone()
            if counted:
                break
        (self.last_id,) = self.connection.execute(
            "SELECT public.dicel_request_leave('annual', %s, %s, 'Benchmark')", (start, start)
        ).fetchone()
        sent = time.perf_counter()
        self.connection.commit()
        self.filed += 1
        return sent

    def close(self) -> None:
        self.connection.close()


class _RawRoundTrip:
    """Raw psycopg: the floor, and what a commit costs to arrive."""

    def __init__(self, report: Person, boss: Person) -> None:
        self.sender = psycopg.connect(_conninfo(report), autocommit=True, prepare_threshold=None)
        self.receiver = psycopg.connect(_conninfo(boss), autocommit=True, prepare_threshold=None)
        self.receiver.execute("LISTEN dicel_bench")

    def notify(self, *, then_ask: bool = False) -> float:
        """NOTIFY on one connection to notifies() returning it on the other, in ms. With
        ``then_ask``, also ``SELECT 1`` there at once: the least any re-read can cost
        (the smallest question after waking)."""
        start = time.perf_counter()
        self.sender.execute("NOTIFY dicel_bench, 'x'")
        for _ in self.receiver.notifies(stop_after=1, timeout=30):
            pass
        if then_ask:
            self.receiver.execute("SELECT 1").fetchone()
        return (time.perf_counter() - start) * 1000

    def read(self) -> float:
        """The whole inbox read alone, as the supervisor, in ms."""
        start = time.perf_counter()
        read_waiting(self.receiver)
        return (time.perf_counter() - start) * 1000

    def read_one(self, record_id) -> float:
        """What the listener reads on a notification: that one record, in ms."""
        start = time.perf_counter()
        self.receiver.execute(CHANGED_SQL, ("leave_requests", record_id)).fetchall()
        return (time.perf_counter() - start) * 1000

    def commit_received(self, filer: _Filer) -> float:
        """A leave request's COMMIT to its notification in a raw notifies(), in ms."""
        self.receiver.execute("LISTEN dicel_work")
        try:
            start = filer.commit_new_request()
            for _ in self.receiver.notifies(stop_after=1, timeout=30):
                pass
            return (time.perf_counter() - start) * 1000
        finally:
            self.receiver.execute("UNLISTEN dicel_work")

    def close(self) -> None:
        self.sender.close()
        self.receiver.close()
