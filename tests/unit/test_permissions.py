"""The permission table is consistent with the schema and keeps its own promises."""

from __future__ import annotations

import re

import pytest

from dicel_desktop.db.models import Base
from dicel_desktop.domain import permissions as perm
from dicel_desktop.domain import tables as registry
from dicel_desktop.domain.modules import MODULES
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, Role

TABLES = Base.metadata.tables
ALL_ROLES = list(Role)


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table].columns]


def test_every_table_and_column_named_exists_in_the_models():
    for role, tables in perm.PERMISSIONS.items():
        for table, r in tables.items():
            assert table in TABLES, f"{role}: no table {table}"
            for name in (r.read_columns or set()) | (r.update_columns or set()):
                assert name in TABLES[table].c, f"{role}: no column {table}.{name}"
    named = {
        **perm.SENSITIVE_COLUMNS,
        **perm.PUBLIC_COLUMNS,
        **perm.GENERATED_COLUMNS,
        **perm.FUNCTION_ONLY_COLUMNS,
    }
    for table, names in named.items():
        assert set(names) <= set(columns(table)), table
    assert set(TABLES) >= perm.DELETABLE_TABLES


def test_document_numbers_and_generated_columns_agree_with_the_models():
    numbered = {}
    generated: dict[str, set[str]] = {}
    for table in TABLES.values():
        for column in table.columns:
            default = str(getattr(column.server_default, "arg", ""))
            if "dicel_doc_number" in default:
                numbered[table.name] = column.name
            if column.computed is not None:
                generated.setdefault(table.name, set()).add(column.name)
    assert numbered == dict(perm.DOCUMENT_NUMBER_COLUMNS)
    assert generated == {t: set(c) for t, c in perm.GENERATED_COLUMNS.items()}


def test_every_status_and_stage_is_changed_only_by_workflows_except_facts():
    facts = {("attendance_records", "status"), ("system_monitoring", "status")}
    # Registers and the sales pipeline (0050): Sales moves an active deal's stage in its
    # form; its lock freezes it on a deal not active, its steps alone close it.
    in_the_form = {("opportunities", "stage")}
    for table in TABLES.values():
        for name in ("status", "stage"):
            if (table.name, name) in in_the_form:
                lock = registry.TABLES[table.name].lock
                assert lock is not None and name in lock.columns, table.name
                assert name not in perm.FUNCTION_ONLY_COLUMNS.get(table.name, ()), table.name
            elif name in table.c and (table.name, name) not in facts:
                assert name in perm.FUNCTION_ONLY_COLUMNS.get(table.name, ()), table.name
    for table in TABLES.values():
        for column in table.c:
            if re.fullmatch(r"approved_by|approved_date", column.name):
                assert column.name in perm.FUNCTION_ONLY_COLUMNS[table.name], table.name
    assert "balance" in perm.FUNCTION_ONLY_COLUMNS["financial_accounts"]
    assert "current_stock" in perm.FUNCTION_ONLY_COLUMNS["inventory_items"]
    assert "spent_amount" in perm.FUNCTION_ONLY_COLUMNS["budgets"]


@pytest.mark.parametrize("role", ALL_ROLES, ids=str)
def test_no_role_may_update_what_only_workflows_change(role):
    for table in TABLES:
        updatable = set(perm.updatable_columns(role, table, columns(table)))
        never = {"id", "created_at", "updated_at"}
        never |= perm.FUNCTION_ONLY_COLUMNS.get(table, frozenset())
        never |= perm.GENERATED_COLUMNS.get(table, frozenset())
        if table in perm.DOCUMENT_NUMBER_COLUMNS:
            never.add(perm.DOCUMENT_NUMBER_COLUMNS[table])
        assert not updatable & never, f"{role} may update {table}.{updatable & never}"
        inserted = set(perm.insertable_columns(role, table, columns(table)))
        assert not inserted & perm.FUNCTION_ONLY_COLUMNS.get(table, frozenset())


@pytest.mark.parametrize("role", ALL_ROLES, ids=str)
def test_what_a_role_updates_it_can_see_including_the_version_token(role):
    for table in TABLES:
        updatable = perm.updatable_columns(role, table, columns(table))
        if not updatable:
            continue
        readable = set(perm.readable_columns(role, table, columns(table)))
        assert set(updatable) <= readable, f"{role} edits unseen columns of {table}"
        assert "id" in readable
        if "updated_at" in TABLES[table].c:
            assert "updated_at" in readable, f"{role} updates {table} without its version"
        else:
            pytest.fail(f"{role} updates {table}, which has no updated_at")


def test_password_hash_is_readable_by_no_one():
    for role in ALL_ROLES:
        assert "password_hash" not in perm.readable_columns(role, "users", columns("users"))


@pytest.mark.parametrize(
    ("table", "column"),
    [(t, c) for t, names in perm.SENSITIVE_COLUMNS.items() for c in sorted(names)],
)
def test_sensitive_columns_are_read_only_by_those_who_need_them(table, column):
    readers = {r for r in ALL_ROLES if column in perm.readable_columns(r, table, columns(table))}
    allowed = {Role.HR, Role.ADMIN}
    if table == "employees":
        allowed.add(Role.FINANCE)  # to pay: salary, bank details, tax information
    if column == "password_hash":
        allowed = set()
    assert readers <= allowed, f"{table}.{column} readable by {readers - allowed}"


def test_every_person_reads_departments_and_the_public_columns_of_people():
    for role in ALL_ROLES:
        assert perm.rights(role, "departments").select
        for table in ("users", "employees"):
            readable = set(perm.readable_columns(role, table, columns(table)))
            assert perm.PUBLIC_COLUMNS[table] <= readable


def test_the_public_columns_are_those_the_issue_names():
    assert {
        "first_name",
        "last_name",
        "email",
        "department_id",
        "position",
        "phone",
        "role",
        "is_active",
    } <= perm.PUBLIC_COLUMNS["users"]
    assert {"employee_number", "department_id", "position", "supervisor_id", "status"} <= (
        perm.PUBLIC_COLUMNS["employees"]
    )
    for table, public in perm.PUBLIC_COLUMNS.items():
        assert not public & perm.SENSITIVE_COLUMNS[table]


def test_only_admin_reads_the_audit_log_and_no_one_writes_it():
    # Its old and new values hold every column in clear (salaries among them): everyone
    # else reads a record's history through dicel_record_history (migration 0007).
    readers = {r for r in ALL_ROLES if perm.rights(r, "audit_logs").select}
    assert readers == {Role.ADMIN}
    assert perm.FUNCTION_EXECUTE["dicel_record_history"] == (BASE_GROUP_ROLE,)
    for role in ALL_ROLES:
        r = perm.rights(role, "audit_logs")
        assert not (r.insert or r.update or r.delete)


def test_delete_is_granted_only_on_deletable_tables():
    for role in ALL_ROLES:
        for table in TABLES:
            if perm.rights(role, table).delete:
                assert table in perm.DELETABLE_TABLES, f"{role} deletes {table}"


def test_department_baseline():
    assert perm.rights(Role.CX, "clients").select
    assert perm.rights(Role.RECOVERY, "clients").select
    assert perm.rights(Role.RECOVERY, "invoices").select
    assert not perm.rights(Role.RECOVERY, "invoices").update
    assert perm.rights(Role.FINANCE, "payroll_records").select
    assert set(perm.updatable_columns(Role.FINANCE, "payroll_records", columns("payroll_records")))
    assert "net_salary" not in perm.updatable_columns(
        Role.FINANCE, "payroll_records", columns("payroll_records")
    )
    for table in ("leads", "clients", "invoices"):
        assert perm.rights(Role.COMPLIANCE, table).select
    assert not perm.rights(Role.SALES, "payroll_records").update
    for table in TABLES:
        admin = perm.rights(Role.ADMIN, table)
        assert admin.select, f"admin cannot read {table}"


def test_admin_holds_at_least_every_other_roles_rights():
    for role in ALL_ROLES:
        for table in TABLES:
            other, admin = perm.rights(role, table), perm.rights(Role.ADMIN, table)
            assert admin.select >= other.select and admin.delete >= other.delete, (role, table)
            assert set(perm.readable_columns(role, table, columns(table))) <= set(
                perm.readable_columns(Role.ADMIN, table, columns(table))
            )
            # users: created by the provisioning functions; no one inserts rows directly.
            if table != "users":
                assert admin.insert >= other.insert, (role, table)


def test_every_role_has_self_service_and_something_to_open():
    for role in ALL_ROLES:
        for table, r in perm.SELF_SERVICE.items():
            assert perm.rights(role, table) | r == perm.rights(role, table)
        visible = perm.tables_visible_to(role)
        assert any(set(m.tables) & visible for m in MODULES)


def test_helpers():
    cols = columns("employees")
    assert perm.readable_columns(Role.SALES, "employees", cols) == [
        c for c in cols if c in perm.PUBLIC_COLUMNS["employees"]
    ]
    assert perm.readable_columns(Role.SALES, "audit_logs", columns("audit_logs")) == []
    assert perm.rights(Role.SALES, "audit_logs") == perm.NO_RIGHTS
    assert "leads" in perm.tables_visible_to(Role.SALES)
    assert "leads" not in perm.tables_visible_to(Role.EMPLOYEE)
    assert perm.updatable_columns(Role.EMPLOYEE, "leave_requests", columns("leave_requests")) == [
        "leave_type",
        "start_date",
        "end_date",
        "reason",
    ]


def test_functions_are_granted_to_known_group_roles():
    groups = {BASE_GROUP_ROLE, *(r.group_role for r in Role)}
    for name, grantees in perm.FUNCTION_EXECUTE.items():
        assert name.startswith("dicel_")
        assert set(grantees) <= groups
