"""Reverse payment… of an invoice: which of its payments comes off (a bounced cheque, money
recorded on the wrong invoice) and why. One step of the database
(``dicel_reverse_invoice_payment``, migration 0066): a debit of the payment on its
account, the account's balance and the invoice's paid amount and state move back
together, and the reason stays on the invoice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import (
    FormStepDialog,
    date_text,
    money_text,
    note_field,
)
from dicel_desktop.services import invoicing
from dicel_desktop.services.invoicing import Payment
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


class PaymentReversalDialog(FormStepDialog):
    def __init__(self, worker: DbWorker, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.record = record
        number = str(record.values.get("invoice_number") or "")
        self.set_step_title(
            self.tr("Reverse a payment on %1"), number, self.tr("Reverse a payment")
        )
        self.heading.setText(self.tr("Take a payment off invoice %1").replace("%1", number))
        self.client = self.add_fact(self.tr("Client"), record.names.get("client_id") or "—")
        self.payment = QComboBox()
        # Its entries whole (number, day, amount, account): the dialog widens to them.
        self.payment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.payment.setAccessibleName(self.tr("Payment to reverse"))
        self.add_field("transaction", self.tr("&Payment"), self.payment, required=True)
        self.reason = note_field(self.tr("Why it is reversed"))
        self.reason.setPlaceholderText(self.tr("Cheque bounced, recorded on the wrong invoice…"))
        self.add_field("reason", self.tr("&Why"), self.reason, required=True)

        self.reverse_button = self.add_button(
            self.tr("Re&verse payment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reverse_button.setEnabled(False)  # until the payments are read
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reverse_button.clicked.connect(self.reverse_payment)
        self.payment.currentIndexChanged.connect(self._on_payment_current_index_changed)
        self.payments: dict[object, Payment] = {}
        self.payment.setFocus()
        self.resize(560, self.sizeHint().height())
        self.load(invoicing.invoice_payments, record.id, then=self.show_payments)

    @classmethod
    def open_for(cls, window: RecordWindow) -> PaymentReversalDialog:
        assert window.record is not None
        dialog = cls(window.worker, window.record, parent=window)
        dialog.step_taken.connect(dialog.moves_window_on)
        dialog.open()
        return dialog

    def payment_text(self, payment: Payment) -> str:
        return " — ".join(
            part
            for part in (
                payment.number,
                date_text(payment.paid_on),
                money_text(payment.amount, payment.currency),
                payment.account or "",
            )
            if part
        )

    def show_payments(self, payments: list[Payment]) -> None:
        self.payment.blockSignals(True)
        self.payment.clear()
        self.payments = {p.id: p for p in payments if p.reversible}
        for payment in self.payments.values():
            self.payment.addItem(self.payment_text(payment), payment.id)
        # The latest first: the one most often taken off.
        if self.payment.count():
            self.payment.setCurrentIndex(self.payment.count() - 1)
        else:
            self.say(self.tr("No payment of this invoice is left to reverse."))
        self.payment.blockSignals(False)
        self.fit_entries()
        self.show_what_stops()

    def fit_entries(self) -> None:
        """Wide enough for the longest payment entry (within the screen): "— Operating
        account, I…" was cut off at the dialog's first width."""
        self.layout().activate()
        wanted = self.width() + self.payment.sizeHint().width() - self.payment.width()
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().width() - 40)
        if wanted > self.width():
            self.resize(wanted, self.height())

    @slot_while_whole(int, keeps="worker")
    def _on_payment_current_index_changed(self, _index: int) -> None:
        self.show_what_stops()

    def show_what_stops(self) -> None:
        """Say, beside the payment, what the database would refuse for its account (closed,
        or holding less than the payment: migration 0074) before asking it; Reverse
        payment stays off then."""
        payment = self.payments.get(self.payment.currentData())
        stop = invoicing.what_stops_reversal(payment) if payment else None
        sentence = describe_error(stop) if stop is not None else ""
        error = self.field_errors["transaction"]
        error.setText(sentence)
        error.setVisible(bool(sentence))
        self.payment.setAccessibleDescription(sentence)
        self.fit_height()
        self.reverse_button.setEnabled(payment is not None and stop is None)

    @slot_while_whole(keeps="worker")
    def reverse_payment(self) -> None:
        if self.payment.currentData() is None:
            return
        self.run_step(
            invoicing.reverse_payment,
            self.payment.currentData(),
            self.reason.toPlainText().strip(),
            busy_text=self.tr("Reversing the payment…"),
        )
