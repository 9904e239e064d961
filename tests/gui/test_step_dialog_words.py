"""The finance step dialogs say where the refused field is, and the reversal dialog names
its invoice and shows its payments whole."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from helpers import WAIT_MS

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.workflows.payment_reversal_dialog import PaymentReversalDialog
from dicel_desktop.services.invoicing import Payment
from dicel_desktop.services.records import Record

pytestmark = pytest.mark.usefixtures("rwanda")

NUMBER = "INV-2026-000959"


def _dialog(qtbot, worker) -> PaymentReversalDialog:
    record = Record(
        "invoices",
        uuid.uuid4(),
        {"invoice_number": NUMBER},
        names={"client_id": "Akagera Logistics Ltd"},
    )
    dialog = PaymentReversalDialog(worker, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The invoice is not in the database: its payments are read as none.
    qtbot.waitUntil(lambda: "No payment" in dialog.message.text(), timeout=WAIT_MS)
    return dialog


def test_the_reversal_names_its_invoice_and_shows_a_payment_whole(qtbot, worker):
    dialog = _dialog(qtbot, worker)
    assert dialog.windowTitle() == f"Reverse a payment on {NUMBER}"
    payment = Payment(
        uuid.uuid4(),
        "TXN-2026-000412",
        dt.date(2026, 11, 3),
        Decimal("1250000"),
        "RWF",
        "Operating account, I&M Bank Rwanda",
        account_balance=Decimal("90000000"),
    )
    dialog.show_payments([payment])
    entry = dialog.payment_text(payment)
    assert dialog.payment.currentText() == entry
    needed = dialog.payment.fontMetrics().horizontalAdvance(entry)
    # Not cut off ("— Operating account, I…"), once the layout has its new width.
    qtbot.waitUntil(lambda: dialog.payment.width() > needed, timeout=WAIT_MS)


def test_a_refused_field_is_said_to_be_where_it_is(qtbot, worker):
    dialog = _dialog(qtbot, worker)
    dialog.show_refusal(DicelError("DW001", field="reason"))
    field = dialog.field_errors["reason"]
    assert field.isVisible()
    said = dialog.message.text()
    above = dialog.message.mapTo(dialog, dialog.message.rect().topLeft()).y()
    at = field.mapTo(dialog, field.rect().topLeft()).y()
    # The message line is under the form: the field marked is above it, and it says so.
    assert at < above
    assert said == "Nothing was done: correct the field marked above."
