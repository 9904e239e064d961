"""Columns a list shows other than as stored: worked out in the list's SQL from the row
(:data:`COMPUTED`: an invoice's balance due, a movement's change in stock, what an order
still awaits), listed as the text its SQL makes (:data:`DERIVED_TEXT`), or written as
another column of the row says (:data:`TYPED_BY`). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.sql.expression import ColumnElement, FromClause

from dicel_desktop.domain import states
from dicel_desktop.services.column_types import CurrencySource, Kind
from dicel_desktop.services.invoice_balance import BALANCE_READS, amount_paid, balance_due
from dicel_desktop.services.leave_left import DAYS_LEFT_READS, days_left
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

__all__ = ["CLOSED_BY", "COMPUTED", "DERIVED_TEXT", "TYPED_BY", "Computed"]

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

#: Referenced tables whose closed records a list marks where it names them, by the
#: column saying a record is open (card40, as closed40's picker says "{name} (closed)"):
#: a transaction's account. The row carries whether the referenced record is closed
#: after its other slots (``Listing.closed_slots``); NULL reads as open, as the
#: database's rules read it (0147). Every role that reads a reference to an account
#: reads the account's ``is_active`` (tests/unit/test_closed_marks.py checks it).
CLOSED_BY: dict[str, str] = {
    "financial_accounts": "is_active",
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
    # Frozen (column_types): one default shared by every entry is safe.
    currency: CurrencySource = CurrencySource(column="currency")  # noqa: RUF009
    #: Written with its sign either way (``ColumnSpec.signed``).
    signed: bool = False
    #: For a state: its choices.
    choices: type[StrEnum] | None = None
    #: False: the list is neither sorted nor filtered by it (``ColumnSpec.sortable``):
    #: the server works it out for a page's rows only, and a sort or a filter would have
    #: it worked out for every row of the table (a leave request's days left).
    sortable: bool = True


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
    # What the requester has left of that type in that year (``services.leave_left``):
    # HR reads it beside the request, as the decision dialog's balance line says it.
    "leave_requests": (
        Computed("days_left", "Days left", DAYS_LEFT_READS, days_left, Kind.NUMBER, sortable=False),
    ),
    "purchase_order_lines": (
        Computed("awaited", "Still awaited", LINE_READS, line_awaited, Kind.INT),
        Computed(
            "order_status",
            "Order status",
            LINE_READS,
            line_order_status,
            Kind.STATE,
            choices=states.PurchaseOrderStatus,
        ),
        Computed("order_expected", "Expected delivery", LINE_READS, line_expected, Kind.DATE),
    ),
}
