"""Invoices and their items: one invoice a month per client, a line per running contract.

Rules a reader of the books expects: ``subtotal`` is the sum of the items' ``total_price``
(quantity x unit price), ``tax_amount`` is 18 % VAT of it rounded to the cent, and
``total_amount = subtotal + tax_amount``. An invoice is dated the first working day after
the month it bills, due 30 days later; paid ones have ``paid_date`` and a payment method,
and their payment is booked on the bank, MoMo or USD account. Unpaid ones past their due
date are ``overdue`` (the recovery generator opens cases for the worst payers).
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from dicel_desktop.demo.commercial import ClientInfo, ContractInfo
from dicel_desktop.demo.context import (
    VAT_RATE,
    Demo,
    Entry,
    add_months,
    columns,
    money,
    new_id,
    office_time,
)

INVOICE_COLUMNS = columns(
    "id invoice_number client_id invoice_date due_date subtotal tax_amount "
    "total_amount currency status paid_date payment_method notes created_by "
    "created_at updated_at"
)
ITEM_COLUMNS = columns("id invoice_id description quantity unit_price created_at updated_at")
#: Where a payment lands, by method and currency.
_PAID_INTO = {"bank_transfer": "operating", "cheque": "operating", "cash": "operating",
              "mtn_momo": "momo", "airtel_money": "airtel"}  # fmt: skip
_EXTRAS = (
    ("Extra guard for a weekend event (per day)", (1, 4), 45_000),
    ("CCTV call-out and repair", (1, 1), 60_000),
    ("Replacement IP camera 4MP, installed", (1, 3), 180_000),
    ("Night escort of cash in transit", (1, 5), 35_000),
)


def vat(subtotal: Decimal) -> Decimal:
    return (subtotal * VAT_RATE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def build(demo: Demo) -> None:
    rng = demo.rng("billing")
    invoices = demo.table("invoices", INVOICE_COLUMNS)
    items = demo.table("invoice_items", ITEM_COLUMNS)
    contracts: list[ContractInfo] = demo.shared["contracts"]  # type: ignore[assignment]
    clerks = [p for p in demo.staff("FIN", role="finance") if not p.is_head]
    # How each client pays: days after the invoice date; the worst ones stopped paying.
    habits: dict[ClientInfo, tuple[int, int, date | None]] = {}
    for c in contracts:
        if c.client not in habits:
            roll = rng.random()
            stopped = None
            if roll < 0.08:
                stopped = demo.today - timedelta(days=rng.randint(100, 220))
            low, high = (5, 25) if roll < 0.6 else (20, 45) if roll < 0.9 else (35, 75)
            habits[c.client] = (low, high, stopped)
    overdue: dict[ClientInfo, list[tuple[str, Decimal, str, date]]] = defaultdict(list)
    vat_by_month: dict[tuple[date, str], Decimal] = defaultdict(Decimal)
    for month in demo.calendar.month_starts():
        if month >= date(demo.today.year, demo.today.month, 1):
            continue  # this month is billed next month
        issued = add_months(month, 1)
        while not demo.calendar.is_workday(issued):
            issued += timedelta(days=1)
        running: dict[ClientInfo, list[ContractInfo]] = defaultdict(list)
        for contract in contracts:
            if contract.bills_in(month):
                running[contract.client].append(contract)
        for client, billed in running.items():
            invoice_id = new_id(rng)
            created = office_time(rng, issued)
            if created > demo.now:
                created = demo.now - timedelta(minutes=rng.randint(5, 90))
            number = demo.number("invoices", issued)
            lines = []
            for contract in billed:
                quantity = Decimal(contract.guards or 1)
                unit = (contract.monthly / quantity).quantize(Decimal("0.01"))
                lines.append(
                    (f"{contract.kind} ({contract.number}), {month:%B %Y}", quantity, unit)
                )
            if client.currency == "RWF" and rng.random() < 0.15:
                text, (low, high), price = rng.choice(_EXTRAS)
                lines.append((text, Decimal(rng.randint(low, high)), money(price)))
            subtotal = sum((q * u for _, q, u in lines), Decimal(0)).quantize(Decimal("0.01"))
            tax = vat(subtotal)
            total = subtotal + tax
            due = issued + timedelta(days=30)
            status, paid_on, method, notes = _settle(rng, demo, habits[client], issued, due)
            updated = created
            if status == "cancelled":
                notes = "Cancelled: wrong number of guard posts; replaced by the next invoice."
                updated = min(demo.now, created + timedelta(days=2))
            if paid_on:
                account = "usd" if client.currency == "USD" else _PAID_INTO[method]
                if status == "partially_paid":
                    part = (total / 2).quantize(Decimal("1"))
                    demo.ledger.append(Entry(account, "credit", part, paid_on,
                                             f"Part payment {client.name}", number))  # fmt: skip
                    overdue[client].append((number, total - part, client.currency, due))
                    notes = f"Received {part:,} {client.currency} on {paid_on:%d %b %Y}"
                    paid_on = None  # paid_date is the day an invoice is paid in full
                else:
                    demo.ledger.append(Entry(account, "credit", total, paid_on,
                                             f"Payment {client.name}", number))  # fmt: skip
                updated = office_time(rng, paid_on or issued)
            elif status == "overdue":
                overdue[client].append((number, total, client.currency, due))
            if status not in ("draft", "cancelled"):
                vat_by_month[month, client.currency] += tax
            invoices.append((
                invoice_id, number, client.id, issued, due, subtotal, tax, total,
                client.currency, status, paid_on, method if status != "partially_paid" else None,
                notes, rng.choice(clerks).user_id, created, min(max(updated, created), demo.now),
            ))  # fmt: skip
            for k, (text, quantity, unit) in enumerate(lines):
                # Typed one after the other, as the database now stamps them (0144): a
                # tie printed them in any order.
                typed = min(created + timedelta(seconds=k), demo.now)
                items.append((new_id(rng), invoice_id, text, quantity, unit, typed, typed))
    # A few one-off jobs of this month, invoiced as drafts this morning.
    running_clients = [c.client for c in contracts if c.bills_in(_month_of(demo.today))]
    for client in rng.sample(running_clients, k=min(3, len(running_clients))):
        if client.currency != "RWF":
            continue
        text, (low, high), price = rng.choice(_EXTRAS)
        quantity, unit = Decimal(rng.randint(low, high)), money(price)
        subtotal = (quantity * unit).quantize(Decimal("0.01"))
        invoice_id, created = new_id(rng), demo.now - timedelta(minutes=rng.randint(10, 90))
        invoices.append((
            invoice_id, demo.number("invoices", demo.today), client.id, demo.today,
            demo.today + timedelta(days=30), subtotal, vat(subtotal), subtotal + vat(subtotal),
            "RWF", "draft", None, None, "One-off job, to be checked before sending",
            rng.choice(clerks).user_id, created, created,
        ))  # fmt: skip
        items.append((new_id(rng), invoice_id, text, quantity, unit, created, created))
    demo.shared["overdue"] = dict(overdue)
    # VAT invoiced per (month, currency), paid to RRA the next month (finance generator).
    demo.shared["vat_by_month"] = dict(vat_by_month)


def _month_of(day: date) -> date:
    return date(day.year, day.month, 1)


def _settle(rng: random.Random, demo: Demo, habit, issued: date, due: date):
    """(status, paid date, method, notes) of an invoice as of today."""
    low, high, stopped = habit
    if issued >= demo.today:  # today's run: some already sent, the rest being checked
        if rng.random() < 0.5:
            return "sent", None, None, None
        return "draft", None, None, "Prepared, to be checked before sending"
    if rng.random() < 0.02:
        return "cancelled", None, None, None
    method = rng.choice(("bank_transfer",) * 5 + ("mtn_momo", "mtn_momo", "cheque", "airtel_money"))
    pays_on = issued + timedelta(days=rng.randint(low, high))
    never = stopped is not None and issued >= stopped
    if not never and pays_on < demo.today:
        # A late payer sometimes pays half first; older invoices were settled since.
        if pays_on > due and (demo.today - issued).days < 120 and rng.random() < 0.35:
            return "partially_paid", pays_on, method, None
        return "paid", pays_on, method, None
    if due < demo.today:
        return "overdue", None, None, "Reminder sent" if never else None
    return "sent", None, None, None
