"""Rows a list marks for a person's attention. No Qt.

An item below its minimum stock (time to order), a leave request still pending after its
first day (someone is away, or waiting, without a decision), a risk scored in the high or
critical band that is not closed (services.charts.BAND_LIMITS, as the heatmap colours it).
And what is late or about to lapse: a policy in force past its review date, a guard's
licence expired or expiring within 30 days, an active contract ending within 30 days (or
past its end), an open opportunity past its expected close, a job posting open past its
closing date, a recovery case still worked past its target date, an order approved or
ordered and not (all) received past its expected delivery, a guard's shift over and not
closed. And an IT asset in use still held by someone whose login is deactivated
(migration 0120 gives nothing new to such a login and never refuses the deactivation:
the asset is IT's to recover). Every date is the company's day (``dicel_company_day()``,
migration 0069, as the database's rules read it; not ``current_date``, the session's
own), and a shift's end the database's moment, never the desktop's clock.

Each rule is stated here once: the list marks its rows with it, the record window asks it
in the statement that loads the record (``services.records``: ``Record.flagged``), and a
dashboard figure counting the same rows filters by it (``listing.Flagged``).

A flag is one boolean the list's query adds at the end of each row (``ListQuery.flagged``,
``Listing.flag_slot``), so the grid knows which rows to mark without another query and
without a column the person chose to show. It needs the columns it reads to be readable
by the role (the grid asks :func:`row_flag`); the grid decides how a marked row looks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement

from dicel_desktop.domain.states import ASSET_IN_HAND

__all__ = ["ROW_FLAGS", "SOON_DAYS", "RowFlag", "row_flag"]


@dataclass(frozen=True)
class RowFlag:
    #: What the grid knows the flag by (how a marked row looks is the grid's).
    name: str
    #: The columns the condition reads: the role must read them all.
    columns: tuple[str, ...]
    condition: Callable[[sa.Table], ColumnElement[bool]]
    #: For a flag that marks a date both passed and coming (a licence expired, or
    #: expiring within 30 days): of a flagged row, whether the date has passed; for a
    #: risk, whether it is critical rather than high (eye30s, 10). The
    #: record window says which (``Record.lapsed``), the list marks the two apart
    #: (``Listing.lapsed_slot``) and a figure counts one or the other
    #: (``Flagged.lapsed``), from the database's date.
    lapsed: Callable[[sa.Table], ColumnElement[bool]] | None = None


def _today() -> ColumnElement:
    """The company's day (``dicel_company_day()``, migration 0069, as the rules read it):
    not ``current_date``, the session's day, which a login's own time zone moves."""
    return sa.func.public.dicel_company_day(type_=sa.Date)


def _now() -> ColumnElement:
    """The database's moment (the transaction's: one for the whole list)."""
    return sa.func.now(type_=sa.DateTime(timezone=True))


def _within(days: int) -> ColumnElement:
    """The last day of the next ``days`` days, the database's."""
    return _today() + sa.literal(days, sa.Integer)


def _in(column: ColumnElement, *states: str) -> ColumnElement[bool]:
    """``column`` is one of ``states``: plain comparisons, as a statement compiled once
    (``services.compiled``) takes no expanding IN."""
    return sa.or_(*(column == state for state in states))


def _held_by_a_deactivated_login(t: sa.Table) -> ColumnElement[bool]:
    """In use (``states.ASSET_IN_HAND``: not in repair, where the leaver has it no
    longer) and held by a login switched off: every role reads ``users.is_active`` (a
    public column), so the list asks it in its own statement."""
    users = sa.table("users", sa.column("id"), sa.column("is_active"), schema="public")
    held = (
        sa.select(users.c.id)
        .where(users.c.id == t.c.assigned_to, sa.not_(sa.func.coalesce(users.c.is_active, True)))
        .exists()
    )
    in_hand = sa.literal(ASSET_IN_HAND, sa.String)
    return sa.and_(sa.func.coalesce(t.c.status, in_hand) == in_hand, held)


#: How near an end or an expiry is marked: as the security dashboard counts licences.
SOON_DAYS = 30


def _high_risk_floor() -> int:
    """The lowest score of the high band (10): the heatmap's bands, read when a list is
    built (services.charts imports the listing, which imports this module)."""
    from dicel_desktop.services.charts import BAND_LIMITS

    limits = dict(BAND_LIMITS)
    return limits["medium"] + 1


def _critical_floor() -> int:
    """The lowest score of the critical band (17)."""
    from dicel_desktop.services.charts import BAND_LIMITS

    return dict(BAND_LIMITS)["high"] + 1


ROW_FLAGS: dict[str, RowFlag] = {
    # Time to order more: an item still stocked that has fallen below its minimum.
    "inventory_items": RowFlag(
        "low_stock",
        ("current_stock", "minimum_stock", "status"),
        lambda t: sa.and_(
            sa.func.coalesce(t.c.current_stock, 0) < t.c.minimum_stock,
            sa.func.coalesce(t.c.status, "active") == "active",
        ),
    ),
    # Pending past its first day: the decision is late (the database's date, not the
    # desktop's clock).
    "leave_requests": RowFlag(
        "overdue_leave",
        ("status", "start_date"),
        lambda t: sa.and_(t.c.status == "pending", t.c.start_date < _today()),
    ),
    # High or critical, and still a risk.
    "risk_assessments": RowFlag(
        "high_risk",
        ("risk_score", "status"),
        lambda t: sa.and_(
            t.c.risk_score >= _high_risk_floor(),
            sa.func.coalesce(t.c.status, "open") != "closed",
        ),
        # Critical apart from high: the list colours them as the heatmap does.
        lapsed=lambda t: t.c.risk_score >= _critical_floor(),
    ),
    # In force (approved or active) past its review date: the review is late. The
    # compliance dashboard's "Policies overdue for review" counts these rows.
    "compliance_policies": RowFlag(
        "review_overdue",
        ("status", "review_date"),
        lambda t: sa.and_(_in(t.c.status, "approved", "active"), t.c.review_date < _today()),
    ),
    # A guard at work (active or on leave) whose licence has expired or expires within
    # 30 days. Which of the two is told apart (``lapsed``): the list marks an expired
    # licence red and one expiring amber, the security dashboard counts them as two
    # figures (eye26: an expired licence counted as "expiring in 30 days").
    "security_guards": RowFlag(
        "licence_expiring",
        ("status", "license_expiry"),
        lambda t: sa.and_(
            _in(t.c.status, "active", "on_leave"), t.c.license_expiry <= _within(SOON_DAYS)
        ),
        lambda t: t.c.license_expiry < _today(),
    ),
    # Active and ending within 30 days, or already past its end date while still active
    # (to renew, or to mark expired): told apart as the licences are.
    "contracts": RowFlag(
        "contract_ending",
        ("status", "end_date"),
        lambda t: sa.and_(t.c.status == "active", t.c.end_date <= _within(SOON_DAYS)),
        lambda t: t.c.end_date < _today(),
    ),
    # Still pursued (active or on hold) past the day it was expected to close.
    "opportunities": RowFlag(
        "close_overdue",
        ("status", "expected_close_date"),
        lambda t: sa.and_(_in(t.c.status, "active", "on_hold"), t.c.expected_close_date < _today()),
    ),
    # Still worked (open, in progress, on hold) past its target completion date.
    "recovery_cases": RowFlag(
        "recovery_overdue",
        ("status", "target_completion_date"),
        lambda t: sa.and_(
            _in(t.c.status, "open", "in_progress", "on_hold"),
            t.c.target_completion_date < _today(),
        ),
    ),
    # A guard's shift over and still scheduled or in progress: its supervisor has to
    # mark it completed or missed (the step functions wait for its end: migration 0100).
    # Against the database's clock: a shift ends at a moment, not on a day.
    "security_assignments": RowFlag(
        "shift_unclosed",
        ("status", "shift_end"),
        lambda t: sa.and_(_in(t.c.status, "scheduled", "in_progress"), t.c.shift_end < _now()),
    ),
    # Approved or ordered, or partly received, past its expected delivery: the goods are
    # late.
    "purchase_orders": RowFlag(
        "delivery_overdue",
        ("status", "expected_delivery"),
        lambda t: sa.and_(
            _in(t.c.status, "approved", "ordered", "partially_received"),
            t.c.expected_delivery < _today(),
        ),
    ),
    # Still open for applications past its closing date: HR closes it, or moves the
    # date (eye44: a posting read "Open" nine days after it closed, and nothing said so).
    "job_postings": RowFlag(
        "applications_past_close",
        ("status", "closing_date"),
        lambda t: sa.and_(t.c.status == "open", t.c.closing_date < _today()),
    ),
    # Held by someone whose login is deactivated: IT recovers it (migration 0120).
    "it_assets": RowFlag(
        "held_by_deactivated",
        ("assigned_to", "status"),
        _held_by_a_deactivated_login,
    ),
}


def row_flag(table: str, readable: Iterable[str]) -> RowFlag | None:
    """The flag of ``table``'s rows, if the role reads every column it needs."""
    flag = ROW_FLAGS.get(table)
    if flag is None or not set(flag.columns) <= set(readable):
        return None
    return flag
