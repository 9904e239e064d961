"""What a form's field says when pointed at (its label's and its editor's tooltip), where
its label alone would read wrong on some records. In the form's translation context
(``RecordForm``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["field_tip"]

#: (table, column) -> the tip, in English.
_TIPS = {
    # One column, two meanings: what the seller expects while the deal is open, the day
    # its Mark won… or Mark lost… step wrote once it closed (migration 0161).
    ("opportunities", "expected_close_date"): QT_TRANSLATE_NOOP(
        "RecordForm",
        "Expected while the deal is open; the day it was won or lost once it is closed.",
    ),
}


def field_tip(table: str, column: str) -> str:
    """The tip of ``table.column``'s field in the reader's language ("" for none)."""
    tip = _TIPS.get((table, column))
    return QCoreApplication.translate("RecordForm", tip) if tip else ""
