"""Clients, their contracts and support tickets.

The contracts drive what DICEL bills (finance generator: one invoice a month per running
contract) and where guards stand (security generator: the sites of guarding contracts);
both read ``demo.shared["clients"]`` and ``demo.shared["contracts"]``.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from dicel_desktop.demo import reference as ref
from dicel_desktop.demo.context import (
    Demo,
    add_months,
    lower_first,
    money,
    new_id,
    office_time,
    round_to,
)


@dataclass(frozen=True)
class ClientInfo:
    id: uuid.UUID
    code: str
    name: str
    status: str
    kind: str
    industry: str
    town: str
    contact: str
    email: str
    currency: str


@dataclass(frozen=True)
class ContractInfo:
    id: uuid.UUID
    number: str
    client: ClientInfo
    kind: str
    monthly: Decimal  # fee per month in ``currency``; 0 for commission-only contracts
    currency: str
    start: date
    end: date
    status: str
    guards: int  # guards on site (guarding contracts), else 0

    def bills_in(self, month: date) -> bool:
        """Whether this contract is invoiced for the month starting on ``month``."""
        return self.status != "draft" and self.start <= month <= self.end and self.monthly > 0


#: Contract type -> (weight, monthly fee range in RWF, lengths in months, guard posts)
CONTRACT_TYPES = {
    "Static guarding": (25, (0, 0), (12, 24, 36), (1, 4)),
    "CCTV monitoring": (25, (1_500_000, 4_500_000), (12, 24, 36), (0, 0)),
    "Alarm response": (20, (800_000, 2_500_000), (12, 24), (0, 0)),
    "Mobile patrol": (10, (2_500_000, 6_000_000), (12, 24), (0, 0)),
    "IT support": (10, (2_500_000, 8_000_000), (12,), (0, 0)),
    "Debt recovery": (10, (0, 0), (12,), (0, 0)),
}
#: What one guard post staffed day and night costs the client per month (RWF).
GUARD_POST_RWF = 2_400_000
#: Exchange rate used to price USD contracts (NGOs pay in USD).
USD_RWF = 1_450
_NGO_KINDS = ("Foundation", "Health Initiative", "Children Trust", "Women Network")
_CLIENT_TYPES = (("corporate", 0.55), ("sme", 0.25), ("ngo", 0.1), ("government", 0.1))
_TICKET_CATEGORIES = {
    "Guard conduct": ("Guard found asleep at the gate", "Guard late for the night shift"),
    "Invoice query": ("Invoice amount differs from contract", "Please resend the invoice"),
    "CCTV fault": ("Camera 3 offline since yesterday", "Recording gap on the NVR"),
    "Alarm": ("False alarm at night", "Panic button not responding"),
    "Contract change": ("Add one guard for weekends", "Move the patrol to 22:00"),
    "Report request": ("Monthly incident report needed", "Visitor log for the audit"),
}


def build(demo: Demo) -> None:
    rng = demo.rng("clients")
    clients = _clients(demo, rng)
    contracts = _contracts(demo, rng, clients)
    demo.shared["clients"] = clients
    demo.shared["contracts"] = contracts
    _tickets(demo, rng, clients)


def company_names(rng: random.Random, count: int, taken: set[str]) -> list[tuple[str, str]]:
    """``count`` invented company names (and their industry) not in ``taken``."""
    names = []
    while len(names) < count:
        word = rng.choice(ref.COMPANY_WORDS)
        trade, industry = rng.choice(ref.COMPANY_TRADES)
        name = f"{word} {trade}"
        if name not in taken:
            taken.add(name)
            names.append((name, industry))
    return names


def _clients(demo: Demo, rng: random.Random) -> list[ClientInfo]:
    rows = demo.table(
        "clients",
        "id client_code company_name contact_person email phone address tax_number "
        "industry client_type status created_at updated_at",
    )
    taken: set[str] = set()
    demo.shared["company_names"] = taken
    statuses = ["active"] * 46 + ["prospect"] * 6 + ["inactive"] * 5 + ["suspended"] * 3
    clients = []
    for i, (name, industry) in enumerate(company_names(rng, len(statuses), taken)):
        kind = rng.choices([k for k, _ in _CLIENT_TYPES], [w for _, w in _CLIENT_TYPES])[0]
        if kind == "ngo":
            ngo = f"{name.split()[0]} {rng.choice(_NGO_KINDS)}"
            if ngo not in taken:
                taken.add(ngo)
                name, industry = ngo, "Non-profit"
            else:
                kind = "corporate"
        elif kind == "government":
            district = f"{rng.choice(ref.DISTRICTS)} District"
            if district not in taken:  # one office per district
                taken.add(district)
                name, industry = district, "Public sector"
            else:
                kind = "corporate"
        contact = ref.full_name(rng)
        created_day = demo.calendar.random_day(rng, date(2024, 1, 15), demo.today)
        if i < 30:  # the older half of the book came with the ERP's go-live
            created_day = date(2024, 1, 15) + timedelta(days=i)
        created = office_time(rng, created_day)
        code = demo.number("clients", created_day)
        town = rng.choice(("Kigali",) * 6 + tuple(t for t, _ in ref.UPCOUNTRY_TOWNS))
        address = ref.kigali_address(rng) if town == "Kigali" else f"{town} town"
        if kind == "government":  # drawn as any client's, so the stream is unchanged
            town = ref.DISTRICT_TOWNS[name.removesuffix(" District")]
            address = f"{name} office, {town}"
        client = ClientInfo(
            new_id(rng), code, name, statuses[i], kind, industry, town, contact,
            ref.outside_email("info", name), "USD" if kind == "ngo" else "RWF",
        )  # fmt: skip
        clients.append(client)
        rows.append((
            client.id, code, name, contact, client.email, ref.phone(rng), address, ref.tin(rng),
            industry, kind, client.status, created, created,
        ))  # fmt: skip
    return clients


def _contracts(demo: Demo, rng: random.Random, clients: list[ClientInfo]) -> list[ContractInfo]:
    rows = demo.table(
        "contracts",
        "id contract_number client_id contract_type start_date end_date total_value "
        "currency status terms created_at updated_at",
    )
    contracts: list[ContractInfo] = []
    for client in clients:
        count = {"active": rng.choice((1, 2, 2, 3, 3)), "prospect": 1}.get(client.status, 1)
        chosen: list[str] = []
        while len(chosen) < count:
            kinds = [k for k in CONTRACT_TYPES if k not in chosen]
            chosen += rng.choices(kinds, [CONTRACT_TYPES[k][0] for k in kinds])
        for kind in chosen:
            if client.status == "prospect":
                start = demo.today + timedelta(days=rng.randint(10, 60))
                start, status = date(start.year, start.month, 1), "draft"
            elif client.status == "active":
                start = date(demo.today.year - rng.choice((0, 1, 1, 2)), rng.randint(1, 12), 1)
                if start > demo.today:
                    start = date(start.year - 1, start.month, 1)
                status = "active"
            else:
                start, status = date(demo.today.year - 2, rng.randint(1, 12), 1), "expired"
            _, fees, months_choices, (g_low, g_high) = CONTRACT_TYPES[kind]
            months = rng.choice(months_choices)
            end = add_months(start, months) - timedelta(days=1)
            if client.status == "suspended":
                status = "terminated"
                end = min(end, add_months(date(demo.today.year, demo.today.month, 1), -2))
                end -= timedelta(days=1)
            if client.status == "inactive" and end >= demo.today:
                status, end = "terminated", demo.today - timedelta(days=rng.randint(30, 200))
            # A contract that ran out was renewed for a year: a new contract from the day
            # after, the one that ran out ending as renewed (migration 0038).
            terms = [(start, end, status)]
            while terms[-1][2] == "active" and terms[-1][1] < demo.today:
                begun, ended, _ = terms[-1]
                terms[-1] = (begun, ended, "renewed")
                follows = ended + timedelta(days=1)
                terms.append((follows, add_months(follows, 12) - timedelta(days=1), "active"))
            guards = rng.randint(g_low, g_high) if g_high else 0
            if guards:
                monthly_rwf = guards * GUARD_POST_RWF
            elif fees[1]:
                monthly_rwf = round_to(rng.uniform(*fees), 10_000)
            else:  # commission only: billed on what is recovered, not monthly
                monthly_rwf = 0
            currency = client.currency
            if currency == "USD":
                monthly = money(round_to(monthly_rwf / USD_RWF, 50) if monthly_rwf else 0)
            else:
                monthly = money(monthly_rwf)
            for start, end, status in terms:
                months_total = (end.year - start.year) * 12 + end.month - start.month + 1
                total = monthly * months_total
                if not monthly:  # estimated commission over the contract
                    total = money(round_to(rng.uniform(5e6, 4e7), 100_000))
                created = demo.recorded(rng, start - timedelta(days=14))
                number = demo.number("contracts", created.date())
                info = ContractInfo(new_id(rng), number, client, kind, monthly, currency, start,
                                    end, status, guards)  # fmt: skip
                contracts.append(info)
                terms_text = (
                    f"{kind} for {client.name}. "
                    + (f"{guards} guard post(s) staffed 24/7. " if guards else "")
                    + (
                        "Commission of 12 % of amounts recovered. "
                        if kind == "Debt recovery"
                        else ""
                    )
                    + "Invoiced monthly, payable within 30 days; VAT 18 % extra."
                )
                rows.append((
                    info.id, number, client.id, kind, start, end, total, currency, status,
                    terms_text, created, created,
                ))  # fmt: skip
    return contracts


def _tickets(demo: Demo, rng: random.Random, clients: list[ClientInfo]) -> None:
    rows = demo.table(
        "client_support_tickets",
        "id ticket_number client_id assigned_to category priority subject description "
        "status resolution created_date resolved_date created_at updated_at",
    )
    agents = demo.staff("CLI") + demo.staff("CX", role="cx")
    active = [c for c in clients if c.status in ("active", "suspended")]
    for _ in range(160):
        client = rng.choice(active)
        category = rng.choice(list(_TICKET_CATEGORIES))
        subject = rng.choice(_TICKET_CATEGORIES[category])
        opened = office_time(rng, demo.calendar.random_day(rng))
        opened = min(opened, demo.now - timedelta(hours=1))
        age = (demo.now - opened).days
        status = _ticket_status(rng, age)
        resolved = resolution = None
        if status in ("resolved", "closed"):
            resolved = min(opened + timedelta(hours=rng.randint(2, 96)), demo.now)
            resolution = "Handled with the client's site contact; client confirmed."
        assignee = rng.choice(agents).user_id if status != "open" or rng.random() < 0.5 else None
        rows.append((
            new_id(rng), demo.number("client_support_tickets", opened.date()), client.id,
            assignee, category, rng.choice(("low", "medium", "medium", "high", "critical")),
            subject, f"{client.contact} ({client.name}) reports: {lower_first(subject)}.", status,
            resolution, opened, resolved, opened, resolved or opened,
        ))  # fmt: skip


def _ticket_status(rng: random.Random, age_days: int) -> str:
    if age_days > 30:
        return rng.choice(("closed", "closed", "resolved", "cancelled"))
    return rng.choice(("open", "in_progress", "on_hold", "resolved", "closed"))
