"""Recovery cases and their documents.

Two kinds of work: DICEL's own unpaid invoices (a case per client with overdue
invoices, for what they owe) and debt-recovery mandates of clients who hired DICEL to
collect from their own debtors.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dicel_desktop.demo import reference as ref
from dicel_desktop.demo.commercial import USD_RWF, ClientInfo, ContractInfo
from dicel_desktop.demo.context import Demo, at, money, new_id, office_time, round_to

_DOCUMENTS = {
    "invoice_debt": ("Invoice copies", "Demand letter", "Payment plan", "Statement of account"),
    "client_mandate": ("Mandate letter", "Debtor list", "Demand letter", "Court filing",
                       "Bailiff report", "Settlement agreement"),
    "asset_repossession": ("Inventory of equipment", "Police report", "Handover note"),
}  # fmt: skip


def build(demo: Demo) -> None:
    rng = demo.rng("recovery")
    cases = demo.table(
        "recovery_cases",
        "id case_number case_type client_id description amount_involved assigned_to "
        "status priority start_date target_completion_date actual_completion_date "
        "created_at updated_at amount_recovered",
    )
    documents = demo.table(
        "recovery_documents",
        "id case_id document_type document_name file_url upload_date uploaded_by created_at",
    )
    officers = demo.staff("REC", role="recovery")
    overdue: dict[ClientInfo, list] = demo.shared["overdue"]  # type: ignore[assignment]
    contracts: list[ContractInfo] = demo.shared["contracts"]  # type: ignore[assignment]
    plan = []
    for client, invoices in overdue.items():
        oldest_due = min(due for *_, due in invoices)
        if (demo.today - oldest_due).days < 20:
            continue  # a reminder is enough for now
        owed = sum((amount for _, amount, _, _ in invoices), Decimal(0))
        numbers = ", ".join(number for number, *_ in invoices[:4])
        text = f"Unpaid invoices of {client.name}: {numbers}" + (
            " ..." if len(invoices) > 4 else ""
        )
        if client.currency == "USD":
            # A case's amount is in RWF: a dollar debt at the demo's rate, said so (a
            # user-eye review read 52,746 USD as RWF) in words: a number written here
            # stays in English figures ("60,888.00") whatever the reader's language,
            # where the form writes amounts in theirs.
            text += " (invoiced in US dollars; the amount is their value in RWF)"
            owed = (owed * USD_RWF).quantize(Decimal("1"))
        plan.append(("invoice_debt", client, text, owed, oldest_due + timedelta(days=20)))
    for contract in contracts:
        if contract.kind != "Debt recovery" or contract.status == "draft":
            continue
        for _ in range(rng.randint(1, 3)):
            start = max(contract.start, demo.calendar.start) + timedelta(days=rng.randint(5, 200))
            if start > demo.today:
                continue
            owed = money(round_to(rng.uniform(1.5e6, 45e6), 50_000))
            debtor = ref.full_name(rng)
            plan.append(("client_mandate", contract.client,
                         f"Collect loan arrears of {debtor} for {contract.client.name}", owed,
                         start))  # fmt: skip
    for client, invoices in list(overdue.items())[:3]:
        plan.append(("asset_repossession", client,
                     f"Recover DICEL cameras and NVR installed at {client.name}",
                     money(round_to(rng.uniform(8e5, 4e6), 10_000)),
                     min(due for *_, due in invoices) + timedelta(days=40)))  # fmt: skip
    for kind, client, text, amount, start in sorted(plan, key=lambda p: (p[4], p[2])):
        start = min(start, demo.today)
        age = (demo.today - start).days
        if kind == "invoice_debt":  # the invoices are still unpaid: the case is still open
            status = "open" if age < 30 else rng.choice(("in_progress", "in_progress", "on_hold"))
        elif age > 150:
            status = rng.choice(("recovered", "recovered", "written_off", "closed"))
        elif age > 40:
            status = rng.choice(("in_progress", "in_progress", "on_hold", "recovered"))
        else:
            status = rng.choice(("open", "in_progress"))
        target = start + timedelta(days=90)
        done = None
        if status in ("recovered", "written_off", "closed"):
            done = min(start + timedelta(days=rng.randint(30, 140)), demo.today)
        priority = "critical" if amount > 30_000_000 else "high" if amount > 10_000_000 else (
            rng.choice(("low", "medium")))  # fmt: skip
        officer = rng.choice(officers)
        case_id = new_id(rng)
        number = demo.number("recovery_cases", start)
        created = min(office_time(rng, start), demo.now - timedelta(hours=1))
        cases.append((
            case_id, number, kind, client.id, text, amount, officer.user_id, status, priority,
            start, target, done, created, min(demo.now, at(done, 16)) if done else created,
            None,
        ))  # fmt: skip
        names = _DOCUMENTS[kind][: rng.randint(1, len(_DOCUMENTS[kind]))]
        for i, name in enumerate(names):
            uploaded = min(created + timedelta(days=7 * i, hours=rng.randint(0, 6)),
                           demo.now - timedelta(minutes=30))  # fmt: skip
            slug = ref.ascii_slug(name.replace(" ", "-"))
            documents.append((
                new_id(rng), case_id, slug.replace("-", "_"), f"{name} - {client.name}.pdf",
                f"dicel-doc://recovery/{number}/{slug}.pdf", uploaded,
                rng.choice(officers).user_id, uploaded,
            ))  # fmt: skip
    # A stream of its own: the cases and documents above stay as they were generated
    # before it was added.
    _recovered(demo.rng("recovery:recovered"), cases)
    # Another for the closed cases (code review 31, F9), for the same reason.
    _closed_after_recovery(demo.rng("recovery:closed"), cases)


#: How much of a case marked recovered came back (migration 0106): most in full, the
#: rest in part (a debtor who paid some and could not pay the rest), as a share of the
#: amount involved, rounded to what people pay.
_IN_FULL = 0.5
_PART = (0.35, 0.9)


def _recovered(rng: random.Random, cases: list[tuple]) -> None:
    """The amount recovered of each case marked recovered: its amount involved, or a
    part of it; none for the others (a closed case may have been written off)."""
    status_at, involved_at = 7, 5
    for index, row in enumerate(cases):
        if row[status_at] != "recovered":
            continue
        involved = row[involved_at]
        came_back = involved
        if rng.random() >= _IN_FULL:
            part = round_to(float(involved) * rng.uniform(*_PART), 10_000)
            came_back = min(money(part), involved)
        cases[index] = (*row[:-1], came_back)


#: The share of closed cases that were marked recovered before they were closed (the
#: others were written off): as often as an old case is recovered rather than written off
#: in ``build``.
_CLOSED_RECOVERED = 2 / 3


def _closed_after_recovery(rng: random.Random, cases: list[tuple]) -> None:
    """A closed case marked recovered before keeps its amount recovered (migration 0106);
    migration 0106's upgrade gave such a case its amount involved (recovered in full, as
    Mark recovered meant before it), so the demo reads as an upgraded database does. One
    written off before it was closed has none."""
    status_at, involved_at = 7, 5
    for index, row in enumerate(cases):
        if row[status_at] == "closed" and rng.random() < _CLOSED_RECOVERED:
            cases[index] = (*row[:-1], row[involved_at])
