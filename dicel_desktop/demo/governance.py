"""Risk register (every cell of the 5 x 5 likelihood x impact grid), risk incidents,
compliance policies and audits."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dicel_desktop.demo.context import Demo, at, lower_first, new_id, office_time

#: (likelihood, impact, category, description, mitigation): one risk per grid cell.
RISKS = (
    (1, 1, "Operational", "Stationery runs out and delays office work", "Monthly reorder"),
    (1, 2, "Security", "Visitor badges lost or not returned", "Badge count at closing"),
    (1, 3, "Supply chain", "Sole uniform supplier goes out of business", "Second supplier"),
    (
        1,
        4,
        "Strategic",
        "Earthquake damages the Rubavu branch (Lake Kivu rift)",
        "Insurance; evacuation drill",
    ),
    (
        1,
        5,
        "Security",
        "Armed robbery during a cash-in-transit escort",
        "Police escort above RWF 20m; route changes",
    ),
    (2, 1, "IT", "Printer outages at head office", "Maintenance contract"),
    (2, 2, "HR", "High turnover of call centre agents", "Career path; exit interviews"),
    (2, 3, "Financial", "Exchange rate losses on USD contracts", "Convert monthly; USD pricing"),
    (2, 4, "IT", "Client data leaked through a lost laptop", "Disk encryption; remote wipe"),
    (2, 5, "Health & safety", "Guard seriously injured on duty", "Training; insurance; radios"),
    (3, 1, "Compliance", "Internal reports submitted late", "Calendar reminders"),
    (3, 2, "Financial", "Fuel price increases raise patrol costs", "Fuel clause in contracts"),
    (3, 3, "Operational", "Guard absenteeism leaves posts uncovered", "Standby guard pool"),
    (3, 4, "IT", "Ransomware encrypts the ERP server", "Offline backups; patching; MFA"),
    (
        3,
        5,
        "Compliance",
        "Private security licence suspended for non-compliance",
        "Quarterly RNP self-assessment",
    ),
    (4, 1, "Operational", "Minor vehicle damage in Kigali traffic", "Driver training"),
    (4, 2, "Operational", "Power cuts at client sites disable CCTV", "UPS at every NVR"),
    (4, 3, "Financial", "Clients pay invoices late, straining cash", "Reminders; recovery desk"),
    (4, 4, "IT", "Phishing e-mails target finance staff", "Awareness training; call-back rule"),
    (4, 5, "Strategic", "Largest guarding client ends its contract", "Account plan; diversify"),
    (5, 1, "Financial", "Small cash differences in petty cash", "Weekly count; two signatures"),
    (5, 2, "IT", "Internet outages at upcountry branches", "Backup 4G link"),
    (5, 3, "Operational", "Rainy-season floods delay patrols in Gikondo", "Alternative routes"),
    (5, 4, "Strategic", "Competitors undercut guarding prices", "Bundle CCTV with guarding"),
    (
        5,
        5,
        "Financial",
        "Cash shortfall if the top three clients keep paying after 60 days",
        "Credit limits; escalation to the MD",
    ),
)
_POLICIES = (
    ("Code of conduct", "Governance", "active"),
    ("Anti-bribery and corruption", "Governance", "active"),
    ("Personal data protection (Law No 058/2021)", "Data protection", "active"),
    ("Information security", "IT", "active"),
    ("Acceptable use of IT", "IT", "approved"),
    ("Procurement", "Finance", "active"),
    ("Expense approval and limits", "Finance", "active"),
    ("Leave and attendance", "HR", "active"),
    ("Whistle-blowing", "Governance", "under_review"),
    ("Health and safety at work", "Health & safety", "active"),
    ("Use of force by guards", "Security", "active"),
    ("Records retention", "Legal", "draft"),
    ("AML/CFT for recovery operations", "Legal", "under_review"),
    ("Remote work (2023)", "HR", "retired"),
)


def build(demo: Demo) -> None:
    rng = demo.rng("governance")
    assessments = _risks(demo, rng)
    _risk_incidents(demo, rng, assessments)
    _policies(demo, rng)
    _audits(demo, rng)


def _risks(demo: Demo, rng: random.Random) -> list[tuple]:
    rows = demo.table(
        "risk_assessments",
        "id assessment_number risk_category risk_description likelihood impact "
        "mitigation_measures assigned_to status assessment_date created_at updated_at",
    )
    owners = demo.staff("RSK", role="risk")
    branches = ("Musanze branch", "Huye branch", "Rubavu branch")
    # Every cell once, then a second look at some risks for a branch (scores move a notch).
    plan = [(risk, None) for risk in RISKS]
    plan += [(rng.choice(RISKS), branches[n % 3]) for n in range(15)]
    for risk, branch in plan:
        likelihood, impact, category, text, mitigation = risk
        if branch:
            likelihood = min(5, max(1, likelihood + rng.choice((-1, 0, 1))))
            # A risk that names its place already is not placed twice ("... the Rubavu
            # branch (Lake Kivu rift) (Rubavu branch)").
            if branch.lower() not in text.lower():
                text = f"{text} ({branch})"
        day = demo.calendar.random_day(rng)
        score = likelihood * impact
        status = rng.choice(("mitigating", "monitoring", "open") if score >= 10
                            else ("monitoring", "closed", "open", "mitigating"))  # fmt: skip
        created = min(office_time(rng, day), demo.now - timedelta(hours=1))
        rows.append((
            new_id(rng), demo.number("risk_assessments", day), category, text, likelihood,
            impact, mitigation, rng.choice(owners).user_id, status, day, created,
            min(demo.now, created + timedelta(days=rng.randint(0, 40))),
        ))  # fmt: skip
    return rows


def _risk_incidents(demo: Demo, rng: random.Random, assessments: list[tuple]) -> None:
    rows = demo.table(
        "risk_incidents",
        "id incident_number risk_assessment_id incident_type description severity "
        "reported_date incident_date status resolution created_at updated_at",
    )
    likely = [a for a in assessments if a[4] * a[5] >= 6]
    for _ in range(32):
        assessment = rng.choice(likely)
        day = max(assessment[9], demo.calendar.random_day(rng))
        happened = at(day, rng.randint(7, 20), rng.randint(0, 59))
        reported = min(happened + timedelta(hours=rng.randint(1, 30)), demo.now)
        happened = min(happened, reported)
        age = (demo.today - day).days
        status = rng.choice(("resolved", "closed")) if age > 30 else rng.choice(
            ("open", "investigating", "resolved"))  # fmt: skip
        severity = {range(1, 6): "low", range(6, 12): "medium", range(12, 20): "high"}
        level = next((v for k, v in severity.items() if assessment[4] * assessment[5] in k),
                     "critical")  # fmt: skip
        rows.append((
            new_id(rng), demo.number("risk_incidents", day), assessment[0], assessment[2],
            f"Occurred: {lower_first(assessment[3])}.", level, reported, happened, status,
            "Mitigation applied and lessons shared." if status in ("resolved", "closed") else None,
            reported, reported,
        ))  # fmt: skip


def _policies(demo: Demo, rng: random.Random) -> None:
    rows = demo.table(
        "compliance_policies",
        "id policy_number policy_name policy_category description policy_content "
        "version effective_date review_date status created_by created_at updated_at",
    )
    authors = demo.staff("CMP", role="compliance")
    for n, (name, category, status) in enumerate(_POLICIES):
        effective = date(2024, 2, 1) + timedelta(days=40 * n)
        if status in ("draft", "under_review"):
            effective = demo.today + timedelta(days=30 + 10 * n)
        # Most are reviewed every two years; two are overdue for review (the screen flags it).
        review = effective + timedelta(days=730 if n % 6 else 300)
        content = (
            f"1. Purpose\nThis policy sets how DICEL Ltd handles {lower_first(name)}.\n\n"
            "2. Scope\nIt applies to every employee, contractor and guard on a client site.\n\n"
            "3. Rules\nBreaches are reported to the Compliance Manager within 24 hours.\n"
        )
        version = f"{1 + n % 3}.{n % 4}"
        created = demo.recorded(rng, effective - timedelta(days=30))
        rows.append((
            new_id(rng), demo.number("compliance_policies", created.date()), name, category,
            f"DICEL policy on {lower_first(name)}.", content, version, effective, review, status,
            authors[n % len(authors)].user_id, created, created,
        ))  # fmt: skip


def _findings(count: int) -> str:
    """A completed audit's findings, counted as a person writes them."""
    if count == 0:
        return "No findings."
    if count == 1:
        return "One finding, not critical."
    return f"{count} findings, none critical."


def _audits(demo: Demo, rng: random.Random) -> None:
    rows = demo.table(
        "compliance_audits",
        "id audit_number audit_type audit_scope auditor audit_date findings "
        "recommendations status created_at updated_at",
    )
    auditors = [
        p for p in demo.staff("CMP") if p.title in ("Internal Auditor", "Compliance Manager")
    ]
    # Each scope with the kind of audit that looks at it (eye30r: VAT returns were a
    # data protection audit, the data protection register a tax one).
    scopes = (
        ("Petty cash and expenses", "internal"),
        ("Guard licences and training files", "regulatory"),
        ("Payroll and PAYE", "tax"),
        ("IT access rights", "internal"),
        ("Procurement and purchase orders", "external"),
        ("Data protection register", "data_protection"),
        ("VAT returns", "tax"),
        ("Client contracts and invoicing", "external"),
    )
    for n in range(20):
        day = demo.calendar.start + timedelta(days=20 * n)
        if n == 13:
            status = "cancelled"
        elif day > demo.today:
            status = "scheduled"
        elif (demo.today - day).days < 15:
            status = "in_progress"
        else:
            status = "completed"
        done = status == "completed"
        created = demo.recorded(rng, day - timedelta(days=14))
        rows.append((
            new_id(rng), demo.number("compliance_audits", day), scopes[n % len(scopes)][1],
            scopes[n % len(scopes)][0], auditors[n % len(auditors)].user_id, day,
            _findings(rng.randint(0, 4)) if done else None,
            "Close findings within 60 days." if done else None, status, created,
            min(demo.now, at(day + timedelta(days=10), 16)) if done else created,
        ))  # fmt: skip
