"""Leave: filing a request, deciding it, cancelling it, and what the dialogs show while
one does (the balance, the working days of the dates, who else of the team is away).
No Qt.

Each step is one call of its database function (migration 0012) in a transaction of
its own (``services.units.call_function``): the database checks who may take it and the
rules of leave, whatever the client; its refusals come back as ``domain.errors``
exceptions worded from their data. Reads run as the person too, so row security decides
what they see.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import NotAllowed, NotFound
from dicel_desktop.services.inbox import shown_version_sql
from dicel_desktop.services.leave_start import (
    LeaveStart,
    company_day_sql,
    working_days_ahead_sql,
)
from dicel_desktop.services.record_facts import COMPANY_CLOCK_SQL
from dicel_desktop.services.units import call_function, run_unit

__all__ = [
    "AfterApproval",
    "Away",
    "Balance",
    "DecisionFacts",
    "InYear",
    "PaidBack",
    "PaidBackLater",
    "RequestPreview",
    "ToDecide",
    "balance",
    "cancel_leave",
    "decide_leave",
    "decision_facts",
    "end_leave_early",
    "may_cancel",
    "may_decide",
    "may_end_early",
    "paid_back_later",
    "preview_request",
    "request_leave",
    "requests_to_decide",
    "team_away",
]

T = TypeVar("T")
_TABLE = "leave_requests"


@dataclass(frozen=True)
class PaidBackLater:
    """Working days of a signed payroll month (approved or paid: its payslip took them
    off) that the next run would pay back once this unpaid leave is cancelled or ended
    early (migration 0160)."""

    days: int
    period_start: dt.date
    period_end: dt.date


@dataclass(frozen=True)
class PaidBack:
    """What cancelling or ending early an approved unpaid leave would have paid back,
    said before the click: the signed months' days, and the first day of a pending run
    already made for the person (it does not pay them: the next run made does)."""

    months: tuple[PaidBackLater, ...]
    pending_run: dt.date | None = None


@dataclass(frozen=True)
class Balance:
    """One employee's leave of one type in one year, in working days."""

    leave_type: str
    year: int
    #: None: this type has no allowance (not limited).
    allowance: Decimal | None
    #: Approved.
    taken: int
    #: Waiting for a decision.
    pending: int
    #: What may still be requested (allowance - taken - pending); None without allowance.
    remaining: Decimal | None
    #: The months of service the allowance is earned by (migration 0146): 1 to 12 for a
    #: type earned by the month (annual), 0 before joining or after leaving; None for a
    #: type that is not (sick, maternity ...) or has no allowance.
    months: int | None = None

    @property
    def prorated(self) -> bool:
        """The allowance is earned by fewer months than the year's twelve (the year of
        joining or leaving): its words say the months, not "a year" (balance40)."""
        return self.allowance is not None and self.months is not None and self.months < 12

    @property
    def limited(self) -> bool:
        return self.allowance is not None

    def after(self, days: int) -> AfterApproval | None:
        """The year once ``days`` more are approved (a request waiting, or several of one
        person's): what is taken then and what is left; None without an allowance. The
        one sum the leave decision dialog and the several-items dialog both say (code
        review 29, F8)."""
        if self.allowance is None:
            return None
        taken = self.taken + days
        return AfterApproval(taken, self.allowance - taken)

    def beyond(self, days: int, counted: int = 0) -> Decimal:
        """Working days of a request of ``days`` past what is left to request (0 within
        it, and for a type without an allowance): the database refuses such a request
        (DW105). ``counted``: the request's own days already waiting in this balance (a
        pending request as saved, corrected). The one sum HR's leave form and the
        employee's Request leave dialog both say before the press (eye30r, 5)."""
        if self.remaining is None:
            return Decimal(0)
        return max(Decimal(days) - (self.remaining + counted), Decimal(0))


@dataclass(frozen=True)
class InYear:
    """A request's share of one year it touches (migration 0156: each working day counts
    in the year it falls in): that year's balance and the request's working days there."""

    balance: Balance
    #: The request's working days in that year; None before its dates are counted.
    days: int | None
    #: Of those, the days the balance already holds for this request as saved (HR's
    #: form correcting a request: it counts as saved, not as typed).
    counted: int = 0

    @property
    def year(self) -> int:
        return self.balance.year

    @property
    def beyond(self) -> Decimal:
        """Working days of the request in this year past what the year has left."""
        return Decimal(0) if self.days is None else self.balance.beyond(self.days, self.counted)


@dataclass(frozen=True)
class AfterApproval:
    """A year's leave of one type once some more days are approved (``Balance.after``)."""

    #: Approved days then.
    taken: int
    #: Days of the allowance left then; below zero, more were approved than it holds.
    left: Decimal

    @property
    def beyond(self) -> Decimal:
        """Days approved beyond the allowance (0 within it): the database refuses them."""
        return max(-self.left, Decimal(0))


@dataclass(frozen=True)
class Away:
    """A colleague's leave on overlapping dates (not its type: that is theirs)."""

    employee_id: uuid.UUID
    name: str
    start_date: dt.date
    end_date: dt.date
    status: str


@dataclass(frozen=True)
class RequestPreview:
    """What the request dialog shows while the person fills it in."""

    #: None until both dates are chosen, in order, less than a year apart.
    working_days: int | None
    #: Public holidays on weekdays between the dates: (date, name), not counted.
    holidays: tuple[tuple[dt.date, str], ...]
    balance: Balance
    #: The company's wall clock as this was read (``record_facts.COMPANY_CLOCK_SQL``):
    #: the dialog's today, the day DW107 counts back from, is its day.
    clock: dt.datetime | None = None
    #: Each year the dates touch, the first's balance being ``balance`` (migration 0156):
    #: two for a leave across the year end once both dates are counted, else one.
    years: tuple[InYear, ...] = ()

    @property
    def shares(self) -> tuple[InYear, ...]:
        """``years``, or the one year of ``balance`` where none were given."""
        return self.years or (InYear(self.balance, self.working_days),)


@dataclass(frozen=True)
class DecisionFacts:
    """Everything the decision dialog shows about one request."""

    request_id: uuid.UUID
    employee_id: uuid.UUID
    employee_name: str
    leave_type: str
    start_date: dt.date
    end_date: dt.date
    days: int
    reason: str | None
    status: str
    filed_at: dt.datetime | None
    balance: Balance
    away: tuple[Away, ...]
    #: The request's version when read (its files' changes included, migration 0064):
    #: what a decision on these facts passes.
    version: dt.datetime | None = None
    #: When it starts, from the company's day (eye30s, 8): the dialog says so when urgent.
    start: LeaveStart | None = None
    #: Each year the request touches, the first's balance being ``balance`` (migration
    #: 0156): two for a leave across the year end.
    years: tuple[InYear, ...] = ()

    @property
    def shares(self) -> tuple[InYear, ...]:
        """``years``, or the one year of ``balance`` where none were given."""
        return self.years or (InYear(self.balance, self.days),)


@dataclass(frozen=True)
class ToDecide:
    """A request waiting for the caller (the approvals inbox's row)."""

    id: uuid.UUID
    title: str
    detail: str
    submitted_at: dt.datetime
    submitted_by: str


# --------------------------------------------------------------------------- steps


def request_leave(
    session: Session,
    leave_type: str,
    start_date: dt.date | None,
    end_date: dt.date | None,
    reason: str | None = None,
) -> uuid.UUID:
    """File a request for the caller's own employee record; its id."""
    return call_function(
        session,
        "SELECT public.dicel_request_leave(:leave_type, :start_date, :end_date, :reason)",
        {"leave_type": leave_type, "start_date": start_date, "end_date": end_date,
         "reason": reason},
        table=_TABLE,
        action="insert",
    )  # fmt: skip


def decide_leave(
    session: Session,
    request_id: uuid.UUID,
    approve: bool,
    note: str | None = None,
    shown: dt.datetime | None = None,
) -> None:
    """Approve or reject a pending request (its employee's supervisor, HR or admin).

    ``shown``: the request's version (``updated_at``) as the decider saw it; changed
    since by someone else, the decision is refused (``changed_since_shown_by``) and
    nothing is decided. None: decided as it is now (a script that read nothing)."""
    if shown is None:
        statement = "SELECT public.dicel_decide_leave(:request_id, :approve, :note)"
    else:
        statement = "SELECT public.dicel_decide_leave(:request_id, :approve, :note, :shown)"
    call_function(
        session,
        statement,
        {"request_id": request_id, "approve": approve, "note": note, "shown": shown},
        table=_TABLE,
    )


def cancel_leave(session: Session, request_id: uuid.UUID, note: str | None = None) -> None:
    """Cancel a pending or approved request (its employee before it starts, or HR)."""
    call_function(
        session,
        "SELECT public.dicel_cancel_leave(:request_id, :note)",
        {"request_id": request_id, "note": note},
        table=_TABLE,
    )


def end_leave_early(
    session: Session, request_id: uuid.UUID, end_date: dt.date, note: str | None
) -> int:
    """End an approved leave early (HR, migration 0150): ``end_date`` its new last day,
    not before the company's day nor its start; the working days it now counts."""
    days = call_function(
        session,
        "SELECT public.dicel_end_leave_early(:request_id, :end_date, :note)",
        {"request_id": request_id, "end_date": end_date, "note": note},
        table=_TABLE,
    )
    return int(days) if days is not None else 0


# --------------------------------------------------------------------------- reads


def _read(session: Session, params: dict[str, Any], work: Callable[[], T]) -> T:
    """A read in a transaction of its own, its refusals worded (and ended: a read leaves
    no transaction open behind it)."""

    def unit() -> T:
        try:
            return work()
        finally:
            session.rollback()

    return run_unit(session, _TABLE, params, "read", unit)


def _scalar(session: Session, statement: str, params: dict[str, Any]) -> Any:
    return _read(session, params, lambda: session.execute(sa.text(statement), params).scalar())


def may_decide(session: Session, request_id: uuid.UUID) -> bool:
    """Whether the caller may approve or reject this request now."""
    return bool(_scalar(session, "SELECT public.dicel_may_decide_leave(:id)", {"id": request_id}))


def may_cancel(session: Session, request_id: uuid.UUID) -> bool:
    """Whether the caller may cancel this request now."""
    return bool(_scalar(session, "SELECT public.dicel_may_cancel_leave(:id)", {"id": request_id}))


def may_end_early(session: Session, request_id: uuid.UUID) -> bool:
    """Whether the caller may end this approved leave early now (HR, migration 0150)."""
    return bool(
        _scalar(session, "SELECT public.dicel_may_end_leave_early(:id)", {"id": request_id})
    )


def paid_back_later(
    session: Session, request_id: uuid.UUID, new_end: dt.date | None = None
) -> PaidBack:
    """What the next payroll run would pay back, month by month, if this approved unpaid
    leave were cancelled (``new_end`` None) or ended on ``new_end``: said before the
    click (migration 0160). No months for any other leave, and beyond the caller's
    rights. Where there are some, the person's payslip in a run still pending, if any:
    that run was made before the step and does not pay them back (the next one made
    does, which may be that run cancelled and made again)."""
    params = {"id": request_id, "end": new_end}

    def read() -> PaidBack:
        rows = session.execute(
            sa.text(
                "SELECT days, period_start, period_end"
                " FROM public.dicel_unpaid_leave_paid_back_later(:id, :end)"
            ),
            params,
        ).all()
        months = tuple(PaidBackLater(int(r.days), r.period_start, r.period_end) for r in rows)
        if not months:
            return PaidBack(months)
        pending = session.execute(
            sa.text(
                "SELECT min(p.pay_period_start) FROM public.payroll_records AS p"
                " JOIN public.leave_requests AS r ON r.employee_id = p.employee_id"
                " WHERE r.id = :id AND p.status = 'pending'"
            ),
            params,
        ).scalar()
        return PaidBack(months, pending)

    return _read(session, params, read)


def why_not_cancel(session: Session, request_id: uuid.UUID) -> NotAllowed | None:
    """Why an HR officer, who cancels other people's leave, is not offered Cancel leave…
    on this request: it is their own and has started, another officer's to cancel (DW460,
    migration 0112; ``dicel_may_cancel_leave`` answers no), in the words of that refusal.
    None for any other request or caller."""
    from dicel_desktop.services.leave_words import refusal_params

    start = _scalar(
        session,
        "SELECT r.start_date FROM public.leave_requests r WHERE r.id = :id"
        " AND r.status = 'approved' AND r.start_date <= current_date"
        " AND r.employee_id = public.dicel_current_employee_id()"
        " AND public.dicel_has_role('hr')",
        {"id": request_id},
    )
    if start is None:
        return None
    return NotAllowed("own_leave_started", **refusal_params({"start_date": start.isoformat()}))


def _balance(session: Session, employee_id: uuid.UUID, leave_type: str, year: int) -> Balance:
    row = session.execute(
        sa.text("SELECT * FROM public.dicel_leave_balance(:employee, :leave_type, :year)"),
        {"employee": employee_id, "leave_type": leave_type, "year": year},
    ).one()
    return Balance(
        leave_type, year, row.allowance, row.taken, row.pending, row.remaining, row.months
    )


_DAYS_IN_YEAR = sa.text("SELECT public.dicel_leave_days_in_year(:start, :end, :year)")


def _years(
    session: Session,
    employee_id: uuid.UUID,
    leave_type: str,
    start: dt.date,
    end: dt.date,
    saved: tuple[dt.date, dt.date] | None = None,
) -> tuple[InYear, ...]:
    """The balance of each year from ``start`` to ``end`` and the request's working days
    in it, counted by the database's rule (``dicel_leave_days_in_year``, migration 0156);
    ``saved``: the request's dates as saved, whose days the balances already hold."""
    shares = []
    for year in range(start.year, end.year + 1):
        days = session.scalar(_DAYS_IN_YEAR, {"start": start, "end": end, "year": year})
        counted = 0
        if saved is not None:
            span = {"start": saved[0], "end": saved[1], "year": year}
            counted = session.scalar(_DAYS_IN_YEAR, span) or 0
        shares.append(
            InYear(_balance(session, employee_id, leave_type, year), int(days or 0), counted)
        )
    return tuple(shares)


def balance(session: Session, employee_id: uuid.UUID, leave_type: str, year: int) -> Balance:
    """An employee's balance (the caller's own, a report's, or anyone's for HR)."""
    params = {"employee": employee_id, "leave_type": leave_type, "year": year}
    return _read(session, params, lambda: _balance(session, employee_id, leave_type, year))


def _team_away(session: Session, request_id: uuid.UUID) -> tuple[Away, ...]:
    rows = session.execute(
        sa.text("SELECT * FROM public.dicel_team_away(:id)"), {"id": request_id}
    ).all()
    return tuple(Away(r.employee_id, r.full_name, r.start_date, r.end_date, r.status) for r in rows)


def team_away(session: Session, request_id: uuid.UUID) -> tuple[Away, ...]:
    """Who else of the employee's team is away (or asked to be) on those dates."""
    return _read(session, {"id": request_id}, lambda: _team_away(session, request_id))


def requests_to_decide(session: Session) -> list[ToDecide]:
    """The pending requests waiting for the caller's decision, oldest first."""

    def work() -> list[ToDecide]:
        rows = session.execute(
            sa.text("SELECT * FROM public.dicel_leave_requests_to_decide()")
        ).all()
        return [ToDecide(r.id, r.title, r.detail, r.submitted_at, r.submitted_by) for r in rows]

    return _read(session, {}, work)


def a_year_after(day: dt.date) -> dt.date:
    """``day`` a year on, as PostgreSQL adds ``interval '1 year'`` (29 February to the
    28th): a request ends before it (DW119, migration 0092)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


_HOLIDAYS = sa.text(
    "SELECT holiday_date, name FROM public.holidays"
    " WHERE holiday_date BETWEEN :start AND :end AND extract(isodow FROM holiday_date) < 6"
    " ORDER BY holiday_date"
)


def preview_request(
    session: Session,
    leave_type: str,
    start_date: dt.date | None,
    end_date: dt.date | None,
    today: dt.date | None = None,
    employee_id: uuid.UUID | None = None,
    saved: tuple[dt.date, dt.date] | None = None,
) -> RequestPreview:
    """The balance of ``leave_type`` for the year the leave starts in (this year before
    a start is chosen), and of the next when the dates cross the year end, and the
    working days between the dates: the caller's, or ``employee_id``'s (HR filing or
    correcting a request for someone; a balance the caller may not read is refused as
    ``balance`` refuses it). Before a start is chosen, this year is the company's (its
    clock, read in the same statement, comes back too). ``saved``: the dates of the
    request as saved, when the balances already hold its days (HR's form)."""

    def work() -> RequestPreview:
        employee, clock = session.execute(
            sa.text(
                "SELECT coalesce(CAST(:employee AS uuid), public.dicel_current_employee_id()),"
                f" {COMPANY_CLOCK_SQL}"
            ),
            {"employee": employee_id},
        ).one()
        year = (start_date or today or clock.date()).year
        if employee is None:
            raise NotAllowed("leave_no_employee_record")
        days = None
        holidays: tuple[tuple[dt.date, str], ...] = ()
        # Past a year the days are not counted: the database refuses such a request
        # (DW119), and a typo of a year read millions of days.
        if (
            start_date is not None
            and end_date is not None
            and start_date <= end_date < a_year_after(start_date)
        ):
            span = {"start": start_date, "end": end_date}
            days = session.scalar(sa.text("SELECT public.dicel_working_days(:start, :end)"), span)
            holidays = tuple((r[0], r[1]) for r in session.execute(_HOLIDAYS, span))
            years = _years(session, employee, leave_type, start_date, end_date, saved)
            return RequestPreview(days, holidays, years[0].balance, clock, years)
        held = _balance(session, employee, leave_type, year)
        counted = 0
        if saved is not None:
            span = {"start": saved[0], "end": saved[1], "year": year}
            counted = session.scalar(_DAYS_IN_YEAR, span) or 0
        return RequestPreview(days, holidays, held, clock, (InYear(held, days, counted),))

    return _read(session, {"leave_type": leave_type}, work)


_FACTS = sa.text(
    f"""
    SELECT r.id, r.employee_id, r.leave_type, r.start_date, r.end_date, r.days_requested,
           r.reason, r.status, r.created_at, {shown_version_sql("leave_requests", "r")} AS shown,
           t.today, {working_days_ahead_sql("r.start_date", "t.today")} AS working_days_ahead,
           coalesce(nullif(concat_ws(' ', u.first_name, u.last_name), ''),
                    e.employee_number) AS employee_name
      FROM leave_requests r
      JOIN employees e ON e.id = r.employee_id
      LEFT JOIN users u ON u.id = e.user_id
     CROSS JOIN (SELECT {company_day_sql()} AS today) t
     WHERE r.id = :id
    """
)


def decision_facts(session: Session, request_id: uuid.UUID) -> DecisionFacts:
    """The request, its employee's balance for that type and year, and who else of the
    team is away then: what a decider needs in front of them."""

    def work() -> DecisionFacts:
        row = session.execute(_FACTS, {"id": request_id}).one_or_none()
        if row is None:
            raise NotFound("record_gone", record="leave request")
        years = _years(session, row.employee_id, row.leave_type, row.start_date, row.end_date)
        return DecisionFacts(
            request_id=row.id,
            employee_id=row.employee_id,
            employee_name=row.employee_name,
            leave_type=row.leave_type,
            start_date=row.start_date,
            end_date=row.end_date,
            days=row.days_requested,
            reason=row.reason,
            status=row.status,
            filed_at=row.created_at,
            balance=years[0].balance,
            away=_team_away(session, request_id),
            version=row.shown,
            start=LeaveStart(row.start_date, row.today, row.working_days_ahead),
            years=years,
        )

    return _read(session, {"id": request_id}, work)
