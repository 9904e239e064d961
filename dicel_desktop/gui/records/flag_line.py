"""The line under a record window's title for a record its list marks (an item below its
minimum stock, a policy past its review date, a guard's licence expired, a shift over and
not closed, an asset held by a deactivated login): what is wrong, in the person's words,
with the date (or the holder's name).

Read from ``Record.flagged`` (and ``Record.lapsed``): the list's own rule
(``services.row_flags``), asked by the statement that loaded the record with the
database's date, never the desktop's clock. A record not flagged, or whose flag the
reader may not read, has no line.

An item below its minimum also says what open orders still await of it, read in the
same statement (``Record.facts["on_order"]``; eye30r: "time to order more" with 5 on the
way risked a second order): "Below its minimum stock: 0 of 3; 5 on order
(PO-2026-000138, expected 17/11/2026)". Move stock… says the same (:func:`on_order_text`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.numbers import format_decimal
from dicel_desktop.gui.translations import day_in_words
from dicel_desktop.services.order_awaited import OnOrder, on_order_facts
from dicel_desktop.services.records import Record

__all__ = ["FlagLine", "flag_text", "on_order_text"]

#: (table, lapsed or the record's state) -> the sentence, %1 the record's date (or its
#: figures).
_SENTENCES: dict[tuple[str, bool | None], str] = {
    ("inventory_items", None): QT_TRANSLATE_NOOP(
        "RecordFlags", "Below its minimum stock: %1 of %2"
    ),
    ("leave_requests", None): QT_TRANSLATE_NOOP(
        "RecordFlags", "Still pending, and its first day was %1: it needs a decision"
    ),
    ("risk_assessments", None): QT_TRANSLATE_NOOP(
        "RecordFlags", "High or critical risk (score %1), not closed: it needs attention"
    ),
    ("compliance_policies", None): QT_TRANSLATE_NOOP("RecordFlags", "Review overdue since %1"),
    ("security_guards", True): QT_TRANSLATE_NOOP("RecordFlags", "Licence expired on %1"),
    ("security_guards", False): QT_TRANSLATE_NOOP("RecordFlags", "Licence expires on %1"),
    ("contracts", True): QT_TRANSLATE_NOOP("RecordFlags", "Ended on %1, and still active"),
    ("contracts", False): QT_TRANSLATE_NOOP("RecordFlags", "Ends on %1"),
    ("opportunities", None): QT_TRANSLATE_NOOP(
        "RecordFlags", "Expected to close by %1: still open"
    ),
    ("job_postings", None): QT_TRANSLATE_NOOP(
        "RecordFlags", "Applications were to close on %1: still open"
    ),
    ("recovery_cases", None): QT_TRANSLATE_NOOP(
        "RecordFlags", "Target completion %1: not settled yet"
    ),
    ("purchase_orders", None): QT_TRANSLATE_NOOP("RecordFlags", "Expected by %1: not received yet"),
    # Started, or never started (the guard may not have come): what each can be marked.
    ("security_assignments", "in_progress"): QT_TRANSLATE_NOOP(
        "RecordFlags", "The shift ended on %1: mark it completed"
    ),
    ("security_assignments", "scheduled"): QT_TRANSLATE_NOOP(
        "RecordFlags", "The shift ended on %1 and was never started: mark it completed or missed"
    ),
    # Migration 0120: %1 the holder, by name.
    ("it_assets", None): QT_TRANSLATE_NOOP(
        "RecordFlags", "Held by %1, whose login is deactivated: recover it"
    ),
    # Partly received: the rest is late.
    ("purchase_orders", "partially_received"): QT_TRANSLATE_NOOP(
        "RecordFlags", "Expected by %1: not all received yet"
    ),
}

#: The column whose date (or figure) %1 gives.
_COLUMN = {
    "inventory_items": "current_stock",
    "leave_requests": "start_date",
    "risk_assessments": "risk_score",
    "compliance_policies": "review_date",
    "security_guards": "license_expiry",
    "contracts": "end_date",
    "opportunities": "expected_close_date",
    "recovery_cases": "target_completion_date",
    "job_postings": "closing_date",
    "purchase_orders": "expected_delivery",
    "security_assignments": "shift_end",
    "it_assets": "assigned_to",
}


def _shown(value: Any, locale: QLocale) -> str:
    if isinstance(value, dt.datetime):
        # A moment: its day in words and its time, in the desktop's zone.
        moment = value.astimezone() if value.tzinfo is not None else value
        clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
        return f"{day_in_words(moment.date(), locale)}, {clock}"
    if isinstance(value, dt.date):
        return day_in_words(value, locale)
    return format_decimal(int(value or 0), locale)


def _order_words(order: OnOrder, formats: ValueFormatter) -> str:
    """One open order: its number and when it is expected, or where it stands before it
    is placed (a draft, awaiting approval)."""
    if order.status == "draft":
        words = QCoreApplication.translate("RecordFlags", "%1, a draft")
    elif order.status == "pending":
        words = QCoreApplication.translate("RecordFlags", "%1, awaiting approval")
    elif order.expected is not None:
        words = QCoreApplication.translate("RecordFlags", "%1, expected %2").replace(
            "%2", formats.date(order.expected)
        )
    else:
        words = "%1"
    return words.replace("%1", order.number)


def on_order_text(orders: tuple[OnOrder, ...], locale: QLocale | None = None) -> str:
    """ "5 on order (PO-2026-000138, expected 17/11/2026)", each open order awaiting the
    item named, the soonest first; "" when none is."""
    if not orders:
        return ""
    locale = locale or QLocale()
    formats = ValueFormatter(LocaleFormats.from_qlocale(locale))
    parts = QCoreApplication.translate("RecordFlags", "; ").join(
        _order_words(order, formats) for order in orders
    )
    count = format_decimal(sum(order.awaited for order in orders), locale)
    return (
        QCoreApplication.translate("RecordFlags", "%1 on order (%2)")
        .replace("%1", count)
        .replace("%2", parts)
    )


def flag_text(record: Record | None, locale: QLocale | None = None) -> str:
    """What the window says of a flagged ``record``; "" when it is not flagged."""
    if record is None or not record.flagged:
        return ""
    table = record.table
    key: tuple[str, Any] = (table, record.lapsed)
    # A sentence of the record's state, where there is one (an order partly received).
    source = _SENTENCES.get((table, record.values.get("status"))) or _SENTENCES.get(key)
    column = _COLUMN.get(table)
    if source is None or column is None:
        return ""
    locale = locale or QLocale()
    # A holder is said by name, as the window names the reference.
    said = (
        record.names.get(column) or "—"
        if table == "it_assets"
        else _shown(record.values.get(column), locale)
    )
    text = QCoreApplication.translate("RecordFlags", source).replace("%1", said)
    if table == "inventory_items":
        text = text.replace("%2", _shown(record.values.get("minimum_stock"), locale))
        coming = on_order_text(on_order_facts(record.facts.get("on_order")), locale)
        if coming:
            text = (
                QCoreApplication.translate("RecordFlags", "%1; %2")
                .replace("%2", coming)
                .replace("%1", text)
            )
    return text


class FlagLine(QWidget):
    """A warning symbol and :func:`flag_text`; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symbol = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.symbol.setPixmap(icon.pixmap(size, size))
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.symbol)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_for(self, record: Record | None) -> None:
        said = flag_text(record)
        self.text.setText(said)
        # A screen reader hears what the symbol shows.
        self.setAccessibleName(said)
        self.setVisible(bool(said))
