"""Unpaid leave that a signed payroll run took off and that was worked after all is paid
back by the next run (migration 0160): HR cancels (or ends early) the leave though the
month's run is approved; the signed payslip stays as it was paid; the next run pays the
days back once, in the allowances, at the rate the deduction used, with the allowances'
share of them; a pending run still
holds the leave (DW353); nobody forges the line. As real logins; amounts worked out here
from the salary and the calendar, independently of the database."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import psycopg
import pytest
from finance_data import holidays_of, setting, superuser_value, whole_francs, working_days
from helpers import months_before_this
from untaken_leave import the_payslip

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import leave as leave_service
from dicel_desktop.services import payroll

SIGNED, NEXT, AFTER = months_before_this(3)
SALARY = Decimal("440000")


@pytest.fixture
def people(logins, db_dsn):
    setting(db_dsn, "payroll.allowance_rate_percent", "10")
    officer = logins.person("hr", salary=Decimal("800000"))
    manager = logins.person("finance", salary=Decimal("900000"))
    staff = logins.person("employee", first_name="Josiane", salary=SALARY)
    return officer, manager, staff


def _worth(basic_back: Decimal) -> Decimal:
    """What the days are paid back at: the basic taken off and the allowances' share of
    it (10 %, the fixture's rate), which the signed payslip's allowances also lost."""
    return basic_back + whole_francs(basic_back / 10)


def _leave(db_dsn, employee_id, first, last) -> uuid.UUID:
    """Approved unpaid leave as it stands once decided (loaded, as the demo's are)."""
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        return conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " days_requested, status) VALUES (%s, 'unpaid', %s, %s, 1, 'approved')"
            " RETURNING id",
            (employee_id, first, last),
        ).fetchone()[0]


def _weekdays(period, count: int, skip: int = 0) -> tuple[dt.date, dt.date]:
    """The first and last day of ``count`` working days of ``period`` after ``skip`` of
    them (holidays left out by the caller's check below)."""
    day, found = period[0], []
    while len(found) < skip + count:
        if day.isoweekday() < 6:
            found.append(day)
        day += dt.timedelta(1)
    return found[skip], found[-1]


def _run(person, period) -> uuid.UUID:
    with person.session() as session:
        return payroll.run_payroll(session, *period)


def _approve(person, period_id) -> None:
    with person.session() as session:
        payroll.approve_payroll(session, period_id, "checked")


def _taken_off(db_dsn, period, unpaid: int) -> tuple[Decimal, int]:
    """What the signed payslip took off for ``unpaid`` working days, as a payroll officer
    works it out (the month's basic x unpaid / working days), and the working days."""
    working = working_days(*period, holidays_of(db_dsn))
    return whole_francs(SALARY * unpaid / working), working


def _lines_back(db_dsn, employee_id) -> int:
    notes = superuser_value(
        db_dsn,
        "SELECT string_agg(notes, E'\\n') FROM payroll_records WHERE employee_id = %s"
        " AND status <> 'cancelled'",
        (employee_id,),
    )
    return (notes or "").count("Unpaid leave paid back on ")


def _signed_with_leave(people, db_dsn, *spans) -> tuple[list[uuid.UUID], Decimal, int]:
    """Unpaid leave of ``spans`` (working days (count, skip)), the signed month's run
    approved: the leave ids, what the payslip took off, the days it counted."""
    officer, manager, staff = people
    holidays = holidays_of(db_dsn)
    ids, counted = [], 0
    for count, skip in spans:
        first, last = _weekdays(SIGNED, count, skip)
        if working_days(first, last, holidays) != count:
            pytest.skip("a holiday within the test's leave")
        ids.append(_leave(db_dsn, staff.employee_id, first, last))
        counted += count
    _approve(officer, _run(manager, SIGNED))
    less, _working = _taken_off(db_dsn, SIGNED, counted)
    signed = the_payslip(officer, staff.employee_id, SIGNED)
    assert signed.unpaid_leave is not None and signed.unpaid_leave.amount == less
    return ids, less, counted


def test_cancelled_after_a_signed_run_the_next_run_pays_the_days_back(people, db_dsn):
    officer, manager, staff = people
    (leave,), less, _counted = _signed_with_leave(people, db_dsn, (5, 5))
    before = the_payslip(officer, staff.employee_id, SIGNED)
    with officer.session() as session:
        assert leave_service.may_cancel(session, leave)
        leave_service.cancel_leave(session, leave, "came back: worked the week")
    # The signed payslip stays what was paid.
    assert the_payslip(officer, staff.employee_id, SIGNED) == before

    _run(manager, NEXT)  # finance runs it: finance reads no one's leave
    slip = the_payslip(officer, staff.employee_id, NEXT)
    assert slip.paid_back == (payroll.PaidBack(5, SIGNED[0], SIGNED[1], _worth(less)),)
    assert slip.basic_salary == SALARY
    assert slip.allowances == whole_francs(SALARY / 10) + _worth(less)
    assert (
        f"Unpaid leave paid back on {dt.date.today().isoformat()}: 5 working days of"
        f" {SIGNED[0].isoformat()} to {SIGNED[1].isoformat()} worked after all"
        f" ({_worth(less):,} RWF in allowances)."
    ) in slip_notes(db_dsn, staff.employee_id, NEXT)
    # The person reads the same on their own payslip.
    assert the_payslip(staff, staff.employee_id, NEXT).paid_back == slip.paid_back


def slip_notes(db_dsn, employee_id, period) -> str:
    return superuser_value(
        db_dsn,
        "SELECT notes FROM payroll_records WHERE employee_id = %s AND pay_period_start = %s"
        " AND status <> 'cancelled'",
        (employee_id, period[0]),
    )


def test_the_days_back_are_paid_at_the_rate_the_deduction_used(people, db_dsn):
    """Two leaves counted (7 days); one of 5 cancelled: 5/7 of what came off."""
    officer, _manager, staff = people
    (_kept, cancelled), less, counted = _signed_with_leave(people, db_dsn, (2, 0), (5, 5))
    assert counted == 7
    with officer.session() as session:
        leave_service.cancel_leave(session, cancelled, "worked")
    _run(officer, NEXT)
    (back,) = the_payslip(officer, staff.employee_id, NEXT).paid_back
    assert (back.days, back.amount) == (5, _worth(whole_francs(less * 5 / 7)))


def test_paid_back_once_whatever_is_run_again(people, logins, db_dsn):
    officer, manager, staff = people
    (leave,), less, _ = _signed_with_leave(people, db_dsn, (3, 5))
    with officer.session() as session:
        leave_service.cancel_leave(session, leave, "worked")
    pending = _run(manager, NEXT)
    with officer.session() as session:
        payroll.cancel_payroll(session, pending, "made again")
    # Approved by an officer whose own pay did not change (as any run).
    _approve(logins.person("hr", salary=Decimal("800000")), _run(manager, NEXT))
    assert the_payslip(officer, staff.employee_id, NEXT).paid_back[0].amount == _worth(less)
    assert _lines_back(db_dsn, staff.employee_id) == 1
    _run(manager, AFTER)
    assert the_payslip(officer, staff.employee_id, AFTER).paid_back == ()
    assert _lines_back(db_dsn, staff.employee_id) == 1


def test_a_run_pending_before_the_cancel_pays_back_once_made_again(people, db_dsn):
    """As the dialog says: a run made before the step does not pay the days back; that
    run cancelled and made again does."""
    officer, manager, staff = people
    (leave,), less, _ = _signed_with_leave(people, db_dsn, (3, 5))
    pending = _run(manager, NEXT)
    with officer.session() as session:
        said = leave_service.paid_back_later(session, leave)
        leave_service.cancel_leave(session, leave, "worked")
    assert [m.days for m in said.months] == [3] and said.pending_run == NEXT[0]
    assert the_payslip(officer, staff.employee_id, NEXT).paid_back == ()
    with officer.session() as session:
        payroll.cancel_payroll(session, pending, "made again for the pay back")
    _run(manager, NEXT)
    assert the_payslip(officer, staff.employee_id, NEXT).paid_back[0].amount == _worth(less)


def test_a_pending_run_still_holds_the_leave(people, db_dsn):
    """DW353's other case stays: cancel the run first."""
    officer, manager, staff = people
    first, last = _weekdays(SIGNED, 3, 5)
    leave = _leave(db_dsn, staff.employee_id, first, last)
    _run(manager, SIGNED)
    with officer.session() as session, pytest.raises(DicelError) as refused:
        leave_service.cancel_leave(session, leave, "worked")
    assert refused.value.code == "unpaid_leave_waits_for_run"
    # The employee is not offered it either (HR is: cancel the run first).
    with staff.session() as session:
        assert not leave_service.may_cancel(session, leave)


def test_the_window_is_told_before_the_click_how_many_days_come_back(people, db_dsn):
    officer, _manager, _staff = people
    (leave,), _less, _ = _signed_with_leave(people, db_dsn, (4, 5))
    with officer.session() as session:
        said = session.execute(
            payroll.sa.text(
                "SELECT period_start, period_end, days"
                " FROM dicel_unpaid_leave_paid_back_later(:r, NULL)"
            ),
            {"r": leave},
        ).all()
    assert [tuple(r) for r in said] == [(SIGNED[0], SIGNED[1], 4)]


def test_nobody_writes_the_line_that_says_days_were_paid_back(people, db_dsn):
    """A clerk with psql who wrote "Unpaid leave paid back on …" into a payslip would be
    paid, or keep someone from being paid: the line is the run's alone (DW021)."""
    officer, manager, staff = people
    _run(manager, SIGNED)
    forged = (
        f"Unpaid leave paid back on {dt.date.today().isoformat()}: 5 working days of"
        f" {SIGNED[0].isoformat()} to {SIGNED[1].isoformat()} worked after all"
        " (100,000 RWF in allowances)."
    )
    for clerk in (officer, manager):
        refusal = clerk.psql_refusal(
            "UPDATE payroll_records SET notes = %s WHERE employee_id = %s AND status = 'pending'",
            (forged, staff.employee_id),
        )
        assert refusal == "DW021"
    assert _lines_back(db_dsn, staff.employee_id) == 0


def test_ended_early_after_a_signed_run_the_days_after_are_owed_back(people, db_dsn):
    """This month's run approved (a run may be made from a month's first day); HR ends
    the leave on the company's day: the days after it are what the next run pays back,
    asked of the function the run calls (next month's run cannot be made yet)."""
    officer, manager, staff = people
    today = superuser_value(db_dsn, "SELECT dicel_company_day()")
    month = payroll.month_of(today)
    last = min(today + dt.timedelta(11), month[1])
    holidays = holidays_of(db_dsn)
    back = working_days(today + dt.timedelta(1), last, holidays)
    counted = working_days(today, last, holidays)
    if back == 0 or counted == back:
        pytest.skip("no working day after the company's day this month, or none on it")
    leave = _leave(db_dsn, staff.employee_id, today, last)
    _approve(officer, _run(manager, month))
    less, _working = _taken_off(db_dsn, month, counted)
    with officer.session() as session:
        assert leave_service.may_end_early(session, leave)
        said = session.execute(
            payroll.sa.text("SELECT days FROM dicel_unpaid_leave_paid_back_later(:r, :d)"),
            {"r": leave, "d": today},
        ).scalar_one()
        assert said == back
        leave_service.end_leave_early(session, leave, today, "called back to work")
    next_month = month[1] + dt.timedelta(1)
    with manager.session() as session:  # as the run reads it, finance running it
        owed = session.execute(
            payroll.sa.text("SELECT days, paid FROM dicel_unpaid_leave_owed(:e, :m)"),
            {"e": staff.employee_id, "m": next_month},
        ).all()
    assert [tuple(r) for r in owed] == [(back, whole_francs(less * back / counted))]


def test_a_leaver_is_paid_the_days_back_with_a_settlement(people, logins, db_dsn):
    """The next month's run approved, then the person left within it, then HR cancels the
    signed month's leave: the run after pays the days back on a settlement payslip."""
    officer, manager, staff = people
    (leave,), less, _ = _signed_with_leave(people, db_dsn, (3, 5))
    _approve(officer, _run(manager, NEXT))
    left = NEXT[0].replace(day=15)
    with officer.session() as session:
        session.execute(
            payroll.sa.text("UPDATE employees SET termination_date = :d WHERE id = :e"),
            {"d": left, "e": staff.employee_id},
        )
        session.execute(
            payroll.sa.text("SELECT dicel_terminate_employee(:e)"), {"e": staff.employee_id}
        )
        session.commit()
    with officer.session() as session:
        leave_service.cancel_leave(session, leave, "worked after all")
    _run(manager, AFTER)
    slip = the_payslip(officer, staff.employee_id, AFTER)
    assert (slip.basic_salary, slip.allowances) == (0, _worth(less))
    assert slip.paid_back == (payroll.PaidBack(3, SIGNED[0], SIGNED[1], _worth(less)),)
    assert slip.untaken_leave is None
    assert _lines_back(db_dsn, staff.employee_id) == 1
