"""The catalog says what the design says: grants, role attributes, RLS, ownership."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from security_world import RLS_TABLES, World

from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.grants import CLIENT_ROLES, expected_grants, grants_in_database
from dicel_desktop.db.models import Base
from dicel_desktop.domain import permissions as perm
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, OWNER_ROLE, Role
from dicel_desktop.domain.tables import TABLES


@pytest.fixture(scope="module")
def _engine(world: World):
    engine = make_engine(world.superuser_dsn, pool_pre_ping=False)
    yield engine
    engine.dispose()


@pytest.fixture
def catalog(_engine):
    """A superuser connection to the suite's database, for reading the catalog."""
    with _engine.connect() as conn:
        yield conn


def test_the_database_holds_exactly_the_permission_tables_grants(catalog):
    actual = grants_in_database(catalog)
    expected = expected_grants()
    assert set(actual) == set(expected)
    wrong = {key: (actual[key], expected[key]) for key in expected if actual[key] != expected[key]}
    assert not wrong, "\n".join(f"{k}: db={a} table={e}" for k, (a, e) in wrong.items())


def test_functions_are_executable_by_exactly_whom_the_table_says(catalog):
    rows = catalog.execute(
        sa.text(
            "SELECT p.proname, g.rolname FROM pg_proc p"
            " CROSS JOIN LATERAL aclexplode(p.proacl) a"
            " JOIN pg_roles g ON g.oid = a.grantee"
            " WHERE p.pronamespace = 'public'::regnamespace AND a.privilege_type = 'EXECUTE'"
            " AND g.rolname = ANY (:roles)"
        ),
        {"roles": list(CLIENT_ROLES)},
    ).all()
    granted: dict[str, set[str]] = {}
    for name, grantee in rows:
        granted.setdefault(name, set()).add(grantee)
    doc_number = granted.pop("dicel_doc_number", set())
    assert granted == {name: set(who) for name, who in perm.FUNCTION_EXECUTE.items()}
    # Document numbers are formatted by the inserting role: dicel_user (IT tickets) and
    # each group role that inserts into numbered tables beyond what dicel_user does.
    expected = expected_grants()

    def numbers_drawn(grantee: str) -> set[str]:
        return {
            table
            for table in perm.DOCUMENT_NUMBER_COLUMNS
            if expected[(grantee, table)].insert
            and (grantee == BASE_GROUP_ROLE or not expected[(BASE_GROUP_ROLE, table)].insert)
        }

    assert doc_number == {g for g in CLIENT_ROLES if numbers_drawn(g)}
    assert {BASE_GROUP_ROLE, "dicel_hr", "dicel_finance"} <= doc_number
    assert "dicel_employee" not in doc_number


def test_no_dicel_role_or_login_can_get_around_the_rules(catalog, world: World):
    rows = catalog.execute(
        sa.text(
            "WITH RECURSIVE members AS ("
            "  SELECT oid FROM pg_roles WHERE rolname = :base"
            "  UNION SELECT m.member FROM pg_auth_members m JOIN members s ON m.roleid = s.oid)"
            " SELECT r.rolname, r.rolcanlogin, r.rolsuper, r.rolbypassrls, r.rolcreaterole"
            " FROM pg_roles r WHERE r.oid IN (SELECT oid FROM members)"
            " OR r.rolname LIKE 'dicel\\_%'"
        ),
        {"base": BASE_GROUP_ROLE},
    ).all()
    names = {row[0] for row in rows}
    groups = {BASE_GROUP_ROLE, *(r.group_role for r in Role)}
    assert groups <= names
    assert {p.email for p in world.people.values() if p.email} <= names
    for name, can_login, superuser, bypass, createrole in rows:
        if name in groups or can_login:
            assert not (superuser or bypass or createrole), name
            continue
        # NOLOGIN helpers: dicel_owner never; dicel_provisioner may create roles, but only
        # if nobody can act as it.
        assert not (superuser or bypass), name
        if createrole:
            members = catalog.execute(
                sa.text(
                    "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                    " WHERE r.rolname = :name"
                ),
                {"name": name},
            ).scalar_one()
            assert name != OWNER_ROLE and members == 0, name
    for group in groups:
        assert not dict((r[0], r[1]) for r in rows)[group], f"{group} can log in"


def test_row_security_is_on_and_forced_exactly_on_the_tables_about_a_person(catalog):
    rows = catalog.execute(
        sa.text(
            "SELECT relname, relforcerowsecurity FROM pg_class"
            " WHERE relnamespace = 'public'::regnamespace AND relrowsecurity"
        )
    ).all()
    # And on documents, which take the rights of the record they are attached to.
    assert {name for name, _ in rows} == {*RLS_TABLES, "documents"}
    assert all(forced for _, forced in rows)
    assert {t for t in Base.metadata.tables if t in ("users", "employees")} - {
        name for name, _ in rows
    } == {"users", "employees"}


def test_public_holds_no_table_privilege_and_no_execute(catalog):
    tables = catalog.execute(
        sa.text(
            "SELECT c.relname, a.privilege_type FROM pg_class c"
            " CROSS JOIN LATERAL aclexplode(c.relacl) a"
            " WHERE c.relnamespace = 'public'::regnamespace AND a.grantee = 0"
        )
    ).all()
    assert tables == []
    columns = catalog.execute(
        sa.text(
            "SELECT c.relname, t.attname FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid"
            " CROSS JOIN LATERAL aclexplode(t.attacl) a"
            " WHERE c.relnamespace = 'public'::regnamespace AND a.grantee = 0"
        )
    ).all()
    assert columns == []
    # A NULL proacl means the default, which includes EXECUTE for PUBLIC.
    functions = catalog.execute(
        sa.text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p"
            " WHERE p.pronamespace = 'public'::regnamespace AND (p.proacl IS NULL OR EXISTS"
            " (SELECT FROM aclexplode(p.proacl) a WHERE a.grantee = 0))"
        )
    ).all()
    assert functions == []


def test_the_schema_belongs_to_dicel_owner(catalog):
    strays = catalog.execute(
        sa.text(
            "SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c"
            " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r','S','v','m')"
            " AND c.relname <> 'alembic_version' AND pg_get_userbyid(c.relowner) <> :owner"
            " UNION ALL"
            " SELECT p.proname, pg_get_userbyid(p.proowner) FROM pg_proc p"
            " WHERE p.pronamespace = 'public'::regnamespace"
            " AND pg_get_userbyid(p.proowner) NOT IN (:owner, 'dicel_provisioner')"
        ),
        {"owner": OWNER_ROLE},
    ).all()
    # Migration 0090: who counts leave is read by the one function of its own role;
    # 0138: when the caller's session began, by another (a login is stamped once).
    assert sorted(strays) == [
        ("dicel_leave_counted_by", "dicel_stats_reader"),
        # Migration 0157: a leaver's annual leave is summed for pay by its own role.
        ("dicel_leave_used_by_leaver", "dicel_leaver_leave_reader"),
        ("dicel_session_started", "dicel_stats_reader"),
        # Migration 0145: approved unpaid leave is counted for pay by its own role.
        ("dicel_unpaid_leave_days", "dicel_unpaid_leave_reader"),
        # Migration 0159: which payslip paid a leaver's untaken leave, read by that role.
        ("dicel_untaken_leave_paid_in", "dicel_leaver_leave_reader"),
    ]


def test_security_definer_functions_pin_their_search_path_with_pg_temp_last(catalog):
    rows = catalog.execute(
        sa.text(
            "SELECT proname, proconfig FROM pg_proc"
            " WHERE pronamespace = 'public'::regnamespace AND prosecdef"
        )
    ).all()
    assert {"dicel_audit", "dicel_my_profile", "dicel_current_user_id"} <= {r[0] for r in rows}
    assert {"dicel_create_user", "dicel_record_history", "dicel_can_see_record"} <= {
        r[0] for r in rows
    }
    for name, config in rows:
        paths = [c.removeprefix("search_path=") for c in config or () if c.startswith("search_")]
        assert len(paths) == 1, f"{name} leaves its search_path to the caller"
        schemas = [s.strip() for s in paths[0].split(",")]
        # pg_catalog first, so nothing shadows the built-ins; pg_temp named, and last, so
        # a caller's temporary table or function is never found before ours.
        assert schemas[0] == "pg_catalog" and schemas[-1] == "pg_temp", (name, schemas)


def test_the_columns_policies_filter_on_are_indexed(catalog):
    rows = catalog.execute(
        sa.text(
            "SELECT t.relname, a.attname FROM pg_index i"
            " JOIN pg_class t ON t.oid = i.indrelid"
            " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]"
            " WHERE t.relnamespace = 'public'::regnamespace"
        )
    ).all()
    leading = set(rows)
    wanted = {(t, "employee_id") for t in RLS_TABLES if t != "it_support_tickets"}
    wanted |= {
        ("it_support_tickets", "requester_id"),
        ("employees", "supervisor_id"),
        ("employees", "user_id"),
        ("users", "email"),
        ("audit_logs", "table_name"),
    }
    assert wanted <= leading, wanted - leading


def _trigger_args(catalog, function: str) -> dict[str, list[tuple[str, ...]]]:
    """table -> the argument lists of its triggers calling ``function``."""
    rows = catalog.execute(
        sa.text(
            "SELECT c.relname, t.tgargs FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE t.tgfoid = CAST(:function AS regprocedure) AND NOT t.tgisinternal"
        ),
        {"function": function},
    ).all()
    found: dict[str, list[tuple[str, ...]]] = {}
    for table, raw in rows:
        args = tuple(bytes(raw).decode().split("\x00")[:-1])
        found.setdefault(table, []).append(args)
    return found


def test_the_final_states_the_server_freezes_are_the_flows_final_states(catalog):
    """Migrations 0035, 0037 and 0038 wrote each flow's final states into its trigger: a change to
    domain/case_flows.py that ends a flow elsewhere needs a migration, and this says so."""
    assert _trigger_args(catalog, "dicel_refuse_final_change()") == {
        table: [("status", "{" + ",".join(sorted(flow.final_states)) + "}")]
        for table, flow in FLOWS.items()
        if flow.final_states  # a flow every state leads out of (risks) has nothing to freeze
    }


def test_the_server_files_rows_and_locks_records_as_the_registry_says(catalog):
    """The triggers of migration 0007 carry the registry's provenance and locks: a change
    to the registry needs a migration, and this says so."""
    # documents (migration 0008, after 0007) sets its uploader in a trigger of its own,
    # which also checks the owner and the size (test_trusted_writes tests the uploader).
    assert _trigger_args(catalog, "dicel_stamp_provenance()") == {
        t.name: [tuple(sorted(t.provenance))]
        for t in TABLES.values()
        if t.provenance and t.name != "documents"
    }
    locks = {t.name: t.lock for t in TABLES.values() if t.lock is not None}
    assert _trigger_args(catalog, "dicel_refuse_locked_change()") == {
        name: [(lock.column, "{" + ",".join(lock.open_states) + "}", *lock.columns)]
        for name, lock in locks.items()
    }
    assert _trigger_args(catalog, "dicel_refuse_locked_lines()") == {
        lines: [(name, column, lock.column, "{" + ",".join(lock.open_states) + "}")]
        for name, lock in locks.items()
        for lines, column in lock.lines
    }
    assert _trigger_args(catalog, "dicel_file_for_oneself()") == {
        "leave_requests": [("employee_id",)]
    }


def test_what_was_charged_to_a_record_stays_as_the_registry_says(catalog):
    """Migration 0047's trigger keeps a budget line's keys once spending is charged to it,
    with the registry's ``Charged`` as its arguments."""
    assert _trigger_args(catalog, "dicel_budget_keeps_its_spending()") == {
        t.name: [(t.charged.amount, *t.charged.columns)]
        for t in TABLES.values()
        if t.charged is not None
    }
