"""Reverse payment… on an invoice's window (migration 0066), as finance, with the keyboard:
the payment chosen among the invoice's own, the reason asked for (refused beside it when
empty), the invoice and the account moved back; disabled, saying why, once nothing is
left to take off."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from finance_data import account, balance, client, invoice, superuser_value
from helpers import WAIT_MS
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from dicel_desktop.gui.workflows.form_step_dialog import date_text
from dicel_desktop.gui.workflows.payment_reversal_dialog import PaymentReversalDialog
from dicel_desktop.services import invoicing

pytestmark = pytest.mark.usefixtures("rwanda")


def _open(qtbot, opener, table, record_id):
    window = opener.open(table, record_id)
    qtbot.waitUntil(
        lambda: (
            window.record is not None
            and not window.is_busy
            and window.panels_ready
            and not window.steps.asking
            and all(b.isVisible() for b in window.step_buttons)
        ),
        timeout=WAIT_MS,
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    return window


def _dialog(qtbot, window):
    def shown():
        return [d for d in window.findChildren(PaymentReversalDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=WAIT_MS)
    dialog = shown()[0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    return dialog


def _step(window, text_: str):
    (button,) = [b for b in window.step_buttons if b.text() == text_]
    return button


def test_finance_takes_a_bounced_cheque_off_the_invoice(qtbot, logins, desk):
    finance = logins.person("finance", first_name="Eric")
    bank = account(finance, "Operating account", opening=Decimal("100"))
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Guarding", Decimal("1"), Decimal("100000")),
        invoice_date=dt.date.today() - dt.timedelta(days=1),
        due_date=dt.date.today() + dt.timedelta(days=30),
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    with finance.session() as session:
        payment = invoicing.record_payment(
            session, bill, bank, Decimal("18000"), dt.date.today(), "cheque", "CHQ 004512"
        )
    with finance.engine.begin() as conn:
        paid_by, number = conn.execute(
            text(
                "SELECT t.transaction_number, i.invoice_number FROM transactions t, invoices i"
                " WHERE t.id = :t AND i.id = :i"
            ),
            {"t": payment, "i": bill},
        ).one()
    window = _open(qtbot, desk(finance), "invoices", bill)
    reverse = _step(window, "Reverse pa&yment…")
    assert reverse.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    dialog = _dialog(qtbot, window)
    qtbot.waitUntil(dialog.reverse_button.isEnabled, timeout=WAIT_MS)
    assert dialog.payment.count() == 1
    assert dialog.payment.currentData() == payment
    assert dialog.payment.currentText() == (
        f"{paid_by} — {date_text(dt.date.today())} — 18,000 RWF — Operating account"
    )
    # No reason: refused beside it, nothing taken off.
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    error = dialog.field_errors["reason"]
    qtbot.waitUntil(lambda: error.isVisible() and not dialog.is_busy, timeout=WAIT_MS)
    assert error.text().startswith("Say why the payment is reversed")
    assert balance(finance, bank) == Decimal("18100.00")

    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # &Why
    assert dialog.reason.hasFocus()
    qtbot.keyClicks(dialog.reason, "Cheque 004512 bounced")
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: not window.is_busy and window.record.values.get("status") == "sent",
        timeout=WAIT_MS,
    )
    assert balance(finance, bank) == Decimal("100.00")
    assert window.record.values.get("notes", "").endswith(
        f"Payment {paid_by} reversed on {dt.date.today().isoformat()}: Cheque 004512 bounced"
    )
    # The notes box says the day as a sentence does (domain/step_lines.py); stored as is.
    day = QLocale().toString(QDate.currentDate(), "d MMMM yyyy")
    assert (
        window.form.editors["notes"]
        .text.toPlainText()
        .endswith(f"Payment {paid_by} reversed on {day}: Cheque 004512 bounced")
    )

    # Nothing is left to take off: offered, disabled, saying why.
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    reverse = _step(window, "Reverse pa&yment…")
    qtbot.waitUntil(lambda: not reverse.isEnabled(), timeout=WAIT_MS)
    assert reverse.toolTip().split("\n") == [
        "A cheque bounced, or it was recorded here by mistake: take it off",
        f"No payment of invoice {number} is left to reverse.",
    ]


def test_the_dialog_says_an_account_short_or_closed_before_asking(qtbot, logins, desk, db_dsn):
    """Migration 0074: a reversal takes no account below zero and writes on no closed
    one; the dialog says so beside the payment, Reverse payment off, before asking."""
    finance = logins.person("finance", first_name="Eric")
    bank = account(finance, "Operating account")
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Guarding", Decimal("1"), Decimal("100000")),
        invoice_date=dt.date.today() - dt.timedelta(days=1),
        due_date=dt.date.today() + dt.timedelta(days=30),
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    with finance.session() as session:
        invoicing.record_payment(
            session, bill, bank, Decimal("18000"), dt.date.today(), "cheque", None
        )
    with finance.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
                " description, transaction_date) VALUES (:a, 'debit', 10000, 'RWF', 'Rent',"
                " current_date)"
            ),
            {"a": bank},
        )
    window = _open(qtbot, desk(finance), "invoices", bill)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    dialog = _dialog(qtbot, window)
    error = dialog.field_errors["transaction"]
    qtbot.waitUntil(lambda: dialog.payment.count() == 1 and error.isVisible(), timeout=WAIT_MS)
    assert error.text().startswith("Operating account holds 8,000 RWF; reversing payment")
    assert not dialog.reverse_button.isEnabled()
    assert balance(finance, bank) == Decimal("8000.00")
    dialog.reject()

    # Closed holding money: before migration 0147 (DW317 since), or by the superuser.
    superuser_value(
        db_dsn,
        "UPDATE financial_accounts SET is_active = false WHERE id = %s RETURNING id",
        (bank,),
    )
    dialog = PaymentReversalDialog.open_for(window)
    error = dialog.field_errors["transaction"]
    qtbot.waitUntil(lambda: dialog.payment.count() == 1 and error.isVisible(), timeout=WAIT_MS)
    assert "arrived on Operating account, which is closed" in error.text()
    assert not dialog.reverse_button.isEnabled()
