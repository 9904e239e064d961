"""Mark paid… of an approved pay period: the net to pay, the RWF account it leaves (with
what each holds), the day and how. One debit of the whole net on that account, the
period and its payslips paid (``dicel_pay_payroll``); an account that holds less is
refused, and the dialog says so as soon as it is chosen."""

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
    month_text,
)
from dicel_desktop.gui.workflows.money_fields import AccountCombo, date_editor, method_combo
from dicel_desktop.services import invoicing, payroll
from dicel_desktop.services.invoicing import Account
from dicel_desktop.services.payroll import PeriodTotals
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


class PayrollPaymentDialog(FormStepDialog):
    def __init__(self, worker: DbWorker, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.record = record
        start = record.values.get("period_start")
        self.setWindowTitle(self.tr("Pay salaries"))
        self.heading.setText(
            self.tr("Pay the salaries of %1").replace("%1", month_text(start) if start else "")
        )
        self.payslips = self.add_fact(self.tr("Payslips"), "…")
        self.net = self.add_fact(self.tr("Net to pay"), "…")
        self.account = AccountCombo(self.tr("Paid from account"))
        self.add_field("account_id", self.tr("Paid from &account"), self.account)
        self.shortfall = coloured(fact_label(), WARNING_COLOUR)
        self.shortfall.hide()
        self.form.addRow(self.shortfall)
        self.paid_on = date_editor("paid_on", self.tr("Paid on"))
        self.paid_on.set_value(dt.date.today())
        self.add_field("paid_on", self.tr("Paid &on"), self.paid_on)
        self.method = method_combo(self.tr("How it was paid"))
        self.add_field("payment_method", self.tr("&How"), self.method)
        self.pay_button = self.add_button(
            self.tr("Mark &paid"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pay_button.setDefault(True)
        self.pay_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.pay_button.clicked.connect(self.pay)
        self.account.currentIndexChanged.connect(self._on_account_current_index_changed)
        self.account.setFocus()
        self._totals: PeriodTotals | None = None
        self._accounts_read = False
        self.resize(560, self.sizeHint().height())
        self.load(payroll.period_totals, record.id, then=self.show_totals)
        self.load(invoicing.active_accounts, "RWF", then=self.show_accounts)

    @classmethod
    def open_for(cls, window: RecordWindow) -> PayrollPaymentDialog:
        assert window.record is not None
        dialog = cls(window.worker, window.record, parent=window)
        dialog.done.connect(lambda _result: after_step(window))
        dialog.open()
        return dialog

    def show_totals(self, totals: PeriodTotals | None) -> None:
        if totals is None:
            self.say(self.tr("This pay period is no longer there."))
            return
        self._totals = totals
        self.payslips.setText(str(totals.employees))
        self.net.setText(money_text(totals.net, "RWF"))
        if self._accounts_read:  # the accounts came first: choose again, knowing the net
            self.account.choose_usual(totals.net)
        self._ready()

    def show_accounts(self, accounts: list[Account]) -> None:
        self.account.set_accounts(accounts)
        self._accounts_read = True
        self.account.choose_usual(self._totals.net if self._totals is not None else None)
        self._ready()

    def _ready(self) -> None:
        self.pay_button.setEnabled(
            self._totals is not None and self._accounts_read and bool(self.account.accounts)
        )
        self._show_shortfall()

    def _on_account_current_index_changed(self, _index: int) -> None:
        self._show_shortfall()

    def _show_shortfall(self) -> None:
        account = self.account.current_account()
        needed = self._totals.net if self._totals is not None else None
        if account is None or needed is None or account.balance >= needed:
            self.shortfall.hide()
            return
        missing: Decimal = needed - account.balance
        self.shortfall.setText(
            self.tr("This account holds %1 less than the salaries need.").replace(
                "%1", money_text(missing, "RWF")
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
            payroll.pay_payroll,
            self.record.id,
            self.account.current_id(),
            paid_on,
            self.method.currentData(),
            busy_text=self.tr("Paying…"),
        )
