"""When someone's pay stops, and what a payslip then pays: one rule (no SQL, no Qt).

Terminate… and Suspend… stop a person's pay; Reinstate… starts it again. A pending
payslip paying past the day pay stops holds the step (DW492, migration 0116); an
approved, unpaid one is cut to the days paid, and given back from the day of a
reinstatement (migration 0120). Both triggers, and the window that says it before the
click (``services.leaving``), ask the database's copies of these functions
(``dicel_pay_stops``, ``dicel_payslip_days``, ``dicel_payslip_basic``, frozen in 0120);
``tests/db/test_pay_stops_one_rule.py`` holds them equal to these.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["ACTIONS", "pay_stops", "payslip_basic", "payslip_days"]

#: The steps that stop pay (a reinstatement starts it again from its day).
ACTIONS = ("terminate", "suspend")


def pay_stops(
    action: str, today: dt.date, hire_date: dt.date | None, termination_date: dt.date | None
) -> dt.date:
    """The last day ``action`` pays: a termination up to its date (today, or an earlier
    day written; never before the hire date: the step's stamp), a suspension up to the
    day before (nothing from the day someone is suspended)."""
    if action == "terminate":
        ended = min(termination_date or today, today)
        return max(ended, hire_date) if hire_date is not None else ended
    if action == "suspend":
        return today - dt.timedelta(days=1)
    raise ValueError(action)


def payslip_days(
    start: dt.date, end: dt.date, hire_date: dt.date | None, first: dt.date, last: dt.date
) -> int:
    """The days of a pay month from ``start`` to ``end`` the person was employed, from
    ``first`` to ``last`` (none before their hire date)."""
    since = max(start, first, hire_date) if hire_date is not None else max(start, first)
    return max((min(last, end) - since).days + 1, 0)


def payslip_basic(salary: Decimal | None, paid: int, days: int, most: Decimal) -> Decimal:
    """The basic of ``paid`` of the month's ``days`` days, as the run computes it (the
    salary times the days, over the days in the month, to the franc, halves up), never
    above ``most`` (what was approved: a raise since is the next month's)."""
    basic = ((salary or Decimal(0)) * paid / days).quantize(Decimal(1), ROUND_HALF_UP)
    return min(most, basic)
