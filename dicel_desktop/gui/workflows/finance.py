"""The steps of expenses, invoices and payroll in their record windows (issue 10, parts 5,
7 and 8): each opens its dialog, or asks first, and the window shows the record moved on.
Offered in the states they apply to and to the roles with EXECUTE on their function."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dicel_desktop.domain.states import InvoiceStatus
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import ask
from dicel_desktop.gui.records.actions import RecordAction, register
from dicel_desktop.gui.records.record_window import (
    DOCUMENT_PRINTS,
    FORM_COMPANIONS,
    DocumentPrint,
    RecordWindow,
)
from dicel_desktop.gui.workflows.document_output import DocumentKind, DocumentOutput
from dicel_desktop.gui.workflows.expense_budget_note import ExpenseBudgetNote
from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog
from dicel_desktop.gui.workflows.expense_payment_dialog import ExpensePaymentDialog
from dicel_desktop.gui.workflows.form_step_dialog import after_step
from dicel_desktop.gui.workflows.invoice_document import INVOICE
from dicel_desktop.gui.workflows.invoice_payment_dialog import InvoicePaymentDialog
from dicel_desktop.gui.workflows.payment_reversal_dialog import PaymentReversalDialog
from dicel_desktop.gui.workflows.payroll_decision_dialog import PayrollDecisionDialog, PeriodStep
from dicel_desktop.gui.workflows.payroll_payment_dialog import PayrollPaymentDialog
from dicel_desktop.gui.workflows.payslip_document import PAYSLIP
from dicel_desktop.services import expenses, invoicing, payroll
from dicel_desktop.services.own_records import own_decision_stops


def _ask_then(
    window: RecordWindow,
    title: str,
    text: str,
    yes: str,
    step: Callable[[Any, uuid.UUID], None],
    *,
    yes_by_default: bool,
) -> None:
    """Ask ``text``; ``yes`` runs ``step(session, record_id)`` on the worker, then the
    window shows the record as it is now. A step that cannot be undone keeps Cancel as
    the default answer."""
    record = window.record
    assert record is not None

    def run() -> None:
        (
            Op(window.worker, step, record.id)
            .for_widget(window)
            .on_success(lambda _none: after_step(window))
            .run()
        )

    window.question = ask(
        window,
        title,
        text,
        {QMessageBox.StandardButton.Yes: run, QMessageBox.StandardButton.Cancel: None},
        default=(
            QMessageBox.StandardButton.Yes if yes_by_default else QMessageBox.StandardButton.Cancel
        ),
        labels={QMessageBox.StandardButton.Yes: yes},
    )


def issue_invoice(window: RecordWindow) -> None:
    """Ask, then issue: from then on its lines and amounts are fixed."""
    record = window.record
    assert record is not None
    text = QCoreApplication.translate(
        "FinanceSteps",
        "Issue invoice %1 to %2? Its lines and amounts can no longer be changed once it is sent.",
    )
    text = text.replace("%1", record.title).replace("%2", record.names.get("client_id") or "")
    _ask_then(
        window,
        QCoreApplication.translate("FinanceSteps", "Issue invoice"),
        text,
        QCoreApplication.translate("FinanceSteps", "&Issue"),
        invoicing.issue_invoice,
        yes_by_default=True,
    )


def cancel_invoice(window: RecordWindow) -> None:
    """Ask, then cancel: nothing of it has been paid."""
    assert window.record is not None
    text = QCoreApplication.translate(
        "FinanceSteps", "Cancel invoice %1? It will no longer be owed or paid."
    )
    _ask_then(
        window,
        QCoreApplication.translate("FinanceSteps", "Cancel invoice"),
        text.replace("%1", window.record.title),
        QCoreApplication.translate("FinanceSteps", "Cancel &invoice"),
        invoicing.cancel_invoice,
        yes_by_default=False,
    )


def cancel_expense(window: RecordWindow) -> None:
    """Ask, then withdraw a pending expense filed by mistake."""
    assert window.record is not None
    text = QCoreApplication.translate(
        "FinanceSteps", "Withdraw expense %1? It will no longer be approved or rejected."
    )
    _ask_then(
        window,
        QCoreApplication.translate("FinanceSteps", "Withdraw expense"),
        text.replace("%1", window.record.title),
        QCoreApplication.translate("FinanceSteps", "&Withdraw"),
        expenses.cancel_expense,
        yes_by_default=False,
    )


def _document_output(window: RecordWindow, kind: DocumentKind[Any]) -> DocumentOutput:
    """The window's one printer of its document; what it did shows as a window message."""
    for output in window.findChildren(DocumentOutput):
        if output.kind is kind:
            return output
    output = DocumentOutput(window.worker, window, kind)
    output.finished.connect(lambda text, problem: window.message.say(text, problem=problem))
    return output


def _document_print(kind: DocumentKind[Any], states: frozenset[str]) -> DocumentPrint:
    """The window's Print and Save as PDF print the record as ``kind``, in ``states``."""

    def print_(window: RecordWindow) -> None:
        assert window.record is not None
        _document_output(window, kind).print_(window.record.id)

    def save_pdf(window: RecordWindow) -> None:
        assert window.record is not None
        _document_output(window, kind).save_pdf(window.record.id)

    return DocumentPrint(print_, save_pdf, states)


_AWAITING_PAYMENT = frozenset({"sent", "partially_paid", "overdue"})
#: Where a payment may be on the invoice (a sent or overdue one: loaded with the data).
_PAYMENT_REVERSIBLE = frozenset({"sent", "partially_paid", "paid", "overdue"})
_PAYSLIP_STATES = frozenset({"pending", "approved", "paid"})

register(
    "expenses",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "&Approve…"),
        "dicel_decide_expense",
        lambda window: ExpenseDecisionDialog.open_for(window, approve=True),
        frozenset({"pending"}),
        stopped_by=own_decision_stops("expenses"),
        tooltip=QT_TRANSLATE_NOOP(
            "FinanceSteps", "Approve this expense: its budget line is charged"
        ),
    ),
)
register(
    "expenses",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "Re&ject…"),
        "dicel_decide_expense",
        lambda window: ExpenseDecisionDialog.open_for(window, approve=False),
        frozenset({"pending"}),
        stopped_by=own_decision_stops("expenses"),
    ),
)
register(
    "expenses",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "&Withdraw…"),
        "dicel_cancel_expense",
        cancel_expense,
        frozenset({"pending"}),
        tooltip=QT_TRANSLATE_NOOP("FinanceSteps", "Filed by mistake: it will not be decided"),
    ),
)
register(
    "expenses",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "Mark &paid…"),
        "dicel_pay_expense",
        ExpensePaymentDialog.open_for,
        frozenset({"approved"}),
        tooltip=QT_TRANSLATE_NOOP(
            "FinanceSteps", "Pay it from an account: one debit referencing its number"
        ),
    ),
)
register(
    "invoices",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "&Issue"),
        "dicel_issue_invoice",
        issue_invoice,
        frozenset({"draft"}),
        tooltip=QT_TRANSLATE_NOOP("FinanceSteps", "Send it: its lines and amounts are then fixed"),
        # For nothing, or dated far from today (DW494, DW495, migration 0118): disabled,
        # saying so.
        stopped_by=invoicing.what_stops_issuing,
    ),
)
register(
    "invoices",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "Record &payment…"),
        "dicel_record_invoice_payment",
        InvoicePaymentDialog.open_for,
        _AWAITING_PAYMENT,
    ),
)
register(
    "invoices",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "Reverse pa&yment…"),
        "dicel_reverse_invoice_payment",
        PaymentReversalDialog.open_for,
        _PAYMENT_REVERSIBLE,
        tooltip=QT_TRANSLATE_NOOP(
            "FinanceSteps", "A cheque bounced, or it was recorded here by mistake: take it off"
        ),
        # Nothing left to take off (no payment, or each one reversed): disabled, saying so.
        stopped_by=invoicing.what_stops_reversing,
    ),
)
register(
    "invoices",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "Cance&l invoice…"),
        "dicel_cancel_invoice",
        cancel_invoice,
        frozenset({"draft", "sent", "overdue"}),
        tooltip=QT_TRANSLATE_NOOP(
            "FinanceSteps", "Nothing of it has been paid: it will no longer be owed"
        ),
        # Money received on it keeps it (DW335, migration 0060): disabled, saying so.
        stopped_by=invoicing.what_stops_cancelling,
    ),
)
register(
    "payroll_periods",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "&Approve period…"),
        "dicel_approve_payroll",
        lambda window: PayrollDecisionDialog.open_for(window, PeriodStep.APPROVE),
        frozenset({"pending"}),
        # Not to whoever ran it: offered, then refused, it read as a trap (a review).
        available=payroll.may_approve,
    ),
)
register(
    "payroll_periods",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "&Cancel run…"),
        "dicel_cancel_payroll",
        lambda window: PayrollDecisionDialog.open_for(window, PeriodStep.CANCEL),
        frozenset({"pending"}),
    ),
)
register(
    "payroll_periods",
    RecordAction(
        QT_TRANSLATE_NOOP("FinanceSteps", "Mark &paid…"),
        "dicel_pay_payroll",
        PayrollPaymentDialog.open_for,
        frozenset({"approved"}),
    ),
)
# A payslip prints as the payslip (its deductions itemised, the company's name and
# TIN), through the window's own Print and Save as PDF: one of each (a user-eye review
# found the form's Print beside the payslip's).
DOCUMENT_PRINTS["payroll_records"] = _document_print(PAYSLIP, _PAYSLIP_STATES)
# An invoice prints as the invoice a client is sent (from the company, to the client,
# its lines and totals; no internal notes), in every state: a draft marked DRAFT, a
# cancelled one CANCELLED (a user-eye review found the form printed with its notes).
DOCUMENT_PRINTS["invoices"] = _document_print(INVOICE, frozenset(s.value for s in InvoiceStatus))
# Under an expense's amount, new or pending: the budget line it would be charged to, as
# the decision dialog says it (eye30s: the person filing it was told nothing).
FORM_COMPANIONS["expenses"] = ExpenseBudgetNote
