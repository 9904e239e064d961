"""Holes a psql review found in paying people, closed by migration 0063, as real logins:
a pay change kept uncommitted while payroll ran escaped DW331/DW332; salaries and
expenses were paid on days before their approval, and months not begun were run."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from decimal import Decimal

import pytest
from finance_data import account, budget, setting, superuser_value
from helpers import last_march
from logins import Person, new_expense
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import expenses, payroll

#: The last March that is over and its April (begun at least): payroll runs at most 12
#: months back, so fixed months age out (March 2026 from April 2027).
MARCH = last_march()
APRIL = (MARCH[0].replace(month=4), MARCH[1].replace(month=4, day=30))
RAISE = Decimal("500000")


def _basic(logins, employee_id: uuid.UUID, period=MARCH) -> Decimal:
    with logins.superuser().connect() as conn:
        return conn.scalar(
            text(
                "SELECT basic_salary FROM payroll_records"
                " WHERE employee_id = :e AND pay_period_start = :s AND status <> 'cancelled'"
            ),
            {"e": employee_id, "s": period[0]},
        )


def _waits_on_a_lock(logins, person: Person) -> bool:
    with logins.superuser().connect() as conn:
        return bool(
            conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE usename = :u AND wait_event_type = 'Lock'"
                ),
                {"u": person.email},
            )
        )


def _run_while_a_raise_is_open(logins, changer: Person, about: Person, runner: Person):
    """``changer`` raises ``about``'s salary in a transaction held open; ``runner`` runs
    March meanwhile, in a thread; once the run is seen waiting (or has ended), the raise
    is committed. Returns the run's outcome (the period's id, or what it raised)."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            with runner.session() as session:
                outcome["period"] = payroll.run_payroll(session, *MARCH)
        except Exception as error:  # handed back to the test
            outcome["error"] = error

    with changer.engine.connect() as held:
        held.execute(
            text("UPDATE employees SET salary = salary + :r WHERE id = :e"),
            {"r": RAISE, "e": about.employee_id},
        )
        thread = threading.Thread(target=run)
        thread.start()
        # Until the run waits for the raise (the migration's lock), or is over without
        # waiting (no lock); the bound only keeps a broken run from hanging the suite.
        for _ in range(3000):
            if not thread.is_alive() or _waits_on_a_lock(logins, runner):
                break
            thread.join(0.01)
        held.commit()
    thread.join(60)
    assert not thread.is_alive()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["period"]


@pytest.mark.parametrize("whose", ["a colleague's", "the approver's own"])
def test_a_run_waits_for_a_pay_change_in_progress_and_computes_from_it(logins, whose):
    changer = logins.person(Role.HR, salary=Decimal("800000"))
    runner = logins.person(Role.HR, salary=Decimal("700000"))
    manager = logins.person(Role.FINANCE, salary=Decimal("900000"))
    if whose == "a colleague's":
        about = logins.person(Role.EMPLOYEE, salary=Decimal("400000"))
        next_approver = changer  # DW331's case: they changed someone's pay
    else:
        about = logins.person(Role.HR, salary=Decimal("400000"))
        next_approver = about  # DW332's case: their own pay was changed

    march = _run_while_a_raise_is_open(logins, changer, about, runner)

    # March was computed from the raise, not from what was committed when it started.
    assert _basic(logins, about.employee_id) == Decimal("400000") + RAISE
    # So its approval is refused to whoever the raise concerns, and given by another.
    with next_approver.session() as session, pytest.raises(DicelError) as refused:
        payroll.approve_payroll(session, march, "")
    assert refused.value.code in ("payroll_pay_changed_by_approver", "payroll_own_pay_changed")
    with manager.session() as session:
        payroll.approve_payroll(session, march, "")
    # Approved by someone else in March, the raise is no reason in April.
    with runner.session() as session:
        april = payroll.run_payroll(session, *APRIL)
    assert _basic(logins, about.employee_id, APRIL) == Decimal("400000") + RAISE
    with next_approver.session() as session:
        payroll.approve_payroll(session, april, "")


# --------------------------------------------------------------------------- dates


def _next_month(today: dt.date) -> tuple[dt.date, dt.date]:
    return payroll.month_of(today.replace(day=28) + dt.timedelta(days=5))


def _server_today(person: Person) -> dt.date:
    with person.engine.connect() as conn:
        return conn.scalar(text("SELECT current_date"))


def test_a_month_runs_from_its_first_day_on(logins):
    officer = logins.person(Role.HR)
    logins.person(Role.EMPLOYEE)
    today = _server_today(officer)
    start, end = _next_month(today)
    with officer.session() as session, pytest.raises(DicelError) as refused:
        payroll.run_payroll(session, start, end)
    assert refused.value.code == "payroll_month_not_started"
    assert refused.value.message == (
        f"The month from {start.isoformat()} to {end.isoformat()} has not started yet: its"
        " payroll can be run from its first day on."
    )
    with logins.superuser().connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM payroll_periods")) == 0
    # The month under way runs (salaries are paid on the 25th, before it ends).
    with officer.session() as session:
        payroll.run_payroll(session, *payroll.month_of(today))


def _approved_on(db_dsn: str, table: str, record: uuid.UUID, day: dt.date) -> None:
    """The approval of ``record`` dated ``day`` (as if approved then), by the superuser."""
    superuser_value(
        db_dsn,
        f"UPDATE {table} SET approved_date = %s::date + time '10:00' WHERE id = %s RETURNING id",
        (day, record),
    )


def test_salaries_are_paid_on_or_after_the_day_they_were_approved(logins, db_dsn):
    setting(db_dsn, "payroll.allowance_rate_percent", "0")
    officer = logins.person(Role.HR)
    manager = logins.person(Role.FINANCE)
    with officer.session() as session:
        period = payroll.run_payroll(session, *MARCH)
    with manager.session() as session:
        payroll.approve_payroll(session, period, "")
        net = payroll.period_totals(session, period).net
    bank = account(manager, "Payroll account", opening=net)
    # Approved on the month's last day: a day over on any day the test runs (2 April
    # was not on 1 April, and paying on the day of the approval is part of the test).
    approved = MARCH[1]
    _approved_on(db_dsn, "payroll_periods", period, approved)

    for day in (dt.date(1999, 1, 1), MARCH[0], approved - dt.timedelta(days=1)):
        with manager.session() as session, pytest.raises(DicelError) as refused:
            payroll.pay_payroll(session, period, bank, day, None)
        assert refused.value.code == "paid_before_approval"
        assert refused.value.message == (
            f"{day.isoformat()} is before the payment was approved, on {approved.isoformat()}:"
            " give the day the money actually moved, on or after its approval."
        )
    with manager.engine.connect() as conn:
        state = conn.scalar(text("SELECT status FROM payroll_periods WHERE id = :p"), {"p": period})
    assert state == "approved"
    # Through psql too, and the day of the approval itself is taken.
    with manager.engine.begin() as conn, pytest.raises(DBAPIError) as raw:
        conn.execute(
            text("SELECT dicel_pay_payroll(:p, :a, '1999-01-01', NULL)"), {"p": period, "a": bank}
        )
    assert raw.value.orig.sqlstate == "DW338"
    with manager.session() as session:
        payroll.pay_payroll(session, period, bank, approved, None)


def test_an_expense_is_paid_on_or_after_the_day_it_was_approved(logins, db_dsn):
    clerk = logins.person(Role.FINANCE, department="FIN")
    manager = logins.person(Role.FINANCE, department="FIN")
    fin = logins.department("FIN")
    budget(manager, fin, "Fuel")
    expense = new_expense(clerk, department_id=fin).id
    with manager.session() as session:
        expenses.decide_expense(session, expense, True, "")
    bank = account(manager, "Operating account", opening=Decimal("100000"))
    approved = dt.date(2026, 3, 10)
    _approved_on(db_dsn, "expenses", expense, approved)

    for day in (dt.date(1999, 1, 1), approved - dt.timedelta(days=1)):
        with manager.session() as session, pytest.raises(DicelError) as refused:
            expenses.pay_expense(session, expense, bank, day)
        assert refused.value.code == "paid_before_approval"
        assert "on 2026-03-10" in refused.value.message
    with manager.engine.connect() as conn:
        assert conn.scalar(text("SELECT status FROM expenses WHERE id = :e"), {"e": expense}) == (
            "approved"
        )
    with manager.session() as session:
        expenses.pay_expense(session, expense, bank, approved)
