"""A field's value as a person reads it, outside an editor: the conflict dialog's columns,
the history panel's old and new values, the confirmation that names a record."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.step_line_words import shown_text
from dicel_desktop.gui.translations import tr_choice
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.forms import FieldKind, FieldSpec

#: What an empty value reads as.
EMPTY = "—"


class FieldDisplay:
    """Formats values of form fields in one locale (make it on the GUI thread)."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self._format = ValueFormatter(LocaleFormats.from_qlocale(locale))

    def text(
        self,
        field: FieldSpec,
        value: Any,
        *,
        name: str | None = None,
        currency: str | None = None,
    ) -> str:
        """``value`` of ``field``; ``name``: a reference's record name; ``currency``: a
        money field's currency code."""
        if value is None or value == "" or value == []:
            return EMPTY
        f = self._format
        kind = field.kind
        if kind is FieldKind.REFERENCE:
            return name or QCoreApplication.translate("FieldDisplay", "(a record you cannot see)")
        if kind is FieldKind.MONEY:
            return f.money(Decimal(value), currency or DEFAULT_CURRENCY)
        if kind is FieldKind.DECIMAL:
            return f.number(Decimal(value), None)
        if kind is FieldKind.INT:
            return f.number(int(value), 0, grouped=field.grouped)
        if kind is FieldKind.BOOL:
            return (
                QCoreApplication.translate("FieldDisplay", "Yes")
                if value
                else QCoreApplication.translate("FieldDisplay", "No")
            )
        if kind is FieldKind.CHOICE and field.choices is not None:
            labels = {c.value: tr_choice(field.table, c.label) for c in field.choices}
            return labels.get(value, str(value))
        if isinstance(value, dt.datetime):
            return f.datetime(value)
        if isinstance(value, dt.date):
            return f.date(value)
        if kind is FieldKind.TAGS and isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        if kind is FieldKind.JSON:
            return json.dumps(value, ensure_ascii=False, default=str)
        shown = shown_text(field.table, field.name, str(value))
        # Its step lines in the person's words, as the form's box shows them.
        return str(value) if shown is None else shown.shown
