"""Print… and Save as PDF… of the current list: its search, filters, sort and visible
columns, all its rows.

The rows are read on the DB worker one keyset page at a time (``services.printing``),
never all at once: each page is one request, the next asked for when the last arrives,
so the GUI stays responsive and a progress dialog can cancel between two pages (the
request in flight is cancelled on the server). The document is painted once every row
is in, so each page knows how many there are ("Page 1 of M")."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dicel_desktop.gui.cell_format import CellFormatter, Cells, LocaleFormats, ValueFormatter
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.printing.filter_words import filter_text
from dicel_desktop.gui.printing.list_sheet import ListSheet, print_list
from dicel_desktop.gui.printing.output import PrintOutput
from dicel_desktop.gui.printing.page import Furniture
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.printing import Key, RowChunk, company_name, read_rows

log = logging.getLogger(__name__)

#: Rows per request to the worker.
CHUNK_ROWS = 500


class ListPrintJob(PrintOutput):
    """One print or save of one list. ``chunk_read`` reports progress (rows so far)."""

    chunk_read = Signal(int)

    def __init__(
        self, worker: DbWorker, grid: DataGrid, parent: QWidget, *, chunk_rows: int = CHUNK_ROWS
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._grid = grid
        self._chunk_rows = chunk_rows
        self._query = grid.model.query
        self.title = grid.spec.label
        formats = LocaleFormats.from_qlocale(grid.locale)
        self._formats = formats
        values = ValueFormatter(formats)
        chosen = list(grid.filters.values())
        words = [filter_text(grid.spec, self._query.search, chosen, values)]
        if self._query.sort is not None:
            order = (
                QCoreApplication.translate("Printing", "last first")
                if self._query.descending
                else QCoreApplication.translate("Printing", "first first")
            )
            sort = QCoreApplication.translate("Printing", "Sorted by %1, %2").replace("%2", order)
            words.append(sort.replace("%1", grid.spec.column(self._query.sort).label))
        self._furniture = Furniture(
            company="",
            title=self.title,
            filter_text=" · ".join(w for w in words if w),
            date=values.date(dt.date.today()),
        )
        self._headers = [c.label for c in grid.model.columns]
        self._right = [c.right_aligned for c in grid.model.columns]
        self.rows: list[Cells] = []
        self._formatter: CellFormatter | None = None
        self._request: int | None = None
        self.cancelled = False
        self.progress: QProgressDialog | None = None

    # ----------------------------------------------------------------- entry points

    def print_(self) -> None:
        """The print dialog, then the rows, then the printer."""
        self.ask_printer(
            self.title,
            lambda printer: self.read(partial(self._print, printer)),
            landscape=self._sheet().landscape,
        )

    def save_pdf(self) -> None:
        """The file dialog, then the rows, then the PDF."""
        self.ask_file(self.title, _stem(self.title), self.save_pdf_to)

    def save_pdf_to(self, path: str) -> None:
        self.read(partial(self._write, path))

    # ----------------------------------------------------------------- reading

    def read(self, then: Callable[[], None]) -> None:
        """Reads the company's name and every row, then calls ``then``."""
        expected = max(self._grid.model.rowCount(), 1)
        progress = QProgressDialog(
            QCoreApplication.translate("Printing", "Reading the rows of %1…").replace(
                "%1", self.title
            ),
            QCoreApplication.translate("Printing", "Cancel"),
            0,
            expected,
            self._parent,
        )
        progress.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.progress = progress

        def named(name: str) -> None:
            self._furniture = Furniture(
                name, self._furniture.title, self._furniture.filter_text, self._furniture.date
            )
            self._next(self._query, None, then)

        self._request = self._worker.submit(company_name, named, self._failed)

    def _next(self, listing: Any, after: Key | None, then: Callable[[], None]) -> None:
        self._request = self._worker.submit(
            partial(read_rows, listing=listing, after=after, limit=self._chunk_rows),
            partial(self._on_chunk, then),
            self._failed,
        )

    def _on_chunk(self, then: Callable[[], None], chunk: RowChunk) -> None:
        if self.cancelled:
            return
        if self._formatter is None:
            self._formatter = CellFormatter(chunk.listing, self._formats)
        self.rows.extend(self._formatter.format_rows(chunk.rows))
        self.chunk_read.emit(len(self.rows))
        if self.progress is not None:
            if len(self.rows) > self.progress.maximum():
                self.progress.setMaximum(len(self.rows))
            self.progress.setValue(len(self.rows))
        if self.cancelled:  # the progress dialog's Cancel, pressed during that update
            return
        if chunk.next_key is None:
            self._request = None
            self._close_progress()
            then()
            return
        self._next(chunk.listing, chunk.next_key, then)

    def cancel(self) -> None:
        """Stops reading: the request in flight is cancelled, nothing is printed."""
        if self.cancelled:
            return
        self.cancelled = True
        if self._request is not None:
            self._worker.cancel(self._request)
            self._request = None
        self._close_progress()
        self.finished.emit(
            QCoreApplication.translate(
                "Printing", "Printing was cancelled: nothing was printed or saved."
            ),
            False,
        )

    def _failed(self, error: BaseException) -> None:
        log.warning("reading the list to print failed: %r", error)
        self._request = None
        self._close_progress()
        self.finished.emit(describe_error(error), True)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # ----------------------------------------------------------------- painting

    def _sheet(self) -> ListSheet:
        return ListSheet(self._headers, self._right, self.rows)

    def _render(self, device: Any) -> bool:
        return print_list(self._sheet(), device, self._furniture)

    def _write(self, path: str) -> None:
        self.write_pdf(path, self.title, self._render, landscape=self._sheet().landscape)

    def _print(self, printer: Any) -> None:
        self.send_to_printer(printer, self._render)


def _stem(title: str) -> str:
    return "-".join(title.lower().split()) or "list"
