"""The table of the data grid: a QTableView that paints only a window of the list's rows.

Painting a cell of a Python model costs nine calls from C++ into Python (seven
``data()`` roles, ``rowCount`` and ``columnCount``): a full repaint of a list asked
about 2,700 of them and took 1.7-2.5x the time of the same cells from a
``QStandardItemModel`` (docs/decisions.md). So the table here never sees
``ListingModel``. It shows a ``QStandardItemModel`` that holds just the rows on screen
(and three more), refilled from ``ListingModel``'s page cache whenever the list scrolls
or a page arrives; painting then makes no call into Python. ``ListingModel`` stays the
list's model (paging, counts, sort, search, filters, the model tester); ``RowWindow``
maps between its rows ("rows" below) and the rows of the window.

The vertical scrollbar is a ``QScrollBar`` of its own beside the table: its value is the
row at the top, so a position on it is a row of the whole list. The wheel and the keys
that move the current row (arrows, Page Up/Down, Ctrl+Home/End) work in rows of the
list; the current row is remembered as a row of the list, so it stays selected when it
scrolls out of the window and back.

The window starts at an even row (the table scrolled by one row inside it when the top
row is odd): Qt stripes rows by their place in the model, and this keeps a row's stripe
the same wherever it is on screen.

A row whose cells are ``FlaggedCells`` (an item below its minimum stock:
``services.row_flags``) is marked with the look given to :meth:`RowWindow.set_flag_look`
(a background and a tooltip on its items), a ``LapsedCells`` row (a licence expired)
with the look given for that class: set when the row comes into a window row, so
painting it still makes no call into Python.

Its slots are declared (``@Slot``): PySide keeps the slots it registers for a plain method
in the object's ``__dict__``, and a grid freed by Python's cycle collector has its
attributes cleared one object at a time before Qt destroys the widgets. A signal sent
meanwhile (the table losing its model) came to a slot Qt could no longer find: "Slot
'RowWindow::' not found" raised in the event loop (CI, stop 40). Declared slots stay in
the class; they, and the table's overrides, do nothing once the attributes are gone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.cell_format import FlaggedCells
from dicel_desktop.gui.table_model import (
    ALIGN_LEFT,
    ALIGNMENT_ROLE,
    DISPLAY_ROLE,
    FONT_ROLE,
    HORIZONTAL,
    PLACEHOLDER,
    TOOLTIP_ROLE,
    ListingModel,
)
from dicel_desktop.gui.widgets.cut_cells import CutCells

_HEADER_ROLES = (DISPLAY_ROLE, ALIGNMENT_ROLE, FONT_ROLE, TOOLTIP_ROLE)
#: A column's name may take two lines (the grid makes the header as tall while one
#: needs them: ``ColumnWidths.header_wraps``); its cells keep to one.
_HEADER_WRAP = int(Qt.TextFlag.TextWordWrap)
BACKGROUND_ROLE = int(Qt.ItemDataRole.BackgroundRole)
DECORATION_ROLE = int(Qt.ItemDataRole.DecorationRole)
#: Rows the window holds beyond those that fit: the odd-row shift, a partly shown row
#: at the bottom, and one to spare while the table is being resized.
_SPARE_ROWS = 3

_Key = Qt.Key
_MOVES = {_Key.Key_Up, _Key.Key_Down, _Key.Key_PageUp, _Key.Key_PageDown}
_ENDS = {_Key.Key_Home, _Key.Key_End}
_SIDEWAYS = {_Key.Key_Left, _Key.Key_Right, _Key.Key_Home, _Key.Key_End}


class _WindowModel(QStandardItemModel):
    """The rows on screen. A sort asked of it (a header click) sorts the whole list."""

    def __init__(self, owner: RowWindow) -> None:
        super().__init__(owner)
        self._owner = owner

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._owner._sort(column, order)


class _WindowTable(QTableView):
    """The table of the window; scrolling and moving the current row go to the owner."""

    def __init__(self, owner: RowWindow) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setItemDelegate(CutCells(self))

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if delta.y() == 0 or abs(delta.x()) > abs(delta.y()):
            super().wheelEvent(event)  # sideways: the columns scroll as usual
            return
        QApplication.sendEvent(self._owner.scrollbar, event)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in _MOVES or (key in _ENDS and control):
            self._owner._on_move_key(key)
            event.accept()
            return
        super().keyPressEvent(event)
        if key in _SIDEWAYS:
            # The current column moved: show it (the view's own auto-scroll is off).
            self.scrollTo(self.currentIndex())

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        owner = self.__dict__.get("_owner")  # None: cleared by the collector (see above)
        if owner is None or not index.isValid() or index.model() is not self.model():
            return
        owner.ensure_visible(owner.base + index.row())
        # The column, at a row that is on screen: the rows stay where the owner put them.
        top = self.model().index(owner.top - owner.base, index.column())
        super().scrollTo(top, QAbstractItemView.ScrollHint.EnsureVisible)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if "_owner" not in self.__dict__ or self.model() is None:
            return  # cleared by the collector, or losing its model: being torn down
        # Scrolled per row, a QTableView whose scrollbar is at its maximum does not put
        # that row at the top: it puts its last row at the bottom (setOffsetToLastSection,
        # here in updateGeometries and in scrollContentsBy). At the end of the list the
        # window is scrolled to exactly that maximum (the rows from the top are the rows
        # that fit whole), so when the viewport was not a whole number of rows high the
        # rows slid down by the remainder: the row above the top showed, cut, and
        # row_at(1) was top - 1. Here the row the owner scrolled to is at the top, and a
        # blank below the last row of the list is fine: the range goes one row beyond
        # the window (the value is never the maximum) and the rows are put back.
        bar = self.verticalScrollBar()
        bar.setMaximum(self.model().rowCount())
        header = self.verticalHeader()
        offset = header.offset()
        header.setOffsetToSectionPosition(bar.value())
        if header.offset() != offset:
            self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Also called when only the viewport changed size (a horizontal scrollbar came
        # or went): QAbstractScrollArea passes the viewport's resize on to this.
        super().resizeEvent(event)
        owner = self.__dict__.get("_owner")  # None: cleared by the collector (see above)
        if owner is not None:
            owner._on_table_resized()


class RowWindow(QFrame):
    """A table over ``ListingModel`` that paints from a window of its rows (see above)."""

    #: A row was opened (double click, Enter): its row in the list.
    row_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self._source: ListingModel | None = None
        #: Row of the list at the top of the table, and at row 0 of the window (even).
        self.top = 0
        self.base = 0
        self._current = -1
        self._syncing = False
        self._columns = 0
        self._alignments: list[Any] = []
        self._aligned: list[tuple[int, Any]] = []
        self._header: list[tuple[Any, ...]] = []
        self._items: list[list[QStandardItem]] = []
        #: What each row of the window shows now (the page cache's own tuples).
        self._shown: list[Any] = []
        #: The class of the cells each row of the window shows now (how it is marked),
        #: and how a row of each marked class looks.
        self._flagged: list[type] = []
        self._flag_looks: dict[type, tuple[QColor, str, QIcon | None]] = {}
        self._placeholder: tuple[str, ...] = ()

        self.window_model = _WindowModel(self)
        self.table = _WindowTable(self)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.setModel(self.window_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        # Rows are placed by the owner; clicking a half-shown row must not shift them.
        self.table.setAutoScroll(False)
        self.table.verticalHeader().hide()

        self.scrollbar = QScrollBar(Qt.Orientation.Vertical)
        self.scrollbar.setSingleStep(1)
        # Beside the rows, not the header: where a table's own scrollbar would be.
        self._bar_column = QVBoxLayout()
        self._bar_column.setContentsMargins(0, 0, 0, 0)
        self._bar_column.setSpacing(0)
        self._header_gap = QWidget()
        self._header_gap.setFixedSize(0, 0)
        self._bar_column.addWidget(self._header_gap)
        self._bar_column.addWidget(self.scrollbar, 1)
        layout = QHBoxLayout(self)  # inside the frame
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._bar_column)

        self.scrollbar.valueChanged.connect(self._on_scrollbar_value_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self._on_table_activated)
        self.table.horizontalHeader().geometriesChanged.connect(self._on_header_geometries)

    # ----------------------------------------------------------------- public API

    def set_flag_look(
        self,
        background: QColor,
        tooltip: str,
        symbol: QIcon | None = None,
        kind: type[FlaggedCells] = FlaggedCells,
    ) -> None:
        """How a flagged row looks (before the rows come: set once per ``kind``, by the
        grid): a tint, a tooltip and a symbol before the first cell (colour alone is not
        enough). ``kind``: the class of the row's cells (``LapsedCells``: its date has
        passed)."""
        self._flag_looks[kind] = (background, tooltip, symbol)

    def set_source(self, source: ListingModel) -> None:
        """Show ``source``'s rows (once, right after construction)."""
        self._source = source
        source.modelReset.connect(self._on_source_reset)
        source.rowsInserted.connect(self._on_source_rows_changed)
        source.rowsRemoved.connect(self._on_source_rows_changed)
        source.dataChanged.connect(self._on_source_data_changed)
        source.query_applied.connect(self._on_source_query_applied)
        self._on_source_reset()

    @property
    def current_row(self) -> int:
        """The current row of the list, or -1."""
        return self._current

    def set_current_row(self, row: int) -> None:
        """Make ``row`` current (selected), scrolling it into view; -1 clears."""
        total = self._total()
        row = min(max(row, -1), total - 1)
        self._current = row
        if row >= 0:
            self.ensure_visible(row)
        self._sync_selection()

    def rows_per_page(self) -> int:
        """Rows that fit entirely in the table."""
        return max(1, self.table.viewport().height() // self._row_height())

    def rows_on_screen(self) -> range:
        """The rows of the list the table shows now, the last maybe in part."""
        return range(self.top, min(self._total(), self.top + self._rows_shown()))

    def row_at(self, y: int) -> int:
        """The row of the list at ``y`` in the table's viewport, or -1."""
        window_row = self.table.rowAt(y)
        return -1 if window_row < 0 else self.base + window_row

    def scroll_to_row(self, row: int) -> None:
        """Put ``row`` at the top (as far as the end of the list allows)."""
        self.scrollbar.setValue(row)

    def scroll_to_bottom(self) -> None:
        self.scrollbar.setValue(self.scrollbar.maximum())

    def ensure_visible(self, row: int) -> None:
        """Scroll as little as needed for ``row`` to be entirely on screen."""
        page = self.rows_per_page()
        if row < self.top:
            self.scrollbar.setValue(row)
        elif row >= self.top + page:
            self.scrollbar.setValue(row - page + 1)

    # ----------------------------------------------------------------- filling

    def _total(self) -> int:
        return self._source.rowCount() if self._source is not None else 0

    def _row_height(self) -> int:
        return max(1, self.table.verticalHeader().defaultSectionSize())

    def _rows_shown(self) -> int:
        """Rows the table shows whole or in part."""
        return -(-self.table.viewport().height() // self._row_height())

    def _capacity(self) -> int:
        return self._rows_shown() + _SPARE_ROWS

    def _update_range(self) -> None:
        page = self.rows_per_page()
        bar = self.scrollbar
        bar.blockSignals(True)
        bar.setRange(0, max(0, self._total() - page))
        bar.setPageStep(page)
        bar.blockSignals(False)
        self.top = bar.value()

    def _fill(self) -> None:
        """Show the rows from ``top``: their text if their page is loaded, else a mark
        (``ListingModel.row_cells`` then fetches the page; its arrival fills again)."""
        if self._source is None:
            return
        # Rows coming and going move Qt's current index about: the list's current row
        # is put back by _sync_selection at the end, whatever Qt did meanwhile.
        self._syncing = True
        try:
            self._fill_window(self._source)
        finally:
            self._syncing = False
        self._sync_selection()

    def _fill_window(self, source: ListingModel) -> None:
        top = self.top
        base = top - (top & 1)
        count = max(0, min(self._capacity(), self._total() - base))
        self.base = base
        model = self.window_model
        placeholder = self._placeholder
        wanted = []
        for r in range(count):
            cells = source.row_cells(base + r)
            wanted.append(placeholder if cells is None else cells)
        kept = min(count, len(self._items))
        changed = marked = False
        model.blockSignals(True)  # one dataChanged for the whole window, below
        try:
            for r in range(kept):
                cells = wanted[r]
                if cells is self._shown[r]:
                    continue  # the same row of the same page: nothing to do
                self._shown[r] = cells
                changed = True
                for item, text in zip(self._items[r], cells, strict=True):
                    item.setText(text)
                kind = cells.__class__
                if kind is not self._flagged[r]:
                    look = self._flag_looks.get(kind)
                    if look is not self._flag_looks.get(self._flagged[r]):
                        self._mark(self._items[r], look)
                        marked = True
                    self._flagged[r] = kind
        finally:
            model.blockSignals(False)
        if changed:
            last = model.index(kept - 1, self._columns - 1)
            # Every role when a mark came or went (its background and tooltip too).
            roles = [] if marked else [DISPLAY_ROLE]
            model.dataChanged.emit(model.index(0, 0), last, roles)
        resized = count != len(self._items)
        if count < len(self._items):
            model.setRowCount(count)
            del self._items[count:], self._shown[count:], self._flagged[count:]
        aligned = self._aligned
        for cells in wanted[kept:]:
            # New rows are made whole and then added: ~3x cheaper than filling cells
            # of empty rows one by one.
            items = [QStandardItem(text) for text in cells]
            for column, alignment in aligned:
                items[column].setData(alignment, ALIGNMENT_ROLE)
            kind = cells.__class__
            look = self._flag_looks.get(kind)
            if look is not None:
                self._mark(items, look)
            model.appendRow(items)
            self._items.append(items)
            self._shown.append(cells)
            self._flagged.append(kind)
        if resized:
            # Qt would lay out the new rows later (and paint them once more then); the
            # shift by one row below needs the table's own scroll range now.
            self.table.doItemsLayout()
        self.table.verticalScrollBar().setValue(top - base)

    def _mark(
        self, items: list[QStandardItem], look: tuple[QColor, str, QIcon | None] | None
    ) -> None:
        for item in items:
            if look is None:
                item.setData(None, BACKGROUND_ROLE)
                item.setData(None, TOOLTIP_ROLE)
            else:
                item.setBackground(look[0])
                item.setToolTip(look[1])
        if items:
            items[0].setData(look[2] if look is not None else None, DECORATION_ROLE)

    def _rebuild(self) -> None:
        """The columns may have changed: items made again if so, new header labels."""
        source = self._source
        assert source is not None
        columns = source.columnCount()
        alignments = [source.headerData(c, HORIZONTAL, ALIGNMENT_ROLE) for c in range(columns)]
        if columns != self._columns or alignments != self._alignments:
            self._syncing = True  # see _fill
            try:
                self.window_model.setRowCount(0)
                self.window_model.setColumnCount(columns)
            finally:
                self._syncing = False
            self._items.clear()
            self._shown.clear()
            self._flagged.clear()
            self._columns, self._alignments = columns, alignments
            # Cells are left-aligned unless told otherwise: only the others are told.
            self._aligned = [(c, a) for c, a in enumerate(alignments) if a != ALIGN_LEFT]
        else:
            self._shown = [None] * len(self._items)  # same columns: all shown again
        self._placeholder = (PLACEHOLDER,) + ("",) * (columns - 1) if columns else ()
        self._update_header()

    def _update_header(self) -> None:
        source = self._source
        assert source is not None
        header = [
            tuple(source.headerData(c, HORIZONTAL, role) for role in _HEADER_ROLES)
            for c in range(self._columns)
        ]
        if header == self._header:
            return  # a new item would make the header lay itself out again for nothing
        self._header = header
        model = self.window_model
        for c, (label, alignment, font, tooltip) in enumerate(header):
            item = QStandardItem(label)
            item.setData(alignment | _HEADER_WRAP, ALIGNMENT_ROLE)
            if isinstance(font, QFont):
                item.setFont(font)
            if tooltip:
                item.setToolTip(tooltip)
            model.setHorizontalHeaderItem(c, item)

    def _sync_selection(self) -> None:
        selection = self.table.selectionModel()
        row = self._current - self.base
        self._syncing = True
        try:
            if self._current >= 0 and 0 <= row < len(self._items):
                column = max(selection.currentIndex().column(), 0)
                index = self.window_model.index(row, column)
                if selection.currentIndex() != index or not selection.isRowSelected(row):
                    flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
                    selection.setCurrentIndex(index, flags)
            elif selection.hasSelection() or selection.currentIndex().isValid():
                selection.clear()
        finally:
            self._syncing = False

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if self._source is not None:
            self._source.sort(column, order)

    def _cleared(self) -> bool:
        """Python's collector cleared the attributes while Qt still holds the widget and
        its signals come (see the module docstring): nothing is left to update."""
        return "_source" not in self.__dict__

    # ----------------------------------------------------------------- slots

    @Slot(int)
    def _on_scrollbar_value_changed(self, value: int) -> None:
        if self._cleared():
            return
        self.top = value
        self._fill()

    @Slot()
    def _on_source_reset(self) -> None:
        if self._cleared():
            return
        self._rebuild()
        self._update_range()
        self._fill()

    @Slot()
    def _on_source_rows_changed(self) -> None:
        if self._cleared():
            return
        self._update_range()
        self._fill()

    @Slot(QModelIndex, QModelIndex)
    def _on_source_data_changed(self, first: QModelIndex, last: QModelIndex) -> None:
        if self._cleared():
            return
        if first.row() < self.base + len(self._items) and last.row() >= self.base:
            self._fill()

    @Slot()
    def _on_source_query_applied(self) -> None:
        if self._cleared():
            return
        # New rows: the old current row means nothing in them; the header may show
        # other filters in bold.
        self._current = -1
        self._update_header()
        self.scrollbar.setValue(0)
        self._sync_selection()

    def _on_table_resized(self) -> None:
        if self._cleared() or self._source is None:
            return
        self._update_range()
        self._fill()

    @Slot()
    def _on_header_geometries(self) -> None:
        if self._cleared():
            return
        # The scrollbar starts below the header, as a table's own would.
        self._header_gap.setFixedSize(0, self.table.horizontalHeader().height())

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._cleared() or self._syncing:
            return
        self._current = self.base + current.row() if current.isValid() else -1

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if self._cleared():
            return
        self.row_activated.emit(self.base + index.row())

    def _on_move_key(self, key: Qt.Key) -> None:
        total = self._total()
        if total == 0:
            return
        current, page = self._current, self.rows_per_page()
        if current < 0:
            target = self.top
        elif key == _Key.Key_Up:
            target = current - 1
        elif key == _Key.Key_Down:
            target = current + 1
        elif key == _Key.Key_PageUp:
            target = current - page
        elif key == _Key.Key_PageDown:
            target = current + page
        elif key == _Key.Key_Home:
            target = 0
        else:
            target = total - 1
        self.set_current_row(min(max(target, 0), total - 1))
