"""The company always keeps an active administrator (migration 0047, DW601): two
administrators taking each other's role or deactivating each other at the same moment,
as real logins on two connections; exactly one of them succeeds."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import psycopg
import pytest
from _provisioning_fixtures import PASSWORD, Accounts, dsn_as, open_accounts

from dicel_desktop.domain.errors import DicelError, NotAllowed
from dicel_desktop.services import users


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


def _active_admins(su: psycopg.Connection) -> list[str]:
    rows = su.execute(
        "SELECT email FROM users WHERE role = 'admin' AND coalesce(is_active, true) ORDER BY 1"
    ).fetchall()
    return [row[0] for row in rows]


def _take_away(conn, action: str, email: str) -> None:
    """What one administrator does to the other: another role, or deactivation."""
    if action == "role":
        users.change_role(conn, email=email, role="hr")
    else:
        users.deactivate_user(conn, email=email)


def _waits_for_a_lock(su: psycopg.Connection, login: str) -> bool:
    row = su.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'",
        (login,),
    ).fetchone()
    return bool(row[0])


@pytest.mark.parametrize("action", ["role", "deactivate"])
def test_two_administrators_taking_each_other_away_at_once_leave_one(
    accounts: Accounts, action: str
):
    first, second = accounts.create("admin"), accounts.create("admin")
    su = accounts.superuser
    outcome: dict[str, object] = {}

    def second_takes_the_first_away() -> None:
        with accounts.engine_as(second).connect() as conn:
            try:
                _take_away(conn, action, first)
                conn.commit()
                outcome["second"] = "done"
            except DicelError as refused:
                outcome["second"] = refused

    with accounts.engine_as(first).connect() as conn:
        # The first administrator's change, in a transaction still open ...
        _take_away(conn, action, second)
        other = threading.Thread(target=second_takes_the_first_away)
        other.start()
        # ... while the second one's waits for it (or, without the rule, went through).
        while other.is_alive() and not _waits_for_a_lock(su, second):
            other.join(0.02)
        conn.commit()
    other.join()

    refused = outcome["second"]
    assert isinstance(refused, NotAllowed), refused
    assert refused.code == "last_administrator"
    assert refused.message == (
        f"{first} is the company's last administrator whose login never expires, so they "
        "keep that role and stay active, and their login gets no expiry. Make someone "
        "else an administrator first, or remove another administrator's login expiry."
    )
    assert _active_admins(su) == [first]


@pytest.fixture
def sessions_stay_open(accounts: Accounts) -> Iterator[None]:
    """As in a database migrated by an owner who could not grant pg_signal_backend
    (migration 0055): a deactivated login's open session is not ended."""
    accounts.superuser.execute("REVOKE pg_signal_backend FROM dicel_provisioner")
    try:
        yield
    finally:
        accounts.superuser.execute("GRANT pg_signal_backend TO dicel_provisioner")


def test_a_deactivated_administrators_open_session_ends(accounts: Accounts):
    first, second = accounts.create("admin"), accounts.create("admin")
    with psycopg.connect(dsn_as(accounts.db_dsn, second, PASSWORD)) as still_open:
        with accounts.engine_as(first).begin() as conn:
            users.deactivate_user(conn, email=second)
        with pytest.raises(psycopg.OperationalError):
            still_open.execute("SELECT public.dicel_change_role(%s, 'employee')", (first,))
    assert _active_admins(accounts.superuser) == [first]


def test_a_deactivated_administrators_open_session_cannot_remove_the_last_one(
    accounts: Accounts, sessions_stay_open: None
):
    """Where the session stays open (0055 could not end it), it may still call the
    administrators' functions, but not to leave the company without one."""
    first, second = accounts.create("admin"), accounts.create("admin")
    su = accounts.superuser
    with psycopg.connect(dsn_as(accounts.db_dsn, second, PASSWORD)) as still_open:
        with accounts.engine_as(first).begin() as conn:
            users.deactivate_user(conn, email=second)
        for call in ("dicel_change_role(%s, 'employee')", "dicel_deactivate_user(%s)"):
            with pytest.raises(psycopg.Error) as refused:
                still_open.execute(f"SELECT public.{call}", (first,))
            still_open.rollback()
            assert refused.value.sqlstate == "DW601"
            assert refused.value.diag.message_detail == f'{{"email" : "{first}"}}'
    assert _active_admins(su) == [first]


def test_a_repeatable_read_snapshot_does_not_count_an_administrator_gone_meanwhile(
    accounts: Accounts, sessions_stay_open: None
):
    """A transaction whose snapshot predates another's commit sees an administrator
    deactivated meanwhile as still active: its change fails as a serialization failure
    rather than pass on that count."""
    first, second, third = (accounts.create("admin") for _ in range(3))
    su = accounts.superuser
    with psycopg.connect(dsn_as(accounts.db_dsn, second, PASSWORD)) as late:
        # The second administrator was deactivated, their session left open.
        with accounts.engine_as(first).begin() as conn:
            users.deactivate_user(conn, email=second)
        late.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        late.execute("SELECT count(*) FROM users")  # the snapshot is taken here
        with accounts.engine_as(first).begin() as conn:
            users.deactivate_user(conn, email=third)
        with pytest.raises(psycopg.Error) as refused:
            late.execute("SELECT public.dicel_change_role(%s, 'finance')", (first,))
        late.rollback()
        assert refused.value.sqlstate == "40001"
    assert _active_admins(su) == [first]


def test_an_administrator_among_others_is_still_changed_and_a_superuser_is_not_asked(
    accounts: Accounts,
):
    first, second, third = (accounts.create("admin") for _ in range(3))
    su = accounts.superuser
    with accounts.engine_as(first).begin() as conn:
        users.change_role(conn, email=second, role="hr")
        users.deactivate_user(conn, email=third)
    assert _active_admins(su) == [first]
    # IT at the server (a superuser, not a DICEL login) is not asked, as everywhere.
    su.execute("UPDATE users SET role = 'it' WHERE email = %s", (first,))
    assert _active_admins(su) == []
