"""The words of a list's row count: "No rows", "1 row", "about 1,000,000 rows" (the
planner's estimate until counted exactly), in the grid's translation context "DataGrid".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from dicel_desktop.gui.numbers import format_decimal


def count_text(rows: int, exact: bool, locale: QLocale) -> str:
    if rows == 0:
        return QCoreApplication.translate("DataGrid", "No rows")
    number = format_decimal(rows, locale)
    if rows == 1:
        text = "%1 row" if exact else "about %1 row"
    else:
        text = "%1 rows" if exact else "about %1 rows"
    return QCoreApplication.translate("DataGrid", text).replace("%1", number)


# The four counts above, for lupdate (the GUI translates the one it picked).
_COUNT_TEXTS = (
    QT_TRANSLATE_NOOP("DataGrid", "%1 row"),
    QT_TRANSLATE_NOOP("DataGrid", "about %1 row"),
    QT_TRANSLATE_NOOP("DataGrid", "%1 rows"),
    QT_TRANSLATE_NOOP("DataGrid", "about %1 rows"),
)
