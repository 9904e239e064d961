"""What psql41 found in the last-administrator rule (DW601), fixed by migration 0155:
the administrator who remains is one whose login never expires, on every path, counted
at READ COMMITTED. Ada and Bea are the company's two administrators, as psql."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

EXPIRY = "SELECT dicel_set_login_expiry(%s, now() + %s::interval)"


@pytest.fixture
def admins(logins):
    ada = logins.person("admin", employee=False, first_name="Ada")
    bea = logins.person("admin", employee=False, first_name="Bea")
    return ada, bea


def _done(person, statement: str, params=()) -> None:
    with person.psql() as conn:
        conn.execute(statement, params)


def _valid_until(logins, email: str) -> object:
    with logins.superuser().connect() as conn:
        raw = conn.connection.dbapi_connection
        return raw.execute(
            "SELECT rolvaliduntil FROM pg_roles WHERE rolname = %s", (email,)
        ).fetchone()[0]


@pytest.mark.parametrize(
    "take_away", ["SELECT dicel_change_role(%s, 'hr')", "SELECT dicel_deactivate_user(%s)"]
)
def test_an_administrator_whose_login_expires_later_is_not_the_one_who_remains(
    logins, admins, take_away
):
    ada, bea = admins
    # #1: Ada gives Bea's login an expiry tomorrow (Ada, who never expires, remains) ...
    _done(ada, EXPIRY, (bea.email, "1 day"))
    # ... then Bea would take Ada away: nobody could log in as an administrator the day
    # after, and Bea may not lift her own expiry (DU010).
    assert bea.psql_refusal(take_away, (ada.email,)) == "DW601"
    assert bea.psql_refusal("SELECT dicel_set_login_expiry(%s, NULL)", (bea.email,)) == "DU010"
    # Once Ada removes it, Bea remains whatever happens to Ada.
    _done(ada, "SELECT dicel_set_login_expiry(%s, NULL)", (bea.email,))
    assert bea.psql_refusal(take_away, (ada.email,)) is None


def test_expiries_do_not_chain(logins, admins):
    ada, bea = admins
    # #2: Ada's expiry on Bea in two days, then Bea's on Ada in one: both would pass.
    _done(ada, EXPIRY, (bea.email, "2 days"))
    assert bea.psql_refusal(EXPIRY, (ada.email, "1 day")) == "DW601"
    assert _valid_until(logins, ada.email) is None  # nothing set


def test_the_count_is_not_read_from_an_older_snapshot(logins, admins):
    ada, bea = admins
    # #3: Bea's REPEATABLE READ snapshot is taken before Ada sets Bea's expiry ...
    with bea.psql() as session:
        session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        session.execute("SELECT 1 FROM users LIMIT 1")
        _done(ada, EXPIRY, (bea.email, "1 hour"))
        # ... in which Bea still never expires: the count refuses to run on it.
        with pytest.raises(psycopg.errors.SerializationFailure) as refused:
            session.execute(EXPIRY, (ada.email, "1 day"))
        assert "READ COMMITTED" in refused.value.diag.message_primary
        session.rollback()
        # Run on its own (READ COMMITTED, as DICEL's sessions are), it sees Ada's change.
        session.autocommit = True
        with pytest.raises(psycopg.Error) as again:
            session.execute(EXPIRY, (ada.email, "1 day"))
        assert again.value.sqlstate == "DW601"
    assert _valid_until(logins, ada.email) is None


def test_a_change_that_takes_no_administrator_away_runs_at_any_level(logins, admins):
    ada, _bea = admins
    clerk = logins.person("employee", first_name="Carl")
    with ada.psql() as session:
        session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        session.execute(EXPIRY, (clerk.email, "30 days"))
        session.commit()
    assert _valid_until(logins, clerk.email) is not None
    with ada.psql() as session:
        session.execute(sql.SQL("BEGIN ISOLATION LEVEL SERIALIZABLE"))
        session.execute("SELECT dicel_change_role(%s, 'finance')", (clerk.email,))
        session.commit()
