"""Logging in (issue 3, item 7): as the person's own role, over TCP with SCRAM-SHA-256;
one answer for every wrong credential, another for a server that cannot be reached."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from _provisioning_fixtures import PASSWORD, Accounts, open_accounts, tcp_address
from french import speaking_french
from sqlalchemy import text

from dicel_desktop.db.migrate import head_revision
from dicel_desktop.domain.errors import (
    ConnectionRejected,
    InvalidCredentials,
    NotAllowed,
    SchemaMismatch,
    ServerUnreachable,
)
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import users
from dicel_desktop.services.auth import LoggedIn, default_application_name, login


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


@pytest.fixture
def server(db_dsn: str) -> tuple[str, int, str]:
    return tcp_address(db_dsn)


def _login(server: tuple[str, int, str], email: str, password: str, **kwargs) -> LoggedIn:
    host, port, dbname = server
    return login(host, port, dbname, email, password, **kwargs)


def _last_login(accounts: Accounts, email: str):
    return accounts.superuser.execute(
        "SELECT last_login FROM users WHERE email = %s", (email,)
    ).fetchone()[0]


def _free_port() -> int:
    """A port on which nothing listens (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_person_logs_in_as_their_own_role_and_last_login_moves(
    accounts: Accounts, server: tuple[str, int, str]
):
    email = accounts.create("finance")
    assert _last_login(accounts, email) is None
    session = _login(server, email.upper(), PASSWORD)  # e-mails are not case-sensitive
    try:
        assert (session.email, session.role, session.full_name) == (
            email,
            Role.FINANCE,
            "Finance Tester",
        )
        assert session.schema_revision == head_revision()
        with session.engine.connect() as conn:
            who = conn.execute(
                text(
                    # Its own session's, as a login reads them (pg_stat_activity is
                    # not a login's to read since migration 0112).
                    "SELECT session_user, current_setting('application_name'),"
                    " inet_client_addr() IS NOT NULL"
                )
            ).one()
        # Their own role, over TCP (a client address), named as DICEL Desktop.
        assert tuple(who) == (email, default_application_name(), True)
    finally:
        session.close()
    first = _last_login(accounts, email)
    assert first is not None
    # The second login's stamp is the server's clock, a connection later: greater.
    _login(server, email, PASSWORD, application_name="pytest").close()
    assert _last_login(accounts, email) > first


def test_wrong_password_unknown_email_and_deactivated_user_get_the_same_answer(
    accounts: Accounts, server: tuple[str, int, str]
):
    admin = accounts.create("admin")
    known = accounts.create("hr")
    gone = accounts.create("it")
    with accounts.engine_as(admin).begin() as conn:
        users.deactivate_user(conn, email=gone)
    answers = []
    for email, password in [
        (known, "Not-the-password-1"),
        (accounts.email("nobody"), PASSWORD),
        (gone, PASSWORD),  # the right password of a deactivated user
        (known, ""),
    ]:
        with pytest.raises(InvalidCredentials) as refused:
            _login(server, email, password)
        answers.append((refused.value.code, refused.value.message, refused.value.params))
    assert len(set(map(repr, answers))) == 1
    assert answers[0][1] == "The e-mail or password is incorrect."
    assert _last_login(accounts, gone) is None


def test_an_unreachable_server_is_told_apart(server: tuple[str, int, str]):
    _host, _port, dbname = server
    with pytest.raises(ServerUnreachable) as unreachable:
        login("127.0.0.1", _free_port(), dbname, "someone@test.dicel.rw", PASSWORD)
    assert unreachable.value.code == "server_unreachable"
    assert "Cannot reach the database server" in unreachable.value.message
    assert unreachable.value.message != InvalidCredentials().message


def test_a_missing_database_is_told_apart(accounts: Accounts, server: tuple[str, int, str]):
    email = accounts.create("employee")
    host, port, _dbname = server
    with pytest.raises(ConnectionRejected) as rejected:
        login(host, port, "no_such_database", email, PASSWORD)
    assert rejected.value.code == "database_missing"


def test_a_database_account_that_is_no_dicel_user_is_told_so(
    accounts: Accounts, server: tuple[str, int, str]
):
    outsider = accounts.email("dba")
    accounts.superuser.execute(
        f"CREATE ROLE \"{outsider}\" LOGIN PASSWORD '{PASSWORD}'"  # a test-made name
    )
    accounts.superuser.execute(f'GRANT CONNECT ON DATABASE "{server[2]}" TO "{outsider}"')
    with pytest.raises(NotAllowed) as refused:
        _login(server, outsider, PASSWORD)
    assert refused.value.code == "not_a_dicel_user"


# A schema newer than the client logs in read-only: tests/security/test_client_version.py.
@pytest.mark.parametrize(("revision", "code"), [("0002", "schema_too_old")])
def test_a_schema_of_another_revision_is_refused(
    accounts: Accounts, server: tuple[str, int, str], revision: str, code: str
):
    email = accounts.create("employee")
    accounts.superuser.execute("UPDATE alembic_version SET version_num = %s", (revision,))
    with pytest.raises(SchemaMismatch) as mismatch:
        _login(server, email, PASSWORD)
    assert mismatch.value.code == code
    assert mismatch.value.params == {
        "database_revision": revision,
        "client_revision": head_revision(),
    }
    assert _last_login(accounts, email) is None


# --------------------------------------------------------------------------- in French


@pytest.fixture
def french_server(db_dsn: str) -> Iterator[None]:
    with speaking_french(db_dsn):
        yield


def test_a_server_speaking_french_gets_the_same_answers(
    accounts: Accounts, server: tuple[str, int, str], french_server
):
    """The server words its refusals in French: the answers come from its SQLSTATEs."""
    email = accounts.create("employee")
    host, port, dbname = server
    with pytest.raises(InvalidCredentials):
        _login(server, email, "Not-the-password-1")
    with pytest.raises(ConnectionRejected) as rejected:
        login(host, port, "no_such_database", email, PASSWORD)
    assert rejected.value.code == "database_missing"
    outsider = accounts.email("dba")
    accounts.superuser.execute(f"CREATE ROLE \"{outsider}\" LOGIN PASSWORD '{PASSWORD}'")
    accounts.superuser.execute(f'REVOKE CONNECT ON DATABASE "{dbname}" FROM PUBLIC')
    try:
        with pytest.raises(NotAllowed) as refused:
            _login(server, outsider, PASSWORD)
    finally:
        accounts.superuser.execute(f'GRANT CONNECT ON DATABASE "{dbname}" TO PUBLIC')
    assert refused.value.code == "not_a_dicel_user"
    session = _login(server, email, PASSWORD)  # and a right password still gets in
    session.close()
