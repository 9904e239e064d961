"""Record payment… of an issued invoice: what it totals, what has been paid and what is
still owed; the account the money arrived on (in the invoice's currency), the amount
(what is owed, unless the client paid part), the day, how, and the payer's reference.
One step of the database (``dicel_record_invoice_payment``): the credit, the account's
balance and the invoice's state move together."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from dicel_desktop.domain.errors import DicelError, InvalidInput
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.common import LengthLimit
from dicel_desktop.gui.editors.dates import TODAY
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import (
    FormStepDialog,
    date_text,
    money_text,
    state_text,
)
from dicel_desktop.gui.workflows.money_fields import (
    AccountCombo,
    MethodFollowsAccount,
    amount_editor,
    date_editor,
    method_combo,
)
from dicel_desktop.services import invoicing
from dicel_desktop.services.forms import text_limit
from dicel_desktop.services.invoicing import Account, InvoiceBalance
from dicel_desktop.services.record_facts import company_day_source
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from decimal import Decimal

    from dicel_desktop.gui.records.record_window import RecordWindow


#: A payment or reversal booked since the dialog read "Paid so far" (DW352, migration
#: 0143): the dialog reads the invoice again and keeps what was typed.
PAID_SINCE_SHOWN = frozenset(
    {"paid_since_shown", "payment_reversed_since_shown", "paid_since_shown_nobody"}
)


class InvoicePaymentDialog(FormStepDialog):
    #: Une facture: its states agree (« Partiellement payée »).
    table = "invoices"

    def __init__(self, worker: DbWorker, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.record = record
        self.currency = record.values.get("currency") or "RWF"
        self.set_step_title(
            self.tr("Record a payment on %1"), record.title, self.tr("Record a payment")
        )
        self.heading.setText(
            self.tr("Payment of invoice %1").replace(
                "%1", str(record.values.get("invoice_number") or "")
            )
        )
        self.client = self.add_fact(self.tr("Client"), record.names.get("client_id") or "—")
        self.total = self.add_fact(self.tr("Total"), "…")
        self.paid = self.add_fact(self.tr("Paid so far"), "…")
        self.owed = self.add_fact(self.tr("Still owed"), "…")
        self.due = self.add_fact(self.tr("Due"), date_text(record.values.get("due_date")))

        self.account = AccountCombo(self.tr("Received on account"))
        self.add_field("account_id", self.tr("Received on &account"), self.account, required=True)
        self.amount = amount_editor(self.tr("Amount received"))
        self.amount.set_currency(self.currency)
        self.add_field("amount", self.tr("A&mount received"), self.amount, required=True)
        self.paid_on = date_editor("paid_on", self.tr("Received on"))
        self.paid_on.set_value("today")  # this desktop's, until the company's is read
        self.add_field("paid_on", self.tr("Received &on"), self.paid_on, required=True)
        self.method = method_combo(self.tr("How it was paid"))
        self.add_field("payment_method", self.tr("&How"), self.method)
        # Money on the MoMo wallet came by MoMo, on the till in cash: until the clerk says.
        self.method_follower = MethodFollowsAccount(self.account, self.method)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Payer's reference"))
        self.reference.setPlaceholderText(self.tr("Cheque number, MoMo transaction id…"))
        # Kept whole, however long: said under the box while longer than it may be.
        self.reference_limit = LengthLimit(
            self.reference, text_limit("transactions", "reference_number") or 0
        )
        self.add_field(
            "reference", self.tr("&Reference"), self.reference, under=self.reference_limit.sentence
        )

        self.record_button = self.add_button(
            self.tr("&Record payment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setDefault(True)
        self.record_button.setEnabled(False)  # until the invoice and accounts are read
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.record_button.clicked.connect(self.record_payment)
        self.account.setFocus()
        self.resize(560, self.sizeHint().height())

        self.load(invoicing.invoice_balance, record.id, then=self.show_balance)
        self.load(invoicing.active_accounts, self.currency, then=self.show_accounts)
        self._balance: InvoiceBalance | None = None
        #: The amount the dialog proposed (what was owed when read): it follows a new
        #: balance while the box still holds it; an amount typed stays (eye40b, 9).
        self._filled: Decimal | None = None
        self._accounts_read = False
        self.paid_on.today_turned.connect(self._say_due)

    @classmethod
    def open_for(cls, window: RecordWindow) -> InvoicePaymentDialog:
        assert window.record is not None
        dialog = cls(window.worker, window.record, parent=window)
        dialog.step_taken.connect(dialog.moves_window_on)
        dialog.open()
        return dialog

    def show_balance(self, balance: InvoiceBalance | None) -> None:
        if balance is None:
            self.say(self.tr("This invoice is no longer there."))
            return
        self._show_paid(balance)
        self.amount.set_value(balance.outstanding)
        self._filled = balance.outstanding
        # Today is the company's, read with the balance: the day proposed (unless one
        # was typed), the last one offered and the day "past due" counts from, as the
        # database counts DW309 (a desktop a day ahead proposed a day it refused); they
        # move on at the company's midnight while the dialog stays open.
        self.paid_on.count_today_by(company_day_source(balance.clock))
        # The days the database takes: from the invoice's (DW348) to today (DW309).
        self.paid_on.set_range(balance.earliest, TODAY)
        self._say_due(self.paid_on.today())
        self._ready()

    def _show_paid(self, balance: InvoiceBalance) -> None:
        """What the invoice totals, what is paid (the version a payment is recorded on,
        migration 0143) and what is still owed."""
        self._balance = balance
        self.total.setText(money_text(balance.total, balance.currency))
        self.paid.setText(money_text(balance.paid, balance.currency))
        owed = money_text(balance.outstanding, balance.currency)
        self.owed.setText(f"{owed} ({state_text(balance.status, self.table)})")

    def _on_step_failed(self, error: DicelError) -> None:
        super()._on_step_failed(error)
        if error.code in PAID_SINCE_SHOWN:
            # Paid or reversed since it was read: what is paid now, the refusal still
            # said, and the amount, account, day and reference as typed.
            self.load(invoicing.invoice_balance, self.record.id, then=self._show_paid_again)

    def _show_paid_again(self, balance: InvoiceBalance | None) -> None:
        if balance is None:
            self.say(self.tr("This invoice is no longer there."))
            self.record_button.setEnabled(False)
            return
        self._show_paid(balance)
        if self._filled is not None and self._amount_shown() == self._filled:
            # The dialog's own proposal, now too much: what is owed now.
            self.amount.set_value(balance.outstanding)
            self._filled = balance.outstanding
        self._say_due(self.paid_on.today())

    def _amount_shown(self) -> Decimal | None:
        try:
            return self.amount.value()
        except DicelError:  # text that is not a number: typed, kept
            return None

    @slot_while_whole(object, keeps="worker")
    def _say_due(self, today: dt.date) -> None:
        """The due day, and past due once today (the company's) is after it."""
        balance = self._balance
        if balance is None or not balance.due_date:
            return
        if balance.outstanding > 0 and balance.due_date < today:
            # A partly paid invoice stays "partially paid" past its due date: say it here.
            self.due.setText(self.tr("%1, past due").replace("%1", date_text(balance.due_date)))

    def show_accounts(self, accounts: list[Account]) -> None:
        self.account.set_accounts(accounts)
        self.account.choose_usual()
        self._accounts_read = True
        if not accounts:
            self.say(
                self.tr("There is no active account in %1 to receive this payment on.").replace(
                    "%1", self.currency
                )
            )
        self._ready()

    def _ready(self) -> None:
        self.record_button.setEnabled(
            self._balance is not None and self._accounts_read and bool(self.account.accounts)
        )

    def typed_by_person(self) -> bool:
        """The payer's reference typed counts as typing too (a note would)."""
        return super().typed_by_person() or (not self._busy and bool(self.reference.text().strip()))

    @slot_while_whole(keeps="worker")
    def record_payment(self) -> None:
        if self.reference_limit.holds_back():  # the sentence under it says why
            return
        try:
            amount = self.amount.value()
            paid_on = self.paid_on.value()
        except DicelError as error:  # typed text that is not a number or a date
            self.show_refusal(error)
            return
        balance = self._balance
        if (
            balance is not None
            and balance.earliest is not None
            and paid_on is not None
            and paid_on < balance.earliest
        ):
            # The database's own refusal (DW348), said before asking it.
            self.show_refusal(
                InvalidInput(
                    "paid_before_invoice",
                    date=paid_on.isoformat(),
                    earliest=balance.earliest.isoformat(),
                    invoice=balance.number,
                    field="paid_on",
                )
            )
            return
        self.run_step(
            invoicing.record_payment,
            self.record.id,
            self.account.current_id(),
            amount,
            paid_on,
            self.method.currentData(),
            self.reference.text().strip() or None,
            # On the paid amount shown: one booked since refuses it (migration 0143).
            balance.paid if balance is not None else None,
            busy_text=self.tr("Recording the payment…"),
        )
