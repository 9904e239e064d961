"""A list on paper: a table with its column headers repeated on every page, one line per
row (a cell too wide for its column ends in "…"), as many rows per page as fit.

Painted directly, not through a QTextDocument: a list of many thousand rows laid out as
rich text costs far more, and fixed-height rows make the page count known from the
number of rows before the first page is painted ("Page 1 of M"), so pages are painted
as their rows arrive and none is kept."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from dicel_desktop.gui.printing.page import Furniture, PagePainter

#: Body text size, in points.
BODY_POINTS = 8.0
#: Rows measured to size the columns (a long list's width is its first rows').
_SAMPLE_ROWS = 300
#: No column takes more than this share of the page width.
_WIDEST_SHARE = 0.4


@dataclass(frozen=True)
class ListColumns:
    headers: Sequence[str]
    #: Per column: digits line up on the right.
    right_aligned: Sequence[bool]

    @property
    def landscape(self) -> bool:
        """Wide lists go sideways."""
        return len(self.headers) > 6


class _Layout:
    def __init__(
        self,
        columns: ListColumns,
        sample: Sequence[Sequence[str]],
        device: QPagedPaintDevice,
        body: QRectF,
    ) -> None:
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
        for column, header in enumerate(columns.headers):
            width = bold.horizontalAdvance(header)
            for row in sample[:_SAMPLE_ROWS]:
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


class ListPages:
    """A list's pages painted one at a time as its rows arrive, so only a page's worth
    of rows is ever held: a list of a million rows prints in the memory of one page.

    ``begin(sample)`` opens the device and sizes the columns to the first rows;
    ``add(rows)`` paints every page that is full; ``finish()`` paints the rest (at least
    one page, headers only for an empty list) and closes the device; ``abort()`` closes
    it with whatever was painted (the caller discards the output). ``expected_rows``
    gives "Page N of M"; it is the count taken when printing began, so a list that
    changes meanwhile may end a page early (or run a page past M, which then reads
    "Page N of N").
    """

    def __init__(
        self,
        columns: ListColumns,
        device: QPagedPaintDevice,
        furniture: Furniture,
        *,
        expected_rows: int,
    ) -> None:
        self.columns = columns
        self.device: QPagedPaintDevice | None = device
        self.furniture = furniture
        self.expected_rows = expected_rows
        self.painter = QPainter()
        self.pages_painted = 0
        self.rows_painted = 0
        self._pending: list[Sequence[str]] = []
        self._page: PagePainter | None = None
        self._layout: _Layout | None = None

    @property
    def is_open(self) -> bool:
        return self.painter.isActive()

    @property
    def pages(self) -> int:
        """M of "Page N of M" (from the expected rows)."""
        assert self._layout is not None
        return self._layout.pages(self.expected_rows)

    def begin(self, sample: Sequence[Sequence[str]]) -> bool:
        """Opens the device; False when it cannot be painted on (no printer, a file that
        cannot be written)."""
        assert self.device is not None
        if not self.painter.begin(self.device):
            return False
        self._page = PagePainter(self.painter, self.device, self.furniture)
        self._layout = _Layout(self.columns, sample, self.device, self._page.body)
        return True

    def add(self, rows: Sequence[Sequence[str]]) -> None:
        assert self._layout is not None
        self._pending.extend(rows)
        per_page = self._layout.rows_per_page
        while len(self._pending) >= per_page:
            self._paint_page(self._pending[:per_page])
            del self._pending[:per_page]

    def finish(self) -> None:
        if self._pending or not self.pages_painted:
            self._paint_page(self._pending)
            self._pending = []
        self.painter.end()

    def abort(self) -> None:
        self._pending = []
        if self.painter.isActive():
            self.painter.end()

    def release(self) -> None:
        """Lets go of the device (a QPdfWriter closes its file when the last reference
        goes: before the file can be removed, on Windows)."""
        self.device = None

    @property
    def held_rows(self) -> int:
        """Rows read but not painted yet: fewer than one page's."""
        return len(self._pending)

    def _paint_page(self, rows: Sequence[Sequence[str]]) -> None:
        assert self._page is not None and self._layout is not None
        if self.pages_painted:
            assert self.device is not None
            self.device.newPage()
        self.pages_painted += 1
        number = self.pages_painted
        self._page.furnish(number, max(self.pages, number))
        _paint_body(self._page, self._layout, self.columns, rows)
        self.rows_painted += len(rows)


def _paint_body(
    page: PagePainter, layout: _Layout, columns: ListColumns, rows: Sequence[Sequence[str]]
) -> None:
    p, body = page.painter, page.body
    y = body.top()
    p.setFont(layout.bold)
    _paint_row(p, layout, columns.headers, columns.right_aligned, body.left(), y, header=True)
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
        _paint_row(p, layout, row, columns.right_aligned, body.left(), y)
        y += layout.row_height


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
