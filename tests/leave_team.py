"""A team of real logins for the leave tests (``from leave_team import make_team``).

Jean Mugabo (role employee) supervises Aline and Eric of Operations; Olive works in
Finance under nobody; Hana is HR, Ada the administrator, Clio compliance; Nora has a
login but no employee record. Allowances: annual 18, sick 5 (unpaid none); a request may
start at most 30 days in the past. The test database has no public holidays until a test
adds some.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import psycopg
from logins import Logins, Person

from dicel_desktop.services import leave

#: A Monday of next year, far from today's holidays and the past-date limit: requests
#: built from it all count in one year.
NEXT_YEAR = dt.date.today().year + 1
BASE = dt.date(NEXT_YEAR, 3, 1) + dt.timedelta(days=(7 - dt.date(NEXT_YEAR, 3, 1).weekday()) % 7)


def week(n: int, days: int = 5) -> tuple[dt.date, dt.date]:
    """Monday of the n-th week after BASE, and the day a leave of ``days`` weekdays
    starting then ends."""
    start = end = BASE + dt.timedelta(weeks=n)
    for _ in range(days - 1):
        end += dt.timedelta(days=3 if end.weekday() == 4 else 1)
    return start, end


def monday_before(days_ago: int) -> dt.date:
    """The Monday at least ``days_ago`` days before today."""
    day = dt.date.today() - dt.timedelta(days=days_ago)
    return day - dt.timedelta(days=day.weekday())


@dataclass
class Team:
    logins: Logins
    hr: Person
    boss: Person
    clerk: Person
    mate: Person
    outsider: Person
    admin: Person
    compliance: Person
    nobody: Person

    def su(self) -> psycopg.Connection:
        """An autocommit superuser connection (the caller closes it)."""
        return psycopg.connect(self.logins.db_dsn, autocommit=True)

    def psql(self, person: Person, **kwargs) -> psycopg.Connection:
        """A plain connection as ``person``, as a clerk with psql would have."""
        return person.psql(**kwargs)

    def setting(self, key: str, value: str | None) -> None:
        with self.su() as conn:
            conn.execute("DELETE FROM system_settings WHERE setting_key = %s", (key,))
            if value is not None:
                conn.execute(
                    "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                    " VALUES (%s, %s, 'number')",
                    (key, value),
                )

    def holiday(self, day: dt.date, name: str) -> None:
        with self.su() as conn:
            conn.execute("INSERT INTO holidays (holiday_date, name) VALUES (%s, %s)", (day, name))

    def file(self, person: Person, dates: tuple[dt.date, dt.date], leave_type: str = "annual"):
        with person.session() as session:
            return leave.request_leave(session, leave_type, *dates, "Family visit")

    def started_leave(self) -> tuple[uuid.UUID, dt.date]:
        """The clerk's approved annual leave, begun a week ago and ending in two weeks (as
        loaded by a superuser), and the company's day."""
        with self.su() as conn:
            today = conn.execute("SELECT public.dicel_company_day()").fetchone()[0]
            request = conn.execute(
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
                " reason, status, approved_by, approved_date)"
                " VALUES (%s, 'annual', %s, %s, 'Rest', 'approved', %s, now()) RETURNING id",
                (self.clerk.employee_id, today - dt.timedelta(days=7),
                 today + dt.timedelta(days=14), self.boss.user_id),
            ).fetchone()[0]  # fmt: skip
        return request, today

    def row(self, request_id: uuid.UUID) -> dict:
        with self.su() as conn:
            cur = conn.execute("SELECT * FROM leave_requests WHERE id = %s", (request_id,))
            names = [c.name for c in cur.description]
            return dict(zip(names, cur.fetchone(), strict=True))

    def audit_updates(self, request_id: uuid.UUID) -> list[dict]:
        with self.su() as conn:
            rows = conn.execute(
                "SELECT new_values FROM audit_logs WHERE table_name = 'leave_requests'"
                " AND record_id = %s AND action = 'UPDATE' ORDER BY created_at",
                (request_id,),
            ).fetchall()
        return [r[0] for r in rows]


def make_team(logins: Logins) -> Team:
    boss = logins.person("employee", first_name="Jean", last_name="Mugabo", department="OPS")
    team = Team(
        logins=logins,
        hr=logins.person("hr", first_name="Hana", last_name="Uwase", department="HR"),
        boss=boss,
        clerk=logins.person("employee", first_name="Aline", supervisor=boss, department="OPS"),
        mate=logins.person("employee", first_name="Eric", supervisor=boss, department="OPS"),
        outsider=logins.person("employee", first_name="Olive", department="FIN"),
        admin=logins.person("admin", first_name="Ada", department="ADM"),
        compliance=logins.person("compliance", first_name="Clio", department="CMP"),
        nobody=logins.person("employee", first_name="Nora", employee=False),
    )
    team.setting("leave.allowance.annual", "18")
    team.setting("leave.allowance.sick", "5")
    team.setting("leave.max_days_in_past", "30")
    return team


def leave_facts(days: int, balance: leave.Balance) -> leave.DecisionFacts:
    """A decision's facts for a pending annual leave of ``days`` working days from Monday
    1 February 2027, of no row (the dialogs' sentences are built from them)."""
    start = dt.date(2027, 2, 1)
    return leave.DecisionFacts(
        uuid.uuid4(), uuid.uuid4(), "Eric Habimana", "annual", start,
        start + dt.timedelta(days=days - 1), days, None, "pending", None, balance, (),
    )  # fmt: skip


def several_dialog(qtbot, worker, *, approve: bool, wait_ms: int = 20_000):
    """The several-items decision dialog on one leave item of no row: it reads the item,
    which the test database does not hold, and its facts come after."""
    from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
    from dicel_desktop.services.inbox import WaitingItem

    item = WaitingItem("leave", uuid.uuid4(), "Annual leave", None, None, None, None, "Eric")
    several = BulkDecisionDialog(worker, [item], approve=approve)
    qtbot.addWidget(several)
    qtbot.waitUntil(lambda: several.facts is not None, timeout=wait_ms)
    return several


# --------------------------------------------------------------- across the year end

#: A leave across the end of NEXT_YEAR (migration 0156): 28 December to 8 January, New
#: Year's Day a holiday (``year_end_team`` writes it).
ACROSS_START, ACROSS_END = dt.date(NEXT_YEAR, 12, 28), dt.date(NEXT_YEAR + 1, 1, 8)
NEW_YEARS_DAY = dt.date(NEXT_YEAR + 1, 1, 1)
LATER = NEXT_YEAR + 1


def _across_working_days(first: dt.date, last: dt.date) -> int:
    """What the calendar says: weekdays, New Year's Day not counted."""
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return sum(1 for day in days if day.weekday() < 5 and day != NEW_YEARS_DAY)


#: That leave's working days in each year.
IN_FIRST = _across_working_days(ACROSS_START, dt.date(NEXT_YEAR, 12, 31))
IN_LATER = _across_working_days(NEW_YEARS_DAY, ACROSS_END)


def year_end_team(db_dsn: str):
    """A team (``make_team``) on the test's database, New Year's Day a holiday."""
    from logins import open_logins

    for logins in open_logins(db_dsn):
        team = make_team(logins)
        team.holiday(NEW_YEARS_DAY, "New Year's Day")
        yield team


#: Names of a team, long and short, for the people away.
NAMES = (
    "Liliane Nyiransabimana",
    "Joselyne Kabera",
    "Jean-Baptiste Habyarimana Nsengiyumva",
    "Fabrice Ndayisaba",
    "Esperance Uwineza",
)


def decision_facts(people: int = 1) -> leave.DecisionFacts:
    """A leave decision dialog's facts, as read, with ``people`` of the team away."""
    start = dt.date(2027, 1, 14)
    return leave.DecisionFacts(
        request_id=uuid.uuid4(),
        employee_id=uuid.uuid4(),
        employee_name="Esperance Uwineza",
        leave_type="annual",
        start_date=start,
        end_date=start + dt.timedelta(days=6),
        days=5,
        reason="Family visit in Rubavu",
        status="pending",
        filed_at=None,
        balance=leave.Balance("annual", 2027, Decimal("18"), 0, 5, Decimal("13")),
        away=tuple(
            leave.Away(
                uuid.uuid4(),
                NAMES[i % len(NAMES)],
                start - dt.timedelta(days=6 - i),
                start + dt.timedelta(days=i),
                "pending" if i % 2 else "approved",
            )
            for i in range(people)
        ),
    )
