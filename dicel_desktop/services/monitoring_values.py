"""A monitoring reading's numbers as its metric's unit says (eye45 #1). No Qt here.

``system_monitoring`` keeps every reading in one ``numeric(10,2)`` column with its unit
beside it as the monitoring agent wrote it ("%", "h", "ms"). A metric with no unit is a
count (cameras offline, VPN tunnels down, connections: eye33 #10): it reads "1" and its
thresholds "3", not "1.00" and "3.00". A measure with a unit keeps its stored decimals
("27.18 %", "80.00 %"). A count stored with a fraction (an agent may write one) still
shows it: nothing is ever hidden. The list works it out in its SQL (``shown_value``, in
``list_statement.DERIVED``), the record form from its unit field (``is_count``).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement, FromClause

__all__ = ["MEASURED", "UNIT", "is_count", "shown_value"]

#: The unit of a reading's numbers.
UNIT = "metric_unit"

#: The numbers of a reading that are in its unit: (table, column).
MEASURED = frozenset(
    ("system_monitoring", name)
    for name in ("metric_value", "threshold_warning", "threshold_critical")
)


def is_count(unit: str | None) -> bool:
    """A metric with no unit (none, or blanks) counts things: its numbers are whole."""
    return not (unit or "").strip()


def shown_value(name: str) -> Any:
    """The list's SQL for ``name`` of a reading over ``base``: without the trailing zeros
    of its scale where the metric is a count (``trim_scale``, PostgreSQL 13+), as stored
    otherwise. Sorted and filtered as stored (``list_statement.DERIVED_KEYS``)."""

    def shown(base: FromClause) -> ColumnElement[Any]:
        stored = base.c[name]
        counted = sa.func.coalesce(sa.func.btrim(base.c[UNIT]), "") == ""
        return sa.case((counted, sa.func.trim_scale(stored, type_=stored.type)), else_=stored)

    return shown
