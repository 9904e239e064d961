"""A stock movement's change in stock and in value, signed, as SQL over its row. No Qt.

The stored quantity follows ``dicel_move_stock``'s arguments (migration 0013): ``in`` and
``out`` are positive, an ``adjustment`` is the signed correction; ``total_cost`` is
never negative (unit cost x the quantity's size). Read down a list, an issue of 20 showed
20 and a count's loss of one showed -1, and the cost was positive either way, so whoever
added up the export counted losses as value (eye30r, 10). The movements list shows the
two worked out here (``services.columns.COMPUTED``): +7, -20, -1, and the value with the
same sign. Not stored: the function's own ``CASE`` is the rule, written once more here.
"""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement, FromClause

__all__ = ["CHANGE_READS", "VALUE_READS", "stock_change", "value_change"]

#: What the change in stock reads.
CHANGE_READS: tuple[tuple[str, str], ...] = (
    ("inventory_transactions", "transaction_type"),
    ("inventory_transactions", "quantity"),
)
#: What the change in value reads.
VALUE_READS: tuple[tuple[str, str], ...] = (
    *CHANGE_READS,
    ("inventory_transactions", "total_cost"),
)


def stock_change(movement: FromClause) -> ColumnElement[int]:
    """How the movement row ``movement`` changed its item's stock: an issue takes its
    quantity away, a receipt adds it, an adjustment is its signed correction (as
    ``dicel_move_stock`` moves it)."""
    return sa.case(
        (movement.c.transaction_type == "out", -movement.c.quantity),
        else_=movement.c.quantity,
    )


def value_change(movement: FromClause) -> ColumnElement[Decimal]:
    """The movement's value with the sign of its change in stock."""
    return sa.case(
        (stock_change(movement) < 0, -movement.c.total_cost),
        else_=movement.c.total_cost,
    )
