"""Leave requests and attendance over the last year, payroll since 1 January last year
(payroll.py).

They agree with each other: days of approved leave are ``on_leave`` in the attendance,
public holidays (the holidays table) are ``holiday``, nobody has attendance before their
hiring or after leaving, and each month's paid payroll is booked as money leaving the
bank. Leave follows the rules the database enforces on new requests (migration 0012).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dicel_desktop.demo import payroll
from dicel_desktop.demo import reference as ref
from dicel_desktop.demo.context import Demo, at, columns, money, new_id
from dicel_desktop.demo.people import Person
from dicel_desktop.domain import leave_service

LEAVE_COLUMNS = columns(
    "id employee_id leave_type start_date end_date days_requested reason status "
    "approved_by approved_date notes created_at updated_at"
)
ATTENDANCE_COLUMNS = columns(
    "id employee_id date check_in check_out total_hours status notes created_at updated_at"
)

_REASONS = {
    "annual": ("Family visit in Rubavu", "Rest after the year-end closing", "Travel to Huye",
               "Wedding of a relative", "Holiday with the children"),
    "sick": ("Malaria", "Flu", "Medical appointment at King Faisal Hospital", "Back pain"),
    "maternity": ("Maternity leave",),
    "paternity": ("Birth of a child",),
    "compassionate": ("Bereavement in the family", "Funeral of a relative"),
    "study": ("Final exams (University of Rwanda)", "ICPAR exam preparation"),
    "unpaid": ("Personal matters", "Moving house"),
}  # fmt: skip
_REJECTIONS = ("Quarter-end closing: please move to next month", "Too many team members away",
               "Overlaps the client audit week")  # fmt: skip
#: People whose work can be done from home on some days.
_REMOTE_DEPTS = {"IT", "FIN", "SAL", "RSK", "CMP"}


def approver_of(demo: Demo, person: Person) -> Person:
    """Who decides this person's requests: their supervisor; for the top, the HR head."""
    return person.supervisor or demo.manager("HR")


def build(demo: Demo) -> None:
    _holidays(demo)
    leave_days = _leave(demo, demo.rng("leave"))
    _attendance(demo, demo.rng("attendance"), leave_days)
    payroll.build(demo, demo.rng("payroll"))


def _holidays(demo: Demo) -> None:
    """Rwanda's public holidays from the first year of the books to next year: leave
    and attendance skip the same days the database's working days do."""
    rows = demo.table("holidays", "id holiday_date name created_at updated_at")
    rng = demo.rng("holidays")
    created = at(demo.calendar.books_start - timedelta(days=20), 9)
    first, last = demo.calendar.books_start.year, demo.today.year + 1
    for day, name in sorted(demo.calendar.holidays.items()):
        if first <= day.year <= last:
            rows.append((new_id(rng), day, name, created, created))


# --------------------------------------------------------------------------- leave


class _Leave:
    """The leave requests being generated, kept within the rules the database enforces
    for new ones: no overlap of pending or approved requests, within each type's
    allowance for the year a leave starts, decided by someone other than the employee."""

    def __init__(self, demo: Demo, rng: random.Random) -> None:
        self.demo, self.rng = demo, rng
        self.rows = demo.table("leave_requests", LEAVE_COLUMNS)
        self.busy: dict[Person, set[date]] = {p: set() for p in demo.people}
        self.on_leave: dict[Person, set[date]] = {p: set() for p in demo.people}
        self.used: dict[tuple[Person, str, int], int] = {}

    def fits(self, person: Person, leave_type: str, start: date, end: date, days: int) -> bool:
        if set(self.demo.calendar.workdays(start, end)) & self.busy[person]:
            return False
        # Earned by the month of service in a year of joining or leaving (migration 0146).
        months = leave_service.service_months(start.year, person.hire_date, person.termination_date)
        allowance = leave_service.allowance(
            ref.LEAVE_ALLOWANCES.get(leave_type), leave_type, months
        )
        used = self.used.get((person, leave_type, start.year), 0)
        return allowance is None or used + days <= allowance

    def add(self, person: Person, leave_type: str, start: date, end: date, status: str) -> None:
        demo, rng = self.demo, self.rng
        span = set(demo.calendar.workdays(start, end))
        days = len(span)
        # Rejected and cancelled requests kept their days too: nobody asked twice.
        self.busy[person] |= span
        if status in ("approved", "pending"):
            key = (person, leave_type, start.year)
            self.used[key] = self.used.get(key, 0) + days
        created = at(start - timedelta(days=rng.randint(3, 25)), 8, rng.randint(0, 59))
        if leave_type == "sick":
            created = at(start, 7, rng.randint(0, 59))
        created = min(created, demo.now - timedelta(hours=1))
        boss = approver_of(demo, person)
        approved_by = decided = None
        notes = None
        if status in ("approved", "rejected"):
            approved_by = boss.user_id
            decided = min(created + timedelta(hours=rng.randint(2, 60)), at(start, 7))
            decided = max(created + timedelta(minutes=30), min(decided, demo.now))
            if status == "rejected":
                notes = rng.choice(_REJECTIONS)
        elif status == "cancelled":
            notes = "Cancelled by the employee"
        if status == "approved":
            self.on_leave[person] |= span
        updated = decided or created
        if status == "cancelled":
            updated = min(created + timedelta(days=1), demo.now)
        self.rows.append((
            new_id(rng), person.employee_id, leave_type, start, end, days,
            rng.choice(_REASONS[leave_type]), status, approved_by, decided, notes, created,
            updated,
        ))  # fmt: skip


def _leave(demo: Demo, rng: random.Random) -> dict[Person, set[date]]:
    """Leave requests in all four states; returns each person's days of approved leave."""
    cal = demo.calendar
    made = _Leave(demo, rng)
    waiting: list[tuple[Person, date, date]] = []
    for person in demo.people:
        # (leave type, what must come of it): "today" for whoever is on leave today (their
        # status says so), "pending" for the showcase employees (a request to decide on).
        plans: list[tuple[str, str | None]] = []
        if person.leave_today:
            plans.append((person.leave_today, "today"))
        if person.showcase and person.role == "employee":
            plans.append(("annual", "pending"))
        plans += [(_leave_type(rng, person), None) for _ in range(rng.choice((1, 2, 2, 3)))]
        for leave_type, must in plans:
            first = max(person.hire_date + timedelta(days=90), cal.start)
            last = (person.termination_date or demo.today + timedelta(days=60)) - timedelta(days=7)
            if first > last:
                continue
            days = _leave_length(rng, leave_type)
            if must == "today":  # started three weeks (or two working days) ago
                days = max(days, 5)
                start = demo.today - timedelta(days=21 if leave_type == "maternity" else 2)
                while not cal.is_workday(start):
                    start -= timedelta(days=1)
            elif must == "pending":
                start = cal.add_workdays(demo.today + timedelta(days=15), 1)
            else:
                start = cal.add_workdays(cal.random_day(rng, first, last), 1)
            if leave_type == "maternity":
                end = start + timedelta(weeks=12) - timedelta(days=1)
            else:
                end = cal.add_workdays(start, days)
            if not made.fits(person, leave_type, start, end, len(cal.workdays(start, end))):
                continue
            status = {"today": "approved", "pending": "pending"}.get(must) or _leave_status(
                rng, start, demo.today
            )
            made.add(person, leave_type, start, end, status)
            if must == "pending":
                waiting.append((person, start, end))
    # Whoever decides a showcase request sees a colleague away in those days.
    for person, start, end in waiting:
        _colleague_away(demo, made, person, start, end)
    return made.on_leave


def _colleague_away(demo: Demo, made: _Leave, person: Person, start: date, end: date) -> None:
    """An approved annual leave of a colleague (same supervisor, else same department)
    overlapping ``start`` - ``end``, where one of them is free and has the days."""
    cal = demo.calendar
    colleagues = [p for p in demo.people if p is not person and p.active]
    colleagues.sort(key=lambda p: (p.supervisor is not person.supervisor, p.dept != person.dept))
    first = cal.add_workdays(start - timedelta(days=4), 1)
    last = cal.add_workdays(first, 5)
    for colleague in colleagues[:20]:
        if colleague.supervisor is not person.supervisor and colleague.dept != person.dept:
            break
        if made.fits(colleague, "annual", first, last, len(cal.workdays(first, last))):
            made.add(colleague, "annual", first, last, "approved")
            return


def _leave_type(rng: random.Random, person: Person) -> str:
    roll = rng.random()
    if roll < 0.62:
        return "annual"
    if roll < 0.82:
        return "sick"
    if roll < 0.88:
        return "compassionate"
    if roll < 0.93:
        return "study"
    if roll < 0.97:
        return "unpaid"
    return "maternity" if person.gender == "F" else "paternity"


def _leave_length(rng: random.Random, leave_type: str) -> int:
    return {
        "annual": rng.choice((2, 3, 5, 5, 8, 10)),
        "sick": rng.choice((1, 1, 2, 3, 5)),
        "compassionate": rng.choice((2, 3, 5)),
        "study": rng.choice((3, 5)),
        "unpaid": rng.choice((2, 5)),
        "paternity": 4,
        "maternity": 60,
    }[leave_type]


def _leave_status(rng: random.Random, start: date, today: date) -> str:
    roll = rng.random()
    if start > today:  # requests for the coming weeks: many still wait for a decision
        return "pending" if roll < 0.55 else "approved" if roll < 0.9 else "cancelled"
    return "approved" if roll < 0.78 else "rejected" if roll < 0.92 else "cancelled"


# --------------------------------------------------------------------------- attendance


def _attendance(demo: Demo, rng: random.Random, on_leave: dict[Person, set[date]]) -> None:
    """One row per person and working day of the year; today's rows have no check-out yet.

    Guards work day (06:00-18:00) or night (18:00-06:00) shifts. The security generator
    builds their assignments from these days: ``demo.shared["guard_days"]`` maps each
    guard to (day, attendance status) and ``demo.shared["night_guards"]`` holds those on
    nights.
    """
    rows = demo.table("attendance_records", ATTENDANCE_COLUMNS)
    cal = demo.calendar
    guard_days: dict[Person, list[tuple[date, str]]] = {}
    night_guards: set[Person] = set()
    day = cal.start
    days = []
    while day <= demo.today:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    for person in demo.people:
        night = person.guard and rng.random() < 0.4
        if night:
            night_guards.add(person)
        worked = guard_days.setdefault(person, []) if person.guard else None
        for day in days:
            if not person.at_work_on(day):
                continue
            check_in = check_out = None
            notes = None
            if day in cal.holidays:
                status, notes = "holiday", cal.holidays[day]
            elif day in on_leave[person]:
                status = "on_leave"
            else:
                status, check_in, check_out, notes = _work_day(rng, person, day, night)
                if day == demo.today:  # the day is not over: nobody has left yet
                    if check_in and check_in > demo.now:
                        continue
                    check_out = None
            hours = None
            if check_in and check_out:
                hours = money((check_out - check_in).total_seconds() / 3600)
            # Today's leave or holiday is written at eight, or when the demo is built if
            # that is earlier (before ten in Kigali: nothing is dated after it).
            stamp = check_in or min(at(day, 8), demo.now)
            updated = check_out or stamp
            rows.append((
                new_id(rng), person.employee_id, day, check_in, check_out, hours, status, notes,
                stamp, min(updated, demo.now),
            ))  # fmt: skip
            if worked is not None and status in ("present", "late", "absent"):
                worked.append((day, status))
    demo.shared["guard_days"] = guard_days
    demo.shared["night_guards"] = night_guards


def _work_day(rng: random.Random, person: Person, day: date, night: bool):
    roll = rng.random()
    if roll < 0.015:
        return "absent", None, None, rng.choice(("No show, no call", "Family emergency"))
    start_hour = (18 if night else 6) if person.guard else 8
    if roll < 0.085:
        late = rng.randint(20, 95)
        check_in = at(day, start_hour, late)
        return "late", check_in, at(day, start_hour + (12 if person.guard else 9)), "Traffic"
    check_in = at(day, start_hour - 1, rng.randint(35, 59), rng.randint(0, 59))
    if person.guard:
        return "present", check_in, at(day, start_hour + 12, rng.randint(0, 10)), None
    if roll < 0.105:
        return "half_day", check_in, at(day, 12, rng.randint(30, 59)), "Afternoon off"
    end = at(day, 17, rng.randint(0, 50), rng.randint(0, 59))
    if person.dept in _REMOTE_DEPTS and roll < 0.16:
        return "remote", check_in, end, "Working from home"
    return "present", check_in, end, None
