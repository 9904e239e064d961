"""The Invoices list of the Finance tab. For the roles that may, opening it first moves
sent invoices past their due date, with nothing received, to overdue
(``dicel_mark_overdue_invoices``): the list then shows, and filters on, what is late
today, whoever opened it last. A refusal or a lost connection leaves the list as it is."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.records.actions import may_call
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import invoicing

log = logging.getLogger(__name__)


class InvoicesPage(QWidget):
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
        self._pending = may_call(role, "dicel_mark_overdue_invoices")
        self.grid = DataGrid(worker, "invoices", readable_columns, settings=settings, parent=self)
        #: How many invoices the last opening moved to overdue (None: not asked).
        self.moved: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)

    def close_list(self) -> None:
        self.grid.close_list()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._pending = False
            (
                Op(self._worker, invoicing.mark_overdue)
                .for_widget(self)
                .on_success(self._on_marked)
                .on_failure(self._on_mark_failed)
                .run()
            )

    def _on_marked(self, moved: int) -> None:
        self.moved = moved
        if moved:
            self.grid.refresh()

    def _on_mark_failed(self, error: DicelError) -> None:
        # Housekeeping: the list is still right about everything else.
        log.info("Overdue invoices were not moved on: %s", error.code)
