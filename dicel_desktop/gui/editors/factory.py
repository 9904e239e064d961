"""Which editor edits which field: ``make_editor`` maps a field's kind to its class."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale

from dicel_desktop.gui.editors.base import FieldEditor
from dicel_desktop.gui.editors.choices import BoolEditor, ChoiceEditor, CurrencyEditor
from dicel_desktop.gui.editors.dates import DateEditor, DateTimeEditor
from dicel_desktop.gui.editors.json_editor import JsonEditor
from dicel_desktop.gui.editors.numbers import (
    DecimalEditor,
    IntEditor,
    MoneyEditor,
    ReadingEditor,
    ScaledIntEditor,
)
from dicel_desktop.gui.editors.setting_key import SettingKeyEditor
from dicel_desktop.gui.editors.tags import TagsEditor
from dicel_desktop.gui.editors.text import (
    CodedTextEditor,
    EmailEditor,
    MultilineEditor,
    PhoneEditor,
    TextEditor,
)
from dicel_desktop.services.charts import SCALED_COLUMNS
from dicel_desktop.services.forms import NOW_WHEN_SAVED, FieldKind, FieldSpec
from dicel_desktop.services.monitoring_values import MEASURED

__all__ = ["initial_value", "make_editor"]

ReferenceEditorFactory = Callable[[FieldSpec], FieldEditor]


def _text_editor(field: FieldSpec) -> FieldEditor:
    if field.coded:
        return CodedTextEditor(field)
    name = field.name.lower()
    if "email" in name or "e_mail" in name:
        return EmailEditor(field)
    if "phone" in name or name.endswith("mobile"):
        return PhoneEditor(field)
    return TextEditor(field)


def make_editor(
    field: FieldSpec,
    *,
    locale: QLocale | None,
    reference_editor: ReferenceEditorFactory,
    raw_json: bool = True,
) -> FieldEditor:
    """The editor of ``field`` in ``locale`` (None: the default locale). A foreign key's
    editor comes from ``reference_editor(field)`` (the form's picker, which needs the
    DB worker). ``raw_json``: a JSON field with a form of its own may also be switched
    to its raw JSON text. Generated and server-set fields come read-only: the form sets their
    value (and may make any editor read-only for a role that may only read)."""
    kind = field.kind
    editor: FieldEditor
    if kind is FieldKind.REFERENCE:
        editor = reference_editor(field)
    elif (field.table, field.name) == ("system_settings", "setting_key"):
        # One of the keys DICEL reads, chosen with its meaning (admin40).
        editor = SettingKeyEditor(field)
    elif kind is FieldKind.TEXT:
        editor = _text_editor(field)
    elif kind is FieldKind.MULTILINE:
        editor = MultilineEditor(field)
    elif kind is FieldKind.INT and (field.table, field.name) in SCALED_COLUMNS:
        editor = ScaledIntEditor(field, locale=locale)
    elif kind is FieldKind.INT:
        editor = IntEditor(field, locale=locale)
    elif kind is FieldKind.DECIMAL and (field.table, field.name) in MEASURED:
        editor = ReadingEditor(field, locale=locale)  # whole where it counts (eye45 #1)
    elif kind is FieldKind.DECIMAL:
        editor = DecimalEditor(field, locale=locale)
    elif kind is FieldKind.MONEY:
        editor = MoneyEditor(field, locale=locale, whole_units=field.whole_units)
    elif kind is FieldKind.DATE:
        editor = DateEditor(field, locale=locale)
    elif kind is FieldKind.DATETIME:
        editor = DateTimeEditor(field, locale=locale)
    elif kind is FieldKind.BOOL:
        editor = BoolEditor(field)
    elif kind is FieldKind.CHOICE:
        editor = ChoiceEditor(field)
    elif kind is FieldKind.CURRENCY:
        editor = CurrencyEditor(field)
    elif kind is FieldKind.TAGS:
        editor = TagsEditor(field)
    elif kind is FieldKind.JSON:
        editor = JsonEditor(field, locale=locale, raw_offered=raw_json)
    else:  # pragma: no cover - FieldKind is closed; a new kind must be added here
        raise ValueError(f"no editor for {kind!r}")
    # Screen readers name a field by its label; editors made elsewhere (the picker) too.
    if not editor.accessibleName():
        editor.setAccessibleName(field.label)
    proxy = editor.focusProxy()
    if proxy is not None and not proxy.accessibleName():
        proxy.setAccessibleName(field.label)
    if field.computed is not None or field.server_set:
        editor.set_read_only(True)
    return editor


def initial_value(field: FieldSpec) -> Any:
    """What a new record's field starts with: the server default as a value ("today" as
    today's date), None where there is none."""
    default = field.default
    if default == NOW_WHEN_SAVED:
        return None  # stamped by the database as it saves (its placeholder says so)
    if default == "today":
        if field.kind is FieldKind.DATETIME:
            return dt.datetime.now().astimezone().replace(second=0, microsecond=0)
        return dt.date.today()
    return default
