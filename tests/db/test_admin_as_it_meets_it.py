"""`dicel-admin` as IT meets it on a fresh server (deploy39 #3-#6, #8, #9): the wrong
login, the wrong database, a database newer than the tool, the README's own first
administrator, an expired login. Each refusal is one line and exit status 2, never a
traceback; the real program in its own process, against real PostgreSQL (the refusals
repeated for each of several commands, and a second refusal of migrate, create-user or
list-users, run its main in this process: each of those commands runs in its own
process in another test here)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from helpers import (
    admin_connect,
    admin_here,
    create_database,
    drop_database,
    dsn_for,
    one_clear_line,
    run_admin,
)
from logins import Logins, _dsn_as, open_logins
from psycopg import sql

from dicel_desktop.db.revisions import head_revision

README = Path(__file__).resolve().parents[2] / "README.md"
FUTURE = "9999_from_the_future"


@pytest.fixture
def logins(db_dsn: str) -> Iterator[Logins]:
    yield from open_logins(db_dsn)


@pytest.fixture
def made_roles(db_dsn: str) -> Iterator[list[str]]:
    """Login roles a test makes through dicel-admin, dropped afterwards (cluster-wide)."""
    made: list[str] = []
    yield made
    with admin_connect(db_dsn) as admin:
        for name in made:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (name,),
            )
            if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                admin.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
                admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def _admin_here(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = ""):
    """dicel-admin's ``main`` in this process (helpers.admin_here): for the refusals
    repeated for each command, and for those of a command that runs in a process of its
    own in another test of this file (health, set-client-version, list-users,
    sync-grants, migrate, create-user), so a start that crashed would show. migrate's
    own process is the owner's test's; create-user's the README's (speed45)."""
    return admin_here(capsys, *args, stdin=stdin)


def _count(dsn: str, query: str, *params) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.execute(query, params).fetchone()[0]


# --------------------------------------------------------------------------- #3: the login


def test_migrate_as_a_dicel_administrator_says_to_use_a_superuser(
    db_dsn: str, logins: Logins, capsys
):
    # In this process: migrate runs in its own in the tests below (the owner's, a newer
    # database's, a missing database's).
    admin = logins.person("admin", employee=False)
    result = _admin_here(capsys, "--dsn", _dsn_as(db_dsn, admin.email, admin.password), "migrate")
    one_clear_line(result, "superuser")
    assert "migrate" in result.stderr


def test_migrate_as_the_databases_owner_who_is_no_superuser_says_to_use_one(
    pg_superuser_dsn: str, _admin: psycopg.Connection, made_roles: list[str]
):
    owner = f"owner_{uuid.uuid4().hex[:8]}"
    name = f"owned_{uuid.uuid4().hex[:8]}"
    made_roles.append(owner)
    _admin.execute(
        sql.SQL("CREATE ROLE {} LOGIN CREATEDB CREATEROLE PASSWORD 'Owner-pass-39'").format(
            sql.Identifier(owner)
        )
    )
    create_database(_admin, name)
    _admin.execute(
        sql.SQL("ALTER DATABASE {} OWNER TO {}").format(sql.Identifier(name), sql.Identifier(owner))
    )
    try:
        dsn = _dsn_as(dsn_for(pg_superuser_dsn, name), owner, "Owner-pass-39")
        result = run_admin("--dsn", dsn, "migrate")
        one_clear_line(result, "superuser")
    finally:
        drop_database(_admin, name)


def test_demo_data_as_an_administrator_says_to_use_a_superuser(db_dsn: str, logins: Logins):
    admin = logins.person("admin", employee=False)
    result = run_admin(
        "--dsn", _dsn_as(db_dsn, admin.email, admin.password), "demo-data", "--no-logins"
    )
    one_clear_line(result, "superuser")
    assert _count(db_dsn, "SELECT count(*) FROM departments") == 0


@pytest.mark.parametrize("command", [["health"], ["set-client-version", "9.9.9"]])
def test_a_finance_login_is_told_which_login_to_use(
    db_dsn: str, logins: Logins, command: list[str], capsys
):
    # In this process: both commands run in their own as the administrator, below
    # (test_the_login_the_refusals_name_is_enough).
    clerk = logins.person("finance", employee=False)
    result = _admin_here(capsys, "--dsn", _dsn_as(db_dsn, clerk.email, clerk.password), *command)
    one_clear_line(result, "administrator")
    assert _count(db_dsn, "SELECT count(*) FROM system_settings") == 0


@pytest.mark.parametrize(
    "command", [["list-users"], ["health"], ["set-client-version", "9.9.9"], ["sync-grants"]]
)
def test_a_database_without_the_dicel_schema_is_said_so(
    pg_superuser_dsn: str, command: list[str], capsys
):
    # What a URL without a database name, or a mistyped one, reaches. In this process:
    # each command runs in its own in another test here.
    result = _admin_here(capsys, "--dsn", dsn_for(pg_superuser_dsn, "postgres"), *command)
    one_clear_line(result, "has no DICEL schema")
    assert "“postgres”" in result.stderr
    assert "older than" not in result.stderr


# --------------------------------------------------------------------------- #4: newer


def _stamp(db_dsn: str, revision: str) -> None:
    with admin_connect(db_dsn) as su:
        su.execute("UPDATE alembic_version SET version_num = %s", (revision,))


@pytest.mark.parametrize("command", [["schema-version"], ["sync-grants"], ["migrate"]])
def test_a_database_newer_than_this_dicel_admin_is_never_told_to_migrate(
    db_dsn: str, command: list[str], capsys
):
    _stamp(db_dsn, FUTURE)
    # migrate in this process: it runs in its own in the owner's test above.
    if command == ["migrate"]:
        result = _admin_here(capsys, "--dsn", db_dsn, *command)
    else:
        result = run_admin("--dsn", db_dsn, *command)
    one_clear_line(result, f"at revision {FUTURE}, newer than this dicel-admin")
    assert f"({head_revision()})" in result.stderr
    assert "newer DICEL version" in result.stderr
    assert "migrate" not in result.stderr
    assert _count(db_dsn, "SELECT count(*) FROM alembic_version WHERE version_num = %s", FUTURE)


def test_a_database_newer_than_this_dicel_admin_takes_no_user_but_lists_them(
    db_dsn: str, made_roles: list[str], capsys
):
    _stamp(db_dsn, FUTURE)
    email = f"late-{uuid.uuid4().hex[:8]}@test.dicel.rw"
    made_roles.append(email)
    # In this process: create-user runs in its own in the README's test.
    result = _admin_here(
        capsys, "--dsn", db_dsn, "create-user", "--email", email, "--first-name", "Late",
        "--last-name", "Comer", "--role", "admin", stdin="Long-enough-pw-7\n",
    )  # fmt: skip
    one_clear_line(result, "newer than this dicel-admin")
    assert _count(db_dsn, "SELECT count(*) FROM users") == 0
    assert _count(db_dsn, "SELECT count(*) FROM pg_roles WHERE rolname = %s", email) == 0
    # Reading is still allowed, as the desktop reads there. In this process: list-users
    # runs in its own in test_list_users_shows_an_expired_login_as_expired.
    listed = _admin_here(capsys, "--dsn", db_dsn, "list-users")
    assert listed.returncode == 0, listed.stderr
    assert "No users yet" in listed.stdout


# --------------------------------------------------------------------------- #5, #6


def _first_administrator_command() -> list[str]:
    """The README's command for the first administrator, as IT copies it."""
    text = README.read_text(encoding="utf-8")
    block = text.split("**The first administrator**", 1)[1].split("```sh", 1)[1]
    block = block.split("```", 1)[0]
    (line,) = [line for line in block.splitlines() if line.startswith("dicel-admin create-user")]
    return line.split()[1:]


def test_the_readmes_first_administrator_is_made_on_a_fresh_database(
    db_dsn: str, made_roles: list[str]
):
    command = _first_administrator_command()
    # Its e-mail made unique: logins are the cluster's, and the demo company's tests
    # log in as jean.mugabo@dicel.rw meanwhile.
    at = command.index("--email") + 1
    command[at] = email = f"first-{uuid.uuid4().hex[:8]}@test.dicel.rw"
    made_roles.append(email)
    result = run_admin("--dsn", db_dsn, *command, stdin="Long-enough-pw-7\n")
    assert result.returncode == 0, result.stderr
    assert _count(db_dsn, "SELECT count(*) FROM users WHERE role = 'admin'") == 1


def test_a_department_on_a_database_without_any_says_to_leave_it_out(
    db_dsn: str, made_roles: list[str], capsys
):
    email = f"first-{uuid.uuid4().hex[:8]}@test.dicel.rw"
    made_roles.append(email)
    # In this process: create-user runs in its own in the README's and a newer
    # database's tests.
    result = _admin_here(
        capsys, "--dsn", db_dsn, "create-user", "--email", email, "--first-name", "Jean",
        "--last-name", "Mugabo", "--role", "admin", "--department", "ADM",
        stdin="Long-enough-pw-7\n",
    )  # fmt: skip
    one_clear_line(result, "leave out --department")
    # Nobody can log in to DICEL Desktop before this first administrator exists.
    assert "DICEL Desktop first" not in result.stderr
    assert _count(db_dsn, "SELECT count(*) FROM users") == 0


def test_a_missing_database_says_how_to_create_it(pg_superuser_dsn: str, capsys):
    # In this process: migrate runs in its own in the owner's test.
    result = _admin_here(
        capsys, "--dsn", dsn_for(pg_superuser_dsn, "dicel_erp_db_missing"), "migrate"
    )
    one_clear_line(result, "does not exist")
    assert "createdb" in result.stderr and "CREATE DATABASE" in result.stderr


# --------------------------------------------------------------------------- #8, #9


def test_deactivate_user_ends_the_open_sessions_as_the_readme_says(db_dsn: str, logins: Logins):
    clerk = logins.person("hr", employee=False)
    session = psycopg.connect(_dsn_as(db_dsn, clerk.email, clerk.password), autocommit=True)
    try:
        result = run_admin("--dsn", db_dsn, "deactivate-user", "--email", clerk.email)
        assert result.returncode == 0, result.stderr
        with pytest.raises(psycopg.OperationalError):
            session.execute("SELECT 1").fetchone()
    finally:
        session.close()
    readme = README.read_text(encoding="utf-8")
    (row,) = [line for line in readme.splitlines() if line.startswith("| `deactivate-user")]
    assert "ended" in row and "continue until they disconnect" not in row


def test_list_users_shows_an_expired_login_as_expired(db_dsn: str, logins: Logins):
    expired = logins.person("sales", employee=False)
    lasting = logins.person("cx", employee=False)
    with admin_connect(db_dsn) as su:
        su.execute(
            sql.SQL("ALTER ROLE {} VALID UNTIL '2026-01-01 12:00+00'").format(
                sql.Identifier(expired.email)
            )
        )
        su.execute(
            sql.SQL("ALTER ROLE {} VALID UNTIL 'infinity'").format(sql.Identifier(lasting.email))
        )
    result = run_admin("--dsn", db_dsn, "list-users")
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert "LOGIN EXPIRED (valid until 2026-01-01" in lines[expired.email]
    assert "active" not in lines[expired.email]
    assert re.search(r"\sactive\s", lines[lasting.email])


def test_the_login_the_refusals_name_is_enough(db_dsn: str, logins: Logins):
    admin = logins.person("admin", employee=False)
    as_admin = _dsn_as(db_dsn, admin.email, admin.password)
    health = run_admin("--dsn", as_admin, "health")
    assert health.returncode in (0, 1) and "Traceback" not in health.stderr, health.stderr
    assert "NOTIFY queue" in health.stdout
    version = run_admin("--dsn", as_admin, "set-client-version", "9.9.9")
    assert version.returncode == 0, version.stderr
