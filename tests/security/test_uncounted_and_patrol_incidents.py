"""What psql39b left, closed by migration 0141 (stats40), as real logins with psql.

* The planner still counted rows a clerk may not read: the IT tickets' subjects,
  descriptions and requesters, a review's reviewer and state, a payslip's person. They
  keep no statistics now, like every column of ``permissions.UNCOUNTED_COLUMNS``, and
  ``dicel-admin health`` names one that drifted.
* A patrol log's incident numbers were kept as typed: one that names no incident is
  refused (DW470).
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from helpers import admin_here, run_admin, statistics_kept
from sqlalchemy import text

from dicel_desktop.domain.permissions import UNCOUNTED_COLUMNS

GRACE = "grace.uwimana@dicel.rw"  # sales: no IT, no HR, no payroll but her own
PATRICK = "patrick.habimana@dicel.rw"  # security

#: 0141's columns whose company-wide counts a clerk of another department read (the
#: descriptions, each typed once or twice, are covered by the list's test below).
COLUMNS = (
    ("it_support_tickets", "subject"),
    ("it_support_tickets", "requester_id"),
    ("performance_reviews", "reviewer_id"),
    ("performance_reviews", "status"),
    ("payroll_records", "employee_id"),
)


def _estimate(conn: psycopg.Connection, table: str, column: str, value) -> int:
    ((plan,),) = conn.execute(
        f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} WHERE {column} = %s", (value,)
    ).fetchall()
    return plan[0]["Plan"]["Plan Rows"]


def test_a_clerk_estimates_no_ticket_subject_reviewer_or_review_state(psql_login, su):
    """stats40: as a sales clerk, ``subject = 'Need access to the Finance share'`` gave
    19 rows (true 20, a made-up subject 1), ``reviewer_id = <Aline>`` her number of
    reviews, ``status = 'draft'`` 31 (true 33)."""
    with su.begin() as conn:
        for table in dict.fromkeys(table for table, _ in COLUMNS):
            conn.exec_driver_sql(f"ANALYZE {table}")  # what autovacuum does anyway
    grace = psql_login(GRACE)
    for table, column in COLUMNS:
        with su.connect() as conn:
            counted = conn.execute(
                text(
                    f"SELECT {column}, count(*) FROM {table} WHERE {column} IS NOT NULL"
                    " GROUP BY 1 ORDER BY 2 DESC, 1"
                )
            ).all()
            kept = statistics_kept(conn, table, column)
        (many, most) = counted[0]
        # A value no row has: with statistics, the most common one was estimated near its
        # count and this one at 1.
        none = str(uuid.uuid4()) if column.endswith("_id") else "no such value"
        assert most >= 5, (table, column, most)
        assert _estimate(grace, table, column, many) == _estimate(grace, table, column, none), (
            table,
            column,
        )
        assert kept == 0, (table, column)


def test_every_uncounted_column_keeps_none_and_health_names_one_counted_again(su, demo_dsn, capsys):
    """The one list is the database's: every column in it has target 0 and no statistics;
    a target set back is named by ``dicel-admin health`` (exit 1) until sync-grants."""
    with su.begin() as conn:
        for table in UNCOUNTED_COLUMNS:
            conn.exec_driver_sql(f"ANALYZE {table}")
        for table, columns in UNCOUNTED_COLUMNS.items():
            for column in columns:
                target = conn.scalar(
                    text(
                        "SELECT attstattarget FROM pg_attribute"
                        " WHERE attrelid = CAST(:t AS regclass) AND attname = :c"
                    ),
                    {"t": table, "c": column},
                )
                assert target == 0, (table, column, target)
                assert statistics_kept(conn, table, column) == 0, (table, column)
    try:
        with su.begin() as conn:
            conn.exec_driver_sql(
                "ALTER TABLE it_support_tickets ALTER COLUMN subject SET STATISTICS 100"
            )
            conn.exec_driver_sql("ANALYZE it_support_tickets")
        health = run_admin("--dsn", demo_dsn, "health")
        assert health.returncode == 1, health.stdout + health.stderr
        assert "it_support_tickets.subject: target 100" in health.stdout
        synced = run_admin("--dsn", demo_dsn, "sync-grants")
        assert synced.returncode == 0, synced.stdout + synced.stderr
        # Health again, its main in this process: it ran in its own above.
        health = admin_here(capsys, "--dsn", demo_dsn, "health")
        assert "keep no statistics: 0" in health.stdout, health.stdout
        assert health.returncode == 0, health.stdout
        with su.connect() as conn:
            assert statistics_kept(conn, "it_support_tickets", "subject") == 0
    finally:
        with su.begin() as conn:
            conn.exec_driver_sql(
                "ALTER TABLE it_support_tickets ALTER COLUMN subject SET STATISTICS 0"
            )
            conn.exec_driver_sql(
                "DELETE FROM pg_statistic WHERE starelid = 'it_support_tickets'::regclass"
                " AND staattnum = (SELECT attnum FROM pg_attribute WHERE attrelid ="
                " 'it_support_tickets'::regclass AND attname = 'subject')"
            )


_NEW_LOG = (
    "INSERT INTO patrol_logs (guard_id, route_id, start_time, incidents_reported)"
    " SELECT g.id, r.id, now() - interval '1 hour', %s::jsonb"
    " FROM security_guards g, patrol_routes r"
    " WHERE g.status = 'active' AND r.is_active ORDER BY g.guard_number, r.route_name LIMIT 1"
    " RETURNING id"
)


def test_a_patrol_log_naming_no_incident_is_refused_and_a_real_one_is_kept(psql_login, su):
    """stats40: a security clerk with psql wrote any text as an incident number."""
    with su.connect() as conn:
        real = conn.scalar(
            text("SELECT incident_number FROM security_incidents ORDER BY 1 LIMIT 1")
        )
        before = conn.scalar(text("SELECT count(*) FROM patrol_logs"))
    patrick = psql_login(PATRICK)
    for made_up in ('["SEC-2099-999999"]', f'["{real}", "SEC-2099-999999"]', "[42]", '"x"'):
        with pytest.raises(psycopg.Error) as refused:
            patrick.execute(_NEW_LOG, (made_up,))
        assert refused.value.sqlstate == "DW470", made_up
        assert refused.value.diag.column_name == "incidents_reported"
        patrick.rollback()
    with su.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM patrol_logs")) == before
    (log_id,) = patrick.execute(_NEW_LOG, (f'["{real}"]',)).fetchone()
    assert log_id is not None
    # An empty list is no incident to check.
    patrick.execute("UPDATE patrol_logs SET incidents_reported = '[]' WHERE id = %s", (log_id,))
    with pytest.raises(psycopg.Error) as refused:
        patrick.execute(
            "UPDATE patrol_logs SET incidents_reported = '[\"nope\"]' WHERE id = %s", (log_id,)
        )
    assert refused.value.sqlstate == "DW470"
    patrick.rollback()
