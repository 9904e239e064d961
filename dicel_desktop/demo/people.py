"""Departments, people (a users row and an employees row each) and system settings.

The organisation chart comes from reference.DEPARTMENTS: the Managing Director heads
Administration and the other eleven heads report to them; inside a department people
report to the holder of ``reports_to`` (round robin) or to the head, so every chain of
``employees.supervisor_id`` ends at the Managing Director.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from psycopg.types.json import Jsonb

from dicel_desktop.demo import reference as ref
from dicel_desktop.demo.context import Demo, at, columns, money, new_id, round_to
from dicel_desktop.demo.showcase import SHOWCASE_SETTING
from dicel_desktop.domain.roles import Role

USER_COLUMNS = columns(
    "id email password_hash first_name last_name role department_id employee_id "
    "position phone address date_of_birth hire_date salary emergency_contact skills "
    "certifications is_active last_login created_at updated_at"
)
EMPLOYEE_COLUMNS = columns(
    "id user_id employee_number department_id position hire_date termination_date "
    "salary salary_currency employment_type work_location supervisor_id "
    "emergency_contact bank_details tax_info status created_at updated_at"
)
#: Index of users.password_hash: the loader puts the SCRAM verifiers there.
PASSWORD_HASH_INDEX = USER_COLUMNS.index("password_hash")

#: The company was founded (and the first people hired) in March 2014.
FOUNDED = date(2014, 3, 3)

_SKILLS = {
    "ADM": ["Administration", "Contract law", "Driving (category C)"],
    "HR": ["Rwandan labour law", "Payroll", "Recruitment", "RSSB declarations"],
    "FIN": ["IFRS", "Reconciliation", "RRA e-tax", "Budgeting", "Excel"],
    "IT": ["PostgreSQL", "Linux", "Networking", "Python", "Windows support"],
    "SEC": ["Access control", "First aid", "Radio procedure", "CCTV", "Fire safety"],
    "INV": ["Stock control", "Procurement", "Warehouse management"],
    "CLI": ["Account management", "Negotiation", "Customer care"],
    "SAL": ["B2B sales", "Digital marketing", "Presentation"],
    "CX": ["Customer care", "Survey design", "Complaint handling"],
    "RSK": ["Risk assessment", "ISO 31000", "Business continuity"],
    "REC": ["Debt collection", "Negotiation", "Civil procedure"],
    "CMP": ["Internal audit", "AML/CFT", "Data protection law"],
}
_CERTIFICATES = {
    "FIN": ["CPA (ICPAR)", "ACCA"],
    "IT": ["CCNA", "ITIL 4 Foundation", "PostgreSQL Associate"],
    "SEC": ["Private security licence (RNP)", "First aid (Red Cross)"],
    "HR": ["CIPD Level 5"],
    "CMP": ["CIA", "CAMS"],
    "RSK": ["ISO 31000 Risk Manager"],
    "INV": ["CIPS Level 4"],
}
_NO_ID = uuid.UUID(int=0)
#: Words of the contact form's list (``domain.relationships``), stored as it stores them:
#: each language reads them back (the French profile read « (Father) », eye34 #7). Six,
#: as before, so that the generator's later choices are the same.
_RELATIONS = ("Spouse", "Sibling", "Sibling", "Parent", "Parent", "Relative")


@dataclass(eq=False)
class Person:
    """One member of staff: their users row and employees row are written from this."""

    first: str
    last: str
    gender: str
    dept: str
    title: str
    role: str
    salary: int
    is_head: bool = False
    guard: bool = False
    supervisor: Person | None = None
    reports: list[Person] = field(default_factory=list)
    # Drawn from the people stream once the chart is complete.
    user_id: uuid.UUID = _NO_ID
    employee_id: uuid.UUID = _NO_ID
    email: str = ""
    number: str = ""
    hire_date: date = FOUNDED
    status: str = "active"
    termination_date: date | None = None
    #: First day away for the suspended person (no attendance from then on).
    suspended_from: date | None = None
    #: Leave type if this person is on approved leave today (HR writes the request).
    leave_today: str | None = None
    employment_type: str = "full-time"
    phone: str = ""
    pay_by_momo: bool = False

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def active(self) -> bool:
        """Has a working login: not terminated, not suspended."""
        return self.status in ("active", "on_leave")

    @property
    def showcase(self) -> bool:
        """Listed by the login window: a head or one of reference.FIXED_NAMES."""
        return self.is_head or ref.FIXED_NAMES.get((self.dept, self.title)) == (
            self.first,
            self.last,
            self.gender,
        )

    def employed_on(self, day: date) -> bool:
        if day < self.hire_date:
            return False
        return self.termination_date is None or day <= self.termination_date

    def at_work_on(self, day: date) -> bool:
        """Employed and not suspended on ``day``."""
        away = self.suspended_from is not None and day >= self.suspended_from
        return self.employed_on(day) and not away


@dataclass(eq=False)
class Dept:
    spec: ref.DepartmentSpec
    id: uuid.UUID
    manager: Person


def build(demo: Demo) -> None:
    rng = demo.rng("people")
    emails: set[str] = set()
    heads: list[Person] = []
    for spec in ref.DEPARTMENTS:
        first, last, gender = spec.head
        role = ref.POSITION_ROLES[spec.head_title]
        head = Person(first, last, gender, spec.code, spec.head_title, role,
                      spec.head_salary, is_head=True)  # fmt: skip
        demo.people.append(head)
        heads.append(head)
        demo.departments[spec.code] = Dept(spec, new_id(rng), head)
        by_title: dict[str, list[Person]] = {}
        for pos in spec.positions:
            for i in range(pos.count):
                fixed = ref.FIXED_NAMES.get((spec.code, pos.title)) if i == 0 else None
                if fixed:
                    first, last, gender = fixed
                else:
                    first, last, gender = ref.person_name(rng)
                salary = round_to(rng.uniform(*pos.salary), 5_000)
                person = Person(first, last, gender, spec.code, pos.title, pos.role, salary,
                                guard=pos.guard)  # fmt: skip
                bosses = by_title.get(pos.reports_to) if pos.reports_to else None
                person.supervisor = bosses[i % len(bosses)] if bosses else head
                person.supervisor.reports.append(person)
                by_title.setdefault(pos.title, []).append(person)
                demo.people.append(person)
    md = demo.departments["ADM"].manager
    for head in heads:
        if head is not md:
            head.supervisor = md
            md.reports.append(head)

    for person in demo.people:
        person.user_id, person.employee_id = new_id(rng), new_id(rng)
        person.email = _unique_email(rng, person, emails)
        person.phone = ref.phone(rng)
        person.pay_by_momo = person.salary < 400_000 and rng.random() < 0.5
        person.hire_date = _hire_date(rng, demo, person)
        if person.title in ("Driver", "Cleaner", "Call Centre Agent") and rng.random() < 0.5:
            person.employment_type = "contract"
        elif person.title.endswith("Assistant") and rng.random() < 0.3:
            person.employment_type = rng.choice(("intern", "part-time", "temporary"))
    _departures(demo, rng)
    # Numbers follow the order of hiring, as they did on paper.
    for person in sorted(demo.people, key=lambda p: (p.hire_date, p.email)):
        person.number = demo.number("employees", person.hire_date)

    _departments(demo, rng)
    _users_and_employees(demo, rng)
    _settings(demo)


def _unique_email(rng, person: Person, taken: set[str]) -> str:
    while True:
        email = f"{ref.ascii_slug(person.first)}.{ref.ascii_slug(person.last)}@{ref.EMAIL_DOMAIN}"
        if email not in taken:
            taken.add(email)
            return email
        person.last = ref.person_name(rng, person.gender)[1]


def _hire_date(rng, demo: Demo, person: Person) -> date:
    if person.title == "Managing Director":
        return FOUNDED
    if person.is_head:
        return FOUNDED + timedelta(days=rng.randint(30, 6 * 365))
    # Leads were hired earlier than their teams; a few people joined during the demo year.
    first = FOUNDED + timedelta(days=200 if person.reports else 400)
    if not person.reports and rng.random() < 0.12:
        first = demo.calendar.start
    day = first + timedelta(days=rng.randint(0, (demo.today - timedelta(days=20) - first).days))
    while day.weekday() != 0:  # people start on a Monday
        day += timedelta(days=1)
    return day


def _departures(demo: Demo, rng) -> None:
    """Three people left during the year, one guard is suspended, three are on leave today."""
    fixed = {name[:2] for name in ref.FIXED_NAMES.values()}

    def pick(titles: tuple[str, ...], gender: str | None = None) -> Person:
        choices = [
            p
            for p in demo.people
            if p.title in titles
            and (gender is None or p.gender == gender)
            and not p.reports
            and p.status == "active"
            and (p.first, p.last) not in fixed
            and p.hire_date < demo.calendar.start
        ]
        return rng.choice(choices)

    for title, months_ago in (("Security Guard", 7), ("Sales Executive", 4), ("CX Agent", 2)):
        person = pick((title,))
        person.status = "terminated"
        person.termination_date = _month_end_before(demo.today, months_ago)
    suspended = pick(("Security Guard",))
    suspended.status, suspended.suspended_from = "suspended", demo.today - timedelta(days=19)
    office = ("Accountant", "HR Officer", "Account Manager", "Sales Executive", "Risk Analyst")
    for titles, gender, leave in (
        (office, "F", "maternity"),
        (("Software Developer", "Systems Administrator"), None, "annual"),
        (("Security Guard",), None, "sick"),
    ):
        person = pick(titles, gender)
        person.status, person.leave_today = "on_leave", leave


def _month_end_before(day: date, months: int) -> date:
    year, month = day.year, day.month - months
    while month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1) - timedelta(days=1)


def _departments(demo: Demo, rng) -> None:
    rows = demo.table(
        "departments",
        "id name code description manager_id budget location phone email is_active "
        "created_at updated_at",
    )
    created = at(date(2024, 1, 15), 10)  # the ERP went live in January 2024
    for dept in demo.departments.values():
        spec = dept.spec
        rows.append((
            dept.id, spec.name, spec.code, spec.description, dept.manager.user_id,
            money(spec.annual_budget), spec.location, f"+250 252 {rng.randint(500, 599)} "
            f"{rng.randint(100, 999)}", f"{spec.code.lower()}@{ref.EMAIL_DOMAIN}", True,
            created, created,
        ))  # fmt: skip


def _users_and_employees(demo: Demo, rng) -> None:
    users = demo.table("users", USER_COLUMNS)
    employees = demo.table("employees", EMPLOYEE_COLUMNS)
    for p in demo.people:
        dept = demo.departments[p.dept]
        created = max(at(p.hire_date, 8, 30), at(date(2024, 1, 15), 10))
        born = date(p.hire_date.year - rng.randint(22, 40), rng.randint(1, 12), rng.randint(1, 28))
        contact = Jsonb({
            "name": ref.full_name(rng),
            "relationship": rng.choice(_RELATIONS),
            "phone": ref.phone(rng),
        })  # fmt: skip
        skills = rng.sample(_SKILLS[p.dept], k=min(2, len(_SKILLS[p.dept])))
        certs = _CERTIFICATES.get(p.dept, [])
        certs = rng.sample(certs, k=1) if certs and rng.random() < 0.5 else []
        if p.guard:
            certs = ["Private security licence (RNP)"]
        last_login: datetime | None = None
        if p.active:
            last_login = at(demo.today - timedelta(days=rng.randint(0, 6)), rng.randint(7, 17),
                            rng.randint(0, 59))  # fmt: skip
        address = ref.any_address(rng)  # drawn where it always was, before the workplace
        if p.guard:
            location = "Client sites, " + rng.choice(("Kigali", "Kigali", "Kigali", "Musanze"))
        elif p.dept == "INV":
            location = "Gikondo warehouse"
        else:
            location = rng.choice(ref.OFFICES[:1] * 8 + ref.OFFICES[2:])
        users.append((
            p.user_id, p.email, None, p.first, p.last, p.role, dept.id, p.number, p.title,
            p.phone, ref.lives_near(address, location), born, p.hire_date, money(p.salary),
            contact, skills, certs, p.active, last_login, created, created,
        ))  # fmt: skip
        bank = {"momo": p.phone} if p.pay_by_momo else {
            "bank": rng.choice(ref.BANKS), "account_number": f"{rng.randint(10**11, 10**12 - 1)}",
        }  # fmt: skip
        tax = {"tin": ref.tin(rng), "rssb_number": f"{rng.randint(10**7, 10**8 - 1)}"}
        updated = created
        if p.termination_date:
            updated = at(p.termination_date, 16)
        employees.append((
            p.employee_id, p.user_id, p.number, dept.id, p.title, p.hire_date, p.termination_date,
            money(p.salary), "RWF", p.employment_type, location,
            p.supervisor.employee_id if p.supervisor else None, contact, Jsonb(bank), Jsonb(tax),
            p.status, created, updated,
        ))  # fmt: skip


#: (key, value, type, description, public). Thresholds are read by the approval workflows.
SETTINGS = (
    ("company.name", ref.COMPANY, "string", "Legal name printed on documents", True),
    ("company.tin", ref.COMPANY_TIN, "string", "RRA taxpayer identification number", True),
    ("company.address", ref.HEAD_OFFICE, "string", "Head office address", True),
    ("company.phone", "+250 252 500 100", "string", "Switchboard", True),
    ("company.email", "info@dicel.rw", "string", "General e-mail address", True),
    ("currency.default", "RWF", "string", "Currency of amounts unless stated", True),
    ("tax.vat_rate_percent", "18", "number", "Rwanda VAT rate applied to invoices", True),
    ("po.approval_threshold_rwf", str(ref.PO_APPROVAL_THRESHOLD), "number",
     "Purchase orders above this total (RWF) are approved by finance (a finance officer or "
     "an administrator) after the department manager; up to it, by the manager alone",
     False),
    ("expense.approval_threshold_rwf", str(ref.EXPENSE_APPROVAL_THRESHOLD), "number",
     "The office's custom, not enforced by DICEL: expenses from this amount (RWF) are left "
     "to the Finance Manager. Any finance login other than whoever filed one approves it",
     False),
    ("invoice.payment_terms_days", "30", "number", "Days between invoice and due date", False),
    *((f"leave.allowance.{kind}", str(days), "number",
       f"{kind.capitalize()} leave a year, in working days", False)
      for kind, days in ref.LEAVE_ALLOWANCES.items()),
    ("leave.max_days_in_past", str(ref.LEAVE_MAX_DAYS_IN_PAST), "number",
     "How many days before today a leave request may start", False),
    ("payroll.pay_day", "25", "number", "Day of the month salaries are paid", False),
    ("payroll.pension_rate_percent", "6", "number", "RSSB pension, employee share", False),
    ("payroll.maternity_rate_percent", "0.3", "number", "RSSB maternity, employee share", False),
    ("payroll.cbhi_rate_percent", "0.5", "number",
     "Community-based health insurance (Mutuelle), share of the net after PAYE and RSSB", False),
    ("payroll.paye_bands",
     '[{"upto": 60000, "rate": 0}, {"upto": 100000, "rate": 10}, '
     '{"upto": 200000, "rate": 20}, {"upto": null, "rate": 30}]', "json",
     "PAYE on the monthly gross (RWF): each band's rate in percent", False),
    ("payroll.allowance_rate_percent", "10", "number",
     "Transport and housing allowance, share of basic salary", False),
    ("attendance.work_start", "08:00", "string", "Start of the working day", False),
    ("attendance.work_end", "17:00", "string", "End of the working day", False),
    ("attendance.late_after_minutes", "15", "number", "Check-in grace period", False),
    ("fiscal_year.start", "2026-01-01", "date", "First day of the current fiscal year", False),
    ("security.session_timeout_minutes", "30", "number", "Idle minutes before lock", False),
    ("ui.week_starts_on", "monday", "string", "First day of the week in calendars", True),
    ("notifications.channels", '["in_app", "email"]', "json", "Where reminders go", False),
    ("demo.enabled", "true", "boolean", "This database holds invented demo data", True),
)  # fmt: skip


def showcase_logins(demo: Demo) -> list[str]:
    """E-mails the login window lists, in the order of the roles: each department head
    (whose role is their department's), the ERP administrator, the assistant, the guard."""
    order = [role.value for role in Role]
    chosen = [p for p in demo.people if p.showcase]
    chosen.sort(key=lambda p: (order.index(p.role), not p.is_head, p.email))
    return [p.email for p in chosen]


def _settings(demo: Demo) -> None:
    rows = demo.table(
        "system_settings",
        "id setting_key setting_value setting_type description is_public created_at updated_at",
    )
    rng = demo.rng("settings")
    created = at(date(2024, 1, 15), 10)
    for key, value, kind, description, public in SETTINGS:
        if key == "fiscal_year.start":
            value = f"{demo.today.year}-01-01"
        rows.append((new_id(rng), key, value, kind, description, public, created, created))
    rows.append((
        new_id(rng), SHOWCASE_SETTING, json.dumps(showcase_logins(demo)), "json",
        "Demo logins the login window lists (demo databases only)", True, created, created,
    ))  # fmt: skip
