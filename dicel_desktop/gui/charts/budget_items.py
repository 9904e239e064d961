"""The pyqtgraph items the budget chart (``gui/charts/budget_chart.py``) draws with:
its amount axis in millions, the group names under its bars, and the legend's sample of
the warning sign above a group holding lines over budget.

They hold no figures: the chart gives them what they show.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from dicel_desktop.gui.charts.common import OVER_COLOUR
from dicel_desktop.gui.locale_writing import writing_locale

__all__ = ["LabelAxis", "MoneyAxis", "SignSample"]


class MoneyAxis(pg.AxisItem):
    """Amounts in millions on the axis (the hover and the summary give them exactly)."""

    def tickStrings(self, values, scale, spacing):
        # The office's marks (Kinyarwanda: 2.5, as numbers elsewhere), not CLDR's.
        locale = writing_locale()
        return [
            locale.toString(v / 1_000_000, "f", 1 if spacing < 1_000_000 else 0) for v in values
        ]


class SignSample(pg.ItemSample):
    """The legend's sample of the mark above a group holding lines over budget: the
    warning sign as the chart writes it, in its colour (pyqtgraph's samples draw a
    line or a bar, and a click on them hides their item: this one has none to hide)."""

    def __init__(self) -> None:
        super().__init__(None)

    def paint(self, p, *args) -> None:
        p.setPen(OVER_COLOUR)
        p.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, "\N{WARNING SIGN}")

    def mouseClickEvent(self, event) -> None:
        event.ignore()


class LabelAxis(pg.AxisItem):
    """Names under the groups, shortened so that neighbours do not overlap."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.names: list[str] = []

    def tickValues(self, minVal, maxVal, size):
        return [(1.0, list(range(len(self.names))))]

    def tickStrings(self, values, scale, spacing):
        room = max(6, int(self.geometry().width() / max(1, len(self.names)) / 7))
        out = []
        for v in values:
            i = round(v)
            name = self.names[i] if 0 <= i < len(self.names) else ""
            out.append(name if len(name) <= room else name[: room - 1] + "…")
        return out
