"""Provisioning of logins (issue 3, item 6): who may create users, what reaches the
server, and what the provisioner may touch. Real PostgreSQL, real login roles."""

from __future__ import annotations

import importlib.util
import io
import os
import re
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from _provisioning_fixtures import PASSWORD, Accounts, can_connect, dsn_as, open_accounts
from psycopg import sql
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.cli.admin import main as admin_main
from dicel_desktop.cli.errors import AdminError
from dicel_desktop.cli.user_commands import read_password
from dicel_desktop.db.migrate import head_revision, migrations_dir
from dicel_desktop.domain.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    NotFound,
    SchemaMismatch,
)
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import users

GROUPS = {role.group_role for role in Role}

CREATE_SQL = text("SELECT public.dicel_create_user(:email, :verifier, 'Eve', 'Intruder', :role)")


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


def _migration_0004():
    path = migrations_dir() / "versions" / "0004_provisioning.py"
    spec = importlib.util.spec_from_file_location("migration_0004", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _group_roles_of(su: psycopg.Connection, email: str) -> list[str]:
    rows = su.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s ORDER BY 1",
        (email,),
    ).fetchall()
    return [row[0] for row in rows]


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


def _users_row(su: psycopg.Connection, email: str):
    return su.execute(
        "SELECT role, password_hash, is_active, first_name FROM users WHERE email = %s", (email,)
    ).fetchone()


# --------------------------------------------------------------------------- create


def test_an_admin_creates_a_user_who_logs_in_with_exactly_one_group_role(accounts: Accounts):
    admin = accounts.create("admin")
    email = accounts.email("clerk")
    with accounts.engine_as(admin).begin() as conn:
        user_id = users.create_user(
            conn,
            email=f"  {email.upper()} ",
            first_name="Aline",
            last_name="Uwase",
            role=Role.HR,
            password="Murakoze-2026",
            position="HR officer",
        )

    role = accounts.superuser.execute(
        "SELECT rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication"
        " FROM pg_roles WHERE rolname = %s",
        (email,),
    ).fetchone()
    assert role == (True, False, False, False, False, False)
    assert _group_roles_of(accounts.superuser, email) == ["dicel_hr"]
    row = accounts.superuser.execute(
        "SELECT id, email, role, password_hash, position FROM users WHERE email = %s", (email,)
    ).fetchone()
    assert row[:3] == (user_id, email, "hr")
    assert row[3].startswith("SCRAM-SHA-256$") and "Murakoze" not in row[3]
    assert row[4] == "HR officer"
    assert can_connect(dsn_as(accounts.db_dsn, email, "Murakoze-2026"))
    assert not can_connect(dsn_as(accounts.db_dsn, email, "murakoze-2026"))
    # The audit log records who made the user, but not the verifier.
    audited = accounts.superuser.execute(
        "SELECT a.new_values ->> 'password_hash', u.email FROM audit_logs a"
        " JOIN users u ON u.id = a.user_id"
        " WHERE a.table_name = 'users' AND a.action = 'INSERT' AND a.record_id = %s",
        (user_id,),
    ).fetchone()
    assert audited == ("[redacted]", admin)


def test_the_superuser_creates_the_first_admin(accounts: Accounts):
    email = accounts.create("admin")
    assert _group_roles_of(accounts.superuser, email) == ["dicel_admin"]
    assert can_connect(dsn_as(accounts.db_dsn, email, PASSWORD))


@pytest.mark.parametrize(
    ("field", "label", "most"),
    [
        ("first_name", "First name", 100),
        ("last_name", "Last name", 100),
        ("position", "Position", 100),
        ("employee_number", "Employee number", 50),
    ],
)
def test_a_text_longer_than_its_column_is_refused_naming_its_field(
    accounts: Accounts, field: str, label: str, most: int
):
    """The service says which field and how long (the dialog shows it under that field),
    before the database's VARCHAR refuses it with a bare 22001 naming nothing."""
    admin = accounts.create("admin")
    email = accounts.email("long")
    given = {"first_name": "Aline", "last_name": "Uwase", "position": None}
    given[field] = "x" * (most + 32)
    with accounts.engine_as(admin).connect() as conn, pytest.raises(InvalidInput) as refused:
        users.create_user(conn, email=email, role=Role.HR, password=PASSWORD, **given)
    assert refused.value.code == "field_too_long"
    assert refused.value.params["field"] == field
    assert str(refused.value) == (
        f"{label} can be at most {most} characters long; it is {most + 32}."
    )
    assert accounts.superuser.execute(
        "SELECT count(*) FROM users WHERE email = %s", (email,)
    ).fetchone() == (0,)
    # As long as the column keeps: created. An employee number is an employee's too
    # (0128: DU019), and theirs are at most 20 characters: that one goes no further.
    given[field] = "x" * most
    if field == "employee_number":
        with accounts.engine_as(admin).connect() as conn, pytest.raises(NotFound) as unknown:
            users.create_user(conn, email=email, role=Role.HR, password=PASSWORD, **given)
        assert unknown.value.code == "employee_number_unknown"
        return
    with accounts.engine_as(admin).begin() as conn:
        users.create_user(conn, email=email, role=Role.HR, password=PASSWORD, **given)
    column = "employee_id" if field == "employee_number" else field
    assert accounts.superuser.execute(
        f"SELECT length({column}) FROM users WHERE email = %s", (email,)
    ).fetchone() == (most,)


@pytest.mark.parametrize("role", [Role.HR, Role.EMPLOYEE, Role.FINANCE])
def test_a_non_admin_is_refused(accounts: Accounts, role: Role):
    someone = accounts.create(role.value)
    victim = accounts.email("victim")
    engine = accounts.engine_as(someone)
    with engine.connect() as conn, pytest.raises(NotAllowed) as refused:
        users.create_user(
            conn, email=victim, first_name="A", last_name="B", role="admin", password=PASSWORD
        )
    assert refused.value.code == "not_allowed"
    # Straight at the functions too: the database refuses, not only the client.
    with engine.connect() as conn:
        verifier = users.scram_verifier(conn, victim, PASSWORD)
        for statement, params in [
            (CREATE_SQL, {"email": victim, "verifier": verifier, "role": "admin"}),
            (text("SELECT public.dicel_set_password(:e, :v)"), {"e": someone, "v": verifier}),
            (text("SELECT public.dicel_deactivate_user(:e)"), {"e": victim}),
            (text("SELECT public.dicel_change_email(:e, :n)"), {"e": someone, "n": victim}),
            (text("SELECT * FROM public.dicel_restore_logins()"), {}),
            (
                text("SELECT public.dicel_provision_login(:e, :v, 'dicel_admin', true)"),
                {"e": victim, "v": verifier},
            ),
        ]:
            with pytest.raises(DBAPIError) as denied:
                conn.execute(statement, params)
            assert _sqlstate(denied.value) == "42501", statement
            conn.rollback()
    assert not accounts.role_exists(victim)


def test_an_admin_cannot_call_the_provisioner_directly(accounts: Accounts):
    admin = accounts.create("admin")
    victim = accounts.email("victim")
    with accounts.engine_as(admin).connect() as conn:
        verifier = users.scram_verifier(conn, victim, PASSWORD)
        for function in ("dicel_provision_login", "dicel_provision_set_password"):
            args = "(:e, :v, 'dicel_admin', true)" if function.endswith("login") else "(:e, :v)"
            with pytest.raises(DBAPIError) as denied:
                conn.execute(text(f"SELECT public.{function}{args}"), {"e": admin, "v": verifier})
            assert _sqlstate(denied.value) == "42501"
            conn.rollback()
    assert not accounts.role_exists(victim)


def test_a_plaintext_password_is_refused(accounts: Accounts):
    admin = accounts.create("admin")
    victim = accounts.email("plain")
    engine = accounts.engine_as(admin)
    # A plaintext, and one dressed up to look like a verifier: given as PASSWORD, the
    # server would hash either itself, so both would have been seen in clear.
    for not_a_verifier in ("Correct-Horse-7", "SCRAM-SHA-256$Correct-Horse-7"):
        with engine.connect() as conn:
            with pytest.raises(DBAPIError) as refused:
                conn.execute(
                    CREATE_SQL, {"email": victim, "verifier": not_a_verifier, "role": "hr"}
                )
            assert _sqlstate(refused.value) == "DU003"
            # The refusal does not echo it back (it would land in the client's logs).
            assert not_a_verifier not in str(refused.value.orig)
            conn.rollback()
            for statement in (
                "SELECT public.dicel_set_password(:e, :v)",
                "SELECT public.dicel_change_own_password(:v)",
            ):
                with pytest.raises(DBAPIError) as refused:
                    conn.execute(text(statement), {"e": admin, "v": not_a_verifier})
                assert _sqlstate(refused.value) == "DU003"
                conn.rollback()
    assert not accounts.role_exists(victim)
    assert _users_row(accounts.superuser, victim) is None
    # The admin's own password was not replaced by anything.
    assert can_connect(dsn_as(accounts.db_dsn, admin, PASSWORD))


@pytest.mark.parametrize(
    "role", ["owner", "user", "provisioner", "superuser", "ADMIN", "admin ", "", "postgres"]
)
def test_a_role_outside_the_thirteen_is_refused(accounts: Accounts, role: str):
    admin = accounts.create("admin")
    victim = accounts.email("outside")
    with accounts.engine_as(admin).connect() as conn:
        with pytest.raises(InvalidInput) as refused:
            users.create_user(
                conn, email=victim, first_name="A", last_name="B", role=role, password=PASSWORD
            )
        assert refused.value.code == "unknown_role"
        verifier = users.scram_verifier(conn, victim, PASSWORD)
        # 'owner' would make dicel_owner, 'user' dicel_user: the database itself says no.
        with pytest.raises(DBAPIError) as refused_by_db:
            conn.execute(CREATE_SQL, {"email": victim, "verifier": verifier, "role": role})
        assert _sqlstate(refused_by_db.value) == "DU004"
    assert not accounts.role_exists(victim)


def test_the_provisioner_changes_only_dicel_logins(accounts: Accounts):
    """Even the owner layer cannot aim it at a role that is not a DICEL login."""
    su = accounts.superuser
    verifier = su.pgconn.encrypt_password(b"Whatever-123", b"x", b"scram-sha-256").decode()
    outsider = accounts.email("outsider")  # an IT account that is no DICEL user
    su.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(outsider)))
    targets = ["dicel_owner", "dicel_admin", "postgres", outsider]
    with su.transaction():
        su.execute("SET LOCAL ROLE dicel_owner")
        for target in targets:
            for statement, params in [
                ("SELECT public.dicel_provision_set_password(%s, %s)", (target, verifier)),
                ("SELECT public.dicel_provision_set_login(%s, true)", (target,)),
                ("SELECT public.dicel_provision_rename(%s, 'renamed@test.dicel.rw')", (target,)),
                ("SELECT public.dicel_provision_set_valid_until(%s, NULL)", (target,)),
            ]:
                with pytest.raises(psycopg.Error) as refused, su.transaction():
                    su.execute(statement, params)
                assert refused.value.sqlstate == "DU013", (statement, target)
        with pytest.raises(psycopg.Error) as refused, su.transaction():
            su.execute(
                "SELECT public.dicel_provision_login('x@test.dicel.rw', %s, 'pg_read_all_data',"
                " true)",
                (verifier,),
            )
        assert refused.value.sqlstate == "DU004"
    assert not accounts.role_exists("renamed@test.dicel.rw")


# --------------------------------------------------------------------------- the log


def _server_log(su: psycopg.Connection) -> Path:
    """The file the server writes its log to, or skip when this process cannot read it."""
    data = Path(su.execute("SHOW data_directory").fetchone()[0])
    current = su.execute("SELECT pg_current_logfile()").fetchone()[0]
    # With no logging collector, LocalCluster (the tests' own server) keeps pg_ctl's log
    # beside the data folder.
    candidate = data / current if current else data.parent / "server.log"
    if not (candidate.is_file() and os.access(candidate, os.R_OK)):
        pytest.skip(
            f"cannot read the test server's log ({candidate}): DICEL_TEST_DSN names a "
            "server whose log is not on this machine or not readable"
        )
    return candidate


def _wait_for(log: Path, start: int, needle: str, timeout_s: float = 10) -> str:
    deadline = time.monotonic() + timeout_s
    while True:
        with log.open("rb") as f:
            f.seek(start)
            written = f.read().decode("utf-8", errors="replace")
        if needle in written or time.monotonic() > deadline:
            return written
        time.sleep(0.05)


def test_the_password_never_reaches_the_server_log(accounts: Accounts):
    su = accounts.superuser
    log = _server_log(su)
    su.execute(
        sql.SQL("ALTER DATABASE {} SET log_statement = 'all'").format(
            sql.Identifier(su.info.dbname)
        )
    )
    start = log.stat().st_size
    admin = accounts.create("admin")
    email = accounts.email("logged")
    tag = uuid.uuid4().hex
    first, second, third, dup = (f"{n}-Secret-{tag}" for n in ("First", "Second", "Third", "Dup"))
    with accounts.engine_as(admin).begin() as conn:
        users.create_user(
            conn, email=email, first_name="L", last_name="Og", role="employee", password=first
        )
        users.set_password(conn, email=email, password=second)
    with accounts.engine_as(email, second).begin() as conn:
        users.change_own_password(conn, new_password=third)
    with accounts.engine_as(admin).connect() as conn:
        # A refused call too: the server logs the failing statement once more.
        with pytest.raises(Conflict):
            users.create_user(
                conn, email=email, first_name="L", last_name="Og", role="employee", password=dup
            )
        conn.rollback()
        canary = f"dicel-canary-{tag}"
        conn.execute(text(f"SELECT '{canary}'"))

    written = _wait_for(log, start, canary)
    assert canary in written, "log_statement=all did not log the canary: the test sees no log"
    assert "dicel_create_user" in written and "dicel_change_own_password" in written
    for password in (first, second, third, dup):
        assert password not in written
    assert can_connect(dsn_as(accounts.db_dsn, email, third))


# --------------------------------------------------------------------------- input


def test_email_rules_in_a_persons_words(accounts: Accounts):
    admin = accounts.create("admin")
    local = "a" * (63 - len("@test.dicel.rw"))
    longest = accounts.remember(f"{local}@test.dicel.rw")
    too_long = accounts.remember(f"{local}b@test.dicel.rw")
    assert len(longest.encode()) == 63
    with accounts.engine_as(admin).connect() as conn:
        for bad in ("not-an-email", "a@b", "a b@test.dicel.rw", "a@@b.rw", ".a@b.rw", ""):
            with pytest.raises(InvalidInput) as refused:
                users.create_user(
                    conn, email=bad, first_name="A", last_name="B", role="hr", password=PASSWORD
                )
            assert refused.value.code == "invalid_email"
            assert "not a valid e-mail address" in refused.value.message
        with pytest.raises(InvalidInput) as refused:
            users.create_user(
                conn, email=too_long, first_name="A", last_name="B", role="hr", password=PASSWORD
            )
        assert refused.value.code == "email_too_long"
        assert refused.value.params["length"] == 64
        assert "at most 63" in refused.value.message
        # The database keeps the same rules when the client is bypassed.
        verifier = users.scram_verifier(conn, too_long, PASSWORD)
        for email, sqlstate in ((too_long, "DU002"), ("Bad Address", "DU001")):
            with pytest.raises(DBAPIError) as refused_by_db:
                conn.execute(CREATE_SQL, {"email": email, "verifier": verifier, "role": "hr"})
            assert _sqlstate(refused_by_db.value) == sqlstate
            conn.rollback()
        with pytest.raises(InvalidInput) as short:
            users.create_user(
                conn, email=longest, first_name="A", last_name="B", role="hr", password="short"
            )
        assert short.value.code == "password_too_short"
        with pytest.raises(InvalidInput) as nameless:
            users.create_user(
                conn, email=longest, first_name=" ", last_name="B", role="hr", password=PASSWORD
            )
        assert nameless.value.params == {"field": "first name"}
        users.create_user(
            conn, email=longest, first_name="A", last_name="B", role="hr", password=PASSWORD
        )
        conn.commit()
    assert can_connect(dsn_as(accounts.db_dsn, longest, PASSWORD))


def test_the_client_and_the_database_agree_on_what_an_email_is(accounts: Accounts):
    pattern = _migration_0004().EMAIL_RE
    samples = [
        "jean.mugabo@dicel.rw",
        "o'brien+hr@mail.dicel.co.rw",
        "a_b%c-d@x-y.rw",
        "a@b",
        "a..b@dicel.rw",
        ".a@dicel.rw",
        "a.@dicel.rw",
        "a@-dicel.rw",
        "a@dicel-.rw",
        "a@dicel..rw",
        "a b@dicel.rw",
        "émile@dicel.rw",
        "a@dicel.rw\n",
        "dicel_admin",
    ]
    for sample in samples:
        in_client = bool(users.EMAIL_PATTERN.fullmatch(sample))
        in_db = accounts.superuser.execute("SELECT %s ~ %s", (sample, pattern)).fetchone()[0]
        assert in_client == in_db, sample


def test_duplicates_and_unknown_references_are_explained(accounts: Accounts):
    admin = accounts.create("admin")
    taken = accounts.create("hr")
    su = accounts.superuser
    dept = su.execute(
        "INSERT INTO departments (name, code) VALUES ('Finance', 'FIN') RETURNING id"
    ).fetchone()[0]
    employee = su.execute(
        "INSERT INTO employees (department_id, position, hire_date, salary)"
        " VALUES (%s, 'Accountant', '2024-01-02', 900000) RETURNING id, employee_number",
        (dept,),
    ).fetchone()
    engine = accounts.engine_as(admin)
    cases = [
        (dict(email=taken.upper()), Conflict, "user_exists"),
        (dict(department_code="NOPE"), NotFound, "unknown_department"),
    ]
    for extra, error, code in cases:
        kwargs = dict(email=accounts.email("dup"), first_name="A", last_name="B", role="hr") | extra
        with engine.connect() as conn, pytest.raises(error) as refused:
            users.create_user(conn, password=PASSWORD, **kwargs)
        assert refused.value.code == code
    # HR entered the employee first: the new login is linked to that record.
    linked = accounts.email("accountant")
    with engine.begin() as conn:
        user_id = users.create_user(
            conn,
            email=linked,
            first_name="Jean",
            last_name="Mugabo",
            role="finance",
            password=PASSWORD,
            department_code="FIN",
            employee_number=employee[1],
        )
    row = su.execute("SELECT user_id FROM employees WHERE id = %s", (employee[0],)).fetchone()
    assert row[0] == user_id
    with engine.connect() as conn, pytest.raises(Conflict) as refused:
        users.create_user(
            conn,
            email=accounts.email("again"),
            first_name="A",
            last_name="B",
            role="hr",
            password=PASSWORD,
            # Typed as people type it (eye35 §9): said as employee numbers are written,
            # with whose login has it.
            employee_number=f"  {employee[1].lower()} ",
        )
    assert refused.value.code == "employee_taken_by"
    assert refused.value.params["employee_number"] == employee[1]
    assert refused.value.params["holder"] == "Jean Mugabo"
    assert refused.value.params["holder_email"] == linked
    assert refused.value.message == (
        f"Employee number {employee[1]} already has a login: Jean Mugabo ({linked}). Give"
        " the new login another number, or leave it empty."
    )
    # An IT account of the same name that is not a DICEL user is not taken over.
    outsider = accounts.email("outsider")
    su.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(outsider)))
    with engine.connect() as conn, pytest.raises(Conflict) as refused:
        users.create_user(
            conn, email=outsider, first_name="A", last_name="B", role="hr", password=PASSWORD
        )
    assert refused.value.code == "login_name_taken"
    assert _group_roles_of(su, outsider) == []


# --------------------------------------------------------------------------- changes


def test_passwords_set_by_an_admin_and_by_oneself(accounts: Accounts):
    admin = accounts.create("admin")
    clerk = accounts.create("employee")
    with accounts.engine_as(admin).begin() as conn:
        users.set_password(conn, email=clerk.upper(), password="Reset-by-IT-1")
    assert not can_connect(dsn_as(accounts.db_dsn, clerk, PASSWORD))
    assert can_connect(dsn_as(accounts.db_dsn, clerk, "Reset-by-IT-1"))
    with accounts.engine_as(clerk, "Reset-by-IT-1").begin() as conn:
        users.change_own_password(conn, new_password="Mine-only-22")
    assert not can_connect(dsn_as(accounts.db_dsn, clerk, "Reset-by-IT-1"))
    assert can_connect(dsn_as(accounts.db_dsn, clerk, "Mine-only-22"))
    # users.password_hash follows, so restore-logins would give back the current one.
    stored = _users_row(accounts.superuser, clerk)[1]
    current = accounts.superuser.execute(
        "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (clerk,)
    ).fetchone()[0]
    assert stored == current
    # The superuser is no DICEL user: it has no "own" DICEL password to change.
    with accounts.superuser_engine().connect() as conn, pytest.raises(NotAllowed) as refused:
        users.change_own_password(conn, new_password="Whatever-123")
    assert refused.value.code == "not_a_dicel_user"
    with accounts.engine_as(admin).connect() as conn, pytest.raises(NotFound):
        users.set_password(conn, email=accounts.email("ghost"), password=PASSWORD)


def test_a_deactivated_user_cannot_log_in_and_their_row_stays(accounts: Accounts):
    admin = accounts.create("admin")
    clerk = accounts.create("sales")
    with accounts.engine_as(admin).begin() as conn:
        users.deactivate_user(conn, email=clerk)
    assert not can_connect(dsn_as(accounts.db_dsn, clerk, PASSWORD))
    assert accounts.role_exists(clerk)
    role, _hash, active, first_name = _users_row(accounts.superuser, clerk)
    assert (role, active, first_name) == ("sales", False, "Sales")
    with accounts.engine_as(admin).connect() as conn, pytest.raises(NotAllowed) as refused:
        users.deactivate_user(conn, email=admin)
    assert refused.value.code == "cannot_change_self"
    assert can_connect(dsn_as(accounts.db_dsn, admin, PASSWORD))


def test_changing_an_email_renames_the_login_and_keeps_the_password(accounts: Accounts):
    admin = accounts.create("admin")
    clerk = accounts.create("cx")
    new = accounts.email("renamed")
    with accounts.engine_as(admin).begin() as conn:
        users.change_email(conn, old_email=clerk, new_email=new.upper())
    assert not accounts.role_exists(clerk)
    assert _group_roles_of(accounts.superuser, new) == ["dicel_cx"]
    assert _users_row(accounts.superuser, new) is not None
    assert can_connect(dsn_as(accounts.db_dsn, new, PASSWORD))
    with accounts.engine_as(admin).connect() as conn:
        with pytest.raises(Conflict):
            users.change_email(conn, old_email=new, new_email=admin)
        conn.rollback()
        with pytest.raises(NotFound) as missing:
            users.change_email(conn, old_email=clerk, new_email=accounts.email("x"))
        assert missing.value.params["email"] == clerk
        conn.rollback()
        with pytest.raises(NotAllowed):
            users.change_email(conn, old_email=admin, new_email=accounts.email("boss"))


def test_restore_logins_recreates_missing_logins_from_the_stored_verifiers(accounts: Accounts):
    admin = accounts.create("admin")
    restored = [accounts.create("hr"), accounts.create("finance")]
    gone = accounts.create("it")
    su = accounts.superuser
    # As on a new cluster after a restore: the rows are there, the roles are not.
    for email in [*restored, gone]:
        su.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(email)))
    su.execute("UPDATE users SET is_active = false WHERE email = %s", (gone,))
    # Demo data: rows written straight into users with a verifier from scram_verifier().
    demo = accounts.email("demo")
    with accounts.superuser_engine().begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (email, password_hash, first_name, last_name, role)"
                " VALUES (:e, :h, 'Demo', 'Person', 'inventory')"
            ),
            {"e": demo, "h": users.scram_verifier(conn, demo, "Demo-pass-1")},
        )
        # A row whose password was never set through DICEL (a bcrypt hash, say).
        legacy = accounts.email("legacy")
        conn.execute(
            text(
                "INSERT INTO users (email, password_hash, first_name, last_name, role)"
                " VALUES (:e, '$2b$12$abcdefghijklmnopqrstuv', 'Old', 'Hash', 'hr')"
            ),
            {"e": legacy},
        )
    skipped: list[str] = []
    with accounts.engine_as(admin).begin() as conn:
        assert users.restore_logins(conn, on_skipped=skipped.append) == 3
    assert skipped == [legacy]
    for email in restored:
        assert can_connect(dsn_as(accounts.db_dsn, email, PASSWORD))
    assert _group_roles_of(su, restored[1]) == ["dicel_finance"]
    assert _group_roles_of(su, demo) == ["dicel_inventory"]
    assert can_connect(dsn_as(accounts.db_dsn, demo, "Demo-pass-1"))
    assert not accounts.role_exists(gone) and not accounts.role_exists(legacy)
    # Nothing left to do; the superuser may run it too (IT, right after the restore).
    with accounts.superuser_engine().begin() as conn:
        assert users.restore_logins(conn) == 0


def test_list_users_shows_the_state_of_each_login(accounts: Accounts):
    admin = accounts.create("admin")
    active = accounts.create("risk")
    deactivated = accounts.create("recovery")
    missing = accounts.create("compliance")
    with accounts.engine_as(admin).begin() as conn:
        users.deactivate_user(conn, email=deactivated)
    accounts.superuser.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(missing)))
    with accounts.engine_as(admin).connect() as conn:
        listed = {u.email: u for u in users.list_users(conn)}
    assert (listed[active].is_active, listed[active].has_login, listed[active].can_login) == (
        True,
        True,
        True,
    )
    assert listed[active].role == "risk" and listed[active].full_name == "Risk Tester"
    assert (listed[deactivated].is_active, listed[deactivated].can_login) == (False, False)
    assert (listed[missing].is_active, listed[missing].has_login) == (True, False)
    order = list(listed)
    assert order.index(deactivated) == len(order) - 1  # the active ones first


# --------------------------------------------------------------------------- catalog


def test_the_provisioner_is_a_memberless_nologin_role_owning_only_its_functions(
    accounts: Accounts,
):
    su = accounts.superuser
    role = su.execute(
        "SELECT rolcanlogin, rolcreaterole, rolsuper, rolbypassrls, oid FROM pg_roles"
        " WHERE rolname = 'dicel_provisioner'"
    ).fetchone()
    assert role[:4] == (False, True, False, False)
    members = su.execute(
        "SELECT count(*) FROM pg_auth_members WHERE roleid = %s", (role[4],)
    ).fetchone()[0]
    assert members == 0
    functions = su.execute(
        "SELECT p.proname, p.prosecdef, p.proconfig, p.proacl::text[]"
        " FROM pg_proc p WHERE p.proowner = %s ORDER BY 1",
        (role[4],),
    ).fetchall()
    assert [f[0] for f in functions] == [
        "dicel_provision_end_sessions",
        "dicel_provision_login",
        "dicel_provision_rename",
        "dicel_provision_set_group",
        "dicel_provision_set_login",
        "dicel_provision_set_password",
        "dicel_provision_set_valid_until",  # migration 0140 (admin40)
    ]
    for name, security_definer, config, acl in functions:
        assert security_definer, name
        assert "search_path=pg_catalog, pg_temp" in config, name
        grantees = {entry.split("=", 1)[0] for entry in acl}
        assert grantees == {"dicel_provisioner", "dicel_owner"}, (name, acl)
    login = accounts.create("employee")
    memberships = (
        su.execute(
            "SELECT g.rolname, m.admin_option, m.inherit_option, m.set_option"
            " FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = %s",
            (role[4],),
        ).fetchall()
        if su.info.server_version >= 160000
        else su.execute(
            "SELECT g.rolname, m.admin_option FROM pg_auth_members m"
            " JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = %s",
            (role[4],),
        ).fetchall()
    )
    # pg_signal_backend (migration 0055): it ends the sessions of a login it turns off.
    signal = [row for row in memberships if row[0] == "pg_signal_backend"]
    assert len(signal) == 1 and signal[0][1] is False, signal
    memberships = [row for row in memberships if row[0] != "pg_signal_backend"]
    if su.info.server_version >= 160000:
        # ADMIN on each group, to hand it out, and (as their creator) on the logins it
        # made; never their rights: no INHERIT, no SET ROLE.
        held = {row[0] for row in memberships}
        assert held >= GROUPS | {login}
        assert all(name in GROUPS or "@" in name for name in held)
        assert all(row[1:] == (True, False, False) for row in memberships), memberships
    else:
        # PostgreSQL 15: CREATEROLE grants any non-superuser role without holding it.
        assert memberships == []


# --------------------------------------------------------------------------- dicel-admin


def test_dicel_admin_takes_the_password_from_standard_input_only(
    accounts: Accounts, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    admin = accounts.create("admin")
    email = accounts.email("cli")
    as_admin = ["--dsn", dsn_as(accounts.db_dsn, admin, PASSWORD)]
    create = [
        *as_admin,
        "create-user",
        "--email",
        email,
        "--first-name",
        "Claude",
        "--last-name",
        "Habimana",
        "--role",
        "inventory",
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("From-stdin-99\r\n"))
    assert admin_main(create) == 0
    assert can_connect(dsn_as(accounts.db_dsn, email, "From-stdin-99"))
    assert "Created" in capsys.readouterr().out

    monkeypatch.setattr("sys.stdin", io.StringIO("From-stdin-99\n"))
    assert admin_main(create) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert admin_main([*as_admin, "set-password", "--email", email]) == 2
    assert "No password was given" in capsys.readouterr().err

    assert admin_main([*as_admin, "deactivate-user", "--email", email]) == 0
    assert not can_connect(dsn_as(accounts.db_dsn, email, "From-stdin-99"))
    assert admin_main(["--dsn", accounts.db_dsn, "list-users"]) == 0
    listing = capsys.readouterr().out
    assert re.search(
        rf"{re.escape(email)}\s+Claude Habimana\s+inventory\s+-\s+deactivated", listing
    )
    # A password on the command line is not even an option.
    with pytest.raises(SystemExit):
        admin_main([*create, "--password", "x"])


def test_at_a_terminal_the_password_is_asked_twice(monkeypatch: pytest.MonkeyPatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter(["Typed-once-1", "Typed-twice-2"])
    with pytest.raises(AdminError, match="not the same"):
        read_password(stdin=Terminal(), ask=lambda _prompt: next(answers))
    assert read_password(stdin=Terminal(), ask=lambda _prompt: "Same-both-3") == "Same-both-3"


def test_a_schema_without_the_functions_says_to_migrate(accounts: Accounts):
    # As on a database from before migration 0004: the function is not there.
    accounts.superuser.execute("DROP FUNCTION public.dicel_create_user")
    accounts.superuser.execute("UPDATE alembic_version SET version_num = '0002'")
    with accounts.superuser_engine().connect() as conn, pytest.raises(SchemaMismatch) as old:
        users.create_user(
            conn,
            email=accounts.email("early"),
            first_name="A",
            last_name="B",
            role="hr",
            password=PASSWORD,
        )
    assert old.value.params == {"database_revision": "0002", "client_revision": head_revision()}
    assert "dicel-admin migrate" in old.value.message
