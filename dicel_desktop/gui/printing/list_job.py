"""Print… and Save as PDF… of the current list: its search, filters, sort and visible
columns, all its rows.

The rows are counted first (for the progress), then read on the DB worker one keyset
chunk at a time (``services.printing``), never all at once: each chunk is one request,
the next asked for when the last arrives, so the GUI stays responsive and a progress
dialog can cancel between two chunks (the request in flight is cancelled on the server).
The first reading measures the rows (``ListPages``: the columns' widths, the page's
orientation, the lines each row wraps onto, so "Page N of M" is known before page 1). A
list of up to ``KEEP_ROWS`` rows is painted from what that reading kept; a longer one is
read twice more, to count its pages and to paint them, each page painted as soon as its
rows are in and then forgotten: a million-row list prints in the memory of one page. A
cancelled or failed print leaves nothing: the printer's job is aborted, a half-written
PDF removed."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QProgressDialog, QWidget

from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats, ValueFormatter
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.printing.filter_words import filter_text
from dicel_desktop.gui.printing.list_sheet import KEEP_ROWS, ListColumns, ListPages
from dicel_desktop.gui.printing.output import PrintOutput
from dicel_desktop.gui.printing.page import Furniture, pdf_writer
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.columns import Kind
from dicel_desktop.services.list_operations import count_rows
from dicel_desktop.services.printing import Key, RowChunk, company_name, read_rows

log = logging.getLogger(__name__)

#: Rows per request to the worker.
CHUNK_ROWS = 500
#: How long the count for "Page N of M" may take before the grid's estimate stands in.
COUNT_TIMEOUT_MS = 60_000


class ListPrintJob(PrintOutput):
    """One print or save of one list. ``chunk_read`` reports progress (rows so far)."""

    chunk_read = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        grid: DataGrid,
        parent: QWidget,
        *,
        chunk_rows: int = CHUNK_ROWS,
        keep_rows: int = KEEP_ROWS,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._grid = grid
        self._chunk_rows = chunk_rows
        self._keep_rows = keep_rows
        self._query = grid.model.query
        self.title = grid.title or grid.spec.label
        formats = LocaleFormats.from_qlocale(grid.qlocale)
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
        columns = grid.model.columns
        self._columns = ListColumns(
            [c.label for c in columns],
            [c.right_aligned for c in columns],
            [c.kind in (Kind.TEXT, Kind.FK) for c in columns],
        )
        #: Rows read so far, over all the readings.
        self.rows_read = 0
        #: The pages being measured and painted (from the first rows).
        self.pages: ListPages | None = None
        #: What the reading under way is for: "measure", "count" or "paint".
        self.reading = "measure"
        #: Whether the page's orientation is the list's to choose (not chosen in the
        #: print dialog).
        self._choose_orientation = True
        self._formatter: CellFormatter | None = None
        self._request: int | None = None
        self._expected = 0
        self._device: Any = None
        self._pdf_path: str | None = None
        self._done: Callable[[bool], None] | None = None
        self.cancelled = False
        self.progress: QProgressDialog | None = None

    # ----------------------------------------------------------------- entry points

    def print_(self) -> None:
        """The print dialog, then the rows, each page printed as its rows come."""
        self.ask_printer(self.title, self.print_to)

    def print_to(self, printer: Any) -> None:
        # The dialog opens on portrait: landscape there is the person's choice, kept;
        # portrait left as it was is the list's to turn if its columns need it.
        orientation = printer.pageLayout().orientation()
        self._choose_orientation = orientation == QPageLayout.Orientation.Portrait
        self._read(printer, partial(self.printer_finished, printer))

    def save_pdf(self) -> None:
        """The file dialog, then the rows, each page written as its rows come."""
        self.ask_file(self.title, _stem(self.title), self.save_pdf_to)

    def save_pdf_to(self, path: str) -> None:
        self._pdf_path = path
        writer = pdf_writer(path, self.title)
        self._read(writer, partial(self._pdf_done, path))

    def _pdf_done(self, path: str, ok: bool) -> None:
        # The file is complete once the writer is gone.
        self._device = None
        if self.pages is not None:
            self.pages.release()
        self.pdf_finished(path, ok)

    # ----------------------------------------------------------------- reading

    def _read(self, device: Any, done: Callable[[bool], None]) -> None:
        """The company's name, the count, then the rows onto ``device``; ``done(ok)``."""
        self._device = device
        self._done = done
        progress = QProgressDialog(
            QCoreApplication.translate("Printing", "Reading the rows of %1…").replace(
                "%1", self.title
            ),
            QCoreApplication.translate("Printing", "Cancel"),
            0,
            max(self._grid.model.rowCount(), 1),
            self._parent,
        )
        progress.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        self._request = self._worker.submit(company_name, self._on_named, self._failed)

    def _on_named(self, name: str) -> None:
        self._furniture = Furniture(
            name, self._furniture.title, self._furniture.filter_text, self._furniture.date
        )
        self._request = self._worker.submit(
            partial(count_rows, listing=self._query, timeout_ms=COUNT_TIMEOUT_MS),
            self._on_counted,
            self._failed,
        )

    def _on_counted(self, count: int | None) -> None:
        if self.cancelled:
            return
        # A count that took too long: the grid's own figure stands in (for the progress).
        self._expected = count if count is not None else self._grid.model.rowCount()
        if self.progress is not None:
            self.progress.setMaximum(max(self._expected, 1))
        self._next(self._query, None)

    def _next(self, listing: Any, after: Key | None) -> None:
        self._request = self._worker.submit(
            partial(read_rows, listing=listing, after=after, limit=self._chunk_rows),
            self._on_chunk,
            self._failed,
        )

    def _on_chunk(self, chunk: RowChunk) -> None:
        if self.cancelled:
            return
        if self._formatter is None:
            self._formatter = CellFormatter(chunk.listing, self._formats)
        rows = self._formatter.format_rows(chunk.rows)
        if self.pages is None:
            self.pages = ListPages(
                self._columns,
                self._device,
                self._furniture,
                choose_orientation=self._choose_orientation,
                keep_rows=self._keep_rows,
            )
        if self.reading == "measure":
            self.pages.measure(rows)
        elif self.reading == "count":
            self.pages.count(rows)
        else:
            self.pages.add(rows)
        self.rows_read += len(rows)
        self.chunk_read.emit(self.rows_read)
        if self.progress is not None:
            if self.rows_read > self.progress.maximum():
                self.progress.setMaximum(self.rows_read)
            self.progress.setValue(self.rows_read)
        if self.cancelled:  # the progress dialog's Cancel, pressed during that update
            return
        if chunk.next_key is not None:
            self._next(chunk.listing, chunk.next_key)
        elif self.reading == "measure":
            if self.pages.plan():
                self._paint_kept()
            else:  # too long to keep: read again to count the pages, then to paint
                self.reading = "count"
                if self.progress is not None:
                    self.progress.setMaximum(max(self._expected, self.rows_read) * 3)
                self._next(chunk.listing, None)
        elif self.reading == "count":
            if self._begin():
                self.reading = "paint"
                self._next(chunk.listing, None)
        else:
            self._request = None
            self._close_progress()
            self.pages.finish()
            self._finish(True)

    def _begin(self) -> bool:
        """Opens the device; when it cannot be (no printer, a file that cannot be
        written), says so and stops."""
        assert self.pages is not None
        if self.pages.begin():
            return True
        self._request = None
        self._close_progress()
        self._finish(False)
        return False

    def _paint_kept(self) -> None:
        assert self.pages is not None
        self._request = None
        if not self._begin():
            return
        self.reading = "paint"
        self._close_progress()
        self.pages.paint_kept()
        self._finish(True)

    def _finish(self, ok: bool) -> None:
        done, self._done = self._done, None
        if done is not None:
            done(ok)

    def cancel(self) -> None:
        """Stops reading: the request in flight is cancelled, nothing is printed."""
        if self.cancelled:
            return
        self.cancelled = True
        if self._request is not None:
            self._worker.cancel(self._request)
            self._request = None
        self._close_progress()
        self._discard()
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
        self._discard()
        self.finished.emit(describe_error(error), True)

    def _discard(self) -> None:
        """What was painted so far goes: the printer's job aborted, the PDF removed."""
        self._done = None
        if self.pages is not None and self.pages.is_open:
            abort = getattr(self._device, "abort", None)  # QPrinter: drop the spooled job
            if abort is not None:
                abort()
            self.pages.abort()
        self._device = None  # a QPdfWriter closes its file when it goes
        if self.pages is not None:
            self.pages.release()
        if self._pdf_path is not None and self.pages is not None:
            with contextlib.suppress(OSError):
                Path(self._pdf_path).unlink(missing_ok=True)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None


def _stem(title: str) -> str:
    return "-".join(title.lower().split()) or "list"
