"""Approve period… and Cancel run… of a pending pay period: what it adds up to (how many
payslips, basic, allowances, gross, deductions, net), who ran it, and a note. Approval is
someone else's than the one who ran it (the database refuses them); a cancelled run
frees the month to run again."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import (
    WARNING_COLOUR,
    FormStepDialog,
    coloured,
    date_text,
    fact_label,
    money_text,
    month_text,
    note_field,
    state_text,
)
from dicel_desktop.services import payroll
from dicel_desktop.services.payroll import PeriodTotals
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


def _ordinal(day: int) -> str:
    """The pay day as a person says it ("the 25th", "le 25")."""
    if day == 1:
        return QCoreApplication.translate("PayrollDecisionDialog", "1st")
    if day % 100 in (11, 12, 13):
        words = QCoreApplication.translate("PayrollDecisionDialog", "%1th")
    else:
        words = {
            1: QCoreApplication.translate("PayrollDecisionDialog", "%1st"),
            2: QCoreApplication.translate("PayrollDecisionDialog", "%1nd"),
            3: QCoreApplication.translate("PayrollDecisionDialog", "%1rd"),
        }.get(day % 10, QCoreApplication.translate("PayrollDecisionDialog", "%1th"))
    return words.replace("%1", str(day))


def month_not_over(totals: PeriodTotals) -> str:
    """What approving or paying a period before its end leaves out, in the person's words;
    empty once it is over. A warning, not a refusal: paying on the 25th is the custom,
    and the database takes it (eye30s #3)."""
    days = totals.days_to_come
    if not days:
        return ""
    if days == 1:
        text = QCoreApplication.translate(
            "PayrollDecisionDialog",
            "%1 is not over: 1 day of attendance and leave is still to come.",
        )
    else:
        text = QCoreApplication.translate(
            "PayrollDecisionDialog",
            "%1 is not over: %2 days of attendance and leave are still to come.",
        )
    text = text.replace("%1", month_text(totals.period_start)).replace("%2", str(days))
    if totals.pay_day is not None:
        pay_day = QCoreApplication.translate(
            "PayrollDecisionDialog", "The usual pay day is the %1 (system setting payroll.pay_day)."
        )
        text += " " + pay_day.replace("%1", _ordinal(totals.pay_day))
    return text


def month_running_label() -> QLabel:
    """Where :func:`month_not_over` is said: amber, hidden until there is something."""
    label = coloured(fact_label(), WARNING_COLOUR)
    label.setObjectName("monthNotOver")
    label.hide()
    return label


def show_month_running(label: QLabel, totals: PeriodTotals) -> None:
    text = month_not_over(totals)
    label.setText(text)
    label.setVisible(bool(text))


class PeriodStep(Enum):
    APPROVE = "approve"
    CANCEL = "cancel"


class PayrollDecisionDialog(FormStepDialog):
    #: A pay period: French says its states as « la paie », feminine (« Approuvée »).
    table = "payroll_periods"

    def __init__(
        self,
        worker: DbWorker,
        record: Record,
        step: PeriodStep,
        parent: QWidget | None = None,
        *,
        role: Role | str | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.record = record
        self.step = step
        #: The reader's role, to read the run again after DW007 (None: it is not).
        self.role = role
        start = record.values.get("period_start")
        month = month_text(start) if start else ""
        if step is PeriodStep.APPROVE:
            self.set_step_title(
                self.tr("Approve the payroll of %1"), month, self.tr("Approve a pay period")
            )
            self.heading.setText(self.tr("Approve the payroll of %1").replace("%1", month))
        else:
            self.set_step_title(
                self.tr("Cancel the payroll run of %1"),
                month,
                self.tr("Cancel a payroll run"),
            )
            self.heading.setText(self.tr("Cancel the payroll run of %1").replace("%1", month))
        self.period = self.add_fact(
            self.tr("Period"),
            self.tr("%1 to %2")
            .replace("%1", date_text(start))
            .replace("%2", date_text(record.values.get("period_end"))),
        )
        self.month_running = month_running_label()
        self.form.addRow(self.month_running)
        #: Pending as opened; what someone else's step left it as, read again after a
        #: refusal that says so ("Already approved by …"), as the expense's dialog shows.
        self.state = self.add_fact(
            self.tr("Status"), state_text(record.values.get("status"), self.table)
        )
        self.run_by = self.add_fact(self.tr("Run by"), record.names.get("created_by") or "—")
        self.payslips = self.add_fact(self.tr("Payslips"), "…")
        self.basic = self.add_fact(self.tr("Basic salaries"), "…")
        self.allowances = self.add_fact(self.tr("Allowances"), "…")
        self.gross = self.add_fact(self.tr("Gross"), "…")
        self.deductions = self.add_fact(self.tr("Deductions"), "…")
        self.net = self.add_fact(self.tr("Net to pay"), "…")
        self.note = self.add_field("note", self.tr("&Note"), note_field(self.tr("Note")))
        if step is PeriodStep.APPROVE:
            text = self.tr("&Approve period")
        else:
            text = self.tr("Cancel the &run")
            self.note.setPlaceholderText(self.tr("Why it is cancelled"))
        self.ok_button = self.add_button(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.take_step)
        # Cancel, as every other step's dialog says: nothing is taken.
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.note.setFocus()
        self.resize(520, self.sizeHint().height())
        self.load(payroll.period_totals, record.id, then=self.show_totals)

    @classmethod
    def open_for(cls, window: RecordWindow, step: PeriodStep) -> PayrollDecisionDialog:
        assert window.record is not None
        dialog = cls(window.worker, window.record, step, parent=window, role=window.role)
        dialog.step_taken.connect(dialog.moves_window_on)
        dialog.open()
        return dialog

    def show_totals(self, totals: PeriodTotals | None) -> None:
        if totals is None:
            self.say(self.tr("This pay period is no longer there."))
            return
        self.payslips.setText(str(totals.employees))
        self.basic.setText(money_text(totals.basic, "RWF"))
        self.allowances.setText(money_text(totals.allowances, "RWF"))
        self.gross.setText(money_text(totals.gross, "RWF"))
        self.deductions.setText(money_text(totals.deductions, "RWF"))
        self.net.setText(money_text(totals.net, "RWF"))
        if self.record.values.get("status") == "pending":
            show_month_running(self.month_running, totals)
        else:
            # Decided meanwhile (read again after "Already approved by …"): nothing is left
            # to approve early, so the warning about it goes (eye35 §10).
            self.month_running.hide()

    @slot_while_whole(keeps="worker")
    def take_step(self) -> None:
        note = self.note.toPlainText()
        if self.step is PeriodStep.APPROVE:
            self.run_step(
                payroll.approve_payroll,
                self.record.id,
                note,
                # On the run as the window showed it (its payslips and files too).
                self.record.decision_version,
                busy_text=self.tr("Approving…"),
            )
        else:
            self.run_step(
                payroll.cancel_payroll,
                self.record.id,
                note,
                # On the run as shown too (a review: the inbox cancelled one changed since).
                self.record.decision_version,
                busy_text=self.tr("Cancelling…"),
            )

    def _on_step_failed(self, error: DicelError) -> None:
        super()._on_step_failed(error)
        # Show what it is now, with why; the note stays as typed.
        self.read_again_if_changed(
            error, "payroll_periods", self.role, self.record.id, self._on_read_again
        )

    def _on_read_again(self, record: Record | None, said: str) -> None:
        if record is None:
            self.say(self.tr("This pay period is no longer there."))
            return
        self.record = record
        self.state.setText(state_text(record.values.get("status"), self.table))
        self.load(payroll.period_totals, record.id, then=self.show_totals)
        self.say(said)
        # The window (or the inbox) under it shows it as it is now too, as the expense's.
        self.reload_under()
