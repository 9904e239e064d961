"""Recruitment, training and performance reviews."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dicel_desktop.demo import reference as ref
from dicel_desktop.demo.context import Demo, at, money, new_id, office_time
from dicel_desktop.demo.hr import approver_of

#: (title, department, employment type, salary range, status, posted days ago)
_POSTINGS = (
    ("Security Guard (Musanze)", "SEC", "full-time", (250_000, 300_000), "open", 20),
    ("Security Guard (Kigali)", "SEC", "full-time", (250_000, 300_000), "filled", 150),
    ("Shift Supervisor", "SEC", "full-time", (380_000, 450_000), "closed", 200),
    ("Accountant", "FIN", "full-time", (800_000, 1_100_000), "open", 12),
    ("Software Developer (Python/PostgreSQL)", "IT", "full-time", (1_000_000, 1_400_000),
     "open", 30),
    ("Helpdesk Technician", "IT", "contract", (400_000, 550_000), "filled", 240),
    ("Sales Executive", "SAL", "full-time", (600_000, 900_000), "on_hold", 60),
    ("Call Centre Agent", "CX", "part-time", (300_000, 380_000), "filled", 120),
    ("Recovery Officer", "REC", "full-time", (600_000, 800_000), "open", 8),
    ("Compliance Intern", "CMP", "intern", (150_000, 200_000), "draft", 0),
    ("Storekeeper", "INV", "full-time", (400_000, 550_000), "cancelled", 90),
    ("Risk Analyst", "RSK", "full-time", (850_000, 1_100_000), "closed", 300),
)  # fmt: skip
_EDUCATION = ("A2 certificate", "Advanced diploma", "Bachelor's degree", "Master's degree")
_TRAININGS = (
    ("Fire safety and evacuation", "Rwanda Fire Brigade instructor", 8, 0, "SEC"),
    ("First aid at work", "Rwanda Red Cross", 16, 45_000, "SEC"),
    ("Customer care excellence", "Kigali Training Centre", 12, 60_000, "CX"),
    ("IFRS 16 and 17 update", "ICPAR", 24, 250_000, "FIN"),
    ("Personal data protection law (No 058/2021)", "DICEL Compliance", 4, 0, None),
    ("PostgreSQL administration", "Online (vendor)", 32, 400_000, "IT"),
    ("Negotiation for collectors", "DICEL Recovery", 8, 0, "REC"),
    ("Anti-money laundering basics", "DICEL Compliance", 4, 0, None),
    ("Leadership for team leads", "Kigali Business School", 40, 600_000, None),
    ("Forklift and warehouse safety", "Gikondo Training Centre", 16, 80_000, "INV"),
)  # fmt: skip
#: The programme still to come (title, instructor, hours, cost, department): people are
#: enrolled and wait for its start, which nobody may begin or complete before (DW419,
#: migration 0095; eye29b: the demo had no programme ahead to show it).
_UPCOMING = ("Fraud awareness for front-line staff", "DICEL Risk", 6, 0, None)
#: Days from the demo's today to the upcoming programme's start.
_UPCOMING_IN_DAYS = 24
_REVIEW_TEXT = (
    ("Met all targets for the year", "Time management", "Lead the Musanze site audit"),
    ("Exceeded the collection target by 12 %", "Documentation", "Mentor two new officers"),
    ("Delivered the ERP migration on time", "Delegation", "Automate month-end reports"),
    ("Consistent, reliable attendance", "Report writing", "Complete first aid training"),
    ("Good client feedback", "Follow-up on tickets", "Reduce response time to 4 hours"),
)  # fmt: skip


def build(demo: Demo) -> None:
    rng = demo.rng("talent")
    _recruitment(demo, rng)
    _training(demo, rng)
    _reviews(demo, rng)


def _recruitment(demo: Demo, rng: random.Random) -> None:
    postings = demo.table(
        "job_postings",
        "id title department_id description requirements salary_range_min "
        "salary_range_max location employment_type status posted_date closing_date "
        "max_applications created_by created_at updated_at",
    )
    candidates = demo.table(
        "candidates",
        "id job_posting_id first_name last_name email phone resume_url cover_letter "
        "experience_years education_level skills status interview_date notes created_at "
        "updated_at",
    )
    recruiter = next(p for p in demo.people if p.title == "Recruitment Officer")
    for title, dept, kind, (low, high), status, days_ago in _POSTINGS:
        posted = demo.today - timedelta(days=days_ago)
        posting_id = new_id(rng)
        created = office_time(rng, posted - timedelta(days=2))
        location = "Musanze" if "Musanze" in title else "Kigali"
        postings.append((
            posting_id, title, demo.departments[dept].id,
            f"DICEL Ltd is hiring {_article(title)} {title} for its"
            f" {demo.departments[dept].spec.name} team.",
            f"{rng.choice(_EDUCATION)}; {rng.randint(1, 5)} years of experience; Kinyarwanda "
            "and English (French an advantage).",
            # A draft is not published yet: no publication date (migration 0044).
            money(low), money(high), location, kind, status,
            None if status == "draft" else posted,
            posted + timedelta(days=21), rng.choice((50, 100, 200)), recruiter.user_id,
            created, max(created, min(demo.now, at(posted + timedelta(days=25), 16))),
        ))  # fmt: skip
        if status in ("draft", "cancelled"):
            continue
        hired = False
        for _ in range(rng.randint(3, 9)):
            first, last, _ = ref.person_name(rng)
            applied = posted + timedelta(days=rng.randint(0, 20))
            applied = min(applied, demo.today)
            state = _candidate_state(rng, status, hired)
            hired = hired or state == "hired"
            interview = None
            if state in ("interview", "offered", "hired", "rejected") and rng.random() < 0.8:
                interview = at(applied + timedelta(days=rng.randint(7, 14)), rng.randint(9, 15))
            created = demo.recorded(rng, applied)
            languages = ["Kinyarwanda", "English", rng.choice(("French", "Swahili"))]
            candidates.append((
                new_id(rng), posting_id, first, last,
                f"{ref.ascii_slug(first)}.{ref.ascii_slug(last)}{rng.randint(1, 99)}@mail.example",
                ref.phone(rng), f"dicel-doc://candidates/{posting_id}/{ref.ascii_slug(last)}.pdf",
                "I would be glad to bring my experience to DICEL.", rng.randint(0, 12),
                rng.choice(_EDUCATION), languages,
                state, interview, None if state != "rejected" else "Not shortlisted", created,
                min(demo.now, max(created, interview or created)),
            ))  # fmt: skip


def _candidate_state(rng: random.Random, posting_status: str, hired: bool) -> str:
    if posting_status == "filled" and not hired:
        return "hired"
    if posting_status in ("filled", "closed"):
        return rng.choice(("rejected", "rejected", "withdrawn"))
    return rng.choice(("applied", "applied", "screening", "interview", "offered", "rejected"))


def _training(demo: Demo, rng: random.Random) -> None:
    programs = demo.table(
        "training_programs",
        "id title description instructor duration_hours cost max_participants location "
        "start_date end_date status created_at updated_at",
    )
    enrollments = demo.table(
        "training_enrollments",
        "id training_program_id employee_id enrollment_date completion_date grade "
        "certificate_url status created_at updated_at",
    )
    for i, (title, instructor, hours, cost, dept) in enumerate(_TRAININGS):
        # Spread over the year: the first ones are over, the last ones are still to come.
        start = demo.calendar.start + timedelta(days=20 + i * 38)
        end = start + timedelta(days=max(0, hours // 8 - 1))
        if i == 7:
            status = "cancelled"
        elif end < demo.today:
            status = "completed"
        elif start <= demo.today:
            status = "in_progress"
        else:
            status = "scheduled"
        program_id = new_id(rng)
        created = office_time(rng, start - timedelta(days=30))
        programs.append((
            program_id, title, f"{title}: {hours} hours.", instructor, hours, money(cost),
            25, "Head office, Kacyiru (training room)", start, end, status, created,
            min(demo.now, max(created, at(end, 17))),
        ))  # fmt: skip
        if status == "cancelled":
            continue
        pool = demo.staff(dept) if dept else demo.staff()
        if title.startswith("Leadership"):
            pool = [p for p in pool if p.reports]
        for person in rng.sample(pool, k=min(len(pool), rng.randint(8, 20))):
            enrolled = start - timedelta(days=rng.randint(5, 25))
            if enrolled < person.hire_date:
                continue
            state, completed, grade, certificate = "enrolled", None, None, None
            if status == "completed":
                state = rng.choice(("completed",) * 8 + ("failed", "dropped"))
                if state == "completed":
                    completed, grade = end, rng.choice(("A", "A", "B", "B", "B", "C"))
                    certificate = f"dicel-doc://training/{program_id}/{person.number}.pdf"
                elif state == "failed":
                    grade = "F"
            elif status == "in_progress":
                state = rng.choice(("in_progress",) * 5 + ("dropped",))
            created = office_time(rng, enrolled)
            updated = at(completed, 17) if completed else created
            enrollments.append((
                new_id(rng), program_id, person.employee_id, enrolled, completed, grade,
                certificate, state, created, min(updated, demo.now),
            ))  # fmt: skip
    # A stream of its own: the programmes above and the reviews after them stay as they
    # were generated before it was added.
    _upcoming(demo, demo.rng("talent:upcoming"), programs, enrollments)


def _upcoming(demo: Demo, rng: random.Random, programs: list, enrollments: list) -> None:
    """The programme ahead (``_UPCOMING``): scheduled, with people enrolled last week."""
    title, instructor, hours, cost, _dept = _UPCOMING
    start = demo.today + timedelta(days=_UPCOMING_IN_DAYS)
    while not demo.calendar.is_workday(start):
        start += timedelta(days=1)
    program_id = new_id(rng)
    created = office_time(rng, demo.today - timedelta(days=12))
    programs.append((
        program_id, title, f"{title}: {hours} hours.", instructor, hours, money(cost), 25,
        "Head office, Kacyiru (training room)", start, start, "scheduled", created, created,
    ))  # fmt: skip
    for person in rng.sample(demo.staff(), k=8):
        enrolled = demo.today - timedelta(days=rng.randint(1, 10))
        if enrolled < person.hire_date:
            continue
        moment = office_time(rng, enrolled)
        enrollments.append((
            new_id(rng), program_id, person.employee_id, enrolled, None, None, None,
            "enrolled", moment, moment,
        ))  # fmt: skip


def _reviews(demo: Demo, rng: random.Random) -> None:
    """The annual reviews of the last two years for everybody there then, and this year's
    mid-year one once its half-year is over: someone long with the company has three, a
    newcomer one or none. A review is written in the weeks after its period (never
    before it ends: this year's annual round waits for next year), acknowledged and
    filed after it is written, and never dated after today (eye44: this year's were all
    dated today, some signed before their year was over). A round written in the last
    60 days is still under way: drafts, shared ones, signed ones."""
    rows = demo.table(
        "performance_reviews",
        "id employee_id reviewer_id review_period_start review_period_end review_date "
        "overall_rating goals_achieved areas_improvement next_goals recommendations "
        "status created_at updated_at",
    )
    last_year = demo.today.year - 1
    periods = [(date(year, 1, 1), date(year, 12, 31)) for year in (last_year - 1, last_year)]
    mid_year = date(demo.today.year, 6, 30)
    if mid_year < demo.today:
        periods.append((date(demo.today.year, 1, 1), mid_year))
    yesterday = demo.today - timedelta(days=1)
    for person in demo.people:
        for first, last in periods:
            # Written from a few days to a few weeks after the period; by yesterday at the
            # latest (the day's records are written by office hours, ``Demo.recorded``).
            reviewed = min(last + timedelta(days=rng.randint(5, 25)), yesterday)
            while not demo.calendar.is_workday(reviewed) and reviewed - timedelta(days=1) > last:
                reviewed -= timedelta(days=1)  # written on a working day
            if reviewed <= last:
                continue  # the period just ended: nobody has written it yet
            if person.hire_date > first + timedelta(days=90) or not person.employed_on(reviewed):
                continue
            reviewer = approver_of(demo, person)
            rating = rng.choices((1, 2, 3, 4, 5), weights=(2, 8, 45, 35, 10))[0]
            goals, improve, nxt = rng.choice(_REVIEW_TEXT)
            if reviewed < demo.today - timedelta(days=60):  # long done
                status = rng.choice(("completed",) * 5 + ("acknowledged",))
            else:  # the round is under way
                status = rng.choice(("draft", "submitted", "submitted", "acknowledged"))
            increase = {5: "Promotion to be considered", 4: "Salary increase of 8 %",
                        3: "Salary increase of 4 %"}.get(rating, "Improvement plan")  # fmt: skip
            created = demo.recorded(rng, reviewed)
            # Shared, signed or filed later than written: its last change comes after.
            later = 0 if status == "draft" else rng.randint(1, 20)
            rows.append((
                new_id(rng), person.employee_id, reviewer.user_id, first, last, reviewed, rating,
                goals, improve, nxt, increase, status, created,
                min(demo.now, created + timedelta(days=later)),
            ))  # fmt: skip


def _article(title: str) -> str:
    """ "an Accountant", "a Driver"."""
    return "an" if title[:1].upper() in "AEIOU" else "a"
