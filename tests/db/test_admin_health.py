"""``dicel-admin health``: what IT reads when the NOTIFY queue fills (README, Security), and
the sentence a person gets meanwhile. Against real PostgreSQL; the 8 GB queue is never
filled here: the command's listing and the error's words are what is tested."""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.cli.admin import main as admin_main
from dicel_desktop.cli.health_commands import OLDEST
from dicel_desktop.domain.roles import LOGIN_CONNECTION_LIMIT, Role
from dicel_desktop.services.db_errors import explain
from tests.logins import _dsn_as

#: Logins the server holds besides this database's, each keeping more connections than
#: the clerk (another DICEL database's logins, members of the cluster-wide dicel_user: a
#: suite run before, another company's database): more of them than the list shows.
ELSEWHERE = OLDEST + 1


def _psql(person, database: str | None = None) -> psycopg.Connection:
    url = person.engine.url.set(drivername="postgresql")
    if database is not None:
        url = url.set(database=database)
    return psycopg.connect(url.render_as_string(hide_password=False))


@contextlib.contextmanager
def _other_databases_logins(db_dsn: str, count: int) -> Iterator[list[str]]:
    """``count`` DICEL logins of another database on the server (members of dicel_user,
    no user of this one), as libpq URLs to ``postgres``; dropped afterwards."""
    names = [f"other-{uuid.uuid4().hex[:8]}@elsewhere.test" for _ in range(count)]
    password = secrets.token_urlsafe(12)
    with psycopg.connect(db_dsn, autocommit=True) as admin:
        for name in names:
            admin.execute(
                psycopg.sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE dicel_user").format(
                    psycopg.sql.Identifier(name), psycopg.sql.Literal(password)
                )
            )
        try:
            yield [
                _dsn_as(db_dsn, name, password).rsplit("/", 1)[0] + "/postgres" for name in names
            ]
        finally:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ANY(%s)",
                (names,),
            )
            for name in names:
                admin.execute(psycopg.sql.SQL("DROP ROLE {}").format(psycopg.sql.Identifier(name)))


def test_health_shows_the_queue_and_the_session_idle_in_a_transaction(
    logins, db_dsn, capsys: pytest.CaptureFixture[str]
):
    clerk = logins.person(Role.EMPLOYEE)
    with (
        _other_databases_logins(db_dsn, ELSEWHERE) as others,
        contextlib.ExitStack() as elsewhere,
    ):
        for other in others:
            for _ in range(2):
                elsewhere.enter_context(psycopg.connect(other))
        _check_health(clerk, db_dsn, capsys)


def test_health_lists_a_login_whose_connections_are_all_on_another_database(
    logins, db_dsn, capsys: pytest.CaptureFixture[str]
):
    """Its slots held elsewhere (postgres admits any login) are the ones that lock it out
    of DICEL: it is listed, with where they are (a psql review, stop 30)."""
    away = logins.person(Role.EMPLOYEE)
    clerk = logins.person(Role.EMPLOYEE)
    database = db_dsn.rsplit("/", 1)[1].split("?", 1)[0]
    with contextlib.ExitStack() as held:
        for _ in range(3):
            held.enter_context(_psql(away, "postgres"))
        held.enter_context(_psql(clerk))
        assert admin_main(["--dsn", db_dsn, "health"]) == 0
        out = capsys.readouterr().out
    listed = out.split("Logins of this database with the most connections", 1)[1]
    assert f"  {away.email}  3 of {LOGIN_CONNECTION_LIMIT}  on postgres\n" in listed
    assert f"  {clerk.email}  1 of {LOGIN_CONNECTION_LIMIT}  on {database}\n" in listed


def _check_health(clerk, db_dsn, capsys) -> None:
    with _psql(clerk) as holder:
        holder.execute("LISTEN some_channel_of_mine")
        holder.execute("SELECT 1")  # psycopg leaves the transaction open: idle in it
        pid = holder.info.backend_pid
        assert admin_main(["--dsn", db_dsn, "health"]) == 0
        out = capsys.readouterr().out
    assert "NOTIFY queue: 0.0% used" in out
    idle = out.split("Sessions idle in a transaction: ", 1)[1].split("Oldest", 1)[0]
    # The server is the suite's: another test's session may be idle in one too (the
    # count is the server's, run after tests/security it read 2). This one is listed.
    assert int(idle.split("\n", 1)[0]) >= 1
    assert f"pid {pid}  {clerk.email}" in idle
    oldest = out.split("Oldest open transactions", 1)[1].split("Logins of", 1)[0]
    assert f"pid {pid}  {clerk.email}" in oldest
    logins_listed = out.split("Logins of this database with the most connections", 1)[1]
    assert f"  {clerk.email}  1 of {LOGIN_CONNECTION_LIMIT}  on " in logins_listed


def test_a_full_notify_queue_reads_as_a_sentence(logins):
    clerk = logins.person(Role.EMPLOYEE)
    # The server's own error, raised as it would be at COMMIT of a write that notifies.
    with clerk.engine.begin() as conn, pytest.raises(DBAPIError) as full:
        conn.execute(
            text(
                "DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '54000',"
                " MESSAGE = 'too many notifications in the NOTIFY queue'; END $$"
            )
        )
    assert full.value.orig.sqlstate == "54000"
    assert explain(full.value, table="leave_requests").message == (
        "The database cannot take changes right now: its notification queue is full. Tell IT."
    )
