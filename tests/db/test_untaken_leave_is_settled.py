"""A leaver's untaken annual leave is settled by the next run when HR recorded the
termination after their month's run was approved (migration 0159): the next month's run
gives them a settlement payslip (basic 0, the days left in the allowances at the rate of
the leaving month), once; a change of that leave waits for the run that counted it
(DW609); nobody forges the line that says it was paid. Amounts are worked out here from
the settings and the calendar, independently of the database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from finance_data import (
    holidays_of,
    sql_value,
    superuser_value,
    whole_francs,
    working_days,
)
from untaken_leave import (
    SALARY,
    earned,
    loaded_leave,
    payroll_people,
    payslips,
    run,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import leave as leave_service
from dicel_desktop.services import leaving, payroll
from dicel_desktop.services.db_errors import explain


def _months_over() -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]]:
    """June and July of the last year whose July has begun: the leaving month and the
    next one, both of which payroll may run for."""
    today = dt.date.today()
    year = today.year if today.month >= 7 else today.year - 1
    return payroll.month_of(dt.date(year, 6, 1)), payroll.month_of(dt.date(year, 7, 1))


JUNE, JULY = _months_over()
LEFT = JUNE[0].replace(day=15)


@pytest.fixture
def people(logins, db_dsn):
    return payroll_people(logins, db_dsn)


def _terminate(officer, employee_id, day: dt.date) -> None:
    """Terminate… as HR takes it: the day written in the form, then the step."""
    sql_value(
        officer,
        "UPDATE employees SET termination_date = :day WHERE id = :id RETURNING id",
        day=day,
        id=employee_id,
    )
    sql_value(officer, "SELECT dicel_terminate_employee(:id)", id=employee_id)


def _worth(db_dsn, left: dt.date, untaken: Decimal) -> Decimal:
    """What the days are worth at the leaving month's rate, as a payroll officer works it
    out: that month's basic for the days employed / the working days employed."""
    first, last = payroll.month_of(left)
    basic = whole_francs(SALARY * ((left - first).days + 1) / ((last - first).days + 1))
    return whole_francs(basic * untaken / working_days(first, left, holidays_of(db_dsn)))


def _approve(person, period_id) -> None:
    with person.session() as session:
        payroll.approve_payroll(session, period_id, "checked")


def _lines_paid(db_dsn, employee_id) -> int:
    notes = superuser_value(
        db_dsn,
        "SELECT string_agg(notes, E'\\n') FROM payroll_records WHERE employee_id = %s"
        " AND status <> 'cancelled'",
        (employee_id,),
    )
    return (notes or "").count("Untaken leave paid on ")


def _june_approved_then_left(people, logins, db_dsn, taken: int = 3):
    """The June run approved; then HR terminates the leaver on 15 June."""
    officer, manager = people
    leaver = logins.person("employee", salary=SALARY, first_name="Claude")
    if taken:
        loaded_leave(db_dsn, leaver.employee_id, JUNE[0].replace(month=2, day=9), taken)
    _approve(officer, run(manager, JUNE))
    _terminate(officer, leaver.employee_id, LEFT)
    return leaver


def test_the_next_run_settles_the_untaken_leave_of_someone_who_left_after_the_run(
    people, logins, db_dsn
):
    officer, manager = people
    stayer = logins.person("employee", salary=SALARY)
    leaver = _june_approved_then_left(people, logins, db_dsn)
    (june,) = payslips(officer, leaver.employee_id, JUNE)
    assert june.untaken_leave is None  # cut to the days worked (0120), no leave paid
    untaken = earned(LEFT) - 3
    assert untaken == 6  # 6 months of service: 9 of 18 days, 3 taken
    worth = _worth(db_dsn, LEFT, untaken)

    run(manager, JULY)  # finance runs it: finance reads no one's leave
    (slip,) = payslips(officer, leaver.employee_id, JULY)
    assert slip.untaken_leave == payroll.UntakenLeave(untaken, worth, LEFT)
    assert (slip.basic_salary, slip.allowances, slip.gross) == (0, worth, worth)
    assert slip.net_salary == slip.gross - slip.deductions
    assert _lines_paid(db_dsn, leaver.employee_id) == 1
    # The others are paid as ever.
    (stayed,) = payslips(officer, stayer.employee_id, JULY)
    assert (stayed.basic_salary, stayed.untaken_leave) == (SALARY, None)


def test_a_settlement_is_paid_once_whatever_is_run_again(people, logins, db_dsn):
    officer, manager = people
    leaver = _june_approved_then_left(people, logins, db_dsn)
    july = run(manager, JULY)
    with officer.session() as session:
        payroll.cancel_payroll(session, july, "made again")
    july = run(manager, JULY)
    assert len(payslips(officer, leaver.employee_id, JULY)) == 1
    assert _lines_paid(db_dsn, leaver.employee_id) == 1
    # Approved by someone who did not terminate the leaver (DW331).
    _approve(logins.person("hr", salary=Decimal("800000")), july)
    august = (JULY[1] + dt.timedelta(days=1), payroll.month_of(JULY[1] + dt.timedelta(days=1))[1])
    if august[0] <= dt.date.today():
        run(manager, august)
        assert payslips(officer, leaver.employee_id, august) == []
    assert _lines_paid(db_dsn, leaver.employee_id) == 1


def test_nothing_left_gives_no_settlement_payslip(people, logins, db_dsn):
    officer, manager = people
    leaver = _june_approved_then_left(people, logins, db_dsn, taken=9)  # all 9 earned
    run(manager, JULY)
    assert payslips(officer, leaver.employee_id, JULY) == []


def test_leave_paid_by_the_leaving_months_run_is_not_paid_again(people, logins, db_dsn):
    """0157's path: the June run saw the termination and paid the days."""
    officer, manager = people
    leaver = logins.person("employee", salary=SALARY)
    _terminate(officer, leaver.employee_id, LEFT)
    # Approved by someone who did not terminate the leaver (DW331).
    _approve(logins.person("hr", salary=Decimal("800000")), run(manager, JUNE))
    (june,) = payslips(officer, leaver.employee_id, JUNE)
    assert june.untaken_leave is not None and june.untaken_leave.settles is None
    run(manager, JULY)
    assert payslips(officer, leaver.employee_id, JULY) == []
    assert _lines_paid(db_dsn, leaver.employee_id) == 1


def test_a_change_of_the_leave_a_settlement_counted_waits_for_its_run(people, logins, db_dsn):
    """DW609 names the run that counted the leave: the settlement's. Before it, the
    approved June run that paid none holds nothing (the settlement will count it)."""
    officer, manager = people
    leaver = logins.person("employee", salary=SALARY)
    asked = loaded_leave(db_dsn, leaver.employee_id, JUNE[0].replace(month=3, day=2), 2, "pending")
    other = loaded_leave(db_dsn, leaver.employee_id, JUNE[0].replace(month=4, day=6), 1, "pending")
    _approve(officer, run(manager, JUNE))
    _terminate(officer, leaver.employee_id, LEFT)
    with officer.session() as session:  # nothing counted it yet: it goes through
        leave_service.decide_leave(session, other, False, "not taken")
    july = run(manager, JULY)
    (slip,) = payslips(officer, leaver.employee_id, JULY)
    assert slip.untaken_leave.days == earned(LEFT) - 2
    with officer.session() as session, pytest.raises(DicelError) as refused:
        leave_service.decide_leave(session, asked, False, "not taken")
    assert refused.value.code == "leaver_leave_waits_for_run"
    assert refused.value.params["start"] == JULY[0].isoformat()

    with officer.session() as session:
        payroll.cancel_payroll(session, july, "a request rejected")
    with officer.session() as session:
        leave_service.decide_leave(session, asked, False, "not taken")
    run(manager, JULY)
    (slip,) = payslips(officer, leaver.employee_id, JULY)
    assert slip.untaken_leave.days == earned(LEFT)


def test_nobody_writes_the_line_that_says_the_leave_was_paid(people, logins, db_dsn):
    """A clerk with psql who wrote "Untaken leave paid on …" into a payslip would keep
    a leaver from their settlement: the line is the run's alone (DW021)."""
    officer, manager = people
    leaver = logins.person("employee", salary=SALARY)
    _approve(officer, run(manager, JUNE))
    _terminate(officer, leaver.employee_id, LEFT)
    other = logins.person("employee", salary=SALARY)
    july = run(manager, JULY)
    forged = (
        f"Untaken leave paid on {dt.date.today().isoformat()}: 6 working days of annual"
        f" leave, final settlement of a termination on {LEFT.isoformat()} (1 RWF in"
        " allowances)."
    )
    with officer.session() as session:
        payroll.cancel_payroll(session, july, "to forge")
    for clerk in (officer, manager):
        refusal = clerk.psql_refusal(
            "INSERT INTO payroll_records (employee_id, pay_period_start, pay_period_end,"
            " basic_salary, allowances, notes) VALUES (%s, %s, %s, 0, 0, %s)",
            (leaver.employee_id, JULY[0], JULY[1], forged),
        )
        # No grant to insert a payslip (42501), or the line is the run's (DW021).
        assert refusal in ("DW021", "42501")
    july = run(manager, JULY)
    refusal = manager.psql_refusal(
        "UPDATE payroll_records SET notes = %s WHERE employee_id = %s AND status = 'pending'",
        (forged, other.employee_id),
    )
    assert refusal == "DW021"
    assert _lines_paid(db_dsn, leaver.employee_id) == 1


def test_terminate_says_before_the_click_that_a_pending_run_owes_the_leave(people, logins, db_dsn):
    """DW492's ``untaken`` case (0158), asked as HR before the step: the June run is
    pending and the leaving day is its last."""
    officer, manager = people
    leaver = logins.person("employee", salary=SALARY, first_name="Claude")
    run(manager, JUNE)
    sql_value(
        officer,
        "UPDATE employees SET termination_date = :day WHERE id = :id RETURNING id",
        day=JUNE[1],
        id=leaver.employee_id,
    )
    with officer.session() as session:
        held = leaving.pending_payslip_stops("terminate")(session, leaver.employee_id)
    assert held is not None and held.code == "payroll_pending_owes_untaken_leave"
    assert (held.params["start"], held.params["end"]) == (
        JUNE[0].isoformat(),
        JUNE[1].isoformat(),
    )
    # The database refuses the step in the same words.
    refused = officer.refusal("SELECT dicel_terminate_employee(%s)", leaver.employee_id)
    assert refused is not None and explain(refused).code == held.code
