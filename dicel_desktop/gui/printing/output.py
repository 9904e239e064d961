"""The two ways out of every print: the print dialog (then a QPrinter) or the file
dialog (then a QPdfWriter). Both dialogs open with ``open()`` so the window stays alive
behind them (and tests drive them); ``finished`` says what happened, in words."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from dicel_desktop.gui.printing.page import page_layout, pdf_writer, written
from dicel_desktop.services.files import safe_file_name

log = logging.getLogger(__name__)


class PrintOutput(QObject):
    """Asks where a document goes, then hands the device to ``render``."""

    #: (sentence, whether it is a problem)
    finished = Signal(str, bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        #: The dialog open now (tests drive it).
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.printer: QPrinter | None = None

    def ask_printer(
        self, title: str, then: Callable[[QPrinter], None], *, landscape: bool = False
    ) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(title)
        self.printer.setPageLayout(page_layout(landscape=landscape))
        dialog = QPrintDialog(self.printer, self._parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("Printing", "Print %1").replace("%1", title)
        )
        printer = self.printer
        dialog.accepted.connect(lambda: then(printer))
        dialog.finished.connect(self._on_print_dialog_finished)
        self.print_dialog = dialog
        # QDialog's open(): PySide's QPrintDialog.open takes a receiver and a slot.
        QDialog.open(dialog)

    def _on_print_dialog_finished(self, _result: int) -> None:
        if self.print_dialog is not None:
            self.print_dialog.deleteLater()
        self.print_dialog = None

    def ask_file(self, title: str, stem: str, then: Callable[[str], None]) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(
            self._parent,
            QCoreApplication.translate("Printing", "Save %1 as PDF").replace("%1", title),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(QCoreApplication.translate("Printing", "PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        if folder and Path(folder).is_dir():
            dialog.setDirectory(folder)
        dialog.selectFile(f"{safe_file_name(stem)}.pdf")  # a title may hold ":"
        dialog.fileSelected.connect(then)
        dialog.finished.connect(self._on_file_dialog_finished)
        self.file_dialog = dialog
        QDialog.open(dialog)

    def _on_file_dialog_finished(self, _result: int) -> None:
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = None

    # ----------------------------------------------------------------- rendering

    def write_pdf(
        self, path: str, title: str, render: Callable[[object], bool], *, landscape: bool = False
    ) -> bool:
        """Renders into a PDF at ``path`` and says how it went; True when written."""
        writer = pdf_writer(path, title, landscape=landscape)
        ok = render(writer)
        del writer  # the file is complete once the writer is gone
        return self.pdf_finished(path, ok)

    def pdf_finished(self, path: str, ok: bool) -> bool:
        """Says how writing the PDF at ``path`` went (its writer already gone)."""
        if not ok or not written(path):
            log.warning("PDF %s not written (render ok: %s)", path, ok)
            self.finished.emit(
                QCoreApplication.translate(
                    "Printing", "The PDF could not be written to %1: choose another folder."
                ).replace("%1", path),
                True,
            )
            return False
        self.finished.emit(
            QCoreApplication.translate("Printing", "Saved as %1.").replace("%1", path), False
        )
        return True

    def send_to_printer(self, printer: QPrinter, render: Callable[[object], bool]) -> bool:
        return self.printer_finished(printer, render(printer))

    def printer_finished(self, printer: QPrinter, ok: bool) -> bool:
        """Says how sending to ``printer`` went."""
        if not ok:
            log.warning("printing to %s failed", printer.printerName())
            self.finished.emit(
                QCoreApplication.translate(
                    "Printing", "The printer could not be used: check it is on and try again."
                ),
                True,
            )
            return False
        self.finished.emit(QCoreApplication.translate("Printing", "Sent to the printer."), False)
        return True
