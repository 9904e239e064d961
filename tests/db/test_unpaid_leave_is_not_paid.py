"""Approved unpaid leave is not paid (migration 0145, people40 finding 1): the payroll run
counts its working days (holidays and weekends excluded, as leave counts them) against the
working days employed in the month, takes that share off the basic salary, and says it on
the payslip; a decision on such leave while the month's run is pending waits for it
(DW353). Amounts are computed here independently of the database."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import psycopg
import pytest
from finance_data import holidays_of, setting, superuser_value, whole_francs, working_days
from helpers import last_march
from sqlalchemy.exc import DBAPIError
from untaken_leave import the_payslip

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import leave as leave_service
from dicel_desktop.services import payroll

MARCH = last_march()
APRIL = (MARCH[0].replace(month=4), MARCH[1].replace(month=4, day=30))
SALARY = Decimal("440000")


@pytest.fixture
def people(logins, db_dsn):
    setting(db_dsn, "payroll.allowance_rate_percent", "10")
    officer = logins.person("hr", salary=Decimal("800000"))
    manager = logins.person("finance", salary=Decimal("900000"))
    staff = logins.person("employee", salary=SALARY)
    return officer, manager, staff


def _leave(db_dsn, employee_id, first, last, kind="unpaid", status="approved") -> uuid.UUID:
    """A leave request as it stands once decided (loaded, as the demo's are)."""
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        return conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " days_requested, status) VALUES (%s, %s, %s, %s, 1, %s) RETURNING id",
            (employee_id, kind, first, last, status),
        ).fetchone()[0]


def _holiday(db_dsn, day: dt.date) -> None:
    superuser_value(
        db_dsn,
        "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Test holiday')"
        " ON CONFLICT (holiday_date) DO NOTHING RETURNING id",
        (day,),
    )


def _expected(db_dsn, period, unpaid_first, unpaid_last) -> tuple[Decimal, int, int]:
    """(basic, unpaid working days, working days) as a payroll officer works them out."""
    holidays = holidays_of(db_dsn)
    working = working_days(*period, holidays)
    unpaid = working_days(max(unpaid_first, period[0]), min(unpaid_last, period[1]), holidays)
    less = whole_francs(SALARY * unpaid / working)
    return SALARY - less, unpaid, working


def _run(person, period):
    with person.session() as session:
        return payroll.run_payroll(session, *period)


def _second_monday(period) -> dt.date:
    first = period[0]
    return first + dt.timedelta((7 - first.weekday()) % 7 + 7)


def test_a_week_of_unpaid_leave_is_taken_off_the_basic_and_said(people, db_dsn):
    officer, manager, staff = people
    monday = _second_monday(MARCH)
    _leave(db_dsn, staff.employee_id, monday, monday + dt.timedelta(4))
    basic, unpaid, working = _expected(db_dsn, MARCH, monday, monday + dt.timedelta(4))
    assert unpaid == 5

    _run(manager, MARCH)  # finance runs it: finance does not read others' leave
    slip = the_payslip(officer, staff.employee_id, MARCH)
    assert slip.basic_salary == basic
    assert slip.allowances == whole_francs(basic / 10)
    assert slip.unpaid_leave == payroll.UnpaidLeave(5, working, SALARY - basic)
    # The person reads the same line on their own payslip.
    assert the_payslip(staff, staff.employee_id, MARCH).unpaid_leave == slip.unpaid_leave


def test_leave_across_two_months_is_counted_in_each(people, db_dsn):
    officer, manager, staff = people
    first, last = MARCH[1] - dt.timedelta(3), APRIL[0] + dt.timedelta(4)
    _leave(db_dsn, staff.employee_id, first, last)
    _run(officer, MARCH)
    _run(manager, APRIL)
    for period in (MARCH, APRIL):
        basic, unpaid, working = _expected(db_dsn, period, first, last)
        slip = the_payslip(officer, staff.employee_id, period)
        assert slip.basic_salary == basic, period
        assert slip.unpaid_leave == payroll.UnpaidLeave(unpaid, working, SALARY - basic)


def test_a_holiday_within_unpaid_leave_is_not_an_unpaid_day(people, db_dsn):
    officer, manager, staff = people
    monday = _second_monday(MARCH)
    _holiday(db_dsn, monday + dt.timedelta(2))  # the Wednesday
    _leave(db_dsn, staff.employee_id, monday, monday + dt.timedelta(4))
    basic, unpaid, working = _expected(db_dsn, MARCH, monday, monday + dt.timedelta(4))
    assert unpaid == 4

    _run(manager, MARCH)
    slip = the_payslip(officer, staff.employee_id, MARCH)
    assert (slip.basic_salary, slip.unpaid_leave) == (
        basic,
        payroll.UnpaidLeave(4, working, SALARY - basic),
    )


def test_paid_and_pending_leave_are_paid_in_full(people, db_dsn):
    officer, manager, staff = people
    monday = _second_monday(MARCH)
    _leave(db_dsn, staff.employee_id, monday, monday + dt.timedelta(4), kind="annual")
    _leave(
        db_dsn,
        staff.employee_id,
        monday + dt.timedelta(7),
        monday + dt.timedelta(8),
        status="pending",
    )
    _run(manager, MARCH)
    slip = the_payslip(officer, staff.employee_id, MARCH)
    assert (slip.basic_salary, slip.unpaid_leave) == (SALARY, None)


def test_a_decision_on_unpaid_leave_waits_for_the_pending_run(people, db_dsn):
    officer, manager, staff = people
    monday = _second_monday(MARCH)
    leave = _leave(db_dsn, staff.employee_id, monday, monday + dt.timedelta(1))
    period = _run(manager, MARCH)
    with officer.session() as session, pytest.raises(DicelError) as refused:
        leave_service.cancel_leave(session, leave, "back early")
    assert refused.value.code == "unpaid_leave_waits_for_run"
    assert refused.value.params["start"] == MARCH[0].isoformat()
    assert the_payslip(officer, staff.employee_id, MARCH).unpaid_leave.days == 2

    # Cancel the run, decide, run again: the new payslip pays the days.
    with officer.session() as session:
        payroll.cancel_payroll(session, period, "unpaid leave cancelled")
    with officer.session() as session:
        leave_service.cancel_leave(session, leave, "back early")
    _run(manager, MARCH)
    slip = the_payslip(officer, staff.employee_id, MARCH)
    assert (slip.basic_salary, slip.unpaid_leave) == (SALARY, None)


def test_nobody_but_the_run_writes_or_removes_the_unpaid_leave_line(people, db_dsn):
    officer, manager, staff = people
    monday = _second_monday(MARCH)
    _leave(db_dsn, staff.employee_id, monday, monday)
    _run(manager, MARCH)
    with officer.session() as session, pytest.raises(DBAPIError):
        session.execute(
            payroll.sa.text("UPDATE payroll_records SET notes = 'checked' WHERE employee_id = :e"),
            {"e": staff.employee_id},
        )
