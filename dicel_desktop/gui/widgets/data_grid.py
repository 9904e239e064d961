"""The data grid every module uses: a table view over a ``ListingModel`` and its tools.

Above the table: a quick-search box (applied 250 ms after the last keystroke), a
"Filter" menu (one filter per column, also on the header's context menu), the column
chooser (remembered per table in QSettings), the row count ("about 1,000,000 rows",
exact after "Count exactly") and a busy indicator. Sorting is a header click: the
model sorts in SQL (no QSortFilterProxyModel over database rows).

The caller passes the columns the role may read (``domain.permissions``); the grid
neither shows nor queries any other. Rows the table flags (``services.row_flags``: an
item below its minimum stock, leave pending past its first day, a high risk) are marked
with a tint and a warning symbol, where the role reads what the flag reads. Columns
start at their kind's width (or the list's hint, ``services.list_layouts``); name
columns then widen to the names of the first rows, so a name is read whole.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QWidget,
)

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.table_model import ListingModel
from dicel_desktop.gui.translations import said_words, shown_by, tr_label, translated_table
from dicel_desktop.gui.unanswered import Unanswered, loading_text
from dicel_desktop.gui.widgets.column_widths import ColumnWidths
from dicel_desktop.gui.widgets.count_text import count_text
from dicel_desktop.gui.widgets.filter_popup import FilterPopup
from dicel_desktop.gui.widgets.grid_layout import lay_out
from dicel_desktop.gui.widgets.grid_menus import GridMenus
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.columns import ColumnSpec, table_spec
from dicel_desktop.services.list_layouts import FILL_COLUMNS
from dicel_desktop.services.listing import Equals, Filter, ListQuery
from dicel_desktop.services.paging import EXACT_LIMIT
from dicel_desktop.services.row_flags import row_flag

if TYPE_CHECKING:
    from dicel_desktop.gui.export_dialog import ExportDialog

#: Quick search waits this long after the last keystroke: one query per word typed,
#: not one per letter.
SEARCH_DELAY_MS = 250
#: How long the status bar says a search found nothing.
NOTHING_FOUND_MS = 5000
#: The busy indicator appears when loading has lasted this long.
BUSY_DELAY_MS = 200
#: A new grid first paints with its first rows, or empty after this long.
REVEAL_DELAY_MS = 100


def _is_menu_key(event: QKeyEvent) -> bool:
    """The menu key, or Shift+F10 (keyboards without one)."""
    if event.key() == Qt.Key.Key_Menu:
        return True
    return (event.key(), event.modifiers()) == (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)


class DataGrid(QWidget):
    """A list of one table; see the module docstring.

    ``readable_columns``: what the role may read (None: every listable column).
    ``fixed_filters``: conditions a module imposes (an invoice's items), not shown.
    ``settings``: where the column choice is remembered (default: the application's).
    ``remembered_as``: the name it is remembered under (default: the table's), for a
    list of the table shown with other columns (My payslips beside HR's payroll).
    ``page_size``, ``exact_limit``: see ListingModel and services.paging (tests shrink them).
    ``shown_columns``: columns shown besides the person's choice (a figure's own).
    """

    #: The user opened a record (double click, Enter): its id.
    record_activated = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        table: str,
        readable_columns: Sequence[str] | None = None,
        *,
        fixed_filters: Sequence[Filter] = (),
        settings: QSettings | None = None,
        remembered_as: str | None = None,
        locale: QLocale | None = None,
        page_size: int = 200,
        exact_limit: int = EXACT_LIMIT,
        fill_column: str | None = None,
        shown_columns: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        #: Columns shown whatever the person chose for the table, where readable: what a
        #: dashboard figure opening the list is made of (``Figure.shows``).
        self._shown_columns = tuple(shown_columns)
        #: The column that takes the width the others leave free (an invoice line's
        #: description), unless the person chose its width; None: no column does.
        self.fill_column = fill_column if fill_column is not None else FILL_COLUMNS.get(table)
        self.spec = translated_table(table_spec(table))
        self._worker = worker
        #: The export running or last run from this list (File > Export list…).
        self.export_dialog: ExportDialog | None = None
        self.qlocale = locale or QLocale()
        self._settings = settings if settings is not None else QSettings()
        self._remembered_as = remembered_as or table
        allowed = set(readable_columns) if readable_columns is not None else None
        #: Columns the chooser offers: listable and readable, in the table's order.
        self.readable: tuple[ColumnSpec, ...] = tuple(
            c for c in self.spec.columns if allowed is None or c.name in allowed
        )
        if not self.readable:
            raise ValueError(f"no readable column to list in {table}")
        self._fixed_filters = tuple(fixed_filters)
        #: What the list holds, for its print's title and its export's file name: the
        #: table's name, or what a figure or chart opened it for (gui/tabs/module_tab).
        self.title: str = ""
        self._filters: dict[str, Filter] = {}
        readable_names = [c.name for c in self.spec.columns] if allowed is None else allowed
        #: The flag this list marks its rows with, or None.
        self.flag = row_flag(table, readable_names)

        self.model = ListingModel(
            worker,
            ListQuery(
                table,
                self._restore_columns(),
                filters=self._fixed_filters,
                flagged=self.flag is not None,
                # The quick search finds a state by the words shown (eye33 #3).
                said=said_words(table, self.readable),
                # Sorted by the words shown where they are not the stored ones.
                shown_by=shown_by(table),
            ),
            page_size=page_size,
            exact_limit=exact_limit,
            locale=self.qlocale,
            readable=[c.name for c in self.readable],
            parent=self,
        )
        self._build()
        #: Says beside the busy bar that the server has not answered the list's read yet,
        #: when the status bar says so (wait40): the list may be under a dialog.
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)
        #: The columns' widths and the header's height.
        self.widths = ColumnWidths(
            self.view,
            self.model,
            self._settings,
            self._settings_key("widths"),
            flag=self.flag,
            locale=self.qlocale,
            fill_column=self.fill_column,
            parent=self,
        )
        self._connect()
        self.widths.apply()
        self._sync_sort_indicator()
        # An empty grid painted a moment before its rows is one more paint of the whole
        # grid before the rows show (and a flash of an empty table): the first paint
        # waits for the first rows, or for REVEAL_DELAY_MS, or for an error.
        self.setUpdatesEnabled(False)
        self._reveal_timer.start()

    # ----------------------------------------------------------------- public API

    @property
    def visible_columns(self) -> tuple[str, ...]:
        return self.model.query.columns

    @property
    def filters(self) -> dict[str, Filter]:
        return dict(self._filters)

    @property
    def fixed_filters(self) -> tuple[Filter, ...]:
        """The conditions the list was opened with (not shown, not cleared)."""
        return self._fixed_filters

    def new_record_presets(self) -> dict[str, object]:
        """What a record made from this list starts with: the values its fixed filters
        name (My leave: my own employee record), so the new record shows in the list."""
        return {f.column: f.value for f in self._fixed_filters if isinstance(f, Equals)}

    def set_visible_columns(self, names: Sequence[str]) -> None:
        """Show these columns (in the table's order); remembered for this table."""
        wanted = set(names)
        columns = tuple(c.name for c in self.readable if c.name in wanted)
        if not columns:
            return  # a list with no column would be no list at all
        self._settings.setValue(self._settings_key("columns"), json.dumps(list(columns)))
        self.model.set_columns(columns)

    def set_filter(self, column: str, value: Filter | None) -> None:
        """Set (or clear, with None) the filter of one column."""
        if value is None:
            self._filters.pop(column, None)
        else:
            self._filters[column] = value
        self.model.set_filters(self._fixed_filters + tuple(self._filters.values()))
        self._update_filter_bar()

    @slot_while_whole(keeps="view")
    def clear_filters(self) -> None:
        self._filters.clear()
        self.model.set_filters(self._fixed_filters)
        self._update_filter_bar()

    def export_list(self) -> ExportDialog | None:
        """Ask for a file and export the list as it is now (filter, sort, columns)."""
        # Exporting's modules (and multiprocessing) come with the first export.
        from dicel_desktop.gui.export_dialog import export_current_list

        dialog = export_current_list(
            self,
            self._worker,
            self.model.query,
            self.title or self.spec.label,
            self._settings,
            self.qlocale,
        )
        if dialog is not None:
            self.export_dialog = dialog
        return dialog

    @slot_while_whole(keeps="view")
    def refresh(self) -> None:
        self.error_bar.hide()
        self.model.refresh()

    def current_record_id(self) -> UUID | None:
        row = self.rows.current_row
        return self.model.record_id(row) if row >= 0 else None

    def close_list(self) -> None:
        """Stop loading (cancel queries in flight) and stop an export of the list still
        being written: call when the list goes away."""
        self.model.close()
        if self.export_dialog is not None:
            self.export_dialog.run.cancel()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        # The count follows the model one event-loop turn later: arriving rows paint
        # first, in a turn of their own, and the bar after them.
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(0)
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(REVEAL_DELAY_MS)
        # A new result's rows paint one turn after they are put in place (a timer, not
        # a queued call: Qt sends those in the same pass as the paint they would defer).
        self._paint_timer = QTimer(self)
        self._paint_timer.setSingleShot(True)
        self._paint_timer.setInterval(0)
        # The busy indicator shows only when loading lasts: a quick page never flickers it.
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._count_text = ""
        self._count_exact = True
        self._counting = False
        #: The longer words were said while the rows loaded (they stay until loaded).
        self._said_loading = False

        #: Down or Enter in the search box asked for the first row of a search still
        #: being run: it is chosen once the rows are in.
        self._first_row_wanted = False
        lay_out(self)  # its widgets: gui/widgets/grid_layout.py
        #: Its column, Filter and Columns menus (gui/widgets/grid_menus.py).
        self.menus = GridMenus(self)
        self._update_filter_bar()

    def _connect(self) -> None:
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.search_box.textChanged.connect(self._on_search_text_changed)
        self.search_box.returnPressed.connect(self._on_search_timer_timeout)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.count_button.clicked.connect(self._on_count_button_clicked)
        self.retry_button.clicked.connect(self.refresh)
        self.model.count_changed.connect(self._on_model_count_changed)
        self.model.count_timed_out.connect(self._on_model_count_timed_out)
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.model.read_settled.connect(self._on_model_read_settled)
        self._status_timer.timeout.connect(self._on_status_timer_timeout)
        self._busy_timer.timeout.connect(self._on_busy_timer_timeout)
        self._reveal_timer.timeout.connect(self._reveal)
        self._paint_timer.timeout.connect(self._reveal)
        self.model.load_failed.connect(self._on_model_load_failed)
        self.model.query_applied.connect(self._on_model_query_applied)
        self.model.modelReset.connect(self._on_model_reset)
        self.rows.row_activated.connect(self._on_row_activated)
        self.filter_button.menu().aboutToShow.connect(self.menus.on_filter_menu_about_to_show)
        self.columns_button.menu().aboutToShow.connect(self.menus.on_columns_menu_about_to_show)
        header = self.view.horizontalHeader()
        header.customContextMenuRequested.connect(self.menus.on_header_menu_requested)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        # After the indicator shows the model's sort, so enabling does not re-sort.
        self._sync_sort_indicator()
        self.view.setSortingEnabled(True)
        if self.model.is_loading:
            self._busy_timer.start()

    # ----------------------------------------------------------------- settings

    def _settings_key(self, what: str) -> str:
        return f"data_grid/{self._remembered_as}/{what}"

    def _restore_columns(self) -> tuple[str, ...]:
        readable = [c.name for c in self.readable]
        saved = self._settings.value(self._settings_key("columns"))
        names: list[str] = []
        if isinstance(saved, str):
            try:
                names = [n for n in json.loads(saved) if n in readable]
            except (ValueError, TypeError):
                names = []
        if not names:
            names = [c.name for c in self.readable if c.default_visible] or readable[:1]
        if self._shown_columns:
            wanted = {*names, *self._shown_columns}
            names = [n for n in readable if n in wanted]  # in the table's order
        return tuple(names)

    # ----------------------------------------------------------------- helpers

    def _sync_sort_indicator(self) -> None:
        header = self.view.horizontalHeader()
        section = self.model.sort_section()
        header.blockSignals(True)
        try:
            if section is None:
                header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            else:
                header.setSortIndicator(*section)
        finally:
            header.blockSignals(False)
        header.viewport().update()

    @slot_while_whole(int, Qt.SortOrder, keeps="view")
    def _on_header_sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        # A click on a column the list is not sorted by (worked out for the rows shown
        # only): the model ignored it, and the arrow goes back to the column sorted by.
        columns = self.model.columns
        if 0 <= section < len(columns) and not columns[section].sortable:
            self._sync_sort_indicator()

    def _update_filter_bar(self) -> None:
        labels = [tr_label(self.spec.column(name).label) for name in self._filters]
        self.filter_label.setText(
            self.tr("Filtered by %1").replace("%1", ", ".join(labels)) if labels else ""
        )
        self.clear_filters_button.setVisible(bool(labels))

    def _open_filter(self, name: str) -> None:
        changed, chosen = FilterPopup.ask(
            self.spec.column(name), self._filters.get(name), locale=self.qlocale, parent=self
        )
        if changed:
            self.set_filter(name, chosen)

    # ----------------------------------------------------------------- slots

    @slot_while_whole(str, keeps="view")
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # restart: wait for the typing to pause

    @slot_while_whole(keeps="view")
    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search_box.text().strip())

    @slot_while_whole(keeps="view")
    def _on_export_button_clicked(self) -> None:
        self.export_list()

    @slot_while_whole(keeps="view")
    def _on_count_button_clicked(self) -> None:
        self._counting = True
        self.count_label.setText(self.tr("Counting…"))
        self.count_button.hide()
        self.model.count_exactly()

    @slot_while_whole(int, bool, keeps="view")
    def _on_model_count_changed(self, rows: int, exact: bool) -> None:
        self._counting = False
        self._count_text = count_text(rows, exact, self.qlocale)
        self._count_exact = exact
        self._status_timer.start()

    @slot_while_whole(keeps="view")
    def _on_model_count_timed_out(self) -> None:
        self._counting = False
        self._count_text = count_text(self.model.rowCount(), False, self.qlocale) + self.tr(
            " (counting took too long)",
        )
        self._count_exact = False
        self._status_timer.start()

    @slot_while_whole(bool, keeps="view")
    def _on_model_loading_changed(self, loading: bool) -> None:
        if loading:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self._said_loading = False
            self._status_timer.start()
            self.widths.fit_names()

    def _unanswered_busy(self, request_id: int) -> str:
        """ "Loading…" while ``request_id``, a read of this list, waits with its rows;
        "Counting…" for a count (asked for, or the one in the background while no rows
        load: wait40b); the count after it is said again once it is answered."""
        model = self.__dict__.get("model")  # None: cleared by the collector (eventFilter)
        if model is None or not model.reads_with(request_id):
            return ""
        return loading_text() if model.is_loading and not self._counting else self.tr("Counting…")

    def _still_waiting(self) -> bool:
        """The read the longer words were said for has not been answered yet, or they
        were said while the rows loaded and the rows still load (a count answered before
        the rows queued behind it: their read waits on)."""
        said = self.unanswered.said_for
        if said is None:
            return False
        return self.model.reads_with(said) or (self._said_loading and self.model.is_loading)

    @slot_while_whole(int, keeps="view")
    def _on_model_read_settled(self, request_id: int) -> None:
        if request_id == self.unanswered.said_for:
            self._status_timer.start()  # the count (or its words) back in their place

    def _say_waiting(self, words: str) -> None:
        self._said_loading = self.model.is_loading
        self.busy.show()
        self.count_label.setText(words)

    @slot_while_whole(keeps="view")
    def _on_busy_timer_timeout(self) -> None:
        self.busy.setVisible(self.model.is_loading)

    @slot_while_whole(keeps="view")
    def _on_status_timer_timeout(self) -> None:
        if self._still_waiting():
            # A count that arrives meanwhile does not hide that the read still waits.
            self.count_label.setText(self.unanswered.words)
            self.busy.show()
            return
        if self._counting:
            self.count_label.setText(self.tr("Counting…"))
        else:
            self.count_label.setText(self._count_text)
        self.count_button.setVisible(not self._count_exact and not self._counting)
        if not self.model.is_loading:
            self.busy.hide()

    @slot_while_whole(keeps="view")
    def _reveal(self) -> None:
        self._reveal_timer.stop()
        if not self.updatesEnabled():
            self.setUpdatesEnabled(True)

    @slot_while_whole(str, keeps="view")
    def _on_model_load_failed(self, message: str) -> None:
        self._reveal()
        self.error_label.setText(message)
        self.error_bar.show()

    @slot_while_whole(keeps="view")
    def _on_model_query_applied(self) -> None:
        if self._first_row_wanted:
            self._choose_first_row()
        # The rows are in the window now; they paint in the next event-loop turn, so
        # filling the window and painting it do not hold the GUI thread as one (with a
        # search's full page the two were 1.7-2.7x a full repaint, tests/perf stall):
        # a key pressed meanwhile is answered in between.
        if not self.updatesEnabled():
            self._reveal_timer.start(0)  # the first rows of a new grid
        elif not self._paint_timer.isActive():
            self.setUpdatesEnabled(False)
            self._paint_timer.start()
        self.error_bar.hide()  # the window has scrolled back to the top by itself
        self._sync_sort_indicator()
        self.widths.fit_names()
        self.widths.fit_header_height()  # a filtered column's name is bold: wider

    @slot_while_whole(keeps="view")
    def _on_model_reset(self) -> None:
        # Columns may have changed: widths, menus and the sort arrow follow.
        self.widths.apply()
        self.menus.sync_columns_menu()
        self._sync_sort_indicator()

    @slot_while_whole(int, keeps="view")
    def _on_row_activated(self, row: int) -> None:
        record = self.model.record_id(row)
        if record is not None:
            self.record_activated.emit(record)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "view" not in self.__dict__:
            # Cleared by Python's collector while Qt still sends its view's events (a
            # window torn down in pieces): every event raised AttributeError in the event
            # loop, once in a full test run. Nothing is left to filter for.
            return False
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._search_key_pressed(event)
        ):
            return True
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and _is_menu_key(event)
            and self.view.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu
        ):
            self.menus.open_for_current_column()
            return True
        return super().eventFilter(watched, event)

    def _search_key_pressed(self, event: QKeyEvent) -> bool:
        """Down or Enter in the search box: to the rows it finds, the first chosen. Esc:
        the search cleared; in an empty box, back to the rows (in a dialog, Esc is the
        dialog's). True when the key was taken."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_search_timer_timeout()  # what was typed, searched now
            if not self.model.is_loading and self.model.rowCount() == 0:
                self._say_nothing_found()
                return True
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self._first_row_wanted = self.model.is_loading
            if not self._first_row_wanted:
                self._choose_first_row()
            return True
        if key == Qt.Key.Key_Escape:
            if self.search_box.text():
                self.search_box.clear()
                self._on_search_timer_timeout()
                return True
            if isinstance(self.window(), QDialog):
                return False
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _choose_first_row(self) -> None:
        self._first_row_wanted = False
        model = self.view.model()
        if model is None or model.rowCount() == 0:
            if self.view.hasFocus() and self.search_box.text().strip():
                # Gone to the rows before they were in, and there are none: back to
                # the search to change it, rather than into an empty list.
                self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
                self._say_nothing_found()
            return
        first = model.index(0, max(self.view.currentIndex().column(), 0))
        self.view.selectionModel().setCurrentIndex(
            first,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(first)

    def _say_nothing_found(self) -> None:
        """Down or Enter in a search that found nothing: said in the status bar, the
        focus left in the box (it went into an empty list with no word)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                QCoreApplication.translate("DataGrid", "Nothing found"), NOTHING_FOUND_MS
            )
