"""An out-of-date DICEL Desktop, against real PostgreSQL: the version the site expects
(set with dicel-admin) is told at login with the installer's location, and a client older
than the database's schema logs in read-only: it reads, and the server refuses its
writes in a sentence that says why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _provisioning_fixtures import PASSWORD, Accounts, can_connect, dsn_as, open_accounts
from _provisioning_fixtures import tcp_address as _tcp
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop import __version__
from dicel_desktop.cli.admin import main as admin_main
from dicel_desktop.domain.errors import NotAllowed
from dicel_desktop.services import client_version, db_errors, users
from dicel_desktop.services.auth import LoggedIn, login

SHARE = r"\\server\share\dicel"


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


@pytest.fixture
def server(db_dsn: str) -> tuple[str, int, str]:
    return _tcp(db_dsn)


def _login(server: tuple[str, int, str], email: str, **kwargs) -> LoggedIn:
    host, port, dbname = server
    return login(host, port, dbname, email, PASSWORD, **kwargs)


def _newer(version: str) -> str:
    major, _, rest = version.partition(".")
    return f"{int(major) + 1}.{rest or '0'}"


def test_a_client_older_than_the_site_expects_is_told_where_the_installer_is(
    accounts: Accounts, server, db_dsn: str, capsys: pytest.CaptureFixture[str]
):
    email = accounts.create("employee")
    expected = _newer(__version__)
    assert admin_main(["--dsn", db_dsn, "set-client-version", expected, "--installer", SHARE]) == 0
    assert SHARE in capsys.readouterr().out

    logged_in = _login(server, email)
    try:
        assert logged_in.update == client_version.ClientUpdate(__version__, expected, SHARE)
        assert not logged_in.read_only  # only told: the schema is this client's
    finally:
        logged_in.close()


def test_the_site_profile_says_where_when_the_database_does_not(accounts: Accounts, server, db_dsn):
    email = accounts.create("employee")
    assert admin_main(["--dsn", db_dsn, "set-client-version", _newer(__version__)]) == 0
    logged_in = _login(server, email, installer="https://intranet.dicel.rw/dicel")
    try:
        assert logged_in.update.installer_location == "https://intranet.dicel.rw/dicel"
    finally:
        logged_in.close()


@pytest.mark.parametrize("expected", [None, __version__, "0.0.1"])
def test_a_client_up_to_date_hears_nothing(accounts: Accounts, server, db_dsn, expected):
    email = accounts.create("employee")
    if expected is not None:
        assert admin_main(["--dsn", db_dsn, "set-client-version", expected]) == 0
    logged_in = _login(server, email)
    try:
        assert logged_in.update is None
    finally:
        logged_in.close()


def test_a_version_that_is_not_one_is_refused_in_one_line(
    db_dsn: str, capsys: pytest.CaptureFixture[str]
):
    assert admin_main(["--dsn", db_dsn, "set-client-version", "latest"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a version number" in err


def test_versions_compare_by_their_numbers():
    assert client_version.is_older("1.9.2", "1.10.0")
    assert client_version.is_older("1.2.0rc1", "1.2.0")
    assert not client_version.is_older("1.2", "1.2.0")
    assert not client_version.is_older("2.0.0", "1.99.99")
    assert not client_version.is_older("1.0.0", "not a version")


def test_a_client_older_than_the_schema_reads_but_never_writes(
    accounts: Accounts, server, db_dsn: str
):
    email = accounts.create("employee")
    assert (
        admin_main(["--dsn", db_dsn, "set-client-version", __version__, "--installer", SHARE]) == 0
    )
    accounts.superuser.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")

    logged_in = _login(server, email)
    try:
        assert logged_in.read_only
        with logged_in.engine.connect() as connection:  # reading works
            assert connection.execute(text("SELECT count(*) FROM users")).scalar_one() >= 1
        with pytest.raises(DBAPIError) as refused, logged_in.engine.begin() as connection:
            users.change_own_password(connection, new_password="Another-Secret-9")
        assert refused.value.orig.sqlstate == "25006"
        said = db_errors.explain(refused.value)
        assert isinstance(said, NotAllowed) and said.code == "client_read_only_from"
        assert SHARE in said.message and "older than the company database" in said.message
    finally:
        logged_in.close()
    # Nothing was written: the old password still opens the account.
    assert can_connect(dsn_as(db_dsn, email, PASSWORD))
    assert not can_connect(dsn_as(db_dsn, email, "Another-Secret-9"))


def test_a_later_login_to_an_up_to_date_database_writes_again(accounts: Accounts, server):
    email = accounts.create("employee")
    accounts.superuser.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    _login(server, email).close()
    assert client_version.running_read_only()
    from dicel_desktop.db.migrate import head_revision

    accounts.superuser.execute("UPDATE alembic_version SET version_num = %s", (head_revision(),))
    logged_in = _login(server, email)
    try:
        assert not logged_in.read_only and not client_version.running_read_only()
        with logged_in.engine.begin() as connection:
            users.change_own_password(connection, new_password="Another-Secret-9")
    finally:
        logged_in.close()
