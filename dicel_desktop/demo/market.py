"""Sales and customer experience: leads, opportunities, campaigns, feedback, surveys."""

from __future__ import annotations

import random
from datetime import timedelta

from psycopg.types.json import Jsonb

from dicel_desktop.demo import reference as ref
from dicel_desktop.demo.commercial import ClientInfo, company_names
from dicel_desktop.demo.context import (
    KIGALI,
    Demo,
    at,
    money,
    new_id,
    office_time,
    round_to,
)
from dicel_desktop.domain.states import STAGE_PROBABILITY

_SOURCES = ("referral", "website", "trade fair", "cold call", "LinkedIn", "walk-in", "radio")
#: Stage -> (probability %, status) as the sales team records them.
_STAGES = {
    stage: (probability, {"closed_won": "won", "closed_lost": "lost"}.get(stage, "active"))
    for stage, probability in STAGE_PROBABILITY.items()
}
_OFFERS = ("Static guarding, 2 posts", "CCTV and alarm package", "Mobile patrol (night)",
           "Debt recovery mandate", "IT support contract", "Event security")  # fmt: skip
_CAMPAIGNS = (
    ("Hotel security package, Rubavu and Musanze", "direct mail", 4_500_000),
    ("Rwanda trade fair stand (Gikondo Expo grounds)", "event", 12_000_000),
    ("Radio adverts in Kinyarwanda", "radio", 6_000_000),
    ("CCTV monitoring for SACCOs", "email", 1_500_000),
    ("LinkedIn: security for NGOs", "social media", 2_000_000),
    ("Year-end festive season patrols", "outdoor", 8_000_000),
    ("Client referral rewards", "referral", 3_000_000),
    ("Business breakfast, Kigali Convention area", "event", 9_500_000),
    ("Debt recovery for microfinance", "email", 1_200_000),
    ("New website and SEO", "digital", 5_000_000),
)  # fmt: skip
_COMMENTS = {
    "compliment": ("The night guard was very professional.", "Fast response to the alarm."),
    "complaint": ("Guard absent at shift change.", "Invoice sent twice.", "Patrol came late."),
    "suggestion": ("Please send reports in Kinyarwanda too.", "Add an SMS alert for alarms."),
    "service_review": ("Service is good overall.", "Satisfied with the CCTV monitoring."),
}
_SURVEYS = (
    ("Client satisfaction survey 2025", "closed"),
    ("Guard service quality, Q1", "archived"),
    ("Client satisfaction survey 2026", "active"),
    ("Alarm response time check", "closed"),
    ("Billing experience", "active"),
    ("New services interest (2027)", "draft"),
)


def build(demo: Demo) -> None:
    rng = demo.rng("market")
    _leads_and_opportunities(demo, rng)
    _campaigns(demo, rng)
    clients: list[ClientInfo] = demo.shared["clients"]  # type: ignore[assignment]
    _feedback(demo, rng, clients)
    _surveys(demo, rng)


def _leads_and_opportunities(demo: Demo, rng: random.Random) -> None:
    leads = demo.table(
        "leads",
        "id lead_number company_name contact_person email phone source status "
        "assigned_to estimated_value notes created_at updated_at",
    )
    opportunities = demo.table(
        "opportunities",
        "id opportunity_number lead_id title description stage probability "
        "estimated_value expected_close_date assigned_to status created_at updated_at",
    )
    sellers = demo.staff("SAL", role="sales")
    taken: set[str] = demo.shared["company_names"]  # type: ignore[assignment]
    for name, _industry in company_names(rng, 120, taken):
        created = office_time(rng, demo.calendar.random_day(rng))
        created = min(created, demo.now - timedelta(hours=2))
        age = (demo.today - created.date()).days
        status = rng.choice(
            ("new", "contacted") if age < 20
            else ("contacted", "qualified", "qualified", "unqualified", "converted", "lost")
        )  # fmt: skip
        first, last, _ = ref.person_name(rng)
        seller = rng.choice(sellers)
        value = round_to(rng.uniform(2e6, 60e6), 100_000)
        lead_id = new_id(rng)
        updated = min(demo.now, created + timedelta(days=rng.randint(0, 15)))
        leads.append((
            lead_id, demo.number("leads", created.date()), name, f"{first} {last}",
            ref.outside_email(first, name), ref.phone(rng), rng.choice(_SOURCES),
            status, seller.user_id, money(value),
            None if status == "new" else "Met at their office; needs a proposal.", created, updated,
        ))  # fmt: skip
        if status not in ("qualified", "converted", "lost"):
            continue
        if status == "converted":
            stage = "closed_won"
        elif status == "lost":
            stage = "closed_lost"
        else:
            stage = rng.choice(("prospecting", "qualification", "proposal", "negotiation"))
        probability, state = _STAGES[stage]
        if state == "active" and rng.random() < 0.15:
            state = "on_hold"
        opened = min(demo.now, created + timedelta(days=rng.randint(3, 20)))
        closes = opened.date() + timedelta(days=rng.randint(20, 120))
        offer = rng.choice(_OFFERS)
        deal_id = new_id(rng)  # drawn before its last change, as the stream always had it
        changed = min(demo.now, opened + timedelta(days=rng.randint(0, 30)))
        if state in ("won", "lost"):
            # Its step wrote the day it closed (migration 0161), its last change: never
            # after it, never ahead of today.
            closes = changed.astimezone(KIGALI).date()
        opportunities.append((
            deal_id, demo.number("opportunities", opened.date()), lead_id,
            f"{offer} for {name}", f"{offer}; decision maker {first} {last}.", stage,
            probability, money(value), closes, seller.user_id, state, opened, changed,
        ))  # fmt: skip


def _campaigns(demo: Demo, rng: random.Random) -> None:
    rows = demo.table(
        "marketing_campaigns",
        "id campaign_name campaign_type description start_date end_date budget status "
        "created_by created_at updated_at",
    )
    marketers = [p for p in demo.staff("SAL") if p.title == "Marketing Officer"]
    for i, (name, kind, budget) in enumerate(_CAMPAIGNS):
        start = demo.calendar.start + timedelta(days=15 + i * 40)
        end = start + timedelta(days=rng.choice((14, 30, 45, 60)))
        if i == 4:
            status = "cancelled"
        elif end < demo.today:
            status = "completed"
        elif start <= demo.today:
            status = "paused" if i == 8 else "active"
        else:
            status = "planned"
        created = demo.recorded(rng, start - timedelta(days=20))
        rows.append((
            new_id(rng), name, kind, f"{name}: aims at new contracts in the coming quarter.",
            start, end, money(budget), status, marketers[i % len(marketers)].user_id, created,
            min(demo.now, max(created, at(min(end, demo.today), 17))),
        ))  # fmt: skip


def _feedback(demo: Demo, rng: random.Random, clients: list[ClientInfo]) -> None:
    rows = demo.table(
        "customer_feedback",
        "id client_id feedback_type rating comment feedback_date status created_at updated_at",
    )
    served = [c for c in clients if c.status != "prospect"]
    for _ in range(220):
        client = rng.choice(served)
        kind = rng.choices(list(_COMMENTS), (35, 20, 15, 30))[0]
        rating = {
            "compliment": rng.choice((4, 5, 5)),
            "complaint": rng.choice((1, 2, 2, 3)),
        }.get(kind, rng.choice((3, 4, 4, 5)))
        day = demo.calendar.random_day(rng)
        age = (demo.today - day).days
        if age > 45:
            status = rng.choice(("resolved", "closed", "closed", "responded"))
        else:
            status = rng.choice(("received", "under_review", "responded", "resolved"))
        created = min(office_time(rng, day), demo.now - timedelta(minutes=30))
        rows.append((
            new_id(rng), client.id, kind, rating, rng.choice(_COMMENTS[kind]), day, status,
            created, min(demo.now, created + timedelta(days=rng.randint(0, 10))),
        ))  # fmt: skip


def _surveys(demo: Demo, rng: random.Random) -> None:
    rows = demo.table(
        "customer_surveys",
        "id survey_name description questions start_date end_date status created_by "
        "created_at updated_at",
    )
    owners = demo.staff("CX", role="cx")
    questions = [
        {"id": 1, "text": "How satisfied are you with DICEL overall?", "type": "rating", "max": 5},
        {"id": 2, "text": "How quickly do we answer your calls?", "type": "rating", "max": 5},
        {"id": 3, "text": "Would you recommend DICEL to a partner?", "type": "yes_no"},
        {"id": 4, "text": "What should we improve?", "type": "text"},
    ]
    for i, (name, status) in enumerate(_SURVEYS):
        start = {
            "draft": demo.today + timedelta(days=30),
            "active": demo.today - timedelta(days=20),
        }
        first = start.get(status, demo.calendar.start + timedelta(days=30 + 60 * i))
        end = first + timedelta(days=45)
        created = demo.recorded(rng, first - timedelta(days=10))
        rows.append((
            new_id(rng), name, f"{name}: sent to the contact person of every active client.",
            Jsonb(questions[: 3 + i % 2]), first, end, status, owners[i % len(owners)].user_id,
            created, min(demo.now, max(created, at(min(end, demo.today), 12))),
        ))  # fmt: skip
