"""Which columns and tables no role writes by hand: the server fills them, or only the
workflow and provisioning functions change them.

The permission table (:mod:`dicel_desktop.domain.permissions`, which re-exports every
name here) grants UPDATE on a table's *editable* columns (:func:`editable_columns`) and
INSERT on its new-row columns (:func:`new_row_columns`): never ids, nor what the server
sets (:func:`server_set_columns`: timestamps, document numbers, generated columns, who
created or filed the row), nor the columns in ``FUNCTION_ONLY_COLUMNS``; and no role
writes the rows of ``WORKFLOW_TABLES`` nor files those of ``FUNCTION_FILED_TABLES``.

Pure Python: no SQLAlchemy, no Qt. Column names are checked against the models by
tests/unit/test_permissions.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from dicel_desktop.domain.tables import TABLES

__all__ = [
    "DOCUMENT_NUMBER_COLUMNS",
    "FUNCTION_FILED_TABLES",
    "FUNCTION_ONLY_COLUMNS",
    "GENERATED_COLUMNS",
    "IDENTITY_COLUMNS",
    "STAMPED_COLUMNS",
    "WORKFLOW_TABLES",
    "editable_columns",
    "new_row_columns",
    "server_set_columns",
]


#: Server-numbered documents (migration 0001): filled by the server, never changed.
DOCUMENT_NUMBER_COLUMNS: Mapping[str, str] = MappingProxyType(
    {t.name: t.number for t in TABLES.values() if t.number}
)

#: Computed by PostgreSQL (GENERATED ALWAYS): nobody writes them.
GENERATED_COLUMNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {t.name: t.generated for t in TABLES.values() if t.generated}
)

#: Columns no role writes, neither on INSERT nor on UPDATE: the server stamps them.
STAMPED_COLUMNS = frozenset({"created_at", "updated_at"})
#: A row's identity: may be given on INSERT (a client-made UUID), never changed.
IDENTITY_COLUMNS = frozenset({"id"})


def _f(*names: str) -> frozenset[str]:
    return frozenset(names)


#: Columns that only SECURITY DEFINER workflow or provisioning functions and triggers
#: change (ARCHITECTURE 4): in no role's update list, and not insertable either, so a new
#: row starts in its first state. Every ``status``/``stage`` of a process is here, with
#: the approver and dates that go with a decision, stock levels and balances.
#:
#: Two status columns are *not* here because they record a fact, not a step of a
#: process: ``attendance_records.status`` (HR records an absence) and
#: ``system_monitoring.status`` (the reading's level, written with the reading).
FUNCTION_ONLY_COLUMNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        # The login and its group role are changed together by the provisioning functions
        # (migration 0004); position, department, hire date, salary and the employee
        # number are copied from employees by a trigger (employees is authoritative),
        # and since migration 0125 the emergency contact: HR keeps the employee's, the
        # user's copy follows it (it drifted when an administrator wrote it by hand).
        "users": _f(
            "email",
            "password_hash",
            "role",
            "is_active",
            "last_login",
            "salary",
            "hire_date",
            "employee_id",
            "emergency_contact",
        ),
        # user_id links a login to an HR record, which gives that login the record's
        # payslips and reviews: only provisioning sets it.
        "employees": _f("status", "user_id"),
        # Publishing stamps the day it was published (migration 0065).
        "job_postings": _f("status", "posted_date"),
        "candidates": _f("status"),
        "training_programs": _f("status"),
        "training_enrollments": _f("status"),
        # Working days between the dates, counted by the server (migration 0012). The
        # notes are the deciders' words, written by dicel_decide_leave and
        # dicel_cancel_leave only (migration 0093): nobody rewrites them by hand.
        "leave_requests": _f("status", "approved_by", "approved_date", "days_requested", "notes"),
        "performance_reviews": _f("status"),
        # A payslip is made by the payroll run from the salary and the settings, and
        # moved on with its period (migration 0014); HR adjusts only its allowances.
        "payroll_records": _f(
            "status",
            "employee_id",
            "pay_period_start",
            "pay_period_end",
            "basic_salary",
            "deductions",
            "deductions_detail",
            "net_salary",
            "payment_date",
            "payment_method",
        ),
        "payroll_periods": _f(
            "period_start",
            "period_end",
            "status",
            "approved_by",
            "approved_date",
            "paid_date",
            "account_id",
            "transaction_id",
        ),
        "financial_accounts": _f("balance"),
        # A reversal names the payment it reverses (migration 0066): one per payment.
        "transactions": _f("status", "posted_date", "reverses_transaction_id"),
        "budgets": _f("status", "spent_amount"),
        "expenses": _f("status", "approved_by", "approved_date", "decision_note", "paid_date"),
        # Totals follow the lines; payment fields are set when a payment is recorded.
        "invoices": _f(
            "status", "subtotal", "tax_amount", "total_amount", "paid_date", "payment_method"
        ),
        "it_assets": _f("status"),
        # Tickets and cases: what their steps set (domain/case_flows.py).
        "it_support_tickets": _f("status", "assigned_to", "resolution", "resolved_date"),
        "security_guards": _f("status"),
        "security_assignments": _f("status"),
        "security_incidents": _f("status", "resolved_date"),
        "patrol_logs": _f("status"),
        "inventory_items": _f("status", "current_stock"),
        "suppliers": _f("status"),
        # The total follows the order's lines (a trigger of migration 0013).
        "purchase_orders": _f("status", "approved_by", "approved_date", "total_amount"),
        # What arrived is recorded by receiving the order (dicel_receive_purchase_order).
        "purchase_order_lines": _f("quantity_received"),
        "clients": _f("status"),
        "contracts": _f("status"),
        "client_support_tickets": _f("status", "assigned_to", "resolution", "resolved_date"),
        "leads": _f("status"),
        # Sales moves a deal's stage in its form while it is active; only its steps close
        # it, stage and all (migration 0050).
        "opportunities": _f("status"),
        "marketing_campaigns": _f("status"),
        "customer_feedback": _f("status"),
        "customer_surveys": _f("status"),
        "risk_assessments": _f("status"),
        "risk_incidents": _f("status", "resolution"),
        # How much came back is said by Mark recovered… (migration 0106).
        "recovery_cases": _f("status", "assigned_to", "actual_completion_date", "amount_recovered"),
        # When a case's file was uploaded is the server's moment (its default, now()):
        # evidence an officer dated before the case existed (migration 0103).
        "recovery_documents": _f("upload_date"),
        "compliance_policies": _f("status"),
        "compliance_audits": _f("status"),
        # Who uploaded a document's content: a trigger names the session user (0008).
        "documents": _f("uploaded_by"),
    }
)

#: Tables whose rows only workflow functions write, whatever the role (migration 0013):
#: the stock ledger (``dicel_move_stock``) and the levels of an order's approval. Every
#: role that may see them reads them, admin included; none inserts, changes or deletes.
WORKFLOW_TABLES = frozenset({"inventory_transactions", "purchase_order_approvals"})
#: Tables whose rows only workflow functions create: no role inserts them. A pay period
#: and its payslips come from the payroll run (``dicel_run_payroll``), which computes
#: them from salaries and the settings and refuses a period that already ran.
FUNCTION_FILED_TABLES = frozenset({"payroll_records", "payroll_periods"})


def server_set_columns(table: str) -> frozenset[str]:
    """The columns of ``table`` the server fills and no role writes, on INSERT or UPDATE:
    the stamps, generated columns, the document number and who created or filed the row
    (the registry's ``number``, ``generated`` and ``provenance``). A value typed for one
    of them is refused for want of a column privilege (SQLSTATE 42501)."""
    info = TABLES[table]
    return (
        STAMPED_COLUMNS
        | info.generated
        | info.provenance
        | (frozenset({info.number}) if info.number else frozenset())
    )


def editable_columns(table: str, all_columns: Iterable[str]) -> list[str]:
    """The columns of ``table`` that some role may update, in the order given."""
    excluded = (
        IDENTITY_COLUMNS | server_set_columns(table) | FUNCTION_ONLY_COLUMNS.get(table, frozenset())
    )
    return [c for c in all_columns if c not in excluded]


def new_row_columns(table: str, all_columns: Iterable[str]) -> list[str]:
    """The columns of ``table`` an INSERT may give values for, whoever inserts.

    Every column but the server-set and function-only ones: a new row starts in its
    first state (the server default), with no approver, with its number and its creator
    filled by the server.
    """
    excluded = server_set_columns(table) | FUNCTION_ONLY_COLUMNS.get(table, frozenset())
    return [c for c in all_columns if c not in excluded]
