"""My work > My leave: the person's own leave requests, their leave card above them (each
type's balance, balance40) and "Request leave…" (also New record, Ctrl+N, while this
list is shown), which opens the request dialog instead of the generic form: it shows the
balance and counts the working days."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.widgets.page_actions import page_actions
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.leave_card_panel import LeaveCardPanel
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog
from dicel_desktop.services.listing import Filter

if TYPE_CHECKING:
    from dicel_desktop.gui.records.opener import RecordOpener


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
        records: RecordOpener | None = None,
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
        #: Each type's balance this year (and next), above the requests.
        self.card = LeaveCardPanel(worker, parent=self)
        self.card.shown.connect(self._on_card_shown)
        #: A notification made the card read again: the list follows it, once.
        self._list_follows = False
        if records is not None:
            records.notified.connect(self._on_records_notified)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.card)
        layout.addWidget(self.status)
        layout.addWidget(self.grid, 1)
        self.card.refresh()

    @slot_while_whole(keeps="_worker")
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

    def on_table_changed(self, table: str) -> None:
        """A record of ``table`` was saved, decided or cancelled in this window."""
        if table == "leave_requests":
            self.card.refresh()

    @slot_while_whole(str, keeps="_worker")
    def _on_records_notified(self, table: str) -> None:
        # A request decided or cancelled by someone else: its row's state and the card.
        if table == "leave_requests":
            self._list_follows = True
            self.card.on_notified(table)

    @slot_while_whole(object, keeps="_worker")
    def _on_card_shown(self, _card: object) -> None:
        if self._list_follows:
            self._list_follows = False
            self.grid.refresh()

    @slot_while_whole(object, keeps="_worker")
    def _on_filed(self, request_id: object) -> None:
        self.status.setText(self.tr("Your request was filed; it now waits for a decision."))
        self.status.show()
        self.grid.refresh()
        self.card.refresh()
        self.filed.emit(request_id)

    @slot_while_whole(int, keeps="_worker")
    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
