"""Mark paid… of an approved expense: its amount, the account it leaves (in the expense's
currency, with what each holds) and the day. One debit on that account referencing the
expense number, and the expense paid (``dicel_pay_expense``); an account that holds less
is refused, and the dialog says so as soon as it is chosen."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import (
    WARNING_COLOUR,
    FormStepDialog,
    after_step,
    coloured,
    fact_label,
    money_text,
)
from dicel_desktop.gui.workflows.money_fields import AccountCombo, date_editor
from dicel_desktop.services import expenses, invoicing
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.invoicing import Account
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


class ExpensePaymentDialog(FormStepDialog):
    def __init__(self, worker: DbWorker, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.record = record
        values = record.values
        self.amount = Decimal(values.get("amount") or 0)
        self.currency = values.get("currency") or DEFAULT_CURRENCY
        self.setWindowTitle(self.tr("Pay expense"))
        self.heading.setText(self.tr("Pay expense %1").replace("%1", record.title))
        self.add_fact(self.tr("Amount"), money_text(self.amount, self.currency))
        vendor = values.get("vendor")
        if vendor:
            self.add_fact(self.tr("To"), vendor)
        self.account = AccountCombo(self.tr("Paid from account"))
        self.add_field("account_id", self.tr("Paid from &account"), self.account)
        self.shortfall = coloured(fact_label(), WARNING_COLOUR)
        self.shortfall.hide()
        self.form.addRow(self.shortfall)
        self.paid_on = date_editor("paid_on", self.tr("Paid on"))
        self.paid_on.set_value(dt.date.today())
        self.add_field("paid_on", self.tr("Paid &on"), self.paid_on)
        self.pay_button = self.add_button(
            self.tr("Mark &paid"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pay_button.setDefault(True)
        self.pay_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.pay_button.clicked.connect(self.pay)
        self.account.currentIndexChanged.connect(self._on_account_current_index_changed)
        self.account.setFocus()
        self.resize(520, self.sizeHint().height())
        self.load(invoicing.active_accounts, self.currency, then=self.show_accounts)

    @classmethod
    def open_for(cls, window: RecordWindow) -> ExpensePaymentDialog:
        assert window.record is not None
        dialog = cls(window.worker, window.record, parent=window)
        dialog.done.connect(lambda _result: after_step(window))
        dialog.open()
        return dialog

    def show_accounts(self, accounts: list[Account]) -> None:
        self.account.set_accounts(accounts)
        self.account.choose_usual(self.amount)
        self.pay_button.setEnabled(bool(accounts))
        if not accounts:
            self.say(
                self.tr("No active account holds %1: open one in Finance first.").replace(
                    "%1", self.currency
                )
            )
        self._show_shortfall()

    def _on_account_current_index_changed(self, _index: int) -> None:
        self._show_shortfall()

    def _show_shortfall(self) -> None:
        account = self.account.current_account()
        if account is None or account.balance >= self.amount:
            self.shortfall.hide()
            return
        self.shortfall.setText(
            self.tr("This account holds %1 less than the expense.").replace(
                "%1", money_text(self.amount - account.balance, self.currency)
            )
        )
        self.shortfall.show()

    def pay(self) -> None:
        try:
            paid_on = self.paid_on.value()
        except DicelError as error:
            self.say(describe_error(error))
            return
        self.run_step(
            expenses.pay_expense,
            self.record.id,
            self.account.current_id(),
            paid_on,
            busy_text=self.tr("Paying…"),
        )
