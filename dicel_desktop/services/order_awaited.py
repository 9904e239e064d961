"""What open purchase orders still await, as SQL over an order's, a line's or an item's
row. No Qt here.

An order is open from its draft until it is received, closed short, cancelled or
rejected (``OPEN_ORDER``, as the inventory dashboard counts "Purchase orders open"). What
a line still awaits is its quantity less what was received, while its order is open;
nothing once the order is received, closed short (Close order…: the rest is no longer
expected, migration 0114), cancelled or rejected. One expression each for:

* the inventory dashboard's "Value still to arrive on open orders" and the purchase
  orders list's "Value still to arrive" column it opens on (eye30r: the tile summed the
  open orders' whole totals, 16.6 M RWF of goods already on the shelf among them);
* an order line's "Still awaited", the order's state and expected delivery, so an item's
  "On order" tab lists the lines still coming (``services.form_layouts.DETAILS``);
* an item's ``on_order``: the open orders still awaiting it, read in the statement that
  reads the item (its record window, Move stock…), so "below its minimum" can say what
  is already on the way.

Each reads under the caller's grants; the columns they read are named (``*_READS``), so a
role is offered them only where it reads them all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.sql.expression import ColumnElement, FromClause

from dicel_desktop.db.models import Base

__all__ = [
    "LINE_READS",
    "ON_ORDER_READS",
    "OPEN_ORDER",
    "VALUE_READS",
    "OnOrder",
    "line_awaited",
    "line_expected",
    "line_order_status",
    "on_order",
    "on_order_facts",
    "value_awaited",
]

#: The states of an order still to be received in whole or in part.
OPEN_ORDER = ("draft", "pending", "approved", "ordered", "partially_received")

_LINE_COLUMNS = ("order_id", "quantity", "quantity_received", "unit_price")
#: What an order's value still to arrive reads.
VALUE_READS: tuple[tuple[str, str], ...] = tuple(("purchase_order_lines", c) for c in _LINE_COLUMNS)
#: What a line's worked-out columns read: its own quantities and its order's state and
#: expected delivery.
LINE_READS: tuple[tuple[str, str], ...] = (
    *VALUE_READS,
    ("purchase_orders", "status"),
    ("purchase_orders", "expected_delivery"),
)
#: What an item's open orders read.
ON_ORDER_READS: tuple[tuple[str, str], ...] = (
    *LINE_READS,
    ("purchase_order_lines", "item_id"),
    ("purchase_orders", "po_number"),
)


def _lines() -> sa.Table:
    return Base.metadata.tables["purchase_order_lines"]


def _orders() -> sa.Table:
    return Base.metadata.tables["purchase_orders"]


def _open(status: ColumnElement[Any]) -> ColumnElement[bool]:
    """Plain comparisons: a statement compiled once (``services.compiled``) takes no
    expanding IN."""
    return sa.or_(*(status == state for state in OPEN_ORDER))


def value_awaited(order: FromClause) -> ColumnElement[Decimal]:
    """What the order row ``order`` still awaits, valued at its lines' prices; 0 for an
    order no longer open."""
    line = _lines().alias("awaited_line")
    return sa.case(
        (
            _open(order.c.status),
            sa.select(
                sa.func.coalesce(
                    sa.func.sum((line.c.quantity - line.c.quantity_received) * line.c.unit_price),
                    0,
                )
            )
            .where(line.c.order_id == order.c.id)
            .correlate(order)
            .scalar_subquery(),
        ),
        else_=sa.literal(0, sa.Numeric(12, 2)),
    )


def _order_of(line: FromClause, column: str) -> ColumnElement[Any]:
    order = _orders().alias("line_order")
    return (
        sa.select(order.c[column])
        .where(order.c.id == line.c.order_id)
        .correlate(line)
        .scalar_subquery()
    )


def line_order_status(line: FromClause) -> ColumnElement[str]:
    """The state of the order of the line row ``line``."""
    return _order_of(line, "status")


def line_expected(line: FromClause) -> ColumnElement[dt.date]:
    """When the order of the line row ``line`` is expected."""
    return _order_of(line, "expected_delivery")


def line_awaited(line: FromClause) -> ColumnElement[int]:
    """What the line row ``line`` still awaits: its quantity less what was received while
    its order is open, else 0."""
    return sa.case(
        (_open(line_order_status(line)), line.c.quantity - line.c.quantity_received),
        else_=sa.literal(0, sa.Integer),
    )


def on_order(item: FromClause) -> ColumnElement[Any]:
    """The open orders awaiting the item row ``item``, as JSON: ``[[po_number, awaited,
    expected_delivery, status], ...]``, the soonest expected first (NULL when none)."""
    line = _lines().alias("on_order_line")
    order = _orders().alias("on_order_order")
    awaited = line.c.quantity - line.c.quantity_received
    row = sa.func.json_build_array(
        order.c.po_number, awaited, order.c.expected_delivery, order.c.status
    )
    return (
        sa.select(
            sa.func.json_agg(
                aggregate_order_by(
                    row, order.c.expected_delivery.asc().nulls_last(), order.c.po_number
                )
            )
        )
        .select_from(line.join(order, order.c.id == line.c.order_id))
        .where(line.c.item_id == item.c.id, _open(order.c.status), awaited > 0)
        .correlate(item)
        .scalar_subquery()
    )


@dataclass(frozen=True)
class OnOrder:
    """An open order awaiting an item."""

    number: str
    awaited: int
    expected: dt.date | None
    status: str


def on_order_facts(found: Any) -> tuple[OnOrder, ...]:
    """:func:`on_order`'s JSON as read, one entry per order (two lines of one order for
    the same item are added up)."""
    by_number: dict[str, OnOrder] = {}
    for number, awaited, expected, status in found or ():
        day = dt.date.fromisoformat(expected) if expected else None
        before = by_number.get(number)
        if before is not None:
            awaited += before.awaited
        by_number[number] = OnOrder(number, int(awaited), day, status)
    return tuple(by_number.values())
