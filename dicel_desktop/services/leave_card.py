"""A person's leave card: each type's balance (allowance, taken, waiting, left) for the
company's year, and for the next once its December has come or leave has been asked for
in it (balance40, people40 finding 6). What My work > My leave and an employee record's
Leave tab show above the requests. No Qt.

One read, as the person reading: ``dicel_leave_balance`` decides whose balance they may
read (their own, a report's, anyone's for HR and admin), so its figures are the ones
the request and decision dialogs say, and the database's rules count.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import NotAllowed
from dicel_desktop.domain.states import LeaveType
from dicel_desktop.services.leave import Balance
from dicel_desktop.services.units import run_unit

__all__ = ["LeaveCard", "leave_card"]

#: The month from which next year's balance is shown whatever was asked in it: requests
#: for January are made in December.
NEXT_YEAR_FROM_MONTH = 12

_YEARS = sa.text(
    """
    SELECT e.id AS employee, d.today,
           EXISTS (SELECT 1 FROM public.leave_requests r
                    WHERE r.employee_id = e.id
                      AND r.status IN ('pending', 'approved')
                      AND r.start_date >= make_date(extract(year FROM d.today)::int + 1, 1, 1))
               AS asked_next
      FROM (SELECT public.dicel_company_day() AS today) AS d
      LEFT JOIN public.employees e
        ON e.id = coalesce(CAST(:employee AS uuid), public.dicel_current_employee_id())
    """
)

_BALANCES = sa.text(
    """
    SELECT t.leave_type, y.year, b.allowance, b.taken, b.pending, b.remaining, b.months
      FROM unnest(CAST(:types AS text[])) WITH ORDINALITY AS t(leave_type, ord)
     CROSS JOIN unnest(CAST(:years AS int[])) AS y(year)
     CROSS JOIN LATERAL public.dicel_leave_balance(:employee, t.leave_type, y.year) AS b
     ORDER BY y.year, t.ord
    """
)


@dataclass(frozen=True)
class LeaveCard:
    """One person's balances, by year then by leave type (the types' order)."""

    employee_id: uuid.UUID
    #: The company's day the card was read on.
    today: dt.date
    #: The years shown, this one first.
    years: tuple[int, ...]
    #: Each type with an allowance, or with days taken or waiting in that year (a type
    #: without one and unused says nothing worth a line).
    balances: tuple[Balance, ...]

    def of_year(self, year: int) -> tuple[Balance, ...]:
        return tuple(b for b in self.balances if b.year == year)


def _worth_a_line(balance: Balance) -> bool:
    return balance.limited or balance.taken > 0 or balance.pending > 0


def leave_card(session: Session, employee_id: uuid.UUID | None = None) -> LeaveCard:
    """The caller's leave card, or ``employee_id``'s (HR, the supervisor: refused as
    ``leave.balance`` refuses a balance the caller may not read). A caller with no
    employee record: ``NotAllowed("leave_no_employee_record")``."""

    def work() -> LeaveCard:
        found = session.execute(_YEARS, {"employee": employee_id}).one()
        if found.employee is None:
            raise NotAllowed("leave_no_employee_record")
        this_year = found.today.year
        years = [this_year]
        if found.today.month >= NEXT_YEAR_FROM_MONTH or found.asked_next:
            years.append(this_year + 1)
        rows = session.execute(
            _BALANCES,
            {
                "employee": found.employee,
                "types": [t.value for t in LeaveType],
                "years": years,
            },
        ).all()
        balances = tuple(
            b
            for b in (
                Balance(
                    r.leave_type, r.year, r.allowance, r.taken, r.pending, r.remaining, r.months
                )
                for r in rows
            )
            if _worth_a_line(b)
        )
        return LeaveCard(found.employee, found.today, tuple(years), balances)

    def unit() -> LeaveCard:
        try:
            return work()
        finally:
            session.rollback()  # a read leaves no transaction open behind it

    return run_unit(session, "leave_requests", {"employee": employee_id}, "read", unit)
