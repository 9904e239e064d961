"""Run payroll…: choose the month; the database makes a pending payslip for everyone
employed in it (``dicel_run_payroll``), with the amounts it computes. Only months not run
yet are offered (a month runs only once); the one chosen first is the next one due, the
month after the last run, and the dialog says which period was run last. A month that
has not begun (DW337, counted in the company's days) is shown but cannot be run yet; none
before the twelve months before the next one due is offered, as the database runs none
(DW349, migration 0096)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from dicel_desktop.domain.pay_months import MONTHS_AFTER, MONTHS_BEFORE, add_months
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import (
    FormStepDialog,
    date_text,
    fact_label,
    month_text,
    state_text,
)
from dicel_desktop.services import payroll

#: Months offered: ``MONTHS_BEFORE`` before the one proposed (the earliest the database
#: runs, DW349, migration 0096) and ``MONTHS_AFTER`` after it (domain/pay_months.py).
__all__ = ["MONTHS_AFTER", "MONTHS_BEFORE", "PayrollRunDialog"]


class PayrollRunDialog(FormStepDialog):
    """``step_taken`` carries the new pay period's id; ``chosen_month()`` its first day."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setWindowTitle(self.tr("Run payroll"))
        self.heading.setText(self.tr("Run the payroll of a month"))
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        self.month.setEnabled(False)
        self.last_run = self.add_fact(self.tr("Last period run"), "…")
        self.add_field("start", self.tr("&Month"), self.month)
        #: Why the chosen month cannot run yet (it has not begun).
        self.not_yet = fact_label()
        self.not_yet.hide()
        self.form.addRow(self.not_yet)
        explanation = fact_label(
            self.tr(
                "Everyone employed in that month gets a pending payslip: basic from their "
                "salary, allowances and deductions computed by the database. HR may adjust "
                "allowances until someone other than you approves the period; then finance "
                "pays it."
            )
            + " "
            # Migration 0159: a leaver's final settlement, when their month's run came first.
            + self.tr(
                "Someone who left before that month and whose untaken annual leave no payslip "
                "paid gets a final settlement payslip for it."
            )
        )
        self.form.addRow(explanation)
        self.run_button = self.add_button(
            self.tr("&Run payroll"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.run_button.setDefault(True)
        self.run_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.run_button.clicked.connect(self.run_payroll)
        self.month.currentIndexChanged.connect(self._month_chosen)
        self.fit_to_width(480)
        self.months: payroll.RunMonths | None = None
        self.load(payroll.payroll_months, then=self.offer_months)

    @classmethod
    def open_for(cls, worker: DbWorker, parent: QWidget) -> PayrollRunDialog:
        dialog = cls(worker, parent)
        dialog.open()
        return dialog

    def offer_months(self, months: payroll.RunMonths) -> None:
        """Offer the months around the next one due that have not run; choose that one."""
        self.months = months
        if months.last_start is None:
            self.last_run.setText(self.tr("None yet"))
        else:
            self.last_run.setText(
                self.tr("%1 (%2)")
                .replace("%1", month_text(months.last_start))
                .replace("%2", state_text(months.last_status, "payroll_periods"))
            )
        self.month.blockSignals(True)
        self.month.clear()
        for offset in range(-MONTHS_BEFORE, MONTHS_AFTER + 1):
            first = add_months(months.next_due, offset)
            # Not run yet; of the months not begun only the next one due, shown as not yet.
            if first in months.run or (first > months.today and first != months.next_due):
                continue
            self.month.addItem(month_text(first), first)
        offered = [self.month.itemData(i) for i in range(self.month.count())]
        self.month.setCurrentIndex(offered.index(months.next_due))
        self.month.blockSignals(False)
        self.month.setEnabled(True)
        self._month_chosen()
        self.month.setFocus()

    @slot_while_whole(keeps="worker")
    def _month_chosen(self) -> None:
        first = self.month.currentData()
        if self.months is None or first is None:
            return
        runnable = self.months.may_run(first)
        self.run_button.setEnabled(runnable and not self.is_busy)
        self.not_yet.setVisible(not runnable)
        if not runnable:
            self.not_yet.setText(
                self.tr("%1 has not begun: its payroll can be run from %2.")
                .replace("%1", month_text(first))
                .replace("%2", date_text(first))
            )
        self.fit_height()

    def chosen_month(self) -> dt.date:
        return self.month.currentData()

    @slot_while_whole(keeps="worker")
    def run_payroll(self) -> None:
        start, end = payroll.month_of(self.chosen_month())
        self.run_step(payroll.run_payroll, start, end, busy_text=self.tr("Making the payslips…"))
