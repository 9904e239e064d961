"""Close order… of a partly received purchase order: it ends as it stands, saying why. One
step of the database (``dicel_close_purchase_order``, migration 0071): what was received
stays received and in stock, the rest is no longer expected, and the reason is added to
the order's notes, each line apart; the order is then closed short (migration 0114)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.numbers import format_decimal
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import FormStepDialog, note_field
from dicel_desktop.services import purchasing
from dicel_desktop.services.purchasing import OrderFacts
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


class ClosePurchaseOrderDialog(FormStepDialog):
    def __init__(self, worker: DbWorker, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.record = record
        self.set_step_title(self.tr("Close %1"), record.title, self.tr("Close order"))
        self.heading.setText(self.tr("Close %1 as it stands").replace("%1", record.title))
        self.received = self.add_fact(self.tr("Received"), self.tr("Loading…"))
        self.not_coming = self.add_fact(self.tr("No longer expected"))
        self.reason = note_field(self.tr("Why it is closed"))
        self.reason.setPlaceholderText(
            self.tr("Required: supplier out of stock, no longer needed…")
        )
        self.add_field("reason", self.tr("&Why"), self.reason, required=True)
        self.close_button = self.add_button(
            self.tr("Close &order"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # Back, as the case steps' dialogs say it: "Cancel" beside "Close order" read
        # as a way to cancel the order.
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("Close this without taking the step (Esc)"))
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.close_order)
        self.reason.setFocus()
        self.resize(560, self.sizeHint().height())
        self.load(purchasing.order_facts, record.id, then=self.show_facts)

    @classmethod
    def open_for(cls, window: RecordWindow) -> ClosePurchaseOrderDialog:
        assert window.record is not None
        dialog = cls(window.worker, window.record, parent=window)
        dialog.step_taken.connect(dialog.moves_window_on)
        dialog.open()
        return dialog

    def show_facts(self, facts: OrderFacts) -> None:
        """What arrived and what will not, line by line ("Torch: 3 of 10")."""
        arrived = [line for line in facts.lines if line.received]
        short = [line for line in facts.lines if line.awaited > 0]
        self.received.setText(
            "\n".join(
                self.tr("%1: %2 of %3")
                .replace("%1", line.name)
                .replace("%2", format_decimal(line.received, QLocale()))
                .replace("%3", format_decimal(line.quantity, QLocale()))
                for line in arrived
            )
            or self.tr("Nothing")
        )
        self.not_coming.setText(
            "\n".join(
                self.tr("%1: %2")
                .replace("%1", line.name)
                .replace("%2", format_decimal(line.awaited, QLocale()))
                for line in short
            )
            or self.tr("Nothing")
        )
        self.fit_height()

    @slot_while_whole(keeps="worker")
    def close_order(self) -> None:
        reason = self.reason.toPlainText().strip()
        self.run_step(
            purchasing.close_purchase_order,
            self.record.id,
            reason,
            busy_text=self.tr("Closing the order…"),
        )
