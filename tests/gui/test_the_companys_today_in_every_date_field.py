"""The last places a window offered the desktop's date as today (date38): a new record's
"today" default on a table no rule counts (an order, a review, a risk assessment, a
recovery case), the Leave request dialog's calendar, a moment's Now, the day a calendar
marks as today, and a payment dialog left open past the company's midnight. Each takes
the company's day (``dicel_company_day()``) or the server's now from a read its window
already makes, against real PostgreSQL; the company is put a day off the desktop
(``helpers.company_a_day_off``) or the desktop's clock minutes off the server's
(``helpers.desktop_clock_off``)."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from finance_data import account, client, invoice
from helpers import WAIT_MS, company_a_day_off, desktop_clock_off
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from dicel_desktop.gui.editors import dates
from dicel_desktop.gui.editors.dates import DateEditor
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.invoice_payment_dialog import InvoicePaymentDialog
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog
from dicel_desktop.services import invoicing, record_facts

pytestmark = pytest.mark.usefixtures("rwanda")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _today_pressed(qtbot, editor: DateEditor):
    """The calendar opened on the (emptied) field, then its Today (or Now) pressed: what
    it gives the field."""
    editor.set_value(None)
    editor.open_calendar()
    qtbot.mouseClick(editor.popup.today_button, Qt.MouseButton.LeftButton)
    return editor.value()


def _marked(editor: DateEditor) -> set[dt.date]:
    """The days the open calendar of ``editor`` paints apart (bold or underlined) in the
    month it shows and the weeks around it."""
    calendar = editor.popup.calendar
    shown = dt.date(calendar.yearShown(), calendar.monthShown(), 1)
    days = (shown + dt.timedelta(days=n) for n in range(-7, 40))
    found = set()
    for day in days:
        mark = calendar.dateTextFormat(_qdate(day))
        if mark.fontWeight() > 400 or mark.fontUnderline():
            found.add(day)
    return found


@pytest.mark.parametrize(
    ("table", "role", "field"),
    [
        ("purchase_orders", "inventory", "order_date"),
        ("performance_reviews", "hr", "review_date"),
        ("risk_assessments", "risk", "assessment_date"),
        ("recovery_cases", "recovery", "start_date"),
    ],
)
def test_a_new_records_today_is_the_companys_where_no_rule_asks_it(
    qtbot, logins, desk, table, role, field
):
    """They opened on the desktop's date: no rule of the database counts them from
    today, so their windows read no clock; a record of the day before (or after) was
    written whenever the desktop and the company disagreed."""
    company_today = company_a_day_off(logins)
    window = desk(logins.person(role)).new(table)
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)  # the clock read
    day = window.form.editors[field]
    assert day.value() == company_today
    assert not window.form.is_dirty()  # a default, not something typed
    if table == "purchase_orders":  # saved as a draft: the database takes the day
        window.save()
        qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
        assert window.record is not None, window.message.text()
        with logins.superuser().connect() as conn:
            stored = conn.scalar(
                text("SELECT order_date FROM purchase_orders WHERE id = :id"),
                {"id": window.record.id},
            )
        assert stored == company_today


def test_the_leave_requests_calendar_offers_and_marks_the_companys_day(qtbot, logins):
    """Its calendar's Today gave the desktop's date (DW107 counts back from the
    company's), and no day was marked as today; the request filed from it is taken."""
    company_today = company_a_day_off(logins)
    employee = logins.person("employee")
    worker = DbWorker(employee.session_factory)
    try:
        dialog = LeaveRequestDialog(worker)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
        assert _today_pressed(qtbot, dialog.start) == company_today
        dialog.start.open_calendar()
        assert dialog.start.popup.calendar.selectedDate() == _qdate(company_today)
        assert _marked(dialog.start) == {company_today}  # not the desktop's date
        tip = dialog.start.popup.calendar.dateTextFormat(_qdate(company_today)).toolTip()
        assert tip == "Today"
        dialog.start.popup.hide()
        # Three days more hold a working day, whatever day of the week it is.
        dialog.end.set_value(company_today + dt.timedelta(days=3))
        with qtbot.waitSignal(dialog.filed, timeout=WAIT_MS) as filed:
            dialog.accept()
        with logins.superuser().connect() as conn:
            stored = conn.scalar(
                text("SELECT start_date FROM leave_requests WHERE id = :id"),
                {"id": filed.args[0]},
            )
        assert stored == company_today
    finally:
        worker.shutdown()


def test_a_moments_now_is_the_servers_once_read(qtbot, logins, desk, monkeypatch):
    """A date-time field's Now gave the desktop's clock: an hour and a half fast, a
    moment the database then refused (DW425); its calendar marked no day."""
    desktop_clock_off(monkeypatch, 90)
    window = desk(logins.person("security")).new("security_incidents")
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)  # the clock read
    reported = window.form.editors["reported_date"]
    before = dt.datetime.now(dt.UTC)
    now = _today_pressed(qtbot, reported)
    after = dt.datetime.now(dt.UTC)
    # The server's moment to the minute (its clock is the true one here), not 90 min on.
    assert before - dt.timedelta(minutes=1) <= now <= after, (before, now)
    assert _marked(reported) == {now.astimezone().date()}


def _steady_clock_on(monkeypatch, seconds: float) -> None:
    """Move the desktop's steady clock on by ``seconds``, as if the window had stayed
    open that long: the company's clock, read once, moves on by it."""
    real = time.monotonic
    monkeypatch.setattr(record_facts, "clock_reading", lambda: real() + seconds)


def _to_past_midnight(day: dt.date) -> float:
    """Seconds from the company's wall clock now to five past its midnight after ``day``
    (its zone is one of the two ``company_a_day_off`` chooses from: the one on ``day``)."""
    now = dt.datetime.now(dt.UTC)
    (wall,) = {
        now.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        for zone in ("Etc/GMT-14", "Etc/GMT+12")
        if now.astimezone(ZoneInfo(zone)).date() == day
    }
    return (dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 5)) - wall).total_seconds()


def test_record_payment_left_open_past_midnight_offers_the_new_day(
    qtbot, logins, desk, monkeypatch
):
    """Received on, the last day offered and the day marked stayed the day the dialog
    opened on: at 00:05 a payment received that day was proposed, and bounded to, the
    day before; an invoice due that day was not said to be past due. A day the person
    typed or picked (review38: even the one proposed) stays."""
    # The editor looks at the day often here, not every half minute.
    monkeypatch.setattr(dates, "TODAY_CHECK_MS", 10, raising=False)
    company_today = company_a_day_off(logins)
    finance = logins.person("finance", first_name="Eric")
    account(finance, "Operating account", opening=Decimal("100"))
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Guarding", Decimal("1"), Decimal("100000")),
        invoice_date=company_today - dt.timedelta(days=1),
        due_date=company_today,
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    window = desk(finance).open("invoices", bill)
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    dialog = InvoicePaymentDialog(window.worker, window.record, parent=window)
    dialog.open()
    qtbot.waitUntil(dialog.record_button.isEnabled, timeout=WAIT_MS)
    assert dialog.paid_on.value() == company_today
    assert not dialog.due.text().endswith("past due")  # due today
    next_day = company_today + dt.timedelta(days=1)
    past_midnight = _to_past_midnight(company_today)
    _steady_clock_on(monkeypatch, past_midnight)
    qtbot.waitUntil(lambda: dialog.paid_on.value() == next_day, timeout=WAIT_MS)
    assert dialog.due.text().endswith(", past due")
    dialog.paid_on.open_calendar()
    calendar = dialog.paid_on.popup.calendar
    assert calendar.maximumDate() == _qdate(next_day)
    assert calendar.selectedDate() == _qdate(next_day)
    assert _marked(dialog.paid_on) == {next_day}
    dialog.paid_on.popup.hide()
    # The day proposed, typed by the person (as the receipt says), stays at the next
    # midnight; so does one picked in the calendar.
    line = dialog.paid_on.line
    line.clear()
    qtbot.keyClicks(line, next_day.isoformat())
    line.editingFinished.emit()
    _steady_clock_on(monkeypatch, past_midnight + 86_400)
    qtbot.wait(50)  # a few looks at the day (TODAY_CHECK_MS is 10 ms here)
    assert dialog.paid_on.value() == next_day
    dialog.paid_on.set_value("today")  # proposed again: the day after next
    assert dialog.paid_on.value() == next_day + dt.timedelta(days=1)
    dialog.paid_on.open_calendar()
    calendar.clicked.emit(calendar.selectedDate())  # that day, picked
    _steady_clock_on(monkeypatch, past_midnight + 2 * 86_400)
    qtbot.wait(50)
    assert dialog.paid_on.value() == next_day + dt.timedelta(days=1)
    QApplication.processEvents()


def test_a_write_off_left_open_past_midnight_says_the_day_it_will_stamp(
    qtbot, logins, desk, monkeypatch
):
    """Write off…'s "Completion date:" was written once, as the dialog opened: left open
    past the company's midnight, it still said the day before, while the database
    stamps the day the step is taken (the company's, as the payment dialogs count it)."""
    from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
    from dicel_desktop.gui.workflows.cases import step_label
    from dicel_desktop.gui.workflows.form_step_dialog import date_text

    monkeypatch.setattr(dates, "TODAY_CHECK_MS", 10, raising=False)
    company_today = company_a_day_off(logins)
    officer = logins.person("recovery")
    with logins.superuser().begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_number, case_type, description,"
                " amount_involved, status, start_date) VALUES ('RC-39', 'invoice_debt',"
                " 'Unpaid invoices.', 2010000, 'in_progress', current_date - 7) RETURNING id"
            )
        )
    window = desk(officer).open("recovery_cases", case)
    label = step_label("write_off", "recovery_cases")
    qtbot.waitUntil(
        lambda: (
            window.record is not None
            and not window.is_busy
            and any(b.text() == label and b.isEnabled() for b in window.step_buttons)
        ),
        timeout=WAIT_MS,
    )
    (button,) = [b for b in window.step_buttons if b.text() == label]
    button.click()
    qtbot.waitUntil(lambda: window.findChild(CaseStepDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(CaseStepDialog)
    completed = dialog.facts["completed"]
    assert completed.text() == date_text(company_today)
    _steady_clock_on(monkeypatch, _to_past_midnight(company_today))
    next_day = company_today + dt.timedelta(days=1)
    qtbot.waitUntil(lambda: completed.text() == date_text(next_day), timeout=WAIT_MS)
    dialog.reject()
