"""What HR's list of leave requests pays for its "Days left" column (daysleft41, migration
0154), measured against the same list without it, in the same run.

Run on demand: ``.venv/bin/pytest tests/perf/test_days_left_benchmark.py -s -p no:randomly``.
Prints a table; asserts nothing about wall time.

On the test's own database: 10,000 employees and 200,000 leave requests over five years
(four a person a year, most of them annual leave, some pending, rejected or cancelled),
loaded as the demo loader does (triggers off), as a real HR login: grants and row
security cost what they cost. Each round opens the list's first page as the grid does
(``list_operations.open_list``: the statements built, the first 200 rows, the estimate
when the page is full) with the list's default columns, then with the same columns less
"Days left"; the variants take turns, ``REPEATS`` runs each (median kept); the ratio is
taken within a round, then its median shown (``_measure.paired``). Then the bare page
statement three ways, to show where the time goes: without the column, with
``dicel_leave_days_left`` per row, and with ``dicel_leave_balance`` per row (what the
column would cost calling the decision dialog's function).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from _measure import RUNS, Line, Stats, load_note, paired, print_table, ratio
from finance_data import setting

pytestmark = [pytest.mark.perf, pytest.mark.timeout(3600)]

EMPLOYEES = 10_000
REQUESTS = 200_000
YEARS = 5
PAGE = 200
REPEATS = 5

_EMPLOYEES = """
    INSERT INTO employees (employee_number, position, salary, hire_date)
    SELECT 'P-' || lpad(i::text, 6, '0'), 'Clerk', 400000,
           -- Most hired years ago; one in ten in the current year (pro-rated annual leave).
           CASE WHEN i %% 10 = 0 THEN make_date(%(last)s, 1 + i %% 12, 1)
                ELSE date '2012-01-01' + i %% 2000 END
    FROM generate_series(1, %(n)s) AS i
"""
_REQUESTS = """
    INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date, days_requested,
                                status)
    SELECT e.ids[1 + i %% cardinality(e.ids)],
           (ARRAY['annual', 'annual', 'annual', 'sick', 'study', 'unpaid'])[1 + i %% 6],
           d.day, d.day + 2, 3,
           (ARRAY['approved', 'approved', 'approved', 'pending', 'rejected', 'cancelled'])
               [1 + (i / 7) %% 6]
    FROM generate_series(1, %(n)s) AS i,
         LATERAL (SELECT make_date(%(first)s, 1, 1) + (i * 37) %% (365 * %(years)s) AS day) d,
         (SELECT array_agg(id ORDER BY employee_number) AS ids FROM employees) e
"""
_BARE = """
SELECT r.id, r.start_date, r.employee_id, r.leave_type, r.end_date, r.days_requested,
       r.status{extra}
FROM leave_requests r ORDER BY r.start_date DESC, r.id DESC LIMIT {page}
"""
_YEAR = "extract(year FROM r.start_date)::integer"
BARE = {
    "without the column": _BARE.format(extra="", page=PAGE),
    "dicel_leave_days_left per row": _BARE.format(
        extra=f", dicel_leave_days_left(r.employee_id, r.leave_type, {_YEAR})", page=PAGE
    ),
    "dicel_leave_balance per row": _BARE.format(
        extra=", (SELECT b.remaining FROM dicel_leave_balance(r.employee_id, r.leave_type,"
        f" {_YEAR}) AS b)",
        page=PAGE,
    ),
}


def _timed(run: Callable[[], Any]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times[len(times) // 2]


def test_the_days_left_column_on_the_first_page_of_200000_requests(logins, db_dsn) -> None:
    from dicel_desktop.services.list_operations import open_list
    from dicel_desktop.services.listing import ListQuery, listing_columns

    for kind, days in (("annual", "18"), ("sick", "15"), ("study", "10")):
        setting(db_dsn, f"leave.allowance.{kind}", days)
    hr = logins.person("hr", first_name="Aline")
    with psycopg.connect(db_dsn, autocommit=True) as admin:
        (this_year,) = admin.execute("SELECT extract(year FROM dicel_company_day())").fetchone()
        this_year = int(this_year)
        admin.execute("SET session_replication_role = replica")  # as the demo loader
        admin.execute(_EMPLOYEES, {"n": EMPLOYEES, "last": this_year})
        admin.execute(_REQUESTS, {"n": REQUESTS, "first": this_year - YEARS + 1, "years": YEARS})
        admin.execute("RESET session_replication_role")
        admin.execute("VACUUM ANALYZE employees")
        admin.execute("VACUUM ANALYZE leave_requests")
        (requests,) = admin.execute("SELECT count(*) FROM leave_requests").fetchone()

    columns = listing_columns("leave_requests")
    assert "days_left" in columns
    variants = {
        "with Days left": ListQuery("leave_requests", columns),
        "without it": ListQuery("leave_requests", tuple(c for c in columns if c != "days_left")),
    }
    results: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
    bare: dict[str, list[float]] = {name: [] for name in BARE}
    loads = []
    with hr.engine.connect() as conn, hr.psql(autocommit=True) as raw:

        def measure(query: ListQuery) -> dict[str, float]:
            return {"open": _timed(lambda: open_list(conn, query, page_size=PAGE))}

        for query in variants.values():  # warm: caches, plans
            measure(query)
        for statement in BARE.values():
            raw.execute(statement).fetchall()
        for run in range(RUNS):
            names = list(variants) if run % 2 == 0 else list(reversed(variants))
            for name in names:
                results[name].append(measure(variants[name]))
            for name, statement in BARE.items():
                bare[name].append(_timed(lambda s=statement: raw.execute(s).fetchall()))
            loads.append(f"{os.getloadavg()[0]:.2f}")
        page = BARE["dicel_leave_days_left per row"]
        (shown,) = raw.execute(
            f"SELECT count(d) FROM ({page}) AS p(id, s, e, t, en, dr, st, d)"
        ).fetchone()

    ours = Stats.of([r["open"] for r in results["with Days left"]])
    base = Stats.of([r["open"] for r in results["without it"]])
    within = paired(results["with Days left"], results["without it"], "open")
    lines = [
        Line(
            f"first page ({PAGE} rows) as the grid opens it",
            ours.show("ms"),
            f"without Days left: {base.show('ms')}",
            f"{within.median:.2f}x",
            "≤ 1.5x without",
            within.median <= 1.5,
        )
    ]
    none = Stats.of(bare["without the column"])
    for name in ("dicel_leave_days_left per row", "dicel_leave_balance per row"):
        stats = Stats.of(bare[name])
        lines.append(
            Line(
                f"bare page statement, {name}",
                stats.show("ms"),
                f"without the column: {none.show('ms')}",
                ratio(stats.median, none.median),
                "(none)",
                None,
            )
        )
    print_table(
        "Days left in HR's list of leave requests",
        lines,
        [
            f"{requests:,} leave requests of {EMPLOYEES:,} employees over {YEARS} years;"
            f" {RUNS} rounds, variants in turns, {REPEATS} runs each (median kept)",
            f"the first page as HR: {shown} of its {PAGE} rows have a figure (the others:"
            " unpaid leave, no allowance)",
            "the page is sorted by its first day, newest first: no index serves that order"
            " here, so every row is read and sorted; the column is worked out after the sort"
            " and the limit, for the page's rows only",
            f"load average after each round: {', '.join(loads)}",
            load_note(),
        ],
    )
