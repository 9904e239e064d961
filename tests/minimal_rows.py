"""A valid minimal row for any table, built from the models, for constraint tests."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from decimal import Decimal

from sqlalchemy import CheckConstraint, Table
from sqlalchemy import types as sqltypes

from dicel_desktop.db.models import Base

#: How far ahead a moment is put for a step never taken once it has passed (a shift
#: cancelled): within the day a shift begun hours ago may last.
AHEAD = dt.timedelta(hours=12)

#: Values that must differ from the type's default guess for the row to be valid.
_OVERRIDES = {
    ("users", "role"): "employee",
    ("documents", "owner_table"): "leave_requests",
    ("documents", "media_type"): "application/pdf",
}
#: A shift and a patrol of hours ago, as hours after a moment 10 hours before the row is
#: made: each lasts at most a day (DW446, migration 0111), a step stamps a patrol's end
#: now, and a shift's end moved ahead (``AHEAD``) keeps it within the day. Counted when
#: the row is made, not when this module is imported: in a long session the span from a
#: start fixed at import to an end put ahead from now outgrew the day (code review 32).
_HOURS_AFTER_10_AGO = {
    ("security_assignments", "shift_start"): 0,
    ("security_assignments", "shift_end"): 8,
    ("patrol_logs", "start_time"): 9,
}


#: NOT NULL columns a trigger fills (no role may give them): the working days of a leave
#: request (migration 0012) and an order's total, the sum of its lines (migration 0013).
_SERVER_FILLED = {("leave_requests", "days_requested"), ("purchase_orders", "total_amount")}

#: One row per day: each minimal holiday gets a day of its own.
_HOLIDAYS = itertools.count()


#: Nullable columns a CHECK still wants one of: a line names an item or says what it buys;
#: an incident says when it happened.
_WANTED_BY_A_CHECK = {
    "purchase_order_lines": {"description": "Torches"},
    # An incident says when it happened (migration 0100), before its report.
    "security_incidents": {"incident_date": dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC)},
    "risk_incidents": {"incident_date": dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC)},
}
#: Nullable references a CHECK still wants: an attendance row is someone's (migration
#: 0096), an invoice's line an invoice's (0115). A row to point to is made as for a NOT
#: NULL one.
REFERENCES_WANTED_BY_A_CHECK = frozenset(
    {("attendance_records", "employee_id"), ("invoice_items", "invoice_id")}
)


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def choices_of(tbl: Table) -> dict[str, list[str]]:
    """column -> allowed values, from the ``one_of`` CHECKs of the model."""
    found = {}
    for constraint in tbl.constraints:
        if isinstance(constraint, CheckConstraint) and "choices" in constraint.info:
            found[constraint.info["column"]] = [c.value for c in constraint.info["choices"]]
    return found


def minimal_row(name: str) -> dict[str, object]:
    """Values for every NOT NULL column without a server default."""
    tbl = table(name)
    allowed = choices_of(tbl)
    row: dict[str, object] = dict(_WANTED_BY_A_CHECK.get(name, {}))
    ten_hours_ago = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=10)
    for column in tbl.columns:
        if column.nullable or column.server_default is not None or column.computed is not None:
            continue
        key = (name, column.name)
        if key in _SERVER_FILLED:
            continue
        if key == ("holidays", "holiday_date"):
            # Ahead: a holiday already past is not added or removed (migration 0076).
            row[column.name] = dt.date(2101, 1, 1) + dt.timedelta(days=next(_HOLIDAYS))
        elif key in _OVERRIDES:
            row[column.name] = _OVERRIDES[key]
        elif key in _HOURS_AFTER_10_AGO:
            row[column.name] = ten_hours_ago + dt.timedelta(hours=_HOURS_AFTER_10_AGO[key])
        elif column.name in allowed:
            row[column.name] = allowed[column.name][0]
        elif column.name == "email":
            row[column.name] = f"{uuid.uuid4().hex[:10]}@example.rw"
        else:
            row[column.name] = _value_for(column.type)
    return row


def _value_for(type_: sqltypes.TypeEngine) -> object:
    if isinstance(type_, sqltypes.DateTime):
        return dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
    if isinstance(type_, sqltypes.Date):
        return dt.date(2026, 1, 5)
    if isinstance(type_, sqltypes.Numeric):
        return Decimal("10.00")
    if isinstance(type_, sqltypes.Integer):
        return 1
    if isinstance(type_, sqltypes.Boolean):
        return True
    if isinstance(type_, sqltypes.LargeBinary):
        # Unique too: the same content twice on one record is refused as a duplicate.
        return b"%PDF-1.4 " + uuid.uuid4().bytes
    if isinstance(type_, sqltypes.Uuid):
        return uuid.uuid4()
    if isinstance(type_, sqltypes.String | sqltypes.Text):
        # Unique, so UNIQUE columns never collide between rows of one test.
        length = getattr(type_, "length", None) or 20
        return uuid.uuid4().hex[: min(length, 12)]
    raise TypeError(f"no sample value for {type_!r}")
