"""A dashboard's chart view: reached by Tab, its title broken onto the lines its width
allows."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QWidget

__all__ = ["ChartView"]

#: A chart's title: the room left either side of it, and pyqtgraph's one-line row.
TITLE_MARGIN = 12
TITLE_ROW = 30


class ChartView(pg.PlotWidget):
    """A dashboard chart: reached by Tab, read out from its description (its bars or
    points in words), which ``describe`` keeps to what is drawn.

    Its title is broken between words where the chart is narrower than it: pyqtgraph
    kept it on one line, the plot as wide as it, and a narrow chart's right side was
    cut off ("Montant en jeu par état du dossier (millions de R", in a 1024-pixel
    window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        #: The whole title, its colour and size; and the lines it is shown on.
        self._title: tuple[str, QColor, str] | None = None
        self.title_lines: list[str] = []
        # Over the whole chart, its axes' columns too (pyqtgraph puts it over the plot
        # alone): its lines are as wide as the chart, whatever its axis takes.
        item = self.getPlotItem()
        item.layout.removeItem(item.titleLabel)
        item.layout.addItem(item.titleLabel, 0, 0, 1, 3)

    def show_title(self, title: str, color: QColor, size: str) -> None:
        self._title = (title, color, size)
        self._fit_title()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The title's lines first: pyqtgraph sizes the chart to the view here, no
        # narrower than the title asks.
        self._fit_title()
        super().resizeEvent(event)

    def _fit_title(self) -> None:
        shown = self.__dict__.get("_title")  # None too while pyqtgraph makes the view
        if shown is None:
            return
        title, color, size = shown
        font = QFont(self.font())
        font.setPointSizeF(float(size.removesuffix("pt")))
        metrics = QFontMetrics(font)
        room = max(self.width() - 2 * TITLE_MARGIN, 1)
        lines: list[str] = []
        for word in title.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        if lines == self.title_lines:
            return  # the same lines: nothing to lay out
        self.title_lines = lines
        item = self.getPlotItem()
        item.setTitle("<br>".join(html.escape(line) for line in lines), color=color, size=size)
        # pyqtgraph's title row is one line high.
        height = TITLE_ROW + (len(lines) - 1) * metrics.lineSpacing()
        item.layout.setRowFixedHeight(0, height)
        item.titleLabel.setMaximumHeight(height)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setToolTip(self.accessibleDescription())
