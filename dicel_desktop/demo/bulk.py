"""The ``large`` size: three years of history before the books of the demo company.

1,000,000 transactions and 200,000 stock movements, for benchmarks. They are streamed
to COPY as text (never held as Python rows) and made with cheap arithmetic. Each is
produced by a walk run twice with the same seed: a first pass only adds up what the
history leaves behind (account balances, stock per item), which the small generators
need (finance starts its books from those balances; the opening stock count corrects
the history's book stock); the second pass writes the rows.

Both walks stay plausible: an account's balance stays between its floor and ceiling
(so none is overdrawn), an item's stock never goes below zero.

Measured on the 2-core development VM (PostgreSQL 15 in /dev/shm, fsync off, superuser,
triggers off): ``small`` loads in about 3.5 s, ``large`` in about 35-40 s (of which some
8 s are Python making the rows, the rest COPY and index upkeep); peak memory ~125 MB.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from dicel_desktop.demo.context import SEED, Demo, money
from dicel_desktop.demo.finance import ACCOUNTS as BOOKS_ACCOUNTS

TRANSACTIONS = 1_000_000
STOCK_MOVEMENTS = 200_000
HISTORY_YEARS = 3
_CHUNK = 20_000  # rows per write to the COPY stream

#: account -> (share of rows, amount range). Each history opens with twice the balance the
#: books open with (finance.ACCOUNTS) and keeps between that balance and four times it:
#: whatever the books then do to it, no account ends below where the books alone would.
_ACCOUNTS = {
    "operating": (45, (10_000, 30_000_000)),
    "momo": (20, (1_000, 2_000_000)),
    "petty": (12, (2_000, 100_000)),
    "payroll": (10, (50_000, 5_000_000)),
    "airtel": (6, (1_000, 1_000_000)),
    "usd": (5, (20, 20_000)),
    "deposit": (2, (1_000_000, 50_000_000)),
}
_OPENING = {key: 2 * BOOKS_ACCOUNTS[key][4] for key in _ACCOUNTS}
_WORDS = {
    "operating": (("Client payment", "Sweep from MoMo wallet", "Cash deposit"),
                  ("Supplier payment", "Fuel", "Rent", "Utilities", "RRA payment")),
    "momo": (("MoMo collection",), ("MoMo payout", "Sweep to operating account")),
    "petty": (("Top-up from operating account",), ("Petty cash voucher",)),
    "payroll": (("Transfer from operating account",), ("Salary payment",)),
    "airtel": (("Airtel Money collection",), ("Sweep to operating account",)),
    "usd": (("Client payment (USD)",), ("Supplier payment (USD)", "VAT on USD invoices")),
    "deposit": (("Interest", "Placement"), ("Withdrawal to operating account",)),
}  # fmt: skip
_MASK = ~(0xF000 << 64) & ~(0xC000 << 48) & ((1 << 128) - 1)
_V4 = (0x4000 << 64) | (0x8000 << 48)


#: Rows are spread evenly over the working hours (08:00-17:00) of the history, in order:
#: the n-th row of a walk is never stamped before the (n-1)-th.
_WORKDAY = 9 * 3600


def _clock(second: int) -> str:
    """'08:00:00+02' plus ``second`` seconds of the working day, Kigali time."""
    minutes, s = divmod(second, 60)
    hours, m = divmod(minutes, 60)
    return f"{8 + hours:02d}:{m:02d}:{s:02d}+02"


def _uuid(bits: int) -> str:
    """Text of uuid.UUID(int=bits, version=4), without building the object (faster)."""
    h = f"{(bits & _MASK) | _V4:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _history(demo: Demo) -> tuple[date, int]:
    """First day of the history and its length in days (it ends the day before the books)."""
    end = demo.calendar.books_start
    first = date(end.year - HISTORY_YEARS, end.month, end.day)
    return first, (end - first).days


def _amount_table(low: int, high: int, size: int = 1024) -> list[int]:
    """Amounts spread evenly on a log scale, rounded as people round them (whole francs)."""
    step = 500 if low >= 10_000 else 1
    lo, hi = math.log(low), math.log(high)
    return [max(step, round(math.exp(lo + (hi - lo) * i / (size - 1)) / step) * step)
            for i in range(size)]  # fmt: skip


# --------------------------------------------------------------------------- transactions


def _money_walk() -> Iterator[tuple[str, bool, int]]:
    """(account, is_credit, amount) for each history transaction after the openings."""
    rng = random.Random(f"{SEED}:bulk-money")
    draw = rng.random
    slots = [key for key, (share, _) in _ACCOUNTS.items() for _ in range(share)]
    tables = {key: _amount_table(*spec[1]) for key, spec in _ACCOUNTS.items()}
    balance = dict(_OPENING)
    floor = {key: value // 2 for key, value in _OPENING.items()}
    ceiling = {key: value * 2 for key, value in _OPENING.items()}
    for _ in range(TRANSACTIONS - len(_ACCOUNTS)):
        key = slots[int(draw() * 100)]
        table = tables[key]
        amount = table[int(draw() * 1024)]
        held = balance[key]
        if held - amount < floor[key]:
            credit = True
        elif held + amount > ceiling[key]:
            credit = False
        else:
            credit = draw() < 0.5
        balance[key] = held + amount if credit else held - amount
        yield key, credit, amount


def plan_transactions(demo: Demo) -> dict[str, Decimal]:
    """First pass: each account's balance at the end of the history. Reserves the history's
    transaction numbers (they come before the books', like their dates)."""
    balance = dict(_OPENING)
    for key, credit, amount in _money_walk():
        balance[key] += amount if credit else -amount
    demo.shared["bulk_first_txn"] = demo.take_numbers("transactions", TRANSACTIONS)
    return {key: money(value) for key, value in balance.items()}


def write_transactions(copy, demo: Demo) -> int:
    """Second pass: stream the history's rows to ``COPY transactions (TXN_COLUMNS)``."""
    rng = random.Random(f"{SEED}:bulk-money-rows")
    bits = rng.getrandbits
    draw = rng.random
    ids = {key: str(value) for key, value in demo.shared["account_ids"].items()}  # type: ignore[union-attr]
    currency = {key: "USD" if key == "usd" else "RWF" for key in _ACCOUNTS}
    clerks = [str(p.user_id) for p in demo.staff("FIN", role="finance")]
    first_day, days = _history(demo)
    dates = [first_day + timedelta(days=d) for d in range(days)]
    day_text = [d.isoformat() for d in dates]
    number = demo.shared["bulk_first_txn"]
    assert isinstance(number, int)
    lines: list[str] = []

    def row(i: int, key: str, credit: bool, amount: int, words: str) -> str:
        d, second = divmod(i * days * _WORKDAY // TRANSACTIONS, _WORKDAY)
        stamp = f"{day_text[d]} {_clock(second)}"
        return (
            f"{_uuid(bits(128))}\tTXN-{dates[d].year}-{number + i:06d}\t{ids[key]}\t"
            f"{'credit' if credit else 'debit'}\t{amount}.00\t{currency[key]}\t{words}\t"
            f"H{i:07d}\t{day_text[d]}\t{stamp}\tposted\t{clerks[i % len(clerks)]}\t"
            f"{stamp}\t{stamp}\n"
        )

    i = 0
    for key, opening in _OPENING.items():
        lines.append(row(i, key, True, opening, "Balance brought forward"))
        i += 1
    for key, credit, amount in _money_walk():
        choices = _WORDS[key][0 if credit else 1]
        lines.append(row(i, key, credit, amount, choices[int(draw() * len(choices))]))
        i += 1
        if len(lines) >= _CHUNK:
            copy.write("".join(lines))
            lines.clear()
    copy.write("".join(lines))
    return i


# --------------------------------------------------------------------------- stock


def _stock_walk(n: int, item, count: int) -> Iterator[tuple[str, int]]:
    """(movement type, quantity) for one item's history; the stock never goes below 0."""
    rng = random.Random(f"{SEED}:bulk-stock:{n}")
    draw = rng.random
    stock = 0
    top = max(item.maximum, 5)
    for j in range(count):
        if j == 0 or (stock < item.minimum and draw() < 0.5):
            qty = max(1, top - stock)
            kind = "in"
        else:
            roll = draw()
            if roll < 0.03:
                kind, qty = "adjustment", (-1 if stock > 0 and roll < 0.02 else 1)
            else:
                kind, qty = "out", min(stock, 1 + int(draw() * max(1, top // 6)))
                if qty == 0:
                    kind, qty = "in", top
        stock += -qty if kind == "out" else qty
        yield kind, qty


def _per_item(items: list) -> list[int]:
    base, extra = divmod(STOCK_MOVEMENTS, len(items))
    return [base + (1 if n < extra else 0) for n in range(len(items))]


def plan_stock(items: list) -> dict:
    """First pass: each item's book stock at the end of the history."""
    closing = {}
    for n, (item, count) in enumerate(zip(items, _per_item(items), strict=True)):
        stock = 0
        for kind, qty in _stock_walk(n, item, count):
            stock += -qty if kind == "out" else qty
        closing[item.id] = stock
    return closing


def write_stock(copy, demo: Demo) -> int:
    """Second pass: stream to ``COPY inventory_transactions (STOCK_COLUMNS)``."""
    rng = random.Random(f"{SEED}:bulk-stock-rows")
    bits = rng.getrandbits
    items = demo.shared["inventory_items"]
    keepers = [str(p.user_id) for p in demo.staff("INV")]
    first_day, days = _history(demo)
    day_text = [(first_day + timedelta(days=d)).isoformat() for d in range(days)]
    lines: list[str] = []
    written = 0
    for n, (item, count) in enumerate(zip(items, _per_item(items), strict=True)):  # type: ignore[arg-type]
        item_id, cost = str(item.id), item.cost
        for j, (kind, qty) in enumerate(_stock_walk(n, item, count)):
            d, second = divmod(j * days * _WORKDAY // count, _WORKDAY)
            stamp = f"{day_text[d]} {_clock(second)}"
            if kind == "in":
                ref, ref_type, notes = (
                    f"GRN-{day_text[d][:4]}-{written:07d}",
                    "purchase",
                    "Goods received",
                )
            elif kind == "out":
                ref, ref_type, notes = "\\N", "transfer", "Issued to a site"
            else:
                ref, ref_type, notes = "\\N", "adjustment", "Stock count"
            lines.append(
                f"{_uuid(bits(128))}\t{item_id}\t{kind}\t{qty}\t{cost}.00\t{cost * abs(qty)}.00\t"
                f"{ref}\t{ref_type}\t{notes}\t{keepers[j % len(keepers)]}\t{stamp}\n"
            )
            written += 1
            if len(lines) >= _CHUNK:
                copy.write("".join(lines))
                lines.clear()
    copy.write("".join(lines))
    return written
