"""A login's expiry (PostgreSQL's VALID UNTIL) is set and removed by an administrator
through ``dicel_set_login_expiry`` (migration 0140, admin40), the function the window's
Login expiry… and ``dicel-admin set-login-expiry`` call; a clerk's psql cannot, neither
through it nor with ALTER ROLE. Real logins on the test's own database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import psycopg
import pytest
from helpers import admin_here, one_clear_line, run_admin
from logins import Logins, _dsn_as, open_logins

from dicel_desktop.domain.errors import InvalidInput, NotAllowed
from dicel_desktop.services import users


@pytest.fixture
def logins(db_dsn: str) -> Iterator[Logins]:
    yield from open_logins(db_dsn)


def _valid_until(logins: Logins, email: str):
    with psycopg.connect(logins.db_dsn) as su:
        return su.execute(
            "SELECT rolvaliduntil::text FROM pg_roles WHERE rolname = %s", (email,)
        ).fetchone()[0]


def _logs_in(logins: Logins, email: str, password: str) -> bool:
    try:
        psycopg.connect(_dsn_as(logins.db_dsn, email, password)).close()
    except psycopg.OperationalError:
        return False
    return True


def _set(person, email: str, until: dt.datetime | None) -> None:
    def op(session):
        users.set_login_expiry(session.connection(), email=email, until=until)
        session.commit()

    person.call(op)


def test_an_administrator_sets_and_removes_a_logins_expiry(logins: Logins):
    admin = logins.person("admin")
    clerk = logins.person("sales")
    with psycopg.connect(logins.db_dsn, autocommit=True) as su:
        # Expired as IT's psql left it (deploy39 #9): the clerk cannot log in.
        su.execute(f"ALTER ROLE \"{clerk.email}\" VALID UNTIL '2026-01-01'")
    assert not _logs_in(logins, clerk.email, clerk.password)

    _set(admin, clerk.email, None)
    assert _valid_until(logins, clerk.email) == "infinity"
    assert _logs_in(logins, clerk.email, clerk.password)
    summary = admin.call(lambda s: users.get_user(s.connection(), clerk.user_id))
    assert summary.valid_until is None and not summary.expired

    later = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=30)
    _set(admin, clerk.email, later)
    summary = admin.call(lambda s: users.get_user(s.connection(), clerk.user_id))
    assert summary.valid_until == later and not summary.expired
    assert _logs_in(logins, clerk.email, clerk.password)


def test_a_moment_already_past_is_refused_and_changes_nothing(logins: Logins):
    admin = logins.person("admin")
    clerk = logins.person("sales")
    refused = admin.refused(
        lambda s: users.set_login_expiry(
            s.connection(), email=clerk.email, until=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        )
    )
    assert isinstance(refused, InvalidInput) and refused.code == "login_expiry_past"
    assert clerk.email in refused.message and "deactivate" in refused.message
    assert _valid_until(logins, clerk.email) is None


def test_a_clerks_psql_can_neither_remove_nor_set_an_expiry(logins: Logins):
    clerk = logins.person("sales")
    with psycopg.connect(logins.db_dsn, autocommit=True) as su:
        su.execute(f"ALTER ROLE \"{clerk.email}\" VALID UNTIL '2099-01-01'")
    before = _valid_until(logins, clerk.email)
    for statement in (
        f"SELECT dicel_set_login_expiry('{clerk.email}', NULL)",
        f"ALTER ROLE \"{clerk.email}\" VALID UNTIL 'infinity'",
    ):
        assert clerk.psql_refusal(statement) == "42501", statement
    assert _valid_until(logins, clerk.email) == before
    refused = clerk.refused(
        lambda s: users.set_login_expiry(s.connection(), email=clerk.email, until=None)
    )
    assert isinstance(refused, NotAllowed)


def test_dicel_admin_removes_and_sets_it_through_the_same_function(logins: Logins, capsys):
    admin = logins.person("admin")
    clerk = logins.person("sales")
    dsn = _dsn_as(logins.db_dsn, admin.email, admin.password)
    with psycopg.connect(logins.db_dsn, autocommit=True) as su:
        su.execute(f"ALTER ROLE \"{clerk.email}\" VALID UNTIL '2026-01-01'")
    done = run_admin("--dsn", dsn, "set-login-expiry", "--email", clerk.email, "--none")
    assert done.returncode == 0, done.stderr
    assert "no expiry" in done.stdout
    assert _valid_until(logins, clerk.email) == "infinity"

    # The second run and the two refusals run its main in this process: the command ran
    # in its own above.
    done = admin_here(
        capsys, "--dsn", dsn, "set-login-expiry", "--email", clerk.email, "--until", "2099-06-30"
    )
    assert done.returncode == 0, done.stderr
    assert _valid_until(logins, clerk.email).startswith("2099-06-30")

    past = admin_here(
        capsys, "--dsn", dsn, "set-login-expiry", "--email", clerk.email, "--until", "2020-01-01"
    )
    one_clear_line(past, "must be after now")
    assert _valid_until(logins, clerk.email).startswith("2099-06-30")

    clerk_dsn = _dsn_as(logins.db_dsn, clerk.email, clerk.password)
    refused = admin_here(
        capsys, "--dsn", clerk_dsn, "set-login-expiry", "--email", clerk.email, "--none"
    )
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert _valid_until(logins, clerk.email).startswith("2099-06-30")


def test_infinity_from_psql_is_no_expiry_and_minus_infinity_is_refused(logins: Logins):
    """review40 #5: ``dicel_set_login_expiry(email, 'infinity')`` failed with a raw syntax
    error ("VALID UNTIL NULL": to_char of infinity is NULL). PostgreSQL writes no expiry
    as 'infinity', so an administrator's psql may too; '-infinity' is a moment already
    past: DU020, nothing changed."""
    admin = logins.person("admin")
    clerk = logins.person("sales")
    with psycopg.connect(logins.db_dsn, autocommit=True) as su:
        su.execute(f"ALTER ROLE \"{clerk.email}\" VALID UNTIL '2026-01-01'")
    with admin.psql(autocommit=True) as conn:
        conn.execute("SELECT dicel_set_login_expiry(%s, 'infinity')", (clerk.email,))
    assert _valid_until(logins, clerk.email) == "infinity"
    assert _logs_in(logins, clerk.email, clerk.password)

    with admin.psql(autocommit=True) as conn:
        conn.execute("SELECT dicel_set_login_expiry(%s, '2099-06-30')", (clerk.email,))
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("SELECT dicel_set_login_expiry(%s, '-infinity')", (clerk.email,))
    assert refused.value.sqlstate == "DU020"
    assert _valid_until(logins, clerk.email).startswith("2099-06-30")
