"""A record's history, as its reader may see it: who changed what, and when. No Qt.

Only admin reads ``audit_logs``; everyone reads the history of a record they can see
through ``dicel_record_history`` (migration 0007), which leaves out every column the
reader may not read and returns nothing for a record hidden from them. This module turns
its rows into :class:`HistoryEntry` snapshots for the record form's history panel.

Values come back as the columns' Python types (``Decimal`` for amounts, never ``float``;
dates, timestamps and UUIDs as such). Secrets (bank details, tax information, password
verifiers) are never logged in clear: they read "[redacted]".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.db.models import Base
from dicel_desktop.domain.errors import NotAllowed
from dicel_desktop.domain.permissions import SECRET_COLUMNS

__all__ = [
    "REDACTED",
    "Change",
    "HistoryEntry",
    "NamedHistory",
    "entry_names",
    "last_change",
    "named_history",
    "record_history",
]

#: What the audit log holds instead of a secret's value.
REDACTED = "[redacted]"

#: Bookkeeping every entry carries that tells a reader nothing about the change: the
#: row's id and stamps (the entry has its own time).
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at"})

_HISTORY = sa.text(
    "SELECT changed_at, action, actor_name, old_values::text, new_values::text"
    " FROM public.dicel_record_history(:table, :record)"
)


@dataclass(frozen=True)
class Change:
    """One column of one entry: its value before and after (None: empty, or the row did
    not exist before an INSERT / after a DELETE)."""

    column: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: dt.datetime
    #: "INSERT", "UPDATE" or "DELETE".
    action: str
    #: Who made the change; None for the system (a migration, a data load).
    actor_name: str | None
    #: What changed, in the table's column order.
    changes: tuple[Change, ...]


def record_history(session: Session, table: str, record_id: uuid.UUID) -> list[HistoryEntry]:
    """The history of one record, oldest first, as the session's user may see it.

    Empty when the record is hidden from them (or never existed, or is gone: a deleted
    record's history is admin's, in the audit log).
    """
    rows = session.execute(_HISTORY, {"table": table, "record": record_id}).all()
    model = Base.metadata.tables.get(table)
    order = {name: i for i, name in enumerate(model.columns.keys())} if model is not None else {}
    entries = []
    for changed_at, action, actor_name, old_text, new_text in rows:
        old, new = _values(old_text), _values(new_text)
        columns = sorted(
            (set(old) | set(new)) - _BOOKKEEPING, key=lambda c: (order.get(c, len(order)), c)
        )
        changes = tuple(
            Change(c, _typed(model, c, old.get(c)), _typed(model, c, new.get(c)))
            for c in columns
            if old.get(c) != new.get(c)
        )
        entries.append(HistoryEntry(changed_at, action, actor_name, changes))
    return entries


def _values(text: str | None) -> dict[str, Any]:
    # Numbers as Decimal straight from the JSON text: a float would round amounts.
    return json.loads(text, parse_float=Decimal) if text else {}


def _typed(model: sa.Table | None, column: str, value: Any) -> Any:
    """A JSON value as the column's Python type."""
    if value is None:
        return None
    if column in SECRET_COLUMNS:
        return REDACTED
    if model is None or column not in model.c:
        return value
    kind = model.c[column].type
    if isinstance(kind, sa.Numeric) and not isinstance(kind, sa.Float):
        return Decimal(value) if isinstance(value, int) else value
    if isinstance(kind, sa.DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, sa.Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, sa.Uuid):
        return uuid.UUID(value)
    return value


@dataclass(frozen=True)
class NamedHistory:
    """A record's history with the names of the records its references pointed to."""

    entries: list[HistoryEntry]
    #: (column, id) -> the referenced record's name as the reader may see it (None:
    #: gone, or hidden from them).
    names: dict[tuple[str, uuid.UUID], str | None]


def named_history(session: Session, table: str, record_id: uuid.UUID) -> NamedHistory:
    """:func:`record_history`, and in one more query the names of every record its
    references held (a changed supervisor reads "EMP-000042 — Jean Mugabo", not an id)."""
    from dicel_desktop.services.lookup import reference_names

    entries = record_history(session, table, record_id)
    model = Base.metadata.tables[table]
    wanted: dict[tuple[str, uuid.UUID], tuple[str, uuid.UUID]] = {}
    for entry in entries:
        for change in entry.changes:
            keys = model.c[change.column].foreign_keys if change.column in model.c else ()
            target = next(iter(keys)).column.table.name if keys else None
            for value in (change.old, change.new):
                if target and isinstance(value, uuid.UUID):
                    wanted[(change.column, value)] = (target, value)
    names: dict[tuple[str, uuid.UUID], str | None] = {}
    # Names of records the reader may not see stay out: the panel says so in words.
    if wanted:
        with contextlib.suppress(NotAllowed):
            names = reference_names(session, wanted)
    return NamedHistory(entries, names)


def _references_of(table: str, values: Any) -> dict[tuple[str, str], tuple[str, uuid.UUID]]:
    """(column, id as stored) -> (table pointed to, id) for each reference ``values``
    (an audit entry's old or new values, as JSON) holds."""
    model = Base.metadata.tables.get(table)
    if model is None or not isinstance(values, dict):
        return {}
    found: dict[tuple[str, str], tuple[str, uuid.UUID]] = {}
    for column, value in values.items():
        keys = model.c[column].foreign_keys if column in model.c else ()
        if not keys or not isinstance(value, str):
            continue
        try:
            ident = uuid.UUID(value)
        except ValueError:  # not an id after all: shown as stored
            continue
        found[(column, value)] = (next(iter(keys)).column.table.name, ident)
    return found


def entry_names(
    session: Session, table: str | None, *values: Any
) -> dict[tuple[str, str], str | None]:
    """The names of the records an audit entry of ``table`` points to in its old and new
    ``values``, in one query under the reader's rights: (column, id as stored) -> the
    name the reference pickers give it (``lookup.reference_names``), None for a record
    deleted since or hidden from the reader (row security; or a table whose names they
    may not read)."""
    from dicel_desktop.services.lookup import reference_names

    wanted: dict[tuple[str, str], tuple[str, uuid.UUID]] = {}
    for part in values:
        wanted.update(_references_of(table or "", part))
    if not wanted:
        return {}
    try:
        return reference_names(session, wanted)
    except NotAllowed:
        return dict.fromkeys(wanted)


_LAST = sa.text(
    "SELECT actor_name, changed_at FROM public.dicel_record_history(:table, :record)"
    " ORDER BY changed_at DESC LIMIT 1"
)


def last_change(
    session: Session, table: str, record_id: uuid.UUID
) -> tuple[str | None, dt.datetime] | None:
    """Who last changed the record and when (as the reader may see its history); None
    when its history is hidden from them or empty."""
    row = session.execute(_LAST, {"table": table, "record": record_id}).first()
    return None if row is None else (row[0], row[1])
