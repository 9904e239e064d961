"""What psql review 39 found, closed by migration 0138 and sync-grants, as real logins with
the psql a person would use.

* The planner's estimates gave an employee the company's counts of what row security
  hides (maternity leaves, review ratings, absences), and ``pg_stat_user_tables`` when HR
  changed an employee (F1): no statistics on those columns, no counters for logins.
* ``dicel_record_login()`` wrote a "Logged in" row at every call (F2): once a session.
* ``ALTER ROLE CURRENT_USER SET lock_timeout = 0`` kept the database's timeouts off all of
  a login's sessions (F3): ``dicel-admin health`` lists it, ``sync-grants`` clears it.
* DW006 said "salary" for one's own bank details: it names the column.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest
from helpers import statistics_kept
from logins import Logins, Person, open_logins
from sqlalchemy import text

from dicel_desktop.cli.admin import main as admin_main

JOSIANE = "josiane.murekatete@dicel.rw"  # employee
JEAN = "jean.mugabo@dicel.rw"  # admin


@pytest.fixture
def people(db_dsn: str) -> Iterator[Logins]:
    yield from open_logins(db_dsn)


# --------------------------------------------------------------------------- F1


def _estimate(conn: psycopg.Connection, table: str, column: str, value) -> int:
    ((plan,),) = conn.execute(
        f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} WHERE {column} = %s", (value,)
    ).fetchall()
    return plan[0]["Plan"]["Plan Rows"]


#: (table, column, a value the demo company has many of, one it has few of).
CATEGORIES = (
    ("leave_requests", "leave_type", "annual", "maternity"),
    ("performance_reviews", "overall_rating", 5, 1),
    ("attendance_records", "status", "present", "absent"),
)


def test_the_planner_gives_an_employee_no_company_count_of_a_hidden_category(psql_login, su):
    """psql39 F1: ``EXPLAIN ... WHERE leave_type = 'maternity'`` said rows=3, the company's
    true count, to an employee who sees 3 requests of her own."""
    with su.begin() as conn:
        for table, *_ in CATEGORIES:
            conn.exec_driver_sql(f"ANALYZE {table}")  # what autovacuum does anyway
    josiane = psql_login(JOSIANE)
    for table, column, many, few in CATEGORIES:
        with su.connect() as conn:
            counts = [
                conn.scalar(text(f"SELECT count(*) FROM {table} WHERE {column} = :v"), {"v": v})
                for v in (many, few)
            ]
            kept = statistics_kept(conn, table, column)
        assert counts[0] > 2 * counts[1] > 0, (table, counts)
        # The same guess for both: nothing of the company's counts.
        assert _estimate(josiane, table, column, many) == _estimate(josiane, table, column, few)
        assert kept == 0, (table, column)


#: (table, a condition the demo company has many rows of, one with few; the column) of the
#: columns that gave the same counts away another way (review39 #2).
RANGES = (
    ("leave_requests", "days_requested >= 1", "days_requested >= 20", "days_requested"),
    ("attendance_records", "check_in IS NOT NULL", "check_in IS NULL", "check_in"),
)


def test_a_leaves_length_or_a_missing_check_in_gives_no_company_count(psql_login, su):
    """review39 #2: ``days_requested >= 20`` (the maternity leaves) and ``check_in IS
    NULL`` (the absences) were estimated from every row's statistics."""
    with su.begin() as conn:
        for table, *_ in RANGES:
            conn.exec_driver_sql(f"ANALYZE {table}")
    josiane = psql_login(JOSIANE)
    for table, many, few, column in RANGES:
        with su.connect() as conn:
            counts = [
                conn.scalar(text(f"SELECT count(*) FROM {table} WHERE {c}")) for c in (many, few)
            ]
            kept = statistics_kept(conn, table, column)
        assert counts[0] > 2 * counts[1] > 0, (table, counts)
        assert kept == 0, (table, column)
        ((plan,),) = josiane.execute(
            f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} WHERE {few}"
        ).fetchall()
        # The planner's default guess, nowhere near the company's count.
        assert not 0.8 * counts[1] <= plan[0]["Plan"]["Plan Rows"] <= 1.25 * counts[1], (table, few)


def test_an_employee_reads_no_table_counters_and_an_administrator_does(psql_login):
    """psql39 F1: ``pg_stat_user_tables`` (n_tup_upd) told an employee the moment HR changed
    an employee row; its functions said the same."""
    josiane = psql_login(JOSIANE)
    for statement in (
        "SELECT relname, n_tup_upd FROM pg_stat_user_tables",
        "SELECT relname FROM pg_stat_xact_user_tables",
        "SELECT relname FROM pg_statio_user_tables",
        "SELECT indexrelname FROM pg_stat_user_indexes",
        "SELECT pg_stat_get_tuples_updated('employees'::regclass)",
        "SELECT pg_stat_get_last_autoanalyze_time('payroll_records'::regclass)",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            josiane.execute(statement)
        josiane.rollback()
    jean = psql_login(JEAN)
    assert jean.execute(
        "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'employees'"
    ).fetchone() == (1,)


# --------------------------------------------------------------------------- F2


def _stamps(people: Logins, person: Person) -> int:
    with people.superuser().connect() as conn:
        return conn.scalar(
            text(
                # A sign-in's entry: its last-login stamp alone (audit_words).
                "SELECT count(*) FROM audit_logs WHERE table_name = 'users'"
                " AND record_id = :u AND action = 'UPDATE' AND new_values ? 'last_login'"
                " AND new_values - 'last_login' = '{}'::jsonb"
            ),
            {"u": person.user_id},
        )


def test_a_login_is_stamped_once_a_session(people):
    """psql39 F2: 50 calls of dicel_record_login() in psql wrote 50 "Logged in" rows."""
    person = people.person("employee", first_name="Josiane")
    assert _stamps(people, person) == 0
    with person.psql() as conn:
        for _call in range(3):
            row = conn.execute("SELECT id, email FROM dicel_record_login()").fetchone()
            conn.commit()
            # The desktop still learns who logged in, at every call.
            assert row == (person.user_id, person.email)
    assert _stamps(people, person) == 1
    with person.psql() as conn:  # a new session is a new login
        conn.execute("SELECT * FROM dicel_record_login()").fetchone()
        conn.commit()
        conn.execute("SELECT * FROM dicel_record_login()").fetchone()
        conn.commit()
    assert _stamps(people, person) == 2


# --------------------------------------------------------------------------- F3


def _settings(person: Person) -> dict[str, tuple[str, str]]:
    names = ["lock_timeout", "idle_in_transaction_session_timeout", "statement_timeout"]
    with person.psql() as conn:
        rows = conn.execute(
            "SELECT name, setting, source FROM pg_settings WHERE name = ANY(%s)", (names,)
        ).fetchall()
    return {name: (setting, source) for name, setting, source in rows}


def test_a_logins_own_settings_are_listed_by_health_and_cleared_by_sync_grants(
    people, db_dsn, capsys
):
    """psql39 F3: a login lifted the database's lock and idle timeouts for all of its
    later sessions, the desktop's too; nothing showed it or undid it."""
    person = people.person("employee")
    with person.psql(autocommit=True) as conn:
        database = conn.info.dbname
        conn.execute("ALTER ROLE CURRENT_USER SET idle_in_transaction_session_timeout = 0")
        conn.execute("ALTER ROLE CURRENT_USER SET lock_timeout = 0")
        conn.execute(f'ALTER ROLE CURRENT_USER IN DATABASE "{database}" SET statement_timeout = 0')
    lifted = _settings(person)
    assert lifted["lock_timeout"] == ("0", "user")
    assert lifted["idle_in_transaction_session_timeout"] == ("0", "user")

    assert admin_main(["--dsn", db_dsn, "health"]) == 0
    shown = capsys.readouterr().out.split("Logins with settings of their own: ", 1)[1]
    assert f"  {person.email}  everywhere: " in shown
    assert "lock_timeout=0" in shown and "idle_in_transaction_session_timeout=0" in shown
    assert f"  {person.email}  in {database}: statement_timeout=0" in shown

    assert admin_main(["--dsn", db_dsn, "sync-grants"]) == 0
    capsys.readouterr()
    # The database's own defaults again.
    back = _settings(person)
    assert back["lock_timeout"] == ("10000", "database")
    assert back["idle_in_transaction_session_timeout"] == ("600000", "database")
    assert back["statement_timeout"] == ("0", "default")
    with people.superuser().connect() as conn:
        own = conn.scalar(
            text("SELECT count(*) FROM pg_db_role_setting WHERE setrole = CAST(:r AS regrole)"),
            {"r": f'"{person.email}"'},
        )
    assert own == 0
    assert admin_main(["--dsn", db_dsn, "health"]) == 0
    assert person.email not in capsys.readouterr().out.split("Logins with settings", 1)[1]


# --------------------------------------------------------------------------- DW006


@pytest.mark.parametrize(
    ("statement", "column", "said"),
    [
        ('SET bank_details = \'{"account": "000-1"}\'', "bank_details", "bank details"),
        ("SET hire_date = hire_date - 1", "hire_date", "hire date"),
        ("SET salary = salary + 1", "salary", "salary"),
    ],
)
def test_ones_own_pay_refused_names_what_was_refused(people, statement, column, said):
    """psql39 (holding): HR changing their own bank details heard "one's own salary"."""
    hr = people.person("hr")
    with hr.psql() as conn, pytest.raises(psycopg.Error) as refused:
        conn.execute(f"UPDATE employees {statement} WHERE user_id = %s", (hr.user_id,))
    error = refused.value
    assert error.sqlstate == "DW006"
    assert error.diag.message_primary == f"one's own {said}"
    assert json.loads(error.diag.message_detail) == {"what": "salary", "column": column}
    assert error.diag.column_name == column
