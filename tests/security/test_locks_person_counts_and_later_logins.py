"""What the second psql review of 39 found, closed by migration 0139, as real logins with
the psql a person would use (/work/reports/psql39b.md).

* ``pg_locks`` named the employee whose leave a session was filing or approving (the
  leave lock's key is ``hashtext(employee_id)``), so a listener on ``dicel_work`` learned
  whose each notified request was (#1): no login reads the locks; the holiday change's
  "who counts leave" (DW118) still reads them through its definer.
* The planner counted hidden rows through more columns: the recovery files' names, the
  absences' notes, the failed trainings, the leave states, each person's number of
  requests (#2): no statistics on them either.
* ``dicel_record_login()`` stamped again, and put ``last_login`` back, when another
  session of the same person had logged in since its transaction began (#3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import psycopg
import pytest
from helpers import statistics_kept
from leave_team import Team, make_team, week
from logins import Logins, Person, open_logins
from sqlalchemy import text

JOSIANE = "josiane.murekatete@dicel.rw"  # employee

#: 0012's leave lock: pg_advisory_xact_lock(0x4C56, hashtext(employee_id)).
LEAVE_LOCK_SPACE = 0x4C56


@pytest.fixture
def team(db_dsn) -> Iterator[Team]:
    for logins in open_logins(db_dsn):
        yield make_team(logins)


@pytest.fixture
def people(db_dsn: str) -> Iterator[Logins]:
    yield from open_logins(db_dsn)


# --------------------------------------------------------------------------- #1

#: psql39b's spy: the sessions holding an employee's leave lock, by employee.
_WHOSE_LOCK = (
    "SELECT e.id FROM pg_locks l JOIN employees e ON l.locktype = 'advisory'"
    f" AND l.classid = {LEAVE_LOCK_SPACE}"
    " AND l.objid::bigint = (hashtext(e.id::text)::bigint & 4294967295) WHERE l.pid = %s"
)


def test_no_login_reads_whose_leave_a_session_locks_and_who_counts_leave_is_still_named(
    team: Team,
):
    """psql39b #1: while Aline's filing was open, a colleague read its lock in pg_locks
    and its key named Aline; with the notification's PID, the request was hers."""
    monday, friday = week(7)
    holder = team.psql(team.clerk)
    holder.execute("SET idle_in_transaction_session_timeout = 0")
    holder.execute("SELECT dicel_request_leave('annual', %s, %s, 'Family visit')", (monday, friday))
    try:
        with team.psql(team.mate) as spy:
            for statement, params in (
                (_WHOSE_LOCK, (holder.info.backend_pid,)),
                ("SELECT count(*) FROM pg_lock_status()", ()),
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    spy.execute(statement, params)
                spy.rollback()
        # The lock is there: IT (an administrator) reads it ...
        with team.psql(team.admin) as admin:
            (clerk_employee,) = admin.execute(
                "SELECT id FROM employees WHERE user_id = %s", (team.clerk.user_id,)
            ).fetchone()
            found = admin.execute(_WHOSE_LOCK, (holder.info.backend_pid,)).fetchall()
            assert found == [(clerk_employee,)]
        # ... and a holiday change's DW118 still says whose session counts leave
        # (dicel_leave_counted_by, dicel_stats_reader's, called as the functions' owner).
        with team.su() as su:
            su.execute("SET ROLE dicel_owner")
            counted_by = su.execute("SELECT login FROM dicel_leave_counted_by()").fetchall()
            assert counted_by == [(team.clerk.email,)]
    finally:
        holder.rollback()
        holder.close()


# --------------------------------------------------------------------------- #2

#: (table, column) of psql39b #2: categories and a person's records.
COLUMNS = (
    ("documents", "file_name"),
    ("attendance_records", "notes"),
    ("training_enrollments", "grade"),
    ("training_enrollments", "status"),
    ("leave_requests", "status"),
    ("leave_requests", "approved_by"),
    ("leave_requests", "employee_id"),
    ("attendance_records", "employee_id"),
    ("performance_reviews", "employee_id"),
)


def _estimate(conn: psycopg.Connection, table: str, column: str, value) -> int:
    ((plan,),) = conn.execute(
        f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} WHERE {column} = %s", (value,)
    ).fetchall()
    return plan[0]["Plan"]["Plan Rows"]


def test_the_planner_counts_no_court_filing_absence_failure_or_persons_requests(psql_login, su):
    """psql39b #2: as an employee who reads none of them, ``file_name = 'Court filing -
    <client>'`` said how many the client has (rows=4, true 4), ``notes = 'Family
    emergency'`` 256 (true 259), ``grade = 'F'`` 9 (9), ``employee_id = <a colleague>``
    their exact number of leave requests."""
    with su.begin() as conn:
        for table in dict.fromkeys(table for table, _ in COLUMNS):
            conn.exec_driver_sql(f"ANALYZE {table}")  # what autovacuum does anyway
    josiane = psql_login(JOSIANE)
    for table, column in COLUMNS:
        with su.connect() as conn:
            # The company's most common value, and its rarest.
            counted = conn.execute(
                text(
                    f"SELECT {column}, count(*) FROM {table} WHERE {column} IS NOT NULL"
                    " GROUP BY 1 ORDER BY 2 DESC, 1"
                )
            ).all()
            kept = statistics_kept(conn, table, column)
        (many, most), (few, least) = counted[0], counted[-1]
        assert most > 2 * least > 0, (table, column, most, least)
        # The same guess for both: nothing of the company's counts.
        assert _estimate(josiane, table, column, many) == _estimate(josiane, table, column, few), (
            table,
            column,
        )
        assert kept == 0, (table, column)


# --------------------------------------------------------------------------- #3


def _stamps(people: Logins, person: Person) -> tuple[int, dt.datetime]:
    """How many "Logged in" rows the person has, and their last login."""
    with people.superuser().connect() as conn:
        count = conn.scalar(
            text(
                "SELECT count(*) FROM audit_logs WHERE table_name = 'users'"
                " AND record_id = :u AND action = 'UPDATE' AND new_values ? 'last_login'"
                " AND new_values - 'last_login' = '{}'::jsonb"
            ),
            {"u": person.user_id},
        )
        last = conn.scalar(
            text("SELECT last_login FROM users WHERE id = :u"), {"u": person.user_id}
        )
    return count, last


def test_a_login_meanwhile_is_neither_stamped_again_nor_put_back(people):
    """psql39b #3: session A logged in, began a transaction; B (the same person) logged
    in; A's call in its older transaction stamped a third "Logged in" row and put
    last_login back to A's transaction's start."""
    person = people.person("employee", first_name="Olivier")
    with person.psql() as a:
        a.execute("SELECT * FROM dicel_record_login()").fetchone()
        a.commit()
        a.execute("SELECT now()").fetchone()  # A's transaction begins, before B's login
        with person.psql() as b:
            b.execute("SELECT * FROM dicel_record_login()").fetchone()
            b.commit()
        assert _stamps(people, person)[0] == 2
        _count, at_b = _stamps(people, person)
        row = a.execute("SELECT id, email FROM dicel_record_login()").fetchone()
        a.commit()
        # A still learns who logged in.
        assert row == (person.user_id, person.email)
    assert _stamps(people, person) == (2, at_b)
