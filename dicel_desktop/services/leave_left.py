"""What a leave request's employee has left of its type in the year it starts in, as SQL
over its row, for HR's list of leave requests (daysleft41). No Qt here.

The database's ``dicel_leave_days_left`` (migration 0154) says it as
``dicel_leave_balance`` says ``remaining`` (what the decision dialog's balance line
says): the year's allowance as the caller may know it, less what is approved and what
waits for a decision, this request included while it is pending or approved. NULL, an
empty cell, where the caller may not see that balance (the function's rule, not the
list's: a clerk with psql gets no more) or the type has no yearly allowance.

A leave across the year end (migration 0156: each working day counts in its own year)
says its start year's: one figure a row, one call of the function; reading the next year
too would double the calls for every row to serve the few that cross it, and the
decision dialog and Request leave say each year's balance.

Worked out per row, by a function of the server: for the rows of a page only (the
server evaluates it after the sort and the limit), never for the whole table; so the
list is neither sorted nor filtered by it (``Computed.sortable``).
"""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement, FromClause

#: The request's columns the function is given; whoever reads them may list the column.
DAYS_LEFT_READS: tuple[tuple[str, str], ...] = (
    ("leave_requests", "employee_id"),
    ("leave_requests", "leave_type"),
    ("leave_requests", "start_date"),
)


def days_left(request: FromClause) -> ColumnElement[Decimal]:
    """Working days its employee has left of its type in the year of its first day (as
    the caller may see them; NULL where they may not, or the type has no allowance)."""
    year = sa.cast(sa.extract("year", request.c.start_date), sa.Integer)
    return sa.func.public.dicel_leave_days_left(
        request.c.employee_id, request.c.leave_type, year, type_=sa.Numeric
    )
