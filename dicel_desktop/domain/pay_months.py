"""Which months a payroll may run for (migration 0096, psql29 F4). No Qt, no database.

Run payroll… offers the months around the next one due: the month after the latest
period not cancelled, or this month when none has run. ``dicel_run_payroll`` refuses a
month that has not begun (DW337, migration 0063) and, since migration 0096, one before
the ``MONTHS_BEFORE`` months before the next one due (DW349): a month from before the
company's records would be paid at today's salaries. The migration freezes the number;
tests/security/test_assets_pay_months_and_attendance.py holds it to this one.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["MONTHS_AFTER", "MONTHS_BEFORE", "add_months", "earliest_month"]

#: Months offered (and run) before the next one due.
MONTHS_BEFORE = 12
#: Months shown after it (only the next one due of those not begun may run).
MONTHS_AFTER = 2


def add_months(first: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (before, negative) ``first``'s."""
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def earliest_month(next_due: dt.date) -> dt.date:
    """The first day of the earliest month a payroll may run for, ``next_due`` being the
    first day of the next one due."""
    return add_months(next_due, -MONTHS_BEFORE)
