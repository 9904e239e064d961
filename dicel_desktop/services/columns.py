"""What the data grid knows about each table's columns: label, kind, currency, states.

Derived from the SQLAlchemy models (column types, foreign keys, the ``one_of`` CHECKs)
plus a few overrides, so every one of the 45 tables gets a usable grid without a
hand-written column list. Pure Python: the GUI formats and aligns cells from these
descriptions, ``services.listing`` builds its SQL from them.

Kinds:

* ``text`` - VARCHAR/TEXT/INET; quick search looks here.
* ``money`` - NUMERIC amounts; shown with its currency (a column of the same row, of a
  referenced row, or RWF), right-aligned.
* ``number`` - NUMERIC that is not money (hours, quantities, metric values).
* ``int`` - INTEGER; ``grouped`` says whether thousands separators make sense (not for
  years or 1-5 ratings).
* ``date`` / ``datetime`` - DATE / TIMESTAMPTZ.
* ``state`` - a VARCHAR whose CHECK lists an enum of ``domain.states`` (or the role).
* ``fk`` - a reference, shown as the referenced record's name (never its UUID).
* ``bool`` - Yes / No.

JSONB, arrays and bare UUIDs are not listable: a grid cell cannot show them usefully;
record forms do. Except ``DERIVED_TEXT``: an audit entry's ``record_id`` is listed as the
text its SQL makes of it (the record's name and the fields changed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.sql.expression import ColumnElement, FromClause

from dicel_desktop.db.models import Base
from dicel_desktop.domain import states
from dicel_desktop.domain.amounts import WHOLE_AMOUNTS
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.code_words import CODED_TEXT
from dicel_desktop.services.invoice_balance import BALANCE_READS, amount_paid, balance_due
from dicel_desktop.services.list_layouts import list_entries
from dicel_desktop.services.movement_sign import (
    CHANGE_READS,
    VALUE_READS,
    stock_change,
    value_change,
)
from dicel_desktop.services.order_awaited import (
    LINE_READS,
    line_awaited,
    line_expected,
    line_order_status,
    value_awaited,
)
from dicel_desktop.services.order_awaited import VALUE_READS as ORDER_VALUE_READS

#: The company's currency: amounts of tables without a currency column are in it
#: (ARCHITECTURE 3: "The default currency is RWF").
DEFAULT_CURRENCY = "RWF"


class Kind(StrEnum):
    TEXT = "text"
    MONEY = "money"
    NUMBER = "number"
    INT = "int"
    DATE = "date"
    DATETIME = "datetime"
    STATE = "state"
    FK = "fk"
    BOOL = "bool"


#: Kinds shown right-aligned (digits line up).
RIGHT_ALIGNED = frozenset({Kind.MONEY, Kind.NUMBER, Kind.INT})


@dataclass(frozen=True)
class CurrencySource:
    """Where the currency of a money column comes from.

    ``column`` on the same row; or, with ``via``, the column ``column`` of the row that
    the foreign key ``via`` points to (invoice items take their invoice's currency).
    Neither: ``DEFAULT_CURRENCY``.
    """

    column: str | None = None
    via: str | None = None


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    label: str
    kind: Kind
    nullable: bool
    #: Shown when the user has not chosen columns yet.
    default_visible: bool = True
    #: For ``int``: thousands separators (not for years, ratings, percentages).
    grouped: bool = True
    #: For ``money``.
    currency: CurrencySource | None = None
    #: For ``state``: the enum whose ``label`` a person reads.
    choices: type[StrEnum] | None = None
    #: For ``fk``: the referenced table.
    references: str | None = None
    #: Starting width in average characters, where the kind's default is too narrow
    #: (``services.list_layouts``).
    width_chars: int | None = None
    #: For ``text``: values are codes ("credit", "data_protection"), shown as words
    #: (:func:`code_words`).
    coded: bool = False
    #: The table the column belongs to.
    table: str = ""
    #: Worked out in the list's SQL from the row (``list_statement.DERIVED``), not the
    #: column as stored: not quick-searched (no index covers it) nor keyed from the
    #: column's statistics.
    derived: bool = False
    #: A change up or down: written with its sign either way (+7, -20).
    signed: bool = False

    @property
    def right_aligned(self) -> bool:
        return self.kind in RIGHT_ALIGNED

    @property
    def searchable(self) -> bool:
        """Whether the quick search looks in this column (text and reference names)."""
        return self.kind in (Kind.TEXT, Kind.FK) and not self.derived


@dataclass(frozen=True)
class TableSpec:
    name: str
    label: str
    #: Listable columns in the models' order (``id`` is never one: it is the row's key).
    columns: tuple[ColumnSpec, ...]
    #: The order a list opens in: (column, descending).
    default_sort: tuple[str, bool]

    def column(self, name: str) -> ColumnSpec:
        for spec in self.columns:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.name}.{name} is not a listable column")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def default_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.default_visible)


# --------------------------------------------------------------------------- overrides

#: NUMERIC columns that are not amounts of money.
_NOT_MONEY = {
    ("invoice_items", "quantity"),
    ("attendance_records", "total_hours"),
    ("system_monitoring", "metric_value"),
    ("system_monitoring", "threshold_warning"),
    ("system_monitoring", "threshold_critical"),
}

#: Money a person types that is paid in whole units of a currency without a minor unit
#: (RWF): the database refuses a fraction of one typed anew (DW330, migration 0039).
#: Since migration 0089, every money column a person types in francs (WHOLE_AMOUNTS).
_WHOLE_UNIT_AMOUNTS = frozenset(WHOLE_AMOUNTS)

#: Money columns whose currency is not a ``currency`` column of their own row.
_CURRENCY_OVERRIDES = {
    ("employees", "salary"): CurrencySource(column="salary_currency"),
    ("invoice_items", "unit_price"): CurrencySource(column="currency", via="invoice_id"),
    ("invoice_items", "total_price"): CurrencySource(column="currency", via="invoice_id"),
    # Payslips are in RWF: the payroll run refuses a salary in another currency
    # (migration 0014), and a person reading their own payslip may not read employees'
    # salary_currency.
}

#: Never listed, whatever the grants say: a verifier is no business of a grid.
_NEVER_LISTED = {("users", "password_hash")}

#: Integers where "2,026" would be wrong.
_UNGROUPED_INT = re.compile(r"year|rating|probability|likelihood|impact|score|grade")

#: Long free text: listable, but hidden until the user picks it in the column chooser.
_HIDDEN_BY_DEFAULT = {"created_at", "updated_at"}

#: Labels the column name does not spell well.
_LABELS = {
    "po_number": "PO number",
    "employee_id": "Employee",
    "user_id": "User",
    "is_active": "Active",
    "is_public": "Public",
    "ip_address": "IP address",
    "url": "URL",
    # As the login window, My profile and an emergency contact write it.
    "email": "E-mail",
    # British, as the product writes it ("Guard licences expiring"); the column keeps
    # the schema's American spelling.
    "license": "licence",
}
_TABLE_LABELS = {
    "it_assets": "IT assets",
    "it_support_tickets": "IT support tickets",
}
_COLUMN_LABELS = {
    ("users", "employee_id"): "Employee number",
    # The person an HR record or a guard's record is about: a list reads them by name.
    ("employees", "user_id"): "Name",
    ("security_guards", "user_id"): "Guard",
    ("transactions", "account_id"): "Account",
    # A file of DICEL's, not an address any more (migration 0008): its name is shown.
    ("expenses", "receipt_url"): "Receipt",
    ("candidates", "resume_url"): "CV",
    ("training_enrollments", "certificate_url"): "Certificate",
    ("recovery_documents", "file_url"): "File",
    ("performance_reviews", "areas_improvement"): "Areas for improvement",
    # Published, not booked: "Posted date" is a transaction's (French: comptabilisation).
    ("job_postings", "posted_date"): "Published on",
    # The audit trail: who changed which list, when.
    ("audit_logs", "user_id"): "Who",
    ("audit_logs", "table_name"): "List",
    ("audit_logs", "created_at"): "When",
    ("documents", "owner_table"): "Attached to",
    # Credit or debit: in a list of transactions, "Type" says it (a narrower column).
    ("transactions", "transaction_type"): "Type",
    # Pay periods and what decided them (migration 0014).
    ("payroll_periods", "created_by"): "Run by",
    ("payroll_periods", "account_id"): "Paid from",
    ("payroll_periods", "transaction_id"): "Payment",
    # A reversal of an invoice's payment names the payment (migration 0066).
    ("transactions", "reverses_transaction_id"): "Reverses",
    ("payroll_records", "deductions_detail"): "Deductions in detail",
    # When the policy is next to be reviewed (a performance review's is when it was held).
    ("compliance_policies", "review_date"): "Review due",
    ("expenses", "approved_by"): "Decided by",
    ("expenses", "approved_date"): "Decided on",
    # Whoever rejected a leave request or an order is in the same columns: "Approved by"
    # named them beside the state Rejected.
    ("leave_requests", "approved_by"): "Decided by",
    ("leave_requests", "approved_date"): "Decided on",
    ("purchase_orders", "approved_by"): "Decided by",
    ("purchase_orders", "approved_date"): "Decided on",
    ("expenses", "decision_note"): "Reason given",
    ("expenses", "paid_date"): "Paid on",
    ("patrol_logs", "route_id"): "Route",
    ("security_assignments", "guard_id"): "Guard",
    ("patrol_logs", "guard_id"): "Guard",
    ("recovery_documents", "case_id"): "Case",
    ("inventory_transactions", "item_id"): "Item",
    ("holidays", "holiday_date"): "Date",
    # When the problem was reported (the record's own "Created at" is when it was typed).
    ("it_support_tickets", "created_date"): "Reported on",
    ("client_support_tickets", "created_date"): "Reported on",
    # A chance out of 100 (the weighted pipeline reads it so): "50" alone said nothing.
    ("opportunities", "probability"): "Probability (%)",
}

#: Where a list opens when the table is not well served by the generic rule
#: (document number, newest first): the date people file these under, or the name a
#: register is read by. Always a column the list shows, so its arrow says the order.
_DEFAULT_SORT = {
    "transactions": ("transaction_date", True),
    "audit_logs": ("created_at", True),
    "attendance_records": ("date", True),
    "system_monitoring": ("recorded_at", True),
    "inventory_transactions": ("created_at", True),
    "payroll_records": ("pay_period_start", True),
    "leave_requests": ("start_date", True),
    "holidays": ("holiday_date", True),
    "users": ("last_name", False),
    "budgets": ("fiscal_year", True),
    "customer_feedback": ("feedback_date", True),
    "performance_reviews": ("review_date", True),
    "patrol_logs": ("start_time", True),
    "security_assignments": ("shift_start", True),
    "training_enrollments": ("enrollment_date", True),
    "recovery_documents": ("upload_date", True),
    "payroll_periods": ("period_start", True),
    # Cases newest first by when they were reported or happened (their numbers follow
    # the order they were typed in, not always the order they came).
    "it_support_tickets": ("created_date", True),
    "client_support_tickets": ("created_date", True),
    "security_incidents": ("incident_date", True),
    "risk_incidents": ("incident_date", True),
    # Registers are read by name (their codes are in the chooser or at the end).
    "clients": ("company_name", False),
    "employees": ("user_id", False),
    "inventory_items": ("item_name", False),
    # A risk register reads the gravest first.
    "risk_assessments": ("risk_score", True),
    # An order's lines as they were added; its levels in the order they decide
    # (descending: "manager" before "finance").
    "purchase_order_lines": ("created_at", False),
    "purchase_order_approvals": ("level", True),
}

#: Enums a CHECK's value list can name; matched by their set of values.
_CHOICE_CLASSES: list[type[StrEnum]] = [
    obj
    for obj in vars(states).values()
    if isinstance(obj, type) and issubclass(obj, states.Choice) and obj is not states.Choice
] + [Role]

_IN_LIST = re.compile(r"^\s*(\w+)\s+IN\s*\((.*)\)\s*$", re.DOTALL)


def _humanize(name: str) -> str:
    if name in _LABELS:
        return _LABELS[name]
    words = name.removesuffix("_id").split("_")
    words = [_LABELS.get(w, w) for w in words]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


@cache
def _choices_by_values() -> dict[frozenset[str], tuple[type[StrEnum], ...]]:
    """The enums by their set of values (made once: every list's first opening asked)."""
    found: dict[frozenset[str], tuple[type[StrEnum], ...]] = {}
    for choice in _CHOICE_CLASSES:
        values = frozenset(m.value for m in choice)
        found[values] = (*found.get(values, ()), choice)
    return found


def state_enums(table: sa.Table) -> dict[str, type[StrEnum]]:
    """Column -> enum for every ``col IN ('a', 'b')`` CHECK whose values match an enum."""
    found: dict[str, type[StrEnum]] = {}
    for constraint in table.constraints:
        if not isinstance(constraint, sa.CheckConstraint):
            continue
        match = _IN_LIST.match(str(constraint.sqltext))
        if not match:
            continue
        values = frozenset(re.findall(r"'([^']*)'", match.group(2)))
        candidates = list(_choices_by_values().get(values, ()))
        if candidates:
            # Some enums share their values (AuditStatus and TrainingProgramStatus; Priority
            # and Severity): prefer the one named after the table or the column.
            hint = (table.name + " " + match.group(1)).replace("_", "")
            candidates.sort(key=lambda c: -_name_overlap(c.__name__, hint))
            found[match.group(1)] = candidates[0]
    return found


def _name_overlap(class_name: str, hint: str) -> int:
    words = re.findall(r"[A-Z][a-z]+", class_name)
    return sum(len(w) for w in words if w.lower() in hint.lower())


#: Columns listed as the text ``list_statement.DERIVED`` makes of them.
DERIVED_TEXT = frozenset({("audit_logs", "record_id")})

#: Text columns whose value is written as another column of the row says, by table:
#: (the value, the column naming its type). A setting's value is stored in one spelling
#: per type ("5000000", "true", "2026-01-01", migration 0010), and a list shows it as
#: the record's form does: grouped in the reader's locale, Yes/No, a date in their
#: format (eye29, eye33 #10). The row carries the type as it carries a money column's
#: currency (``Listing.type_slots``), whether or not the type's column is shown.
TYPED_BY: dict[str, tuple[str, str]] = {
    "system_settings": ("setting_value", "setting_type"),
}


@dataclass(frozen=True)
class Computed:
    """A column a list shows that its table does not store: worked out in the list's SQL
    from the row (:attr:`sql`, which ``list_statement.DERIVED`` takes from here), by
    default an amount in the row's currency. Placed and shown by default as the list's
    layout says (``services.list_layouts``). One entry here adds the column: its label,
    its rights, its SQL (review 30, F7)."""

    name: str
    label: str
    #: Every (table, column) its SQL reads: a role that reads them all may list it
    #: (``services.visibility.columns_for``); the server is asked the same at the query.
    reads: tuple[tuple[str, str], ...]
    #: Its SQL over the list's FROM (the table, or a sample of it).
    sql: Callable[[FromClause], ColumnElement[Any]]
    kind: Kind = Kind.MONEY
    #: For money: where its currency comes from.
    currency: CurrencySource = CurrencySource(column="currency")
    #: Written with its sign either way (``ColumnSpec.signed``).
    signed: bool = False
    #: For a state: its choices.
    choices: type[StrEnum] | None = None


#: Computed columns by table: an invoice's amount paid and balance due, which a list of
#: invoices adds up to the Finance dashboard's "Still owed" (eye29b).
COMPUTED: dict[str, tuple[Computed, ...]] = {
    "invoices": (
        Computed("amount_paid", "Amount paid", BALANCE_READS, amount_paid),
        Computed("balance_due", "Balance due", BALANCE_READS, balance_due),
    ),
    # A movement's change in stock and in value, signed (``services.movement_sign``):
    # the stored quantity's sign follows the movement's type, its cost has none (eye30r).
    "inventory_transactions": (
        Computed(
            "stock_change", "Change in stock", CHANGE_READS, stock_change, Kind.INT, signed=True
        ),
        Computed(
            "value_change",
            "Change in value",
            VALUE_READS,
            value_change,
            Kind.MONEY,
            CurrencySource(),  # the company's: a movement has no currency of its own
            signed=True,
        ),
    ),
    # What open orders still await (``services.order_awaited``): the list behind the
    # inventory dashboard's "Value still to arrive on open orders" adds up to it, and an
    # item's "On order" tab lists its lines still coming, with their order's state and
    # expected delivery (eye30r).
    "purchase_orders": (
        Computed(
            "value_awaited",
            "Value still to arrive",
            (*ORDER_VALUE_READS, ("purchase_orders", "status")),
            value_awaited,
            Kind.MONEY,
            CurrencySource(),  # an order is in the company's currency
        ),
    ),
    "purchase_order_lines": (
        Computed("awaited", "Still awaited", LINE_READS, line_awaited, Kind.INT),
        Computed(
            "order_status",
            "Order state",
            LINE_READS,
            line_order_status,
            Kind.STATE,
            choices=states.PurchaseOrderStatus,
        ),
        Computed("order_expected", "Expected delivery", LINE_READS, line_expected, Kind.DATE),
    ),
}


def _kind(table: sa.Table, column: sa.Column, enums: dict[str, type[StrEnum]]) -> Kind | None:
    if (table.name, column.name) in DERIVED_TEXT:
        return Kind.TEXT
    if column.foreign_keys:
        return Kind.FK
    if column.name in enums:
        return Kind.STATE
    t = column.type
    if isinstance(t, (postgresql.JSONB, sa.JSON, sa.ARRAY, sa.Uuid)):
        return None
    if isinstance(t, sa.Boolean):
        return Kind.BOOL
    if isinstance(t, sa.Integer):
        return Kind.INT
    if isinstance(t, sa.Numeric):
        return Kind.MONEY if is_money(table.name, column.name) else Kind.NUMBER
    if isinstance(t, sa.DateTime):
        return Kind.DATETIME
    if isinstance(t, sa.Date):
        return Kind.DATE
    if isinstance(t, (sa.String, postgresql.INET)):
        return Kind.TEXT
    return None


def currency_source(table: sa.Table, column: sa.Column) -> CurrencySource:
    override = _CURRENCY_OVERRIDES.get((table.name, column.name))
    if override is not None:
        return override
    if "currency" in table.c:
        return CurrencySource(column="currency")
    return CurrencySource()


def column_label(table: str, column: str) -> str:
    """What a person calls ``table.column`` ("Account", "PO number", "Due date")."""
    return _COLUMN_LABELS.get((table, column), _humanize(column))


def is_money(table: str, column: str) -> bool:
    """Whether the NUMERIC column ``table.column`` is an amount of money."""
    return (table, column) not in _NOT_MONEY


def is_whole_units(table: str, column: str) -> bool:
    """Whether ``table.column`` takes whole units in a currency without a minor unit
    (an expense's amount, a salary: 1,000 RWF, never 1,000.50)."""
    return (table, column) in _WHOLE_UNIT_AMOUNTS


def is_ungrouped_int(column: str) -> bool:
    """Integers where "2,026" would be wrong (years, ratings, percentages, scores)."""
    return bool(_UNGROUPED_INT.search(column))


def _is_document_number(column: sa.Column) -> bool:
    default = column.server_default
    return default is not None and "dicel_doc_number" in str(getattr(default, "arg", ""))


def _default_visible(column: sa.Column, money_currencies: set[str]) -> bool:
    if column.name in _HIDDEN_BY_DEFAULT or column.name.endswith(("_url", "_image")):
        return False  # bookkeeping, and internal document references
    if column.name in money_currencies:
        return False  # already shown inside the money cells
    # Long free text (notes, terms, findings) crowds a list; "description" is often the
    # only thing that says what a row is about, so it stays.
    return not (isinstance(column.type, sa.Text) and column.name != "description")


def _default_sort(table: sa.Table, columns: tuple[ColumnSpec, ...]) -> tuple[str, bool]:
    if table.name in _DEFAULT_SORT:
        return _DEFAULT_SORT[table.name]
    names = {c.name for c in columns}
    for column in table.columns:
        if column.name in names and _is_document_number(column):
            return column.name, True  # numbers grow with time: newest first
    for column in table.columns:
        if column.name in names and isinstance(column.type, sa.String) and not column.nullable:
            return column.name, False  # the first required name-like column
    return ("created_at", True) if "created_at" in names else (columns[0].name, False)


def build_table_spec(table: sa.Table) -> TableSpec:
    enums = state_enums(table)
    money_currencies: set[str] = set()
    kinds: list[tuple[sa.Column, Kind]] = []
    for column in table.columns:
        if column.name == "id" or (table.name, column.name) in _NEVER_LISTED:
            continue
        kind = _kind(table, column, enums)
        if kind is None:
            continue
        kinds.append((column, kind))
        if kind is Kind.MONEY:
            source = currency_source(table, column)
            if source.column and not source.via:
                money_currencies.add(source.column)
    layout = list_entries(table.name)
    widths = dict(layout) if layout is not None else {}
    specs = []
    for column, kind in kinds:
        references = None
        if kind is Kind.FK:
            references = next(iter(column.foreign_keys)).column.table.name
        specs.append(
            ColumnSpec(
                name=column.name,
                label=column_label(table.name, column.name),
                kind=kind,
                nullable=bool(column.nullable),
                default_visible=(
                    column.name in widths
                    if layout is not None
                    else _default_visible(column, money_currencies)
                ),
                grouped=not (kind is Kind.INT and is_ungrouped_int(column.name)),
                currency=currency_source(table, column) if kind is Kind.MONEY else None,
                choices=enums.get(column.name) if kind is Kind.STATE else None,
                references=references,
                width_chars=widths.get(column.name),
                coded=kind is Kind.TEXT and (table.name, column.name) in CODED_TEXT,
                table=table.name,
                derived=(table.name, column.name) in DERIVED_TEXT,
            )
        )
    specs.extend(
        ColumnSpec(
            name=computed.name,
            label=computed.label,
            kind=computed.kind,
            nullable=False,
            default_visible=computed.name in widths,
            currency=computed.currency if computed.kind is Kind.MONEY else None,
            width_chars=widths.get(computed.name),
            table=table.name,
            derived=True,
            signed=computed.signed,
            choices=computed.choices,
        )
        for computed in COMPUTED.get(table.name, ())
    )
    if layout is not None:
        # The list's columns in the order a clerk reads them, then the rest as modelled.
        order = {name: i for i, (name, _width) in enumerate(layout)}
        specs.sort(key=lambda c: order.get(c.name, len(order)))
    columns = tuple(specs)
    label = _TABLE_LABELS.get(table.name, _humanize(table.name))
    return TableSpec(table.name, label, columns, _default_sort(table, columns))


@cache
def table_spec(name: str) -> TableSpec:
    """The grid's description of ``name`` (any of the 45 tables)."""
    try:
        table = Base.metadata.tables[name]
    except KeyError:
        raise KeyError(f"no table {name!r}") from None
    return build_table_spec(table)


def all_table_names() -> list[str]:
    return sorted(Base.metadata.tables)
