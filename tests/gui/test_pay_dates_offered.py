"""The pay dialogs offer only the days and months the database takes (migration 0063):
Run payroll… no month that has not started; Mark paid… no day before the approval,
counted in the company's days (migration 0069), not on this computer's clock."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import text

from dicel_desktop.db.grants import sync_grants
from dicel_desktop.gui.workflows.expense_payment_dialog import ExpensePaymentDialog
from dicel_desktop.gui.workflows.payment_out_dialog import PaymentOutDialog
from dicel_desktop.gui.workflows.payroll_run_dialog import PayrollRunDialog
from dicel_desktop.services import payroll
from dicel_desktop.services.records import Record

pytestmark = pytest.mark.usefixtures("rwanda")


def _months(run, today, last_status="pending"):
    run = frozenset(run)
    last = max(run, default=None)
    next_due = dt.date(today.year, today.month, 1)
    if last is not None:
        next_due = dt.date(last.year + last.month // 12, last.month % 12 + 1, 1)
    return payroll.RunMonths(run, last, last_status if last else None, next_due, today)


def _offered(dialog):
    return [dialog.month.itemData(i) for i in range(dialog.month.count())]


def test_run_payroll_offers_no_month_that_has_not_started(qtbot, worker):
    dialog = PayrollRunDialog(worker)
    qtbot.addWidget(dialog)
    today = dt.date(2026, 12, 5)
    # The last run was November: December is proposed and runs; January is not offered.
    dialog.offer_months(_months({dt.date(2026, m, 1) for m in range(1, 12)}, today))
    assert max(_offered(dialog)) == dt.date(2026, 12, 1)
    assert dialog.chosen_month() == dt.date(2026, 12, 1)
    assert dialog.run_button.isEnabled()


def test_run_payroll_offers_only_the_months_not_run_and_the_next_one_due(qtbot, worker):
    # January to November were paid and December is pending: the list offered them all
    # unmarked, December chosen, and the database refused it ("a period runs only once").
    dialog = PayrollRunDialog(worker)
    qtbot.addWidget(dialog)
    today = dt.date(2026, 12, 5)
    run = {dt.date(2026, m, 1) for m in range(1, 13)}
    dialog.offer_months(_months(run, today))
    offered = _offered(dialog)
    assert not run & set(offered)
    assert dialog.chosen_month() == dt.date(2027, 1, 1)
    assert dialog.last_run.text() == "December 2026 (Pending)"
    # January has not begun (DW337): said, and not run.
    assert not dialog.run_button.isEnabled()
    assert "January 2027 has not begun" in dialog.not_yet.text()
    assert max(offered) == dt.date(2027, 1, 1)
    # A month before the last run that never ran may still run.
    dialog.offer_months(_months(run - {dt.date(2026, 3, 1)}, today))
    assert dt.date(2026, 3, 1) in _offered(dialog)
    dialog.month.setCurrentIndex(_offered(dialog).index(dt.date(2026, 3, 1)))
    assert dialog.run_button.isEnabled()
    assert dialog.not_yet.isHidden()


def test_mark_paid_offers_the_days_from_the_approval_to_today(qtbot, worker):
    approved = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)
    record = Record(
        "expenses",
        uuid.uuid4(),
        {
            "expense_number": "EXP-2026-000001",
            "amount": Decimal("25000"),
            "currency": "RWF",
            "expense_date": dt.date(2026, 3, 2),
            "approved_date": approved,
        },
    )
    dialog = ExpensePaymentDialog(worker, record)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.approved_on is not None)  # the database's days
    dialog.paid_on.open_calendar()
    calendar = dialog.paid_on.popup.calendar
    day = approved.astimezone().date()
    assert calendar.minimumDate() == QDate(day.year, day.month, day.day)
    today = dt.date.today()
    assert calendar.maximumDate() == QDate(today.year, today.month, today.day)
    dialog.paid_on.popup.hide()
    # Typed all the same, the day before is refused in the database's words, unasked.
    dialog.paid_on.set_value(day - dt.timedelta(days=1))
    assert dialog.paid_on_value() is None
    before = day - dt.timedelta(days=1)
    assert dialog.message.text().startswith(
        f"{_in_words(before)} is before the payment was approved, on {_in_words(day)}:"
    )
    dialog.paid_on.set_value(day)
    assert dialog.paid_on_value() == day


def _in_words(day: dt.date) -> str:
    """A day as the refusal says it ("9 March 2026")."""
    return f"{day.day} {day:%B %Y}"


def _expense_approved_at(approved: dt.datetime) -> Record:
    return Record(
        "expenses",
        uuid.uuid4(),
        {
            "expense_number": "EXP-2026-000002",
            "amount": Decimal("25000"),
            "currency": "RWF",
            "expense_date": dt.date(2026, 3, 2),
            "approved_date": approved,
        },
    )


def test_mark_paid_counts_the_days_as_the_company_does_not_as_this_computer(
    qtbot, worker, db_engine
):
    """The company's zone 14 hours ahead of this computer's (UTC in the tests): approved
    at 11:00 UTC on 10 March is the 11th for the database (DW338), the 10th here."""
    with db_engine.begin() as conn:
        conn.exec_driver_sql(f"ALTER DATABASE {db_engine.url.database} SET timezone = 'Etc/GMT-14'")
        sync_grants(conn)
        company_today = conn.scalar(text("SELECT (now() AT TIME ZONE 'Etc/GMT-14')::date"))
    approved = dt.datetime(2026, 3, 10, 11, 0, tzinfo=dt.UTC)
    assert approved.astimezone().date() == dt.date(2026, 3, 10)
    dialog = ExpensePaymentDialog(worker, _expense_approved_at(approved))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.approved_on is not None)
    assert dialog.approved_on == dt.date(2026, 3, 11)
    dialog.paid_on.open_calendar()
    calendar = dialog.paid_on.popup.calendar
    assert calendar.minimumDate() == QDate(2026, 3, 11)
    assert calendar.maximumDate() == QDate(
        company_today.year, company_today.month, company_today.day
    )
    dialog.paid_on.popup.hide()
    # The day proposed is the company's today.
    assert dialog.paid_on.value() == company_today
    dialog.paid_on.set_value(dt.date(2026, 3, 10))
    assert dialog.paid_on_value() is None
    assert dialog.message.text().startswith(
        "10 March 2026 is before the payment was approved, on 11 March 2026:"
    )
    dialog.paid_on.set_value(dt.date(2026, 3, 11))
    assert dialog.paid_on_value() == dt.date(2026, 3, 11)


def test_a_payment_dialog_knows_no_approval_day_until_told(qtbot, worker):
    """``approved_on`` is the dialog's from the start (a code review found it read with
    getattr, never set in ``__init__``)."""
    dialog = PaymentOutDialog(worker, "RWF")
    qtbot.addWidget(dialog)
    assert dialog.approved_on is None
