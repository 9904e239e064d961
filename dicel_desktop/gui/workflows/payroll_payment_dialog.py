"""Mark paid… of an approved pay period: the net to pay, the RWF account it leaves (with
what each holds), the day and how. One debit of the whole net on that account, the
period and its payslips paid (``dicel_pay_payroll``); an account that holds less is
refused, and the dialog says so as soon as it is chosen.

Each payslip keeps its own method (migration 0108: a MoMo-paid person's payslip read
"Bank transfer" after a batch from the bank, eye31 #1): the dialog counts them by method,
and How is the transfer's from the account (written on its debit), and the method of any
payslip without one. The usual account is the payroll account, by its name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import (
    fact_label,
    money_text,
    month_text,
)
from dicel_desktop.gui.workflows.money_fields import method_combo, method_in_sentence
from dicel_desktop.gui.workflows.payment_out_dialog import PaymentOutDialog
from dicel_desktop.gui.workflows.payroll_decision_dialog import (
    month_running_label,
    show_month_running,
)
from dicel_desktop.services import payroll
from dicel_desktop.services.payroll import PeriodTotals
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

#: Words of an account's name that say salaries leave from it (no setting names the
#: payroll account: the demo's is "Payroll account, Ikaze Commercial Bank"), matched as
#: whole words. The plural only: "salary" and "salaire" name one person's pay, and an
#: account of "Salary advances" or "Avances sur salaire" is not where salaries leave
#: (code review 31, F3). Kinyarwanda: "konti y'umushahara" or "y'imishahara".
PAYROLL_ACCOUNT_WORDS = ("payroll", "salaries", "paie", "salaires", "umushahara", "imishahara")


class PayrollPaymentDialog(PaymentOutDialog):
    def __init__(self, worker: DbWorker, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(worker, "RWF", parent)
        self.record = record
        self.shortfall_sentence = self.tr("This account holds %1 less than the salaries need.")
        start = record.values.get("period_start")
        self.set_step_title(
            self.tr("Pay the salaries of %1"),
            month_text(start) if start else "",
            self.tr("Pay salaries"),
        )
        self.heading.setText(
            self.tr("Pay the salaries of %1").replace("%1", month_text(start) if start else "")
        )
        self.payslips = self.add_fact(self.tr("Payslips"), "…")
        self.net = self.add_fact(self.tr("Net to pay"), "…")
        self.month_running = month_running_label()
        self.form.addRow(self.month_running)
        self.usual_names = PAYROLL_ACCOUNT_WORDS
        self.add_payment_fields()
        self.paid_from(record.values.get("approved_date"), start)
        self.method = method_combo(self.tr("How it was paid"))
        self.add_field("payment_method", self.tr("&How"), self.method)
        self.set_method_field(self.method)
        #: What How pays and what keeps its own method (said once the payslips are read).
        self.method_note = fact_label()
        self.form.addRow(self.method_note)
        self.add_pay_button(self.pay)
        self.resize(560, self.sizeHint().height())
        self.load(payroll.period_totals, record.id, then=self.show_totals)

    @classmethod
    def open_for(cls, window: RecordWindow) -> PayrollPaymentDialog:
        assert window.record is not None
        dialog = cls(window.worker, window.record, parent=window)
        dialog.step_taken.connect(dialog.moves_window_on)
        dialog.open()
        return dialog

    def show_totals(self, totals: PeriodTotals | None) -> None:
        if totals is None:
            self.say(self.tr("This pay period is no longer there."))
            return
        self.needed = totals.net
        self.payslips.setText(self.payslips_text(totals))
        self.method_note.setText(self.method_text(totals))
        self.net.setText(money_text(totals.net, "RWF"))
        show_month_running(self.month_running, totals)
        if self.accounts_read:  # the accounts came first: choose again, knowing the net
            self.choose_usual_account()
        self.refresh()

    def payslips_text(self, totals: PeriodTotals) -> str:
        """The payslips by method: "146: 122 by bank transfer, 24 by MTN MoMo" (one
        method too, so the reader sees how they are paid)."""
        locale = QLocale()
        parts = [
            (
                self.tr("%1 by %2").replace("%2", method_in_sentence(method))
                if method is not None
                else self.tr("%1 without a method")
            ).replace("%1", locale.toString(count))
            for method, count in totals.methods
        ]
        count = locale.toString(totals.employees)
        if not parts:
            return count
        return self.tr("%1: %2").replace("%1", count).replace("%2", ", ".join(parts))

    def method_text(self, totals: PeriodTotals) -> str:
        """What How is for: each payslip keeps its own method."""
        without = totals.without_method
        if not without:
            return self.tr(
                "Each payslip keeps its own method. How is the transfer's from the"
                " account, written on its entry."
            )
        if without == totals.employees:
            return self.tr(
                "No payslip has a method of its own: all of them are paid as How says,"
                " and so is the transfer from the account."
            )
        return self.tr(
            "Each payslip keeps its own method; those without one are paid as How says,"
            " and so is the transfer from the account."
        )

    def pay(self) -> None:
        paid_on = self.paid_on_value()
        if paid_on is None:
            return
        self.run_step(
            payroll.pay_payroll,
            self.record.id,
            self.account.current_id(),
            paid_on,
            self.method.currentData(),
            busy_text=self.tr("Paying…"),
        )
