"""A dashboard's figures and titles in the person's words: the text of a tile, the title
of a tile or chart. Apart from the charts (``dashboard_chart``, pyqtgraph's), so that a
dashboard's page, and a main window, import no plotting before a chart is made."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from dicel_desktop.gui.numbers import format_decimal, format_money
from dicel_desktop.services.dashboards import TITLE_PARAMS, Format

__all__ = ["dashboard_title", "format_value"]


def format_value(value: Decimal | int | None, fmt: Format, locale: QLocale) -> str:
    if value is None:
        return "\u2013"  # an en dash: no rows to measure (a rate over no records)
    if fmt == "money":
        return format_money(Decimal(value), "RWF", locale)
    if fmt == "percent":
        return format_decimal(Decimal(value).quantize(Decimal("0.1")), locale, places=1) + " %"
    if fmt == "rating":
        return format_decimal(Decimal(value).quantize(Decimal("0.01")), locale, places=2) + " / 5"
    return format_decimal(value, locale)


def dashboard_title(title: str) -> str:
    """A figure's or chart's title (services.dashboards), in the person's language."""
    return QCoreApplication.translate("dashboards", title).format_map(TITLE_PARAMS)
