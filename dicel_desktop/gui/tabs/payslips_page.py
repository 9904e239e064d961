"""My payslips in "My work": the person's own payslips (row security gives only theirs),
with Print… and Save as PDF… of the chosen one. Enter opens it as everywhere."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.widgets.message_bar import MessageBar
from dicel_desktop.gui.widgets.page_actions import page_actions
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.document_output import DocumentOutput
from dicel_desktop.gui.workflows.payslip_document import PAYSLIP
from dicel_desktop.services.listing import Filter


class PayslipsPage(QWidget):
    def __init__(
        self,
        worker: DbWorker,
        readable_columns: Sequence[str],
        *,
        fixed_filters: Sequence[Filter],
        settings: QSettings | None = None,
        remembered_as: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.grid = DataGrid(
            worker,
            "payroll_records",
            readable_columns,
            fixed_filters=fixed_filters,
            settings=settings,
            remembered_as=remembered_as,
            parent=self,
        )
        self.output = DocumentOutput(worker, self, PAYSLIP)
        self.output.finished.connect(self._on_output_finished)
        self.status = MessageBar()
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)  # Ctrl+P
        self.print_action.setToolTip(self.tr("Print the chosen payslip (Ctrl+P)"))
        self.print_action.triggered.connect(self._on_print_triggered)
        self.pdf_action = QAction(self.tr("Save as P&DF…"), self)
        self.pdf_action.setToolTip(self.tr("Save the chosen payslip as a PDF file"))
        self.pdf_action.triggered.connect(self._on_pdf_triggered)
        toolbar = page_actions(self.tr("Payslips"), [self.print_action, self.pdf_action], self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.status)
        layout.addWidget(self.grid, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # In a window with its own File > Print... (Ctrl+P), two actions on one key would
        # be ambiguous and neither would run: the window's hands the print to this page.
        if self.print_action.shortcut() and getattr(self.window(), "action_print", None):
            self.print_action.setShortcut(QKeySequence())

    def close_list(self) -> None:
        self.grid.close_list()

    def _chosen(self):
        payslip = self.grid.current_record_id()
        if payslip is None:
            self.status.say(self.tr("Choose a payslip in the list first."))
        return payslip

    @slot_while_whole(keeps="grid")
    def _on_print_triggered(self) -> None:
        payslip = self._chosen()
        if payslip is not None:
            self.status.clear_message()
            self.output.print_(payslip)

    @slot_while_whole(keeps="grid")
    def _on_pdf_triggered(self) -> None:
        payslip = self._chosen()
        if payslip is not None:
            self.status.clear_message()
            self.output.save_pdf(payslip)

    @slot_while_whole(str, bool, keeps="grid")
    def _on_output_finished(self, text: str, problem: bool) -> None:
        self.status.say(text, problem=problem)
