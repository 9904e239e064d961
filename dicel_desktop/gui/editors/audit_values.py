"""An audit entry's old and new values: their JSON, each key named as the audited table's
form names the field ("Last login", « Dernière connexion », not ``last_login``) and its
value written as the form shows it: a moment or a day in the reader's format
("06/12/2026 19:32", not "2026-12-06T19:32:10.27+00:00": eye35b #6), an amount with its
currency, a state by its words, Yes or No. A key no field of the table has (a column
dropped since, a table unknown) stays as stored, its moments written. A reference (an
employee, a department, who approved) reads as the record's name, as the forms' pickers
name it, read for the whole entry in one query on the DB worker under the reader's
rights; a record deleted since, or hidden from the reader, keeps its id, said so: the
id is what finds that record's own entries in the log. An audit entry is never written
back, so what is shown need not parse."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter, fields_in_words
from dicel_desktop.gui.editors.json_editor import JsonEditor, pretty_json
from dicel_desktop.gui.editors.text import TextEditor
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.records.values import FieldDisplay
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import history
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.forms import FieldKind, FieldSpec, table_fields

__all__ = [
    "AuditRecordEditor",
    "AuditValuesEditor",
    "EntryNamer",
    "moments_written",
    "values_named",
]

#: (column, id as stored) -> the record's name, None where it was not found.
Names = dict[tuple[str, str], "str | None"]

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
    value: Any,
    table: str | None,
    display: FieldDisplay,
    formatter: ValueFormatter,
    names: Names | None = None,
) -> Any:
    """An entry's values of ``table`` with each key the field's label in the reader's
    language and each value as the form shows it (module doc); ``value`` unchanged but
    for its moments where it is no object or the table is unknown. ``names``: the
    records its references point to (``history.entry_names``), once read."""
    fields = _fields_of(table)
    if not isinstance(value, dict) or not fields:
        return moments_written(value, formatter)
    named: dict[str, Any] = {}
    for key, part in value.items():
        field = fields.get(key)
        label = tr_label(field.label) if field is not None else key
        if label in named:  # two keys one label: the stored key tells them apart
            label = key
        if names is not None and isinstance(part, str) and (key, part) in names:
            shown: str | None = names[(key, part)] or _unseen(part)
        elif field is not None:
            shown = _written(field, part, value, display, formatter)
        else:
            shown = None
        named[label] = shown if shown is not None else moments_written(part, formatter)
    return named


def _unseen(ident: str) -> str:
    """A reference whose record was not found: deleted since, or hidden from the reader.
    Its id stays, since it finds the record's own entries in the log."""
    return QCoreApplication.translate(
        "AuditValuesEditor", "%1 (deleted, or hidden from you)"
    ).replace("%1", ident)


def _references_in(table: str | None, value: Any) -> bool:
    """Whether ``value`` holds a reference to name (a text in a reference field)."""
    fields = _fields_of(table)
    return isinstance(value, dict) and any(
        isinstance(part, str) and key in fields and fields[key].kind is FieldKind.REFERENCE
        for key, part in value.items()
    )


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


class EntryNamer:
    """Names the references of the audit values set in one turn of the event loop in
    one read on the worker: an entry's old and new values, loaded together, ask once
    (``history.entry_names``). One per editor factory, shared by its editors."""

    def __init__(self, worker: DbWorker) -> None:
        self._worker = worker
        #: The editors waiting, each with the table and value it shows.
        self._asked: dict[AuditValuesEditor, tuple[str | None, Any]] = {}

    def ask(self, editor: AuditValuesEditor, table: str | None, value: Any) -> None:
        if not self._asked:
            QTimer.singleShot(0, self._read)
        self._asked[editor] = (table, value)  # a second ask (its table, then its value) replaces

    def _read(self) -> None:
        asked, self._asked = self._asked, {}
        if self._worker.is_shut_down:
            return
        by_table: dict[str | None, list[AuditValuesEditor]] = {}
        for editor, (table, _value) in asked.items():
            if shiboken6.isValid(editor):
                by_table.setdefault(table, []).append(editor)
        for table, editors in by_table.items():
            values = [asked[editor][1] for editor in editors]

            def named(names: Names, editors: list[AuditValuesEditor] = editors) -> None:
                for editor in editors:
                    if shiboken6.isValid(editor):
                        editor.show_names(asked[editor], names)

            (
                Op(self._worker, history.entry_names, table, *values)
                .for_widget(editors[0])
                .on_success(named)
                .on_failure(lambda error: None)  # the ids stay, as before
                .run()
            )


class AuditValuesEditor(JsonEditor):
    """The JSON editor of ``audit_logs.old_values`` / ``new_values``, read-only."""

    #: The record form tells it the audited table (``follow``) before its value.
    follows = "table_name"

    def __init__(
        self,
        field: FieldSpec,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
        namer: EntryNamer | None = None,
    ) -> None:
        super().__init__(field, parent, locale=locale, raw_offered=False)
        self._formatter = ValueFormatter(LocaleFormats.from_qlocale(locale))
        self._display = FieldDisplay(locale)
        self._table: str | None = None
        #: Names its references (None: they stay ids).
        self._namer = namer

    def follow(self, table_name: str | None) -> None:
        self._table = table_name
        self.set_value(self._value)

    def set_value(self, value: Any) -> None:
        super().set_value(value)  # value() still gives what was stored
        shown = values_named(value, self._table, self._display, self._formatter)
        self._set_raw_text(pretty_json(shown))
        if self._namer is not None and _references_in(self._table, value):
            self._namer.ask(self, self._table, value)

    def show_names(self, shown: tuple[str | None, Any], names: Names) -> None:
        """The names read for (table, value): written in, unless it shows another by now."""
        table, value = shown
        if table != self._table or value is not self._value:
            return
        named = values_named(value, table, self._display, self._formatter, names)
        self._set_raw_text(pretty_json(named))


class AuditRecordEditor(TextEditor):
    """``audit_logs.record_id`` as its list says it ("Fidèle Rwema — EMP-000055: Statut,
    Date de fin de contrat"): the record's name and the changed fields' labels in the
    reader's words (``cell_format.fields_in_words``), where the form showed the SQL's
    English field names above values named in French (eye36b #1). Read-only (an audit
    entry is never written); ``value()`` gives back what was loaded."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._stored: str | None = None
        self.set_read_only(True)

    def set_value(self, value: Any) -> None:
        self._stored = None if value is None else str(value)
        super().set_value(fields_in_words(self._stored) if self._stored else None)

    def value(self) -> str | None:
        return self._stored
