"""Suppliers, stock items, purchase orders in every state, and the stock movements.

Movement convention (also what the inventory service will assume): ``in`` and ``out``
carry a positive quantity; an ``adjustment`` carries the signed correction (a stock
count finding 3 missing is -3). So ``current_stock = sum(in) - sum(out) +
sum(adjustment)``, and the generator never lets the running stock of an item go below
zero. Received purchase orders arrive as ``in`` movements referencing the PO number, and
``purchase_orders.total_amount`` is the sum of its lines (``purchase_order_lines``, each
with what arrived of it). Every submitted order has its approval levels
(``purchase_order_approvals``, migration 0013): the stores' head, and the finance head as
well above ``po.approval_threshold_rwf``; a pending order waits at one of them.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dicel_desktop.demo import reference as ref
from dicel_desktop.demo.context import Demo, Entry, at, money, new_id, office_time, round_to

#: category | item | unit | unit cost (RWF) | sold in sizes M, L, XL
_CATALOGUE_TEXT = """
Uniforms | Guard shirt | piece | 12500 | sized
Uniforms | Guard trousers | piece | 18000 | sized
Uniforms | Rain coat | piece | 25000 | sized
Uniforms | Safety boots | pair | 35000 | sized
Uniforms | Cap | piece | 6000 |
Uniforms | Reflective vest | piece | 8000 | sized
Security equipment | Two-way radio (UHF) | piece | 180000 |
Security equipment | Radio battery | piece | 35000 |
Security equipment | LED torch | piece | 12000 |
Security equipment | Whistle | piece | 1500 |
Security equipment | Metal detector wand | piece | 95000 |
Security equipment | Guard tour checkpoint tag | piece | 9000 |
CCTV & alarm | IP camera 4MP | piece | 120000 |
CCTV & alarm | NVR 8 channels | piece | 350000 |
CCTV & alarm | Hard disk 4TB | piece | 140000 |
CCTV & alarm | Alarm panel | piece | 280000 |
CCTV & alarm | PIR motion sensor | piece | 25000 |
CCTV & alarm | Siren | piece | 30000 |
CCTV & alarm | Panic button | piece | 15000 |
CCTV & alarm | Cat6 cable, 305 m | box | 95000 |
CCTV & alarm | 12 V power supply | piece | 20000 |
IT equipment | Laptop 14 inch | piece | 950000 |
IT equipment | Desktop computer | piece | 750000 |
IT equipment | Monitor 24 inch | piece | 180000 |
IT equipment | Keyboard | piece | 12000 |
IT equipment | Mouse | piece | 8000 |
IT equipment | Toner cartridge | piece | 85000 |
IT equipment | UPS 650 VA | piece | 95000 |
IT equipment | Network switch 24 ports | piece | 320000 |
Office supplies | A4 paper | ream | 5500 |
Office supplies | Ballpoint pens | box | 6000 |
Office supplies | Notebook | piece | 1500 |
Office supplies | Box file | piece | 3500 |
Office supplies | Stapler | piece | 7000 |
Office supplies | Envelopes A4 | pack | 4000 |
Cleaning | Liquid soap, 20 L | jerrycan | 25000 |
Cleaning | Toilet paper | pack | 9000 |
Cleaning | Disinfectant, 5 L | bottle | 15000 |
Cleaning | Mop | piece | 6500 |
Vehicle | Engine oil, 5 L | can | 38000 |
Vehicle | Tyre 195/65 R15 | piece | 120000 |
Vehicle | Motorbike helmet | piece | 45000 |
Safety | First aid kit | kit | 35000 |
Safety | Fire extinguisher 6 kg | piece | 55000 |
Safety | Safety gloves | pair | 3000 | sized
"""
#: (category, item, unit, unit cost, sized)
CATALOGUE = tuple(
    (cat, name, unit, int(cost), sized == "sized")
    for cat, name, unit, cost, sized in (
        [part.strip() for part in line.split("|")] for line in _CATALOGUE_TEXT.strip().splitlines()
    )
)
_SIZES = ("M", "L", "XL")
_SUPPLIER_TRADES = {
    "Uniforms": "Uniforms Ltd", "Security equipment": "Security Equipment Ltd",
    "CCTV & alarm": "Electronics Ltd", "IT equipment": "IT Solutions Ltd",
    "Office supplies": "Stationery Ltd", "Cleaning": "Cleaning Products Ltd",
    "Vehicle": "Motors & Spares Ltd", "Safety": "Safety Supplies Ltd",
}  # fmt: skip
_TERMS = ("Net 30", "Net 30", "Net 15", "Cash on delivery", "50 % advance, 50 % on delivery")
#: Share of POs per state: the older ones are done, the recent ones still moving.
_PO_STATES = (("received", 48), ("partially_received", 8), ("ordered", 10), ("approved", 6),
              ("pending", 9), ("draft", 6), ("rejected", 6), ("cancelled", 7))  # fmt: skip
#: States of the six newest orders, oldest first.
_LATEST = ("partially_received", "ordered", "approved", "pending", "draft", "pending")


@dataclass(eq=False)
class Item:
    id: uuid.UUID
    name: str
    category: str
    unit: str
    cost: int
    supplier: uuid.UUID
    minimum: int
    maximum: int


@dataclass(frozen=True)
class Movement:
    moment: datetime
    kind: str
    quantity: int
    reference: str | None
    reference_type: str
    notes: str
    by: uuid.UUID


def build(demo: Demo) -> None:
    rng = demo.rng("inventory")
    suppliers = _suppliers(demo, rng)
    items = _items(demo, rng, suppliers)
    demo.shared["inventory_items"] = items
    if demo.size == "large":
        # Three years of stock history (bulk.py): the opening count corrects what it left.
        from dicel_desktop.demo import bulk

        demo.shared["stock_before_year"] = bulk.plan_stock(items)
    receipts = _purchase_orders(demo, rng, items)
    _movements(demo, rng, items, receipts)


def _suppliers(demo: Demo, rng: random.Random) -> dict[str, list[uuid.UUID]]:
    rows = demo.table(
        "suppliers",
        "id supplier_code supplier_name contact_person email phone address tax_number "
        "payment_terms status created_at updated_at",
    )
    by_category: dict[str, list[uuid.UUID]] = {}
    words = rng.sample(ref.COMPANY_WORDS, k=len(ref.COMPANY_WORDS))
    n = 0
    for category, trade in _SUPPLIER_TRADES.items():
        for _ in range(3):
            name = f"{words[n % len(words)]} {trade}"
            n += 1
            supplier_id = new_id(rng)
            status = "active" if n % 9 else rng.choice(("inactive", "blocked"))
            if status == "active":
                by_category.setdefault(category, []).append(supplier_id)
            created = office_time(rng, date(2024, 1, 15) + timedelta(days=n))
            contact = ref.full_name(rng)
            rows.append((
                supplier_id, demo.number("suppliers", created.date()), name, contact,
                ref.outside_email("sales", name),
                ref.phone(rng), ref.any_address(rng), ref.tin(rng), rng.choice(_TERMS), status,
                created, created,
            ))  # fmt: skip
    return by_category


def _items(demo: Demo, rng: random.Random, suppliers: dict[str, list[uuid.UUID]]) -> list[Item]:
    items: list[Item] = []
    for category, name, unit, cost, sized in CATALOGUE:
        for size in _SIZES if sized else (None,):
            label = f"{name}, size {size}" if size else name
            minimum = min(100, max(2, int(400_000 / cost * rng.uniform(0.5, 1.5))))
            items.append(Item(new_id(rng), label, category, unit, cost,
                              rng.choice(suppliers[category]), minimum, minimum * 5))  # fmt: skip
    return items


def _purchase_orders(demo: Demo, rng: random.Random, items: list[Item]):
    """Purchase orders over the year; returns item -> receipts (``in`` movements)."""
    rows = demo.table(
        "purchase_orders",
        "id po_number supplier_id order_date expected_delivery total_amount status "
        "approved_by approved_date notes created_by created_at updated_at",
    )
    line_rows = demo.table(
        "purchase_order_lines",
        "id order_id item_id description quantity unit_price quantity_received created_at "
        "updated_at",
    )
    level_rows = demo.table(
        "purchase_order_approvals",
        "id order_id level decision approver_id note decided_at created_at updated_at",
    )
    buyers = [p for p in demo.staff("INV", role="inventory") if not p.is_head]
    store_head, finance_head = demo.manager("INV"), demo.manager("FIN")
    by_supplier: dict[uuid.UUID, list[Item]] = {}
    for item in items:
        by_supplier.setdefault(item.supplier, []).append(item)
    receipts: dict[Item, list[Movement]] = {item: [] for item in items}
    count = 150
    states = [s for s, w in _PO_STATES for _ in range(w)]
    closed_short = False  # the oldest partly received order still short a month on
    for i in range(count):
        # Oldest first; each state gets orders of a plausible age.
        day = demo.calendar.start + timedelta(days=int(i * 355 / count) + rng.randint(0, 4))
        day = min(day, demo.today - timedelta(days=1))
        age = (demo.today - day).days
        state = rng.choice(states)
        if age < 20 and state in ("received", "rejected", "cancelled"):
            state = rng.choice(("pending", "draft", "approved", "ordered"))
        elif age >= 45 and state in ("draft", "pending", "approved", "ordered"):
            state = "received"
        if i >= count - len(_LATEST):  # the newest orders show every open state
            state = _LATEST[i - count]
        supplier = rng.choice(list(by_supplier))
        offered = by_supplier[supplier]
        picked = rng.sample(offered, k=min(len(offered), rng.randint(1, 4)))
        lines = [(item, _order_quantity(rng, item)) for item in picked]
        if i == count - 1:  # the newest: above the threshold, it waits for finance now
            item = max(items, key=lambda it: it.cost)
            supplier, lines = item.supplier, [(item, ref.PO_APPROVAL_THRESHOLD // item.cost + 2)]
        total = sum(money(item.cost) * qty for item, qty in lines)
        buyer = rng.choice(buyers)
        # Up to the threshold the stores' head approves alone; above it finance too, last.
        above = total > ref.PO_APPROVAL_THRESHOLD
        approver = finance_head if above else store_head
        created = office_time(rng, day)
        number = demo.number("purchase_orders", day)
        approved_by = approved_date = None
        if state not in ("draft", "pending") and not (state == "cancelled" and i % 2):
            approved_by = approver.user_id
            approved_date = min(created + timedelta(hours=rng.randint(3, 50)), demo.now)
        expected = day + timedelta(days=rng.choice((7, 14, 21)))
        updated = approved_date or created
        received: dict[Item, int] = {}
        if state in ("received", "partially_received"):
            received_lines = lines if state == "received" else lines[: max(1, len(lines) - 1)]
            arrival = at(expected + timedelta(days=rng.randint(-3, 5)), rng.randint(9, 15))
            arrival = max(arrival, (approved_date or created) + timedelta(days=1))
            if arrival > demo.now:
                arrival = demo.now - timedelta(hours=2)
            if state == "partially_received" and len(lines) == 1:  # half of the only line
                received_lines = [(lines[0][0], max(1, lines[0][1] // 2))]
            for item, qty in received_lines:
                received[item] = qty
                receipts[item].append(
                    Movement(
                        arrival,
                        "in",
                        qty,
                        number,
                        "purchase",
                        f"Received on {number}",
                        rng.choice(buyers).user_id,
                    )
                )
            updated = arrival
            if state == "received" and arrival.date() + timedelta(days=30) < demo.today:
                paid = sum(money(item.cost) * qty for item, qty in received_lines)
                demo.ledger.append(Entry("operating", "debit", paid,
                                         arrival.date() + timedelta(days=30),
                                         f"Supplier payment, {number}", number))  # fmt: skip
        status, notes = state, None
        if state == "partially_received" and not closed_short and age >= 45:
            # The stores gave up on the rest (Close order…, migration 0114's line).
            closed_short = True
            updated = min(updated + timedelta(days=14), demo.now - timedelta(hours=1))
            each = ", ".join(f"{item.name} {received.get(item, 0)} of {qty}" for item, qty in lines)
            status = "closed_short"
            notes = (
                f"Closed short on {updated.date().isoformat()}: {each} received:"
                " The supplier no longer makes the rest."
            )
        order_id = new_id(rng)
        rows.append((
            order_id, number, supplier, day, expected, total, status, approved_by,
            approved_date, notes, buyer.user_id, created, updated,
        ))  # fmt: skip
        for n, (item, qty) in enumerate(lines):
            added = created + timedelta(seconds=20 * n)  # in the order they were typed
            line_rows.append((new_id(rng), order_id, item.id, None, qty, money(item.cost),
                              received.get(item, 0), added, added))  # fmt: skip
        if state != "draft" and not (state == "cancelled" and approved_by is None):
            decided = approved_date if approved_by is not None else None
            _levels(demo, rng, level_rows, order_id, created, decided, state, above,
                    i % 2 == 1)  # fmt: skip
    return receipts


def _levels(
    demo: Demo,
    rng: random.Random,
    rows: list[tuple],
    order_id: uuid.UUID,
    created: datetime,
    decided: datetime | None,
    state: str,
    above: bool,
    manager_done: bool,
) -> None:
    """The approval levels of a submitted order, as dicel_decide_purchase_order leaves
    them: the last decider's time is the order's ``approved_date``."""
    submitted = created + timedelta(minutes=rng.randint(10, 90))
    store_head, finance_head = demo.manager("INV"), demo.manager("FIN")
    rejected = "Price above the framework agreement: ask the supplier for a new quote."
    if decided is None:  # pending: the manager decided already, or not yet
        manager = (
            (store_head.user_id, "approved", None, min(submitted + timedelta(hours=3), demo.now))
            if above and manager_done
            else None
        )
        finance = None
    elif above:
        manager_at = submitted + (decided - submitted) / 2
        manager = (store_head.user_id, "approved", None, manager_at)
        finance = (finance_head.user_id, "rejected" if state == "rejected" else "approved",
                   rejected if state == "rejected" else None, decided)  # fmt: skip
    else:
        manager = (store_head.user_id, "rejected" if state == "rejected" else "approved",
                   rejected if state == "rejected" else None, decided)  # fmt: skip
        finance = None
    for level, outcome, planned in (("manager", manager, True), ("finance", finance, above)):
        if not planned:
            continue
        who, decision, note, when = outcome or (None, None, None, None)
        rows.append((new_id(rng), order_id, level, decision, who, note, when, submitted,
                     when or submitted))  # fmt: skip


def _order_quantity(rng: random.Random, item: Item) -> int:
    return max(1, round_to(item.maximum * rng.uniform(0.3, 0.8), 5 if item.maximum > 20 else 1))


def _movements(demo: Demo, rng: random.Random, items: list[Item], receipts) -> None:
    """Opening count, receipts, issues and stock counts, in time order per item."""
    moves = demo.table(
        "inventory_transactions",
        "id item_id transaction_type quantity unit_cost total_cost reference_number "
        "reference_type notes created_by created_at",
    )
    item_rows = demo.table(
        "inventory_items",
        "id item_code item_name category description unit_of_measure current_stock "
        "minimum_stock maximum_stock unit_cost supplier_id location status created_at "
        "updated_at",
    )
    keepers = [p.user_id for p in demo.staff("INV")]
    sites = [c.name for c in demo.shared["clients"]][:25]  # type: ignore[index]
    # Large size: what the three years of history left on the books (see bulk.py).
    book_before: dict = demo.shared.get("stock_before_year", {})  # type: ignore[assignment]
    opening_day = at(demo.calendar.start, 7, 30)
    for n, item in enumerate(items):
        counted = rng.randint(item.minimum, item.maximum)
        events = list(receipts[item])
        # Issues follow what purchases bring in, so stock neither piles up nor runs dry.
        for _ in range(rng.randint(4, 8) + 3 * len(receipts[item])):
            day = demo.calendar.random_day(rng, last=demo.today - timedelta(days=1))
            moment = office_time(rng, day)
            if rng.random() < 0.1:
                events.append(Movement(moment, "adjustment", 0, None, "adjustment",
                                       "Quarterly stock count", rng.choice(keepers)))  # fmt: skip
            else:
                to_client = item.category == "CCTV & alarm" and rng.random() < 0.5
                where = rng.choice(sites) if to_client else rng.choice(ref.OFFICES)
                events.append(Movement(moment, "out", 0, None, "sale" if to_client else "transfer",
                                       f"Issued to {where}", rng.choice(keepers)))  # fmt: skip
        events.sort(key=lambda m: m.moment)
        # The opening count corrects whatever the books held before the year (large size).
        book = book_before.get(item.id, 0)
        stock = counted
        rows = [Movement(opening_day, "adjustment", counted - book, None, "adjustment",
                         "Opening stock count", keepers[0])]  # fmt: skip
        for ev in events:
            if ev.kind == "in":
                qty = ev.quantity
                stock += qty
            elif ev.kind == "out":
                # Storekeepers mostly keep the minimum back; now and then it goes too.
                reserve = item.minimum if rng.random() < 0.85 else 0
                wanted = rng.randint(max(1, item.maximum // 10), max(1, item.maximum // 4))
                qty = min(stock - reserve, wanted)
                if qty <= 0:
                    continue
                stock -= qty
            else:
                qty = rng.choice((-2, -1, -1, 1)) if stock >= 2 else 1
                stock += qty
            rows.append(Movement(ev.moment, ev.kind, qty, ev.reference, ev.reference_type,
                                 ev.notes, ev.by))  # fmt: skip
        for mv in rows:
            if mv.quantity == 0:
                continue
            moves.append((
                new_id(rng), item.id, mv.kind, mv.quantity, money(item.cost),
                money(item.cost) * abs(mv.quantity), mv.reference, mv.reference_type, mv.notes,
                mv.by, mv.moment,
            ))  # fmt: skip
        status = "active" if n % 37 else "discontinued"
        created = at(date(2024, 1, 15), 11)
        item_rows.append((
            item.id, demo.number("inventory_items", created.date()), item.name, item.category,
            f"{item.name} ({item.category})", item.unit, stock, item.minimum,
            item.maximum, money(item.cost), item.supplier,
            "Gikondo warehouse, aisle " + "ABCDEFGH"[n % 8] + str(1 + n % 12), status,
            created, rows[-1].moment,
        ))  # fmt: skip
