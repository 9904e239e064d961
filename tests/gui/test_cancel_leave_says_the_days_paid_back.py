"""Cancel leave… and End early… on approved unpaid leave that a signed payroll run took off
(migration 0160) say before the click that the next run pays those days back: "The 5
working days of <month> already taken off a payslip will be paid back by the next payroll
run." Nothing is said where no signed run counted the leave."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import psycopg
import pytest
from finance_data import holidays_of, setting, working_days
from helpers import WAIT_MS, months_before_this

from dicel_desktop.gui.workflows.cancel_leave_dialog import CancelLeaveDialog
from dicel_desktop.gui.workflows.end_leave_early_dialog import EndLeaveEarlyDialog
from dicel_desktop.gui.workflows.form_step_dialog import month_text
from dicel_desktop.services import payroll

(SIGNED,) = months_before_this(1)


@pytest.fixture
def people(logins, db_dsn):
    setting(db_dsn, "payroll.allowance_rate_percent", "0")
    officer = logins.person("hr", salary=Decimal("800000"))
    manager = logins.person("finance", salary=Decimal("900000"))
    staff = logins.person("employee", first_name="Josiane", salary=Decimal("440000"))
    return officer, manager, staff


def _unpaid_week(db_dsn, employee_id):
    """Approved unpaid leave of the signed month's second full week (loaded)."""
    first = SIGNED[0] + dt.timedelta((7 - SIGNED[0].weekday()) % 7 + 7)
    last = first + dt.timedelta(4)
    days = working_days(first, last, holidays_of(db_dsn))
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        request = conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " days_requested, status) VALUES (%s, 'unpaid', %s, %s, %s, 'approved')"
            " RETURNING id",
            (employee_id, first, last, days),
        ).fetchone()[0]
    return request, days


def _sign_the_month(manager, officer) -> None:
    """The signed month's run, made by finance and approved by HR."""
    with manager.session() as session:
        period = payroll.run_payroll(session, *SIGNED)
    with officer.session() as session:
        payroll.approve_payroll(session, period, "checked")


def _cancel_dialog(qtbot, desk, person, request) -> CancelLeaveDialog:
    window = desk(person).open("leave_requests", request)
    qtbot.waitUntil(
        lambda: "Cancel &leave…" in [b.text() for b in window.step_buttons], timeout=WAIT_MS
    )
    (button,) = [b for b in window.step_buttons if b.text() == "Cancel &leave…"]
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    button.click()
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, CancelLeaveDialog), timeout=WAIT_MS)
    return window.step_dialog


def test_cancel_leave_says_the_next_run_pays_the_days_back(qtbot, desk, people, db_dsn):
    officer, manager, staff = people
    request, days = _unpaid_week(db_dsn, staff.employee_id)
    _sign_the_month(manager, officer)

    dialog = _cancel_dialog(qtbot, desk, officer, request)
    qtbot.waitUntil(dialog.paid_back.isVisible, timeout=WAIT_MS)
    assert dialog.paid_back.text() == (
        f"The {days} working days of {month_text(SIGNED[0])} already taken off a payslip"
        " will be paid back by the next payroll run."
    )
    assert dialog.paid_back_pending is None
    if os.environ.get("DICEL_KEEP_SHOT"):  # to look at it
        dialog.grab().save(os.environ["DICEL_KEEP_SHOT"])


def test_a_run_pending_before_the_step_is_named(qtbot, desk, people, db_dsn):
    """A run already made and pending does not pay the days back (it was made before the
    step): the dialog says so, and how to pay them there."""
    officer, manager, staff = people
    request, days = _unpaid_week(db_dsn, staff.employee_id)
    _sign_the_month(manager, officer)
    with psycopg.connect(db_dsn) as conn:
        this_month = payroll.month_of(conn.execute("SELECT dicel_company_day()").fetchone()[0])
    with manager.session() as session:
        payroll.run_payroll(session, *this_month)

    dialog = _cancel_dialog(qtbot, desk, officer, request)
    qtbot.waitUntil(dialog.paid_back.isVisible, timeout=WAIT_MS)
    assert dialog.paid_back_pending == this_month[0]
    assert dialog.paid_back.text() == (
        f"The {days} working days of {month_text(SIGNED[0])} already taken off a payslip"
        " will be paid back by the next payroll run. The pending payroll run of"
        f" {month_text(this_month[0])} was made before and does not include them: cancel"
        " it and run it again to pay them there."
    )


def test_nothing_is_said_where_no_signed_run_counted_the_leave(qtbot, desk, people, db_dsn):
    officer, _manager, staff = people
    request, _days = _unpaid_week(db_dsn, staff.employee_id)
    dialog = _cancel_dialog(qtbot, desk, officer, request)
    # The answer came (nothing to say): the line stays hidden.
    qtbot.waitUntil(lambda: dialog.paid_back_found is not None, timeout=WAIT_MS)
    assert dialog.paid_back_found == ()
    assert not dialog.paid_back.isVisible()


def test_end_early_says_it_as_the_day_chosen_in_french(qtbot, desk, people, db_dsn, language):
    """This month's run approved (a run may be made from a month's first day); the leave
    ends early on the company's day, as the dialog proposes, then a day later."""
    language("fr")
    officer, manager, staff = people
    with psycopg.connect(db_dsn) as conn:
        today = conn.execute("SELECT dicel_company_day()").fetchone()[0]
    month = payroll.month_of(today)
    last = min(today + dt.timedelta(9), month[1])
    holidays = holidays_of(db_dsn)
    back = working_days(today + dt.timedelta(1), last, holidays)
    later = working_days(today + dt.timedelta(2), last, holidays)
    if later < 2 or back == later:
        pytest.skip("too few working days left in this month after the company's day")
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        request = conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " days_requested, status) VALUES (%s, 'unpaid', %s, %s, %s, 'approved')"
            " RETURNING id",
            (staff.employee_id, today, last, working_days(today, last, holidays)),
        ).fetchone()[0]
    with manager.session() as session:
        period = payroll.run_payroll(session, *month)
    with officer.session() as session:
        payroll.approve_payroll(session, period, "checked")

    window = desk(officer).open("leave_requests", request)
    label = "Terminer &plus tôt…"
    qtbot.waitUntil(lambda: label in [b.text() for b in window.step_buttons], timeout=WAIT_MS)
    (button,) = [b for b in window.step_buttons if b.text() == label]
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    button.click()
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, EndLeaveEarlyDialog), timeout=WAIT_MS)
    dialog = window.step_dialog

    def said(days: int) -> str:
        return (
            f"Les {days} jours ouvrés de {month_text(month[0])} déjà retirés"
            " d\N{RIGHT SINGLE QUOTATION MARK}un bulletin de paie seront remboursés par la"
            " prochaine paie."
        )

    qtbot.waitUntil(lambda: dialog.paid_back.text() == said(back), timeout=WAIT_MS)
    dialog.last_day.setDate(dialog.last_day.date().addDays(1))
    qtbot.waitUntil(lambda: dialog.paid_back.text() == said(later), timeout=WAIT_MS)
    if os.environ.get("DICEL_KEEP_SHOT"):
        dialog.grab().save(os.environ["DICEL_KEEP_SHOT"].replace(".png", "-fr.png"))
