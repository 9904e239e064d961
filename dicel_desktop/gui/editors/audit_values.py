"""An audit entry's old and new values: their JSON, each key named as the audited table's
form names the field ("Last login", « Dernière connexion », not ``last_login``) and its
value written as the form shows it: a moment or a day in the reader's format
("06/12/2026 19:32", not "2026-12-06T19:32:10.27+00:00": eye35b #6), an amount with its
currency, a state by its words, Yes or No. A key no field of the table has (a column
dropped since, a table unknown) stays as stored, its moments written. An audit entry is
never written back, so what is shown need not parse."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.editors.json_editor import JsonEditor, pretty_json
from dicel_desktop.gui.records.values import FieldDisplay
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.forms import FieldKind, FieldSpec, table_fields

__all__ = ["AuditValuesEditor", "moments_written", "values_named"]

#: A moment as PostgreSQL's to_jsonb writes a timestamptz, or a day as it writes a date.
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}(:\d{2})?|Z)?")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def moments_written(value: Any, formatter: ValueFormatter) -> Any:
    """``value`` with each text that is a moment or a day written by ``formatter``."""
    if isinstance(value, dict):
        return {k: moments_written(v, formatter) for k, v in value.items()}
    if isinstance(value, list):
        return [moments_written(v, formatter) for v in value]
    if isinstance(value, str):
        try:
            if _MOMENT.fullmatch(value):
                return formatter.datetime(dt.datetime.fromisoformat(value))
            if _DAY.fullmatch(value):
                return formatter.date(dt.date.fromisoformat(value))
        except ValueError:  # "2026-13-45": not a day after all; as stored
            return value
    return value


#: Kinds whose value the form shows in words of its own; the others (a reference's id,
#: which only the database could name; a JSON part; text) keep the stored value.
_WRITTEN = frozenset(
    {
        FieldKind.MONEY,
        FieldKind.DECIMAL,
        FieldKind.INT,
        FieldKind.BOOL,
        FieldKind.CHOICE,
        FieldKind.DATE,
        FieldKind.DATETIME,
    }
)


def values_named(
    value: Any, table: str | None, display: FieldDisplay, formatter: ValueFormatter
) -> Any:
    """An entry's values of ``table`` with each key the field's label in the reader's
    language and each value as the form shows it (module doc); ``value`` unchanged but
    for its moments where it is no object or the table is unknown."""
    fields = _fields_of(table)
    if not isinstance(value, dict) or not fields:
        return moments_written(value, formatter)
    named: dict[str, Any] = {}
    for key, part in value.items():
        field = fields.get(key)
        label = tr_label(field.label) if field is not None else key
        if label in named:  # two keys one label: the stored key tells them apart
            label = key
        shown = _written(field, part, value, display, formatter) if field is not None else None
        named[label] = shown if shown is not None else moments_written(part, formatter)
    return named


def _fields_of(table: str | None) -> dict[str, FieldSpec]:
    try:
        return table_fields(table) if table else {}
    except KeyError:  # a table this desktop does not know (a later database's)
        return {}


def _written(
    field: FieldSpec,
    part: Any,
    row: dict[str, Any],
    display: FieldDisplay,
    formatter: ValueFormatter,
) -> str | None:
    """``part`` as the form shows ``field``, or None to keep it as stored."""
    if part is None or field.kind not in _WRITTEN:
        return None
    if field.kind is FieldKind.BOOL and not isinstance(part, bool):
        return None  # "false" as text would read as Yes
    try:
        if field.kind is FieldKind.DATETIME:
            return display.text(field, dt.datetime.fromisoformat(part))
        if field.kind is FieldKind.DATE:
            return display.text(field, dt.date.fromisoformat(part))
        if field.kind in (FieldKind.MONEY, FieldKind.DECIMAL):
            # JSON's number reads as a float: its shortest text is what was stored.
            part = Decimal(str(part))
        if field.kind is FieldKind.MONEY:
            source = field.currency
            if source is None or source.column is None:
                currency: Any = DEFAULT_CURRENCY
            elif source.via is None and isinstance(row.get(source.column), str):
                currency = row[source.column]
            else:  # the currency lives in another record: the amount alone
                return formatter.number(part, None)
            return display.text(field, part, currency=currency)
        return display.text(field, part)
    except (TypeError, ValueError, ArithmeticError):  # not of the field's kind: as stored
        return None


class AuditValuesEditor(JsonEditor):
    """The JSON editor of ``audit_logs.old_values`` / ``new_values``, read-only."""

    #: The record form tells it the audited table (``follow``) before its value.
    follows = "table_name"

    def __init__(
        self, field: FieldSpec, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(field, parent, locale=locale, raw_offered=False)
        self._formatter = ValueFormatter(LocaleFormats.from_qlocale(locale))
        self._display = FieldDisplay(locale)
        self._table: str | None = None

    def follow(self, table_name: str | None) -> None:
        self._table = table_name
        self.set_value(self._value)

    def set_value(self, value: Any) -> None:
        super().set_value(value)  # value() still gives what was stored
        shown = values_named(value, self._table, self._display, self._formatter)
        self._set_raw_text(pretty_json(shown))
