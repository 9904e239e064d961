"""Migrations: empty -> head -> base -> head, `alembic check`, dicel-admin's commands, and
the revisions that provision (grants, roles, sessions). What a revision does to rows
already there is test_migration_data.py's; this file runs on PostgreSQL 18 too."""

from __future__ import annotations

import socket
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import psycopg
import pytest
from alembic import command
from helpers import (
    NOT_A_SHOWN_FORM,
    admin_connect,
    admin_here,
    create_database,
    drop_database,
    dsn_for,
    one_clear_line,
    run_admin,
)
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from dicel_desktop.db import migrate
from dicel_desktop.db.models import Base


@pytest.fixture
def empty_dsn(pg_superuser_dsn):
    name = f"empty_{uuid.uuid4().hex[:8]}"
    with admin_connect(pg_superuser_dsn) as admin:
        create_database(admin, name)
    yield dsn_for(pg_superuser_dsn, name)
    with admin_connect(pg_superuser_dsn) as admin:
        drop_database(admin, name)


def _objects(dsn: str) -> dict[str, set[str]]:
    with psycopg.connect(dsn) as conn:
        rels = conn.execute(
            "SELECT relkind::text, relname FROM pg_class"
            " WHERE relnamespace = 'public'::regnamespace"
        ).fetchall()
        funcs = conn.execute(
            "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
        ).fetchall()
    found: dict[str, set[str]] = {"tables": set(), "sequences": set(), "functions": set()}
    for kind, name in rels:
        if kind == "r":
            found["tables"].add(name)
        elif kind == "S":
            found["sequences"].add(name)
    found["functions"] = {f for (f,) in funcs}
    return found


#: A trigger of the public schema and the md5 of its definition, a row each.
TRIGGERS = (
    "SELECT c.relname || '.' || t.tgname, md5(pg_get_triggerdef(t.oid)) FROM pg_trigger t"
    " JOIN pg_class c ON c.oid = t.tgrelid"
    " WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal"
)


@dataclass
class Walk:
    """One database walked empty -> head -> base -> head, and what was seen on the way."""

    dsn: str
    revisions: list[str]  # oldest first
    #: revision -> its triggers, going up from empty, and coming down from head.
    afresh: dict[str, dict[str, str]] = field(default_factory=dict)
    downgraded: dict[str, dict[str, str]] = field(default_factory=dict)
    at_head: dict[str, set[str]] = field(default_factory=dict)
    at_base: dict[str, set[str]] = field(default_factory=dict)
    base_revision: str | None = "not read"
    again: dict[str, set[str]] = field(default_factory=dict)
    again_revision: str | None = None
    #: The way up again, by ``dicel-admin migrate`` in its own process (the database made
    #: empty first, its time zone Asia/Tokyo), run twice, then ``schema-version``.
    admin_runs: list[subprocess.CompletedProcess[str]] = field(default_factory=list)


@pytest.fixture(scope="module")
def walk(pg_superuser_dsn) -> Iterator[Walk]:
    """The chain walked once for the file's tests (each full walk is ~10 s on each of the
    two servers the suite runs them on; four tests walked it seven times): up from empty
    reading the triggers after each revision, down to base reading them after each step,
    and up again; the tests assert on what it saw. The database ends at head.

    The way up again is ``dicel-admin migrate``'s, in its own process, on the database
    made empty (base less Alembic's table, nothing of DICEL left, as
    test_round_trip_leaves_nothing_behind_and_comes_back_whole holds) with the time zone
    Asia/Tokyo: the walk a test of its own made again from a new database (~10 s a
    server) serves test_dicel_admin_migrate_twice_is_harmless too."""
    from alembic.script import ScriptDirectory

    def found(connection) -> dict[str, str]:
        return dict(connection.exec_driver_sql(TRIGGERS).fetchall())

    script = ScriptDirectory.from_config(migrate.alembic_config())
    name = f"walk_{uuid.uuid4().hex[:8]}"
    with admin_connect(pg_superuser_dsn) as admin:
        create_database(admin, name)
    dsn = dsn_for(pg_superuser_dsn, name)
    seen = Walk(dsn, [r.revision for r in reversed(list(script.walk_revisions()))])
    try:
        # Read after each revision inside one run each way (a run a revision loaded every
        # revision's file again each time: 54 s of the suite).
        migrate.upgrade(dsn, after_each=lambda conn, rev: seen.afresh.setdefault(rev, found(conn)))
        seen.at_head = _objects(dsn)
        try:
            migrate.downgrade(
                dsn, after_each=lambda conn, rev: seen.downgraded.setdefault(rev, found(conn))
            )
            seen.at_base = _objects(dsn)
            seen.base_revision = migrate.database_revision(dsn)
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute("DROP TABLE alembic_version")
                conn.execute(
                    sql.SQL("ALTER DATABASE {} SET timezone = 'Asia/Tokyo'").format(
                        sql.Identifier(name)
                    )
                )
            for command_line in (["migrate"], ["migrate"], ["schema-version"]):
                seen.admin_runs.append(run_admin("--dsn", dsn, *command_line))
        finally:
            # Roles are the cluster's, not the database's: 0090's downgrade gave
            # dicel_owner pg_read_all_stats again, and the tests after this one (on
            # PostgreSQL 18, test_who_counts_leave) found it a member. Up to head takes it
            # back (nothing to do after dicel-admin's migrate, unless that one failed).
            migrate.upgrade(dsn)
        seen.again = _objects(dsn)
        seen.again_revision = migrate.database_revision(dsn)
        yield seen
    finally:
        with admin_connect(pg_superuser_dsn) as admin:
            drop_database(admin, name)


def test_round_trip_leaves_nothing_behind_and_comes_back_whole(walk):
    at_head = walk.at_head
    # The seed's 45, documents, holidays, a purchase order's lines and approvals, pay periods.
    assert at_head["tables"] - {"alembic_version"} == set(Base.metadata.tables)
    assert len(at_head["tables"] - {"alembic_version"}) == 50
    assert len(at_head["sequences"]) >= 21

    assert walk.at_base["tables"] == {"alembic_version"}  # Alembic's own bookkeeping
    assert walk.at_base["sequences"] == set()
    assert walk.at_base["functions"] == set()
    assert walk.base_revision is None

    assert walk.again == at_head
    assert walk.again_revision == migrate.head_revision()


def test_alembic_check_finds_no_difference_between_models_and_migrations(walk):
    # On the database walked up, down and up again. Raises AutogenerateDiffsDetected when
    # the models and the migrated schema differ.
    command.check(migrate.alembic_config(walk.dsn))


def test_dicel_admin_migrate_twice_is_harmless(walk):
    """The first migrate also says what a new database needs next, once: its time zone
    (the server's was Asia/Tokyo) and the first administrator. (Two tests migrated an
    empty database with dicel-admin; one did, on both servers; now the walk's way up
    again is that first migrate.)"""
    first, second, version = walk.admin_runs
    name = conninfo_to_dict(walk.dsn)["dbname"]
    assert first.returncode == 0, first.stderr
    assert "upgraded from empty to" in first.stdout
    assert "Next steps" in first.stdout
    assert "counted in Asia/Tokyo" in first.stdout
    assert f"ALTER DATABASE {name} SET timezone = 'Africa/Kigali'" in first.stdout
    assert "--role admin (no --department" in first.stdout
    assert second.returncode == 0, second.stderr
    assert "nothing to do" in second.stdout
    # Said once: a later migrate has nothing new to say.
    assert "Next steps" not in second.stdout
    assert version.returncode == 0
    assert f"database: {migrate.head_revision()}" in version.stdout


# The refusals below run dicel-admin's main in this process (helpers.admin_here): migrate
# and schema-version each run in a process of their own in the walk (the migrate-twice
# test's), so a start that crashed would show there.


def test_schema_version_of_an_empty_database_says_to_migrate(empty_dsn, capsys):
    result = admin_here(capsys, "--dsn", empty_dsn, "schema-version")
    assert result.returncode == 1
    assert "not migrated" in result.stdout
    assert "dicel-admin migrate" in result.stdout


def test_unreachable_server_gives_one_clear_line(capsys):
    # A port nothing listens on: one the system just gave out and took back. (The test
    # server's port plus one was taken once, by a demo server started meanwhile.)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dsn = f"postgresql://nobody:x@127.0.0.1:{port}/dicel_erp_db?connect_timeout=3"
    one_clear_line(admin_here(capsys, "--dsn", dsn, "migrate"), "Cannot reach the database server")


def test_wrong_password_gives_one_clear_line(pg_superuser_dsn, capsys):
    with psycopg.connect(pg_superuser_dsn) as conn:
        info = conn.info
        dsn = f"postgresql://{info.user}:wrong-password@{info.host}:{info.port}/postgres"
    one_clear_line(admin_here(capsys, "--dsn", dsn, "migrate"), "wrong user name or password")


def test_a_login_without_connect_is_told_it_is_no_dicel_login(db_dsn, capsys):
    """deploy39 #10: libpq's last line was only "DETAIL: User does not have CONNECT
    privilege.", with no word of what to do."""
    login = f"itops_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'Itops-pass-1'")  # a test-made name
        host, port, dbname = conn.info.host, conn.info.port, conn.info.dbname
        try:
            dsn = f"postgresql://{login}:Itops-pass-1@{host}:{port}/{dbname}"
            result = admin_here(capsys, "--dsn", dsn, "migrate")
        finally:
            conn.execute(f"DROP ROLE {login}")
    one_clear_line(result, f"The login {login} may not connect to the database {dbname}")
    assert "not a DICEL login" in result.stderr
    assert "superuser" in result.stderr


def test_missing_database_gives_one_clear_line(pg_superuser_dsn, capsys):
    dsn = dsn_for(pg_superuser_dsn, "no_such_database")
    one_clear_line(admin_here(capsys, "--dsn", dsn, "schema-version"), "database does not exist")


def test_no_dsn_at_all_says_how_to_give_one(monkeypatch, capsys):
    monkeypatch.delenv("DICEL_DSN", raising=False)
    one_clear_line(admin_here(capsys, "migrate"), "--dsn")


def test_at_every_revision_a_database_built_afresh_has_the_triggers_of_one_downgraded(walk):
    """Code review 31, F10: 0007 made every lock of the registry as it was when run, so a
    database built from scratch had later revisions' locks (0107's on shifts and patrols,
    0074's cases' description, ...) from 0007 on, and at 0106 it differed from one that
    0107's downgrade took back. 0007's locks are frozen (migration 0111): built up one
    revision at a time, then taken down one at a time, the database has at each revision
    the same triggers, to their definitions."""
    revisions = walk.revisions
    downgraded = dict(walk.downgraded)
    assert downgraded.pop("base") == {}
    assert list(walk.afresh) == revisions
    assert list(downgraded) == list(reversed(revisions[:-1]))
    differ = {}
    for revision, now in downgraded.items():
        names = set(now) | set(walk.afresh[revision])
        changed = sorted(n for n in names if now.get(n) != walk.afresh[revision].get(n))
        if changed:
            differ[revision] = changed
    assert "patrol_logs.patrol_logs_locked" not in walk.afresh["0106"]
    assert "security_assignments.security_assignments_locked" in walk.afresh["0107"]
    assert differ == {}


# --- 0112, 0138, 0139 and 0141: one walk from head down to 0111, up, and down again ------

#: 0112: the functions it changes (not 0143's form of a step with the version shown, a
#: later revision's), the sessions' logins PUBLIC's, and a link spelled four ways.
FUNCTIONS_0112 = (
    "SELECT p.oid::regprocedure::text, md5(pg_get_functiondef(p.oid)) FROM pg_proc p"
    " WHERE p.pronamespace = 'public'::regnamespace AND p.proname = ANY(%s)"
    f"{NOT_A_SHOWN_FORM} ORDER BY 1"
)
CHANGED_0112 = [
    "dicel_cancel_leave",
    "dicel_may_cancel_leave",
    "dicel_link_own_document",
    "dicel_shift_end_stays_past",
    "dicel_cancel_security_assignment",
    "dicel_own_change_to_decide",
    "dicel_leave_balance",
]
PUBLIC_READS_0112 = (
    "SELECT has_table_privilege('public', 'pg_catalog.pg_stat_activity', 'SELECT'),"
    " has_function_privilege('public', 'pg_catalog.pg_stat_get_activity(integer)',"
    " 'EXECUTE'),"
    " has_function_privilege('public', 'pg_catalog.pg_stat_get_backend_userid(integer)',"
    " 'EXECUTE')"
)
FILE_0112 = uuid.uuid4()
SPELLED_0112 = {
    "braces": f"dicel-document:{{{FILE_0112.hex}}}",
    "capitals": f"DICEL-DOCUMENT:{str(FILE_0112).upper()}",
    "no uuid": "dicel-document:not-a-file",
    "elsewhere": "https://intranet.dicel.rw/photo.png",
}
#: 0138: the functions it changes, the tables' counters PUBLIC's, a sensitive column's
#: statistics target and whether it has statistics.
FUNCTIONS_0138 = (
    "SELECT p.oid::regprocedure::text, md5(pg_get_functiondef(p.oid)) FROM pg_proc p"
    " WHERE p.pronamespace = 'public'::regnamespace AND p.proname = ANY(%s) ORDER BY 1"
)
CHANGED_0138 = ["dicel_record_login", "dicel_refuse_own_salary", "dicel_session_started"]
PUBLIC_READS_0138 = (
    "SELECT has_table_privilege('public', 'pg_catalog.pg_stat_user_tables', 'SELECT'),"
    " has_table_privilege('public', 'pg_catalog.pg_statio_all_indexes', 'SELECT'),"
    " has_function_privilege('public', 'pg_catalog.pg_stat_get_tuples_updated(oid)',"
    " 'EXECUTE')"
)
TARGETS_0138 = (
    "SELECT coalesce(a.attstattarget::int, -1), (SELECT count(*) FROM pg_statistic s"
    " WHERE s.starelid = a.attrelid AND s.staattnum = a.attnum) > 0"
    " FROM pg_attribute a WHERE a.attrelid = 'attendance_records'::regclass"
    " AND a.attname = 'status'"
)
#: 0139: the login function, the locks' grants as PostgreSQL reads them (an ACL left NULL
#: means the default one), PUBLIC's reads of them, the columns' targets and statistics.
READS_0139 = (
    "SELECT md5(pg_get_functiondef('public.dicel_record_login()'::regprocedure))",
    "SELECT (SELECT coalesce(c.relacl, acldefault('r', c.relowner))::text FROM pg_class c"
    "        WHERE c.oid = 'pg_catalog.pg_locks'::regclass),"
    " (SELECT array(SELECT x::text FROM unnest(coalesce(p.proacl, acldefault('f',"
    "        p.proowner))) AS x ORDER BY 1) FROM pg_proc p"
    "        WHERE p.oid = 'pg_catalog.pg_lock_status()'::regprocedure)",
    "SELECT has_table_privilege('public', 'pg_catalog.pg_locks', 'SELECT'),"
    " has_function_privilege('public', 'pg_catalog.pg_lock_status()', 'EXECUTE')",
    "SELECT a.attname::text, coalesce(a.attstattarget::int, -1), (SELECT count(*) > 0"
    " FROM pg_statistic s WHERE s.starelid = a.attrelid AND s.staattnum = a.attnum)"
    " FROM pg_attribute a WHERE a.attrelid = 'leave_requests'::regclass"
    " AND a.attname IN ('status', 'employee_id', 'leave_type') ORDER BY 1",
)
#: 0141: a ticket's columns' targets and statistics, and the patrol logs' trigger.
READS_0141 = (
    "SELECT a.attname::text, coalesce(a.attstattarget::int, -1), (SELECT count(*) > 0"
    " FROM pg_statistic s WHERE s.starelid = a.attrelid AND s.staattnum = a.attnum)"
    " FROM pg_attribute a WHERE a.attrelid = 'it_support_tickets'::regclass"
    " AND a.attname IN ('subject', 'requester_id', 'category') ORDER BY 1",
    "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'patrol_logs'::regclass"
    " AND tgname = 'patrol_logs_incidents_exist'",
)


@dataclass
class Down0111:
    """One database at head walked down to 0139, 0138, 0138's parent and 0111, up to
    head, and down the same way again, read at each stop for the tests of 0112, 0138,
    0139 and 0141 (each walked its own database from head down to its revision, up and
    down again: ~400 revisions in all, now ~150); at 0111 at the end, 0112's refusal of a
    member of the owner. Each writes rows of its own (a department, a ticket, a leave
    request, users with links), which no other of them reads."""

    #: "0112" / "0138" / "0139" / "0141" -> stop -> what that test reads there: "head",
    #: "before" (its revision's parent), "head_again", "before_again".
    reads: dict[str, dict[str, object]] = field(default_factory=dict)
    #: 0112: the users with links, read at head after the upgrade from 0111.
    links: dict[str, str] = field(default_factory=dict)
    #: 0112: what the member of the owner's upgrade raised, and the revision after it.
    refused: BaseException | None = None
    stayed_at: str | None = None


def _reads_0111(conn: psycopg.Connection, stop: str) -> dict[str, object]:
    """What the tests of 0112, 0138, 0139 and 0141 compare at a stop."""
    if stop == "0112":
        return {
            "functions": conn.execute(FUNCTIONS_0112, (CHANGED_0112,)).fetchall(),
            "public": conn.execute(PUBLIC_READS_0112).fetchone(),
        }
    if stop == "0138":
        return {
            "functions": conn.execute(FUNCTIONS_0138, (CHANGED_0138,)).fetchall(),
            "public": conn.execute(PUBLIC_READS_0138).fetchone(),
            "targets": conn.execute(TARGETS_0138).fetchone(),
        }
    queries = READS_0139 if stop == "0139" else READS_0141
    return {"all": [conn.execute(q).fetchall() for q in queries]}


def _superuser_refusal(dsn: str, seen: Down0111) -> None:
    """0112 run by a member of the owner who may SET the triggers off, on ``dsn`` at 0111."""
    from logins import _dsn_as

    role = f"dicel_migrator_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'migrate-me' IN ROLE dicel_owner")
        conn.execute(f"GRANT SET ON PARAMETER session_replication_role TO {role}")
        database = conn.info.dbname
        conn.execute(f"GRANT CONNECT ON DATABASE {database} TO {role}")
        conn.execute(f"GRANT SELECT, UPDATE ON alembic_version TO {role}")
    try:
        try:
            migrate.upgrade(_dsn_as(dsn, role, "migrate-me"))
        except Exception as refused:  # what pytest.raises(Exception) took in the test
            seen.refused = refused
        seen.stayed_at = migrate.database_revision(dsn)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"REVOKE SET ON PARAMETER session_replication_role FROM {role}")
            conn.execute(f"REVOKE CONNECT ON DATABASE {database} FROM {role}")
            conn.execute(f"REVOKE ALL ON alembic_version FROM {role}")
            conn.execute(f"DROP ROLE {role}")


@pytest.fixture(scope="module")
def down_to_0111(revision_templates, _admin) -> Iterator[Down0111]:
    from alembic.script import ScriptDirectory

    before_0138 = (
        ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0138").down_revision
    )
    # Each test's revision -> the stop below it; in the order the walk reaches them.
    stops = {"0141": "0139", "0139": "0138", "0138": before_0138, "0112": "0111"}
    seen = Down0111(reads={test: {} for test in stops})
    name = f"down_to_0111_{uuid.uuid4().hex[:8]}"
    dsn = revision_templates.new_database("head", name)
    try:
        with psycopg.connect(dsn) as conn:
            # A row for 0138's ANALYZE to find.
            conn.execute("INSERT INTO departments (name, code) VALUES ('Counted', 'CNT')")
            for test in stops:
                seen.reads[test]["head"] = _reads_0111(conn, test)
        for test, stop in stops.items():
            migrate.downgrade(dsn, stop)
            with psycopg.connect(dsn) as conn:
                if test == "0141":  # a row for ANALYZE to find
                    conn.execute(
                        "INSERT INTO it_support_tickets (subject, description, category,"
                        " priority) VALUES ('T140', 'A row for ANALYZE', 'hardware', 'low')"
                    )
                    conn.commit()
                    conn.execute("ANALYZE it_support_tickets")
                if test == "0139":  # a row for ANALYZE to find
                    conn.execute(
                        "WITH e AS (INSERT INTO employees (employee_number, position, salary,"
                        " hire_date) VALUES ('EMP-T139', 'Tester', 100000, DATE '2026-01-05')"
                        " RETURNING id) INSERT INTO leave_requests (employee_id, leave_type,"
                        " start_date, end_date, days_requested) SELECT e.id, 'annual',"
                        " DATE '2027-03-01', DATE '2027-03-01', 1 FROM e"
                    )
                    conn.commit()
                    conn.execute("ANALYZE leave_requests")
                seen.reads[test]["before"] = _reads_0111(conn, test)
                if test == "0112":
                    for spelling, link in SPELLED_0112.items():
                        conn.execute(
                            "INSERT INTO users (email, password_hash, first_name, last_name,"
                            " role, profile_image) VALUES (%s, '-', 'Link', 'Spelled',"
                            " 'employee', %s)",
                            (f"{spelling.replace(' ', '-')}@test.dicel.rw", link),
                        )
        migrate.upgrade(dsn)
        with psycopg.connect(dsn) as conn:
            for test in stops:
                seen.reads[test]["head_again"] = _reads_0111(conn, test)
            seen.links = dict(
                conn.execute(
                    "SELECT first_name || ' ' || split_part(email, '@', 1), profile_image"
                    " FROM users WHERE last_name = 'Spelled'"
                ).fetchall()
            )
        for test, stop in stops.items():
            migrate.downgrade(dsn, stop)
            with psycopg.connect(dsn) as conn:
                seen.reads[test]["before_again"] = _reads_0111(conn, test)
        _superuser_refusal(dsn, seen)
        yield seen
    finally:
        drop_database(_admin, name)


def test_0112_spells_links_once_hides_sessions_and_its_downgrade_gives_0111s_back(down_to_0111):
    """psql32: a link spelled another way is spelled once by the upgrade (a text that is
    no uuid is left as it is); the sessions' logins are PUBLIC's at 0111 and not at head;
    the downgrade gives back 0111's functions to the byte and PUBLIC's grants (the walk
    down to 0111: the links written at 0111, read at head)."""
    seen = down_to_0111.reads["0112"]
    at_head, at_0111 = seen["head"]["functions"], seen["before"]["functions"]
    assert len(at_head) == len(CHANGED_0112)
    assert seen["head"]["public"] == (False, False, False)
    assert seen["before"]["public"] == (True, True, True)
    assert set(at_0111) != set(at_head) and len(at_0111) == len(CHANGED_0112)
    assert seen["head_again"]["functions"] == at_head
    assert seen["head_again"]["public"] == (False, False, False)
    assert down_to_0111.links == {
        "Link braces": f"dicel-document:{FILE_0112}",
        "Link capitals": f"dicel-document:{FILE_0112}",
        "Link no-uuid": "dicel-document:not-a-file",
        "Link elsewhere": "https://intranet.dicel.rw/photo.png",
    }
    assert seen["before_again"]["functions"] == at_0111
    assert seen["before_again"]["public"] == (True, True, True)


def test_0138_hides_counters_and_statistics_and_its_downgrade_gives_the_earlier_back(
    down_to_0111,
):
    """psql39: the tables' counters are PUBLIC's before 0138 and not at head, the sensitive
    columns keep no statistics, a login is stamped once and DW006 names its column; the
    downgrade gives back the functions to the byte, PUBLIC's grants, default targets and
    the statistics (ANALYZE) (the walk down to 0111: a department written at head)."""
    seen = down_to_0111.reads["0138"]
    at_head, at_before = seen["head"]["functions"], seen["before"]["functions"]
    assert len(at_head) == len(CHANGED_0138)
    assert seen["head"]["public"] == (False, False, False)
    assert seen["head"]["targets"] == (0, False)
    assert seen["before"]["public"] == (True, True, True)
    assert seen["before"]["targets"][0] == -1
    assert [name for name, _ in at_before] == ["dicel_record_login()", "dicel_refuse_own_salary()"]
    assert not set(at_before) & set(at_head)
    assert seen["head_again"]["functions"] == at_head
    assert seen["head_again"]["public"] == (False, False, False)
    assert seen["before_again"]["functions"] == at_before


def test_0139_hides_the_locks_and_more_statistics_and_its_downgrade_gives_0138s_back(
    down_to_0111,
):
    """psql39b: the locks are PUBLIC's at 0138 and not at head, the columns that still
    counted hidden rows keep no statistics, a stamp is only raised; the downgrade gives
    back 0138's login function to the byte, the grants as they were (the same ACL), the
    default targets and the statistics (ANALYZE) (the walk down to 0111: a leave request
    written at 0138)."""
    seen = down_to_0111.reads["0139"]
    at_0138, at_head = seen["before"]["all"], seen["head_again"]["all"]
    assert at_0138[2] == [(True, True)]
    # 0138's column has none; the columns 0139 takes have theirs.
    assert at_0138[3] == [("employee_id", -1, True), ("leave_type", 0, False), ("status", -1, True)]
    assert at_head[0] != at_0138[0] and at_head[2] == [(False, False)]
    assert at_head[3] == [("employee_id", 0, False), ("leave_type", 0, False), ("status", 0, False)]
    assert seen["before_again"]["all"] == at_0138


def test_0141_hides_the_last_counts_and_checks_patrol_incidents_and_its_downgrade_undoes_it(
    down_to_0111,
):
    """stats40: at 0139 a ticket's subject keeps statistics and a patrol log takes any
    number; at head neither; the downgrade gives back the targets, the statistics
    (ANALYZE) and no trigger (the walk down to 0111: a ticket written at 0139)."""
    seen = down_to_0111.reads["0141"]
    at_0139, at_head = seen["before"]["all"], seen["head_again"]["all"]
    assert at_0139[0] == [("category", -1, True), ("requester_id", -1, True), ("subject", -1, True)]
    assert at_0139[1] == [(0,)]
    assert at_head[0] == [("category", -1, True), ("requester_id", 0, False), ("subject", 0, False)]
    assert at_head[1] == [(1,)]
    assert seen["before_again"]["all"] == at_0139


def test_0112_is_a_superusers_to_run_and_says_so_changing_nothing(down_to_0111):
    """Code review 32, F5: 0112 rewrites links with the triggers off and takes the
    sessions' logins from PUBLIC, a superuser's both. Run by a member of the owner who may
    SET the triggers off (granted on PostgreSQL 15), its REVOKEs only warned and it went
    on; it now stops first, saying so, and the database stays at 0111 (the walk's end)."""
    import re

    assert down_to_0111.refused is not None, "0112 ran for a member of the owner"
    assert re.search("migration 0112 is run by a superuser", str(down_to_0111.refused))
    assert down_to_0111.stayed_at == "0111"
