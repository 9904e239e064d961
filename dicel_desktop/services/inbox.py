"""The approvals inbox: what waits for the caller's decision, and deciding several items
at once. No Qt here.

``dicel_waiting_for_me()`` (migration 0015) unites what the leave, purchase-order,
expense and payroll workflows list for the caller (pay periods since migration 0051);
each item is decided through its own workflow function, one item per transaction, so
one refusal (decided meanwhile by someone else, not the caller's to decide) leaves the
others decided. The listener
(``services/work_listener.py``) reads the same list on a connection of its own with
:func:`read_waiting`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services.leave_start import (
    URGENT_WORKING_DAYS,
    LeaveStart,
    company_day_sql,
    working_days_ahead_sql,
)
from dicel_desktop.services.units import call_function

__all__ = [
    "DECIDED_TABLES",
    "KINDS",
    "WAITING_SQL",
    "Decision",
    "Kind",
    "WaitingItem",
    "company_day",
    "decide",
    "decide_all",
    "read_changed",
    "read_waiting",
    "shown_version_sql",
    "waiting_for_me",
]

log = logging.getLogger(__name__)


def shown_version_sql(table: str, alias: str) -> str:
    """SQL: the version a decision on the record ``alias`` (of ``table``) is compared with,
    as the inbox lists it: the later of the record's and its files' last change (migration
    0064). A record waiting for nobody the caller is gives its own ``updated_at`` (a
    decision would be refused anyway). A dialog opened from the record window passes it,
    or a file changed since the record was saved would refuse each decision (DW007)."""
    return (
        f"coalesce((SELECT w.version FROM public.dicel_waiting_for_me('{table}', {alias}.id) w),"
        f" {alias}.updated_at)"
    )


@dataclass(frozen=True)
class Kind:
    """A kind of item the inbox lists: its table and its decision."""

    key: str
    table: str
    #: The workflow function deciding it: ``(id uuid, approve boolean, note text)``, and
    #: its overload with the version shown, ``shown timestamptz`` (migration 0032).
    decide_function: str

    @property
    def decide_statement(self) -> str:
        return f"SELECT public.{self.decide_function}(:id, :approve, :note)"

    @property
    def decide_shown_statement(self) -> str:
        return f"SELECT public.{self.decide_function}(:id, :approve, :note, :shown)"


#: The kinds ``dicel_waiting_for_me()`` returns, by its ``kind`` column.
KINDS: dict[str, Kind] = {
    kind.key: kind
    for kind in (
        Kind("leave", "leave_requests", "dicel_decide_leave"),
        Kind("purchase_order", "purchase_orders", "dicel_decide_purchase_order"),
        Kind("expense", "expenses", "dicel_decide_expense"),
        # Approved through dicel_approve_payroll; "rejected", the run is cancelled
        # (dicel_cancel_payroll): the month may run again (migration 0051).
        Kind("payroll", "payroll_periods", "dicel_decide_payroll"),
    )
}

_COLUMNS = "kind, id, title, detail, amount, currency, submitted_at, submitted_by, version"
_URGENT = f"w.starts_on IS NOT NULL AND w.working_days_ahead <= {URGENT_WORKING_DAYS}"


def _listed(call: str) -> str:
    """The listing ``call`` with, for a leave request, when it starts (eye30s, 8): read in
    the same statement, the company's day once, the request under the caller's row
    security (each listed request is the caller's report's, or HR's or an
    administrator's, all of whom read it); and, where it waits for the caller because
    its employee's supervisor is away, who and until when (migration 0150)."""
    return (
        f"SELECT {', '.join('w.' + c for c in _COLUMNS.split(', '))},"
        " w.starts_on, w.today, w.working_days_ahead, w.away_supervisor, w.away_until FROM ("
        f"SELECT l.*, r.start_date AS starts_on, t.today,"
        f" {working_days_ahead_sql('r.start_date', 't.today', only_near=True)}"
        " AS working_days_ahead, a.supervisor AS away_supervisor, a.until AS away_until"
        f" FROM {call} AS l"
        f" CROSS JOIN (SELECT {company_day_sql()} AS today) AS t"
        # By its key, row by row (a hash join read the whole table under row security:
        # the one-record read a notification makes took 40% longer).
        " LEFT JOIN LATERAL (SELECT q.start_date FROM public.leave_requests AS q"
        "  WHERE l.kind = 'leave' AND q.id = l.id) AS r ON true"
        " LEFT JOIN LATERAL (SELECT s.supervisor, s.until"
        "  FROM public.dicel_leave_supervisor_away(l.id) AS s"
        "  WHERE l.kind = 'leave') AS a ON true) AS w"
    )


#: Leave starting within two working days first (eye30s, 8), then what has waited
#: longest (:func:`_order` sorts the same way).
WAITING_SQL = (
    _listed("public.dicel_waiting_for_me()")
    + f" ORDER BY ({_URGENT}) IS TRUE DESC, w.submitted_at NULLS LAST, w.kind, w.id"
)
#: One record, if it waits for the caller (a notification named it).
CHANGED_SQL = _listed("public.dicel_waiting_for_me(%s, %s)")
#: More changes at once than this are read as a whole list again.
MOST_CHANGES_READ_ONE_BY_ONE = 20
#: The tables whose records someone decides: their forms carry ``Record.shown``.
DECIDED_TABLES = frozenset(kind.table for kind in KINDS.values())


@dataclass(frozen=True)
class WaitingItem:
    """One thing waiting for the caller's decision, as the database described it."""

    kind: str
    id: uuid.UUID
    title: str
    detail: str | None
    #: What it costs, in ``currency`` (None for leave; a pay period's total net).
    amount: Decimal | None
    currency: str | None
    submitted_at: dt.datetime | None
    #: Who submitted it (a person's name).
    submitted_by: str | None
    #: The record's ``updated_at`` when listed: a decision from the list passes it, so
    #: a record changed since it was shown is not decided (migration 0032).
    version: dt.datetime | None = None
    #: A leave request's first day, the company's day it was listed on and the working
    #: days between (None for other kinds): see :attr:`start`.
    starts_on: dt.date | None = None
    today: dt.date | None = None
    working_days_ahead: int | None = None
    #: A leave request waiting for the caller because its employee's supervisor is away
    #: (migration 0150): the supervisor's name, and the last day of their leave (None
    #: when they are only marked on leave); None otherwise.
    away_supervisor: str | None = None
    away_until: dt.date | None = None

    @property
    def table(self) -> str:
        return KINDS[self.kind].table

    @property
    def start(self) -> LeaveStart | None:
        """When a leave request starts, seen from the day it was listed."""
        if self.starts_on is None or self.today is None or self.working_days_ahead is None:
            return None
        return LeaveStart(self.starts_on, self.today, self.working_days_ahead)

    @property
    def urgent(self) -> bool:
        """A leave request starting within two working days (or started)."""
        start = self.start
        return start is not None and start.urgent


@dataclass(frozen=True)
class Decision:
    """What became of one item of a bulk decision."""

    item: WaitingItem
    approve: bool
    #: Why it was not decided (worded by services.db_errors); None when it was.
    refusal: DicelError | None = None

    @property
    def decided(self) -> bool:
        return self.refusal is None

    @property
    def uncertain(self) -> bool:
        """Lost while being committed: it may have been decided (reload to see)."""
        return self.refusal is not None and self.refusal.code == MAY_BE_DECIDED


def _items(rows: Iterable[Sequence[Any]]) -> list[WaitingItem]:
    items = []
    for row in rows:
        if row[0] not in KINDS:
            # A newer database may list kinds this client cannot open or decide.
            log.debug("Inbox item of unknown kind %r left out", row[0])
            continue
        items.append(WaitingItem(*row))
    return items


def waiting_for_me(session: Session) -> list[WaitingItem]:
    """What waits for the session user's decision, what has waited longest first."""
    return _items(session.execute(sa.text(WAITING_SQL)).all())


def read_waiting(connection: Any) -> list[WaitingItem]:
    """:func:`waiting_for_me` on a plain psycopg connection (the listener's own)."""
    return _items(connection.execute(WAITING_SQL).fetchall())


def company_day(connection: Any) -> dt.date:
    """The company's day (``dicel_company_day``, migration 0069) on the listener's
    connection: when it turns, what waits is read again (a supervisor whose approved
    leave begins that morning is away, migration 0150)."""
    return connection.execute("SELECT public.dicel_company_day()").fetchone()[0]


def read_changed(
    connection: Any, previous: list[WaitingItem] | None, payloads: Sequence[str]
) -> list[WaitingItem] | None:
    """``previous`` with the records the notifications name read again (each comes back,
    changed, or goes: decided, withdrawn, no longer the caller's); None when the whole
    list had better be read again (no list yet, a payload it cannot read, many changes)."""
    if previous is None or len(payloads) > MOST_CHANGES_READ_ONE_BY_ONE:
        return None
    changed: set[tuple[str, uuid.UUID]] = set()
    for payload in payloads:
        try:
            notice = json.loads(payload)
            key = (notice["table"], uuid.UUID(notice["id"]))
        except (ValueError, KeyError, TypeError):
            return None
        if key[0] not in DECIDED_TABLES:
            return None
        changed.add(key)
    items = [item for item in previous if (item.table, item.id) not in changed]
    for table, record_id in sorted(changed, key=str):
        items.extend(_items(connection.execute(CHANGED_SQL, (table, record_id)).fetchall()))
    return sorted(items, key=_order)


def _order(item: WaitingItem) -> tuple:
    """WAITING_SQL's order: urgent leave first, then what has waited longest, undated
    last, then kind, id."""
    waited = item.submitted_at
    return (
        not item.urgent,
        waited is None,
        waited or dt.datetime.min.replace(tzinfo=dt.UTC),
        item.kind,
        item.id,
    )


def decide(session: Session, item: WaitingItem, approve: bool, note: str | None = None) -> None:
    """Approve or reject one item through its workflow function, in a transaction of its
    own, on the record as the list showed it (``item.version``: changed since by someone
    else, it is not decided); raises the refusal as a DicelError (worded from the
    function's SQLSTATE)."""
    kind = KINDS[item.kind]
    statement = kind.decide_statement if item.version is None else kind.decide_shown_statement
    call_function(
        session,
        statement,
        {"id": item.id, "approve": approve, "note": note or None, "shown": item.version},
        table=kind.table,
        lost_at_commit=MAY_BE_DECIDED,
    )


def decide_all(
    session: Session, items: Sequence[WaitingItem], approve: bool, note: str | None = None
) -> list[Decision]:
    """Decide ``items`` one after another, each through its own function and transaction;
    what became of each, in order. A refusal does not stop the others. A connection lost
    (or not to be had) on the way does: the items decided before it stay decided, and it
    and every later one are reported not decided with its sentence, never raised (the
    person must learn which were); lost while its decision was committing, that item may
    have been decided on the server (``MAY_BE_DECIDED``: reload to see), the later ones
    were not."""
    decisions: list[Decision] = []
    for index, item in enumerate(items):
        try:
            decide(session, item, approve, note)
        except DicelError as refusal:
            decisions.append(Decision(item, approve, refusal))
            if refusal.code in CONNECTION_GONE or refusal.code == MAY_BE_DECIDED:
                # Each later item would wait out a connection of its own in vain.
                gone = refusal
                if refusal.code == MAY_BE_DECIDED:
                    gone = DicelError("connection_lost")
                decisions.extend(Decision(later, approve, gone) for later in items[index + 1 :])
                _forget_connection(session)
                break
            session.rollback()
        else:
            decisions.append(Decision(item, approve))
    return decisions


#: Refusals after which no later item of a bulk decision can be decided either.
CONNECTION_GONE = frozenset({"connection_lost", "database_unreachable"})
#: The connection lost while a decision was committing: the server may have committed it
#: (the answer never came), so it is neither decided nor not (reload to see). The later
#: items were not decided (connection_lost).
MAY_BE_DECIDED = "decision_may_be_decided"


def _forget_connection(session: Session) -> None:
    """End the session's transaction on a connection that is gone: rolling it back
    raises (psycopg: "the connection is lost"); the pool then drops the connection."""
    try:
        session.rollback()
    except sa.exc.DBAPIError:
        log.debug("Rolling back on a lost connection failed", exc_info=True)
        session.close()
