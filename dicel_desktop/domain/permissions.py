"""The permission table: what each of the thirteen roles may do to each of the tables.

This is the only source of truth for rights (ARCHITECTURE 4). ``dicel-admin
sync-grants`` (run by every migration) turns it into GRANTs on the group roles, a test
proves the database holds exactly these grants, and the GUI builds its menus from it.
Row-level security (migration 0003) then decides *which rows* of the six tables about a
person a role sees; this table only says which tables and columns.

Reading guide:

* ``SELF_SERVICE`` is what every person has (granted to ``dicel_user``); each role's
  entry below adds its department's work on top of it.
* ``read_columns=None`` means every column; otherwise only the columns listed.
* ``update_columns=None`` means every *editable* column of the table (see
  :func:`editable_columns`): never ids, nor what the server sets
  (:func:`server_set_columns`: timestamps, document numbers, generated columns, who
  created or filed the row), nor the columns in ``FUNCTION_ONLY_COLUMNS``. Those rules,
  per column and per table, are :mod:`dicel_desktop.domain.column_rules` (every name of
  it importable from here too).
* INSERT is granted on the insertable columns (:func:`insertable_columns`): a new row's
  workflow columns take their server default (the first state, no approver, no stock),
  and the server fills its number and its creator (migration 0007).
* DELETE is granted only on ``DELETABLE_TABLES``: business records are cancelled or
  closed through their state, not deleted.
* Who may call which function (``FUNCTION_EXECUTE``) is
  :mod:`dicel_desktop.domain.function_grants` (importable from here too).

Pure Python: no SQLAlchemy, no Qt. Column names are checked against the models by
tests/unit/test_permissions.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from dicel_desktop.domain.column_rules import (
    DOCUMENT_NUMBER_COLUMNS,
    FUNCTION_FILED_TABLES,
    FUNCTION_ONLY_COLUMNS,
    GENERATED_COLUMNS,
    IDENTITY_COLUMNS,
    STAMPED_COLUMNS,
    WORKFLOW_TABLES,
    editable_columns,
    new_row_columns,
    server_set_columns,
)
from dicel_desktop.domain.function_grants import FUNCTION_EXECUTE
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.tables import TABLES

__all__ = [
    "DELETABLE_TABLES",
    "DOCUMENT_NUMBER_COLUMNS",
    "FUNCTION_EXECUTE",
    "FUNCTION_FILED_TABLES",
    "FUNCTION_ONLY_COLUMNS",
    "GENERATED_COLUMNS",
    "IDENTITY_COLUMNS",
    "PERMISSIONS",
    "PERSON_TABLES",
    "PUBLIC_COLUMNS",
    "SECRET_COLUMNS",
    "SELF_SERVICE",
    "SELF_SERVICE_OWNER",
    "SELF_SERVICE_UPDATE_STATES",
    "SENSITIVE_COLUMNS",
    "STAMPED_COLUMNS",
    "UNCOUNTED_COLUMNS",
    "WORKFLOW_TABLES",
    "TableRights",
    "editable_columns",
    "insertable_columns",
    "new_row_columns",
    "readable_columns",
    "rights",
    "self_service_update_states",
    "server_set_columns",
    "tables_visible_to",
    "updatable_columns",
]


@dataclass(frozen=True)
class TableRights:
    select: bool = False
    insert: bool = False
    update: bool = False
    delete: bool = False
    #: Columns it may read; None = all of them.
    read_columns: frozenset[str] | None = None
    #: Columns it may update; None = every editable column. Empty when ``update`` is False.
    update_columns: frozenset[str] | None = frozenset()

    def __or__(self, other: TableRights) -> TableRights:
        """The rights of someone who holds both (a role on top of ``SELF_SERVICE``)."""

        def union(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
            return None if a is None or b is None else a | b

        return TableRights(
            select=self.select or other.select,
            insert=self.insert or other.insert,
            update=self.update or other.update,
            delete=self.delete or other.delete,
            read_columns=union(
                self.read_columns if self.select else frozenset(),
                other.read_columns if other.select else frozenset(),
            ),
            update_columns=union(self.update_columns, other.update_columns),
        )


NO_RIGHTS = TableRights(read_columns=frozenset())


# --------------------------------------------------------------------------- columns

#: The personal columns of users and employees that column grants hide: readable only by
#: HR, admin and (for pay) finance; ``users.password_hash`` by no role at all. A person's
#: own values reach them through ``dicel_my_profile()``.
SENSITIVE_COLUMNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "users": frozenset({"password_hash", "salary", "date_of_birth", "address"}),
        "employees": frozenset({"salary", "bank_details", "tax_info"}),
    }
)


def _words(text: str) -> list[str]:
    """Names written as one string, for long lists that read better as prose."""
    return text.split()


#: Columns of the row-security tables that keep no planner statistics (``SET STATISTICS
#: 0``, their ``pg_statistic`` rows removed). A text, uuid, date or integer equality is
#: leakproof, so PostgreSQL estimates it from statistics gathered over every row, hidden
#: ones too: with psql, ``EXPLAIN ... WHERE subject = 'x'`` counted rows a login may not
#: read, and a histogram's bounds are their values (psql39, psql39b, stats40). The one
#: list: migrations 0138, 0139 and 0141 set these, ``sync-grants`` (every migrate) sets a
#: column added here on a new table, and ``dicel-admin health`` names one that drifted.
#: Lists keep their statistics elsewhere: they sort and filter by dates and states, whose
#: plans did not change without these (docs/decisions.md "psqlfix39", "psqlfix39b",
#: "stats40").
UNCOUNTED_COLUMNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        # 0138, 0139: leave, attendance, reviews and trainings by kind and by person;
        # 0139: the file names Recovery's documents carry ("Court filing - <client>").
        "leave_requests": frozenset(
            _words("leave_type reason days_requested status approved_by notes employee_id")
        ),
        # 0141 adds reviewer_id and status: how many reviews each reviewer writes, and how
        # far the round is.
        "performance_reviews": frozenset(
            _words(
                "overall_rating goals_achieved areas_improvement next_goals recommendations"
                " employee_id reviewer_id status"
            )
        ),
        "attendance_records": frozenset(
            _words("status check_in check_out total_hours notes employee_id")
        ),
        "training_enrollments": frozenset({"grade", "status", "employee_id"}),
        "documents": frozenset({"file_name", "owner_id", "uploaded_by"}),
        # 0141: what people ask IT (texts typed by the requester) and each one's count.
        "it_support_tickets": frozenset({"subject", "description", "resolution", "requester_id"}),
        # 0141: a person's number of payslips (their months of service) and a payslip's note.
        "payroll_records": frozenset({"employee_id", "notes"}),
    }
)

#: Never written to the audit log in clear (their values are replaced by "[redacted]").
SECRET_COLUMNS = frozenset({"password_hash", "bank_details", "tax_info"})

#: What everyone reads of users and employees. ``id``, ``user_id`` and ``employee_id``
#: are the keys that join a person's name (users) to their HR record (employees), without
#: which the public columns of employees (no names there) would say nothing.
PUBLIC_COLUMNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "users": frozenset(
            {
                "id",
                "first_name",
                "last_name",
                "email",
                "department_id",
                "position",
                "phone",
                "role",
                "is_active",
                "employee_id",
            }
        ),
        "employees": frozenset(
            {
                "id",
                "user_id",
                "employee_number",
                "department_id",
                "position",
                "supervisor_id",
                "status",
            }
        ),
    }
)

#: The two records of a person. Everyone sees their rows (``PUBLIC_COLUMNS``), but the
#: files attached to them (migration 0061, ``dicel_can_see_files``) are read only by the
#: person themselves and by whoever reads every one of their ``SENSITIVE_COLUMNS`` but
#: ``password_hash`` on both tables (HR and admin): not finance, which reads an employee's
#: pay but not the person's date of birth or address, nor a supervisor.
PERSON_TABLES = frozenset({"users", "employees"})


#: Tables whose rows may be deleted (by their department and admin). Elsewhere a record
#: is cancelled or closed through its state, so its history stays.
DELETABLE_TABLES = frozenset(
    {
        # An obsolete setting is removed, not switched off.
        "system_settings",
        # The lines of an invoice are corrected by removing a wrong line.
        "invoice_items",
        # So are the lines of a draft purchase order (migration 0013 locks them after).
        "purchase_order_lines",
        # Applicants' personal data is erased once it is no longer needed.
        "candidates",
        # Documents cannot be edited (no version token): a wrong upload is removed.
        "recovery_documents",
        # Old metric readings are pruned (each deletion is audited).
        "system_monitoring",
        # A public holiday entered on the wrong day is removed (the audit log keeps it).
        "holidays",
        # A file attached by mistake is removed (row security: by whoever may change its
        # record; the audit log keeps its name and hash).
        "documents",
    }
)


# --------------------------------------------------------------------------- builders


def read(*columns: str) -> TableRights:
    """Read-only: all columns, or only those named."""
    return TableRights(select=True, read_columns=frozenset(columns) if columns else None)


def work(
    *,
    insert: bool = True,
    update: bool | Iterable[str] = True,
    read_columns: Iterable[str] | None = None,
) -> TableRights:
    """A department's own table: read, insert, update its editable columns (or those
    named), and delete where ``DELETABLE_TABLES`` allows (filled in by ``_department``)."""
    if update is True:
        update_columns: frozenset[str] | None = None
    elif update is False:
        update_columns = frozenset()
    else:
        update_columns = frozenset(update)
    return TableRights(
        select=True,
        insert=insert,
        update=update is not False,
        read_columns=None if read_columns is None else frozenset(read_columns),
        update_columns=update_columns,
    )


def _department(tables: Mapping[str, TableRights]) -> dict[str, TableRights]:
    """Own tables get DELETE exactly where the table is deletable, and no INSERT where
    only workflow functions file rows (``FUNCTION_FILED_TABLES``)."""
    found = {
        table: replace(r, delete=True) if r.insert and table in DELETABLE_TABLES else r
        for table, r in tables.items()
    }
    return {
        table: replace(r, insert=False) if table in FUNCTION_FILED_TABLES else r
        for table, r in found.items()
    }


#: Everything except the hidden columns: HR's and admin's view of a person.
_USERS_BUT_PASSWORD = _words(
    "id first_name last_name email department_id position phone role is_active employee_id"
    " address date_of_birth hire_date salary emergency_contact skills certifications"
    " last_login profile_image created_at updated_at"
)


# --------------------------------------------------------------------------- self-service

#: What every person has (the ``dicel_user`` group). Rows are limited by RLS to their own
#: (and their direct reports' for a supervisor; payroll and tickets: own only).
SELF_SERVICE: Mapping[str, TableRights] = MappingProxyType(
    {
        "departments": read(),
        "users": read(*PUBLIC_COLUMNS["users"]),
        "employees": read(*PUBLIC_COLUMNS["employees"]),
        # File a leave request (RLS: for oneself, pending) and correct it while pending;
        # the rules of migration 0012 hold on either path (overlap, balance, past dates).
        "leave_requests": work(update=("leave_type", "start_date", "end_date", "reason")),
        # Which days leave does not count.
        "holidays": read(),
        "attendance_records": read(),
        "payroll_records": read(),
        "performance_reviews": read(),
        # The catalogue, so that a person's enrollments have a title.
        "training_programs": read(),
        "training_enrollments": read(),
        # File an IT ticket (RLS: as requester, unassigned, unresolved).
        "it_support_tickets": work(update=False),
        # Files attached to records. Row security (migration 0008) narrows every right to
        # the documents of records the person may read (to see them) or change (to
        # attach, replace or remove them). Replacing changes the content, never the owner.
        "documents": replace(work(update=("file_name", "media_type", "content")), delete=True),
    }
)


# --------------------------------------------------------------------------- departments

_HR = _department(
    {
        "users": read(*_USERS_BUT_PASSWORD),
        "employees": work(),
        "job_postings": work(),
        "candidates": work(),
        "training_programs": work(),
        "training_enrollments": work(),
        "leave_requests": work(),
        "holidays": work(),
        "attendance_records": work(),
        "performance_reviews": work(),
        # Payroll is run, approved and paid through its functions (migration 0014);
        # reviewing a payslip means adjusting its allowances, or noting something.
        "payroll_records": work(update=("allowances", "notes")),
        # Not the account and the debit it was paid with: those are finance's books.
        "payroll_periods": work(
            update=("notes",),
            read_columns=_words(
                "id period_start period_end status created_by approved_by approved_date"
                " paid_date notes created_at updated_at"
            ),
        ),
    }
)

_FINANCE = _department(
    {
        "financial_accounts": work(),
        # A posted entry is corrected by a reversing entry, never edited: only its
        # description and reference may be completed.
        "transactions": work(update=("description", "reference_number")),
        "budgets": work(),
        "expenses": work(),
        "invoices": work(),
        "invoice_items": work(),
        # Pay: finance runs or approves the payroll and pays it through its functions
        # (migration 0014), changing no amount by hand; it reads salaries and bank
        # details to pay them.
        "payroll_records": work(insert=False, update=("notes",)),
        "payroll_periods": work(update=("notes",)),
        "employees": read(),
        "clients": read(),
        "contracts": read(),
        "suppliers": read(),
        "purchase_orders": read(),
        # What an order buys and who approved it at which level: finance decides the
        # level above the department manager's limit (migration 0013).
        "purchase_order_lines": read(),
        "purchase_order_approvals": read(),
        "inventory_items": read(),
    }
)

_IT = _department(
    {
        "it_assets": work(),
        "it_support_tickets": work(),
        # Readings are facts: inserted and pruned, never edited (no version token).
        "system_monitoring": work(update=False),
    }
)

_SECURITY = _department(
    {
        "security_guards": work(),
        "security_assignments": work(),
        "security_incidents": work(),
        "patrol_routes": work(),
        "patrol_logs": work(),
    }
)

_INVENTORY = _department(
    {
        "inventory_items": work(),
        # The stock ledger: written only by dicel_move_stock (WORKFLOW_TABLES).
        "inventory_transactions": read(),
        "suppliers": work(),
        "purchase_orders": work(),
        # A line is not moved to another order: it is removed and added there.
        "purchase_order_lines": work(update=("item_id", "description", "quantity", "unit_price")),
        "purchase_order_approvals": read(),
    }
)

_CLIENT = _department(
    {
        "clients": work(),
        "contracts": work(),
        "client_support_tickets": work(),
    }
)

_SALES = _department(
    {
        "leads": work(),
        "opportunities": work(),
        "marketing_campaigns": work(),
        # A won lead becomes a client of the clients department.
        "clients": read(),
    }
)

_CX = _department(
    {
        "customer_feedback": work(),
        "customer_surveys": work(),
        "clients": read(),
    }
)

_RISK = _department(
    {
        "risk_assessments": work(),
        "risk_incidents": work(),
        # Incidents feed the risk register.
        "security_incidents": read(),
    }
)

_RECOVERY = _department(
    {
        "recovery_cases": work(),
        # Documents cannot be edited (no version token): replaced by upload and delete.
        "recovery_documents": work(update=False),
        # The debts it recovers: the client, the invoice and its lines.
        "clients": read(),
        "invoices": read(),
        "invoice_items": read(),
    }
)

#: Compliance audits the company: it reads every business table, read-only. Not pay
#: (payroll, salaries, bank details) nor performance reviews: those are confidential to
#: HR, finance and admin. Users and employees: public columns only. Nor the audit log
#: itself, whose old and new values hold every column in clear: compliance reads a
#: record's history through ``dicel_record_history``, which leaves out what it may not
#: read.
_COMPLIANCE_READS = [
    t.name
    for t in TABLES.values()
    # Documents (no module) are everyone's through SELF_SERVICE, narrowed by row security.
    if t.module
    and not t.confidential
    and t.name
    not in ("users", "employees", "compliance_policies", "compliance_audits", "audit_logs")
]

_COMPLIANCE = _department(
    {
        **{table: read() for table in _COMPLIANCE_READS},
        "compliance_policies": work(),
        "compliance_audits": work(),
    }
)

#: Admin: everything, except that no one reads password_hash, writes the audit log,
#: creates users outside the provisioning functions (a users row needs its login role),
#: or deletes where ``DELETABLE_TABLES`` does not allow it. Documents: as everyone's
#: (SELF_SERVICE), so that an admin too never moves a document to another record.
_ADMIN_TABLES = [t for t in TABLES if t not in ("users", "audit_logs", "documents")]

#: Tables without ``updated_at`` have no version token, so no role edits their rows.
_APPEND_ONLY = frozenset(t.name for t in TABLES.values() if not t.versioned)

_ADMIN = _department(
    {
        **{
            table: read() if table in WORKFLOW_TABLES else work(update=table not in _APPEND_ONLY)
            for table in _ADMIN_TABLES
        },
        "users": work(insert=False, read_columns=_USERS_BUT_PASSWORD),
        "audit_logs": read(),
    }
)


def _with_self_service(own: Mapping[str, TableRights]) -> Mapping[str, TableRights]:
    merged = dict(SELF_SERVICE)
    for table, r in own.items():
        merged[table] = merged[table] | r if table in merged else r
    return MappingProxyType(merged)


#: Each role's department's own rights, before ``SELF_SERVICE`` is added.
_DEPARTMENTS: Mapping[Role, Mapping[str, TableRights]] = MappingProxyType(
    {
        Role.ADMIN: _ADMIN,
        Role.HR: _HR,
        Role.FINANCE: _FINANCE,
        Role.IT: _IT,
        Role.SECURITY: _SECURITY,
        Role.COMPLIANCE: _COMPLIANCE,
        Role.INVENTORY: _INVENTORY,
        Role.CLIENT: _CLIENT,
        Role.SALES: _SALES,
        Role.CX: _CX,
        Role.RISK: _RISK,
        Role.RECOVERY: _RECOVERY,
        Role.EMPLOYEE: {},
    }
)

PERMISSIONS: Mapping[Role, Mapping[str, TableRights]] = MappingProxyType(
    {role: _with_self_service(own) for role, own in _DEPARTMENTS.items()}
)

#: The states in which a person's own row may be changed through ``SELF_SERVICE``, as
#: (state column, states): the row security of migration 0003
#: (``leave_requests_edit_own_pending``: one's own request, while pending). Outside them
#: a role that updates the table only as self-service changes nothing in the row; a
#: decided request is changed by the workflow functions alone (cancelling it).
SELF_SERVICE_UPDATE_STATES: Mapping[str, tuple[str, tuple[str, ...]]] = MappingProxyType(
    {"leave_requests": ("status", ("pending",))}
)
#: Whose row it is, for the tables of ``SELF_SERVICE_UPDATE_STATES``: the column the same
#: policy compares with ``dicel_current_employee_id()``. A row of someone else's (a
#: supervisor reading a report's request) is not to be changed at all by such a role.
SELF_SERVICE_OWNER: Mapping[str, str] = MappingProxyType({"leave_requests": "employee_id"})


def self_service_update_states(role: Role | str, table: str) -> tuple[str, tuple[str, ...]] | None:
    """(state column, states) where ``role`` may change a row of ``table`` only as
    self-service, so only in those states; None where its department may change the
    table's rows whatever their state (HR's leave requests), or there is no such rule."""
    states = SELF_SERVICE_UPDATE_STATES.get(table)
    if states is None or _DEPARTMENTS[Role(role)].get(table, NO_RIGHTS).update:
        return None
    return states


# --------------------------------------------------------------------------- queries


def rights(role: Role | str, table: str) -> TableRights:
    """The rights of ``role`` on ``table`` (no rights for a table it is not given)."""
    return PERMISSIONS[Role(role)].get(table, NO_RIGHTS)


def readable_columns(role: Role | str, table: str, all_columns: Iterable[str]) -> list[str]:
    """The columns of ``table`` that ``role`` may read, in the order of ``all_columns``."""
    r = rights(role, table)
    if not r.select:
        return []
    return [c for c in all_columns if r.read_columns is None or c in r.read_columns]


def updatable_columns(role: Role | str, table: str, all_columns: Iterable[str]) -> list[str]:
    """The columns of ``table`` that ``role`` may update, in the order of ``all_columns``."""
    r = rights(role, table)
    if not r.update:
        return []
    editable = editable_columns(table, all_columns)
    if r.update_columns is None:
        return editable
    return [c for c in editable if c in r.update_columns]


def insertable_columns(role: Role | str, table: str, all_columns: Iterable[str]) -> list[str]:
    """The columns ``role`` may give values for in an INSERT (none if it may not insert)."""
    if not rights(role, table).insert:
        return []
    return new_row_columns(table, all_columns)


def tables_visible_to(role: Role | str) -> set[str]:
    """The tables ``role`` may read at least a column of (menus and tabs follow it)."""
    return {table for table, r in PERMISSIONS[Role(role)].items() if r.select}
