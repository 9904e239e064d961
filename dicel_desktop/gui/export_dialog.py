"""File > Export list… : the current list to CSV or XLSX, with progress and Cancel.

``export_current_list`` asks where (a save dialog that starts in the folder used last,
remembered in QSettings), then an ``ExportDialog`` runs the export in a process of its
own (services.export_process; services.export streams the rows, nothing is held in
memory) and shows its progress. The wait for that process runs on a thread of its own,
not on the one DB worker: an export of a few hundred thousand rows takes half a minute,
and every other database operation (opening or saving a record, a list's next page, the
status bar's ping) would wait behind it. From the login it needs only the URL (no I/O).
Cancel stops both ends: the export stops between chunks and asks the server to end its
running statement (a COPY of a million rows is not left running for nobody); closing the
dialog, the list, or the main window does the same (``running_exports``). At the end a
message says how many rows went where, with "Open folder".
"""

from __future__ import annotations

import logging
import re
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTimeZone, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import report_failure
from dicel_desktop.gui.locale_writing import date_pattern, datetime_pattern, excel_format
from dicel_desktop.gui.numbers import write_count
from dicel_desktop.gui.translations import tr_choice, tr_label, translated_table
from dicel_desktop.gui.worker import DbWorker, describe_error
from dicel_desktop.services import client_version
from dicel_desktop.services.auth import connection_url
from dicel_desktop.services.code_words import known_words
from dicel_desktop.services.columns import Kind, table_spec
from dicel_desktop.services.export import (
    ExportCancelled,
    ExportFormat,
    ExportResult,
    ExportWords,
)
from dicel_desktop.services.export_process import ExportJob, ExportProcess
from dicel_desktop.services.listing import ListQuery

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

#: Where the save dialog starts next time.
LAST_FOLDER_KEY = "export/last_folder"
#: Progress reports at most this often: each one is a trip to the GUI thread.
PROGRESS_INTERVAL_S = 0.1


def export_words(query: ListQuery, locale: QLocale | None = None) -> ExportWords:
    """The file's headers, state labels and sheet names as the grid words them, in the
    person's language (the grid's headers: gui.translations.translated_table), its
    dates in the patterns the window writes them in ``locale`` (None: the default)."""
    spec = translated_table(table_spec(query.table))
    columns = [spec.column(name) for name in query.columns]
    coded = any(c.coded for c in columns)
    return ExportWords(
        headers={c.name: c.label for c in columns},
        states={
            c.name: {choice.value: tr_choice(query.table, choice.label) for choice in c.choices}
            for c in columns
            if c.kind is Kind.STATE and c.choices is not None
        },
        currency=QCoreApplication.translate("ExportRun", "Currency"),
        currency_of=QCoreApplication.translate("ExportRun", "Currency ({column})"),
        sheet=QCoreApplication.translate("ExportRun", "Sheet {number}"),
        title=spec.label,
        date_format=excel_format(date_pattern(locale)),
        datetime_format=excel_format(datetime_pattern(locale)),
        coded={w: tr_label(w) for w in known_words()} if coded else {},
    )


#: The exports under way (started, not ended nor cancelled), by any window's worker.
_running: list[ExportRun] = []
_running_lock = threading.Lock()


def running_exports(worker: DbWorker) -> list[ExportRun]:
    """The exports of ``worker``'s login still being written (the main window asks
    before closing over one, and stops them)."""
    with _running_lock:
        return [run for run in _running if run.worker is worker and run.running]


def _engine_of(worker: DbWorker) -> Engine:
    factory: Any = worker.session_factory
    return factory.kw["bind"]  # a sessionmaker (db.engine.make_session_factory)


class ExportRun(QObject):
    """One export in a process of its own, waited for on a thread of its own; its
    signals arrive on the GUI thread (through the worker's ``call_in_gui``)."""

    progressed = Signal(int, int)  # rows written, the planner's estimate of all rows
    finished = Signal(object)  # ExportResult
    failed = Signal(str)  # a sentence for the person

    def __init__(
        self,
        worker: DbWorker,
        query: ListQuery,
        path: Path,
        fmt: ExportFormat,
        parent: QObject | None = None,
        process: ExportProcess | None = None,
        locale: QLocale | None = None,
    ) -> None:
        """``process``: started early (export_current_list), else started by the task;
        ``locale``: the list's (its dates' patterns), else the default."""
        super().__init__(parent)
        self._process = process
        self.worker = worker
        self.query = query
        self.path = path
        self.fmt = fmt
        self.cancelled = False
        #: The export's process has ended (done, failed or stopped); set on its thread.
        self.ended = False
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._last_report = 0.0
        #: Made here, on the GUI thread: translating is a Qt call.
        self.words = export_words(query, locale)

    @property
    def running(self) -> bool:
        """Started, and neither ended nor cancelled."""
        return self._thread is not None and not self.ended and not self.cancelled

    def start(self) -> None:
        # In a process of its own: an export on this process's threads held the GIL the
        # window needs for every event (services/export_process.py says how long).
        job = ExportJob(
            url=connection_url(_engine_of(self.worker)),  # the login's URL: no I/O
            query=self.query,
            path=str(self.path),
            fmt=self.fmt.value,
            read_only=client_version.running_read_only(),
            words=self.words,
            # Qt names the desktop's zone in IANA words on every platform (Windows too).
            time_zone=bytes(QTimeZone.systemTimeZoneId().data()).decode(),
        )
        self._thread = threading.Thread(
            target=self._wait, args=(job,), name="dicel-export-wait", daemon=True
        )
        with _running_lock:
            _running.append(self)
        self._thread.start()

    def cancel(self) -> None:
        """Stop: no more rows, the server's statement ended, no file left behind."""
        if not self.running:
            return
        self.cancelled = True
        self._stop.set()  # the waiting thread tells the process

    # ----------------------------------------------------------------- its thread

    def _wait(self, job: ExportJob) -> None:
        """The export's whole run, on its own thread (no Qt call here)."""
        try:
            process = self._process or ExportProcess()
            result: Any = process.run(job, progress=self._report, stop=self._stop)
            ok = True
        except Exception as error:
            ok, result = False, error
        self.ended = True
        with _running_lock:
            if self in _running:
                _running.remove(self)
        if self._stop.is_set():
            return  # cancelled: nobody wants the answer
        if not ok:
            if isinstance(result, ExportCancelled):  # the program is ending
                log.info("Export to %s stopped", self.path)
                return
            report_failure(result, "export")
            self.worker.call_in_gui(self._on_error, result)
        else:
            self.worker.call_in_gui(self._on_done, result)

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self.worker.call_in_gui(self._on_progress, done, total)

    # ----------------------------------------------------------------- GUI thread
    # Queued by the waiting thread (call_in_gui): the dialog (this run's parent) may have
    # been closed and deleted since, and this run with it; its answer then goes nowhere.

    def _wanted(self) -> bool:
        return shiboken6.isValid(self) and not self.cancelled

    def _on_progress(self, done: int, total: int) -> None:
        if self._wanted():
            self.progressed.emit(done, total)

    def _on_done(self, result: ExportResult) -> None:
        if self._wanted():
            self.finished.emit(result)

    def _on_error(self, error: BaseException) -> None:
        if self._wanted():
            self.failed.emit(describe_error(error))


class ExportDialog(QProgressDialog):
    """The progress of one export, its Cancel button, and the message at the end."""

    def __init__(
        self,
        worker: DbWorker,
        query: ListQuery,
        path: Path,
        fmt: ExportFormat,
        parent: QWidget | None = None,
        locale: QLocale | None = None,
        process: ExportProcess | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export list"))
        self.setLabelText(self.tr("Exporting to %1…").replace("%1", path.name))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumDuration(0)
        self.setRange(0, 0)  # "working" until the first report brings the estimate
        self.locale_ = locale or QLocale()
        self.run = ExportRun(worker, query, path, fmt, self, process, self.locale_)
        self.run.progressed.connect(self._on_run_progressed)
        self.run.finished.connect(self._on_run_finished)
        self.run.failed.connect(self._on_run_failed)
        self.canceled.connect(self._on_canceled)
        #: The message shown at the end (for tests): done, failed or cancelled.
        self.message: QMessageBox | None = None

    def start(self) -> None:
        self.show()
        self.run.start()

    @slot_while_whole(int, int, keeps="locale_")
    def _on_run_progressed(self, done: int, total: int) -> None:
        self.setRange(0, max(total, done, 1))
        self.setValue(done)
        # The rows agree with their count: "1 row", « 0 ligne » (plural38); English has no
        # translator: its "(s)" is said here.
        said = self.tr("Exporting to %1… %n row(s)", "", done)
        said = write_count(said.replace("(s)", "" if done == 1 else "s"), done, self.locale_)
        self.setLabelText(said.replace("%1", self.run.path.name))

    @slot_while_whole(keeps="locale_")
    def _on_canceled(self) -> None:
        self.run.cancel()
        self.close()

    def done(self, result: int) -> None:
        # Escape, or the dialog closed: an export nobody watches is not left running.
        self.run.cancel()
        super().done(result)

    def _close_quietly(self) -> None:
        # Closing a progress dialog emits canceled(): not a cancel once the run is over.
        self.canceled.disconnect(self._on_canceled)
        self.close()

    @slot_while_whole(object, keeps="locale_")
    def _on_run_finished(self, result: ExportResult) -> None:
        self._close_quietly()
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Export list"), "", parent=self.parentWidget()
        )
        # One sentence, in each language's plural forms (French says "0 ligne exportée"
        # where English says "0 rows"); English has no translator: its "(s)" is said here.
        said = self.tr("Exported %n row(s) to %1.", "", result.rows)
        said = said.replace("(s)", "" if result.rows == 1 else "s")
        said = write_count(said, result.rows, self.locale_)
        box.setText(said.replace("%1", str(result.path)))
        if result.sheets > 1:
            box.setInformativeText(
                self.tr("Excel holds 1,048,575 rows a sheet: the rows fill %1 sheets.").replace(
                    "%1", str(result.sheets)
                )
            )
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        folder = result.path.parent
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        self._show(box)

    @slot_while_whole(str, keeps="locale_")
    def _on_run_failed(self, sentence: str) -> None:
        self._close_quietly()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export list"),
            self.tr("The list was not exported. %1").replace("%1", sentence),
            QMessageBox.StandardButton.Close,
            self.parentWidget(),
        )
        self._show(box)

    def _show(self, box: QMessageBox) -> None:
        self.message = box
        box.open()  # not exec(): the event loop (and the DB worker's answers) go on


#: What no file name may hold on Windows (nor a slash anywhere).
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_name(title: str) -> str:
    """``title`` as a file name every system takes: "Risk assessments: Likely x Major"
    becomes "Risk assessments - Likely x Major"."""
    name = _NOT_IN_NAMES.sub(" - ", title)
    name = re.sub(r"\s+-\s+(-\s+)*", " - ", name).strip(" .-")
    return name or "export"


def ask_export_path(parent: QWidget | None, title: str, settings: QSettings) -> Path | None:
    """The file the person chooses (its extension says the format), or None."""
    folder = settings.value(LAST_FOLDER_KEY, "", str) or str(Path.home())
    xlsx = QCoreApplication.translate("Export", "Excel workbook (*.xlsx)")
    # A CSV is for other programs: stored codes, ISO dates, commas (services/export.py);
    # the choice says so, as a clerk would otherwise take it for a sheet to read.
    csv = QCoreApplication.translate(
        "Export", "CSV for other programs: stored codes, ISO dates (*.csv)"
    )
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Export", "Export list"),
        str(Path(folder) / f"{file_name(title)}.xlsx"),
        f"{xlsx};;{csv}",
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
    settings.setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


def export_current_list(
    parent: QWidget | None,
    worker: DbWorker,
    query: ListQuery,
    title: str,
    settings: QSettings,
    locale: QLocale | None = None,
) -> ExportDialog | None:
    """Ask where, then export ``query`` there; the dialog, or None if the person did not
    choose a file."""
    # Started before the question: its imports take about as long as a person choosing.
    process = ExportProcess()
    path = ask_export_path(parent, title, settings)
    if path is None:
        process.close()
        return None
    fmt = ExportFormat.CSV if path.suffix.lower() == ".csv" else ExportFormat.XLSX
    dialog = ExportDialog(worker, query, path, fmt, parent, locale, process)
    dialog.start()
    return dialog
