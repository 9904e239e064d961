"""The registry of tables: one entry per table says everything the program needs to know
about it beyond its columns (which the SQLAlchemy models give).

Adding a table means writing its model and one :class:`TableInfo` here (what an entry
holds is ``domain/table_model.py``, whose names this module offers too); the module
lists, titles, document numbers, generated and append-only columns, what compliance
reads, how a reference to it is named and which columns the server sets are all derived
from this registry (``domain.modules``, ``domain.permissions``, ``services.references``).
tests/unit/test_tables.py checks the registry against the models (every table has an
entry, numbers and generated columns agree with the server defaults and ``Computed``
columns, versioned tables have ``updated_at``).

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from dicel_desktop.domain.states import (
    FeedbackType,
    LeaveType,
    PurchaseApprovalLevel,
)
from dicel_desktop.domain.table_model import (
    Charged,
    Kind,
    Lock,
    Naming,
    TableInfo,
    in_sentence,
)

__all__ = [
    "TABLES",
    "Charged",
    "Kind",
    "Lock",
    "Naming",
    "TableInfo",
    "in_sentence",
    "table_info",
]


def _t(name: str, title: str, module: str | None, **kwargs) -> TableInfo:
    for key in ("generated", "provenance"):
        if key in kwargs:
            kwargs[key] = frozenset(kwargs[key])
    return TableInfo(name, title, module, **kwargs)


_CREATED_BY = ("created_by",)

#: In module order, then each module's lists in the order they appear; then the tables no
#: module lists.
_ENTRIES: tuple[TableInfo, ...] = (
    # --- Human Resources
    _t(
        "employees",
        "Employees",
        "hr",
        number="employee_number",
        naming=Naming(number="employee_number", person="user_id", name_first=True),
    ),
    _t(
        "leave_requests",
        "Leave requests",
        "hr",
        # "Annual leave, Eric Habimana, 3-7 March 2027".
        naming=Naming(
            kind=Kind("leave_type", LeaveType, "{} leave"),
            person="employee_id",
            dates=("start_date", "end_date"),
        ),
        lock=Lock(
            "status",
            ("pending",),
            # The reason is part of what was decided (migration 0094).
            ("employee_id", "leave_type", "start_date", "end_date", "days_requested", "reason"),
        ),
    ),
    # Days that are not working days for leave (migration 0012).
    _t(
        "holidays",
        "Public holidays",
        "hr",
        record="Public holiday",
        naming=Naming(names=("name",), dates=("holiday_date",)),
    ),
    _t(
        "attendance_records",
        "Attendance",
        "hr",
        record="Attendance record",
        naming=Naming(person="employee_id", dates=("date",)),
    ),
    _t(
        "payroll_records",
        "Payroll",
        "hr",
        record="Payslip",
        confidential=True,
        naming=Naming(person="employee_id", dates=("pay_period_start", "pay_period_end")),
        # The rest of a payslip is the payroll run's alone (migration 0014): HR adjusts
        # allowances while the period waits for approval.
        lock=Lock("status", ("pending",), ("allowances",)),
    ),
    # A run of the payroll: its state moves its payslips on (migration 0014).
    _t(
        "payroll_periods",
        "Pay periods",
        "hr",
        record="Pay period",
        confidential=True,
        naming=Naming(dates=("period_start", "period_end")),
        provenance=_CREATED_BY,
        # HR and finance note things on a pending period; once approved, cancelled or
        # paid, its notes hold the approval's and the cancellation's words, written by
        # those functions only (migration 0093).
        lock=Lock("status", ("pending",), ("notes",)),
    ),
    _t(
        "performance_reviews",
        "Performance reviews",
        "hr",
        confidential=True,
        # "Josiane Murekatete, 1 January - 30 June 2026": whose, for which period.
        naming=Naming(person="employee_id", dates=("review_period_start", "review_period_end")),
        lock=Lock(
            "status",
            ("draft",),
            (
                "employee_id",
                "reviewer_id",
                "review_period_start",
                "review_period_end",
                "review_date",
                "overall_rating",
                # What the employee acknowledges is the whole review, not only its mark.
                "goals_achieved",
                "areas_improvement",
                "next_goals",
                "recommendations",
            ),
        ),
    ),
    _t(
        "job_postings",
        "Job postings",
        "hr",
        provenance=_CREATED_BY,
        naming=Naming(names=("title",)),
        # Applications closed on that day (migration 0065); reopening clears it, a step.
        lock=Lock("status", ("draft", "open", "on_hold"), ("closing_date",)),
    ),
    _t(
        "candidates",
        "Candidates",
        "hr",
        naming=Naming(names=("first_name", "last_name"), joined=True),
    ),
    _t(
        "training_programs",
        "Training programs",
        "hr",
        naming=Naming(names=("title",)),
        # Started, its start date is the day it began (its step stamps it): the day its
        # enrolments wait for no longer moves (migration 0095).
        lock=Lock("status", ("scheduled",), ("start_date",)),
    ),
    _t(
        "training_enrollments",
        "Training enrollments",
        "hr",
        # "Fire safety, Eric Habimana": which program, who.
        naming=Naming(refs=("training_program_id",), person="employee_id"),
    ),
    # --- Finance
    _t(
        "transactions",
        "Transactions",
        "finance",
        number="transaction_number",
        provenance=_CREATED_BY,
        # A paid pay period names the debit that booked it (migration 0014).
        naming=Naming(number="transaction_number"),
        # A posted entry is corrected by a reversing entry, never edited.
        lock=Lock(
            "status",
            ("pending",),
            # Its reference too: a payment names the invoice it pays (migration 0040);
            # and its words, a reversal's reason as the books record it (migration 0077).
            (
                "account_id",
                "transaction_type",
                "amount",
                "currency",
                "transaction_date",
                "reference_number",
                "description",
            ),
        ),
    ),
    _t(
        "financial_accounts",
        "Accounts",
        "finance",
        naming=Naming(names=("account_name",)),
    ),
    _t(
        "budgets",
        "Budgets",
        "finance",
        # "Finance, Rent, 2026": a line is one department's category for one fiscal year.
        naming=Naming(refs=("department_id",), names=("budget_category",), year="fiscal_year"),
        generated=("remaining_amount",),
        # Budgets start active and are revised during the year; a closed year's
        # allocation is history.
        lock=Lock(
            "status",
            ("draft", "active", "frozen"),
            ("department_id", "fiscal_year", "budget_category", "allocated_amount"),
        ),
        # Approving an expense adds it to the spent amount of the line of its department,
        # category and year (migration 0014): moving a line that carries spending would
        # move that spending to another department or year.
        charged=Charged("spent_amount", ("department_id", "fiscal_year", "budget_category")),
    ),
    _t(
        "expenses",
        "Expenses",
        "finance",
        number="expense_number",
        provenance=_CREATED_BY,
        lock=Lock(
            "status",
            ("pending",),
            (
                "department_id",
                "expense_category",
                "amount",
                "currency",
                "vendor",
                "expense_date",
                # The receipt it was decided on (migration 0040).
                "receipt_url",
                # What it was decided for: approvals count it (DW005, migration 0060).
                "description",
            ),
        ),
    ),
    _t(
        "invoices",
        "Invoices",
        "finance",
        number="invoice_number",
        provenance=_CREATED_BY,
        naming=Naming(number="invoice_number"),
        lock=Lock(
            "status",
            ("draft",),
            # Totals follow the lines, and no one writes them (migration 0014).
            ("client_id", "invoice_date", "due_date", "currency"),
            lines=(("invoice_items", "invoice_id"),),
        ),
    ),
    _t("invoice_items", "Invoice lines", "finance", generated=("total_price",)),
    # --- IT
    _t(
        "it_support_tickets",
        "IT tickets",
        "it",
        number="ticket_number",
        provenance=("requester_id",),
    ),
    _t("it_assets", "IT assets", "it", number="asset_tag"),
    _t(
        "system_monitoring",
        "System monitoring",
        "it",
        versioned=False,
        record="Monitoring reading",
    ),
    # --- Security
    _t(
        "security_incidents",
        "Incidents",
        "security",
        number="incident_number",
        provenance=("reported_by",),
        # What was done, which resolving it required (migrations 0042, 0065).
        lock=Lock("status", ("open", "investigating"), ("actions_taken",)),
    ),
    # A shift is whose, where and which day: its place alone ("Gasabo District, Kigali")
    # read as if the district itself were the record (eye30s 4).
    _t(
        "security_assignments",
        "Assignments",
        "security",
        # A place is written with its district and city: its commas would run into the
        # guard and the day (eye31 #7).
        naming=Naming(
            names=("location",), person="guard_id", dates=("shift_start",), set_apart=True
        ),
        # Started, a shift is that guard's from that moment: given to another guard, or
        # moved to next year, it read as worked by someone who never started it, or as
        # started before it began (migration 0107). Its end stays open: a guard who left
        # early has it corrected.
        lock=Lock("status", ("scheduled",), ("guard_id", "shift_start")),
    ),
    _t(
        "security_guards",
        "Guards",
        "security",
        number="guard_number",
        naming=Naming(number="guard_number", person="user_id", name_first=True),
    ),
    _t("patrol_routes", "Patrol routes", "security", naming=Naming(names=("route_name",))),
    _t(
        "patrol_logs",
        "Patrol logs",
        "security",
        # "Main gate, Jean Mugabo, 4 December 2026": which route, who walked it, when.
        naming=Naming(refs=("route_id",), person="guard_id", dates=("start_time",)),
        # A patrol is logged as it begins (in progress is its first state): who walks
        # which route stays as written; one started by a guard was given to another and
        # completed for them (migration 0107). Its start is corrected when typed wrong
        # (DW407 asks for it of a start typed ahead).
        lock=Lock("status", (), ("guard_id", "route_id")),
    ),
    # --- Inventory
    _t(
        "inventory_items",
        "Items",
        "inventory",
        number="item_code",
        naming=Naming(names=("item_name",)),
    ),
    _t(
        "inventory_transactions",
        "Stock movements",
        "inventory",
        versioned=False,
        provenance=_CREATED_BY,
        # "Torch, 4 December 2026": which item, which day.
        naming=Naming(refs=("item_id",), dates=("created_at",)),
    ),
    _t(
        "purchase_orders",
        "Purchase orders",
        "inventory",
        number="po_number",
        provenance=_CREATED_BY,
        # Its lines and approvals point to it (migration 0013).
        naming=Naming(number="po_number"),
        lock=Lock(
            "status",
            ("draft",),
            ("supplier_id", "order_date", "expected_delivery", "total_amount"),
            lines=(("purchase_order_lines", "order_id"),),
        ),
    ),
    _t(
        "purchase_order_lines",
        "Order lines",
        "inventory",
        generated=("total_price",),
        record="Order line",
        # Its order, then the stock item it buys or what it says it buys.
        naming=Naming(refs=("order_id", "item_id"), names=("description",)),
    ),
    # Written only by the purchasing functions (migration 0013): one row per level.
    _t(
        "purchase_order_approvals",
        "Order approvals",
        "inventory",
        record="Order approval",
        naming=Naming(kind=Kind("level", PurchaseApprovalLevel, "{} approval"), refs=("order_id",)),
    ),
    _t(
        "suppliers",
        "Suppliers",
        "inventory",
        number="supplier_code",
        naming=Naming(names=("supplier_name",)),
    ),
    # --- Clients
    _t(
        "clients",
        "Clients",
        "clients",
        number="client_code",
        naming=Naming(names=("company_name",)),
    ),
    _t(
        "contracts",
        "Contracts",
        "clients",
        number="contract_number",
        # A running contract is amended; an ended one (expired, terminated, renewed into
        # a new contract) is what was agreed and billed.
        lock=Lock(
            "status",
            ("draft", "active"),
            ("client_id", "contract_type", "start_date", "end_date", "total_value", "currency"),
        ),
    ),
    _t("client_support_tickets", "Support tickets", "clients", number="ticket_number"),
    # --- Sales & Marketing
    _t(
        "leads",
        "Leads",
        "sales",
        number="lead_number",
        naming=Naming(
            number="lead_number", names=("company_name", "contact_person"), name_first=True
        ),
    ),
    _t(
        "opportunities",
        "Opportunities",
        "sales",
        number="opportunity_number",
        # A deal moves through its stages while it is active: on hold its stage waits, won
        # or lost its steps closed it (migration 0050).
        lock=Lock("status", ("active",), ("stage",)),
    ),
    _t("marketing_campaigns", "Campaigns", "sales", provenance=_CREATED_BY),
    # --- Customer Experience
    _t(
        "customer_feedback",
        "Feedback",
        "cx",
        record="Feedback",
        # "Complaint, Akagera Logistics, 4 December 2026": what it is, whose, and when
        # (its step dialogs name it so, not "Feedback").
        naming=Naming(
            kind=Kind("feedback_type", FeedbackType),
            refs=("client_id",),
            dates=("feedback_date",),
        ),
    ),
    _t(
        "customer_surveys",
        "Surveys",
        "cx",
        provenance=_CREATED_BY,
        # Launched: the answers are to these questions, from that day (migration 0065).
        lock=Lock("status", ("draft",), ("questions", "start_date")),
    ),
    # --- Risk
    _t(
        "risk_assessments",
        "Risk assessments",
        "risk",
        number="assessment_number",
        generated=("risk_score",),
        naming=Naming(number="assessment_number", names=("risk_category",)),
    ),
    _t("risk_incidents", "Risk incidents", "risk", number="incident_number"),
    # --- Recovery
    _t(
        "recovery_cases",
        "Recovery cases",
        "recovery",
        number="case_number",
        # Named by its client ("CASE-2026-000059 — Intwari Schools Group"): its type is a
        # stored code ("client_mandate"), which a name cannot put in words.
        naming=Naming(number="case_number", refs=("client_id",)),
        # A recovered, written-off or closed case keeps the amount it was closed on, and
        # the description its step wrote why in (migration 0074), and the start date its
        # settled day was held to (migration 0107).
        lock=Lock(
            "status",
            ("open", "in_progress", "on_hold"),
            ("case_type", "client_id", "amount_involved", "description", "start_date"),
        ),
    ),
    _t(
        "recovery_documents",
        "Case documents",
        "recovery",
        versioned=False,
        provenance=("uploaded_by",),
    ),
    # --- Compliance
    _t(
        "compliance_policies",
        "Policies",
        "compliance",
        number="policy_number",
        provenance=_CREATED_BY,
        # An approved policy changes by a new version going through review, never by
        # rewriting the text people were held to.
        lock=Lock(
            "status",
            ("draft", "under_review"),
            (
                "policy_name",
                "policy_category",
                "policy_content",
                "version",
                "effective_date",
                # Set by the approval (migration 0073): never blanked or moved by hand
                # once the policy is approved.
                "review_date",
                # What it is about is part of what was approved (migration 0079).
                "description",
            ),
        ),
    ),
    _t(
        "compliance_audits",
        "Audits",
        "compliance",
        number="audit_number",
        # Completed with its findings (migrations 0042, 0065): reopening it, a step, lets
        # them be corrected.
        lock=Lock("status", ("scheduled", "in_progress"), ("findings", "recommendations")),
    ),
    # --- Administration
    _t(
        "users",
        "Users",
        "admin",
        naming=Naming(names=("first_name", "last_name"), joined=True),
    ),
    _t("departments", "Departments", "admin", naming=Naming(names=("name",))),
    _t("system_settings", "System settings", "admin", naming=Naming(names=("setting_key",))),
    _t(
        "audit_logs",
        "Audit log",
        "admin",
        versioned=False,
        record="Audit log entry",
        # "Jean Mugabo, 4 December 2026": who changed something, when (its codes are
        # no names).
        naming=Naming(person="user_id", dates=("created_at",)),
    ),
    # --- Attached to the records of every module (migration 0008)
    _t(
        "documents",
        "Documents",
        None,
        generated=("size_bytes", "sha256"),
        provenance=("uploaded_by",),
    ),
)

#: Every table by name, in module order.
TABLES: Mapping[str, TableInfo] = MappingProxyType({t.name: t for t in _ENTRIES})


def new_record_title(name: str) -> str:
    """A new record's window title, "New invoice": a string of its own per table (context
    ``RecordWindow``, listed for lupdate by ``services.schema_words``), so each language
    agrees "new" with its noun ("Nouvelle facture", "Nouvel employé", "Umukozi mushya")."""
    return "New " + in_sentence(table_info(name).record_title)


def table_info(name: str) -> TableInfo:
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"no table {name!r} in the registry") from None
