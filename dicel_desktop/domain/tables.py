"""The registry of tables: one entry per table says everything the program needs to know
about it beyond its columns (which the SQLAlchemy models give).

Adding a table means writing its model and one :class:`TableInfo` here; the module
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
from dataclasses import dataclass
from types import MappingProxyType

from dicel_desktop.domain.states import (
    Choice,
    FeedbackType,
    LeaveType,
    PurchaseApprovalLevel,
    words,
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


@dataclass(frozen=True)
class Kind:
    """A choice column that says what kind of record it is, in the words of its name: a
    leave request's ``leave_type`` 'annual' reads "Annual leave" (``words`` "{} leave")."""

    column: str
    choices: type[Choice]
    #: The phrase the choice's label goes into.
    words: str = "{}"

    def of(self, value: str) -> str:
        """ "annual" -> "Annual leave"; a value not among the choices, in words."""
        try:
            label = self.choices(value).label
        except ValueError:
            label = words(value).capitalize()
        return self.words.format(label)


@dataclass(frozen=True)
class Naming:
    """How a record is named where something points to it ("EMP-000042 — Jean Mugabo"),
    and what its window is titled where it has no document number ("Annual leave, Eric
    Habimana, 3-7 March 2027").

    The parts, each optional: the document ``number``; then, joined by ", ": the ``kind``
    of record in words; the names of the records the references ``refs`` point to (an
    order line's order); the first non-empty of ``names`` (``joined``: all of them, with
    spaces, as first and last name); the name of the person ``person`` points to (a users
    reference, or one to a table that names its own person, as employees do); and
    ``dates``: one day, or the first and last day of a span ("3-7 March 2027", with an
    en dash); last, the ``year`` a record is of, as its number (a budget line's fiscal
    year: "Finance, Rent, 2026"). The number is set apart from the rest by " — ", before
    it, or after it where ``name_first``: a person or a company is looked for by name,
    and the number after it only tells two namesakes apart ("Annick Byiringiro —
    EMP-000033"). Where ``set_apart``, the other parts are set apart so too: a name that
    holds its own comma (a shift's place, "Gasabo District, Kigali") would run into the
    next part ("Gasabo District, Kigali — Sandrine Rukundo — 4 December 2026").
    """

    number: str | None = None
    names: tuple[str, ...] = ()
    joined: bool = False
    person: str | None = None
    kind: Kind | None = None
    refs: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    year: str | None = None
    name_first: bool = False
    set_apart: bool = False

    def __post_init__(self) -> None:
        if len(self.dates) > 2:
            raise ValueError("dates are one day or a span (first, last)")

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of the table itself the name is made of (search looks there)."""
        kind = (self.kind.column,) if self.kind else ()
        return tuple(
            c for c in (self.number, *kind, *self.refs, *self.names, *self.dates, self.year) if c
        )

    @property
    def says_kind(self) -> bool:
        """The name starts by saying what the record is ("Annual leave, …"): a window
        is titled with the name alone."""
        return self.kind is not None


@dataclass(frozen=True)
class Lock:
    """Once ``column`` leaves ``open_states``, ``columns`` (amounts, parties, dates) no
    longer change and lines are no longer added to ``lines``, changed or removed: only
    the workflow functions (owned by dicel_owner) and a superuser still may. Triggers
    enforce it for every role, admin included (migration 0007, SQLSTATE DL001/DL002)."""

    column: str
    open_states: tuple[str, ...]
    columns: tuple[str, ...]
    #: Tables holding this record's lines, as (table, column pointing here).
    lines: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Charged:
    """Once ``amount`` is not 0 (something was charged to the record), ``columns`` (what
    the record is: a budget line's department, category and year) no longer change,
    whatever its state: what was charged would move with them. Unlike :class:`Lock`,
    keyed on an amount, not a state; the other columns (a budget's allocation) may still
    be revised. A trigger enforces it for every DICEL login, admin and the workflow
    functions included (migration 0047, SQLSTATE DW333)."""

    amount: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class TableInfo:
    name: str
    #: What lists and menus call it.
    title: str
    #: Key of the department module that lists it (domain.modules); None for a table no
    #: module lists (documents: shown with the record they are attached to).
    module: str | None
    #: The server-numbered document column ("PO-2026-000123"), if any.
    number: str | None = None
    #: GENERATED ALWAYS columns: computed by PostgreSQL, written by nobody.
    generated: frozenset[str] = frozenset()
    #: Has ``updated_at`` (the optimistic-lock token). Without it, rows are facts that are
    #: added (and, where deletable, removed) but never edited.
    versioned: bool = True
    #: Confidential to its department (pay, performance): compliance does not read it.
    confidential: bool = False
    #: Who created or filed the row (``created_by``, ``requester_id`` ...): set by the
    #: server from the session user (migration 0007), written by no role.
    provenance: frozenset[str] = frozenset()
    #: How a reference to one of its rows is named; None: not referenced by name.
    naming: Naming | None = None
    lock: Lock | None = None
    charged: Charged | None = None
    #: What one row is called, where the title's singular does not say it.
    record: str | None = None

    @property
    def record_title(self) -> str:
        """One row's name: "Invoice", "Leave request", "Policy"."""
        if self.record:
            return self.record
        if self.title.endswith("ies"):
            return self.title[:-3] + "y"
        return self.title[:-1] if self.title.endswith("s") else self.title


def in_sentence(title: str) -> str:
    """A title as it reads inside a sentence: "Invoice" -> "invoice", but an acronym keeps
    its capitals ("IT ticket", "IT assets")."""
    first, _, _rest = title.partition(" ")
    if len(first) > 1 and first.isupper():
        return title
    return title[:1].lower() + title[1:]


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
