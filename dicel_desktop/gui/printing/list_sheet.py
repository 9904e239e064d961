"""A list on paper: a table with its column headers repeated on every page, one line per
row (a cell too wide for its column ends in "…"), as many rows per page as fit.

Painted directly, not through a QTextDocument: a list of many thousand rows laid out as
rich text costs far more, and fixed-height rows make the page count known before the
first page is painted ("Page 1 of M")."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from dicel_desktop.gui.printing.page import Furniture, PagePainter, paint_pages

#: Body text size, in points.
BODY_POINTS = 8.0
#: Rows measured to size the columns (a long list's width is its first rows').
_SAMPLE_ROWS = 300
#: No column takes more than this share of the page width.
_WIDEST_SHARE = 0.4


@dataclass(frozen=True)
class ListSheet:
    headers: Sequence[str]
    #: Per column: digits line up on the right.
    right_aligned: Sequence[bool]
    rows: Sequence[Sequence[str]]

    @property
    def landscape(self) -> bool:
        """Wide lists go sideways."""
        return len(self.headers) > 6


class _Layout:
    def __init__(self, sheet: ListSheet, device: QPagedPaintDevice, body: QRectF) -> None:
        self.font = QFont()
        self.font.setPointSizeF(BODY_POINTS)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        metrics = QFontMetricsF(self.font, device)
        bold = QFontMetricsF(self.bold, device)
        self.metrics = metrics
        self.pad = metrics.averageCharWidth()
        self.row_height = metrics.height() * 1.35
        self.rows_per_page = max(1, int(body.height() // self.row_height) - 1)
        natural = []
        for column, header in enumerate(sheet.headers):
            width = bold.horizontalAdvance(header)
            for row in sheet.rows[:_SAMPLE_ROWS]:
                width = max(width, metrics.horizontalAdvance(row[column]))
            natural.append(min(width + 2 * self.pad, body.width() * _WIDEST_SHARE))
        self.widths = fit_widths(natural, body.width())
        self.header_metrics = bold

    def pages(self, rows: int) -> int:
        return max(1, math.ceil(rows / self.rows_per_page))


def fit_widths(natural: Sequence[float], available: float) -> list[float]:
    """Column widths that fit ``available``: narrow columns (amounts, dates, codes) keep
    their whole width, and only the widest share what is left, equally, so a long
    description is cut rather than an amount."""
    if sum(natural) <= available:
        return list(natural)
    widths = list(natural)
    squeezed = set(range(len(natural)))
    room = available
    while squeezed:
        share = room / len(squeezed)
        fitting = {i for i in squeezed if natural[i] <= share}
        if not fitting:
            for i in squeezed:
                widths[i] = share
            break
        for i in fitting:
            widths[i] = natural[i]
            room -= natural[i]
        squeezed -= fitting
    return widths


def print_list(sheet: ListSheet, device: QPagedPaintDevice, furniture: Furniture) -> bool:
    """The list on ``device``'s pages with the furniture; False if it could not paint."""
    probe = PagePainter(QPainter(), device, furniture)
    layout = _Layout(sheet, device, probe.body)

    def paint_body(page: PagePainter, index: int) -> None:
        p, body = page.painter, page.body
        first = index * layout.rows_per_page
        rows = sheet.rows[first : first + layout.rows_per_page]
        y = body.top()
        p.setFont(layout.bold)
        _paint_row(p, layout, sheet.headers, sheet.right_aligned, body.left(), y, header=True)
        y += layout.row_height
        p.setPen(QPen(QColor("#555555"), 0))
        p.drawLine(QPointF(body.left(), y), QPointF(body.left() + sum(layout.widths), y))
        p.setFont(layout.font)
        for n, row in enumerate(rows):
            if n % 2:
                # A light band on every other row guides the eye along a wide line.
                p.fillRect(
                    QRectF(body.left(), y, sum(layout.widths), layout.row_height),
                    QColor("#f0f0f0"),
                )
            p.setPen(QPen(QColor("#000000")))
            _paint_row(p, layout, row, sheet.right_aligned, body.left(), y)
            y += layout.row_height

    return paint_pages(device, furniture, layout.pages(len(sheet.rows)), paint_body)


def _paint_row(
    p: QPainter,
    layout: _Layout,
    cells: Sequence[str],
    right: Sequence[bool],
    x: float,
    y: float,
    *,
    header: bool = False,
) -> None:
    metrics = layout.header_metrics if header else layout.metrics
    for text, width, is_right in zip(cells, layout.widths, right, strict=True):
        inner = width - 2 * layout.pad
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner)
        align = Qt.AlignmentFlag.AlignRight if is_right else Qt.AlignmentFlag.AlignLeft
        p.drawText(
            QRectF(x + layout.pad, y, inner, layout.row_height),
            align | Qt.AlignmentFlag.AlignVCenter,
            shown,
        )
        x += width
