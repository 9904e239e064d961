"""Changing a user's role and reactivating a user (migration 0010): real logins, on
PostgreSQL 15 and (scripts/run-tests.sh) 18, where CREATEROLE works differently."""

from __future__ import annotations

import io
from collections.abc import Iterator

import psycopg
import pytest
from _provisioning_fixtures import PASSWORD, Accounts, can_connect, dsn_as, open_accounts
from psycopg import sql
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.cli.admin import main as admin_main
from dicel_desktop.domain.errors import InvalidInput, NotAllowed, NotFound
from dicel_desktop.services import users


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


def _groups_of(su: psycopg.Connection, email: str) -> list[str]:
    rows = su.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s ORDER BY 1",
        (email,),
    ).fetchall()
    return [row[0] for row in rows]


def _can_read(conn: psycopg.Connection, table: str) -> bool:
    """Whether this login may SELECT from ``table`` (any error but 42501 is a failure)."""
    try:
        with conn.transaction():
            conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
    except psycopg.errors.InsufficientPrivilege:
        return False
    return True


def _role_row(su: psycopg.Connection, email: str) -> tuple[str, bool]:
    return su.execute("SELECT role, is_active FROM users WHERE email = %s", (email,)).fetchone()


def _server_version(su: psycopg.Connection) -> int:
    return su.info.server_version


# --------------------------------------------------------------------------- change role


def test_a_new_role_moves_the_login_and_its_rights_hold_on_the_next_connection(
    accounts: Accounts,
):
    admin = accounts.create("admin")
    clerk = accounts.create("finance")
    before = psycopg.connect(dsn_as(accounts.db_dsn, clerk, PASSWORD), autocommit=True)
    try:
        assert _can_read(before, "transactions") and not _can_read(before, "candidates")
        with accounts.engine_as(admin).begin() as conn:
            users.change_role(conn, email=clerk.upper(), role="hr")

        assert _groups_of(accounts.superuser, clerk) == ["dicel_hr"]
        assert _role_row(accounts.superuser, clerk) == ("hr", True)
        # The person's next connection has HR's rights and no longer Finance's.
        with psycopg.connect(dsn_as(accounts.db_dsn, clerk, PASSWORD), autocommit=True) as after:
            assert _can_read(after, "candidates")
            assert not _can_read(after, "transactions")
            assert after.execute("SELECT public.dicel_has_role('hr')").fetchone()[0]
        # A session that was already open is ended (migration 0055): one that had run
        # SET ROLE would otherwise go on with the role it left.
        with pytest.raises(psycopg.OperationalError):
            before.execute("SELECT 1")
    finally:
        before.close()
    # The password is untouched.
    assert can_connect(dsn_as(accounts.db_dsn, clerk, PASSWORD))
    # The audit log says who changed what.
    audited = accounts.superuser.execute(
        "SELECT a.old_values ->> 'role', a.new_values ->> 'role', u.email FROM audit_logs a"
        " JOIN users u ON u.id = a.user_id JOIN users t ON t.id = a.record_id"
        " WHERE a.table_name = 'users' AND a.action = 'UPDATE' AND t.email = %s",
        (clerk,),
    ).fetchall()
    assert audited == [("finance", "hr", admin)]


def test_changing_a_role_is_refused_in_words(accounts: Accounts):
    admin = accounts.create("admin")
    clerk = accounts.create("sales")
    engine = accounts.engine_as(admin)
    with engine.connect() as conn:
        with pytest.raises(NotAllowed) as own:
            users.change_role(conn, email=admin, role="employee")
        assert own.value.code == "cannot_change_self"
        assert "change the role of your own account" in own.value.message
        conn.rollback()
        with pytest.raises(NotFound) as missing:
            users.change_role(conn, email=accounts.email("ghost"), role="hr")
        assert missing.value.code == "user_not_found"
        conn.rollback()
        with pytest.raises(InvalidInput) as unknown:
            users.change_role(conn, email=clerk, role="owner")
        assert unknown.value.code == "unknown_role"
        # The database refuses it too when the client is bypassed.
        with pytest.raises(DBAPIError) as refused:
            conn.execute(text("SELECT public.dicel_change_role(:e, 'user')"), {"e": clerk})
        assert refused.value.orig.sqlstate == "DU004"
    assert _groups_of(accounts.superuser, admin) == ["dicel_admin"]
    assert _groups_of(accounts.superuser, clerk) == ["dicel_sales"]


def test_a_login_that_is_not_a_dicel_login_is_left_alone(accounts: Accounts):
    """A users row whose e-mail names an IT account (no DICEL group role)."""
    admin = accounts.create("admin")
    outsider = accounts.email("outsider")
    su = accounts.superuser
    su.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(outsider)))
    su.execute(
        "INSERT INTO users (email, password_hash, first_name, last_name, role)"
        " VALUES (%s, 'x', 'Out', 'Sider', 'employee')",
        (outsider,),
    )
    with accounts.engine_as(admin).connect() as conn, pytest.raises(NotAllowed) as refused:
        users.change_role(conn, email=outsider, role="admin")
    assert refused.value.code == "not_a_managed_login"
    assert _groups_of(su, outsider) == []
    assert _role_row(su, outsider) == ("employee", True)


def test_a_group_role_granted_by_hand_is_refused_on_16_and_moved_on_15(accounts: Accounts):
    admin = accounts.create("admin")
    clerk = accounts.create("risk")
    su = accounts.superuser
    # IT gave the login a second group role with psql (the superuser is the grantor).
    su.execute(sql.SQL("GRANT dicel_cx TO {}").format(sql.Identifier(clerk)))
    engine = accounts.engine_as(admin)
    if _server_version(su) >= 160000:
        # Only the granter may take a membership back from 16 on: nothing half-done.
        with engine.connect() as conn, pytest.raises(NotAllowed) as refused:
            users.change_role(conn, email=clerk, role="recovery")
        assert refused.value.code == "role_granted_outside_dicel"
        assert _groups_of(su, clerk) == ["dicel_cx", "dicel_risk"]
        assert _role_row(su, clerk) == ("risk", True)
    else:
        # On 15 CREATEROLE may revoke any membership: the login ends up with one role.
        with engine.begin() as conn:
            users.change_role(conn, email=clerk, role="recovery")
        assert _groups_of(su, clerk) == ["dicel_recovery"]


def test_the_same_role_again_puts_a_login_moved_by_hand_right_or_says_it_cannot(
    accounts: Accounts,
):
    admin = accounts.create("admin")
    clerk = accounts.create("inventory")
    su = accounts.superuser
    # From 16 on a membership is taken back by naming who granted it.
    granted_by = " GRANTED BY dicel_provisioner" if _server_version(su) >= 160000 else ""
    su.execute(sql.SQL("REVOKE dicel_inventory FROM {}" + granted_by).format(sql.Identifier(clerk)))
    su.execute(sql.SQL("GRANT dicel_it TO {}").format(sql.Identifier(clerk)))
    assert _groups_of(su, clerk) == ["dicel_it"]
    engine = accounts.engine_as(admin)
    if _server_version(su) >= 160000:
        with engine.connect() as conn, pytest.raises(NotAllowed) as refused:
            users.change_role(conn, email=clerk, role="inventory")
        assert refused.value.code == "role_granted_outside_dicel"
        assert _groups_of(su, clerk) == ["dicel_it"]
    else:
        with engine.begin() as conn:
            users.change_role(conn, email=clerk, role="inventory")
        assert _groups_of(su, clerk) == ["dicel_inventory"]


# --------------------------------------------------------------------------- reactivate


def test_a_reactivated_user_logs_in_again_with_their_old_password(accounts: Accounts):
    admin = accounts.create("admin")
    clerk = accounts.create("cx")
    with accounts.engine_as(admin).begin() as conn:
        users.deactivate_user(conn, email=clerk)
    assert not can_connect(dsn_as(accounts.db_dsn, clerk, PASSWORD))
    with accounts.engine_as(admin).begin() as conn:
        assert users.reactivate_user(conn, email=clerk.upper()) is True
        # Twice is harmless.
        assert users.reactivate_user(conn, email=clerk) is True
    assert can_connect(dsn_as(accounts.db_dsn, clerk, PASSWORD))
    assert _role_row(accounts.superuser, clerk) == ("cx", True)
    assert _groups_of(accounts.superuser, clerk) == ["dicel_cx"]


def test_reactivation_recreates_a_missing_login_from_the_kept_password(accounts: Accounts):
    admin = accounts.create("admin")
    kept, legacy = accounts.create("hr"), accounts.create("it")
    su = accounts.superuser
    for email in (kept, legacy):
        su.execute("UPDATE users SET is_active = false WHERE email = %s", (email,))
        su.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(email)))
    # A password that was never set through DICEL: nothing to recreate the login from.
    su.execute("UPDATE users SET password_hash = '$2b$12$notaverifier' WHERE email = %s", (legacy,))
    with accounts.engine_as(admin).begin() as conn:
        assert users.reactivate_user(conn, email=kept) is True
        assert users.reactivate_user(conn, email=legacy) is False
    assert can_connect(dsn_as(accounts.db_dsn, kept, PASSWORD))
    assert _groups_of(su, kept) == ["dicel_hr"]
    assert not accounts.role_exists(legacy)
    assert _role_row(su, legacy) == ("it", True)
    # set_password then gives them a login.
    with accounts.engine_as(admin).begin() as conn:
        users.set_password(conn, email=legacy, password="Brand-new-77")
    assert can_connect(dsn_as(accounts.db_dsn, legacy, "Brand-new-77"))


def test_reactivation_is_refused_for_oneself_and_the_unknown(accounts: Accounts):
    admin = accounts.create("admin")
    with accounts.engine_as(admin).connect() as conn:
        with pytest.raises(NotAllowed) as own:
            users.reactivate_user(conn, email=admin)
        assert own.value.code == "cannot_change_self"
        conn.rollback()
        with pytest.raises(NotFound):
            users.reactivate_user(conn, email=accounts.email("ghost"))


@pytest.mark.parametrize("role", ["hr", "employee"])
def test_only_an_admin_may_change_roles_or_reactivate(accounts: Accounts, role: str):
    someone = accounts.create(role)
    victim = accounts.create("finance")
    accounts.superuser.execute("UPDATE users SET is_active = false WHERE email = %s", (victim,))
    engine = accounts.engine_as(someone)
    with engine.connect() as conn:
        with pytest.raises(NotAllowed) as refused:
            users.change_role(conn, email=victim, role="admin")
        assert refused.value.code == "not_allowed"
        conn.rollback()
        with pytest.raises(NotAllowed):
            users.reactivate_user(conn, email=victim)
        conn.rollback()
        # Not even one's own role: a clerk cannot make themself an administrator.
        for statement, params in [
            ("SELECT public.dicel_change_role(:e, 'admin')", {"e": someone}),
            ("SELECT public.dicel_change_role(:e, 'admin')", {"e": victim}),
            ("SELECT public.dicel_reactivate_user(:e)", {"e": victim}),
            ("SELECT public.dicel_provision_set_group(:e, 'dicel_admin')", {"e": someone}),
        ]:
            with pytest.raises(DBAPIError) as denied:
                conn.execute(text(statement), params)
            assert denied.value.orig.sqlstate == "42501", statement
            conn.rollback()
    assert _groups_of(accounts.superuser, someone) == [f"dicel_{role}"]
    assert _role_row(accounts.superuser, victim) == ("finance", False)


def test_the_provisioner_moves_only_dicel_logins_into_dicel_groups(accounts: Accounts):
    clerk = accounts.create("employee")
    su = accounts.superuser
    with su.transaction():
        su.execute("SET LOCAL ROLE dicel_owner")
        for target, group, sqlstate in [
            ("dicel_owner", "dicel_admin", "DU013"),
            ("postgres", "dicel_admin", "DU013"),
            (clerk, "pg_read_all_data", "DU004"),
            (clerk, "dicel_user", "DU004"),
        ]:
            with pytest.raises(psycopg.Error) as refused, su.transaction():
                su.execute("SELECT public.dicel_provision_set_group(%s, %s)", (target, group))
            assert refused.value.sqlstate == sqlstate, (target, group)
    assert _groups_of(su, clerk) == ["dicel_employee"]


# --------------------------------------------------------------------------- dicel-admin


def test_dicel_admin_changes_roles_and_reactivates(
    accounts: Accounts, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    admin = accounts.create("admin")
    clerk = accounts.create("security")
    as_admin = ["--dsn", dsn_as(accounts.db_dsn, admin, PASSWORD)]
    assert admin_main([*as_admin, "change-role", "--email", clerk, "--role", "compliance"]) == 0
    assert "now has the role Compliance" in capsys.readouterr().out
    assert _groups_of(accounts.superuser, clerk) == ["dicel_compliance"]

    assert admin_main([*as_admin, "change-role", "--email", admin, "--role", "hr"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "your own account" in err

    assert admin_main([*as_admin, "deactivate-user", "--email", clerk]) == 0
    assert admin_main([*as_admin, "reactivate-user", "--email", clerk]) == 0
    assert "can log in with their previous password" in capsys.readouterr().out
    assert can_connect(dsn_as(accounts.db_dsn, clerk, PASSWORD))
    # A role that is not one of the thirteen is refused by argparse, before any query.
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(SystemExit):
        admin_main([*as_admin, "change-role", "--email", clerk, "--role", "owner"])
