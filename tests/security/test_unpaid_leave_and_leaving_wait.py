"""Unpaid leave, payroll runs and leaving wait for each other (migration 0149,
review40b findings 1-3, 5 and 6), as real logins on plain connections, as psql: a change
of unpaid leave while the month's run is under way, in either order, is refused or
counted, never paid in full; a signed run no longer keeps the unpaid leave it counted
(0160: the next run pays the days back); DW353 is said
to who asks; a termination keeps pending leave of days before leaving, to be decided; a
filing at the moment of a termination is seen by it. No sleeps: each second session is
seen waiting for a lock (pg_stat_activity) before the first one commits."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from finance_data import setting
from helpers import Later, last_march
from sqlalchemy import text

from dicel_desktop.services import db_errors

MARCH = last_march()
SALARY = Decimal("440000")
RUN = "SELECT dicel_run_payroll(%s, %s)"
WAIT_S = 30  # a deadline for a failing test on a busy machine, not a measurement


@pytest.fixture
def people(logins, db_dsn):
    setting(db_dsn, "payroll.allowance_rate_percent", "0")
    hr = logins.person("hr", first_name="Aline", salary=Decimal("800000"))
    finance = logins.person("finance", first_name="Eric", salary=Decimal("900000"))
    boss = logins.person("employee", first_name="Chantal")
    staff = logins.person(
        "employee", first_name="Josiane", last_name="Murekatete", salary=SALARY, supervisor=boss
    )
    return hr, finance, boss, staff


def _leave(logins, employee_id, first, last, status="approved", kind="unpaid") -> uuid.UUID:
    """A leave request as loaded (the demo's are), its checks not asked."""
    with logins.superuser().begin() as conn:
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        return conn.scalar(
            text(
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
                " days_requested, status) VALUES (:e, :k, :s, :t, 1, :st) RETURNING id"
            ),
            {"e": employee_id, "k": kind, "s": first, "t": last, "st": status},
        )


def _second_monday(period) -> dt.date:
    first = period[0]
    return first + dt.timedelta((7 - first.weekday()) % 7 + 7)


def _row(logins, sql: str, **params):
    with logins.superuser().connect() as conn:
        return conn.execute(text(sql), params).first()


def _waits(logins, later: Later) -> bool:
    """Start ``later``; True once it waits for a lock, False when it finished first."""
    later.start()
    with logins.superuser().connect() as conn:
        while later.is_alive():
            waiting = conn.execute(
                text("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :p"),
                {"p": later.pid},
            ).scalar()
            if waiting:
                return True
            later.join(0.02)
    return False


def _payslip(logins, employee_id, period):
    return _row(
        logins,
        "SELECT basic_salary, notes FROM payroll_records WHERE employee_id = :e"
        " AND pay_period_start = :s AND status <> 'cancelled'",
        e=employee_id,
        s=period[0],
    )


def test_a_change_of_unpaid_leave_waits_for_the_run_under_way_and_is_refused(logins, people):
    hr, finance, _boss, staff = people
    monday = _second_monday(MARCH)
    leave = _leave(logins, staff.employee_id, monday, monday + dt.timedelta(1))
    with finance.psql() as run:
        run.execute(RUN, MARCH)  # not committed yet
        cancel = Later(hr, "SELECT dicel_cancel_leave(%s, 'back early')", (leave,))
        assert _waits(logins, cancel), "the cancellation did not wait for the run"
        run.commit()
    cancel.join(WAIT_S)
    assert cancel.error is not None and cancel.error.sqlstate == "DW353"
    month = f"1\N{EN DASH}31 March {MARCH[0].year}"
    assert db_errors.explain(cancel.error).message == (
        f"The payroll of {month} has been run and waits for approval, with Josiane"
        " Murekatete's unpaid leave as it stood then. Cancel that payroll run first, then"
        " change this leave, then run the month again. Nothing was changed."
    )
    assert _row(logins, "SELECT status FROM leave_requests WHERE id = :r", r=leave)[0] == (
        "approved"
    )
    assert "Unpaid leave counted" in _payslip(logins, staff.employee_id, MARCH).notes


def test_a_run_waits_for_a_change_of_unpaid_leave_under_way_and_counts_it(logins, people):
    hr, finance, _boss, staff = people
    monday = _second_monday(MARCH)
    leave = _leave(logins, staff.employee_id, monday, monday + dt.timedelta(1))
    with hr.psql() as cancel:
        cancel.execute("SELECT dicel_cancel_leave(%s, 'back early')", (leave,))
        run = Later(finance, RUN, MARCH)
        assert _waits(logins, run), "the run did not wait for the cancellation"
        cancel.commit()
    run.join(WAIT_S)
    assert run.error is None
    # The leave was cancelled before the run read it: the month is paid in full.
    assert tuple(_payslip(logins, staff.employee_id, MARCH)) == (SALARY, None)


def test_an_approved_run_lets_the_unpaid_leave_it_counted_go(logins, people):
    """Migration 0160: a signed run no longer keeps the leave (0149 refused, DW353
    ``approved``); its payslip stays as paid and the next run pays the days back
    (tests/db/test_unpaid_leave_worked_is_paid_back.py)."""
    hr, finance, _boss, staff = people
    monday = _second_monday(MARCH)
    leave = _leave(logins, staff.employee_id, monday, monday + dt.timedelta(1))
    may_cancel = "SELECT dicel_may_cancel_leave(%s)"
    with finance.psql() as conn:
        period = conn.execute(RUN, MARCH).fetchone()[0]
    with hr.psql() as conn:
        conn.execute("SELECT dicel_approve_payroll(%s, 'ok')", (period,))
    signed = tuple(_payslip(logins, staff.employee_id, MARCH))
    with hr.psql() as conn:
        # Offered ...
        assert conn.execute(may_cancel, (leave,)).fetchone()[0] is True
    # ... and done, on a plain connection.
    assert hr.refusal("SELECT dicel_cancel_leave(%s, 'back early')", leave) is None
    assert _row(logins, "SELECT status FROM leave_requests WHERE id = :r", r=leave)[0] == (
        "cancelled"
    )
    assert tuple(_payslip(logins, staff.employee_id, MARCH)) == signed


def test_whoever_cannot_cancel_the_run_is_told_to_ask(logins, people):
    """The supervisor approving unpaid leave in a month whose run is pending."""
    _hr, finance, boss, staff = people
    monday = _second_monday(MARCH)
    leave = _leave(logins, staff.employee_id, monday, monday, status="pending")
    with finance.psql() as conn:
        conn.execute(RUN, MARCH)
    refused = boss.refusal("SELECT dicel_decide_leave(%s, true, 'ok')", leave)
    assert refused is not None and refused.sqlstate == "DW353"
    assert db_errors.explain(refused).message == (
        f"The payroll of 1\N{EN DASH}31 March {MARCH[0].year} has been run and waits for"
        " approval, with Josiane Murekatete's unpaid leave as it stood then: HR or Finance"
        " must cancel that payroll run before this leave can change. Nothing was changed."
    )


def _weekday_before(today: dt.date, days: int) -> dt.date:
    day = today - dt.timedelta(days=days)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def test_terminating_keeps_pending_leave_before_the_leaving_day_to_be_decided(logins, people):
    hr, _finance, boss, staff = people
    with hr.psql() as conn:
        today = conn.execute("SELECT dicel_company_day()").fetchone()[0]
    before = _weekday_before(today, 7)
    kept = _leave(logins, staff.employee_id, before, before, status="pending")
    after = today + dt.timedelta(days=10)
    ended = _leave(logins, staff.employee_id, after, after, status="pending")
    with hr.psql() as conn:
        conn.execute("SELECT dicel_terminate_employee(%s)", (staff.employee_id,))
    status = "SELECT status FROM leave_requests WHERE id = :r"
    assert (_row(logins, status, r=kept)[0], _row(logins, status, r=ended)[0]) == (
        "pending",
        "cancelled",
    )
    # The supervisor decides it after the termination: the unpaid day is not paid.
    assert boss.refusal("SELECT dicel_decide_leave(%s, true, 'ok')", kept) is None
    assert _row(logins, status, r=kept)[0] == "approved"


def test_leave_filed_while_hr_terminates_is_cancelled_with_the_rest(logins, people):
    hr, _finance, _boss, staff = people
    with hr.psql() as conn:
        today = conn.execute("SELECT dicel_company_day()").fetchone()[0]
    first = today + dt.timedelta(days=14)
    with staff.psql() as filing:
        request = filing.execute(
            "SELECT dicel_request_leave('unpaid', %s, %s, 'trip')", (first, first)
        ).fetchone()[0]
        terminate = Later(hr, "SELECT dicel_terminate_employee(%s)", (staff.employee_id,))
        assert _waits(logins, terminate), "the termination did not wait for the filing"
        filing.commit()
    terminate.join(WAIT_S)
    assert terminate.error is None
    assert _row(logins, "SELECT status FROM leave_requests WHERE id = :r", r=request)[0] == (
        "cancelled"
    )


def test_leave_filed_while_hr_terminates_is_refused_once_they_have_left(logins, people):
    hr, _finance, _boss, staff = people
    with hr.psql() as conn:
        today = conn.execute("SELECT dicel_company_day()").fetchone()[0]
    first = today + dt.timedelta(days=14)
    with hr.psql() as terminating:
        terminating.execute("SELECT dicel_terminate_employee(%s)", (staff.employee_id,))
        filing = Later(
            staff, "SELECT dicel_request_leave('unpaid', %s, %s, 'trip')", (first, first)
        )
        assert _waits(logins, filing), "the filing did not wait for the termination"
        terminating.commit()
    filing.join(WAIT_S)
    # The filing read the termination once it was committed: refused as a leaver's.
    assert filing.error is not None, "filed for a leaver"
    assert filing.error.sqlstate == "DW121"
    assert (
        _row(
            logins,
            "SELECT count(*) FROM leave_requests WHERE employee_id = :e",
            e=staff.employee_id,
        )[0]
        == 0
    )
