"""A leave allowance is whole days of a year, and so is how far back leave may start.

Revision ID: 0126
Revises: 0125
Create Date: 2026-12-06

Found by a user-eye review (/work/reports/eye34.md #1) and the brief paye35:

* **A leave allowance is a whole number of days from 0 to 366**
  (``dicel_setting_value_in_bounds``, the CHECK ``ck_system_settings_setting_value_in_bounds``
  made in 0096, pay day made whole in 0107). ``leave.allowance.annual = '1000'`` was
  taken: a year has no thousand days to give, and every employee could take them; 18.5
  days a year of a leave taken in whole days was taken too. 366 keeps a leap year's
  every day (the inbox benchmark sets the annual allowance to 366).
* **How far back a leave request may start** (``leave.max_days_in_past``) likewise: the
  leave functions read it as ``floor(...)::integer``, so 99999999999 stopped every leave
  request on a bare integer overflow, and a fraction was floored without a word.

The other bounds are 0107's: a rate in percent 0 to 100, a threshold 0 or more (an
amount has no ceiling of its own), the pay day a whole day from 1 to 31, the payment
terms and the minute counts nothing reads 0 or more. ``domain/setting_bounds.py`` is the
one source; this revision freezes it (tests/security/test_assets_pay_months_and_attendance.py
holds them equal). A stored value outside stops the upgrade with its key and value.

The downgrade gives back 0107's bounds.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from dicel_desktop.db.migrate import MigrationRefused, earlier_revision, execute_sql, replaced

revision: str = "0126"
down_revision: str | None = "0125"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0107 = earlier_revision(
    "0107_an_enrolment_in_a_programme_a_shift_its_guards_a_case_its_start_and_dates_of_the_calendar"
)

#: Frozen: domain/setting_bounds.SETTING_BOUNDS as (key pattern, least, most or None,
#: whole); the first that matches applies (a test holds them equal).
SETTING_BOUNDS: tuple[tuple[str, Decimal, Decimal | None, bool], ...] = (
    (r"_rate_percent$", Decimal(0), Decimal(100), False),
    (r"^leave\.allowance\.", Decimal(0), Decimal(366), True),
    (r"_threshold(_|$)", Decimal(0), None, False),
    (r"^payroll\.pay_day$", Decimal(1), Decimal(31), True),
    (r"^leave\.max_days_in_past$", Decimal(0), Decimal(366), True),
    (r"_(days|minutes)($|_)", Decimal(0), None, False),
)


def _cases(bounds: tuple[tuple[str, Decimal, Decimal | None, bool], ...]) -> str:
    return "\n".join(
        f"        WHEN p_key ~ '{key}' THEN {_0107._bound_sql(least, most, whole)}"
        for key, least, most, whole in bounds
    )


BOUNDS = replaced(_0107.BOUNDS, _cases(_0107.SETTING_BOUNDS), _cases(SETTING_BOUNDS))
BOUNDS = replaced(
    BOUNDS,
    "    -- more; a pay day a whole day from 1 to 31, migration 0107), when it reads as a number",
    "    -- more; a pay day a whole day from 1 to 31, migration 0107; a leave allowance and\n"
    "    -- how far back leave may start whole days from 0 to 366, migration 0126), when it\n"
    "    -- reads as a number",
)


def upgrade() -> None:
    # A stored value outside would pass the CHECK validated before: say which first.
    (stored,) = execute_sql(
        "SELECT string_agg(setting_key || ' = ' || setting_value, ', ' ORDER BY setting_key)"
        " FROM public.system_settings"
        " WHERE setting_key ~ '^leave\\.(allowance\\.|max_days_in_past$)'"
        " AND setting_value ~ '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$'"
        " AND NOT (setting_value::numeric BETWEEN 0 AND 366"
        " AND setting_value::numeric = trunc(setting_value::numeric))"
    ).fetchone()
    if stored:
        raise MigrationRefused(
            f"Some leave settings are out of their bounds ({stored}; a leave allowance and"
            " how far back leave may start are whole days from 0 to 366) and must be"
            " corrected first (as the database superuser), then run dicel-admin migrate"
            " again."
        )
    execute_sql(BOUNDS)  # CREATE OR REPLACE: owner, grants and the CHECK kept


def downgrade() -> None:
    execute_sql(_0107.BOUNDS)
