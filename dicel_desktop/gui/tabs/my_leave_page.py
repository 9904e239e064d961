"""My work > My leave: the person's own leave requests, and "Request leave…" above them
(also New record, Ctrl+N, while this list is shown), which opens the request dialog
instead of the generic form: it shows the balance and counts the working days."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.widgets.page_actions import page_actions
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog
from dicel_desktop.services.listing import Filter


class MyLeavePage(QWidget):
    #: A request was filed from this page: its id.
    filed = Signal(object)

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
        self._worker = worker
        self.grid = DataGrid(
            worker,
            "leave_requests",
            readable_columns,
            fixed_filters=fixed_filters,
            settings=settings,
            remembered_as=remembered_as,
            parent=self,
        )
        #: The dialog open now (tests drive it).
        self.dialog: LeaveRequestDialog | None = None

        self.request_action = QAction(self.tr("&Request leave…"), self)
        # Ctrl+N is the main window's New record, which asks this page for a request.
        self.request_action.setToolTip(self.tr("Request leave for yourself (Ctrl+N)"))
        self.request_action.triggered.connect(self.new_record)
        self.toolbar = page_actions(self.tr("My leave"), [self.request_action], self)
        self.toolbar.setObjectName("myLeaveToolbar")
        self.status = QLabel()
        self.status.setObjectName("myLeaveStatus")
        self.status.setWordWrap(True)
        self.status.setContentsMargins(8, 4, 8, 4)
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.status)
        layout.addWidget(self.grid, 1)

    def new_record(self) -> None:
        """New record (Ctrl+N) in this list: the request dialog."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = LeaveRequestDialog.open_for(self, self._worker)
        self.dialog.filed.connect(self._on_filed)
        self.dialog.finished.connect(self._on_dialog_finished)

    def close_list(self) -> None:
        self.grid.close_list()

    def _on_filed(self, request_id: object) -> None:
        self.status.setText(self.tr("Your request was filed; it now waits for a decision."))
        self.status.show()
        self.grid.refresh()
        self.filed.emit(request_id)

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
