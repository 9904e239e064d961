"""The widths of a data grid's columns, and its header's height.

A column starts at its kind's width (a typical wide value in this locale, or the list's
hint) or at the width the person gave it (remembered per list in QSettings); name, text
and money columns then widen to the widest value of the first rows shown, so a name or
an amount is read whole; a list's ``fill_column`` takes the width the others leave free;
and the header is two lines high while a column's name is wider than its column.

A state is as wide as the longest word of the states it can hold, in this language
(eye32, 5: sized for the first rows, a recovery case's "Byemewe nk'igihombo" was cut
below the open cases, and the priority pushed past the edge): it keeps that width, as
dates and numbers keep theirs.

Where the columns are wider than the view, the text columns give up room first, the
widest first: each down to what its values among the first rows need (nothing is cut: a
unit "pcs" in a column as wide as sixteen letters), and names and free text (a client, a
description, a subject) further, down to ``GIVE_LEAST_CHARS`` (cut, they are still told
apart, and their tooltip has them whole). So the short columns a clerk decides by (a
state, a priority, an amount, a date) stay in view rather than run past the right edge
(eye31, 3: at 1280 pixels half the lists pushed Status off). Where even that is not
enough, amounts give up the room their values do not use, after the text and never cut:
each down to its widest value among the first rows and no less than nine whole digits
in the company's currency (a list of invoices in French put "Balance due" past a
laptop's edge behind three amounts as wide as "999 999 999,99 WWW"). And where a key
column (the first, a state, an amount) is still not whole in view, the names, free text
and the words of short lists before it give up more, down to ``KEY_ROOM_CHARS``, only as
much as brings it in (in Kinyarwanda on a laptop, "Asigaye kwishyurwa", an invoice's
balance due, was cut behind a client's name). A width the person set by hand is kept.
"""

from __future__ import annotations

import json
from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QRect,
    QSettings,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionHeader, QTableView

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.locale_writing import date_pattern, datetime_pattern
from dicel_desktop.gui.numbers import format_money
from dicel_desktop.gui.risk_words import scale_word, with_word
from dicel_desktop.gui.table_model import ListingModel
from dicel_desktop.gui.translations import tr_choice
from dicel_desktop.services.charts import SCALED_COLUMNS
from dicel_desktop.services.columns import DEFAULT_CURRENCY, ColumnSpec, Kind
from dicel_desktop.services.row_flags import RowFlag

__all__ = [
    "CELL_PADDING",
    "FIT_MOST_CHARS",
    "FIT_ROWS",
    "GIVE_LEAST_CHARS",
    "HEADER_ROOM",
    "KEY_ROOM_CHARS",
    "ColumnWidths",
    "two_lines_width",
]

#: Kinds that give up room after the text, down to their values (never cut).
_GIVES_LAST = (Kind.MONEY,)
#: Kinds a clerk decides by: names and free text before them give up more room to bring
#: them into view (``_decides``), as they do for the first column and a document's number
#: (what tells one row from another).
_KEY_KINDS = (Kind.STATE, Kind.MONEY)
#: Starting widths of name-like columns, in average character widths.
_TEXT_CHARS = {Kind.FK: 22, Kind.TEXT: 16}
#: Free text that deserves more room than a code or a name.
_WIDE_TEXT = {"description", "subject", "title", "notes", "comment", "email"}
#: Names wider than the kind's starting width widen their column to fit the first rows
#: shown, up to this many average characters (a list is no place for a paragraph).
FIT_MOST_CHARS = 48
#: The narrowest a name or free text column gets to leave the other columns in view
#: (a list's fill column too): "Rweru Hardware L…", "Excel crashes whe…".
GIVE_LEAST_CHARS = 16
#: The narrowest a name, free text or a short list's word gets where a key column would
#: otherwise not be whole in view: "Akagera S…", cut but still a start to read.
KEY_ROOM_CHARS = 10
#: Text columns never cut to give room (only down to their widest value): a document
#: number, a code, a tag or a phone number is told from another by its end.
_WHOLE_TEXT_ENDS = ("_number", "_code", "_tag", "phone", "ip_address")
#: How many of the first rows the name columns are fitted to.
FIT_ROWS = 60
#: Room beside a cell's text (the cell's margins and the grid line).
CELL_PADDING = 16
_WRAP = int(Qt.TextFlag.TextWordWrap)
#: Room beside a column's name: the margins and the sort arrow (at least: a style that
#: wants more for them gets it, ``ColumnWidths._header_room``).
HEADER_ROOM = 28


def two_lines_width(label: str, metrics: QFontMetrics) -> int:
    """The least width that shows ``label`` on at most two lines, broken between words
    ("Début de la période / de paie"): a long name does not make its column wider than
    its values need."""
    words = label.split()
    widths = [metrics.horizontalAdvance(label)]
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        widths.append(max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)))
    return min(widths)


class ColumnWidths(QObject):
    """Sizes the columns of ``view`` (showing ``model``) and fits its header's height;
    remembers the widths a person gives under ``key`` in ``settings``.

    ``flag``: the flag the list marks its rows with (its symbol takes room in the first
    column), or None. ``fill_column``: the column that takes the width the others leave
    free, unless the person chose its width; None: no column does.
    """

    def __init__(
        self,
        view: QTableView,
        model: ListingModel,
        settings: QSettings,
        key: str,
        *,
        flag: RowFlag | None,
        locale: QLocale,
        fill_column: str | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._model = model
        self._settings = settings
        self._key = key
        self._flag = flag
        self._locale = locale
        self._fill_column = fill_column
        #: Columns whose width the person chose: never fitted to names, nor narrowed.
        self.chosen: set[str] = set()
        #: Whether the name columns were fitted to the first rows shown (``fit_names``).
        self.fitted = False
        #: The grid is sizing columns: not a person's resize to remember.
        self._applying = False
        #: The width the grid gave each column that follows the view (the fill column,
        #: and text that gives up room), by section: what it goes back to as the view
        #: widens again.
        self.natural: dict[int, int] = {}
        #: The width the widest value of the first rows needs, by section of ``natural``.
        self._widest: dict[int, int] = {}
        # Its width for ``fit_to_view`` (not the viewport's: painting the rows makes no
        # call into Python).
        view.horizontalHeader().sectionResized.connect(self._on_section_resized)
        view.horizontalHeader().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "_view" not in self.__dict__:
            return False  # cleared by the collector (gui/collected.py): nothing to fit
        if event.type() == QEvent.Type.Resize and watched is self._view.horizontalHeader():
            self.fit_to_view()  # as wide as the viewport: the view's own resize comes first
        return super().eventFilter(watched, event)

    def apply(self) -> None:
        saved = self._settings.value(self._key)
        widths: dict[str, int] = {}
        if isinstance(saved, str):
            try:
                widths = {str(k): int(v) for k, v in json.loads(saved).items()}
            except (ValueError, TypeError, AttributeError):
                widths = {}
        metrics = self._view.fontMetrics()
        header = self._view.horizontalHeader()
        names = header.fontMetrics()
        room = self._header_room()
        self.chosen = set(widths)
        self.fitted = False
        self.natural = {}
        self._widest = {}
        self._applying = True
        try:
            for section, column in enumerate(self._model.columns):
                width = widths.get(column.name)
                if width is None:
                    # The name on up to two lines, and room for the sort arrow.
                    label = two_lines_width(column.label, names) + room
                    sample = metrics.horizontalAdvance(self._sample(column))
                    width = max(label, sample + CELL_PADDING + self._symbol_room(section))
                    if self._follows_view(column):
                        self.natural[section] = width
                header.resizeSection(section, width)
        finally:
            self._applying = False
        self.fit_to_view()
        self.fit_header_height()

    def _follows_view(self, column: ColumnSpec) -> bool:
        """Whether ``column``'s width follows the view's (unless the person chose it): the
        fill column, and text, which gives up room where the columns would run past the
        view; amounts after it (``_gives_last``); states, dates and numbers keep
        theirs."""
        return column.name == self._fill_column or column.kind in (
            Kind.TEXT,
            Kind.FK,
            *_GIVES_LAST,
        )

    def _gives_last(self, section: int) -> bool:
        """Whether ``section`` gives up room only once the text has given all it can: an
        amount, down to its values (never cut)."""
        column = self._model.columns[section]
        return column.name != self._fill_column and column.kind in _GIVES_LAST

    def _elides(self, column: ColumnSpec) -> bool:
        """Whether ``column`` may be cut to give room: names and free text, not a code, a
        number nor the words of a short list (a category, a type)."""
        if column.name == self._fill_column:
            return True
        if column.kind not in (Kind.TEXT, Kind.FK) or column.coded:
            return False
        return not column.name.endswith(_WHOLE_TEXT_ENDS)

    def _decides(self, section: int) -> bool:
        """Whether ``section`` is one a clerk decides by, kept whole in view where the
        names before it can give up room: the first column, a document's number, a
        state, an amount."""
        column = self._model.columns[section]
        return (
            section == self._first_shown()
            or column.kind in _KEY_KINDS
            or column.name.endswith("_number")
        )

    def _first_shown(self) -> int:
        header = self._view.horizontalHeader()
        for visual in range(header.count()):
            section = header.logicalIndex(visual)
            if not header.isSectionHidden(section):
                return section
        return -1

    def _gives_for_key(self, section: int) -> bool:
        """Whether ``section`` may be cut to bring a key column into view: names, free
        text and the words of a short list (a case's type), not a code nor a number."""
        column = self._model.columns[section]
        if self._elides(column):
            return True
        return column.kind is Kind.TEXT and column.coded

    def key_least_width(self, section: int) -> int:
        """The narrowest ``section`` gets to bring a key column into view: KEY_ROOM_CHARS,
        never narrower than its name on two lines, nor wider than ``least_width``."""
        column = self._model.columns[section]
        metrics = self._view.fontMetrics()
        label = (
            two_lines_width(column.label, self._view.horizontalHeader().fontMetrics())
            + self._header_room()
        )
        cut = metrics.horizontalAdvance("n" * KEY_ROOM_CHARS) + CELL_PADDING
        return min(self.least_width(section), max(label, cut + self._symbol_room(section)))

    def least_width(self, section: int) -> int:
        """The narrowest ``section`` (a column that follows the view) gets to leave the
        other columns in view: what its widest value among the first rows needs, names
        and free text down to GIVE_LEAST_CHARS; never narrower than its name on two
        lines, nor wider than its own width."""
        column = self._model.columns[section]
        least = self.natural[section]
        label = (
            two_lines_width(column.label, self._view.horizontalHeader().fontMetrics())
            + self._header_room()
        )
        widest = self._widest.get(section)
        if widest is not None:
            if column.kind is Kind.MONEY:
                whole = format_money(Decimal(999_999_999), DEFAULT_CURRENCY, self._locale)
                whole_width = self._view.fontMetrics().horizontalAdvance(whole) + CELL_PADDING
                widest = max(widest, whole_width)
            least = min(least, max(label, widest))
        if self._elides(column):
            chars = self._view.fontMetrics().horizontalAdvance("n" * GIVE_LEAST_CHARS)
            # A flagged row's symbol beside the text, not in its room.
            cut = chars + CELL_PADDING + self._symbol_room(section)
            least = min(least, max(label, cut))
        return least

    def fit_to_view(self) -> None:
        """Fit the columns that follow the view to the width it has: where the columns
        are wider, the names and free text give up room, the widest first, down to
        ``least_width`` (the others stay in view); where they leave room, the fill column
        takes it (the description of a line was cut, "…Octobe…", beside empty space)."""
        header = self._view.horizontalHeader()
        columns = self._model.columns
        if not self.natural or header.count() < len(columns):
            return
        sizes = {
            section: self.natural.get(section, header.sectionSize(section))
            for section in range(len(columns))
            if not header.isSectionHidden(section)
        }
        giving = {s: w for s, w in self.natural.items() if s in sizes}
        spare = self._view.viewport().width() - sum(sizes.values())
        if spare < 0:
            # The text first; the states and amounts only for what it could not free.
            last = {s: w for s, w in giving.items() if self._gives_last(s)}
            first = {s: w for s, w in giving.items() if s not in last}
            for widths in (first, last):
                if spare >= 0:
                    break
                floors = {s: self.least_width(s) for s in widths}
                given = _give_up(widths, floors, -spare)
                spare += sum(widths.values()) - sum(given.values())
                sizes.update(given)
            if spare < 0:
                self._bring_key_columns_in(sizes, giving)
        else:
            names = [c.name for c in columns]
            fill = names.index(self._fill_column) if self._fill_column in names else None
            if fill is not None and fill in giving:
                sizes[fill] += spare
        self._applying = True
        try:
            for section, width in sizes.items():
                if header.sectionSize(section) != width:
                    header.resizeSection(section, width)
        finally:
            self._applying = False

    def _bring_key_columns_in(self, sizes: dict[int, int], giving: dict[int, int]) -> None:
        """Narrow the names, free text and short lists' words in ``sizes`` before a key
        column (``_decides``), the widest first, down to ``key_least_width``, by as much
        as brings it whole into view: the last key column that can be brought in, whole
        or mostly (three quarters of it, or KEY_ROOM_CHARS); the names are not cut for a
        number that would still be out of view past dates and numbers that keep their
        width. The columns past it stay beyond the edge."""
        header = self._view.horizontalHeader()
        order = [header.logicalIndex(v) for v in range(header.count())]
        shown = [s for s in order if s in sizes]
        view = self._view.viewport().width()
        cuttable = {s for s in shown if s in giving and self._gives_for_key(s)}
        floors = {s: min(sizes[s], self.key_least_width(s)) for s in cuttable}
        room = self._view.fontMetrics().horizontalAdvance("n" * KEY_ROOM_CHARS) + CELL_PADDING
        for end in reversed([i for i, s in enumerate(shown) if self._decides(s)]):
            before = shown[: end + 1]
            over = sum(sizes[s] for s in before) - view
            if over <= 0:
                return  # in view already, and the ones before it
            widths = {s: sizes[s] for s in before if s in cuttable}
            width = sizes[shown[end]]
            shows = width - max(0, over - sum(widths[s] - floors[s] for s in widths))
            # Mostly in counts: a priority a quarter cut still reads "Biri hagati", and a
            # budget's state ten letters wide "Birakoreshwa" (beside the 27 letters of
            # "on hold", "Byahagaritswe by'agateganyo").
            if shows >= min(width * 3 // 4, room):
                sizes.update(_give_up(widths, {s: floors[s] for s in widths}, over))
                return

    def fit_names(self) -> None:
        """Widen name, text and money columns to the widest value of the first rows shown,
        so a name or an amount is read whole (up to FIT_MOST_CHARS; long free text keeps
        its width)."""
        model = self._model
        rows = min(model.rowCount(), FIT_ROWS)
        if self.fitted or rows == 0 or not model.is_row_loaded(0):
            return
        self.fitted = True
        metrics = self._view.fontMetrics()
        header = self._view.horizontalHeader()
        most = metrics.horizontalAdvance("n" * FIT_MOST_CHARS) + CELL_PADDING
        loaded = [cells for r in range(rows) if (cells := model.row_cells(r)) is not None]
        self._applying = True
        try:
            for section, column in enumerate(model.columns):
                if column.name in self.chosen:
                    continue
                if column.kind not in (Kind.TEXT, Kind.FK, Kind.STATE, Kind.MONEY):
                    continue
                # Its own width, not what it gave up to the view.
                width = self.natural.get(section, header.sectionSize(section))
                hinted = column.width_chars is not None
                if width >= most and section not in self.natural:
                    continue  # fitting only widens, and never beyond ``most``
                # Each text once: names and states repeat (this runs after every search).
                texts = {c[section] for c in loaded}
                widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
                wanted = min(widest + CELL_PADDING, most) + self._symbol_room(section)
                if section in self.natural:
                    self._widest[section] = wanted  # what giving room leaves it
                if hinted or width >= most:
                    continue  # a list's hint is its width, as long free text's is
                if wanted > width:
                    if section in self.natural:
                        self.natural[section] = wanted
                    header.resizeSection(section, wanted)
        finally:
            self._applying = False
        self.fit_to_view()
        self.fit_header_height()  # a name may have room on one line now

    def _symbol_room(self, section: int) -> int:
        """The room a flagged row's warning symbol takes in the first column, beside its
        text (a user-eye review: flagged rows read "CASE-2026-000…", the rows a clerk
        looks for); none in a list without flags, nor in another column."""
        if section != 0 or self._flag is None:
            return 0
        style = self._view.style()
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self._view)
        return (
            icon + style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) * 2
        )

    def _sample(self, column: ColumnSpec) -> str:
        """A typical wide value of the column, in this locale: the starting width."""
        kind = column.kind
        if column.width_chars is not None:
            return "n" * column.width_chars
        if kind is Kind.INT and (column.table, column.name) in SCALED_COLUMNS:
            # A scale's number with its word ("4 - Likely"): the widest, whole, before a
            # long text takes the room ("4 - Birasho…" beside a wide description).
            top = 25 if column.name == "risk_score" else 5
            metrics = self._view.fontMetrics()
            return max(
                (
                    with_word(str(v), scale_word(column.table, column.name, v))
                    for v in range(1, top + 1)
                ),
                key=metrics.horizontalAdvance,
            )
        if kind in _TEXT_CHARS:
            chars = 28 if column.name in _WIDE_TEXT else _TEXT_CHARS[kind]
            return "n" * chars
        if kind is Kind.STATE and column.choices is not None:
            # The longest word it can hold, as drawn (not the first rows' widest: a later
            # row's state is read whole too).
            metrics = self._view.fontMetrics()
            words = (tr_choice(column.table, c.label) for c in column.choices)
            return max(words, key=metrics.horizontalAdvance)
        if kind in (Kind.DATE, Kind.DATETIME):
            day = QDateTime(QDate(2025, 12, 28), QTime(23, 59))
            pattern = date_pattern if kind is Kind.DATE else datetime_pattern
            return self._locale.toString(day, pattern(self._locale))
        if kind is Kind.MONEY:
            # Nine digits in the company's currency, whole as its amounts mostly are; a
            # column whose rows name their currency may hold cents (75.50 USD). Wider
            # amounts among the first rows widen it (fit_names).
            source = column.currency
            if source is None or (source.column is None and source.via is None):
                return format_money(Decimal(999_999_999), DEFAULT_CURRENCY, self._locale)
            return format_money(Decimal("999999999.99"), "WWW", self._locale)
        samples = {
            Kind.NUMBER: "000,000.00",
            Kind.INT: "0,000,000",
            Kind.BOOL: QCoreApplication.translate("DataGrid", "Yes"),
        }
        return samples[kind]

    def _header_option(self, width: int, sorted_here: bool) -> QStyleOptionHeader:
        """A section of the header ``width`` wide, two lines high (a style may leave the
        sort arrow more room in a taller header)."""
        header = self._view.horizontalHeader()
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.orientation = Qt.Orientation.Horizontal
        option.state |= QStyle.StateFlag.State_Horizontal
        if sorted_here:
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        tall = header.sizeHint().height() + header.fontMetrics().lineSpacing()
        option.rect = QRect(0, 0, width, tall)
        return option

    def _name_room(self, width: int, sorted_here: bool) -> int:
        """The width the header gives a name in a section ``width`` wide."""
        header = self._view.horizontalHeader()
        option = self._header_option(width, sorted_here)
        label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        return label.width()

    def _header_room(self) -> int:
        """Room to leave beside a column's name for its first width: the style's margins
        and sort arrow, at least HEADER_ROOM."""
        return max(HEADER_ROOM, 1000 - self._name_room(1000, sorted_here=True))

    def header_wraps(self) -> bool:
        """Whether a shown column's name is wider than the header gives it: it takes two
        lines (the header items wrap, ``RowWindow``)."""
        header = self._view.horizontalHeader()
        model = self._model
        plain = header.fontMetrics()
        sorted_section = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
        for section in range(min(header.count(), len(model.columns))):
            if header.isSectionHidden(section):
                continue
            # A filtered column's name is bold (wider).
            font = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else plain
            room = self._name_room(header.sectionSize(section), section == sorted_section)
            # Laid out as the header draws it (a width in whole pixels is not enough).
            lines = QRect(0, 0, room, 10 * metrics.height())
            label = model.columns[section].label
            if metrics.boundingRect(lines, _WRAP, label).height() > metrics.height():
                return True
        return False

    def fit_header_height(self) -> None:
        """Two lines high while a column's name is wider than its column (it wraps,
        ``RowWindow``'s header items are word-wrapped), one otherwise."""
        header = self._view.horizontalHeader()
        wanted = 0  # the header's own height: one line
        if self.header_wraps():
            wanted = header.sizeHint().height() + header.fontMetrics().lineSpacing()
        if header.minimumHeight() != wanted:
            header.setMinimumHeight(wanted)
            # The rows below move now, not at the next layout: the scrollbar's range
            # is of the rows the shorter or taller viewport shows.
            self._view.updateGeometries()

    @slot_while_whole(int, int, int, keeps="_view")
    def _on_section_resized(self, section: int, _old: int, new: int) -> None:
        if self._applying or not 0 <= section < len(self._model.columns):
            return  # the grid sizes its columns: the header is fitted once, after them
        # A person resized the column (dragged its edge, or double-clicked it): it keeps
        # that width whatever the view's (the others are fitted at the view's next resize,
        # not under the person's hand).
        name = self._model.columns[section].name
        self.chosen.add(name)
        self.natural.pop(section, None)
        self.fit_header_height()
        key = self._key
        saved = self._settings.value(key)
        try:
            widths = json.loads(saved) if isinstance(saved, str) else {}
        except ValueError:
            widths = {}
        widths[name] = new
        self._settings.setValue(key, json.dumps(widths))


def _give_up(widths: dict[int, int], floors: dict[int, int], over: int) -> dict[int, int]:
    """``widths`` narrowed by ``over`` pixels in all, the widest first: each is cut to
    one level (no narrower than its floor), the highest level that frees ``over``; all
    at their floors where even that is not enough."""

    def freed(level: int) -> int:
        return sum(w - max(floors[s], min(w, level)) for s, w in widths.items())

    if not widths:
        return {}
    low, high = 0, max(widths.values())  # freed(low): the most there is; freed(high): 0
    if freed(low) <= over:
        return {s: min(w, floors[s]) for s, w in widths.items()}
    while high - low > 1:  # freed(low) >= over > freed(high): the highest such level
        middle = (low + high) // 2
        if freed(middle) >= over:
            low = middle
        else:
            high = middle
    return {s: max(floors[s], min(w, low)) for s, w in widths.items()}
