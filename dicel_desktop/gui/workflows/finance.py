"""The steps of expenses, invoices and payroll in their record windows (issue 10, parts 5,
7 and 8): each opens its dialog, or asks first, and the window shows the record moved on.
Offered in the states they apply to and to the roles with EXECUTE on their function."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import ask
from dicel_desktop.gui.records.actions import RecordAction, register
from dicel_desktop.gui.records.record_window import RecordWindow
from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog
from dicel_desktop.gui.workflows.form_step_dialog import after_step
from dicel_desktop.gui.workflows.invoice_payment_dialog import InvoicePaymentDialog
from dicel_desktop.gui.workflows.payroll_decision_dialog import PayrollDecisionDialog, PeriodStep
from dicel_desktop.gui.workflows.payroll_payment_dialog import PayrollPaymentDialog
from dicel_desktop.gui.workflows.payslip_output import PayslipOutput
from dicel_desktop.services import invoicing

_CONTEXT = "FinanceSteps"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def issue_invoice(window: RecordWindow) -> None:
    """Ask, then issue: from then on its lines and amounts are fixed."""
    record = window.record
    assert record is not None
    text = _tr(
        "Issue invoice %1 to %2? Its lines and amounts can no longer be changed once it is sent."
    )
    text = text.replace("%1", record.title).replace("%2", record.names.get("client_id") or "")

    def issue() -> None:
        (
            Op(window.worker, invoicing.issue_invoice, record.id)
            .for_widget(window)
            .on_success(lambda _none: after_step(window))
            .run()
        )

    window.question = ask(
        window,
        _tr("Issue invoice"),
        text,
        {QMessageBox.StandardButton.Yes: issue, QMessageBox.StandardButton.Cancel: None},
        default=QMessageBox.StandardButton.Yes,
        labels={QMessageBox.StandardButton.Yes: _tr("&Issue")},
    )


def cancel_invoice(window: RecordWindow) -> None:
    """Ask, then cancel: nothing of it has been paid."""
    record = window.record
    assert record is not None
    text = _tr("Cancel invoice %1? It will no longer be owed or paid.").replace("%1", record.title)

    def cancel() -> None:
        (
            Op(window.worker, invoicing.cancel_invoice, record.id)
            .for_widget(window)
            .on_success(lambda _none: after_step(window))
            .run()
        )

    window.question = ask(
        window,
        _tr("Cancel invoice"),
        text,
        {QMessageBox.StandardButton.Yes: cancel, QMessageBox.StandardButton.Cancel: None},
        default=QMessageBox.StandardButton.Cancel,
        labels={QMessageBox.StandardButton.Yes: _tr("Cancel &invoice")},
    )


def _payslip_output(window: RecordWindow) -> PayslipOutput:
    """The window's one printer of its payslip; what it did shows as a window message."""
    output = window.findChild(PayslipOutput)
    if output is None:
        output = PayslipOutput(window.worker, window)
        output.finished.connect(lambda text, problem: window.message.say(text, problem=problem))
    return output


def print_payslip(window: RecordWindow) -> None:
    assert window.record is not None
    _payslip_output(window).print_payslip(window.record.id)


def save_payslip(window: RecordWindow) -> None:
    assert window.record is not None
    _payslip_output(window).save_pdf(window.record.id)


_AWAITING_PAYMENT = frozenset({"sent", "partially_paid", "overdue"})
_PAYSLIP_STATES = frozenset({"pending", "approved", "paid"})

register(
    "expenses",
    RecordAction(
        _tr("&Approve…"),
        "dicel_decide_expense",
        lambda window: ExpenseDecisionDialog.open_for(window, approve=True),
        frozenset({"pending"}),
        tooltip=_tr("Approve this expense: its budget line is charged"),
    ),
)
register(
    "expenses",
    RecordAction(
        _tr("Re&ject…"),
        "dicel_decide_expense",
        lambda window: ExpenseDecisionDialog.open_for(window, approve=False),
        frozenset({"pending"}),
    ),
)
register(
    "invoices",
    RecordAction(
        _tr("&Issue"),
        "dicel_issue_invoice",
        issue_invoice,
        frozenset({"draft"}),
        tooltip=_tr("Send it: its lines and amounts are then fixed"),
    ),
)
register(
    "invoices",
    RecordAction(
        _tr("Record &payment…"),
        "dicel_record_invoice_payment",
        InvoicePaymentDialog.open_for,
        _AWAITING_PAYMENT,
    ),
)
register(
    "invoices",
    RecordAction(
        _tr("Cance&l invoice…"),
        "dicel_cancel_invoice",
        cancel_invoice,
        frozenset({"draft", "sent", "overdue"}),
        tooltip=_tr("Nothing of it has been paid: it will no longer be owed"),
    ),
)
register(
    "payroll_periods",
    RecordAction(
        _tr("&Approve period…"),
        "dicel_approve_payroll",
        lambda window: PayrollDecisionDialog.open_for(window, PeriodStep.APPROVE),
        frozenset({"pending"}),
    ),
)
register(
    "payroll_periods",
    RecordAction(
        _tr("&Cancel run…"),
        "dicel_cancel_payroll",
        lambda window: PayrollDecisionDialog.open_for(window, PeriodStep.CANCEL),
        frozenset({"pending"}),
    ),
)
register(
    "payroll_periods",
    RecordAction(
        _tr("Mark &paid…"),
        "dicel_pay_payroll",
        PayrollPaymentDialog.open_for,
        frozenset({"approved"}),
    ),
)
register(
    "payroll_records",
    RecordAction(_tr("&Print…"), "dicel_payslip", print_payslip, _PAYSLIP_STATES),
)
register(
    "payroll_records",
    RecordAction(_tr("Save as P&DF…"), "dicel_payslip", save_payslip, _PAYSLIP_STATES),
)
