"""The model behind every list: pages of the server's rows, fetched as they are shown.

``ListingModel`` has ``rowCount()`` rows (the planner's estimate until counted) cut
into slots of ``page_size`` rows (``services.paging``). It holds at most ``max_pages``
pages (an LRU: ``gui/page_store.py``) of the rows as the server sent them, never ORM
objects; a row becomes display strings when it is first shown (``row_cells``). Asking
for a row whose page is missing returns a placeholder (None from ``row_cells``) and
*schedules* a fetch (a zero-delay timer gathers what one screen asked for); one page
request is in flight at a time, and when it lands the screen is filled again and asks
for whatever is still missing, so a fast scrollbar drag only ever loads what ends up
visible.

The grid's table does not paint from this model (gui/widgets/row_window.py shows a
window of its rows held on the C++ side); ``data()`` serves other views and the model
tester, with roles compared as plain ints (comparing with ``Qt.ItemDataRole`` members
costs an enum comparison per call in PySide6).

The database work is the named operations of ``services.list_operations`` (open,
fetch pages, count), submitted to the DB worker with ``functools.partial``: the model
holds their snapshots (the ``Listing`` of the query, ``SlotPage`` rows), never a
session, and a CLI or a test calling the same operations sees the same rows.

A new query (sort, search, filter, columns) keeps the old rows on screen until its
first page arrives, then resets once. Every request carries the query's generation;
answers for an older one are dropped, and its queries are cancelled on the server.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from dicel_desktop.gui.cell_format import CellFormatter, Cells, LocaleFormats
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.page_store import PageStore
from dicel_desktop.gui.translations import translated_table
from dicel_desktop.gui.worker import DbWorker, Task, describe_error
from dicel_desktop.services.columns import ColumnSpec, table_spec
from dicel_desktop.services.list_operations import Opened, count_rows, fetch_pages, open_list
from dicel_desktop.services.listing import Filter, Listing, ListQuery, Row
from dicel_desktop.services.paging import EXACT_LIMIT, SlotPage

#: Roles as plain ints (comparing with Qt.ItemDataRole members costs an enum comparison
#: per call in PySide6); the grid's window uses them too.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
FONT_ROLE = int(Qt.ItemDataRole.FontRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
HORIZONTAL = Qt.Orientation.Horizontal

#: Shown in a cell whose page has not arrived yet.
PLACEHOLDER = "…"

# Plain ints: returning a Qt.AlignmentFlag makes PySide6 convert the enum on each call.
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

#: Slots fetched per request: what one paint of a tall window can show, plus one.
_SLOTS_PER_REQUEST = 4
#: The bounded count after opening a list: small results become exact for free.
_SMALL_COUNT_TIMEOUT_MS = 2_000
#: The background count waits this long after a list opens, so the first paint of the
#: new rows does not share the GIL (or the server's cores) with it.
_COUNT_DELAY_MS = 150


class ListingModel(QAbstractTableModel):
    """A sorted, filtered, paged list of one table, fed by the DB worker."""

    #: (rows, exact): the row count changed or became exact.
    count_changed = Signal(int, bool)
    #: Pages or counts are being fetched for this model.
    loading_changed = Signal(bool)
    #: Something failed; the argument is a sentence for a person.
    load_failed = Signal(str)
    #: "Count exactly" gave up under its statement timeout; the estimate stays.
    count_timed_out = Signal()
    #: A new query's first page replaced the rows (views scroll back to the top).
    query_applied = Signal()
    #: One of the list's reads (its request id) was answered or failed (wait40b: what
    #: the list said while it waited goes then).
    read_settled = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        query: ListQuery,
        *,
        page_size: int = 200,
        max_pages: int = 20,
        exact_limit: int = EXACT_LIMIT,
        locale: QLocale | None = None,
        readable: Sequence[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._page_size = page_size
        #: The rows fetched, at most ``max_pages`` slots of them (enough for one request).
        self._pages = PageStore(page_size, max(max_pages, _SLOTS_PER_REQUEST + 1))
        self._exact_limit = exact_limit
        # Read on the GUI thread; the worker formats with this plain copy.
        self._formats = LocaleFormats.from_qlocale(locale)
        self._spec = translated_table(table_spec(query.table))
        self._readable = frozenset(readable) if readable is not None else None
        query = self._resolve(query)
        self._query = query
        self._columns: tuple[ColumnSpec, ...] = ()
        self._alignment: list[int] = []
        self._set_columns(query.columns)
        self._listing: Listing | None = None
        self._formatter: CellFormatter | None = None

        self._generation = 0
        self._total = 0
        self._exact = False
        self._blank: Cells = ("",) * len(self._columns)

        self._wanted: dict[int, None] = {}
        # Request ids in flight by kind: "open", "pages", "small_count", "exact_count".
        self._requests: dict[str, int] = {}
        self._count_after_open = False
        self._failed = False
        self._loading = False
        self._dispatch = QTimer(self)
        self._dispatch.setSingleShot(True)
        self._dispatch.setInterval(0)
        self._dispatch.timeout.connect(self._on_dispatch_timeout)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(_COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._on_count_timer_timeout)
        self._bold = QFont()
        self._bold.setBold(True)
        # If the model goes away without close(), nothing may call back into it.
        self.destroyed.connect(partial(_forget_requests, worker, self._requests))
        self._open()

    # ----------------------------------------------------------------- public API

    @property
    def query(self) -> ListQuery:
        """The query shown, or being opened (its ``sort`` is always filled in)."""
        return self._query

    @property
    def columns(self) -> tuple[ColumnSpec, ...]:
        return self._columns

    @property
    def is_exact(self) -> bool:
        return self._exact

    @property
    def is_loading(self) -> bool:
        return self._loading

    def loads_with(self, request_id: int) -> bool:
        """Whether the list is loading and ``request_id`` is one of its reads under way
        (its rows, a page, an exact count, or a count the rows wait behind)."""
        return self._loading and request_id in self._requests.values()

    def reads_with(self, request_id: int) -> bool:
        """Whether ``request_id`` is one of the list's reads not answered yet, the
        background count included (wait40b)."""
        return request_id in self._requests.values()

    def set_query(self, query: ListQuery) -> None:
        query = self._resolve(query)
        if query == self._query:
            return
        columns_changed = query.columns != self._query.columns
        self._query = query
        if columns_changed:
            # The old pages have the old columns: show placeholders until the new ones.
            self.beginResetModel()
            self._set_columns(query.columns)
            self._pages.clear()
            self.endResetModel()
        self._open()

    def set_search(self, text: str) -> None:
        self.set_query(replace(self._query, search=text))

    def set_filters(self, filters: Sequence[Filter]) -> None:
        self.set_query(replace(self._query, filters=tuple(filters)))

    def set_columns(self, columns: Sequence[str]) -> None:
        """Show these columns; the sort stays (a hidden column is still readable)."""
        self.set_query(replace(self._query, columns=tuple(columns)))

    def refresh(self) -> None:
        """Reload from the server (after a change, or after an error)."""
        self._open()

    def count_exactly(self) -> None:
        """Count the rows exactly, under a statement timeout (``count_timed_out`` if slow)."""
        if "open" in self._requests or self._listing is None:
            self._count_after_open = True  # count what is about to be shown, not the old list
            return
        if "exact_count" in self._requests:
            return
        self._submit(
            "exact_count",
            partial(count_rows, listing=self._listing),
            partial(self._on_exact_count, self._generation),
        )

    @property
    def sort_column_name(self) -> str | None:
        return self._query.sort

    def sort_section(self) -> tuple[int, Qt.SortOrder] | None:
        """(column index, order) of the current sort, if the sort column is shown."""
        if self._query.sort is None or self._query.sort not in self._query.columns:
            return None
        order = (
            Qt.SortOrder.DescendingOrder
            if self._query.descending
            else (Qt.SortOrder.AscendingOrder)
        )
        return self._query.columns.index(self._query.sort), order

    def record_id(self, row: int) -> UUID | None:
        """The id of the record at ``row``, if its page is loaded."""
        return self._pages.record_id(row)

    def row_cells(self, row: int) -> Cells | None:
        """The display strings of ``row``, or None while its page is on its way (its
        fetch is scheduled, as when a view paints a row whose page is missing)."""
        cells = self._pages.cells(row, self._format_row, self._blank)
        if cells is None:
            self._wanted[row // self._page_size] = None
            if not self._dispatch.isActive():
                self._dispatch.start()
        return cells

    def is_row_loaded(self, row: int) -> bool:
        return row // self._page_size in self._pages

    def close(self) -> None:
        """Cancel what is in flight (the grid calls this when it goes away)."""
        self._count_timer.stop()
        self._generation += 1
        for request_id in self._requests.values():
            self._worker.cancel(request_id)
        self._requests.clear()
        self._update_loading()

    # ----------------------------------------------------------------- Qt model API

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if role == DISPLAY_ROLE:
            # A missing page is fetched after this paint, never from inside data().
            cells = self.row_cells(index.row())
            if cells is None:
                # One mark per row is calmer than a screenful of them.
                return PLACEHOLDER if index.column() == 0 else ""
            return cells[index.column()]
        if role == ALIGNMENT_ROLE:
            return self._alignment[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        if orientation != HORIZONTAL or not 0 <= section < len(self._columns):
            return None  # no row numbers: far rows are placed approximately
        if role == DISPLAY_ROLE:
            return self._columns[section].label
        if role == ALIGNMENT_ROLE:
            return self._alignment[section]
        if role == FONT_ROLE and self._is_filtered(self._columns[section].name):
            return self._bold
        if role == TOOLTIP_ROLE:
            column = self._columns[section]
            if not column.sortable:
                return self.tr(
                    "%1: worked out for the rows shown, so the list is not sorted or "
                    "filtered by it."
                ).replace("%1", column.label)
            if self._is_filtered(column.name):
                return self.tr("%1: filtered").replace("%1", column.label)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        if not self._columns[column].sortable:
            return  # worked out for a page's rows only (its header says so)
        name = self._columns[column].name
        descending = order == Qt.SortOrder.DescendingOrder
        if name == self._query.sort and descending == self._query.descending:
            return
        self.set_query(self._query.sorted_by(name, descending))

    # ----------------------------------------------------------------- internals

    def _resolve(self, query: ListQuery) -> ListQuery:
        """Fill in the sort: the table's default if the role may read it, else the first
        column (a statement never names a column the role may not read)."""
        if query.sort is not None:
            return query
        column, descending = self._spec.default_sort
        if self._readable is not None and column not in self._readable:
            column, descending = query.columns[0], False
        return replace(query, sort=column, descending=descending)

    def _set_columns(self, names: Sequence[str]) -> None:
        self._columns = tuple(self._spec.column(n) for n in names)
        self._alignment = [ALIGN_RIGHT if c.right_aligned else ALIGN_LEFT for c in self._columns]
        self._blank = ("",) * len(self._columns)

    def _is_filtered(self, name: str) -> bool:
        return any(f.column == name for f in self._query.filters)

    def _open(self) -> None:
        self._count_timer.stop()  # it counts what was shown: started again once shown
        self._generation += 1
        for request_id in self._requests.values():
            self._worker.cancel(request_id)
        self._requests.clear()
        self._wanted.clear()
        self._failed = False
        self._submit(
            "open",
            partial(
                open_list,
                query=self._query,
                page_size=self._page_size,
                exact_limit=self._exact_limit,
            ),
            partial(self._on_opened, self._generation),
        )

    def _submit(self, kind: str, task: Task, on_done: Any) -> None:
        generation = self._generation

        def on_error(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._requests.pop(kind, None)
            self.read_settled.emit(request)
            if kind in ("open", "pages"):
                self._failed = True  # no retry loop from data(): refresh() retries
            self._update_loading()
            self.load_failed.emit(describe_error(error))

        def done(result: Any) -> None:
            self._requests.pop(kind, None)
            on_done(result)
            self._update_loading()
            self.read_settled.emit(request)

        request = self._requests[kind] = self._worker.submit(task, done, on_error)
        self._update_loading()

    def _update_loading(self) -> None:
        # The background count after opening is not worth a busy indicator.
        loading = any(k in self._requests for k in ("open", "pages", "exact_count"))
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _on_opened(self, generation: int, opened: Opened) -> None:
        if generation != self._generation:
            return
        first = opened.first
        if first.total is not None:
            total, exact = first.total, True
        else:
            total, exact = max(opened.estimate, first.minimum_total or 0), False
        # From nothing shown (the list's first opening), rows are only inserted: the
        # view keeps its header as it is instead of rebuilding it for a reset.
        growing = self._total == 0 and total > 0
        if growing:
            self.beginInsertRows(QModelIndex(), 0, total - 1)
        else:
            self.beginResetModel()
        self._listing = opened.listing
        self._formatter = CellFormatter(opened.listing, self._formats)
        self._pages.clear()
        self._wanted.clear()
        self._total, self._exact = total, exact
        if total:
            self._pages.store(first, total)
        if growing:
            self.endInsertRows()
        else:
            self.endResetModel()
        self.count_changed.emit(self._total, self._exact)
        self.query_applied.emit()
        if self._count_after_open:
            self._count_after_open = False
            if not self._exact:
                self.count_exactly()
        elif not self._exact:
            # After the new rows have painted: started at once, the count's statement
            # building competed for the GIL with that first paint and its parallel scan
            # took the server's cores from the next page (benchmark: stalls 2x longer).
            self._count_timer.start()

    @slot_while_whole(keeps="_worker")
    def _on_count_timer_timeout(self) -> None:
        # The worker may have been shut down since (the program closing).
        if not self._worker.is_shut_down and not self._exact and self._listing is not None:
            self._count_small()

    def _count_small(self) -> None:
        """Count up to ``exact_limit`` + 1 rows: exact for small results, cheap for big."""
        assert self._listing is not None
        generation, cap = self._generation, self._exact_limit + 1

        def done(n: int | None) -> None:
            if generation != self._generation or n is None:
                return
            if n < cap:
                self._set_total(n, exact=True)
            elif self._total < cap:
                self._set_total(cap, exact=False)  # the estimate was too low: at least this

        self._submit(
            "small_count",
            partial(
                count_rows,
                listing=self._listing,
                cap=cap,
                timeout_ms=_SMALL_COUNT_TIMEOUT_MS,
                parallel=False,
            ),
            done,
        )

    def _on_exact_count(self, generation: int, n: int | None) -> None:
        if generation != self._generation:
            return
        if n is None:
            self.count_timed_out.emit()
        else:
            self._set_total(n, exact=True)

    def _set_total(self, total: int, *, exact: bool) -> None:
        old = self._total
        if total != old:
            stale = self._pages.drop_stale(total)
            if total > old:
                self.beginInsertRows(QModelIndex(), old, total - 1)
                self._total = total
                self.endInsertRows()
            else:
                self.beginRemoveRows(QModelIndex(), total, old - 1)
                self._total = total
                self.endRemoveRows()
            for s in stale:
                self._emit_slot_changed(s)
        changed = total != old or exact != self._exact
        self._exact = exact
        if changed:
            self.count_changed.emit(self._total, self._exact)

    def _format_row(self, row: Row) -> Cells:
        """A row's display strings, made on its first showing (``PageStore.cells``)."""
        assert self._formatter is not None
        return self._formatter.format_row(row)

    def _emit_slot_changed(self, slot: int) -> None:
        first = slot * self._page_size
        last = min(first + self._page_size, self._total) - 1
        if first <= last and self._columns:
            self.dataChanged.emit(
                self.index(first, 0), self.index(last, len(self._columns) - 1), [DISPLAY_ROLE]
            )

    @slot_while_whole(keeps="_worker")
    def _on_dispatch_timeout(self) -> None:
        if (
            self._worker.is_shut_down
            or self._failed
            or self._listing is None
            or "open" in self._requests
            or "pages" in self._requests
        ):
            return  # the answer in flight re-triggers a paint, which asks again
        size = self._page_size
        wanted = [s for s in self._wanted if s not in self._pages and 0 <= s * size < self._total]
        self._wanted.clear()
        if not wanted:
            return
        # The latest paint asked last: its slots are what is on screen now.
        slots = sorted(set(wanted[-_SLOTS_PER_REQUEST:]))
        known = self._pages.edges_beside(slots)
        self._submit(
            "pages",
            partial(
                fetch_pages,
                listing=self._listing,
                slots=slots,
                total=self._total,
                page_size=size,
                known=known,
                exact_limit=self._exact_limit,
            ),
            partial(self._on_pages, self._generation, self._total),
        )

    def _on_pages(self, generation: int, total: int, pages: list[SlotPage]) -> None:
        if generation != self._generation:
            return
        if total != self._total:
            # The count changed while these were fetched: their places may be stale.
            for page in pages:
                self._wanted[page.slot] = None
            self._dispatch.start()
            return
        proven = None
        at_least = 0
        for page in pages:
            self._pages.store(page, self._total)
            if page.total is not None:
                proven = page.total
            elif page.minimum_total:
                at_least = max(at_least, page.minimum_total)
        self._pages.evict(page.slot for page in pages)
        if proven is not None:
            self._set_total(proven, exact=True)
        elif at_least > self._total:
            self._set_total(at_least, exact=False)
        for page in pages:
            if page.slot in self._pages:
                self._emit_slot_changed(page.slot)
        if self._wanted:
            self._dispatch.start()


def _forget_requests(worker: DbWorker, requests: dict[str, int], *_args: object) -> None:
    """Cancel a dead model's requests (a plain function: the model may be half gone)."""
    for request_id in list(requests.values()):
        worker.cancel(request_id)
    requests.clear()
