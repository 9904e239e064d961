"""How a data grid marks the rows its table flags (``services.row_flags``: an item below
its minimum stock, leave pending past its first day, a high risk): a tint that reads on
light and dark palettes, a warning symbol before the first cell, and a tooltip saying why;
the rows whose date has passed (a licence expired) in red, with their own words. The
words keep the grid's translation context, "DataGrid".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyle

from dicel_desktop.gui.band_colours import BAND_COLOURS
from dicel_desktop.gui.cell_format import LapsedCells
from dicel_desktop.gui.widgets.row_window import RowWindow
from dicel_desktop.services.row_flags import RowFlag

#: How a flagged row looks: a tint that reads on light and dark palettes alike (the
#: text keeps its colour), a warning symbol before its first cell (colour alone is
#: missed, and not seen by everyone), and what its tooltip says.
_FLAG_TINT = QColor(255, 160, 0, 70)


def _band_tint(band: str) -> QColor:
    """A risk band's heatmap colour, see-through enough for the row's text to read."""
    colour = QColor(BAND_COLOURS[band])
    colour.setAlpha(110)
    return colour


#: Risks are marked as the heatmap colours them: high orange, critical red (its
#: ``lapsed`` rows, eye30s 10), both with the warning symbol.
_FLAG_TINTS = {"high_risk": _band_tint("high")}
_LAPSED_TINTS = {"high_risk": _band_tint("critical")}
#: Flags whose graver rows keep the warning symbol (a risk is not a date passed).
_LAPSED_WARNS = frozenset({"high_risk"})
#: A date passed (a licence expired, a contract past its end) is red too, apart from
#: one coming (amber): an expired licence is not "expiring" (eye26).
_LAPSED_TINT = QColor(220, 40, 40, 60)


def _lapsed_tooltip(flag: str) -> str:
    """What a marked row whose date has passed says (``LapsedCells``)."""
    tooltips = {
        "licence_expiring": QCoreApplication.translate(
            "DataGrid", "Licence expired: the guard may not work until it is renewed."
        ),
        "contract_ending": QCoreApplication.translate(
            "DataGrid", "Past its end date, still active: renew it or mark it expired."
        ),
        "high_risk": QCoreApplication.translate(
            "DataGrid", "Critical risk score, not closed: it needs attention now."
        ),
    }
    return tooltips.get(flag, "")


def _flag_tooltip(flag: str) -> str:
    tooltips = {
        "low_stock": QCoreApplication.translate(
            "DataGrid", "Below its minimum stock: time to order more."
        ),
        "overdue_leave": QCoreApplication.translate(
            "DataGrid", "Still pending after its first day: it needs a decision."
        ),
        "high_risk": QCoreApplication.translate(
            "DataGrid", "High risk score, not closed: it needs attention."
        ),
        # What is late, or about to lapse (services/row_flags.py); the record window
        # says it with the date.
        "review_overdue": QCoreApplication.translate(
            "DataGrid", "In force past its review date: the review is overdue."
        ),
        # Still to come; the rows whose date has passed say so (``_lapsed_tooltip``).
        "licence_expiring": QCoreApplication.translate(
            "DataGrid", "Licence expiring within 30 days."
        ),
        "contract_ending": QCoreApplication.translate(
            "DataGrid", "Active and ending within 30 days."
        ),
        "close_overdue": QCoreApplication.translate(
            "DataGrid", "Still open after its expected close date."
        ),
        "applications_past_close": QCoreApplication.translate(
            "DataGrid", "Still open after its closing date: close it, or move the date."
        ),
        "recovery_overdue": QCoreApplication.translate(
            "DataGrid", "Not settled by its target completion date."
        ),
        "delivery_overdue": QCoreApplication.translate(
            "DataGrid", "Past its expected delivery, not all received."
        ),
        "shift_unclosed": QCoreApplication.translate(
            "DataGrid", "The shift is over: mark it completed, or missed if it never started."
        ),
        # Migration 0120: the holder left, the asset did not come back.
        "held_by_deactivated": QCoreApplication.translate(
            "DataGrid", "Held by someone whose login is deactivated: recover it."
        ),
    }
    return tooltips.get(flag, "")


def show_flag_look(rows: RowWindow, flag: RowFlag | None, style: QStyle) -> None:
    """Mark ``rows`` flagged by ``flag`` (None: no flag) with the flag's tint, symbol and
    tooltip, and the rows whose date has passed with their own."""
    if flag is None:
        return
    symbol = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    rows.set_flag_look(_FLAG_TINTS.get(flag.name, _FLAG_TINT), _flag_tooltip(flag.name), symbol)
    if flag.lapsed is not None:
        passed = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        if flag.name in _LAPSED_WARNS:
            passed = symbol
        rows.set_flag_look(
            _LAPSED_TINTS.get(flag.name, _LAPSED_TINT),
            _lapsed_tooltip(flag.name),
            passed,
            LapsedCells,
        )
