"""Receive what arrived of an approved purchase order, line by line: the quantity that
came for each line still awaited, then ``dicel_receive_purchase_order`` (through
``services.purchasing.receive_purchase_order``), which brings the items into stock and
marks the order partly or fully received."""

from __future__ import annotations

import functools
import uuid

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.numbers import quantity_box
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.order_facts_view import OrderFactsView
from dicel_desktop.gui.workflows.step_dialog import StepDialog
from dicel_desktop.services import purchasing
from dicel_desktop.services.purchasing import OrderFacts


class ReceivePurchaseOrderDialog(StepDialog):
    """Opened by :meth:`open_for`; ``received`` says the order's state after."""

    #: What arrived was recorded: the order's state after ("partially_received", ...).
    received = Signal(str)

    def __init__(
        self, worker: DbWorker, order_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, parent)
        self.order_id = order_id
        self.facts: OrderFacts | None = None
        #: Line id -> the box its quantity received now is typed in.
        self.quantities: dict[uuid.UUID, QSpinBox] = {}
        self.setWindowTitle(self.tr("Receive the purchase order"))
        # The lines are the grid below, with what came of each.
        self.view = OrderFactsView(with_lines=False, with_levels=False)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        for column, title in enumerate(
            [self.tr("What"), self.tr("Ordered"), self.tr("Arrived before"), self.tr("Arrived now")]
        ):
            label = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(0, 1)

        self.all_button = QPushButton(self.tr("A&ll awaited"))
        self.all_button.setToolTip(self.tr("Everything still awaited arrived"))
        self.receive_button = QPushButton(self.tr("&Receive"))
        self.buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.receive_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.receive_button.setDefault(True)
        self.all_button.clicked.connect(self._on_all_clicked)
        self.receive_button.clicked.connect(self._on_receive_clicked)

        layout = self.lay_out(self.view, self.grid)
        layout.insertStretch(2, 1)  # below the grid: the lines stay under the order
        self.resize(600, 300)
        self.receive_button.setEnabled(False)
        self.read(purchasing.order_facts, self._on_facts_read, order_id=order_id)

    @classmethod
    def open_for(
        cls, parent: QWidget, worker: DbWorker, order_id: uuid.UUID
    ) -> ReceivePurchaseOrderDialog:
        """Show the dialog over ``parent`` without blocking."""
        dialog = cls(worker, order_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_facts_read(self, facts: OrderFacts) -> None:
        self.facts = facts
        self.view.show_facts(facts)
        self.setWindowTitle(self.tr("Receive %1").replace("%1", facts.number))
        number = self.view.format.number
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        first: QSpinBox | None = None
        for row, line in enumerate(facts.lines, start=1):
            what = QLabel(f"{line.name} ({line.item_code})" if line.item_code else line.name)
            self.grid.addWidget(what, row, 0)
            for column, value in ((1, line.quantity), (2, line.received)):
                cell = QLabel(number(value, 0))
                cell.setAlignment(right)
                self.grid.addWidget(cell, row, column)
            if line.awaited <= 0:
                self.grid.addWidget(QLabel(self.tr("all arrived")), row, 3)
                continue
            box = quantity_box(line.awaited)
            box.setAccessibleName(self.tr("Arrived now: %1").replace("%1", line.name))
            box.setSuffix(self.tr(" of %1").replace("%1", number(line.awaited, 0)))
            what.setBuddy(box)
            self.grid.addWidget(box, row, 3)
            self.quantities[line.id] = box
            first = first or box
        self.receive_button.setEnabled(bool(self.quantities))
        self.all_button.setEnabled(bool(self.quantities))
        if first is not None:
            # The boxes just added to a shown dialog are shown on the next turn of the
            # event loop (Qt queues it); a hidden box takes no focus, and under load the
            # focus was left elsewhere. Focused once it is shown.
            QTimer.singleShot(0, self, functools.partial(self._focus_first, first))

    @staticmethod
    def _focus_first(box: QSpinBox) -> None:
        if shiboken6.isValid(box) and box.isEnabled():
            box.setFocus()
            box.selectAll()

    def busy_changed(self, busy: bool) -> None:
        for box in self.quantities.values():
            box.setEnabled(not busy)
        if not busy:
            self.receive_button.setEnabled(bool(self.quantities))
            self.all_button.setEnabled(bool(self.quantities))

    def _on_all_clicked(self) -> None:
        for box in self.quantities.values():
            box.setValue(box.maximum())

    def _on_receive_clicked(self) -> None:
        if self.is_busy or self.facts is None:
            return
        arrived = {line: box.value() for line, box in self.quantities.items() if box.value()}
        if not arrived:
            # The database's own refusal, said before asking it.
            self.show_problem(describe_error(InvalidInput("receipt_empty")))
            return
        self.take_step(
            purchasing.receive_purchase_order,
            self._on_received,
            table="purchase_orders",
            order_id=self.order_id,
            quantities=arrived,
        )

    def _on_received(self, state: str) -> None:
        self.received.emit(state)
        self.accept()
