"""Guards, their assignments, patrol routes and logs, and security incidents.

Assignments follow the guards' attendance (a guard absent that day has a ``missed``
shift), patrols happen during those shifts on the routes of the guard's site, and an
incident is listed by one patrol of its site: the one under way when it happened, else the
first one to start after it (never by a patrol that had ended before it).
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, timedelta

from psycopg.types.json import Jsonb

from dicel_desktop.demo import reference as ref
from dicel_desktop.demo.commercial import ContractInfo
from dicel_desktop.demo.context import Demo, at, new_id, office_time
from dicel_desktop.demo.people import Person

#: How far back assignments and patrols go, and how far ahead shifts are planned.
HISTORY_DAYS = 60
PLANNED_DAYS = 14
_CHECKPOINTS = ("Main gate", "Car park", "Generator room", "Back fence", "Warehouse door",
                "Reception", "Server room corridor", "Roof access", "Staff entrance")  # fmt: skip
_INCIDENTS = (
    ("Attempted theft", "A man tried to leave with a laptop bag without a gate pass."),
    ("Trespassing", "Two people climbed the back fence at night and ran off when challenged."),
    ("Fire alarm", "Alarm triggered by smoke from the kitchen; building evacuated."),
    ("Vandalism", "Car park light broken; CCTV shows a passer-by throwing a stone."),
    ("Suspicious person", "Unknown person photographing the entrance for twenty minutes."),
    ("Access violation", "Visitor entered without signing the visitors' book."),
    ("Vehicle accident", "Delivery truck hit the barrier while reversing."),
    ("Power outage", "Grid power lost; generator started after four minutes."),
)


def build(demo: Demo) -> None:
    rng = demo.rng("security")
    contracts: list[ContractInfo] = demo.shared["contracts"]  # type: ignore[assignment]
    sites = [
        f"{c.client.name}, {c.client.town}"
        for c in contracts
        # A renewed contract goes on as the active one that follows it.
        if c.kind == "Static guarding" and c.status == "active"
        for _ in range(c.guards)
    ] + ["DICEL House, Kacyiru", "Gikondo warehouse"]
    guards = [p for p in demo.people if p.guard]
    site_of = {g: sites[i % len(sites)] for i, g in enumerate(guards)}
    guard_ids = _guards(demo, rng, guards, site_of)
    routes = _routes(demo, rng, sorted(set(site_of.values())))
    incidents = _incidents(demo, rng, guards, site_of)
    _assignments_and_patrols(demo, rng, guards, guard_ids, site_of, routes, incidents)


def _guards(demo: Demo, rng: random.Random, guards: list[Person], site_of) -> dict:
    rows = demo.table(
        "security_guards",
        "id user_id guard_number license_number license_expiry training_certifications "
        "assigned_location shift_preference emergency_contact status created_at "
        "updated_at",
    )
    nights = demo.shared["night_guards"]
    ids = {}
    for n, guard in enumerate(sorted(guards, key=lambda g: g.number)):
        ids[guard] = new_id(rng)
        status = {"terminated": "inactive", "suspended": "suspended"}.get(guard.status)
        status = status or ("on_leave" if guard.status == "on_leave" else "active")
        # A few licences run out soon (the security screens warn about them), one already has.
        expiry = demo.today + timedelta(days=rng.randint(40, 700))
        if n % 10 == 3:
            expiry = demo.today + timedelta(days=rng.randint(5, 30))
        elif n == 7:
            expiry = demo.today - timedelta(days=12)
        certs = ["Private security licence (RNP)", "First aid (Red Cross)"]
        if guard.title == "Shift Supervisor":
            certs.append("Supervisor course")
        created = at(max(guard.hire_date, date(2024, 1, 15)), 10)
        rows.append((
            ids[guard], guard.user_id, demo.number("security_guards", guard.hire_date),
            f"RNP/PSL/{expiry.year - 2}/{rng.randint(100, 9999):04d}", expiry, certs,
            site_of[guard], "night" if guard in nights else rng.choice(("day", "day", "rotating")),
            Jsonb({"name": ref.full_name(rng),
                   "relationship": rng.choice(("Spouse", "Sibling", "Parent")),
                   "phone": ref.phone(rng)}),
            status, created, created,
        ))  # fmt: skip
    return ids


def _routes(demo: Demo, rng: random.Random, sites: list[str]) -> dict[str, list]:
    rows = demo.table(
        "patrol_routes",
        "id route_name description checkpoints estimated_duration frequency is_active "
        "created_at updated_at",
    )
    routes: dict[str, list] = defaultdict(list)
    for n, site in enumerate(sites[:12]):
        points = rng.sample(_CHECKPOINTS, k=rng.randint(4, 7))
        checkpoints = [{"seq": i + 1, "name": p, "tag": f"CP-{n + 1:02d}{i + 1:02d}"}
                       for i, p in enumerate(points)]  # fmt: skip
        active = n != 5
        route_id = new_id(rng)
        if active:
            routes[site].append((route_id, points))
        created = office_time(rng, date(2024, 2, 1) + timedelta(days=n * 9))
        rows.append((
            route_id, f"{site.split(',')[0]} perimeter", f"Perimeter round of {site}",
            Jsonb(checkpoints), 5 * len(points), rng.choice(("hourly", "every 2 hours", "nightly")),
            active, created, created,
        ))  # fmt: skip
    return routes


def _incidents(demo: Demo, rng: random.Random, guards: list[Person], site_of):
    """Incidents over the year; returns site -> (when it happened, incident number)."""
    rows = demo.table(
        "security_incidents",
        "id incident_number incident_type location reported_by reported_date "
        "incident_date severity description actions_taken status resolved_date "
        "created_at updated_at",
    )
    found: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for _ in range(75):
        guard = rng.choice(guards)
        day = demo.calendar.random_day(rng, max(demo.calendar.start, guard.hire_date))
        if not guard.at_work_on(day):
            continue
        happened = at(day, rng.choice((1, 2, 3, 14, 20, 22, 23)), rng.randint(0, 59))
        reported = happened + timedelta(minutes=rng.randint(5, 90))
        if reported > demo.now:
            happened, reported = demo.now - timedelta(hours=3), demo.now - timedelta(hours=2)
        kind, text = rng.choice(_INCIDENTS)
        age = (demo.today - day).days
        status = rng.choice(("resolved", "closed", "closed")) if age > 20 else rng.choice(
            ("open", "investigating", "resolved"))  # fmt: skip
        resolved = None
        if status in ("resolved", "closed"):
            resolved = min(reported + timedelta(hours=rng.randint(2, 120)), demo.now)
        severity = rng.choices(("low", "medium", "high", "critical"), (35, 40, 20, 5))[0]
        number = demo.number("security_incidents", day)
        site = site_of[guard]
        found[site].append((happened, number))
        rows.append((
            new_id(rng), number, kind, site, guard.user_id, reported, happened, severity, text,
            "Supervisor informed; control room logged it; client notified.", status, resolved,
            reported, resolved or reported,
        ))  # fmt: skip
    return found


def _assignments_and_patrols(demo, rng, guards, guard_ids, site_of, routes, incidents) -> None:
    assignments = demo.table(
        "security_assignments",
        "id guard_id location shift_start shift_end assignment_type status notes "
        "created_at updated_at",
    )
    logs = demo.table(
        "patrol_logs",
        "id guard_id route_id start_time end_time checkpoints_completed "
        "incidents_reported notes status created_at updated_at",
    )
    nights = demo.shared["night_guards"]
    guard_days: dict = demo.shared["guard_days"]  # type: ignore[assignment]
    since = demo.today - timedelta(days=HISTORY_DAYS)
    planned = demo.calendar.workdays(demo.today + timedelta(days=1),
                                     demo.today + timedelta(days=PLANNED_DAYS))  # fmt: skip
    # A night's shift its supervisor has not closed yet: worked and ended, still in
    # progress (the list marks it: services/row_flags). Chosen without the random
    # stream, so the rest of the company stays as it was.
    forgetful = next((g for g in guards if g in nights and g.active), None)
    rounds: dict[str, list[tuple[datetime, datetime | None, int]]] = defaultdict(list)
    for guard in guards:
        site = site_of[guard]
        kind = "static" if "DICEL" not in site else "patrol"
        hour = 18 if guard in nights else 6
        days = [(d, s) for d, s in guard_days[guard] if d >= since]
        worked = [d for d, s in days if s != "absent" and at(d, hour + 12) <= demo.now]
        left_open = worked[-1] if guard is forgetful and worked else None
        if guard.active and guard.status != "on_leave":
            days += [(d, "planned") for d in planned]
        for day, seen in days:
            start, end = at(day, hour), at(day, hour + 12)
            if seen == "planned":
                status = "cancelled" if rng.random() < 0.03 else "scheduled"
            elif seen == "absent":
                status = "missed"
            elif day == left_open:
                status = "in_progress"
            else:
                status = "in_progress" if start <= demo.now < end else "completed"
            created = office_time(rng, day - timedelta(days=7))
            created = min(created, demo.now - timedelta(hours=4))
            notes = "Replacement guard sent by the shift supervisor" if status == "missed" else None
            assignments.append((
                new_id(rng), guard_ids[guard], site, start, end, kind, status, notes, created,
                min(demo.now, end) if status != "scheduled" else created,
            ))  # fmt: skip
            if status not in ("completed", "in_progress") or not routes.get(site):
                continue
            route_id, points = rng.choice(routes[site])
            for k in range(rng.randint(2, 4)):
                began = start + timedelta(hours=1 + 3 * k, minutes=rng.randint(0, 40))
                if began > demo.now:
                    break
                done = began + timedelta(minutes=5 * len(points) + rng.randint(-5, 15))
                state, visited = "completed", points
                if done > demo.now:
                    state, done, visited = "in_progress", None, points[: len(points) // 2]
                elif rng.random() < 0.04:
                    state, visited = "aborted", points[: rng.randint(1, len(points) - 1)]
                rounds[site].append((began, done, len(logs)))
                logs.append((
                    new_id(rng), guard_ids[guard], route_id, began, done, Jsonb(visited),
                    Jsonb([]),
                    "Called to the gate, round stopped" if state == "aborted" else None, state,
                    began, done or began,
                ))  # fmt: skip
    _report_incidents(logs, rounds, incidents)


#: How long after an incident the next round of its site still reports it; later, the
#: guard on duty reported it by telephone and no round lists it.
_REPORTED_WITHIN = timedelta(hours=6)


def _report_incidents(logs: list[tuple], rounds: dict, incidents: dict) -> None:
    """Each incident in the list of one round of its site: the round under way when it
    happened, else the first to start after it (eye40 #1: matched by the day alone, rounds
    that had ended hours before listed it). Drawn without the random stream."""
    for site, happenings in incidents.items():
        for happened, number in happenings:
            during = [(began, i) for began, done, i in rounds.get(site, ())
                      if began <= happened and (done is None or happened <= done)]  # fmt: skip
            after = [(began, i) for began, _done, i in rounds.get(site, ())
                     if happened < began <= happened + _REPORTED_WITHIN]  # fmt: skip
            chosen = min(during or after, default=None)
            if chosen is None:
                continue
            row = logs[chosen[1]]
            logs[chosen[1]] = (*row[:6], Jsonb([*row[6].obj, number]), *row[7:])
