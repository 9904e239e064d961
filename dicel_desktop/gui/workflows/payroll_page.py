"""The Payroll and Pay periods lists of the HR tab, with Run payroll… above them (and on
New record, Ctrl+N: a pay period is made by running the payroll, never typed) for the
roles that may run it. A sentence says what the last run made."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.records.actions import may_call
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.widgets.message_bar import MessageBar
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import month_text
from dicel_desktop.gui.workflows.payroll_run_dialog import PayrollRunDialog


class PayrollPage(QWidget):
    """A payroll list (``TABLE``) and, for HR and finance, Run payroll…."""

    TABLE = "payroll_records"

    def __init__(
        self,
        worker: DbWorker,
        role: Role,
        readable_columns: Sequence[str],
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.can_run = may_call(role, "dicel_run_payroll")
        self.grid = DataGrid(worker, self.TABLE, readable_columns, settings=settings, parent=self)
        #: The dialog open now (tests drive it).
        self.dialog: PayrollRunDialog | None = None
        self.status = MessageBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.run_action = QAction(self.tr("&Run payroll…"), self)
        self.run_action.setToolTip(self.tr("Make the payslips of a month (Ctrl+N)"))
        self.run_action.triggered.connect(self._on_run_triggered)
        if self.can_run:
            toolbar = QToolBar(self.tr("Payroll"))
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addAction(self.run_action)
            # Also on the page, so that its shortcut works wherever the focus is in it.
            self.addAction(self.run_action)
            layout.addWidget(toolbar)
        layout.addWidget(self.status)
        layout.addWidget(self.grid, 1)

    def new_record(self) -> None:
        """New record (Ctrl+N) here: a pay period comes from running the payroll."""
        if self.can_run:
            self.run_action.trigger()

    def close_list(self) -> None:
        self.grid.close_list()

    @slot_while_whole(keeps="_worker")
    def _on_run_triggered(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = PayrollRunDialog.open_for(self._worker, self)
        self.dialog = dialog
        # Declared slots, no lambda holding the page on the dialog's signals: a page let
        # go by Python (a test's) was freed by such a lambda as the rejected dialog was
        # deleted, and deleted that dialog a second time (a segmentation fault, stop 44).
        dialog.step_taken.connect(self._on_run_done)
        dialog.finished.connect(self._on_dialog_finished)

    @slot_while_whole(int, keeps="_worker")
    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    @slot_while_whole(object, keeps="_worker")
    def _on_run_done(self, _period: object) -> None:
        dialog = self.dialog
        assert dialog is not None, "the run's dialog is open until it finishes"
        self.status.say(
            self.tr("The payroll of %1 ran: its payslips wait for approval.").replace(
                "%1", month_text(dialog.chosen_month())
            ),
            problem=False,
        )
        self.grid.refresh()


class PayPeriodsPage(PayrollPage):
    TABLE = "payroll_periods"
