"""A leave decision's round trip, against the raw conditional UPDATE underneath.

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k decision``. Prints a
table; asserts nothing about wall time.

A scratch database holds the small demo company, and a few hundred pending leave
requests more (far ahead, one per employee at a time, so each decision has one waiting).
Everything runs over TCP on this machine's server.

* **Decision** (target: within 2x): ``services.leave.decide_leave`` logged in as the HR
  manager, with the version the dialog showed (``shown``: as the dialog decides since
  migration 0032, the record's row lock taken and its version compared first); a real
  login: the function checks who the caller is to the request, takes the employee's
  lock, re-checks the balance, runs the one conditional UPDATE whose triggers write the
  audit row; then COMMIT. Against the floor: the same conditional ``UPDATE
  leave_requests SET status, approved_by, approved_date ... WHERE id = %s AND status =
  'pending'`` with its triggers (the audit row among them) and COMMIT, sent raw through
  psycopg on a TCP connection of the superuser (no login may write a status itself).
* For information: what the decision dialog reads before it shows
  (``services.leave.decision_facts``: the request, the balance, who else is away).

Each round decides a batch of requests each way (alternating which goes first) and takes
the median of each batch; the ratio is taken within its round, and the table shows the
median and range of those ratios beside the ratio of medians.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg
import pytest
from _measure import RUNS, Line, Stats, load_note, print_table
from helpers import create_database, demo_logins, drop_database, dsn_for, to_url
from psycopg import sql
from psycopg.conninfo import make_conninfo

pytestmark = [pytest.mark.perf, pytest.mark.timeout(1800)]

ROUNDS = max(RUNS, 7)
#: Decisions of each kind per round (the round's figure is their median).
BATCH = 15
#: Requests filed for the benchmark: both kinds, every round, and a warm-up round.
REQUESTS = 2 * BATCH * (ROUNDS + 1)


@dataclass(frozen=True)
class DecisionDatabase:
    superuser_dsn: str
    #: The HR manager's libpq URL (demo login).
    hr_dsn: str
    hr_user_id: uuid.UUID
    requests: list[uuid.UUID]


@pytest.fixture(scope="module")
def decision_db(pg_superuser_dsn, template_db, _admin) -> Iterator[DecisionDatabase]:
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo import DEMO_PASSWORD, load_demo_data

    name = f"decision_perf_{uuid.uuid4().hex[:6]}"
    create_database(_admin, name, template=template_db)
    dsn = dsn_for(pg_superuser_dsn, name)
    before = demo_logins(_admin)
    engine = make_engine(dsn)
    try:
        with engine.begin() as conn:
            load_demo_data(conn, "small")
        with psycopg.connect(dsn, autocommit=True) as conn:
            email, user_id = conn.execute(
                "SELECT u.email, u.id FROM users u JOIN departments d ON d.manager_id = u.id"
                " WHERE d.code = 'HR'"
            ).fetchone()
            requests = _file_requests(conn, user_id)
        parts = urlsplit(dsn)
        host = parts.hostname if parts.hostname and not parts.hostname.startswith("/") else None
        host = host or "127.0.0.1"  # TCP, as desktops connect
        hr = to_url(make_conninfo(dsn, user=email, password=DEMO_PASSWORD, host=host))
        superuser = to_url(make_conninfo(dsn, host=host))
        yield DecisionDatabase(superuser, hr, user_id, requests)
    finally:
        engine.dispose()
        drop_database(_admin, name)
        for login in sorted(demo_logins(_admin) - before):
            _admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))


def _file_requests(conn: psycopg.Connection, hr_user: uuid.UUID) -> list[uuid.UUID]:
    """Pending annual leave of other employees than the HR manager, a week each, from
    two years ahead (clear of the demo's own leave), one a year per employee: each
    approval checks the balance and fits it."""
    employees = [
        row[0]
        for row in conn.execute(
            "SELECT e.id FROM employees e WHERE e.user_id IS DISTINCT FROM %s"
            " AND e.status = 'active' ORDER BY e.employee_number",
            (hr_user,),
        )
    ]
    found = []
    for n in range(REQUESTS):
        start = dt.date(dt.date.today().year + 2 + n // len(employees), 3, 1)
        start += dt.timedelta(days=-start.weekday())
        found.append(
            conn.execute(
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
                " reason) VALUES (%s, 'annual', %s, %s, 'Benchmark') RETURNING id",
                (employees[n % len(employees)], start, start + dt.timedelta(days=4)),
            ).fetchone()[0]
        )
    return found


def test_decision_round_trip_against_the_raw_conditional_update(decision_db: DecisionDatabase):
    from sqlalchemy.orm import Session

    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.services import leave

    engine = make_engine(decision_db.hr_dsn, pool_pre_ping=False)
    raw = psycopg.connect(decision_db.superuser_dsn)
    waiting = iter(decision_db.requests)
    ours_rounds: list[float] = []
    floor_rounds: list[float] = []
    facts_times: list[float] = []
    try:
        with Session(engine) as session:

            def ours() -> float:
                request = next(waiting)
                # The version the dialog showed, read before the person decides: the
                # dialog's decision passes it (migration 0032), and so does this one.
                (shown,) = raw.execute(
                    "SELECT updated_at FROM leave_requests WHERE id = %s", (request,)
                ).fetchone()
                raw.commit()
                start = time.perf_counter()
                leave.decide_leave(session, request, True, "Benchmark", shown=shown)
                return (time.perf_counter() - start) * 1000

            def floor() -> float:
                request = next(waiting)
                start = time.perf_counter()
                raw.execute(
                    "UPDATE leave_requests SET status = 'approved', approved_by = %s,"
                    " approved_date = now(), notes = 'Benchmark'"
                    " WHERE id = %s AND status = 'pending' RETURNING id",
                    (decision_db.hr_user_id, request),
                ).fetchone()
                raw.commit()
                return (time.perf_counter() - start) * 1000

            for n in range(ROUNDS + 1):
                first, second = (ours, floor) if n % 2 else (floor, ours)
                batches: dict[object, list[float]] = {ours: [], floor: []}
                for _ in range(BATCH):
                    batches[first].append(first())
                    batches[second].append(second())
                if n:  # the first round warms up
                    ours_rounds.append(statistics.median(batches[ours]))
                    floor_rounds.append(statistics.median(batches[floor]))
            for request in decision_db.requests[:BATCH]:
                start = time.perf_counter()
                leave.decision_facts(session, request)
                facts_times.append((time.perf_counter() - start) * 1000)
    finally:
        raw.close()
        engine.dispose()

    ours_stats, floor_stats = Stats.of(ours_rounds), Stats.of(floor_rounds)
    per_round = Stats.of([a / b for a, b in zip(ours_rounds, floor_rounds, strict=True)])
    print_table(
        "A leave decision (services.leave.decide_leave) against the raw conditional UPDATE",
        [
            Line(
                "approve a leave request",
                ours_stats.show("ms", 2),
                floor_stats.show("ms", 2),
                f"{per_round.median:.2f}x ({per_round.low:.2f}-{per_round.high:.2f});"
                f" medians {ours_stats.median / floor_stats.median:.2f}x",
                "≤ 2x",
                per_round.median <= 2.0,
            ),
            Line(
                "  the decision dialog's facts",
                Stats.of(facts_times).show("ms", 2),
                "—",
                "—",
                "—",
                None,
            ),
        ],
        [
            f"{ROUNDS} rounds of {BATCH} decisions each way (median per round); {load_note()}",
            "floor: the UPDATE with its triggers (audit row) and COMMIT, raw psycopg, "
            "superuser over TCP",
        ],
    )
