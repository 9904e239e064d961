"""A list on paper: a table with its column headers repeated on every page, the page's
width shared by what the columns hold, as many rows per page as fit.

Widths, as a good report does it: each column gets the width of its widest value and
its header, measured with the print font on the device. When that is wider than the
page, the list turns sideways (unless the person chose the orientation); when it is
still too wide, the text columns (descriptions, names: ``ListColumns.narrowable``) are
narrowed, the widest first, down to their longest word, and their text wraps onto more
lines in the row. Numbers, amounts and dates are never narrowed: their values stay
whole on one line, aligned as on screen (only their header may wrap between words).
Only a list whose whole columns alone nearly fill a sideways page is printed smaller
(``SMALLER_POINTS``); only one that does not fit even so breaks words; and only a cell
longer than a whole page ends in "…".

Rows grow with their lines, so the pages are counted before the first is painted
("Page 1 of M"): the rows are measured in a first pass (``measure``), which also finds
the widest values of every row, not only the first ones. A list of up to ``KEEP_ROWS``
rows is kept from that pass and painted from memory; a longer one is read again to
count its pages (``count``) and once more to paint them (``add``), each page painted as
its rows arrive and then forgotten. Painted directly, not through a QTextDocument: a
list of many thousand rows laid out as rich text costs far more."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from dicel_desktop.gui.printing.page import Furniture, PagePainter

#: Body text size, in points.
BODY_POINTS = 8.0
#: Smaller sizes a list too wide for a sideways page is printed in (as "fit to page
#: width" does) before the words of its text columns break.
SMALLER_POINTS = (7.0, 6.0)
#: Rows kept from the measuring pass and painted from memory (a longer list is read
#: again instead of held).
KEEP_ROWS = 5000
#: A text column is not narrowed below this many average characters (nor below its
#: longest word, nor its header's), however long its longest word...
_TEXT_FLOOR_CHARS = 6
#: ...except that a longest word wider than this share of the page may break.
_WORD_SHARE = 0.3
#: Room on either side of a cell's text, in average characters: the first when the
#: columns fit with it, the second when they do not.
_PAD_CHARS = (1.0, 0.6)
#: When nothing else is left, text columns may go down to this many characters.
_LAST_RESORT_CHARS = 3


@dataclass(frozen=True)
class ListColumns:
    headers: Sequence[str]
    #: Per column: digits line up on the right.
    right_aligned: Sequence[bool]
    #: Per column: free text (a description, a name) that may wrap onto more lines.
    #: The others (numbers, amounts, dates, states, codes' words) are never narrowed.
    narrowable: Sequence[bool] | None = None

    def may_narrow(self, column: int) -> bool:
        return bool(self.narrowable and self.narrowable[column])


@dataclass(frozen=True)
class Widths:
    """Column widths chosen for a page, and how far they had to give way."""

    widths: list[float]
    #: 0: every column whole; 1: headers wrap between words; 2: so do the values of
    #: text columns; 3: words of text columns break (the whole columns alone nearly
    #: fill the page).
    squeeze: int


def fit_widths(
    natural: Sequence[float],
    snug: Sequence[float],
    floor: Sequence[float],
    narrowable: Sequence[bool],
    available: float,
    *,
    least: float = 0.0,
) -> Widths:
    """Widths that fit ``available``. Every column its ``natural`` width (its widest
    value and its whole header) when they fit; otherwise, the widest first, each down
    to its ``snug`` width (its widest value, the header wrapping between words); then
    the narrowable columns down to their ``floor`` (their longest word), their text
    wrapping; and only then below, to ``least``. A column that is not narrowable never
    goes below its snug width, even when the page is too narrow for them all."""
    count = len(natural)
    every = range(count)
    if sum(natural) <= available:
        return Widths(list(natural), 0)
    widths = list(snug)
    if sum(snug) <= available:
        _share(widths, every, snug, natural, available)
        return Widths(widths, 1)
    text = [i for i in every if narrowable[i]]
    room = available - sum(snug[i] for i in every if not narrowable[i])
    if sum(floor[i] for i in text) <= room:
        _share(widths, text, floor, snug, room)
        return Widths(widths, 2)
    lowest = [min(least, snug[i]) for i in every]
    _share(widths, text, lowest, snug, max(room, sum(lowest[i] for i in text)))
    return Widths(widths, 3)


def _share(
    widths: list[float],
    columns: Sequence[int],
    floor: Sequence[float],
    natural: Sequence[float],
    room: float,
) -> None:
    """Sets ``widths`` of ``columns`` to fill ``room``: each the same width ``level``,
    within its own floor and natural width (a narrow column keeps its whole width, the
    widest give way first)."""
    if not columns:
        return

    def used(level: float) -> float:
        return sum(min(natural[i], max(floor[i], level)) for i in columns)

    low, high = 0.0, max(natural[i] for i in columns)
    if used(high) <= room:
        low = high
    for _ in range(60):
        middle = (low + high) / 2
        if used(middle) > room:
            high = middle
        else:
            low = middle
    for i in columns:
        widths[i] = min(natural[i], max(floor[i], low))


class _Measure:
    """The widest value and the longest word of each column, over the rows seen."""

    def __init__(self, columns: ListColumns, metrics: QFontMetricsF) -> None:
        self.columns = columns
        self.metrics = metrics
        count = len(columns.headers)
        self.value = [0.0] * count
        self.word = [0.0] * count
        self._text = [i for i in range(count) if columns.may_narrow(i)]

    def observe(self, rows: Sequence[Sequence[str]]) -> None:
        advance = self.metrics.horizontalAdvance
        value, word = self.value, self.word
        for row in rows:
            for i, text in enumerate(row):
                if text:
                    width = advance(text)
                    if width > value[i]:
                        value[i] = width
            for i in self._text:
                text = row[i]
                # A text no wider than the longest word so far has no longer word.
                if text and advance(text) > word[i]:
                    word[i] = max(word[i], max(advance(w) for w in text.split() or [""]))


class _Layout:
    """The fonts, the column widths and the line breaking of one printed list."""

    def __init__(
        self,
        columns: ListColumns,
        measure: _Measure,
        device: QPagedPaintDevice,
        body: QRectF,
        points: float = BODY_POINTS,
    ) -> None:
        self.columns = columns
        self.device = device
        self.font = QFont()
        self.font.setPointSizeF(points)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font, device)
        self.header_metrics = QFontMetricsF(self.bold, device)
        self.line_height = self.metrics.lineSpacing()
        #: Room above and below the lines of a row.
        self.gap = self.metrics.height() * 0.35
        for chars in _PAD_CHARS:
            self.pad = self.metrics.averageCharWidth() * chars
            self.fit = plan_widths(
                columns,
                measure,
                self.metrics,
                self.header_metrics,
                body.width(),
                self.pad,
                scale=points / BODY_POINTS,
            )
            if not self.fit.squeeze:
                break
        self.widths = self.fit.widths
        #: The most lines of a cell: a row is never taller than a page.
        self.max_lines = max(1, int((body.height() - 2 * self.gap) // self.line_height) // 2)
        self.header_lines = [
            self.lines(header, i, header=True) for i, header in enumerate(columns.headers)
        ]
        self.header_height = self.height(self.header_lines)
        #: Room for rows under the header on each page.
        self.room = body.height() - self.header_height
        self.max_lines = max(1, int((self.room - self.gap) // self.line_height))

    def height(self, cells: Sequence[Sequence[str]]) -> float:
        lines = max((len(c) for c in cells), default=1)
        return max(lines, 1) * self.line_height + self.gap

    def row_lines(self, row: Sequence[str]) -> list[list[str]]:
        return [self.lines(text, i) for i, text in enumerate(row)]

    def lines(self, text: str, column: int, *, header: bool = False) -> list[str]:
        """``text`` broken into the lines that fit its column: between words, a word
        only when it is wider than the column; "…" ends the last line of a page's height."""
        metrics = self.header_metrics if header else self.metrics
        inner = self.widths[column] - 2 * self.pad
        if not text or metrics.horizontalAdvance(text) <= inner:
            return [text]
        if not header and not self.columns.may_narrow(column):
            return [text]  # a number, an amount, a date: whole, never broken
        layout = QTextLayout(text, self.bold if header else self.font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        starts: list[int] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(inner)
            starts.append(line.textStart())
        layout.endLayout()
        ends = [*starts[1:], len(text)]
        lines = [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]
        most = self.max_lines
        if len(lines) > most:
            rest = text[starts[most - 1] :].strip()
            last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, inner)
            lines = [*lines[: most - 1], last]
        return lines


def plan_widths(
    columns: ListColumns,
    measure: _Measure,
    metrics: QFontMetricsF,
    header_metrics: QFontMetricsF,
    available: float,
    pad: float,
    *,
    scale: float = 1.0,
) -> Widths:
    """The widths of ``columns`` on a body ``available`` wide (see ``fit_widths``), in
    the font of ``metrics``; the values were measured in the body font, ``scale`` times
    as big (a little room is added for the rounding of a smaller font)."""
    if scale != 1.0:
        scale *= 1.02
    values = [v * scale for v in measure.value]
    words = [w * scale for w in measure.word]
    natural: list[float] = []
    floor: list[float] = []
    word_cap = available * _WORD_SHARE
    text_floor = metrics.averageCharWidth() * _TEXT_FLOOR_CHARS
    snug: list[float] = []
    for i, header in enumerate(columns.headers):
        whole_header = header_metrics.horizontalAdvance(header)
        header_word = max((header_metrics.horizontalAdvance(w) for w in header.split()), default=0)
        natural.append(max(values[i], whole_header) + 2 * pad)
        snug.append(max(values[i], header_word) + 2 * pad)
        word = max(min(words[i], word_cap), header_word, text_floor) + 2 * pad
        floor.append(min(snug[i], word))
    least = metrics.averageCharWidth() * _LAST_RESORT_CHARS + 2 * pad
    narrowable = [columns.may_narrow(i) for i in range(len(columns.headers))]
    return fit_widths(natural, snug, floor, narrowable, available, least=least)


class ListPages:
    """A list's pages: measured, then painted one at a time as its rows arrive.

    ``measure(rows)`` for every chunk of the list; then ``plan()`` chooses the
    orientation (when ``choose_orientation``) and the widths. When it returns True the
    list was kept: ``begin()`` and ``paint_kept()``. Otherwise the list is read again
    into ``count(rows)`` (its pages counted, nothing kept) and once more, after
    ``begin()``, into ``add(rows)``, which paints every page that is full; ``finish()``
    paints the rest (at least one page, headers only for an empty list) and closes the
    device; ``abort()`` closes it with whatever was painted (the caller discards the
    output). A list that changes between the passes may end a page early, or run a
    page past M, which then reads "Page N of N".
    """

    def __init__(
        self,
        columns: ListColumns,
        device: QPagedPaintDevice,
        furniture: Furniture,
        *,
        choose_orientation: bool = True,
        keep_rows: int = KEEP_ROWS,
    ) -> None:
        self.columns = columns
        self.device: QPagedPaintDevice | None = device
        self.furniture = furniture
        self.choose_orientation = choose_orientation
        self.keep_rows = keep_rows
        self.painter = QPainter()
        font = QFont()
        font.setPointSizeF(BODY_POINTS)
        self._measure = _Measure(columns, QFontMetricsF(font, device))
        self._kept: list[Sequence[str]] | None = []
        self.rows_measured = 0
        #: M of "Page N of M", once counted.
        self.pages = 1
        #: Height of the rows counted onto the last page so far.
        self._count_used = 0.0
        self.pages_painted = 0
        self.rows_painted = 0
        #: The rows of the page being filled: each its cells' lines and its height.
        self._pending: list[tuple[list[list[str]], float]] = []
        self._pending_height = 0.0
        self._page: PagePainter | None = None
        self.layout: _Layout | None = None

    @property
    def is_open(self) -> bool:
        return self.painter.isActive()

    # ----------------------------------------------------------------- measuring

    def measure(self, rows: Sequence[Sequence[str]]) -> None:
        self._measure.observe(rows)
        self.rows_measured += len(rows)
        if self._kept is not None:
            if self.rows_measured <= self.keep_rows:
                self._kept.extend(rows)
            else:
                self._kept = None  # too many to hold: read again

    def plan(self) -> bool:
        """Orientation and widths from the rows measured; True when the rows were kept
        (their pages are counted already)."""
        assert self.device is not None
        if self.choose_orientation:
            self._orient(QPageLayout.Orientation.Portrait)
            # Headers wrapping are no reason to turn; values wrapping are.
            if self.layout is not None and self.layout.fit.squeeze > 1:
                self._orient(QPageLayout.Orientation.Landscape)
        else:
            self._orient(self.device.pageLayout().orientation())
        self._count_used = 0.0
        self.pages = 1
        if self._kept is None:
            return False
        self.count(self._kept)
        return True

    def _orient(self, orientation: QPageLayout.Orientation) -> None:
        assert self.device is not None
        self.device.setPageOrientation(orientation)
        page = PagePainter(self.painter, self.device, self.furniture)
        self._page = page
        for points in (BODY_POINTS, *SMALLER_POINTS):
            self.layout = _Layout(self.columns, self._measure, self.device, page.body, points)
            if self.layout.fit.squeeze < 3:
                break

    def count(self, rows: Sequence[Sequence[str]]) -> None:
        """Counts the pages ``rows`` take, after those counted before (rows break onto
        a new page where ``add`` will break them)."""
        assert self.layout is not None
        layout, used = self.layout, self._count_used
        for row in rows:
            height = layout.height(layout.row_lines(row))
            if used > 0 and used + height > layout.room:
                self.pages += 1
                used = 0.0
            used += height
        self._count_used = used

    # ----------------------------------------------------------------- painting

    def begin(self) -> bool:
        """Opens the device; False when it cannot be painted on (no printer, a file that
        cannot be written)."""
        assert self.device is not None and self.layout is not None
        return self.painter.begin(self.device)

    def paint_kept(self) -> None:
        """Paints the rows kept from measuring, then finishes."""
        kept, self._kept = self._kept or [], None
        self.add(kept)
        self.finish()

    def add(self, rows: Sequence[Sequence[str]]) -> None:
        assert self.layout is not None
        layout = self.layout
        for row in rows:
            lines = layout.row_lines(row)
            height = layout.height(lines)
            if self._pending and self._pending_height + height > layout.room:
                self._paint_page()
            self._pending.append((lines, height))
            self._pending_height += height

    def finish(self) -> None:
        if self._pending or not self.pages_painted:
            self._paint_page()
        self.painter.end()

    def abort(self) -> None:
        self._pending = []
        self._kept = None
        if self.painter.isActive():
            self.painter.end()

    def release(self) -> None:
        """Lets go of the device (a QPdfWriter closes its file when the last reference
        goes: before the file can be removed, on Windows)."""
        self.device = None

    @property
    def held_rows(self) -> int:
        """Rows read but not painted yet: fewer than one page's (and the kept rows of
        a short list, while it is measured)."""
        return len(self._pending) + len(self._kept or [])

    def _paint_page(self) -> None:
        assert self._page is not None and self.layout is not None
        if self.pages_painted:
            assert self.device is not None
            self.device.newPage()
        self.pages_painted += 1
        number = self.pages_painted
        self._page.furnish(number, max(self.pages, number))
        _paint_body(self._page, self.layout, self.columns, self._pending)
        self.rows_painted += len(self._pending)
        self._pending = []
        self._pending_height = 0.0


def _paint_body(
    page: PagePainter,
    layout: _Layout,
    columns: ListColumns,
    rows: Sequence[tuple[list[list[str]], float]],
) -> None:
    p, body = page.painter, page.body
    y = body.top()
    width = sum(layout.widths)
    p.setFont(layout.bold)
    p.setPen(QPen(QColor("#000000")))
    _paint_row(p, layout, layout.header_lines, columns.right_aligned, body.left(), y)
    y += layout.header_height
    p.setPen(QPen(QColor("#555555"), 0))
    p.drawLine(QPointF(body.left(), y), QPointF(body.left() + width, y))
    p.setFont(layout.font)
    for n, (lines, height) in enumerate(rows):
        if n % 2:
            # A light band on every other row guides the eye along a wide line.
            p.fillRect(QRectF(body.left(), y, width, height), QColor("#f0f0f0"))
        p.setPen(QPen(QColor("#000000")))
        _paint_row(p, layout, lines, columns.right_aligned, body.left(), y)
        y += height


def _paint_row(
    p: QPainter,
    layout: _Layout,
    cells: Sequence[Sequence[str]],
    right: Sequence[bool],
    x: float,
    y: float,
) -> None:
    top = y + layout.gap / 2
    for lines, width, is_right in zip(cells, layout.widths, right, strict=True):
        inner = width - 2 * layout.pad
        align = Qt.AlignmentFlag.AlignRight if is_right else Qt.AlignmentFlag.AlignLeft
        for k, text in enumerate(lines):
            if text:
                p.drawText(
                    QRectF(x + layout.pad, top + k * layout.line_height, inner, layout.line_height),
                    align | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
        x += width
