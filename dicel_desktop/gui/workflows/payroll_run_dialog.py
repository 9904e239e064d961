"""Run payroll…: choose the month; the database makes a pending payslip for everyone
employed in it (``dicel_run_payroll``), with the amounts it computes. The month offered
first is the one after the last run; a month runs only once, and the dialog says who ran
it when someone already did."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import FormStepDialog, fact_label, month_text
from dicel_desktop.services import payroll

#: Months offered: this many before the one proposed, and after it.
MONTHS_BEFORE, MONTHS_AFTER = 12, 2


def _add_months(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class PayrollRunDialog(FormStepDialog):
    """``done`` carries the new pay period's id; ``chosen_month()`` its first day."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setWindowTitle(self.tr("Run payroll"))
        self.heading.setText(self.tr("Run the payroll of a month"))
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        self.month.setEnabled(False)
        self.add_field("start", self.tr("&Month"), self.month)
        explanation = fact_label(
            self.tr(
                "Everyone employed in that month gets a pending payslip: basic from their "
                "salary, allowances and deductions computed by the database. HR may adjust "
                "allowances until someone other than you approves the period; then finance "
                "pays it."
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
        self.fit_to_width(480)
        self.load(payroll.next_month_to_run, then=self.offer_months)

    @classmethod
    def open_for(cls, worker: DbWorker, parent: QWidget) -> PayrollRunDialog:
        dialog = cls(worker, parent)
        dialog.open()
        return dialog

    def offer_months(self, proposed: dt.date, today: dt.date | None = None) -> None:
        # Not a month that has not started: the database refuses it (DW337, migration
        # 0063). When the proposed one has not, the month under way is chosen.
        this_month = payroll.month_of(today or dt.date.today())[0]
        self.month.clear()
        for offset in range(-MONTHS_BEFORE, MONTHS_AFTER + 1):
            first = _add_months(proposed, offset)
            if first <= this_month:
                self.month.addItem(month_text(first), first)
        if self.month.count() == 0:
            self.month.addItem(month_text(this_month), this_month)
        wanted = min(proposed, this_month)
        offered = [self.month.itemData(i) for i in range(self.month.count())]
        self.month.setCurrentIndex(
            offered.index(wanted) if wanted in offered else self.month.count() - 1
        )
        self.month.setEnabled(True)
        self.run_button.setEnabled(True)
        self.month.setFocus()

    def chosen_month(self) -> dt.date:
        return self.month.currentData()

    def run_payroll(self) -> None:
        start, end = payroll.month_of(self.chosen_month())
        self.run_step(payroll.run_payroll, start, end, busy_text=self.tr("Making the payslips…"))
