"""IT assets (a laptop per office worker, radios for guards, servers...), support
tickets and a month of system monitoring."""

from __future__ import annotations

import random
import string
from datetime import date, timedelta
from decimal import Decimal

from dicel_desktop.demo.context import Demo, at, money, new_id, office_time

#: (type, name, manufacturer, model, cost RWF, life in years)
_MODELS = {
    "laptop": ("Laptop", "Lenovo", "ThinkPad T14 Gen 4", 1_150_000, 4),
    "laptop2": ("Laptop", "HP", "EliteBook 840 G10", 1_250_000, 4),
    "desktop": ("Desktop", "Dell", "OptiPlex 7010", 820_000, 5),
    "phone": ("Mobile phone", "Samsung", "Galaxy A55", 450_000, 3),
    "radio": ("Two-way radio", "Motorola", "DP1400 UHF", 185_000, 5),
    "printer": ("Printer", "HP", "LaserJet Pro M404dn", 480_000, 5),
    "server": ("Server", "Dell", "PowerEdge R650", 9_800_000, 6),
    "switch": ("Network switch", "Cisco", "Catalyst 1000-24T", 1_300_000, 7),
    "firewall": ("Firewall", "Fortinet", "FortiGate 60F", 1_900_000, 5),
    "ap": ("Wi-Fi access point", "Ubiquiti", "UniFi U6 Pro", 260_000, 5),
    "nvr": ("NVR", "Hikvision", "DS-7608NI", 420_000, 6),
}
_NO_COMPUTER = {"Driver", "Cleaner", "Security Guard", "Shift Supervisor"}
_TICKETS = {
    "Hardware": ("Laptop will not start", "Screen flickers", "Battery drains in an hour"),
    "Software": ("Excel crashes when opening the report", "Need Adobe Reader updated"),
    "Network": ("No internet in the Musanze branch", "Wi-Fi drops on the second floor"),
    "Account & access": ("Forgot my DICEL password", "Need access to the Finance share"),
    "Email": ("Mailbox full", "Not receiving client e-mails"),
    "Printer": ("Printer on floor 1 jams", "Toner empty in HR"),
    "ERP": ("Report shows last month's figures", "Cannot approve a leave request"),
}
#: system -> [(metric, unit, typical value, warning, critical)]. A unit is the stored
#: text a monitoring agent writes: symbols ("%", "h", "ms") read the same in every
#: language, and a count has none ("hours" and "count" showed English in French and
#: Kinyarwanda, eye33 #10).
_SYSTEMS = {
    "db01 (PostgreSQL)": [("cpu_usage", "%", 35, 75, 90), ("disk_usage", "%", 58, 80, 90),
                          ("connections", None, 60, 160, 190)],
    "app01": [("cpu_usage", "%", 25, 75, 90), ("memory_usage", "%", 55, 80, 92)],
    "backup01": [("disk_usage", "%", 71, 80, 90), ("last_backup_age", "h", 6, 26, 48)],
    "fw01": [("cpu_usage", "%", 18, 70, 90), ("vpn_tunnels_down", None, 0, 1, 2)],
    "Internet link (primary)": [("latency", "ms", 18, 80, 200), ("packet_loss", "%", 0.2, 2, 5)],
    "Control room NVR": [("disk_usage", "%", 83, 85, 95), ("cameras_offline", None, 1, 3, 6)],
}  # fmt: skip


def build(demo: Demo) -> None:
    rng = demo.rng("it")
    _assets(demo, rng)
    _tickets(demo, rng)
    _monitoring(demo, rng)
    _waiting_tickets(demo)


def _serial(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))


def _assets(demo: Demo, rng: random.Random) -> None:
    rows = demo.table(
        "it_assets",
        "id asset_tag asset_name asset_type manufacturer model serial_number "
        "purchase_date purchase_cost assigned_to location status warranty_expiry "
        "last_maintenance next_maintenance notes created_at updated_at",
    )
    plan: list[tuple[str, object, str]] = []  # (model key, person or None, location)
    for person in demo.people:
        if person.title in ("Security Guard", "Shift Supervisor"):
            plan.append(("radio", person, "Client sites"))
        elif person.title not in _NO_COMPUTER:
            key = "desktop" if "Call Centre" in person.title or "Reception" in person.title else (
                rng.choice(("laptop", "laptop2")))  # fmt: skip
            plan.append((key, person, "Head office, Kacyiru"))
        if person.is_head:
            plan.append(("phone", person, "Head office, Kacyiru"))
    for key, count, where in (("printer", 8, "Head office, Kacyiru"), ("server", 3, "Server room"),
                              ("switch", 6, "Server room"), ("firewall", 1, "Server room"),
                              ("ap", 8, "Head office, Kacyiru"), ("nvr", 4, "Control room"),
                              ("laptop", 8, "IT store"), ("radio", 6, "Control room")):  # fmt: skip
        plan += [(key, None, where)] * count
    # One leaver's laptop never came back: their login is deactivated, and the IT list
    # marks the asset for recovery (services/row_flags.py, migration 0120). The first
    # terminated person with a computer, in the plan's order (no draw from the stream).
    kept = next(
        (p for key, p, _where in plan if p is not None and p.status == "terminated"
         and key in ("laptop", "laptop2")),
        None,
    )  # fmt: skip
    for n, (key, person, where) in enumerate(plan):
        kind, maker, model, cost, life = _MODELS[key]
        bought = date(2019, 1, 7) + timedelta(
            days=rng.randint(0, (demo.today - date(2019, 2, 1)).days)
        )
        if person is not None and bought < person.hire_date:
            bought = person.hire_date
        if (
            kept is not None
            and person is kept
            and person.termination_date
            and bought > person.termination_date
        ):
            bought = person.termination_date  # theirs before they left
        age_years = (demo.today - bought).days / 365
        status = "active"
        if person is not None and person is kept:
            pass  # not returned (above)
        elif person is not None and not person.active:
            status, person = "in_storage", None  # returned when they left
        elif person is None and where == "IT store":
            status = "in_storage"
        elif age_years > life:
            status = rng.choice(("retired", "disposed", "active"))
            if status == "retired":
                person = None  # back on the shelf: no holder (migration 0124's rule)
        elif n % 41 == 5:
            status = "in_repair"
        elif n % 97 == 11:
            status = "lost"
        maintained = nxt = None
        if kind in ("Server", "Printer", "Network switch", "Firewall", "NVR"):
            maintained = demo.today - timedelta(days=rng.randint(10, 170))
            nxt = maintained + timedelta(days=180)
        name = f"{maker} {model}" + (f" ({person.name})" if person is not None else "")
        if kind == "Server":
            name = ("db01", "app01", "backup01")[n % 3] + f" - {maker} {model}"
        created = at(max(bought, date(2024, 1, 15)), 11)
        rows.append((
            new_id(rng), demo.number("it_assets", bought), name, kind, maker, model,
            _serial(rng), bought, money(cost), person.user_id if person is not None else None,
            where, status, bought + timedelta(days=365 * (3 if kind == "Server" else 1)),
            maintained, nxt, "Stolen from a vehicle; police report filed" if status == "lost"
            else "Not returned when its holder left" if person is not None and person is kept
            else None, created, created,
        ))  # fmt: skip


def _tickets(demo: Demo, rng: random.Random) -> None:
    rows = demo.table(
        "it_support_tickets",
        "id ticket_number requester_id assigned_to category priority subject "
        "description status resolution created_date resolved_date created_at updated_at",
    )
    techs = [p for p in demo.staff("IT") if not p.is_head]
    staff = [p for p in demo.people if not p.guard]
    for _ in range(260):
        requester = rng.choice(staff)
        day = demo.calendar.random_day(rng, max(demo.calendar.start, requester.hire_date))
        if not requester.at_work_on(day):
            continue
        opened = min(office_time(rng, day), demo.now - timedelta(minutes=20))
        category = rng.choice(list(_TICKETS))
        subject = rng.choice(_TICKETS[category])
        age = (demo.now - opened).days
        if age > 14:
            status = rng.choice(("closed",) * 6 + ("resolved", "cancelled"))
        else:
            status = rng.choice(("open", "in_progress", "on_hold", "resolved", "closed"))
        tech = rng.choice(techs) if status != "open" else None
        resolved = resolution = None
        if status in ("resolved", "closed"):
            resolved = min(opened + timedelta(hours=rng.randint(1, 70)), demo.now)
            resolution = "Fixed on site; user confirmed it works."
        rows.append((
            new_id(rng), demo.number("it_support_tickets", opened.date()), requester.user_id,
            tech.user_id if tech else None, category,
            rng.choices(("low", "medium", "high", "critical"), (30, 45, 20, 5))[0], subject,
            f"{subject}. Reported by {requester.name} ({requester.title}).", status, resolution,
            opened, resolved, opened, resolved or opened,
        ))  # fmt: skip


def _waiting_tickets(demo: Demo) -> None:
    """A few tickets filed this morning that nobody has taken yet: IT's queue to assign
    and resolve, and one of the showcase employee's own to cancel. Its own random stream,
    so the year's tickets stay as they were."""
    rng = demo.rng("it-queue")
    rows = demo.tables["it_support_tickets"].rows
    office = [p for p in demo.people if p.active and not p.guard and p.at_work_on(demo.today)]
    showcase = [p for p in office if p.showcase and p.role == "employee"]
    requesters = showcase[:1] + rng.sample(office, 3)
    for n, requester in enumerate(requesters):
        category = rng.choice(list(_TICKETS))
        subject = rng.choice(_TICKETS[category])
        opened = demo.now - timedelta(minutes=25 + 40 * n)
        rows.append((
            new_id(rng), demo.number("it_support_tickets", opened.date()), requester.user_id,
            None, category, rng.choice(("medium", "high")), subject,
            f"{subject}. Reported by {requester.name} ({requester.title}).", "open", None,
            opened, None, opened, opened,
        ))  # fmt: skip


def _monitoring(demo: Demo, rng: random.Random) -> None:
    """Every 6 hours over the last 30 days; statuses follow the thresholds."""
    rows = demo.table(
        "system_monitoring",
        "id system_name metric_name metric_value metric_unit threshold_warning "
        "threshold_critical status recorded_at created_at",
    )
    first = at(demo.today - timedelta(days=30), 0)
    steps = int((demo.now - first).total_seconds() // (6 * 3600)) + 1
    for system, metrics in _SYSTEMS.items():
        for metric, unit, typical, warning, critical in metrics:
            for step in range(steps):
                moment = first + timedelta(hours=6 * step)
                value = max(0.0, typical * rng.uniform(0.7, 1.25) + (rng.random() < 0.02) * warning)
                if system == "backup01" and metric == "disk_usage":
                    value = typical + step * 0.1  # the backup disk fills up slowly
                if unit == "%":
                    value = min(value, 100.0)  # a spike fills a disk, never past full
                elif unit is None:
                    value = round(value)  # cameras, tunnels, connections: whole ones
                value_d = money(value)
                status = "normal"
                if rng.random() < 0.005:
                    status, value_d = "unknown", Decimal("0.00")  # the agent did not answer
                elif value_d >= critical:
                    status = "critical"
                elif value_d >= warning:
                    status = "warning"
                rows.append((
                    new_id(rng), system, metric, value_d, unit, money(warning), money(critical),
                    status, moment, moment,
                ))  # fmt: skip
