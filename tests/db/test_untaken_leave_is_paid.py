"""A leaver's untaken annual leave is paid on their final payslip (migration 0157): the
run of the month their termination date falls in pays the leaving year's annual leave
left (allowance pro-rated by the months of service, less leave approved or pending) at
the daily rate approved unpaid leave takes off, in the allowances, and says it in the
payslip's notes; a change of that leave waits for the run (DW609). Amounts are worked out
here from the settings and the calendar, independently of the database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import psycopg
import pytest
from finance_data import holidays_of, superuser_value, whole_francs, working_days
from untaken_leave import (
    SALARY,
    earned,
    loaded_leave,
    payroll_people,
    payslips,
    run,
    the_payslip,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import leave as leave_service
from dicel_desktop.services import payroll


def _last_month_over(month: int) -> tuple[dt.date, dt.date]:
    """The last ``month`` (a month with 31 days or June) that is over: payroll runs for it
    on any day of the year (at most 12 months back)."""
    today = dt.date.today()
    year = today.year if today.month > month else today.year - 1
    first = dt.date(year, month, 1)
    return first, payroll.month_of(first)[1]


JUNE = _last_month_over(6)
MAY = _last_month_over(5)


@pytest.fixture
def people(logins, db_dsn):
    return payroll_people(logins, db_dsn)


def _leaves(db_dsn, employee_id, day: dt.date) -> None:
    superuser_value(
        db_dsn,
        "UPDATE employees SET termination_date = %s, status = 'terminated' WHERE id = %s"
        " RETURNING id",
        (day, employee_id),
    )


def _expected(db_dsn, period, left: dt.date, untaken: Decimal) -> tuple[Decimal, Decimal]:
    """(basic, what the untaken days are worth) as a payroll officer works them out:
    basic for the days employed, each working day employed worth basic / their number."""
    days = (left - period[0]).days + 1
    basic = whole_francs(SALARY * days / ((period[1] - period[0]).days + 1))
    working = working_days(period[0], left, holidays_of(db_dsn))
    return basic, whole_francs(basic * untaken / working)


def test_a_leaver_is_paid_the_annual_leave_left_at_the_daily_rate(people, logins, db_dsn):
    officer, manager = people
    leaver = logins.person("employee", salary=SALARY)
    stayer = logins.person("employee", salary=SALARY)
    left = JUNE[0].replace(day=15)
    loaded_leave(db_dsn, leaver.employee_id, JUNE[0].replace(month=2, day=9), 3)
    _leaves(db_dsn, leaver.employee_id, left)
    untaken = earned(left) - 3
    assert untaken == 6  # 6 months of service: 9 of 18 days, 3 taken
    basic, worth = _expected(db_dsn, JUNE, left, untaken)

    run(manager, JUNE)  # finance runs it: finance does not read others' leave
    slip = the_payslip(officer, leaver.employee_id, JUNE)
    assert slip.basic_salary == basic
    assert slip.untaken_leave == payroll.UntakenLeave(untaken, worth)
    assert slip.allowances == whole_francs(basic / 10) + worth
    assert slip.gross == basic + slip.allowances
    assert slip.net_salary == slip.gross - slip.deductions
    # Someone who stays gets no line, and allowances at the rate only.
    stayed = the_payslip(officer, stayer.employee_id, JUNE)
    assert stayed.untaken_leave is None
    assert stayed.allowances == whole_francs(SALARY / 10)


def test_pending_leave_counts_as_taken_and_a_half_day_is_paid(people, logins, db_dsn):
    officer, _manager = people
    leaver = logins.person("employee", salary=SALARY)
    left = MAY[0].replace(day=20)
    loaded_leave(db_dsn, leaver.employee_id, MAY[0].replace(month=3, day=2), 2, status="pending")
    _leaves(db_dsn, leaver.employee_id, left)
    untaken = earned(left) - 2
    assert untaken == Decimal("5.5")  # 5 months: 7.5 of 18 days, 2 asked for
    basic, worth = _expected(db_dsn, MAY, left, untaken)

    run(officer, MAY)
    slip = the_payslip(officer, leaver.employee_id, MAY)
    assert (slip.basic_salary, slip.untaken_leave) == (
        basic,
        payroll.UntakenLeave(untaken, worth),
    )


def test_leave_taken_beyond_the_allowance_is_neither_paid_nor_taken_back(people, logins, db_dsn):
    officer, manager = people
    leaver = logins.person("employee", salary=SALARY)
    left = JUNE[0].replace(day=15)
    loaded_leave(db_dsn, leaver.employee_id, JUNE[0].replace(month=2, day=9), 12)
    _leaves(db_dsn, leaver.employee_id, left)
    basic, _worth = _expected(db_dsn, JUNE, left, Decimal(0))

    run(manager, JUNE)
    slip = the_payslip(officer, leaver.employee_id, JUNE)
    assert (slip.basic_salary, slip.allowances, slip.untaken_leave) == (
        basic,
        whole_francs(basic / 10),
        None,
    )


def test_a_run_made_again_pays_the_days_once(people, logins, db_dsn):
    officer, manager = people
    leaver = logins.person("employee", salary=SALARY)
    left = JUNE[0].replace(day=15)
    _leaves(db_dsn, leaver.employee_id, left)
    period = run(manager, JUNE)
    with officer.session() as session:
        payroll.cancel_payroll(session, period, "made again")
    run(manager, JUNE)
    (slip,) = payslips(officer, leaver.employee_id, JUNE)
    assert slip.untaken_leave == payroll.UntakenLeave(
        earned(left), _expected(db_dsn, JUNE, left, earned(left))[1]
    )
    notes = superuser_value(
        db_dsn,
        "SELECT string_agg(notes, E'\\n') FROM payroll_records WHERE employee_id = %s"
        " AND status <> 'cancelled'",
        (leaver.employee_id,),
    )
    assert notes.count("Untaken leave paid on ") == 1


def test_a_change_of_the_leave_counted_waits_for_the_run(people, logins, db_dsn):
    """As DW353 for unpaid leave: rejecting a pending request the run counted would owe
    the leaver its days; cancel the run, decide, run again. Approving it changes nothing
    the run counted, and goes through."""
    officer, manager = people
    leaver = logins.person("employee", salary=SALARY)
    left = JUNE[0].replace(day=15)
    asked = loaded_leave(db_dsn, leaver.employee_id, JUNE[0].replace(month=3, day=2), 2, "pending")
    other = loaded_leave(db_dsn, leaver.employee_id, JUNE[0].replace(month=4, day=6), 1, "pending")
    _leaves(db_dsn, leaver.employee_id, left)
    period = run(manager, JUNE)
    with officer.session() as session, pytest.raises(DicelError) as refused:
        leave_service.decide_leave(session, asked, False, "not taken")
    assert refused.value.code == "leaver_leave_waits_for_run"
    assert refused.value.params["start"] == JUNE[0].isoformat()
    with officer.session() as session:
        leave_service.decide_leave(session, other, True, "taken")
    assert the_payslip(officer, leaver.employee_id, JUNE).untaken_leave.days == earned(left) - 3

    with officer.session() as session:
        payroll.cancel_payroll(session, period, "a request rejected")
    with officer.session() as session:
        leave_service.decide_leave(session, asked, False, "not taken")
    run(manager, JUNE)
    assert the_payslip(officer, leaver.employee_id, JUNE).untaken_leave.days == earned(left) - 1


def test_a_leave_from_the_year_before_counts_its_days_in_the_leaving_year(people, logins, db_dsn):
    """Each day of a leave counts in its own year (migration 0156): a leave from late
    December into January takes its January days off the leaving year's allowance (the
    count read the leaves starting in that year, and paid those days again)."""
    officer, manager = people
    leaver = logins.person("employee", salary=SALARY)
    march = _last_month_over(3)
    year = march[0].year
    first, last = dt.date(year - 1, 12, 29), dt.date(year, 1, 2)
    holidays = holidays_of(db_dsn)
    in_year = working_days(dt.date(year, 1, 1), last, holidays)
    assert 0 < in_year < working_days(first, last, holidays)  # it has days in both years
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " days_requested, status) VALUES (%s, 'annual', %s, %s, %s, 'approved')",
            (leaver.employee_id, first, last, working_days(first, last, holidays)),
        )
    left = march[0].replace(day=20)
    _leaves(db_dsn, leaver.employee_id, left)
    untaken = earned(left) - in_year
    assert untaken > 0  # 3 months of service: 4.5 days, less the January ones
    run(manager, march)
    slip = the_payslip(officer, leaver.employee_id, march)
    assert slip.untaken_leave == payroll.UntakenLeave(
        untaken, _expected(db_dsn, march, left, untaken)[1]
    )


def test_a_leaver_at_the_months_end_waits_for_a_run_that_pays_their_leave(people, logins, db_dsn):
    """Migration 0158: the month's run made before HR recorded a departure on its last day
    paid no untaken leave, and the termination went through (0116's DW492 asks only a
    payslip paying past the day pay stops). It is refused now, saying so; cancelled, the
    termination goes through and the run made again pays the leave."""
    from dicel_desktop.services.db_errors import explain

    officer, manager = people
    leaver = logins.person("employee", salary=SALARY, first_name="Claude")
    left = JUNE[1]  # the month's last day: the payslip pays no day past it
    period = run(manager, JUNE)
    assert the_payslip(officer, leaver.employee_id, JUNE).untaken_leave is None
    with pytest.raises(psycopg.Error) as refused:
        _leaves(db_dsn, leaver.employee_id, left)
    assert refused.value.sqlstate == "DW492"
    said = explain(refused.value)
    assert said.code == "payroll_pending_owes_untaken_leave"
    assert said.message.startswith(
        f"Claude Tester's payslip from {JUNE[0].isoformat()} to {JUNE[1].isoformat()} is still"
    )
    assert "pays none of the annual leave they did not take" in said.message
    assert (
        superuser_value(
            db_dsn, "SELECT status::text FROM employees WHERE id = %s", (leaver.employee_id,)
        )
        == "active"
    )

    with officer.session() as session:
        payroll.cancel_payroll(session, period, "leaves at the month's end")
    _leaves(db_dsn, leaver.employee_id, left)
    run(manager, JUNE)
    untaken = earned(left)
    assert the_payslip(officer, leaver.employee_id, JUNE).untaken_leave == payroll.UntakenLeave(
        untaken, _expected(db_dsn, JUNE, left, untaken)[1]
    )
    # A run that already pays it is not asked again: a pending payslip with the line.
    superuser_value(
        db_dsn,
        "UPDATE employees SET status = 'active', termination_date = NULL WHERE id = %s"
        " RETURNING id",
        (leaver.employee_id,),
    )
    _leaves(db_dsn, leaver.employee_id, left)
