"""Mark paid… of an approved expense: its amount, the account it leaves (in the expense's
currency) and the day. One debit on that account referencing the expense number, and the
expense paid (``dicel_pay_expense``)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import money_text
from dicel_desktop.gui.workflows.payment_out_dialog import PaymentOutDialog
from dicel_desktop.services import expenses
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


class ExpensePaymentDialog(PaymentOutDialog):
    def __init__(self, worker: DbWorker, record: Record, parent: QWidget | None = None) -> None:
        values = record.values
        super().__init__(worker, values.get("currency") or DEFAULT_CURRENCY, parent)
        self.record = record
        self.needed = Decimal(values.get("amount") or 0)
        self.shortfall_sentence = self.tr("This account holds %1 less than the expense.")
        self.set_step_title(self.tr("Pay %1"), record.title, self.tr("Pay expense"))
        self.heading.setText(self.tr("Pay expense %1").replace("%1", record.title))
        self.add_fact(self.tr("Amount"), money_text(self.needed, self.currency))
        if values.get("vendor"):
            self.add_fact(self.tr("To"), values["vendor"])
        self.add_payment_fields()
        self.paid_from(values.get("approved_date"), values.get("expense_date"))
        self.add_pay_button(self.pay)
        self.resize(520, self.sizeHint().height())

    @classmethod
    def open_for(cls, window: RecordWindow) -> ExpensePaymentDialog:
        assert window.record is not None
        dialog = cls(window.worker, window.record, parent=window)
        dialog.step_taken.connect(dialog.moves_window_on)
        dialog.open()
        return dialog

    def pay(self) -> None:
        paid_on = self.paid_on_value()
        if paid_on is None:
            return
        self.run_step(
            expenses.pay_expense,
            self.record.id,
            self.account.current_id(),
            paid_on,
            busy_text=self.tr("Paying…"),
        )
