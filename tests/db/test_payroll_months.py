"""Run payroll… offers the months not run yet: the periods that exist, as HR reads them
(one statement), the last one run and the next one due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dicel_desktop.services import payroll

FEBRUARY = (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def test_the_months_run_the_last_one_and_the_next_one_due(logins):
    officer = logins.person("hr", salary=Decimal("800000"))
    with officer.session() as session:
        nothing = payroll.payroll_months(session)
    assert nothing.run == frozenset() and nothing.last_start is None
    assert nothing.next_due == nothing.today.replace(day=1)
    with officer.session() as session:
        february = payroll.run_payroll(session, *FEBRUARY)
        payroll.run_payroll(session, *MARCH)
    with officer.session() as session:
        payroll.cancel_payroll(session, february, "wrong month")
    with officer.session() as session:
        months = payroll.payroll_months(session)
    # February was cancelled: it may run again; March may not.
    assert months.run == frozenset({MARCH[0]})
    assert (months.last_start, months.last_status) == (MARCH[0], "pending")
    assert months.next_due == dt.date(2026, 4, 1)
    assert months.may_run(FEBRUARY[0]) and not months.may_run(MARCH[0])
