"""What a record's window and its dialogs say beside the record's values, read in the
statement that reads the row: an item's open orders still awaiting it (eye30r: "below its
minimum" said "time to order more" with 5 on the way). Each fact reads only for a role
that reads every column it reads, the same gate wherever it is read (the record window,
``services.records``; Move stock…, ``services.stock``). No Qt here.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, FromClause

from dicel_desktop.domain.case_flow_model import Stamp
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.entry_rules import CLOSES_AHEAD, RECEIVED_BY_TODAY, REPORTED_BY_NOW
from dicel_desktop.domain.permissions import readable_columns
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.invoice_balance import BALANCE_READS, amount_paid, balance_due
from dicel_desktop.services.order_awaited import ON_ORDER_READS, on_order

__all__ = [
    "COMPANY_CLOCK_SQL",
    "COMPANY_DAY",
    "DAY_COUNTED",
    "FACTS",
    "MOMENT_COUNTED",
    "SERVER_NOW",
    "CompanyClock",
    "Fact",
    "clock_reading",
    "company_clock",
    "company_day_now",
    "company_day_source",
    "readable_facts",
    "server_moment_now",
]

#: The fact that is the company's clock (its wall clock now, in the zone
#: ``dicel_company_day()`` counts days in, migration 0069), read with the record: a rule
#: counted from today is asked before saving on the day the database will count
#: (``form_rules.validate``'s ``today``, :func:`company_day_now`), not the desktop's,
#: which a clock or a time zone moves (a posting's closing day, DW502).
COMPANY_DAY = "company_day"

#: The company's wall clock now: the server's moment in the zone the day function is
#: pinned to (``company_time.pin_company_time_zone``; the session's zone if it is not).
#: Read rather than the day alone so a window open for hours turns its day at the
#: company's midnight, wherever the desktop is (review36b F1).
COMPANY_CLOCK_SQL = """now() AT TIME ZONE coalesce(
    (SELECT substr(c, 10) FROM pg_catalog.pg_proc AS p, unnest(p.proconfig) AS c
      WHERE p.oid = 'public.dicel_company_day(timestamptz)'::pg_catalog.regprocedure
        AND starts_with(lower(c), 'timezone=')),
    current_setting('TimeZone'))"""


def _company_clock() -> sa.ColumnElement[dt.datetime]:
    return sa.literal_column(COMPANY_CLOCK_SQL, type_=sa.DateTime)


#: The fact that is the server's now (``now()``: an absolute instant, timestamptz), read
#: with a record whose report's moment the database asks against it (DW425, migration
#: 0100, ``entry_rules.REPORTED_BY_NOW``): ``form_rules.validate``'s ``now``
#: (:func:`server_moment_now`), not the desktop's clock, which may be minutes off.
SERVER_NOW = "server_now"


def _server_now() -> sa.ColumnElement[dt.datetime]:
    return sa.func.now(type_=sa.DateTime(timezone=True))


#: (table, column) whose day the database asks against the company's today: a posting's
#: closing date (DW502), a day feedback was received or a person enrolled (DW426).
_DAY_READS: tuple[tuple[str, str], ...] = (
    *((table, column) for table, column, _states in CLOSES_AHEAD),
    *RECEIVED_BY_TODAY,
)

#: (table, column) of a day a workflow step asks against the company's today: a case
#: settled today at the latest (DW430), a policy's next review after today (DW409). Read
#: with the record (a step is taken on a saved one), so the step's dialog proposes, and
#: says as stamped (a write-off's completion date), the company's day
#: (``RecordWindow.company_today``), not the desktop's.
_STEP_DAY_READS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        {
            (flow.table, date.column)
            for flow in FLOWS.values()
            for step in flow.steps
            for date in step.dates
            if date.how in (Stamp.ASKED, Stamp.SETTLED)
        }
    )
)

#: (table, column) of a day a step's dialog proposes from the company's today: End
#: early… proposes today as a leave's new last day (``dicel_end_leave_early``'s "today
#: at the earliest", migration 0150), read with the request (gui40fix: the desktop's
#: date, a day off, proposed a day refused, or one too late).
_PROPOSED_DAY_READS: tuple[tuple[str, str], ...] = (("leave_requests", "end_date"),)

#: Tables whose form asks a day against the company's today (``form_rules.validate``'s
#: ``today``): a saved record reads it as its fact, a new record's window reads it as
#: it opens (:func:`company_day`); a new deal's close date (DW347) has no fact, since a
#: saved deal's is not asked.
DAY_COUNTED: frozenset[str] = frozenset(
    {table for table, _column in _DAY_READS} | {"opportunities"}
)

#: Tables whose form asks a report's moment against the server's now
#: (``form_rules.validate``'s ``now``): a saved record reads it as its fact
#: (:data:`SERVER_NOW`), a new record's window reads it as it opens (:func:`company_clock`).
MOMENT_COUNTED: frozenset[str] = frozenset(table for table, _column in REPORTED_BY_NOW)


def _today_defaulted() -> frozenset[str]:
    """Tables a field of which opens at "today" on a new record (a server default of
    ``CURRENT_DATE``, or ``forms.NEW_RECORD_DEFAULTS``: an order's day, a review's)."""
    # Here, not at the top: the forms' specs cost their first reader a second, which a
    # service that only reads the company's clock (``COMPANY_CLOCK_SQL``) need not pay.
    from dicel_desktop.db.models import Base
    from dicel_desktop.services.forms import table_fields

    return frozenset(
        table
        for table in Base.metadata.tables
        if any(field.default == "today" for field in table_fields(table).values())
    )


@functools.cache
def _clock_read() -> frozenset[str]:
    return DAY_COUNTED | MOMENT_COUNTED | _today_defaulted()


def __getattr__(name: str) -> Any:
    #: CLOCK_READ: tables whose new record's window reads the server's clocks as it
    #: opens: those whose form asks a rule on them, and every one with a field that opens
    #: at "today", which then opens at the company's day (or the server's now), not the
    #: desktop's date (``RecordWindow._follow_the_clocks``): one read as the form opens,
    #: wherever "today" is a default, ruled or not (date38: a new order, review, risk
    #: assessment or recovery case opened on the desktop's date). Made on first use.
    if name == "CLOCK_READ":
        return _clock_read()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class CompanyClock:
    """The server's clocks, read in one statement: ``wall``, the company's wall clock
    (naive: its day is ``dicel_company_day()``'s, :data:`COMPANY_DAY`); ``now``, the
    server's ``now()`` (aware: the moment DW425 asks a report against, :data:`SERVER_NOW`)."""

    wall: dt.datetime
    now: dt.datetime


def company_clock(session: Session) -> CompanyClock:
    """The server's clocks now, which every login may read: a new record's window asks
    its "not after today" and "not before today" rules on the company's day
    (:func:`company_day_now`) and a report's moment against the server's now
    (:func:`server_moment_now`), as the database will."""
    wall, now = session.execute(sa.select(_company_clock(), _server_now())).one()
    return CompanyClock(wall, now)


def clock_reading() -> float:
    """Seconds on this desktop's steady clock (one place, so a test can move time on):
    what has passed since a read, whatever its clock's date or zone says."""
    return time.monotonic()


def company_day_now(clock: dt.datetime, read_at: float) -> dt.date:
    """The company's day now, from its wall clock ``clock`` read at ``read_at``
    (:func:`clock_reading`): the clock moved on by the time passed since. A window left
    open past the company's midnight asks the new day (review36 F3), at the company's
    midnight, not the desktop's (review36b F1); a desktop whose date or zone is off
    still asks the company's."""
    return (clock + dt.timedelta(seconds=clock_reading() - read_at)).date()


def company_day_source(clock: dt.datetime | None) -> Callable[[], dt.date | None]:
    """Today as a dialog counts it from the company's wall clock ``clock``, read just now
    (with what it shows): :func:`company_day_now` from this moment on, so a dialog left
    open past the company's midnight offers the new day; None (the desktop's day) where
    none was read."""
    if clock is None:
        return lambda: None
    read_at = clock_reading()
    return lambda: company_day_now(clock, read_at)


def server_moment_now(now: dt.datetime, read_at: float) -> dt.datetime:
    """The server's now at this moment, from its ``now()`` read at ``read_at``
    (:func:`clock_reading`): moved on by the time passed since, so a window left open
    asks a report's moment against the server's clock as it is when saving, whatever the
    desktop's own clock says (a PC ten minutes slow refused the true moment)."""
    return now + dt.timedelta(seconds=clock_reading() - read_at)


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
    # or enrolled may not be after (DW426), a day a step asks (DW409, DW430).
    **{
        table: (
            Fact(
                COMPANY_DAY,
                ((table, column),),
                lambda _source: _company_clock(),
            ),
        )
        for table, column in (*_DAY_READS, *_STEP_DAY_READS, *_PROPOSED_DAY_READS)
    },
    # The moment a report may not be after (DW425).
    **{
        table: (Fact(SERVER_NOW, ((table, column),), lambda _source: _server_now()),)
        for table, column in REPORTED_BY_NOW
    },
}


def readable_facts(table: str, role: Role) -> tuple[Fact, ...]:
    """The facts of ``table`` whose every column ``role`` reads."""
    return tuple(fact for fact in FACTS.get(table, ()) if fact.readable_by(role))
