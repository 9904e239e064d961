"""A change that committed is reported done even when ending the login's sessions after
it fails (code review): Deactivate, Change role and Terminate employment end the sessions
the login opened meanwhile in a transaction of their own (migration 0058); when that step
fails (a cut connection, DU006, grants not synced) the change stands, and the person is
told so with a warning, not an error that invites them to make it again.

The step is made to fail for real: EXECUTE on ``dicel_end_sessions`` is taken from the
caller's group role in the test database, as a server whose grants were not synced.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from _provisioning_fixtures import PASSWORD, Accounts, can_connect, dsn_as, open_accounts
from logins import open_logins

from dicel_desktop.cli.admin import main as admin_main
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, users


def take_end_sessions_from(db_dsn: str, role: Role) -> None:
    """As grants not synced since 0058: ``role`` may not end anyone's sessions."""
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(
            f"REVOKE EXECUTE ON FUNCTION public.dicel_end_sessions(text) FROM {role.group_role}"
        )


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


def _is_active(db_dsn: str, email: str) -> bool:
    with psycopg.connect(db_dsn) as conn:
        return conn.execute("SELECT is_active FROM users WHERE email = %s", (email,)).fetchone()[0]


def test_deactivate_user_is_done_and_warns_when_the_sessions_stay(
    accounts: Accounts, capsys: pytest.CaptureFixture[str]
):
    admin = accounts.create("admin")
    clerk = accounts.create("finance")
    take_end_sessions_from(accounts.db_dsn, Role.ADMIN)
    as_admin = ["--dsn", dsn_as(accounts.db_dsn, admin, PASSWORD)]

    assert admin_main([*as_admin, "deactivate-user", "--email", clerk]) == 0
    out, err = capsys.readouterr()
    assert out == f"{clerk} can no longer log in; their records are kept.\n"
    assert err.startswith("dicel-admin: warning: their open sessions could not be ended: ")
    assert (
        err.endswith(f"; IT can end them with SELECT dicel_end_sessions('{clerk}').\n")
        and err.count("\n") == 1
    )
    assert not _is_active(accounts.db_dsn, clerk)
    assert not can_connect(dsn_as(accounts.db_dsn, clerk, PASSWORD))


def test_change_role_is_done_and_warns_when_the_sessions_stay(
    accounts: Accounts, capsys: pytest.CaptureFixture[str]
):
    admin = accounts.create("admin")
    clerk = accounts.create("finance")
    take_end_sessions_from(accounts.db_dsn, Role.ADMIN)
    as_admin = ["--dsn", dsn_as(accounts.db_dsn, admin, PASSWORD)]

    assert admin_main([*as_admin, "change-role", "--email", clerk, "--role", "sales"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"{clerk} now has the role ")
    assert "their open sessions could not be ended: " in err
    with psycopg.connect(accounts.db_dsn) as conn:
        role = conn.execute("SELECT role FROM users WHERE email = %s", (clerk,)).fetchone()[0]
    assert role == "sales"


def test_terminating_an_employment_is_done_and_says_the_sessions_stay(db_dsn: str):
    for logins in open_logins(db_dsn):
        hr = logins.person("hr")
        leaver = logins.person("employee", first_name="Eric", last_name="Habimana")
        take_end_sessions_from(db_dsn, Role.HR)
        with hr.session() as session:
            left_open = cases.take_step(session, "employees", "terminate", leaver.employee_id)
        assert isinstance(left_open, users.SessionsLeftOpen)
        assert left_open.email == leaver.email
        with psycopg.connect(db_dsn) as conn:
            status = conn.execute(
                "SELECT status FROM employees WHERE id = %s", (leaver.employee_id,)
            ).fetchone()[0]
        assert status == "terminated"
        assert not _is_active(db_dsn, leaver.email)


def test_terminating_with_the_grants_in_place_leaves_nothing_open(db_dsn: str):
    for logins in open_logins(db_dsn):
        hr = logins.person("hr")
        leaver = logins.person("employee")
        with hr.session() as session:
            assert cases.take_step(session, "employees", "terminate", leaver.employee_id) is None
