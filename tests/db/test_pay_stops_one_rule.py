"""When pay stops and what a payslip then pays (code review 34, F1, F3, F4, F5, F10), as
the demo's people: one rule (``domain.pay_stops``, frozen in 0120 as ``dicel_pay_stops``,
``dicel_payslip_days``, ``dicel_payslip_basic``); a termination and Mark paid… at once;
a reinstatement gives back the days; a superuser's termination; the payslip's lines.

Each attempt on the shared demo is in a transaction rolled back; the race commits, on a
copy of the demo of its own.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
import uuid
from decimal import Decimal
from urllib.parse import quote, urlsplit

import psycopg
import pytest
from helpers import create_database, drop_database, dsn_for
from helpers import one_row as _one
from helpers import refused_here as _refused
from test_approved_leavers_asset_holders_and_receipt_sizes import (
    FINANCE,
    HR,
    _approved_run,
    _payslip,
    as_each,  # noqa: F401 (a fixture)
)

from dicel_desktop.domain.pay_stops import pay_stops, payslip_basic, payslip_days

# --------------------------------------------------------------------------- F10


_DAYS = (
    None,
    dt.date(2026, 11, 20),
    dt.date(2026, 12, 1),
    dt.date(2026, 12, 6),
    dt.date(2026, 12, 31),
    dt.date(2027, 1, 5),
)


def test_the_database_counts_as_the_domain_does(su):
    """The window says what the database does by construction: the frozen SQL gives
    what ``domain.pay_stops`` gives, for every step, day, hire and termination date."""
    start, end, today = dt.date(2026, 12, 1), dt.date(2026, 12, 31), dt.date(2026, 12, 6)
    with su.connect() as conn:
        raw = conn.connection.driver_connection
        for action, hire, ended in itertools.product(("terminate", "suspend"), _DAYS, _DAYS):
            (said,) = raw.execute(
                "SELECT dicel_pay_stops(%s, %s, %s, %s)", (action, today, hire, ended)
            ).fetchone()
            assert said == pay_stops(action, today, hire, ended), (action, hire, ended)
        for hire, first, last in itertools.product(_DAYS, _DAYS[1:], _DAYS[1:]):
            (said,) = raw.execute(
                "SELECT dicel_payslip_days(%s, %s, %s, %s, %s)", (start, end, hire, first, last)
            ).fetchone()
            assert said == payslip_days(start, end, hire, first, last), (hire, first, last)
        for salary, paid in itertools.product(
            (None, Decimal("670000"), Decimal("280000.50"), Decimal("31")), (0, 5, 15, 31)
        ):
            most = Decimal("300000")
            (said,) = raw.execute(
                "SELECT dicel_payslip_basic(%s, %s, 31, %s)", (salary, paid, most)
            ).fetchone()
            assert said == payslip_basic(salary, paid, 31, most), (salary, paid)


# --------------------------------------------------------------------------- F3, F4, F5


def _this_months(su, as_):
    """This month's run, approved, and one person it pays from the 1st: their payslip
    (id, basic, allowances, net) before anything happens to them."""
    _period, found = _approved_run(su, as_)
    aline = as_(HR)
    month = aline.execute(
        "SELECT date_trunc('month', d)::date,"
        " (date_trunc('month', d) + interval '1 month - 1 day')::date FROM dicel_company_day() d"
    ).fetchone()
    period = aline.execute("SELECT dicel_run_payroll(%s, %s)", month).fetchone()[0]
    as_(FINANCE).execute("SELECT dicel_approve_payroll(%s, 'Checked')", (period,))
    slip = (
        as_(HR)
        .execute(
            "SELECT id, basic_salary, allowances, net_salary FROM payroll_records"
            " WHERE employee_id = %s AND pay_period_start = %s",
            (found.id, month[0]),
        )
        .fetchone()
    )
    return found, slip


def test_a_reinstatement_gives_back_the_days_from_its_day(su, as_each):  # noqa: F811
    """Suspended and reinstated the same day: nothing was unpaid, so the approved payslip
    pays the month again (before: 5 of 31 days, for good), its net as before, a line
    saying so. Before the fix the payslip stayed cut."""
    found, (slip, basic, allowances, net) = _this_months(su, as_each)
    aline = as_each(HR)
    aline.execute("SELECT dicel_suspend_employee(%s)", (found.id,))
    assert _payslip(aline, slip)[1] < basic
    aline.execute("SELECT dicel_reinstate_employee(%s)", (found.id,))
    status, *amounts, notes = _payslip(aline, slip)
    assert (status, *amounts) == ("approved", basic, allowances, net)
    today = aline.execute("SELECT dicel_company_day()").fetchone()[0]
    last = notes.splitlines()[-1]
    assert last.startswith(f"Restored on {today.isoformat()}: reinstated, paid ")


def test_a_superusers_termination_computes_deductions_and_net(su, as_each):  # noqa: F811
    """IT correcting data over psql as the superuser: the payslip is cut through the same
    computation, deductions and net too (before: basic cut, net left at the full
    month's, more than the gross)."""
    period, found = _approved_run(su, as_each)
    conn = as_each(HR)
    conn.execute("RESET SESSION AUTHORIZATION")
    conn.execute(
        "UPDATE employees SET status = 'terminated', termination_date = %s WHERE id = %s",
        (period.period_start.replace(day=10), found.id),
    )
    basic, allowances, deductions, net, owed = conn.execute(
        "SELECT basic_salary, allowances, deductions, net_salary,"
        " (SELECT sum((d ->> 'amount')::numeric) FROM jsonb_array_elements("
        "   dicel_payroll_deductions(basic_salary + allowances,"
        "   dicel_payslip_rates(deductions_detail))) d)"
        " FROM payroll_records WHERE id = %s",
        (found.payslip,),
    ).fetchone()
    assert basic < found.basic_salary
    assert deductions == owed
    assert net == basic + allowances - deductions


_TYPED = (
    "Prorated on 2026-12-06: terminated on 2026-12-01, paid 1 of the month's 31 days"
    " (basic 425,000, allowances 42,500, net 332,130 before)."
)


def test_a_payslips_proration_line_is_kept_and_not_typed(su, as_each):  # noqa: F811
    """HR or finance cannot type a proration's line onto a payslip never cut, nor take
    the line off a payslip that was (DW021, as other step lines); other notes are
    theirs. Before the fix both were UPDATE 1."""
    period, found = _approved_run(su, as_each)
    other = _one(
        su,
        "SELECT id FROM payroll_records WHERE status IN ('approved', 'paid')"
        " AND employee_id <> :id ORDER BY id LIMIT 1",
        id=found.id,
    ).id
    eric = as_each(FINANCE)
    error = _refused(eric, "UPDATE payroll_records SET notes = %s WHERE id = %s", (_TYPED, other))
    assert error.sqlstate == "DW021"
    eric.execute(
        "UPDATE payroll_records SET notes = 'Checked with the bank' WHERE id = %s", (other,)
    )
    aline = as_each(HR)
    aline.execute(
        "UPDATE employees SET termination_date = %s WHERE id = %s",
        (period.period_start.replace(day=10), found.id),
    )
    aline.execute("SELECT dicel_terminate_employee(%s)", (found.id,))
    error = _refused(
        aline, "UPDATE payroll_records SET notes = NULL WHERE id = %s", (found.payslip,)
    )
    assert error.sqlstate == "DW021"


# --------------------------------------------------------------------------- F9


def test_a_superuser_resumes_a_posting_through_its_step(su):
    """DW502 does not ask a superuser, through the step as with a bare UPDATE (before:
    the step's owner was asked, and the superuser refused)."""
    posting = _one(su, "SELECT id FROM job_postings WHERE status = 'on_hold' LIMIT 1").id
    with su.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute(
            "UPDATE job_postings SET closing_date = date '2026-01-01' WHERE id = %s", (posting,)
        )
        raw.execute("SELECT dicel_resume_job_posting(%s)", (posting,))
        (status,) = raw.execute(
            "SELECT status FROM job_postings WHERE id = %s", (posting,)
        ).fetchone()
        conn.rollback()
    assert status == "open"


# --------------------------------------------------------------------------- F1


@pytest.fixture
def own_demo(pg_superuser_dsn, pristine_demo_dsn, _admin):
    """A copy of the demo as loaded, for a test that commits."""
    name = f"race_{uuid.uuid4().hex[:8]}"
    create_database(_admin, name, template=urlsplit(pristine_demo_dsn).path.lstrip("/"))
    try:
        yield dsn_for(pg_superuser_dsn, name)
    finally:
        drop_database(_admin, name)


def _as(dsn: str, email: str) -> psycopg.Connection:
    from dicel_desktop.demo import DEMO_PASSWORD

    parts = urlsplit(dsn)
    netloc = f"{quote(email, safe='')}:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
    return psycopg.connect(parts._replace(netloc=netloc).geturl())


def _waits_on_a_lock(watcher: psycopg.Connection, pid: int) -> None:
    """Until ``pid`` waits on a lock (the order of the two is then known)."""
    for _ in range(600):
        (waiting,) = watcher.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = %s AND wait_event_type = 'Lock'",
            (pid,),
        ).fetchone()
        if waiting:
            return
        watcher.execute("SELECT pg_sleep(0.05)")
    pytest.fail("the payment never waited for the termination")


def test_a_payment_that_waits_on_a_termination_pays_the_payslips_as_cut(own_demo):
    """HR terminates someone (not yet committed) while finance marks the approved month
    paid: the payment waits, then sums the payslips as the termination left them. The
    debit is the sum of the payslips paid (before: the leaver's full month went out in
    the debit, their payslip saying the cut amount)."""
    from dicel_desktop.db.engine import make_engine

    engine = make_engine(own_demo)
    approver = psycopg.connect(own_demo, autocommit=True)

    def as_(email: str) -> psycopg.Connection:  # committed: the two below see it
        approver.execute("RESET SESSION AUTHORIZATION")
        approver.execute(f'SET SESSION AUTHORIZATION "{email}"')
        return approver

    try:
        period, found = _approved_run(engine, as_)
        account = _one(
            engine,
            "SELECT id FROM financial_accounts WHERE currency = 'RWF'"
            " AND coalesce(is_active, true) ORDER BY balance DESC LIMIT 1",
        ).id
    finally:
        approver.close()
        engine.dispose()
    aline = _as(own_demo, HR)
    eric = _as(own_demo, FINANCE)
    watcher = psycopg.connect(own_demo, autocommit=True)
    try:
        aline.execute(
            "UPDATE employees SET termination_date = %s WHERE id = %s",
            (period.period_start.replace(day=10), found.id),
        )
        aline.execute("SELECT dicel_terminate_employee(%s)", (found.id,))
        failed: list[BaseException] = []

        def pay() -> None:
            try:
                eric.execute(
                    "SELECT dicel_pay_payroll(%s, %s, dicel_company_day(), 'bank_transfer')",
                    (period.id, account),
                )
                eric.commit()
            except BaseException as error:  # said by the test, in this thread
                failed.append(error)

        payment = threading.Thread(target=pay)
        payment.start()
        _waits_on_a_lock(watcher, eric.info.backend_pid)
        aline.commit()
        payment.join(30)
        assert not payment.is_alive() and not failed, failed
        debit, paid, leaver = watcher.execute(
            "SELECT t.amount, (SELECT sum(r.net_salary) FROM payroll_records r"
            "  WHERE r.pay_period_start = p.period_start AND r.status = 'paid'),"
            " (SELECT r.net_salary FROM payroll_records r WHERE r.id = %s)"
            " FROM payroll_periods p JOIN transactions t ON t.id = p.transaction_id"
            " WHERE p.id = %s",
            (found.payslip, period.id),
        ).fetchone()
        assert leaver < found.net_salary
        assert debit == paid
    finally:
        for conn in (aline, eric, watcher):
            conn.close()
