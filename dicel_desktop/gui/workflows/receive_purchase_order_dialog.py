"""Receive what arrived of an approved purchase order, line by line: the quantity that
came for each line still awaited, then ``dicel_receive_purchase_order`` (through
``services.purchasing.receive_purchase_order``), which brings the items into stock and
marks the order partly or fully received.

A box takes any whole number from 0 (eye30r: with the awaited quantity as its maximum,
QSpinBox's validator dropped the keystroke that went past it, and 70 typed for 65
awaited became 7 without a word; review34 F2: a box stopping at one receipt's bound
made 150000 typed 15,000). A number above what is awaited, or above what one receipt
takes of a line, is said under the lines, in the person's words, and Receive waits until
it is corrected: the database refuses both anyway (DW210, DW498), and a silent 7 booked
wrong stock."""

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

from dicel_desktop.domain.errors import DicelError, InvalidInput
from dicel_desktop.domain.states import MOST_MOVED
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.count_box import CountBox, quantity_box
from dicel_desktop.gui.editors.common import error_label
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import MOVED_ON
from dicel_desktop.gui.workflows.order_facts_view import OrderFactsView
from dicel_desktop.gui.workflows.step_dialog import StepDialog
from dicel_desktop.services import purchasing
from dicel_desktop.services.purchasing import OrderFacts, OrderLine

#: What one receipt takes of a line: the database's bound (DW498, migration 0120), one
#: with Move stock's (DW496). The boxes go further (``count_box.BOX_MOST``): a number above
#: it is said, not cut.
_MOST = MOST_MOVED


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
        self.quantities: dict[uuid.UUID, CountBox] = {}
        #: Line id -> the line, for what is awaited of it.
        self._lines: dict[uuid.UUID, OrderLine] = {}
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

        #: Said while a line's number is above what is awaited of it; Receive waits.
        self.too_many = error_label()
        self.too_many.setObjectName("tooMany")
        self.too_many.hide()

        layout = self.lay_out(self.view, self.grid, self.too_many)
        layout.insertStretch(3, 1)  # below the lines: they stay under the order
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
        first: CountBox | None = None
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
            box = quantity_box()
            box.setAccessibleName(self.tr("Arrived now: %1").replace("%1", line.name))
            box.setToolTip(
                self.tr("One receipt takes at most %1 of a line.").replace("%1", number(_MOST, 0))
            )
            box.setSuffix(self.tr(" of %1").replace("%1", number(line.awaited, 0)))
            what.setBuddy(box)
            self.grid.addWidget(box, row, 3)
            self.quantities[line.id] = box
            self._lines[line.id] = line
            box.valueChanged.connect(self._on_quantity_changed)
            # A fraction typed changes no value: said all the same (eye34 #6).
            box.lineEdit().textChanged.connect(self._on_quantity_changed)
            # A grouped count being typed ("1,2" of "1,250") is said once the box is left.
            box.said.connect(self._check)
            first = first or box
        self.all_button.setEnabled(bool(self.quantities))
        self._check()
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
            self.all_button.setEnabled(bool(self.quantities))
            self._check()

    def over_awaited(self) -> list[tuple[OrderLine, int]]:
        """The lines whose number typed is above what is awaited of them, with it."""
        return [
            (self._lines[line_id], box.value())
            for line_id, box in self.quantities.items()
            if box.value() > self._lines[line_id].awaited
        ]

    def over_bound(self) -> list[tuple[OrderLine, int]]:
        """The lines whose number typed is above what one receipt takes (DW498) and not
        above what is awaited (that is said first), with it."""
        return [
            (self._lines[line_id], box.value())
            for line_id, box in self.quantities.items()
            if _MOST < box.value() <= self._lines[line_id].awaited
        ]

    def fractions(self) -> list[str]:
        """What is said of each box holding a fraction ("12,5"), naming its line as the
        other sentences under the lines do: a count is whole."""
        return [
            said
            for line_id, box in self.quantities.items()
            if (said := box.problem(of=self._lines[line_id].name))
        ]

    def held(self) -> str:
        """What is said of the first box holding no whole number, said under it yet or
        not ("1,2" while "1,250" is typed: no count yet, review35c F3); "" when none."""
        for line_id, box in self.quantities.items():
            if box.fraction_typed():
                return box.problem(of=self._lines[line_id].name, typing_too=True)
        return ""

    @slot_while_whole(int, keeps="worker")
    @slot_while_whole(str, keeps="worker")
    def _on_quantity_changed(self, _value: object) -> None:
        self.message.hide()  # a refusal was of the numbers before
        self._check()

    @slot_while_whole(keeps="worker")
    def _check(self) -> None:
        """Say each line typed above what is awaited or above what one receipt takes, and
        keep Receive off until none is."""
        number = self.view.format.number
        over = self.over_awaited()
        too_big = self.over_bound()
        said = (
            self.fractions()
            + [
                self.tr(
                    "%1 typed for %2, %3 awaited: receive %3 and tell the supplier, or correct "
                    "the count."
                )
                .replace("%1", number(typed, 0))
                .replace("%2", line.name)
                .replace("%3", number(line.awaited, 0))
                for line, typed in over
            ]
            + [
                self.tr(
                    "%1 typed for %2: one receipt takes at most %3 of a line. Receive %3 now and "
                    "the rest in another receipt, or correct the count."
                )
                .replace("%1", number(typed, 0))
                .replace("%2", line.name)
                .replace("%3", number(_MOST, 0))
                for line, typed in too_big
            ]
        )
        self.too_many.setText("\n".join(said))
        self.too_many.setVisible(bool(said))
        held = self.held()
        self.receive_button.setEnabled(
            bool(self.quantities) and not said and not held and not self.is_busy
        )
        if held:
            why = held
        elif over:
            why = self.tr("Correct the numbers above what is awaited first.")
        elif too_big:
            why = self.tr("Correct the numbers above what one receipt takes first.")
        else:
            why = ""
        self.receive_button.setToolTip(why)

    def typed_here(self) -> bool:
        """A number typed for a line that arrived (or All awaited pressed): Esc and
        Cancel ask before it goes (discard39)."""
        return any(box.value() or box.fraction_typed() for box in self.quantities.values())

    @slot_while_whole(keeps="worker")
    def _on_all_clicked(self) -> None:
        for line_id, box in self.quantities.items():
            # More than one receipt takes is received in several (DW498).
            box.setValue(min(self._lines[line_id].awaited, _MOST))

    @slot_while_whole(keeps="worker")
    def _on_receive_clicked(self) -> None:
        if self.is_busy or self.facts is None or self.over_awaited() or self.over_bound():
            return
        if self.held():
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
            on_refused=self._on_refused,
            order_id=self.order_id,
            quantities=arrived,
            # What the grid shows as arrived before: a receipt booked since refuses this
            # one rather than adding the same delivery on top (migration 0143).
            shown_received={line: self._lines[line].received for line in arrived},
        )

    def _on_refused(self, error: DicelError) -> None:
        if error.code in MOVED_ON:
            # Someone else received it all (or closed it) first: nothing is left to
            # receive here. Receive goes off saying why, and Esc closes unasked, as the
            # order decision does (review39 #3).
            self.settle(describe_error(error))
            self.all_button.setEnabled(False)
            self.reload_under()
            return
        # Any other refusal (received since, DW229; more than awaited, DW210 ...) may be
        # of numbers gone stale: the order is read again, so "Arrived before", what is
        # awaited and All awaited are current, and the numbers typed stay (conc40 #2).
        self.read(purchasing.order_facts, self._on_facts_read_again, order_id=self.order_id)

    def _on_facts_read_again(self, facts: OrderFacts) -> None:
        typed = {line: box.value() for line, box in self.quantities.items()}
        said = self.message.text() if self.message.isVisible() else ""
        for row in range(1, self.grid.rowCount()):
            for column in range(self.grid.columnCount()):
                item = self.grid.itemAtPosition(row, column)
                if item is not None and item.widget() is not None:
                    widget = item.widget()
                    self.grid.removeWidget(widget)
                    widget.deleteLater()
        self.quantities.clear()
        self._lines.clear()
        self._on_facts_read(facts)
        for line, value in typed.items():
            box = self.quantities.get(line)
            if box is not None:
                box.blockSignals(True)  # the refusal stays said: it was of these numbers
                box.setValue(value)
                box.blockSignals(False)
        self._check()
        if said:
            self.show_problem(said)

    def _on_received(self, state: str) -> None:
        self.received.emit(state)
        self.accept()
