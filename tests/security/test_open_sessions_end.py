"""A login turned off or moved to another role is disconnected at once (migration 0055),
as real logins with sessions of their own, the way someone with psql keeps one open."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from _provisioning_fixtures import PASSWORD, Accounts, can_connect, dsn_as, open_accounts

from dicel_desktop.domain.errors import NotAllowed, NotFound
from dicel_desktop.services import users


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


def _session(accounts: Accounts, email: str) -> psycopg.Connection:
    return psycopg.connect(dsn_as(accounts.db_dsn, email, PASSWORD), autocommit=True)


def _ended(conn: psycopg.Connection) -> bool:
    """Whether the server ended this session (its next statement finds it gone)."""
    try:
        conn.execute("SELECT count(*) FROM public.departments").fetchone()
    except psycopg.OperationalError:
        return True
    return False


def test_deactivating_a_login_ends_its_open_sessions_and_no_one_elses(accounts: Accounts):
    admin = accounts.create("admin")
    clerk = accounts.create("finance")
    colleague = accounts.create("finance")
    first, second = _session(accounts, clerk), _session(accounts, clerk)
    other = _session(accounts, colleague)
    try:
        # What the open session could read before: the department's books.
        assert first.execute("SELECT count(*) FROM public.transactions").fetchone() is not None
        with accounts.engine_as(admin).begin() as conn:
            users.deactivate_user(conn, email=clerk)
        assert _ended(first) and _ended(second)
        assert not can_connect(dsn_as(accounts.db_dsn, clerk, PASSWORD))
        # The colleague's session and IT's own go on.
        assert not _ended(other)
        with accounts.engine_as(admin).connect() as conn:
            assert conn.exec_driver_sql("SELECT 1").scalar_one() == 1
    finally:
        for conn in (first, second, other):
            conn.close()
    # Reactivated, the person logs in again as before.
    with accounts.engine_as(admin).begin() as conn:
        assert users.reactivate_user(conn, email=clerk) is True
    assert can_connect(dsn_as(accounts.db_dsn, clerk, PASSWORD))


def test_a_session_that_took_its_group_role_ends_when_the_role_changes(accounts: Accounts):
    admin = accounts.create("admin")
    leaving = accounts.create("admin")
    held = _session(accounts, leaving)
    try:
        # SET ROLE is asked once: without the end of the session, this one would go on
        # acting as dicel_admin after the change below.
        held.execute("SET ROLE dicel_admin")
        with accounts.engine_as(admin).begin() as conn:
            users.change_role(conn, email=leaving, role="employee")
        assert _ended(held)
    finally:
        held.close()
    with (
        _session(accounts, leaving) as again,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        again.execute("SET ROLE dicel_admin")
    # The same role again moves nothing and ends nothing.
    kept = _session(accounts, leaving)
    try:
        with accounts.engine_as(admin).begin() as conn:
            users.change_role(conn, email=leaving, role="employee")
        assert not _ended(kept)
    finally:
        kept.close()


def test_a_login_cannot_end_anyone_elses_session(accounts: Accounts):
    admin = accounts.create("admin")
    victim = accounts.create("hr")
    open_one = _session(accounts, victim)
    try:
        with _session(accounts, admin) as conn:
            # Nor through the provisioner's function, which only dicel_owner may call.
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT public.dicel_provision_set_login(%s, false)", (victim,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                    (victim,),
                ).fetchall()
        assert not _ended(open_one)
    finally:
        open_one.close()


# ------------------------------------------------ sessions opened meanwhile (migration 0058)


def test_a_session_opened_while_the_login_was_turned_off_ends_after_the_commit(
    accounts: Accounts,
):
    """A second psql review: a script reconnecting in a loop got a session between 0055's
    ending of the sessions and the deactivation's commit, and kept finance's rights
    after it (SET ROLE too). The sessions are ended again once the change committed."""
    admin = accounts.create("admin")
    clerk = accounts.create("finance")
    with accounts.engine_as(admin).connect() as conn:
        with conn.begin():
            users.deactivate_user(conn, email=clerk)
            # Not committed yet: the login may still log in.
            racer = _session(accounts, clerk)
            racer.execute("SET ROLE dicel_finance")
        try:
            # Committed: the racer still reads the books; only its end helps.
            assert racer.execute("SELECT count(*) FROM public.transactions").fetchone()
            with conn.begin():
                assert users.end_sessions(conn, email=clerk) == 1
            assert _ended(racer)
        finally:
            racer.close()


def test_a_role_change_ends_the_sessions_opened_meanwhile(accounts: Accounts):
    admin = accounts.create("admin")
    moved = accounts.create("finance")
    with accounts.engine_as(admin).connect() as conn:
        with conn.begin():
            users.change_role(conn, email=moved, role="employee")
            racer = _session(accounts, moved)
            racer.execute("SET ROLE dicel_finance")
        try:
            with conn.begin():
                assert users.end_sessions(conn, email=moved) == 1
            assert _ended(racer)
        finally:
            racer.close()
    # Logged in again, they have the new role's rights only.
    with _session(accounts, moved) as again:
        assert again.execute("SELECT public.dicel_has_role('employee')").fetchone() == (True,)
        assert again.execute("SELECT public.dicel_has_role('finance')").fetchone() == (False,)


def test_hr_ends_only_a_turned_off_logins_sessions_and_an_administrator_anyones(
    accounts: Accounts,
):
    admin = accounts.create("admin")
    hr = accounts.create("hr")
    busy = accounts.create("sales")
    open_one = _session(accounts, busy)
    try:
        with accounts.engine_as(hr).begin() as conn:
            assert users.end_sessions(conn, email=busy) == 0
        assert not _ended(open_one)
        with accounts.engine_as(admin).begin() as conn:
            assert users.end_sessions(conn, email=busy) == 1
        assert _ended(open_one)
    finally:
        open_one.close()
    for role in ("finance", "employee", "it"):
        other = accounts.create(role)
        with (
            accounts.engine_as(other).connect() as conn,
            pytest.raises(NotAllowed),
        ):
            users.end_sessions(conn, email=busy)
    with accounts.engine_as(admin).connect() as conn, pytest.raises(NotFound):
        users.end_sessions(conn, email="nobody@test.dicel.rw")
