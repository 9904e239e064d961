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

The shapes live in ``column_types``, the words in ``column_labels``, the columns worked
out in SQL in ``computed_columns``; their public names are importable from here as before.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from dicel_desktop.db.models import Base
from dicel_desktop.domain import states
from dicel_desktop.domain.amounts import WHOLE_AMOUNTS
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.code_words import CODED_TEXT
from dicel_desktop.services.column_labels import _TABLE_LABELS, _humanize, column_label
from dicel_desktop.services.column_types import (
    DEFAULT_CURRENCY,
    RIGHT_ALIGNED,
    ColumnSpec,
    CurrencySource,
    Kind,
    TableSpec,
)
from dicel_desktop.services.computed_columns import (
    CLOSED_BY,
    COMPUTED,
    DERIVED_TEXT,
    TYPED_BY,
    Computed,
)
from dicel_desktop.services.list_layouts import list_entries

__all__ = [
    "CLOSED_BY",
    "COMPUTED",
    "DEFAULT_CURRENCY",
    "DERIVED_TEXT",
    "RIGHT_ALIGNED",
    "TYPED_BY",
    "ColumnSpec",
    "Computed",
    "CurrencySource",
    "Kind",
    "TableSpec",
    "all_table_names",
    "build_table_spec",
    "column_label",
    "currency_source",
    "is_money",
    "is_ungrouped_int",
    "is_whole_units",
    "state_enums",
    "table_spec",
]


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
            sortable=computed.sortable,
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
