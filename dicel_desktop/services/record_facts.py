"""What a record's window and its dialogs say beside the record's values, read in the
statement that reads the row: an item's open orders still awaiting it (eye30r: "below its
minimum" said "time to order more" with 5 on the way). Each fact reads only for a role
that reads every column it reads, the same gate wherever it is read (the record window,
``services.records``; Move stock…, ``services.stock``). No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, FromClause

from dicel_desktop.domain.entry_rules import CLOSES_AHEAD, RECEIVED_BY_TODAY
from dicel_desktop.domain.permissions import readable_columns
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.invoice_balance import BALANCE_READS, amount_paid, balance_due
from dicel_desktop.services.order_awaited import ON_ORDER_READS, on_order

__all__ = [
    "COMPANY_DAY",
    "DAY_COUNTED",
    "FACTS",
    "Fact",
    "company_day",
    "company_day_now",
    "desktop_day",
    "readable_facts",
]

#: The fact that is the company's day (``dicel_company_day()``, migration 0069), read
#: with the record: a rule counted from today is asked before saving on the day the
#: database will count (``form_rules.validate``'s ``today``), not the desktop's, which a
#: clock or a time zone moves (a posting's closing day, DW502).
COMPANY_DAY = "company_day"

#: (table, column) whose day the database asks against the company's today: a posting's
#: closing date (DW502), a day feedback was received or a person enrolled (DW426).
_DAY_READS: tuple[tuple[str, str], ...] = (
    *((table, column) for table, column, _states in CLOSES_AHEAD),
    *RECEIVED_BY_TODAY,
)

#: Tables whose form asks a day against the company's today (``form_rules.validate``'s
#: ``today``): a saved record reads it as its fact, a new record's window reads it as
#: it opens (:func:`company_day`); a new deal's close date (DW347) has no fact, since a
#: saved deal's is not asked.
DAY_COUNTED: frozenset[str] = frozenset(
    {table for table, _column in _DAY_READS} | {"opportunities"}
)


def company_day(session: Session) -> dt.date:
    """The company's day (``dicel_company_day()``, migration 0069: the server's date in
    the company's time zone), which every login may read: a new record's window asks
    its "not after today" and "not before today" rules on it, as the database will."""
    return session.execute(sa.select(sa.func.public.dicel_company_day(type_=sa.Date))).scalar_one()


def desktop_day() -> dt.date:
    """This desktop's date now (one place, so a test can move the desktop's clock)."""
    return dt.date.today()


def company_day_now(read: dt.date, seen_on: dt.date) -> dt.date:
    """The company's day now, from the day read from the database on the desktop's date
    ``seen_on``: both move at midnight, so the gap read stays. A window left open past the
    company's midnight asks the new day, as its own clock did before the company's day
    was read (review36 F3), and a desktop whose clock or zone is off still asks the
    company's."""
    return read + (desktop_day() - seen_on)


@dataclass(frozen=True)
class Fact:
    """One thing said beside a record's values, by ``name``
    (``Record.facts[name]``)."""

    name: str
    #: Every (table, column) its SQL reads: a role that reads them all is told it.
    reads: tuple[tuple[str, str], ...]
    #: Its SQL over the record's row.
    sql: Callable[[FromClause], ColumnElement[Any]]

    def readable_by(self, role: Role) -> bool:
        return all(readable_columns(role, table, [column]) for table, column in self.reads)


#: Table -> its facts. An item's open orders still awaiting it, as JSON
#: (``services.order_awaited.on_order``).
FACTS: dict[str, tuple[Fact, ...]] = {
    "inventory_items": (Fact("on_order", ON_ORDER_READS, on_order),),
    # What was received and what is still owed, as the invoices list works them out
    # (eye30s, 6); the form's Amounts section says them (form_layouts.SECTION_FACTS).
    "invoices": (
        Fact("amount_paid", BALANCE_READS, amount_paid),
        Fact("balance_due", BALANCE_READS, balance_due),
    ),
    # The day an open posting's closing date may not be before (DW502), a day received
    # or enrolled may not be after (DW426).
    **{
        table: (
            Fact(
                COMPANY_DAY,
                ((table, column),),
                lambda _source: sa.func.public.dicel_company_day(type_=sa.Date),
            ),
        )
        for table, column in _DAY_READS
    },
}


def readable_facts(table: str, role: Role) -> tuple[Fact, ...]:
    """The facts of ``table`` whose every column ``role`` reads."""
    return tuple(fact for fact in FACTS.get(table, ()) if fact.readable_by(role))
