"""A step dialog's title names the record it is taken on ("Close PO-2026-000138", as
Receive's does), and the fields it cannot be taken without are marked as a form marks
its required fields ("Why *", "Required" in the tooltip)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from dicel_desktop.gui.workflows.close_purchase_order_dialog import ClosePurchaseOrderDialog
from dicel_desktop.gui.workflows.invoice_payment_dialog import InvoicePaymentDialog
from dicel_desktop.gui.workflows.payment_reversal_dialog import PaymentReversalDialog
from dicel_desktop.services.records import Record

pytestmark = pytest.mark.usefixtures("rwanda")


def _label(dialog, widget) -> QLabel:
    form: QFormLayout = dialog.form
    for row in range(form.rowCount()):
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if field is not None and field.widget() is not None and field.widget().isAncestorOf(widget):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            assert isinstance(label, QLabel)
            return label
    raise AssertionError(f"no row holds {widget}")


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _marked(label: QLabel) -> bool:
    return label.text().replace("&", "").endswith(" *") and label.toolTip() == "Required"


def test_close_order_names_its_order_and_marks_why_required(qtbot, worker):
    record = Record("purchase_orders", uuid.uuid4(), {"po_number": "PO-2026-000138"})
    dialog = _shown(qtbot, ClosePurchaseOrderDialog(worker, record))
    assert dialog.windowTitle() == "Close PO-2026-000138"
    assert _label(dialog, dialog.reason).text() == "&Why *"
    assert _marked(_label(dialog, dialog.reason))


def test_reversing_a_payment_marks_the_payment_and_why_required(qtbot, worker):
    record = Record("invoices", uuid.uuid4(), {"invoice_number": "INV-2026-000959"})
    dialog = _shown(qtbot, PaymentReversalDialog(worker, record))
    assert dialog.windowTitle() == "Reverse a payment on INV-2026-000959"
    assert _marked(_label(dialog, dialog.payment))
    assert _marked(_label(dialog, dialog.reason))


def test_recording_a_payment_names_the_invoice_and_marks_what_it_needs(qtbot, worker):
    record = Record(
        "invoices", uuid.uuid4(), {"invoice_number": "INV-2026-000959", "currency": "RWF"}
    )
    dialog = _shown(qtbot, InvoicePaymentDialog(worker, record))
    assert dialog.windowTitle() == "Record a payment on INV-2026-000959"
    for needed in (dialog.account, dialog.amount, dialog.paid_on):
        assert _marked(_label(dialog, needed))
    # What it may be recorded without is not marked.
    assert not _label(dialog, dialog.reference).text().endswith("*")
