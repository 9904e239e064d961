"""Payroll: a calendar month run for everyone employed in it, approved by someone other
than whoever ran it, paid from one account; and payslips as their reader may see them.

Where the amounts come from (migration 0014): basic is the monthly salary of
``employees`` for the days employed in the month; allowances are the setting
``payroll.allowance_rate_percent`` of basic, which HR may adjust on a pending payslip;
deductions are computed by the database from the gross with Rwanda's rules (PAYE bands,
RSSB pension and maternity, CBHI), itemised in ``deductions_detail``. No Qt here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain import step_lines
from dicel_desktop.domain.pay_months import earliest_month
from dicel_desktop.domain.states import PERIOD_PAYSLIPS
from dicel_desktop.services.units import call_function

__all__ = [
    "DEDUCTION_CODES",
    "Band",
    "Deduction",
    "PaidBack",
    "Payslip",
    "PeriodTotals",
    "RunMonths",
    "UnpaidLeave",
    "UntakenLeave",
    "approve_payroll",
    "cancel_payroll",
    "month_of",
    "paid_back",
    "pay_payroll",
    "payroll_months",
    "payslip",
    "period_totals",
    "read_deductions",
    "run_payroll",
    "unpaid_leave",
    "untaken_leave",
]

#: What the database deducts, in payslip order (``dicel_payroll_deductions``).
DEDUCTION_CODES = ("paye", "pension", "maternity", "cbhi")


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The pay period (a calendar month) ``day`` falls in: its first and last day."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def run_payroll(session: Session, period_start: dt.date, period_end: dt.date) -> uuid.UUID:
    """Make the pending payslips of a month; returns the pay period's id."""
    return call_function(
        session,
        "SELECT public.dicel_run_payroll(:start, :end)",
        {"start": period_start, "end": period_end},
        table="payroll_periods",
        action="insert",
    )


def approve_payroll(
    session: Session, period_id: uuid.UUID, note: str = "", shown: dt.datetime | None = None
) -> None:
    """Approve a pending run. ``shown``: the period's version (its payslips' and files'
    changes included) the approver saw; changed since by someone else, nothing is
    approved (DW007, ``dicel_decide_payroll`` of migration 0051)."""
    call_function(
        session,
        "SELECT public.dicel_approve_payroll(:period, :note)"
        if shown is None
        else "SELECT public.dicel_decide_payroll(:period, true, :note, :shown)",
        {"period": period_id, "note": note, "shown": shown},
        table="payroll_periods",
    )


def may_approve(session: Session, period_id: uuid.UUID) -> bool:
    """Whether the caller may be offered the approval of this run: not whoever ran it
    (DW003). Whoever changed one of its payslips (DW005), or since the employee's last
    approved payslip their salary, employment status or dates or bank details (DW331,
    migrations 0046 and 0057), or whose own pay in it was changed (DW332), is refused by
    the function still: the audit log is not theirs to read."""
    ran_by_other = session.execute(
        sa.text(
            "SELECT p.created_by IS DISTINCT FROM public.dicel_current_user_id()"
            " FROM public.payroll_periods p WHERE p.id = :period"
        ),
        {"period": period_id},
    ).scalar()
    return bool(ran_by_other)


def cancel_payroll(
    session: Session, period_id: uuid.UUID, note: str = "", shown: dt.datetime | None = None
) -> None:
    """A pending run and its payslips are cancelled; the month may run again. ``shown``:
    the version the canceller saw; changed since by someone else, nothing is cancelled
    (DW007, ``dicel_decide_payroll`` deciding "no", as the inbox's bulk decision does)."""
    call_function(
        session,
        "SELECT public.dicel_cancel_payroll(:period, :note)"
        if shown is None
        else "SELECT public.dicel_decide_payroll(:period, false, :note, :shown)",
        {"period": period_id, "note": note, "shown": shown},
        table="payroll_periods",
    )


def pay_payroll(
    session: Session,
    period_id: uuid.UUID,
    account_id: uuid.UUID,
    paid_on: dt.date,
    payment_method: str | None,
) -> uuid.UUID:
    """Pay an approved period's net salaries from one account (one debit); returns the
    transaction's id."""
    return call_function(
        session,
        "SELECT public.dicel_pay_payroll(:period, :account, :paid_on, :method)",
        {"period": period_id, "account": account_id, "paid_on": paid_on, "method": payment_method},
        table="payroll_periods",
    )


@dataclass(frozen=True)
class PeriodTotals:
    """A pay period's payslips added up, for the steps that decide on it."""

    period_start: dt.date
    period_end: dt.date
    status: str
    employees: int
    basic: Decimal
    allowances: Decimal
    deductions: Decimal
    net: Decimal
    #: Who ran it (the one person who may not approve it).
    run_by: uuid.UUID | None
    run_by_name: str | None
    #: The company's day (``dicel_company_day()``), not this computer's: the day the
    #: database's rules count in.
    today: dt.date | None = None
    #: The day of the month salaries are paid (``payroll.pay_day``, read through
    #: ``dicel_pay_day()`` of migration 0104); None when not set.
    pay_day: int | None = None
    #: How many payslips each method pays (``None``: a payslip without one), most first:
    #: paying keeps each payslip's own (migration 0108).
    methods: tuple[tuple[str | None, int], ...] = ()

    @property
    def without_method(self) -> int:
        """Payslips with no method of their own: they take the one chosen to pay."""
        return sum(count for method, count in self.methods if method is None)

    @property
    def gross(self) -> Decimal:
        return self.basic + self.allowances

    @property
    def days_to_come(self) -> int:
        """Days of the period after today (attendance and leave still to come): 0 once
        the period is over. Approving or paying before then is allowed (pay day is the
        25th), and said (eye30s #3)."""
        if self.today is None or self.today >= self.period_end:
            return 0
        return (self.period_end - self.today).days


def period_totals(session: Session, period_id: uuid.UUID) -> PeriodTotals | None:
    """The period's payslips (``PERIOD_PAYSLIPS``) added up, as the caller sees them."""
    row = session.execute(
        sa.text(
            "SELECT p.period_start, p.period_end, p.status, p.created_by,"
            " nullif(concat_ws(' ', u.first_name, u.last_name), '') AS run_by_name,"
            " count(r.id) AS employees, coalesce(sum(r.basic_salary), 0) AS basic,"
            " coalesce(sum(r.allowances), 0) AS allowances,"
            " coalesce(sum(r.deductions), 0) AS deductions,"
            " coalesce(sum(r.net_salary), 0) AS net,"
            " public.dicel_company_day() AS today, public.dicel_pay_day() AS pay_day"
            " FROM public.payroll_periods p"
            " LEFT JOIN public.users u ON u.id = p.created_by"
            " LEFT JOIN public.payroll_records r ON r.pay_period_start = p.period_start"
            "  AND r.pay_period_end = p.period_end AND r.status = ANY(:payslips)"
            " WHERE p.id = :period"
            " GROUP BY p.id, u.first_name, u.last_name"
        ),
        {"period": period_id, "payslips": list(PERIOD_PAYSLIPS)},
    ).one_or_none()
    if row is None:
        return None
    methods = session.execute(
        sa.text(
            "SELECT r.payment_method, count(*) AS payslips FROM public.payroll_records r"
            " WHERE r.pay_period_start = :start AND r.pay_period_end = :end"
            "  AND r.status = ANY(:payslips)"
            " GROUP BY r.payment_method ORDER BY count(*) DESC, r.payment_method NULLS LAST"
        ),
        {"start": row.period_start, "end": row.period_end, "payslips": list(PERIOD_PAYSLIPS)},
    ).all()
    return PeriodTotals(
        period_start=row.period_start,
        period_end=row.period_end,
        status=row.status or "pending",
        employees=row.employees,
        basic=row.basic,
        allowances=row.allowances,
        deductions=row.deductions,
        net=row.net,
        run_by=row.created_by,
        run_by_name=row.run_by_name,
        today=row.today,
        pay_day=row.pay_day,
        methods=tuple((m.payment_method, m.payslips) for m in methods),
    )


@dataclass(frozen=True)
class RunMonths:
    """What Run payroll… may offer: the months run already (not cancelled), the last
    one and its state, the next one due and the company's today (``dicel_company_day``,
    the day DW337 counts in)."""

    run: frozenset[dt.date]
    last_start: dt.date | None
    last_status: str | None
    next_due: dt.date
    today: dt.date

    @property
    def earliest(self) -> dt.date:
        """The first day of the earliest month that may run: ``MONTHS_BEFORE`` months
        before the next one due (DW349, migration 0096)."""
        return earliest_month(self.next_due)

    def may_run(self, first: dt.date) -> bool:
        """Whether the database would take a run of the month starting ``first``: not
        run yet (DW-unique period), begun (DW337) and not before the earliest (DW349)."""
        return first not in self.run and self.earliest <= first <= self.today


def payroll_months(session: Session) -> RunMonths:
    """The periods that exist (their first days), read in one statement."""
    row = session.execute(
        sa.text(
            "SELECT public.dicel_company_day() AS today,"
            " coalesce(array_agg(p.period_start ORDER BY p.period_start)"
            "  FILTER (WHERE p.status <> 'cancelled'), '{}') AS run,"
            " (array_agg(p.period_start ORDER BY p.period_end DESC)"
            "  FILTER (WHERE p.status <> 'cancelled'))[1] AS last_start,"
            " (array_agg(p.status ORDER BY p.period_end DESC)"
            "  FILTER (WHERE p.status <> 'cancelled'))[1] AS last_status"
            " FROM public.payroll_periods p"
        )
    ).one()
    today = row.today
    if row.last_start is None:
        next_due = month_of(today)[0]
    else:
        next_due = month_of(month_of(row.last_start)[1] + dt.timedelta(days=1))[0]
    return RunMonths(
        run=frozenset(row.run or ()),
        last_start=row.last_start,
        last_status=row.last_status,
        next_due=next_due,
        today=today,
    )


@dataclass(frozen=True)
class Band:
    """A PAYE band: ``rate`` percent of the pay above the band before, up to ``upto``
    (None: all the pay above)."""

    upto: Decimal | None
    rate: Decimal


@dataclass(frozen=True)
class Deduction:
    code: str
    amount: Decimal
    #: The percent it was computed at, kept with it since migration 0115; None on a
    #: payslip made before (its line keeps its amount only), and for PAYE.
    rate: Decimal | None = None
    #: PAYE's bands as it was computed (0115); empty before, and for the other lines.
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True)
class Payslip:
    """One payslip with what printing it needs, as its reader may see it."""

    company_name: str | None
    company_address: str | None
    company_tin: str | None
    employee_number: str
    employee_name: str
    department: str | None
    position: str | None
    period_start: dt.date
    period_end: dt.date
    basic_salary: Decimal
    allowances: Decimal
    gross: Decimal
    deductions: Decimal
    net_salary: Decimal
    status: str
    payment_date: dt.date | None
    payment_method: str | None
    currency: str = "RWF"
    deduction_lines: tuple[Deduction, ...] = field(default_factory=tuple)
    #: Approved unpaid leave the run counted (migration 0145, the run's line in the
    #: notes): None when it counted none.
    unpaid_leave: UnpaidLeave | None = None
    #: A leaver's annual leave left, paid in the allowances (migration 0157, the run's
    #: line in the notes): None when the run paid none.
    untaken_leave: UntakenLeave | None = None
    #: Unpaid leave that signed payslips took off and that was worked after all, paid
    #: back in the allowances (migration 0160, a run's line for each month): none, most
    #: often.
    paid_back: tuple[PaidBack, ...] = ()


@dataclass(frozen=True)
class PaidBack:
    """Working days of unpaid leave an earlier, signed payslip took off and that were
    worked after all, paid back by a later run in its allowances (migration 0160)."""

    days: int
    #: The pay period of the payslip that took them off.
    period_start: dt.date
    period_end: dt.date
    amount: Decimal


@dataclass(frozen=True)
class UnpaidLeave:
    """What a payroll run did not pay for approved unpaid leave (migration 0145)."""

    days: int
    #: The working days employed in the month the days are counted against.
    working_days: int
    #: What the basic salary is less for them.
    amount: Decimal


@dataclass(frozen=True)
class UntakenLeave:
    """What a payroll run paid a leaver for the annual leave left of their leaving year
    (migration 0157), within the payslip's allowances."""

    #: Working days (a half day too).
    days: Decimal
    amount: Decimal
    #: The termination day of a final settlement: a later month's run paid the leave
    #: because the leaving month's run came first (migration 0159); None on the leaving
    #: month's own payslip.
    settles: dt.date | None = None


def untaken_leave(notes: str | None) -> UntakenLeave | None:
    """The run's untaken-leave line of a payslip's ``notes``, read; None without one."""
    forms = (step_lines.UNTAKEN_LEAVE_FORM, step_lines.UNTAKEN_LEAVE_SETTLED_FORM)
    for line in (notes or "").splitlines():
        found = step_lines.read_line(line, forms)
        if found is not None:
            ended = found.fields.get("ended")
            return UntakenLeave(
                Decimal(found.fields["untaken"]),
                Decimal(found.fields["worth"].replace(",", "")),
                dt.date.fromisoformat(ended) if ended else None,
            )
    return None


def paid_back(notes: str | None) -> tuple[PaidBack, ...]:
    """The run's lines of a payslip's ``notes`` that pay back unpaid leave worked after
    all (one for each signed month), read, in order."""
    found = []
    for line in (notes or "").splitlines():
        read = step_lines.read_line(line, (step_lines.UNPAID_LEAVE_PAID_BACK_FORM,))
        if read is not None:
            found.append(
                PaidBack(
                    int(read.fields["back"]),
                    dt.date.fromisoformat(read.fields["first"]),
                    dt.date.fromisoformat(read.fields["last"]),
                    Decimal(read.fields["worth"].replace(",", "")),
                )
            )
    return tuple(found)


def unpaid_leave(notes: str | None) -> UnpaidLeave | None:
    """The run's unpaid-leave line of a payslip's ``notes``, read; None without one."""
    for line in (notes or "").splitlines():
        found = step_lines.read_line(line, (step_lines.UNPAID_LEAVE_FORM,))
        if found is not None:
            return UnpaidLeave(
                int(found.fields["unpaid"]),
                int(found.fields["working"]),
                Decimal(found.fields["less"].replace(",", "")),
            )
    return None


def _number(value: Any) -> Decimal | None:
    """A JSON number as the Decimal it was written as; None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    # Through str: 0.3 as the JSON number it was, not the float's binary digits.
    number = Decimal(str(value))
    return number if number.is_finite() else None


def _bands(value: Any) -> tuple[Band, ...]:
    """PAYE's bands as 0115 keeps them; none when they are not all there to read (a
    band said wrong would misstate the tax)."""
    if not isinstance(value, list):
        return ()
    bands = []
    for band in value:
        if not isinstance(band, Mapping):
            return ()
        rate, upto = _number(band.get("rate")), band.get("upto")
        if rate is None or (upto is not None and _number(upto) is None):
            return ()
        bands.append(Band(None if upto is None else _number(upto), rate))
    return tuple(bands)


def read_deductions(detail: Sequence[Mapping[str, Any]] | None) -> tuple[Deduction, ...]:
    """A payslip's ``deductions_detail`` read: each line's code and amount, and the rate
    (PAYE: the bands) it keeps since migration 0115; a line of an older payslip keeps
    none, and reads as before."""
    return tuple(
        Deduction(
            str(line.get("code")),
            Decimal(str(line.get("amount") or 0)),
            rate=_number(line.get("rate")),
            bands=_bands(line.get("bands")),
        )
        for line in detail or ()
    )


def payslip(session: Session, payslip_id: uuid.UUID) -> Payslip | None:
    """A payslip and the company's details (None: not there, or not the caller's)."""
    row = (
        session.execute(
            sa.text("SELECT * FROM public.dicel_payslip(:payslip)"), {"payslip": payslip_id}
        )
        .mappings()
        .one_or_none()
    )
    if row is None:
        return None
    # The notes as the reader reads them (their own payslip, or HR's and finance's).
    notes = session.execute(
        sa.text("SELECT notes FROM public.payroll_records WHERE id = :payslip"),
        {"payslip": payslip_id},
    ).scalar_one_or_none()
    return Payslip(
        company_name=row["company_name"],
        company_address=row["company_address"],
        company_tin=row["company_tin"],
        employee_number=row["employee_number"],
        employee_name=row["employee_name"],
        department=row["department"],
        position=row["position"],
        period_start=row["period_start"],
        period_end=row["period_end"],
        basic_salary=row["basic_salary"],
        allowances=row["allowances"],
        gross=row["gross"],
        deductions=row["deductions"],
        net_salary=row["net_salary"],
        status=row["status"] or "pending",
        payment_date=row["payment_date"],
        payment_method=row["payment_method"],
        deduction_lines=read_deductions(row["deductions_detail"]),
        unpaid_leave=unpaid_leave(notes),
        untaken_leave=untaken_leave(notes),
        paid_back=paid_back(notes),
    )
