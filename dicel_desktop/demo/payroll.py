"""Payroll since 1 January last year: one run per month, as the database makes them.

The amounts follow the rules of ``dicel_run_payroll`` and its trigger (migration 0014),
so a payslip of the demo and one the database computes never disagree: basic is the
salary for the days employed in the month less approved unpaid leave by the working day
(migration 0145, :func:`unpaid_less`, said in the payslip's notes as the run says it),
allowances ``ALLOWANCE_PERCENT`` of basic,
then PAYE by band, RSSB pension and maternity, and CBHI on what is left, each rounded
down to the franc (:func:`deductions`). Each month's run is made by HR's Payroll
Officer and approved by the Finance Manager; it is paid on the 25th (or the workday
before) and booked as money leaving the bank. This month's run is still pending: it
waits for someone other than the Payroll Officer to approve it. One month was run twice
by mistake: the first run is cancelled.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from psycopg.types.json import Jsonb

from dicel_desktop.demo.context import Demo, Entry, at, columns, money, month_end, new_id
from dicel_desktop.demo.people import SETTINGS
from dicel_desktop.domain.mobile_money import mobile_money_method

PAYROLL_COLUMNS = columns(
    "id employee_id pay_period_start pay_period_end basic_salary allowances "
    "deductions net_salary payment_date payment_method status notes deductions_detail "
    "created_at updated_at"
)
PERIOD_COLUMNS = columns(
    "id period_start period_end status created_by approved_by approved_date paid_date "
    "notes created_at updated_at"
)

#: The settings the database reads, as the people generator writes them.
_SETTING = {key: value for key, value, *_rest in SETTINGS}
ALLOWANCE_PERCENT = Decimal(_SETTING["payroll.allowance_rate_percent"])
PENSION_PERCENT = Decimal(_SETTING["payroll.pension_rate_percent"])
MATERNITY_PERCENT = Decimal(_SETTING["payroll.maternity_rate_percent"])
CBHI_PERCENT = Decimal(_SETTING["payroll.cbhi_rate_percent"])
#: PAYE on a monthly gross: (up to, rate %), the last band without a limit.
PAYE_BANDS = tuple(
    (band["upto"], Decimal(band["rate"])) for band in json.loads(_SETTING["payroll.paye_bands"])
)


def _whole(value: Decimal) -> Decimal:
    """Rounded to the franc, half away from zero (PostgreSQL's round())."""
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def paye(gross: Decimal) -> Decimal:
    """PAYE on a monthly gross: each band's tax rounded down."""
    tax, lower = Decimal(0), Decimal(0)
    for upper, rate in PAYE_BANDS:
        if gross > lower:
            top = gross if upper is None else min(gross, Decimal(upper))
            tax += ((top - lower) * rate / 100).to_integral_value(rounding=ROUND_FLOOR)
        if upper is None:
            break
        lower = Decimal(upper)
    return tax


def deductions(gross: Decimal) -> list[tuple[str, Decimal]]:
    """What is deducted from a gross, in payslip order (``dicel_payroll_deductions``)."""

    def share(base: Decimal, percent: Decimal) -> Decimal:
        return (base * percent / 100).to_integral_value(rounding=ROUND_FLOOR)

    tax = paye(gross)
    pension = share(gross, PENSION_PERCENT)
    maternity = share(gross, MATERNITY_PERCENT)
    cbhi = share(max(gross - tax - pension - maternity, Decimal(0)), CBHI_PERCENT)
    return [("paye", tax), ("pension", pension), ("maternity", maternity), ("cbhi", cbhi)]


def build(demo: Demo, rng: random.Random) -> None:
    rows = demo.table("payroll_records", PAYROLL_COLUMNS)
    periods = demo.table("payroll_periods", PERIOD_COLUMNS)
    cal = demo.calendar
    officer = next(p for p in demo.people if p.title == "Payroll Officer")
    approver = demo.manager("FIN")
    months = list(cal.month_starts())
    run_twice = months[min(2, len(months) - 1)]
    for first in months:
        last = month_end(first)
        pay_day = date(first.year, first.month, 25)
        while not cal.is_workday(pay_day):
            pay_day -= timedelta(days=1)
        paid = pay_day < demo.today
        ran = at(pay_day - timedelta(days=5), 10, rng.randint(0, 59))
        ran = min(ran, demo.now - timedelta(minutes=rng.randint(30, 90)))
        approved = min(at(pay_day - timedelta(days=2), 11), demo.now) if paid else None
        totals = {key: Decimal(0) for key in ("bank", "momo", "airtel", "paye", "rssb")}
        if first == run_twice:
            # Run twice the same morning; the first run was cancelled before approval.
            early = ran - timedelta(hours=2)
            periods.append((
                new_id(rng), first, last, "cancelled", officer.user_id, None, None, None,
                "Run twice by mistake: this run is cancelled.", early,
                early + timedelta(minutes=40),
            ))  # fmt: skip
            for person, slip, note in _payslips(demo, first, last, current=not paid, on=early):
                rows.append((new_id(rng), person.employee_id, first, last, *slip, None,
                             _method(person), "cancelled", note, _detail(slip), early,
                             early + timedelta(minutes=40)))  # fmt: skip
        status = "paid" if paid else "pending"
        periods.append((
            new_id(rng), first, last, status, officer.user_id,
            approver.user_id if paid else None, approved, pay_day if paid else None,
            None, ran, at(pay_day, 11) if paid else ran,
        ))  # fmt: skip
        for person, slip, note in _payslips(demo, first, last, current=not paid, on=ran):
            basic, allowances, deducted, net = slip
            rows.append((
                new_id(rng), person.employee_id, first, last, basic, allowances, deducted, net,
                pay_day if paid else None, _method(person), status, note, _detail(slip), ran,
                at(pay_day, 11) if paid else ran,
            ))  # fmt: skip
            if paid:
                totals[_WALLET.get(_method(person), "bank")] += net
                detail = dict(deductions(basic + allowances))
                totals["paye"] += detail["paye"]
                # Employee and employer shares of pension and maternity, and the
                # employer's 2 % occupational hazards contribution.
                gross = basic + allowances
                hazards = (gross * 2 / 100).to_integral_value(rounding=ROUND_FLOOR)
                totals["rssb"] += 2 * (detail["pension"] + detail["maternity"]) + hazards
        if paid:
            _book(demo, first, last, pay_day, totals)


def unpaid_less(basic: Decimal, unpaid: int, working: int) -> Decimal:
    """What approved unpaid leave takes off a days-employed basic (``dicel_run_payroll``
    since migration 0145): that basic x unpaid working days / working days employed,
    rounded as PostgreSQL's round(), never more than the basic."""
    if unpaid <= 0 or working <= 0:
        return Decimal(0)
    return _whole(basic * min(unpaid, working) / working)


def _unpaid_leave(demo: Demo) -> dict:
    """employee id -> (start, end) of each approved unpaid leave (hr.py wrote them first)."""
    leave = demo.tables["leave_requests"]
    spans: dict = {}
    for row in leave.rows:
        request = dict(zip(leave.columns, row, strict=True))
        if request["leave_type"] == "unpaid" and request["status"] == "approved":
            spans.setdefault(request["employee_id"], []).append(
                (request["start_date"], request["end_date"])
            )
    return spans


def _payslips(demo: Demo, first: date, last: date, *, current: bool, on: datetime):
    """(person, (basic, allowances, deductions, net), notes) for everyone the run made
    ``on`` would pay; the notes say the unpaid leave counted, as the run writes it."""
    days_in_month = (last - first).days + 1
    unpaid_spans = _unpaid_leave(demo)
    for person in demo.people:
        if not (person.employed_on(first) or person.employed_on(last)):
            continue
        # The database's run leaves out whoever is suspended when it runs.
        if current and person.status == "suspended":
            continue
        if person.suspended_from is not None and person.suspended_from <= first:
            continue
        worked_from = max(first, person.hire_date)
        worked_to = min(last, person.termination_date or last)
        days = (worked_to - worked_from).days + 1
        employed = _whole(Decimal(person.salary) * days / days_in_month)
        working = len(demo.calendar.workdays(worked_from, worked_to))
        unpaid = sum(
            len(demo.calendar.workdays(max(start, worked_from), min(end, worked_to)))
            for start, end in unpaid_spans.get(person.employee_id, ())
        )
        less = unpaid_less(employed, unpaid, working)
        notes = []
        if unpaid:
            notes.append(f"Unpaid leave counted on {on:%Y-%m-%d}: {unpaid} of {working} working "
                         f"days not paid ({int(less):,} RWF off basic).")  # fmt: skip
        basic = employed - less
        allowances = _whole(basic * ALLOWANCE_PERCENT / 100)
        # A leaver's final payslip pays the leaving year's annual leave left (the run
        # since migration 0157), at the rate unpaid leave takes off: the demo's leavers
        # are paid it in their month, so the next run owes them no settlement (0159).
        left = person.termination_date
        untaken = untaken_days(demo, person) if left and first <= left <= last else Decimal(0)
        if untaken > 0:
            month_working = len(demo.calendar.workdays(first, last))
            worth = (_whole(employed * untaken / working) if working
                     else _whole(Decimal(person.salary) * untaken / month_working))  # fmt: skip
            allowances += worth
            notes.append(f"Untaken leave paid on {on:%Y-%m-%d}: {untaken.normalize():f} working "
                         f"days of annual leave ({int(worth):,} RWF in allowances).")  # fmt: skip
        note = "\n".join(notes) or None
        deducted = sum((amount for _code, amount in deductions(basic + allowances)), Decimal(0))
        yield person, (money(basic), money(allowances), money(deducted),
                       money(basic + allowances - deducted)), note  # fmt: skip


def untaken_days(demo: Demo, person) -> Decimal:
    """The leaving year's annual leave a leaver did not take, as the run counts it
    (``dicel_leave_left_to_pay``): the allowance earned by the months whose 15th they
    were employed on, down to the half day, less the working days in that year of the
    annual leave approved or pending begun by the leaving day; never below nothing."""
    left = person.termination_date
    year_first, year_last = date(left.year, 1, 1), date(left.year, 12, 31)
    months = sum(1 for m in range(1, 13) if person.hire_date <= date(left.year, m, 15) <= left)
    allowance = Decimal(_SETTING["leave.allowance.annual"])
    earned = (allowance if months >= 12
              else (allowance * months / 6).to_integral_value(ROUND_FLOOR) / 2)  # fmt: skip
    leave = demo.tables["leave_requests"]
    used = Decimal(0)
    for row in leave.rows:
        request = dict(zip(leave.columns, row, strict=True))
        if (
            request["employee_id"] != person.employee_id
            or request["leave_type"] != "annual"
            or request["status"] not in ("approved", "pending")
            or request["start_date"] > left
            or request["end_date"] < year_first
        ):
            continue  # fmt: skip
        if request["start_date"] >= year_first and request["end_date"] <= year_last:
            used += Decimal(request["days_requested"] or 0)
        else:
            used += len(demo.calendar.workdays(max(request["start_date"], year_first),
                                               min(request["end_date"], year_last)))  # fmt: skip
    return max(earned - used, Decimal(0))


#: The rate each deduction line keeps (migration 0115: an edit of a pending payslip
#: computes again with its run's rates, not the settings now): PAYE its bands, the
#: others a percentage, as ``dicel_payroll_rates`` writes them.
_RATES = {
    "paye": {"bands": json.loads(_SETTING["payroll.paye_bands"])},
    "pension": {"rate": json.loads(_SETTING["payroll.pension_rate_percent"])},
    "maternity": {"rate": json.loads(_SETTING["payroll.maternity_rate_percent"])},
    "cbhi": {"rate": json.loads(_SETTING["payroll.cbhi_rate_percent"])},
}


def _detail(slip: tuple[Decimal, Decimal, Decimal, Decimal]) -> Jsonb:
    basic, allowances, _deducted, _net = slip
    return Jsonb(
        [
            {"code": code, "amount": int(amount), **_RATES[code]}
            for code, amount in deductions(basic + allowances)
        ]
    )


def _method(person) -> str:
    """How a person is paid, as the database gives a payslip its person's method
    (migration 0108): a MoMo number by its network, else by bank transfer."""
    return mobile_money_method(person.phone) if person.pay_by_momo else "bank_transfer"


#: The ledger's wallet (``finance.ACCOUNTS``) that pays a mobile-money method.
_WALLET = {"mtn_momo": "momo", "airtel_money": "airtel"}


def _book(demo: Demo, first: date, last: date, pay_day: date, totals: dict[str, Decimal]) -> None:
    month = first.strftime("%B %Y")
    demo.ledger += [
        Entry("operating", "debit", totals["bank"], pay_day - timedelta(days=1),
              f"Transfer to payroll account, {month}", f"PAY-{first:%Y%m}"),
        Entry("payroll", "credit", totals["bank"], pay_day - timedelta(days=1),
              f"Transfer from operating account, {month}", f"PAY-{first:%Y%m}"),
        Entry("payroll", "debit", totals["bank"], pay_day,
              f"Salaries {month} (bank transfers)", f"PAY-{first:%Y%m}"),
        Entry("momo", "debit", totals["momo"], pay_day,
              f"Salaries {month} (MTN MoMo)", f"PAY-{first:%Y%m}-MOMO"),
        # The Airtel wallet keeps a small float (finance.py): what its salaries need is
        # moved there the day before, as the bank's are to the payroll account.
        Entry("operating", "debit", totals["airtel"], pay_day - timedelta(days=1),
              f"Transfer to Airtel Money wallet, {month}", f"PAY-{first:%Y%m}-AIRTEL"),
        Entry("airtel", "credit", totals["airtel"], pay_day - timedelta(days=1),
              f"Transfer from operating account, {month}", f"PAY-{first:%Y%m}-AIRTEL"),
        Entry("airtel", "debit", totals["airtel"], pay_day,
              f"Salaries {month} (Airtel Money)", f"PAY-{first:%Y%m}-AIRTEL"),
    ]  # fmt: skip
    tax_day = last + timedelta(days=15)
    if tax_day <= demo.today:
        demo.ledger += [
            Entry("operating", "debit", totals["paye"], tax_day,
                  f"PAYE {month} to RRA", f"RRA-PAYE-{first:%Y%m}"),
            Entry("operating", "debit", totals["rssb"], tax_day,
                  f"RSSB contributions {month}", f"RSSB-{first:%Y%m}"),
        ]  # fmt: skip
