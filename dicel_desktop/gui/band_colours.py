"""The risk score bands' colours, low to critical: the heatmap's cells and legend, and
the risk list's marked rows (eye30s, 10), one set so the two cannot drift. Here rather
than in gui/charts, which a list would import with pyqtgraph."""

from __future__ import annotations

from PySide6.QtGui import QColor

__all__ = ["BAND_COLOURS"]

BAND_COLOURS = {
    "low": QColor("#8fd19e"),
    "medium": QColor("#ffe08a"),
    "high": QColor("#ffa25f"),
    "critical": QColor("#e0474c"),
}
