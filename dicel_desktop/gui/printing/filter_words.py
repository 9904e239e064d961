"""A list's search and filters as a line a reader of the printed page understands:
"Search: “kigali” · Status: Approved or Pending · Amount: from 1,000 to 5,000"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from dicel_desktop.gui.cell_format import ValueFormatter
from dicel_desktop.gui.translations import tr_choice, tr_code
from dicel_desktop.services.columns import ColumnSpec, Kind, TableSpec
from dicel_desktop.services.listing import Between, Contains, Filter, OneOf


def filter_text(
    spec: TableSpec, search: str, filters: Sequence[Filter], values: ValueFormatter
) -> str:
    """The search and the filters a person chose, in words ("" when there are none).
    Filters a module imposes (an invoice's items) are the list's title, not a choice:
    pass only the chosen ones."""
    parts: list[str] = []
    if search.strip():
        parts.append(
            QCoreApplication.translate("Printing", "Search: “%1”").replace("%1", search.strip())
        )
    for f in filters:
        column = spec.column(f.column)
        words = _condition(column, f, values)
        if words:
            parts.append(f"{column.label}: {words}")
    return " · ".join(parts)


def _condition(column: ColumnSpec, f: Filter, values: ValueFormatter) -> str:
    if isinstance(f, Contains):
        return QCoreApplication.translate("Printing", "contains “%1”").replace("%1", f.text)
    if isinstance(f, OneOf):
        shown = [_value(column, v, values) for v in f.values]
        return QCoreApplication.translate("Printing", " or ").join(shown)
    if isinstance(f, Between):
        words = _range(column, f, values)
        if words and f.or_empty:
            return QCoreApplication.translate("Printing", "%1, or empty").replace("%1", words)
        return words
    return ""


def _range(column: ColumnSpec, f: Between, values: ValueFormatter) -> str:
    """A range in words: "from %1 to %2", "from %1", "up to %1"."""
    low, high = _value(column, f.low, values), _value(column, f.high, values)
    if f.low is not None and f.high is not None:
        return (
            QCoreApplication.translate("Printing", "from %1 to %2")
            .replace("%1", low)
            .replace("%2", high)
        )
    if f.low is not None:
        return QCoreApplication.translate("Printing", "from %1").replace("%1", low)
    if f.high is not None:
        return QCoreApplication.translate("Printing", "up to %1").replace("%1", high)
    return ""


def _value(column: ColumnSpec, value: Any, values: ValueFormatter) -> str:
    if value is None:
        return QCoreApplication.translate("Printing", "(empty)")
    if column.choices is not None:
        labels = {c.value: tr_choice(column.table, c.label) for c in column.choices}
        return str(labels.get(value, value))
    if column.coded and isinstance(value, str):  # an audit action ticked: "Logged in"
        return tr_code(column.table, column.name, value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Printing", "Yes")
            if value
            else QCoreApplication.translate("Printing", "No")
        )
    if isinstance(value, dt.datetime):
        return values.datetime(value)
    if isinstance(value, dt.date):
        return values.date(value)
    if isinstance(value, Decimal | int | float) and column.kind is not Kind.TEXT:
        return values.number(value, None)
    return values.text(value)
