"""A DICEL login's change is made in a transaction of now (migration 0136, psql37 #1).

``now()``, ``current_date`` and ``dicel_company_day()`` are the moment a transaction
began. An IT clerk who lifted their session's idle timeout, began a transaction and waited
resolved a ticket filed meanwhile "before" it was filed; over a midnight every "today"
rule would have asked the day before. A change in a transaction begun longer ago than the
database's own idle timeout is refused (DW040), whatever the session set for itself. The
tests give their database a 2-second timeout rather than wait 10 minutes.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.exc import DBAPIError

from dicel_desktop.services.db_errors import explain

TICKET = (
    "INSERT INTO it_support_tickets (category, subject, description)"
    " VALUES ('hardware', 'Printer', 'It jams') RETURNING id"
)
HELD_S = 2.5


def _database_timeout(db_dsn: str, value: str) -> None:
    """The database's own idle timeout (as sync-grants sets it), for new sessions."""
    with psycopg.connect(db_dsn, autocommit=True) as su:
        name = su.execute("SELECT current_database()").fetchone()[0]
        su.execute(
            sql.SQL("ALTER DATABASE {} SET idle_in_transaction_session_timeout = {}").format(
                sql.Identifier(name), sql.Literal(value)
            )
        )


def _held_then(person, statement: str, *params):
    """``statement`` run by ``person`` in a transaction begun HELD_S seconds before, on a
    session that lifted its own idle timeout (as the review's psql session did)."""
    with person.engine.connect() as conn:
        conn.exec_driver_sql("SET idle_in_transaction_session_timeout = 0")
        conn.exec_driver_sql("SELECT pg_sleep(%s)", (HELD_S,))  # the transaction began before
        result = conn.exec_driver_sql(statement, params).fetchall()
        conn.commit()
        return result


def test_a_step_in_a_transaction_held_past_the_databases_timeout_is_refused(logins, db_dsn):
    it = logins.person("it")
    with it.engine.begin() as conn:
        ticket = conn.exec_driver_sql(TICKET).scalar_one()
    _database_timeout(db_dsn, "2s")
    with pytest.raises(DBAPIError) as refused:
        _held_then(it, "SELECT dicel_resolve_it_ticket(%s, 'Replaced the toner')", ticket)
    assert refused.value.orig.sqlstate == "DW040"
    said = explain(refused.value).message
    assert said.startswith("This change was made in a transaction begun at ")
    assert said.endswith(", too long ago, and would be dated then: roll it back and make it again.")
    with it.engine.begin() as conn:
        status, resolved = conn.exec_driver_sql(
            "SELECT status, resolved_date FROM it_support_tickets WHERE id = %s", (ticket,)
        ).one()
    assert (status, resolved) == ("open", None)  # nothing of it stayed
    # Filing, in a transaction as old, is refused too (its created_date would be then).
    with pytest.raises(DBAPIError) as filed:
        _held_then(it, TICKET)
    assert filed.value.orig.sqlstate == "DW040"
    # The same step in a transaction of now is taken.
    assert it.refusal("SELECT dicel_resolve_it_ticket(%s, 'Replaced the toner')", ticket) is None


def test_within_the_databases_timeout_a_transaction_changes_as_before(logins, db_dsn):
    it = logins.person("it")
    _database_timeout(db_dsn, "1min")
    (row,) = _held_then(it, TICKET)
    assert row[0] is not None


def test_a_database_without_a_timeout_of_its_own_bounds_at_ten_minutes_not_at_none(logins, db_dsn):
    it = logins.person("it")
    _database_timeout(db_dsn, "0")  # 0: no timeout; taken as none, not as a bound of 0
    (row,) = _held_then(it, TICKET)
    assert row[0] is not None


def test_the_superuser_and_the_owner_are_not_asked(db_dsn):
    _database_timeout(db_dsn, "2s")
    with psycopg.connect(db_dsn) as su:  # migrations and demo loads run as these
        su.execute("SELECT pg_sleep(%s)", (HELD_S,))
        su.execute(TICKET)
        su.execute("SET ROLE dicel_owner")
        su.execute(TICKET)
        su.rollback()
