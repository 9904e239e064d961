"""Logging in through PgBouncer in transaction mode with ``auth_query`` (deploy39
findings 1, 7 and 10): the same answers as a direct connection. PgBouncer refuses with
one SQLSTATE of its own (08P01) and its own words, which the login reads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _provisioning_fixtures import PASSWORD, Accounts, open_accounts, tcp_address
from pgbouncer import PgBouncer, free_port

from dicel_desktop.domain.errors import (
    DicelError,
    InvalidCredentials,
    NotAllowed,
    ServerUnreachable,
)
from dicel_desktop.services import users
from dicel_desktop.services.auth import login


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


@pytest.fixture
def bouncer(db_dsn: str) -> Iterator[PgBouncer]:
    with PgBouncer(db_dsn) as running:
        yield running


def _login(bouncer: PgBouncer, email: str, password: str, **kwargs):
    return login("127.0.0.1", bouncer.port, bouncer.dbname, email, password, **kwargs)


def test_wrong_password_unknown_and_deactivated_e_mails_get_one_answer(
    accounts: Accounts, bouncer: PgBouncer
):
    admin = accounts.create("admin")
    known = accounts.create("hr")
    gone = accounts.create("it")
    with accounts.engine_as(admin).begin() as conn:
        users.deactivate_user(conn, email=gone)
    _login(bouncer, known, PASSWORD).close()  # the pooler lets a right password in
    answers = []
    for email, password in [
        (known, "Not-the-password-1"),  # PgBouncer: "SASL authentication failed"
        (accounts.email("nobody"), PASSWORD),  # "no such user"
        (gone, PASSWORD),  # "no such user" too: a NOLOGIN role is not in pg_shadow
    ]:
        with pytest.raises(InvalidCredentials) as refused:
            _login(bouncer, email, password)
        answers.append((refused.value.code, refused.value.message, refused.value.params))
    assert answers == [("invalid_credentials", "The e-mail or password is incorrect.", {})] * 3


def test_a_login_that_is_no_dicel_login_is_told_so(accounts: Accounts, bouncer: PgBouncer):
    outsider = accounts.email("itops")
    accounts.superuser.execute(f"CREATE ROLE \"{outsider}\" LOGIN PASSWORD '{PASSWORD}'")
    accounts.superuser.execute(f'REVOKE CONNECT ON DATABASE "{bouncer.dbname}" FROM PUBLIC')
    try:
        with pytest.raises(NotAllowed) as refused:
            _login(bouncer, outsider, PASSWORD)
    finally:
        accounts.superuser.execute(f'GRANT CONNECT ON DATABASE "{bouncer.dbname}" TO PUBLIC')
    assert refused.value.code == "not_a_dicel_user"
    assert "not a DICEL user" in refused.value.message


def test_a_server_down_behind_the_pooler_cannot_be_reached(accounts: Accounts, db_dsn: str):
    email = accounts.create("finance")
    # PgBouncer sent to a port where nothing listens: the server is down.
    with PgBouncer(db_dsn, server_port=free_port()) as down:
        answers = []
        # The first waits for PgBouncer's auth_query until the login gives up; the next
        # ones get "server login has been failing … (server_login_retry)" at once.
        for _ in range(2):
            with pytest.raises(ServerUnreachable) as unreachable:
                _login(down, email, PASSWORD, connect_timeout=2)
            answers.append(unreachable.value.message)
    unreachable_sentence = (
        f"Cannot reach the database server 127.0.0.1:{down.port}. Check the network "
        "connection and the server name; if it persists, tell IT."
    )
    assert answers == [unreachable_sentence] * 2
    assert "server_login_retry" in down.log


def _answer(host: str, port: int, dbname: str, email: str, password: str) -> str:
    """What the login window would say (or "logged in")."""
    try:
        login(host, port, dbname, email, password, connect_timeout=3).close()
    except DicelError as refused:
        return f"{type(refused).__name__}: {refused.message}"
    return "logged in"


def test_an_expired_login_retried_through_the_pooler_is_answered_as_directly(
    accounts: Accounts, db_dsn: str
):
    """review39b #1: PgBouncer holds a login the server refused for server_login_retry;
    the retry timed out after the password and read "Cannot reach", only for the right
    password (a wrong one never gets past PgBouncer): the right one was told apart."""
    email = accounts.create("finance")
    accounts.superuser.execute(f"ALTER ROLE \"{email}\" VALID UNTIL '2020-01-01'")
    direct = _answer(*tcp_address(db_dsn), email, PASSWORD)
    assert direct == "InvalidCredentials: The e-mail or password is incorrect."
    with PgBouncer(db_dsn) as bouncer:
        # All within server_login_retry (15 s): right, wrong, right, wrong.
        answers = [
            _answer("127.0.0.1", bouncer.port, bouncer.dbname, email, password)
            for password in (PASSWORD, "Not-the-password-1") * 2
        ]
    assert answers == [direct] * 4


def test_a_login_without_connect_retried_through_the_pooler_is_not_a_server_down(
    accounts: Accounts, bouncer: PgBouncer
):
    """The retry cannot know it was CONNECT (PgBouncer only holds the login): it says
    what a wrong password gets, never that the server cannot be reached."""
    outsider = accounts.email("itops")
    accounts.superuser.execute(f"CREATE ROLE \"{outsider}\" LOGIN PASSWORD '{PASSWORD}'")
    accounts.superuser.execute(f'REVOKE CONNECT ON DATABASE "{bouncer.dbname}" FROM PUBLIC')
    try:
        answers = [
            _answer("127.0.0.1", bouncer.port, bouncer.dbname, outsider, PASSWORD) for _ in range(2)
        ]
    finally:
        accounts.superuser.execute(f'GRANT CONNECT ON DATABASE "{bouncer.dbname}" TO PUBLIC')
    assert answers[0].startswith("NotAllowed: ") and "not a DICEL user" in answers[0]
    assert answers[1] == "InvalidCredentials: The e-mail or password is incorrect."
