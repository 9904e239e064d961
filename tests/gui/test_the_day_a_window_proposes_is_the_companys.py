"""The day a window proposes, or offers as today, is the company's day
(``dicel_company_day()``, migration 0069), as the database counts the day it then asks,
not the desktop's date: a new feedback's received day (DW426), the day a payment was
received (DW309) or paid out, the day a recovery case was settled (DW430) and the one a
write-off stamps, and a date field's Today. A laptop on UTC at 23:30 Kigali time is still
"yesterday"; a clock a day off is a day off. The company is put in a time zone whose day
is not the desktop's (``helpers.company_a_day_off``), so the two differ whichever way,
and each day proposed is then saved, as the clerks who keep them, against real
PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import shiboken6
from finance_data import account, balance, budget, client, invoice
from helpers import WAIT_MS, company_a_day_off, shown_dialog
from logins import new_expense
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.gui.workflows.cases import step_label
from dicel_desktop.gui.workflows.expense_payment_dialog import ExpensePaymentDialog
from dicel_desktop.gui.workflows.form_step_dialog import date_text
from dicel_desktop.gui.workflows.invoice_payment_dialog import InvoicePaymentDialog
from dicel_desktop.services import expenses, invoicing

pytestmark = pytest.mark.usefixtures("rwanda")


def _open(qtbot, desk, person, table, record_id):
    window = desk(person).open(table, record_id)
    qtbot.waitUntil(
        lambda: window.record is not None and not window.is_busy and not window.steps.asking,
        timeout=WAIT_MS,
    )
    return window


def _dialog(qtbot, window, kind):
    """The dialog of ``kind`` the window shows now."""
    dialog = shown_dialog(qtbot, window, kind)
    return dialog


def _step(qtbot, window, label: str):
    """Press the step's button (its dialog opens)."""
    qtbot.waitUntil(lambda: any(b.text() == label for b in window.step_buttons), timeout=WAIT_MS)
    (button,) = [b for b in window.step_buttons if b.text() == label]
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    button.click()


def _gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _todays_button(qtbot, editor) -> tuple[dt.date, QDate]:
    """The day the calendar's Today gives the (emptied) field, and the day it opens on."""
    editor.set_value(None)
    editor.open_calendar()
    opened_on = editor.popup.calendar.selectedDate()
    qtbot.mouseClick(editor.popup.today_button, Qt.MouseButton.LeftButton)
    assert editor.popup.isHidden()
    return editor.value(), opened_on


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_a_new_feedback_opens_received_on_the_companys_day(qtbot, logins, desk):
    """It opened received on the desktop's date: a day ahead of the company's, the
    window refused its own proposal (and the database would have); a day behind, it
    filed the feedback a day early."""
    company_today = company_a_day_off(logins)
    window = desk(logins.person("cx")).new("customer_feedback")
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)  # the clock read
    received = window.form.editors["feedback_date"]
    assert received.value() == company_today
    assert not window.form.is_dirty()  # a default, not something typed
    # The calendar opens on the company's day, and its Today is that day.
    assert _todays_button(qtbot, received) == (company_today, _qdate(company_today))
    window.form.editors["feedback_type"].set_value("suggestion")
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.record is not None, window.message.text()
    with logins.superuser().connect() as conn:
        stored = conn.scalar(
            text("SELECT feedback_date FROM customer_feedback WHERE id = :id"),
            {"id": window.record.id},
        )
    assert stored == company_today


def test_record_payment_proposes_and_bounds_the_companys_day(qtbot, logins, desk):
    """Received on opened at the desktop's date and "past due" counted from it, though
    the dialog had read the company's day with the balance (and bounded the calendar by
    it): a desktop a day ahead proposed a day the database refused (DW309)."""
    company_today = company_a_day_off(logins)
    finance = logins.person("finance", first_name="Eric")
    bank = account(finance, "Operating account", opening=Decimal("100"))
    # Due on the earlier of the two days: past due by the company's day only if the
    # company is ahead of the desktop.
    due = min(company_today, dt.date.today())
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Guarding", Decimal("1"), Decimal("100000")),
        invoice_date=due - dt.timedelta(days=1),
        due_date=due,
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    window = _open(qtbot, desk, finance, "invoices", bill)
    _step(qtbot, window, "Record &payment…")
    dialog = _dialog(qtbot, window, InvoicePaymentDialog)
    qtbot.waitUntil(dialog.record_button.isEnabled, timeout=WAIT_MS)
    assert dialog.paid_on.value() == company_today
    assert dialog.due.text().endswith(", past due") == (due < company_today), dialog.due.text()
    received, opened_on = _todays_button(qtbot, dialog.paid_on)
    assert (received, opened_on) == (company_today, _qdate(company_today))
    assert dialog.paid_on.popup.calendar.maximumDate() == _qdate(company_today)
    dialog.record_button.click()
    qtbot.waitUntil(lambda: _gone(dialog), timeout=WAIT_MS)
    with finance.session() as session:
        (payment,) = invoicing.invoice_payments(session, bill)
    assert (payment.paid_on, payment.amount) == (company_today, Decimal("118000.00"))
    assert balance(finance, bank) == Decimal("118100.00")
    with logins.superuser().connect() as conn:
        assert conn.scalar(text("SELECT status FROM invoices WHERE id = :i"), {"i": bill}) == "paid"


def test_mark_paid_offers_the_companys_day_as_today(qtbot, logins, desk):
    """Mark paid… proposed the company's day once read, but its calendar's Today still
    gave the desktop's date, past the last day it offered when the desktop is ahead."""
    company_today = company_a_day_off(logins)
    clerk = logins.person("finance", first_name="Aline", department="FIN")
    manager = logins.person("finance", first_name="Jean", department="FIN")
    fin = logins.department("FIN")
    spent_on = min(company_today, dt.date.today()) - dt.timedelta(days=3)
    # The budget of the expense's year: a fixed 2026 one had none to carry it from 4
    # January 2027.
    budget(manager, fin, "Fuel", year=spent_on.year)
    account(manager, "Operating account", opening=Decimal("100000"))
    expense = new_expense(
        clerk, department_id=fin, amount=Decimal("25000.00"), expense_date=spent_on
    ).id
    with manager.session() as session:
        expenses.decide_expense(session, expense, True, "")
    window = _open(qtbot, desk, manager, "expenses", expense)
    _step(qtbot, window, "Mark &paid…")
    dialog = _dialog(qtbot, window, ExpensePaymentDialog)
    qtbot.waitUntil(lambda: dialog.approved_on is not None, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.pay_button.isEnabled, timeout=WAIT_MS)
    assert dialog.paid_on.value() == company_today
    paid_on, opened_on = _todays_button(qtbot, dialog.paid_on)
    assert (paid_on, opened_on) == (company_today, _qdate(company_today))
    dialog.pay_button.click()
    qtbot.waitUntil(lambda: _gone(dialog), timeout=WAIT_MS)
    with logins.superuser().connect() as conn:
        assert conn.execute(
            text("SELECT status, paid_date FROM expenses WHERE id = :i"), {"i": expense}
        ).one() == ("paid", company_today)


def _taken(qtbot, dialog, logins, case) -> tuple:
    """The case step taken from its dialog: the case's state and completion day stored."""
    dialog.take_button.click()
    qtbot.waitUntil(lambda: _gone(dialog), timeout=WAIT_MS)
    with logins.superuser().connect() as conn:
        return tuple(
            conn.execute(
                text("SELECT status, actual_completion_date FROM recovery_cases WHERE id = :i"),
                {"i": case},
            ).one()
        )


def _case(logins, number: str) -> object:
    """A recovery case in progress, begun a week before either day."""
    with logins.superuser().begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_number, case_type, description,"
                " amount_involved, status, start_date) VALUES (:n, 'invoice_debt',"
                " 'Unpaid invoices.', 2010000, 'in_progress', current_date - 7) RETURNING id"
            ),
            {"n": number},
        )


def test_a_case_is_marked_recovered_on_the_companys_day(qtbot, logins, desk):
    """Mark recovered… proposed the desktop's date as the day settled: a day ahead of
    the company's, the database refused it (DW430)."""
    company_today = company_a_day_off(logins)
    officer = logins.person("recovery")
    case = _case(logins, "RC-37")
    window = _open(qtbot, desk, officer, "recovery_cases", case)
    _step(qtbot, window, step_label("recover", "recovery_cases"))
    dialog = _dialog(qtbot, window, CaseStepDialog)
    settled = dialog.days["actual_completion_date"]
    assert settled.value() == company_today
    assert _todays_button(qtbot, settled) == (company_today, _qdate(company_today))
    dialog.note.setPlainText("Paid in full by bank transfer.")
    assert _taken(qtbot, dialog, logins, case) == ("recovered", company_today)


def test_a_write_off_says_the_day_the_database_stamps(qtbot, logins, desk):
    company_today = company_a_day_off(logins)
    officer = logins.person("recovery")
    case = _case(logins, "RC-38")
    window = _open(qtbot, desk, officer, "recovery_cases", case)
    _step(qtbot, window, step_label("write_off", "recovery_cases"))
    dialog = _dialog(qtbot, window, CaseStepDialog)
    assert dialog.facts["completed"].text() == date_text(company_today)
    dialog.reason.setPlainText("Client bankrupt")
    assert _taken(qtbot, dialog, logins, case) == ("written_off", company_today)


def test_a_date_fields_today_is_the_desktops_until_the_company_day_is_read(qapp):
    """Where nothing was read (a role that reads no fact, a read that failed), today is
    the desktop's: the database decides."""
    from dicel_desktop.gui.editors.dates import DateEditor
    from dicel_desktop.services.forms import FieldKind, FieldSpec

    editor = DateEditor(FieldSpec("paid_on", "Paid on", FieldKind.DATE))
    editor.set_value("today")
    assert editor.value() == dt.date.today()
    editor.count_today_by(lambda: None)
    assert editor.value() == dt.date.today()
    ahead = dt.date.today() + dt.timedelta(days=1)
    editor.count_today_by(lambda: ahead)
    assert editor.value() == ahead  # proposed, still as proposed: it follows
    typed = dt.date(2026, 3, 2)
    editor.set_value(typed)
    editor.count_today_by(lambda: ahead - dt.timedelta(days=2))
    assert editor.value() == typed  # a day given stays
    QApplication.processEvents()
