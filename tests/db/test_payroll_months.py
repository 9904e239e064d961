"""Run payroll… offers the months not run yet: the periods that exist, as HR reads them
(one statement), the last one run and the next one due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dicel_desktop.services import payroll


def _month_before(first: dt.date) -> tuple[dt.date, dt.date]:
    """The month before the one beginning on ``first``: its first and last days."""
    last = first - dt.timedelta(days=1)
    return last.replace(day=1), last


def test_the_months_run_the_last_one_and_the_next_one_due(logins):
    officer = logins.person("hr", salary=Decimal("800000"))
    with officer.session() as session:
        nothing = payroll.payroll_months(session)
    assert nothing.run == frozenset() and nothing.last_start is None
    this_month = nothing.today.replace(day=1)
    assert nothing.next_due == this_month
    # The two months before the company's, run in order: fixed months (February and March
    # 2026) fell out of the twelve payroll may run for, back from the next one due, in
    # March 2027.
    last_month = _month_before(this_month)
    month_before = _month_before(last_month[0])
    with officer.session() as session:
        first = payroll.run_payroll(session, *month_before)
        payroll.run_payroll(session, *last_month)
    with officer.session() as session:
        payroll.cancel_payroll(session, first, "wrong month")
    with officer.session() as session:
        months = payroll.payroll_months(session)
    # The first was cancelled: it may run again; the second may not.
    assert months.run == frozenset({last_month[0]})
    assert (months.last_start, months.last_status) == (last_month[0], "pending")
    assert months.next_due == this_month
    assert months.may_run(month_before[0]) and not months.may_run(last_month[0])
