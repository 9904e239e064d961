"""Rows a list marks for a person's attention: an item below its minimum stock. No Qt.

A flag is one boolean the list's query adds at the end of each row (``ListQuery.flagged``,
``Listing.flag_slot``), so the grid knows which rows to mark without another query and
without a column the person chose to show. It needs the columns it reads to be readable
by the role (the grid asks :func:`row_flag`); the grid decides how a marked row looks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement

__all__ = ["ROW_FLAGS", "RowFlag", "row_flag"]


@dataclass(frozen=True)
class RowFlag:
    #: What the grid knows the flag by (how a marked row looks is the grid's).
    name: str
    #: The columns the condition reads: the role must read them all.
    columns: tuple[str, ...]
    condition: Callable[[sa.Table], ColumnElement[bool]]


ROW_FLAGS: dict[str, RowFlag] = {
    # Time to order more: an item still stocked that has fallen below its minimum.
    "inventory_items": RowFlag(
        "low_stock",
        ("current_stock", "minimum_stock", "status"),
        lambda t: sa.and_(
            sa.func.coalesce(t.c.current_stock, 0) < t.c.minimum_stock,
            sa.func.coalesce(t.c.status, "active") == "active",
        ),
    ),
}


def row_flag(table: str, readable: Iterable[str]) -> RowFlag | None:
    """The flag of ``table``'s rows, if the role reads every column it needs."""
    flag = ROW_FLAGS.get(table)
    if flag is None or not set(flag.columns) <= set(readable):
        return None
    return flag
