"""Print… and Save as PDF… of one payslip: read it on the DB worker (as its reader may
see it, with the company's name), then the print dialog or the file dialog, both opened
with ``open()``, and the page printed or written when the person confirms."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.payslip_document import print_payslip, write_pdf
from dicel_desktop.services import payroll
from dicel_desktop.services.payroll import Payslip


class PayslipOutput(QObject):
    """One print or save of one payslip; ``finished`` says what happened, in words."""

    #: (sentence, whether it is a problem)
    finished = Signal(str, bool)

    def __init__(self, worker: DbWorker, parent: QWidget) -> None:
        super().__init__(parent)
        self._worker = worker
        self._parent = parent
        self.slip: Payslip | None = None
        #: The dialog open now (tests drive it).
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.printer: QPrinter | None = None

    def print_payslip(self, payslip_id: uuid.UUID) -> None:
        self._read(payslip_id, self._ask_printer)

    def save_pdf(self, payslip_id: uuid.UUID) -> None:
        self._read(payslip_id, self._ask_file)

    def _read(self, payslip_id: uuid.UUID, then) -> None:
        def got(slip: Payslip | None) -> None:
            if slip is None:
                self.finished.emit(self.tr("This payslip is no longer there to see."), True)
                return
            self.slip = slip
            then(slip)

        (
            Op(self._worker, payroll.payslip, payslip_id)
            .for_widget(self._parent)
            .on_success(got)
            .on_failure(self._failed)
            .run()
        )

    def _failed(self, error: DicelError) -> None:
        self.finished.emit(describe_error(error), True)

    # ----------------------------------------------------------------- printing

    def _ask_printer(self, slip: Payslip) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(self._file_stem(slip))
        dialog = QPrintDialog(self.printer, self._parent)
        dialog.setWindowTitle(self.tr("Print payslip"))
        dialog.accepted.connect(lambda: self._print(slip))
        dialog.finished.connect(self._on_print_dialog_finished)
        self.print_dialog = dialog
        # QDialog's open(): PySide's QPrintDialog.open takes a receiver and a slot.
        QDialog.open(dialog)

    def _on_print_dialog_finished(self, _result: int) -> None:
        if self.print_dialog is not None:
            self.print_dialog.deleteLater()
        self.print_dialog = None

    def _print(self, slip: Payslip) -> None:
        assert self.printer is not None
        print_payslip(slip, self.printer)
        self.finished.emit(self.tr("The payslip was sent to the printer."), False)

    # ----------------------------------------------------------------- PDF

    def _ask_file(self, slip: Payslip) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self._parent, self.tr("Save payslip as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        if folder and Path(folder).is_dir():
            dialog.setDirectory(folder)
        dialog.selectFile(f"{self._file_stem(slip)}.pdf")
        dialog.fileSelected.connect(lambda path: self._save(slip, path))
        dialog.finished.connect(self._on_file_dialog_finished)
        self.file_dialog = dialog
        QDialog.open(dialog)

    def _on_file_dialog_finished(self, _result: int) -> None:
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = None

    def _save(self, slip: Payslip, path: str) -> None:
        write_pdf(slip, path)
        if not Path(path).is_file() or Path(path).stat().st_size == 0:
            # QPdfWriter says nothing when it cannot open the file (a folder one may not
            # write to): the empty result is how it shows.
            self.finished.emit(
                self.tr("The PDF could not be written to %1: choose another folder.").replace(
                    "%1", path
                ),
                True,
            )
            return
        self.finished.emit(self.tr("Saved as %1.").replace("%1", path), False)

    @staticmethod
    def _file_stem(slip: Payslip) -> str:
        return f"payslip-{slip.employee_number}-{slip.period_start:%Y-%m}"
