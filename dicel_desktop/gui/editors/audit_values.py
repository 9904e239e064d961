"""An audit entry's old and new values: their JSON, with each moment and day written as
the list writes them ("06/12/2026 19:32"), not as stored ("2026-12-06T19:32:10.27+00:00":
eye35b #6). An audit entry is never written back, so what is shown need not parse."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.editors.json_editor import JsonEditor, pretty_json
from dicel_desktop.services.forms import FieldSpec

__all__ = ["AuditValuesEditor", "moments_written"]

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


class AuditValuesEditor(JsonEditor):
    """The JSON editor of ``audit_logs.old_values`` / ``new_values``, read-only."""

    def __init__(
        self, field: FieldSpec, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(field, parent, locale=locale, raw_offered=False)
        self._formatter = ValueFormatter(LocaleFormats.from_qlocale(locale))

    def set_value(self, value: Any) -> None:
        super().set_value(value)  # value() still gives what was stored
        self._set_raw_text(pretty_json(moments_written(value, self._formatter)))
