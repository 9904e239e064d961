"""Rows a list marks for a person's attention. No Qt.

An item below its minimum stock (time to order), a leave request still pending after its
first day (someone is away, or waiting, without a decision), a risk scored in the high or
critical band that is not closed (services.charts.BAND_LIMITS, as the heatmap colours it).

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


def _high_risk_floor() -> int:
    """The lowest score of the high band (10): the heatmap's bands, read when a list is
    built (services.charts imports the listing, which imports this module)."""
    from dicel_desktop.services.charts import BAND_LIMITS

    limits = dict(BAND_LIMITS)
    return limits["medium"] + 1


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
    # Pending past its first day: the decision is late (the database's date, not the
    # desktop's clock).
    "leave_requests": RowFlag(
        "overdue_leave",
        ("status", "start_date"),
        lambda t: sa.and_(t.c.status == "pending", t.c.start_date < sa.func.current_date()),
    ),
    # High or critical, and still a risk.
    "risk_assessments": RowFlag(
        "high_risk",
        ("risk_score", "status"),
        lambda t: sa.and_(
            t.c.risk_score >= _high_risk_floor(),
            sa.func.coalesce(t.c.status, "open") != "closed",
        ),
    ),
}


def row_flag(table: str, readable: Iterable[str]) -> RowFlag | None:
    """The flag of ``table``'s rows, if the role reads every column it needs."""
    flag = ROW_FLAGS.get(table)
    if flag is None or not set(flag.columns) <= set(readable):
        return None
    return flag
