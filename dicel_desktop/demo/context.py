"""The generator's shared state: seeded randomness, the calendar, ids, numbers, rows.

Everything the demo data holds comes from here, so that a run is a pure function of
(size, today): each department's generator draws from its own ``random.Random`` seeded
by name (adding rows to one department never shifts another's), ids are derived from
those streams, and document numbers are given explicitly instead of by the server's
sequences (whose year is the loading day's, not the document's).
"""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

from dicel_desktop.db.models import Base

#: Part of every stream's seed: change it and every demo database changes.
SEED = "dicel-demo-2026"

#: Rwanda keeps Central Africa Time all year (UTC+2, no daylight saving).
KIGALI = timezone(timedelta(hours=2), "CAT")

#: VAT in Rwanda (RRA): 18 %.
VAT_RATE = Decimal("0.18")

_CENT = Decimal("0.01")
_DOC_DEFAULT = re.compile(r"dicel_doc_number\('(\w+)'::text, nextval\('(\w+)'::regclass\), (\w+)\)")


@dataclass(frozen=True)
class NumberFormat:
    """How the server numbers a table's documents (read from the model's server default)."""

    column: str
    prefix: str
    sequence: str
    with_year: bool

    def format(self, n: int, year: int) -> str:
        # The same text as the SQL function dicel_doc_number().
        digits = f"{n:06d}"
        return f"{self.prefix}-{year}-{digits}" if self.with_year else f"{self.prefix}-{digits}"


def _number_formats() -> dict[str, NumberFormat]:
    found: dict[str, NumberFormat] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            default = column.server_default
            match = _DOC_DEFAULT.search(str(getattr(default, "arg", ""))) if default else None
            if match:
                prefix, sequence, with_year = match.groups()
                found[table.name] = NumberFormat(column.name, prefix, sequence, with_year == "true")
    return found


NUMBER_FORMATS = _number_formats()


@dataclass(frozen=True)
class Entry:
    """A movement of money on one of the company's accounts, written as a transaction.

    Generators that pay or get paid (payroll, invoices, expenses, purchase orders) record
    entries; the finance generator turns them into ``transactions`` rows and sums them
    into ``financial_accounts.balance``.
    """

    account: str  # key of an account in finance.ACCOUNTS
    kind: str  # "credit" (money in) or "debit" (money out)
    amount: Decimal
    day: date
    description: str
    reference: str | None = None


@dataclass
class Rows:
    """The rows of one table, in the column order given once."""

    columns: tuple[str, ...]
    rows: list[tuple] = field(default_factory=list)


def columns(names: str) -> tuple[str, ...]:
    """``columns("id email role")`` -> ("id", "email", "role")."""
    return tuple(names.split())


def new_id(rng: random.Random) -> uuid.UUID:
    """A version-4 UUID drawn from ``rng`` (so reruns give the same ids)."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def money(value: int | float | Decimal) -> Decimal:
    """An amount as Decimal with two places (half up, as invoices round)."""
    return Decimal(str(value)).quantize(_CENT, rounding=ROUND_HALF_UP)


def round_to(value: float, step: int) -> int:
    """Round to a believable price: 12,500 rather than 12,487."""
    return max(step, round(value / step) * step)


def at(day: date, hour: int = 9, minute: int = 0, second: int = 0) -> datetime:
    """A moment of ``day`` in Kigali time (hours past 23 roll into the next day)."""
    return datetime.combine(day, time(0), KIGALI) + timedelta(
        hours=hour, minutes=minute, seconds=second
    )


def office_time(rng: random.Random, day: date, first: int = 8, last: int = 17) -> datetime:
    """A moment in office hours of ``day``."""
    return at(day, rng.randint(first, last - 1), rng.randint(0, 59), rng.randint(0, 59))


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


#: Eid al-Fitr and Eid al-Adha follow the moon: announced dates for the years around now.
_EID = {
    2024: ((4, 10), (6, 16)),
    2025: ((3, 31), (6, 6)),
    2026: ((3, 20), (5, 27)),
    2027: ((3, 10), (5, 16)),
    2028: ((2, 27), (5, 5)),
}


def rwanda_holidays(year: int) -> dict[date, str]:
    """Public holidays in Rwanda (the fixed ones, Easter, Umuganura and the Eids known)."""
    days = {
        date(year, 1, 1): "New Year's Day",
        date(year, 1, 2): "Day after New Year's Day",
        date(year, 2, 1): "National Heroes' Day",
        date(year, 4, 7): "Genocide against the Tutsi Memorial Day",
        date(year, 5, 1): "Labour Day",
        date(year, 7, 1): "Independence Day",
        date(year, 7, 4): "Liberation Day",
        date(year, 8, 15): "Assumption Day",
        date(year, 12, 25): "Christmas Day",
        date(year, 12, 26): "Boxing Day",
    }
    sunday = easter(year)
    days[sunday - timedelta(days=2)] = "Good Friday"
    days[sunday + timedelta(days=1)] = "Easter Monday"
    first_august = date(year, 8, 1)
    days[first_august + timedelta(days=(4 - first_august.weekday()) % 7)] = "Umuganura Day"
    for (month, day), name in zip(_EID.get(year, ()), ("Eid al-Fitr", "Eid al-Adha"), strict=False):
        days[date(year, month, day)] = name
    return days


class Calendar:
    """The demo's year: from ``start`` (a year before ``today``) to ``today``."""

    def __init__(self, today: date) -> None:
        self.today = today
        #: Attendance, leave, IT and security records cover the last year.
        self.start = today - timedelta(days=365)
        #: The books (payroll, invoices, expenses, transactions, budgets) cover last year
        #: and this year so far, so that last year's budgets can be closed with real spending.
        self.books_start = date(today.year - 1, 1, 1)
        self.holidays: dict[date, str] = {}
        for year in range(self.start.year - 4, today.year + 2):
            self.holidays.update(rwanda_holidays(year))

    def is_workday(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def workdays(self, first: date, last: date) -> list[date]:
        days, day = [], first
        while day <= last:
            if self.is_workday(day):
                days.append(day)
            day += timedelta(days=1)
        return days

    def add_workdays(self, first: date, count: int) -> date:
        """The day on which a leave of ``count`` working days starting at ``first`` ends."""
        day, left = first, count
        while True:
            if self.is_workday(day):
                left -= 1
                if left == 0:
                    return day
            day += timedelta(days=1)

    def month_starts(self) -> list[date]:
        """First days of the months of the books, up to today's month."""
        first = self.books_start
        months = []
        while first <= self.today:
            months.append(first)
            first = _next_month(first)
        return months

    def random_day(self, rng: random.Random, first: date | None = None, last: date | None = None):
        first = first or self.start
        last = last or self.today
        return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_end(first: date) -> date:
    return _next_month(first) - timedelta(days=1)


class Demo:
    """The company being generated: calendar, streams, numbering and the rows per table."""

    def __init__(self, today: date, size: str, *, built: datetime | None = None) -> None:
        self.size = size
        self.calendar = Calendar(today)
        self.today = today
        #: The moment the demo is "loaded": nothing is created or decided after it. Ten in
        #: the morning of its day, or the moment it is ``built`` (now by default, to the
        #: minute) when that comes first: a demo made at 06:30 in Kigali on its own day had
        #: tickets reported three hours ahead of the real clock, which the database refuses
        #: of anyone else (DW425; a psql review, stop 30). Its day begun at the earliest (a
        #: ``today`` chosen ahead of the real one keeps its own day). A day gone by is ten
        #: o'clock as ever: the tests' fixed day gives the same data every time.
        built = datetime.now(KIGALI) if built is None else built
        built = built.astimezone(KIGALI).replace(second=0, microsecond=0)
        self.now = max(at(today, 0), min(at(today, 10), built))
        self.tables: dict[str, Rows] = {}
        self._counters: dict[str, int] = {}
        # Filled by the people generator, read by every other one.
        self.people: list = []
        self.departments: dict = {}
        #: Money movements recorded by any generator, booked by the finance generator.
        self.ledger: list[Entry] = []
        #: Facts one generator leaves for a later one (documented where they are set).
        self.shared: dict[str, object] = {}

    def recorded(self, rng: random.Random, day: date) -> datetime:
        """When something dated ``day`` was written: office hours, never after ``now``."""
        moment = office_time(rng, min(day, self.today))
        if moment >= self.now:
            moment = self.now - timedelta(minutes=rng.randint(10, 120))
        return moment

    def rng(self, name: str) -> random.Random:
        """The random stream of one generator (string seeds are hashed with SHA-512)."""
        return random.Random(f"{SEED}:{name}")

    def table(self, name: str, columns: str | Iterable[str]) -> list[tuple]:
        """Declare a table's columns (names, or one string of them) and get the list its
        rows go into; each row is a tuple in that order."""
        columns = tuple(columns.split() if isinstance(columns, str) else columns)
        if name in self.tables:
            if self.tables[name].columns != columns:
                raise ValueError(f"{name}: declared twice with different columns")
        else:
            self.tables[name] = Rows(columns)
        return self.tables[name].rows

    def number(self, table: str, on: date) -> str:
        """The next document number of ``table``, with the year of the document's date."""
        n = self._counters.get(table, 0) + 1
        self._counters[table] = n
        return NUMBER_FORMATS[table].format(n, on.year)

    def numbers_used(self) -> dict[str, int]:
        """How many numbers each numbered table took (to move the sequences past them)."""
        return dict(self._counters)

    def take_numbers(self, table: str, count: int) -> int:
        """Reserve ``count`` numbers for a bulk writer; returns the first one."""
        first = self._counters.get(table, 0) + 1
        self._counters[table] = first + count - 1
        return first

    # ---------------------------------------------------------------- people helpers

    def staff(self, dept: str | None = None, *, role: str | None = None, active: bool = True):
        """People of a department (or all), optionally of one login role, active by default."""
        return [
            p
            for p in self.people
            if (dept is None or p.dept == dept)
            and (role is None or p.role == role)
            and (not active or p.active)
        ]

    def manager(self, dept: str):
        return self.departments[dept].manager


def lower_first(text: str) -> str:
    """``text`` inside a sentence: its first letter small, unless the first word is an
    acronym or a name ("CCTV", "DICEL"); the rest as written ("... at the Huye branch",
    not "huye branch", "cctv")."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]
