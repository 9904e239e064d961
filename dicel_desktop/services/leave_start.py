"""When a pending leave starts, counted from the company's day in working days (holidays
left out, as ``dicel_working_days`` counts them): a request starting within
:data:`URGENT_WORKING_DAYS` waits for a decision that is due now (eye30s, 8). No Qt here.

The count is made in the same statement that reads the request (the inbox's list, the
decision dialog's facts), with the company's day read once per statement, so marking
the urgent rows costs no query per row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = [
    "URGENT_HORIZON_DAYS",
    "URGENT_WORKING_DAYS",
    "LeaveStart",
    "company_day_sql",
    "working_days_ahead_sql",
]

#: A pending request starting within this many working days is urgent: one day to
#: decide and one for the employee to hear of it.
URGENT_WORKING_DAYS = 2


def company_day_sql() -> str:
    """SQL: the company's day, a scalar subquery PostgreSQL evaluates once per statement
    (an InitPlan), not once per row."""
    return "(SELECT public.dicel_company_day())"


#: Calendar days within which :data:`URGENT_WORKING_DAYS` working days always fall (two
#: weekends and the longest run of holidays between included): a leave starting later is
#: not counted where only its urgency is asked (the inbox's list).
URGENT_HORIZON_DAYS = 10


def working_days_ahead_sql(start: str, today: str | None = None, *, only_near: bool = False) -> str:
    """SQL: the working days after the company's day up to and including ``start`` (1:
    it starts on the next working day); 0 when it starts today or started. ``only_near``:
    NULL for a start beyond :data:`URGENT_HORIZON_DAYS` (not urgent, and not counted: the
    inbox lists every pending request, and counting a start months ahead day by day
    doubled the one-record read a notification makes)."""
    today = today or company_day_sql()
    far = f" WHEN {start} > {today} + {URGENT_HORIZON_DAYS} THEN NULL" if only_near else ""
    return (
        f"CASE WHEN {start} <= {today} THEN 0{far}"
        f" ELSE public.dicel_working_days({today} + 1, {start}) END"
    )


@dataclass(frozen=True)
class LeaveStart:
    """When a leave starts, seen from the company's day."""

    day: dt.date
    today: dt.date
    #: Working days after ``today`` up to and including ``day`` (0: today or before).
    working_days_ahead: int

    @property
    def urgent(self) -> bool:
        """Started, starting today, or within :data:`URGENT_WORKING_DAYS` working days."""
        return self.working_days_ahead <= URGENT_WORKING_DAYS
