"""What someone's leaving does that the step does not refuse, read before the click (no
Qt). Migration 0120 made two such rules:

* Deactivating a login is never refused for the IT assets the person still holds (they
  lose access at once; nothing new is given to them, DW499). The deactivation dialog
  names those assets, so the administrator asks IT to recover them:
  :func:`assets_held`, under the administrator's rights.
* Terminating or suspending an employee cuts their approved, unpaid payslip to the days
  worked (trigger ``employees_prorate_approved_payslip``): :func:`payslips_cut` says
  which and by how much, as the trigger computes it. A pending payslip paying past the
  day their pay stops refuses the step (DW492, 0116): :func:`pending_payslip_stops`, a
  check of ``cases.what_stops_step`` that holds the step with its reason.
* A payslip already **paid** is not cut: the money has gone out. When it paid days
  after the day pay stops (the pay day is the 25th; someone leaving on the 28th was
  paid the whole month), :func:`payslips_overpaid` says how many days and how much
  basic, so HR asks Finance to recover it (the same arithmetic, ``dicel_payslip_days``
  and ``dicel_payslip_basic``, as the cut).

* Terminating cancels the leaver's open leave (trigger ``employees_leaver_leave_ends``,
  migration 0146): pending requests and approved leave starting after the termination
  date (migration 0149). :func:`leave_ended` names them, as
  ``dicel_leave_ended_by_leaving`` (which the trigger applies) finds them on the day the
  step stamps, and the pending requests with a day up to it, which stay to be decided
  (``kept``).

Each is one read as the caller, rolled back: what they may not read is not said.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import Conflict, DicelError
from dicel_desktop.domain.pay_stops import ACTIONS
from dicel_desktop.domain.states import ASSET_IN_HAND

__all__ = [
    "CutPayslip",
    "EndedLeave",
    "HeldAsset",
    "OverpaidPayslip",
    "PayAfterLeaving",
    "assets_held",
    "leave_ended",
    "pay_after_leaving",
    "payslips_cut",
    "payslips_overpaid",
    "pending_payslip_stops",
]


@dataclass(frozen=True)
class HeldAsset:
    tag: str
    name: str


def assets_held(session: Session, email: str) -> list[HeldAsset]:
    """The assets ``email``'s login holds and IT would recover when they leave (those
    in use, ``states.ASSET_IN_HAND``: the ones the IT list then flags), by tag; none
    where the caller may not read IT assets."""
    try:
        rows = session.execute(
            sa.text(
                "SELECT coalesce(a.asset_tag, ''), coalesce(a.asset_name, '')"
                " FROM public.it_assets AS a JOIN public.users AS u ON u.id = a.assigned_to"
                " WHERE lower(u.email) = lower(:email)"
                " AND coalesce(a.status, :in_hand) = :in_hand"
                " ORDER BY a.asset_tag NULLS LAST, a.asset_name"
            ),
            {"email": (email or "").strip(), "in_hand": ASSET_IN_HAND},
        ).all()
    finally:
        session.rollback()
    return [HeldAsset(tag, name) for tag, name in rows]


#: The day the person's pay stops, as the two triggers (0116, 0120) count it: one rule,
#: ``dicel_pay_stops`` (``domain.pay_stops``), with the step's own dates.
_PAID_TO = (
    "public.dicel_pay_stops(:action, public.dicel_company_day(), e.hire_date, e.termination_date)"
)


@dataclass(frozen=True)
class CutPayslip:
    """An approved payslip the step cuts: its month, the days it then pays of the
    month's, and its basic before and after (allowances follow in proportion)."""

    start: dt.date
    end: dt.date
    kept: int
    days: int
    basic: Decimal
    cut_basic: Decimal
    currency: str


def payslips_cut(session: Session, employee_id: uuid.UUID, action: str) -> list[CutPayslip]:
    """The approved, unpaid payslips of the employee that ``action`` ("terminate" or
    "suspend") would cut to the days worked, as ``dicel_prorate_approved_payslip``
    computes them: it applies ``dicel_payslips_cut``, which this reads; none for another
    step, or what the caller may not read."""
    if action not in ACTIONS:
        return []
    try:
        rows = session.execute(
            sa.text(
                "SELECT c.start, c.stop, c.paid, c.days, c.basic, c.new_basic, c.currency"
                " FROM public.dicel_payslips_cut(:id, :action) AS c ORDER BY c.start"
            ),
            {"id": employee_id, "action": action},
        ).all()
    finally:
        session.rollback()
    return [CutPayslip(*row) for row in rows]


@dataclass(frozen=True)
class OverpaidPayslip:
    """A paid payslip that paid days after the day pay stops: its month, those days, and
    the basic paid for them (what the month's basic was less what the days worked earn)."""

    start: dt.date
    end: dt.date
    days_over: int
    basic_over: Decimal
    currency: str


def payslips_overpaid(
    session: Session, employee_id: uuid.UUID, action: str
) -> list[OverpaidPayslip]:
    """The paid payslips of the employee that pay days after the day ``action`` stops
    their pay, with those days and their basic; none for another step, or what the
    caller may not read."""
    if action not in ACTIONS:
        return []
    try:
        rows = session.execute(
            sa.text(
                "WITH s AS ("
                " SELECT r.pay_period_start AS start, r.pay_period_end AS stop,"
                " r.basic_salary AS basic, e.salary, e.hire_date,"
                " coalesce(e.salary_currency, 'RWF') AS currency,"
                " (r.pay_period_end - r.pay_period_start + 1) AS days,"
                " public.dicel_payslip_days(r.pay_period_start, r.pay_period_end, e.hire_date,"
                " r.pay_period_start, r.pay_period_end) AS employed,"
                " public.dicel_payslip_days(r.pay_period_start, r.pay_period_end, e.hire_date,"
                f" r.pay_period_start, {_PAID_TO}) AS worked"
                " FROM public.payroll_records AS r JOIN public.employees AS e"
                " ON e.id = r.employee_id"
                f" WHERE e.id = :id AND r.status = 'paid' AND r.pay_period_end > {_PAID_TO})"
                " SELECT s.start, s.stop, s.employed - s.worked,"
                " s.basic - public.dicel_payslip_basic(s.salary, s.worked, s.days, s.basic),"
                " s.currency FROM s WHERE s.employed > s.worked ORDER BY s.start"
            ),
            {"id": employee_id, "action": action},
        ).all()
    finally:
        session.rollback()
    return [OverpaidPayslip(*row) for row in rows]


@dataclass(frozen=True)
class PayAfterLeaving:
    """What a step that stops pay does to the payslips, said before the click."""

    cut: list[CutPayslip]
    overpaid: list[OverpaidPayslip]
    #: The working days of annual leave left that the next payroll run will pay as a
    #: final settlement (:func:`untaken_leave_settled_later`); 0 for none.
    settled_later: Decimal = Decimal(0)


def pay_after_leaving(session: Session, employee_id: uuid.UUID, action: str) -> PayAfterLeaving:
    """:func:`payslips_cut`, :func:`payslips_overpaid` and, for a termination,
    :func:`untaken_leave_settled_later` in one operation (one line of the step's dialog
    says them)."""
    return PayAfterLeaving(
        payslips_cut(session, employee_id, action),
        payslips_overpaid(session, employee_id, action),
        untaken_leave_settled_later(session, employee_id) if action == "terminate" else Decimal(0),
    )


def untaken_leave_settled_later(session: Session, employee_id: uuid.UUID) -> Decimal:
    """The working days of annual leave left (``dicel_leave_left_to_pay``, migration
    0159) that terminating the employee now leaves to the next payroll run's final
    settlement: their leaving month's payslip is already approved or paid, so it pays
    none of them. 0 when the leaving month's run is still to come (it pays them itself),
    when nothing is left, or where the caller may not ask."""
    try:
        days = session.execute(
            sa.text(
                f"SELECT public.dicel_leave_left_to_pay(e.id, {_PAID_TO})"
                " FROM public.employees AS e WHERE e.id = :id AND EXISTS ("
                "SELECT FROM public.payroll_records AS r WHERE r.employee_id = e.id"
                " AND r.status IN ('approved', 'paid')"
                f" AND {_PAID_TO} BETWEEN r.pay_period_start AND r.pay_period_end)"
                " AND NOT EXISTS (SELECT FROM public.payroll_records AS p"
                " WHERE p.employee_id = e.id AND p.status <> 'cancelled'"
                " AND p.notes ~* '(^|\\n)untaken leave paid on ')"
            ),
            {"id": employee_id, "action": "terminate"},
        ).scalar()
    except sa.exc.DBAPIError:
        return Decimal(0)
    finally:
        session.rollback()
    return Decimal(days or 0)


def pending_payslip_stops(action: str):
    """What asks, before the click, whether ``action`` would meet DW492 (0116): a
    pending payslip paying the employee past the day their pay stops
    (``payroll_pending_pays_leaver``), or, for a termination, one paying up to that day
    that was run before they left and pays none of the annual leave left
    (``payroll_pending_owes_untaken_leave``, 0158: counted by
    ``dicel_leave_left_to_pay``, 0159, as the trigger counts it). The refusal the
    database gives, with its params; None when none."""
    if action not in ACTIONS:
        raise ValueError(action)

    def stops(session: Session, employee_id: uuid.UUID) -> DicelError | None:
        untaken = (
            f" OR (:action = 'terminate' AND {_PAID_TO} BETWEEN r.pay_period_start"
            " AND r.pay_period_end AND coalesce(r.notes, '') !~* 'untaken leave paid on '"
            f" AND public.dicel_leave_left_to_pay(e.id, {_PAID_TO}) > 0)"
        )
        row = session.execute(
            sa.text(
                "SELECT r.pay_period_start, r.pay_period_end,"
                " coalesce(nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''),"
                f" e.employee_number) AS name, r.pay_period_end > {_PAID_TO} AS stops"
                " FROM public.payroll_records AS r JOIN public.employees AS e"
                " ON e.id = r.employee_id LEFT JOIN public.users AS u ON u.id = e.user_id"
                " WHERE e.id = :id AND r.status = 'pending'"
                f" AND (r.pay_period_end > {_PAID_TO}{untaken})"
                " ORDER BY r.pay_period_start LIMIT 1"
            ),
            {"id": employee_id, "action": action},
        ).first()
        if row is None:
            return None
        start, end, name, past = row
        return Conflict(
            "payroll_pending_pays_leaver" if past else "payroll_pending_owes_untaken_leave",
            name=name,
            start=start.isoformat(),
            end=end.isoformat(),
            action=action,
        )

    return stops


@dataclass(frozen=True)
class EndedLeave:
    """A leave request that terminating the employee cancels, or (``kept``) a pending one
    with a day up to the termination date, which stays to be decided (migration 0149)."""

    leave_type: str
    start: dt.date
    end: dt.date
    status: str
    kept: bool = False


def leave_ended(session: Session, employee_id: uuid.UUID) -> list[EndedLeave]:
    """The leave Terminate employment… would cancel, on the termination date the step
    stamps (today, or the earlier date written in the form; never before the hire date),
    then the pending requests it keeps (``kept``); none where the caller may not read it."""
    try:
        rows = session.execute(
            sa.text(
                "WITH t AS (SELECT e.id, greatest(e.hire_date, least(coalesce("
                "e.termination_date, d.day), d.day)) AS day"
                " FROM (SELECT public.dicel_company_day() AS day) AS d, public.employees AS e"
                " WHERE e.id = :id)"
                " SELECT x.leave_type, x.start_date, x.end_date, x.status, false"
                " FROM t, public.dicel_leave_ended_by_leaving(t.id, t.day) AS x"
                " UNION ALL (SELECT r.leave_type::text, r.start_date, r.end_date,"
                " r.status::text, true FROM t JOIN public.leave_requests AS r"
                " ON r.employee_id = t.id WHERE r.status = 'pending' AND r.start_date <= t.day"
                " ORDER BY r.start_date, r.id)"
            ),
            {"id": employee_id},
        ).all()
    finally:
        session.rollback()
    return [EndedLeave(*row) for row in rows]
