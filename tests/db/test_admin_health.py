"""``dicel-admin health``: what IT reads when the NOTIFY queue fills (README, Security), and
the sentence a person gets meanwhile. Against real PostgreSQL; the 8 GB queue is never
filled here: the command's listing and the error's words are what is tested."""

from __future__ import annotations

import contextlib

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.cli.admin import main as admin_main
from dicel_desktop.cli.health_commands import OLDEST
from dicel_desktop.domain.roles import LOGIN_CONNECTION_LIMIT, Role
from dicel_desktop.services.db_errors import explain

#: Logins the server holds besides this database's, each keeping more connections than
#: the clerk (other databases' logins: a suite run before, a copy made for a review):
#: more of them than the list shows.
ELSEWHERE = OLDEST + 1


def _psql(person, database: str | None = None) -> psycopg.Connection:
    url = person.engine.url.set(drivername="postgresql")
    if database is not None:
        url = url.set(database=database)
    return psycopg.connect(url.render_as_string(hide_password=False))


def test_health_shows_the_queue_and_the_session_idle_in_a_transaction(
    logins, db_dsn, capsys: pytest.CaptureFixture[str]
):
    clerk = logins.person(Role.EMPLOYEE)
    others = [logins.person(Role.EMPLOYEE, employee=False) for _ in range(ELSEWHERE)]
    with contextlib.ExitStack() as elsewhere:
        for other in others:
            for _ in range(2):
                elsewhere.enter_context(_psql(other, "postgres"))
        _check_health(clerk, db_dsn, capsys)


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
    assert f"  {clerk.email}  1 of {LOGIN_CONNECTION_LIMIT}" in logins_listed


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
