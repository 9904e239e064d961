"""Accounts, budgets, expenses and the transactions that book every money movement.

Transaction vocabulary (what the finance screens and services rely on):

* ``transaction_type`` is ``credit`` (money into the account) or ``debit`` (money out),
  read as on a bank statement; ``amount`` is always positive.
* ``financial_accounts.balance`` is the sum over the account's ``posted`` transactions of
  +amount for credits and -amount for debits. ``pending``, ``void`` and ``reversed``
  transactions do not count.

Budgets are per department, category and fiscal (calendar) year; ``spent_amount`` is the
sum of that department's ``approved`` and ``paid`` expenses of the category dated in the
year, so ``remaining_amount`` (generated) is what is left.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from dicel_desktop.demo import reference as ref
from dicel_desktop.demo.commercial import USD_RWF
from dicel_desktop.demo.context import (
    Demo,
    Entry,
    add_months,
    at,
    money,
    month_end,
    new_id,
    office_time,
    round_to,
)

#: key -> (account number, name, type, currency, opening balance, active)
ACCOUNTS = {
    "operating": ("100104577801", "Operating account, Ikaze Commercial Bank", "bank", "RWF",
                  650_000_000, True),
    "payroll": ("100104577802", "Payroll account, Ikaze Commercial Bank", "bank", "RWF",
                15_000_000, True),
    "usd": ("100104577810", "USD account, Ikaze Commercial Bank", "bank", "USD", 85_000, True),
    "momo": ("MOMO-0788500100", "MTN MoMo merchant wallet", "mobile_money", "RWF", 12_000_000,
             True),
    "airtel": ("AIRTEL-0733500100", "Airtel Money merchant wallet", "mobile_money", "RWF",
               2_000_000, True),
    "petty": ("CASH-HQ-01", "Petty cash, head office", "cash", "RWF", 1_500_000, True),
    "deposit": ("200200881201", "Fixed deposit, Umurage Savings Bank", "savings", "RWF",
                300_000_000, True),
    # Closed once its balance went to the operating account: the window marks it closed.
    "old": ("100100112020", "Collections account, Ikaze Commercial Bank", "bank", "RWF",
            3_250_000, False),
}  # fmt: skip
#: Expense category -> amount range (RWF)
CATEGORIES = {
    "Travel": (50_000, 1_200_000),
    "Office supplies": (15_000, 400_000),
    "Training": (100_000, 2_500_000),
    "Communication": (20_000, 600_000),
    "Fuel & transport": (20_000, 800_000),
    "Equipment": (150_000, 4_000_000),
    "Software licences": (200_000, 6_000_000),
    "Marketing": (200_000, 8_000_000),
    "Professional fees": (500_000, 9_000_000),
    "Utilities": (100_000, 3_000_000),
    "Rent": (2_000_000, 6_500_000),
    "Maintenance": (50_000, 2_500_000),
}
#: Department -> {category: share of its operating budget}
BUDGET_SHARES = {
    "ADM": {"Rent": 35, "Utilities": 20, "Maintenance": 15, "Professional fees": 15,
            "Fuel & transport": 10, "Office supplies": 5},
    "HR": {"Training": 50, "Professional fees": 20, "Travel": 15, "Office supplies": 15},
    "FIN": {"Professional fees": 50, "Software licences": 30, "Office supplies": 10, "Travel": 10},
    "IT": {"Equipment": 40, "Software licences": 35, "Communication": 15, "Maintenance": 10},
    "SEC": {"Fuel & transport": 45, "Equipment": 25, "Communication": 20, "Training": 10},
    "INV": {"Fuel & transport": 35, "Maintenance": 30, "Equipment": 25, "Office supplies": 10},
    "CLI": {"Travel": 45, "Communication": 30, "Marketing": 25},
    "SAL": {"Marketing": 60, "Travel": 25, "Communication": 15},
    "CX": {"Communication": 50, "Marketing": 30, "Training": 20},
    "RSK": {"Professional fees": 50, "Training": 30, "Travel": 20},
    "REC": {"Professional fees": 45, "Fuel & transport": 35, "Communication": 20},
    "CMP": {"Professional fees": 60, "Training": 25, "Travel": 15},
}  # fmt: skip
#: Why an expense was rejected, in the decider's words (expenses.decision_note).
_REJECTIONS = ("No receipt attached", "Not a business expense", "Duplicate of an earlier claim",
               "Over the agreed quote: resubmit with the supplier's invoice")  # fmt: skip
#: Expenses below this are paid from petty cash.
PETTY_CASH_LIMIT = 100_000
#: Category -> the trades that sell it: fuel comes from a fuel station, not from
#: "Agaciro Stationery Ltd" (a user-eye review read the demo's expenses).
_VENDOR_TRADES = {
    "Office supplies": ("Stationery Ltd", "Printing Ltd"),
    "Travel": ("Hotel", "Travel Agency Ltd"),
    "Training": ("Training Centre", "Consultants Ltd"),
    "Fuel & transport": ("Fuel Station", "Garage Ltd", "Transport Ltd"),
    "Communication": ("Telecom Services Ltd", "Internet Services Ltd"),
    "Equipment": ("Electronics Ltd", "Hardware Ltd"),
    "Software licences": ("Software Ltd", "IT Solutions Ltd"),
    "Marketing": ("Media Ltd", "Advertising Ltd", "Printing Ltd"),
    "Professional fees": ("Consultants Ltd", "Advocates", "Auditors Ltd"),
    "Utilities": ("Energy Services Ltd", "Water Services Ltd"),
    "Rent": ("Properties Ltd", "Real Estate Ltd"),
    "Maintenance": ("Building Services Ltd", "Hardware Ltd", "Garage Ltd"),
}


def build(demo: Demo) -> None:
    rng = demo.rng("finance")
    allocated = _budgets_allocated(demo)
    spent = _expenses(demo, rng, allocated)
    _budgets(demo, rng, allocated, spent)
    _treasury(demo)
    _transactions(demo, rng)


def _budgets_allocated(demo: Demo) -> dict[tuple[str, int, str], int]:
    """Allocation per (department, year, category): last, this and (in Q4) next year."""
    years = [demo.today.year - 1, demo.today.year]
    if demo.today.month >= 10:
        years.append(demo.today.year + 1)
    allocated = {}
    for code, shares in BUDGET_SHARES.items():
        annual = demo.departments[code].spec.annual_budget
        for year in years:
            growth = {demo.today.year - 1: 0.92, demo.today.year: 1.0}.get(year, 1.08)
            for category, share in shares.items():
                allocated[code, year, category] = round_to(annual * share / 100 * growth, 100_000)
    # The department's budget is what its categories add up to this year.
    rows = demo.tables["departments"].rows
    budget_at = demo.tables["departments"].columns.index("budget")
    code_at = demo.tables["departments"].columns.index("code")
    for n, row in enumerate(rows):
        total = sum(v for (c, y, _), v in allocated.items() if c == row[code_at] and
                    y == demo.today.year)  # fmt: skip
        rows[n] = (*row[:budget_at], money(total), *row[budget_at + 1 :])
    return allocated


def _approver(demo: Demo, creator, day: date):
    """The Finance Manager; for their own expense, another finance login employed that
    day. Only finance decides expenses, never whoever filed one (migration 0014); the
    amount picks no level (``expense.approval_threshold_rwf`` is a custom)."""
    head = demo.manager("FIN")
    if creator is not head:
        return head
    return next(
        p
        for p in sorted(demo.staff("FIN", role="finance", active=False), key=lambda p: p.email)
        if p is not creator and p.employed_on(day)
    )


def _expenses(demo: Demo, rng: random.Random, allocated) -> dict[tuple[str, int, str], Decimal]:
    """Expenses until each budget line is about as used as the time of year says."""
    rows = demo.table(
        "expenses",
        "id expense_number department_id expense_category amount currency description "
        "vendor expense_date receipt_url status approved_by approved_date created_by "
        "decision_note paid_date created_at updated_at",
    )
    spent: dict[tuple[str, int, str], Decimal] = defaultdict(Decimal)
    planned = []
    for (code, year, category), amount in allocated.items():
        if year > demo.today.year:
            continue
        first = date(year, 1, 1)
        last = min(date(year, 12, 31), demo.today)
        elapsed = ((last - first).days + 1) / 365
        target = amount * elapsed * rng.uniform(0.8, 1.08)
        low, high = CATEGORIES[category]
        used = 0
        while used < target:
            value = round_to(rng.uniform(low, min(high, max(low, amount / 6))), 500)
            planned.append((demo.calendar.random_day(rng, first, last), code, category, value))
            used += value
    planned.sort(key=lambda e: (e[0], e[1], e[2], e[3]))
    words = [w for w in ref.COMPANY_WORDS]
    for day, code, category, value in planned:
        dept = demo.departments[code]
        creator = rng.choice(demo.staff(code, active=False))
        if not creator.employed_on(day):
            creator = dept.manager
        approver = _approver(demo, creator, day)
        age = (demo.today - day).days
        status = _expense_status(rng, age)
        created = min(office_time(rng, day), demo.now - timedelta(minutes=rng.randint(10, 300)))
        number = demo.number("expenses", day)
        decided = paid_on = None
        if status in ("approved", "paid", "rejected"):
            decided = min(created + timedelta(hours=rng.randint(1, 72)), demo.now)
        updated = decided or created
        if status == "paid":
            paid_on = min(decided.date() + timedelta(days=rng.randint(0, 5)), demo.today)
            account = "petty" if value < PETTY_CASH_LIMIT else "operating"
            demo.ledger.append(Entry(account, "debit", money(value), paid_on,
                                     f"{category}: {dept.spec.name}", number))  # fmt: skip
            updated = max(updated, at(paid_on, 15))
        if status in ("approved", "paid"):
            spent[code, day.year, category] += money(value)
        if status == "cancelled":
            updated = min(demo.now, created + timedelta(hours=5))
        # The same number of draws from the stream as before (a word, then a trade of
        # eight), so that the rest of the demo company stays as it was.
        word, pick = rng.choice(words), rng.randrange(8)
        trades = _VENDOR_TRADES[category]
        vendor = f"{word} {trades[pick % len(trades)]}"
        note = rng.choice(_REJECTIONS) if status == "rejected" else None
        rows.append((
            new_id(rng), number, dept.id, category, money(value), "RWF",
            f"{category} for {dept.spec.name}", vendor, day,
            f"dicel-doc://expenses/{number}.pdf", status,
            approver.user_id if decided else None, decided, creator.user_id, note, paid_on,
            created, min(updated, demo.now),
        ))  # fmt: skip
    return spent


def _expense_status(rng: random.Random, age_days: int) -> str:
    if age_days < 7:
        return rng.choice(("pending", "pending", "approved", "rejected", "cancelled"))
    if age_days < 21:
        return rng.choice(("approved", "paid", "paid", "pending", "rejected"))
    return rng.choice(("paid",) * 16 + ("rejected", "rejected", "cancelled"))


def _budgets(demo: Demo, rng: random.Random, allocated, spent) -> None:
    rows = demo.table(
        "budgets",
        "id department_id fiscal_year budget_category allocated_amount spent_amount "
        "status created_at updated_at",
    )
    for (code, year, category), amount in allocated.items():
        used = spent.get((code, year, category), Decimal(0))
        if year < demo.today.year:
            status = "closed"
        elif year > demo.today.year:
            status = "draft"
        else:
            status = "frozen" if used > amount * Decimal("0.97") else "active"
        created = demo.recorded(rng, date(year - 1, 10, 20))  # prepared in October
        updated = max(created, min(demo.now, office_time(rng, date(year, 12, 31))))
        rows.append((
            new_id(rng), demo.departments[code].id, year, category, money(amount), used, status,
            created, updated,
        ))  # fmt: skip


def _treasury(demo: Demo) -> None:
    """Monthly movements between accounts, bank charges, interest and the closing of the
    old collections account."""
    ledger = demo.ledger
    # Petty cash is an imprest: each month it is topped up by what was spent the month before.
    petty_spent: dict[date, Decimal] = defaultdict(Decimal)
    for entry in ledger:
        if entry.account == "petty" and entry.kind == "debit":
            petty_spent[date(entry.day.year, entry.day.month, 1)] += entry.amount
    for month in demo.calendar.month_starts():
        label = f"{month:%B %Y}"
        top_up = petty_spent.get(add_months(month, -1), Decimal(0))
        ledger += [
            Entry("operating", "debit", top_up, month + timedelta(days=2),
                  f"Petty cash top-up, {label}", f"PC-{month:%Y%m}"),
            Entry("petty", "credit", top_up, month + timedelta(days=2),
                  f"Top-up from operating account, {label}", f"PC-{month:%Y%m}"),
            Entry("operating", "debit", money(45_000), month + timedelta(days=27),
                  f"Bank charges, {label}", None),
            Entry("payroll", "debit", money(12_500), month + timedelta(days=27),
                  f"Bank charges, {label}", None),
            Entry("usd", "debit", money(15), month + timedelta(days=27),
                  f"Bank charges, {label}", None),
        ]  # fmt: skip
        if month.month % 3 == 0:
            ledger.append(Entry("deposit", "credit", money(6_750_000), month + timedelta(days=28),
                                f"Interest, quarter to {label}", None))  # fmt: skip
    vat_due: dict = demo.shared.get("vat_by_month", {})  # type: ignore[assignment]
    for (month, currency), amount in sorted(vat_due.items()):
        pay_day = add_months(month, 1) + timedelta(days=14)
        if pay_day <= demo.today:
            account = "usd" if currency == "USD" else "operating"
            text = f"VAT return {month:%B %Y} ({currency} invoices) to RRA"
            ledger.append(Entry(account, "debit", amount, pay_day, text, f"RRA-VAT-{month:%Y%m}"))
    # USD above a working balance is converted to francs each quarter (two entries, one per
    # currency: amounts in different currencies are never added together).
    usd = sorted((e for e in ledger if e.account == "usd"), key=lambda e: e.day)
    held, i = Decimal(ACCOUNTS["usd"][4]), 0
    for month in demo.calendar.month_starts():
        end = month_end(month)
        if end >= demo.today:
            break
        while i < len(usd) and usd[i].day <= end:
            held += usd[i].amount if usd[i].kind == "credit" else -usd[i].amount
            i += 1
        if month.month % 3 == 0 and held > 100_000:
            sold = (held - 80_000).quantize(Decimal("1000"))
            held -= sold
            ledger += [
                Entry("usd", "debit", sold, end, f"Sale of USD {sold:,.0f} at {USD_RWF:,}",
                      f"FX-{end:%Y%m}"),
                Entry("operating", "credit", sold * USD_RWF, end,
                      f"Proceeds of USD {sold:,.0f} at {USD_RWF:,}", f"FX-{end:%Y%m}"),
            ]  # fmt: skip
    # Mobile money wallets keep a float; the rest is swept to the bank at each month end.
    for key, keep in (("momo", 5_000_000), ("airtel", 1_000_000)):
        flows = sorted((e for e in ledger if e.account == key), key=lambda e: e.day)
        held, i = Decimal(ACCOUNTS[key][4]), 0
        for month in demo.calendar.month_starts():
            end = month_end(month)
            if end >= demo.today:
                break
            while i < len(flows) and flows[i].day <= end:
                held += flows[i].amount if flows[i].kind == "credit" else -flows[i].amount
                i += 1
            if held > keep:
                sweep = held - keep
                held = Decimal(keep)
                ledger += [
                    Entry(key, "debit", sweep, end, "Sweep to operating account", f"SW-{end:%Y%m}"),
                    Entry("operating", "credit", sweep, end, f"Sweep from {ACCOUNTS[key][1]}",
                          f"SW-{end:%Y%m}"),
                ]  # fmt: skip
    first = demo.calendar.books_start
    ledger += [
        Entry("old", "debit", money(ACCOUNTS["old"][4]), first + timedelta(days=14),
              "Account closed: balance moved to the operating account", "CLOSE-OLD"),
        Entry("operating", "credit", money(ACCOUNTS["old"][4]), first + timedelta(days=14),
              "Balance of the closed collections account", "CLOSE-OLD"),
    ]  # fmt: skip


def _transactions(demo: Demo, rng: random.Random) -> dict[str, Decimal]:
    """Every ledger entry as a posted transaction, the opening balances, and a few
    pending, void and reversed ones that do not count."""
    accounts = demo.table(
        "financial_accounts",
        "id account_number account_name account_type currency balance is_active "
        "created_at updated_at",
    )
    rows = demo.table(
        "transactions",
        "id transaction_number account_id transaction_type amount currency description "
        "reference_number transaction_date posted_date status created_by created_at "
        "updated_at",
    )
    ids = {key: new_id(rng) for key in ACCOUNTS}
    demo.shared["account_ids"] = ids
    clerks = [p.user_id for p in demo.staff("FIN", role="finance")]
    before: dict[str, Decimal] = {}
    if demo.size == "large":
        # Three years of history (bulk.py) open these accounts and leave their balances.
        from dicel_desktop.demo import bulk

        before = bulk.plan_transactions(demo)
    opening_day = demo.calendar.books_start
    entries = [
        Entry(key, "credit", money(opening), opening_day, "Balance brought forward",
              f"OB-{opening_day.year}")
        for key, (*_, opening, _active) in ACCOUNTS.items()
        if key not in before
    ]  # fmt: skip
    # Month-end routines of this month (bank charges, top-ups) have not happened yet.
    entries += [e for e in demo.ledger if e.amount > 0 and e.day <= demo.today]
    entries.sort(key=lambda e: (e.day, e.account, e.kind, e.amount))
    balance = {key: before.get(key, Decimal(0)) for key in ACCOUNTS}
    extra = []
    for entry in entries:
        balance[entry.account] += entry.amount if entry.kind == "credit" else -entry.amount
        extra.append((entry, "posted"))
        if rng.random() < 0.004:  # a keying mistake, voided the same day
            extra.append((entry, "void"))
    for n in range(3):  # payments the bank sent back
        extra.append((Entry("operating", "credit", money(350_000 + 50_000 * n),
                            demo.today - timedelta(days=40 + 30 * n), "Cheque returned unpaid",
                            f"CHQ-{demo.today.year}-{n + 17}"), "reversed"))  # fmt: skip
    for n in range(4):  # collections not yet confirmed by the operator
        extra.append((Entry("momo", "credit", money(round_to(rng.uniform(2e5, 3e6), 1000)),
                            demo.today - timedelta(days=n % 2), "MoMo collection, unconfirmed",
                            f"MOMO-PEND-{n + 1}"), "pending"))  # fmt: skip
    extra.sort(key=lambda e: (e[0].day, e[0].account, e[1]))
    for entry, status in extra:
        moment = office_time(rng, entry.day)
        if moment > demo.now:
            moment = demo.now - timedelta(minutes=rng.randint(5, 60))
        currency = ACCOUNTS[entry.account][3]
        rows.append((
            new_id(rng), demo.number("transactions", entry.day), ids[entry.account], entry.kind,
            entry.amount, currency, entry.description, entry.reference, entry.day,
            moment if status != "pending" else None, status, rng.choice(clerks), moment, moment,
        ))  # fmt: skip
    created = at(date(2024, 1, 15), 9)
    for key, (number, name, kind, currency, _opening, active) in ACCOUNTS.items():
        if balance[key] < 0:
            raise AssertionError(f"demo account {key} would be overdrawn: {balance[key]}")
        accounts.append((ids[key], number, name, kind, currency, balance[key], active, created,
                         demo.now - timedelta(hours=1)))  # fmt: skip
    return balance
