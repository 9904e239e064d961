"""The company's phone and e-mail settings have their shape; the largest file an upload
takes has a bound.

Revision ID: 0129
Revises: 0128
Create Date: 2026-12-06

Left by contact35 and paye35 (docs/decisions.md, 2026-12-06), brief polish35:

* **The company's phone and e-mail** (``company.phone``, ``company.email``: printed on
  every invoice) are held to 0125's rules, as every phone and e-mail column is: the CHECK
  ``ck_system_settings_setting_value_shape`` calls ``dicel_phone_checked`` /
  ``dicel_email_checked`` as the writer on the value of those two keys (``SETTING_PHONES``,
  ``SETTING_EMAILS``, frozen from ``domain/contact_rules``), DW035 / DW036 with TABLE
  ``system_settings`` and COLUMN ``setting_value``, whoever writes, the superuser too.
  Added NOT VALID and validated where no stored value breaks it; where one does, the
  upgrade says so and the CHECK holds every new write (that row's too, until corrected).
* **The largest file an upload takes** (``documents.max_size_mb``, read by
  ``dicel_document_max_bytes``) is from 0.001 to 100 MB (``dicel_setting_value_in_bounds``,
  the CHECK ``ck_system_settings_setting_value_in_bounds``, 0126's bounds and this one,
  frozen from ``domain/setting_bounds.py``): 0 refused every file, -1 was read as absent
  (25 MB, without a word), 99999999999999 stopped every upload on a bigint overflow, and a
  file past 100 MB is one the desktop holds whole in memory and sends in one statement. A
  stored value outside stops the upgrade with its value.

The downgrade drops the CHECK and gives back 0126's bounds.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal

from dicel_desktop.db.migrate import MigrationRefused, earlier_revision, execute_sql, replaced

revision: str = "0129"
down_revision: str | None = "0128"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

_0126 = earlier_revision("0126_a_leave_allowance_is_whole_days_of_a_year")

# --------------------------------------------------------------------------- file size

SIZE_KEY = "documents.max_size_mb"
#: Frozen: domain/setting_bounds.SETTING_BOUNDS as (key pattern, least, most or None,
#: whole); the first that matches applies (a test holds them equal).
SETTING_BOUNDS: tuple[tuple[str, Decimal, Decimal | None, bool], ...] = (
    (r"_rate_percent$", Decimal(0), Decimal(100), False),
    (r"^leave\.allowance\.", Decimal(0), Decimal(366), True),
    (r"_threshold(_|$)", Decimal(0), None, False),
    (r"^payroll\.pay_day$", Decimal(1), Decimal(31), True),
    (r"^leave\.max_days_in_past$", Decimal(0), Decimal(366), True),
    (r"^documents\.max_size_mb$", Decimal("0.001"), Decimal(100), False),
    (r"_(days|minutes)($|_)", Decimal(0), None, False),
)


#: The CASE arms of a bounds list, as 0126 writes them.
_cases = _0126._cases


BOUNDS = replaced(_0126.BOUNDS, _cases(_0126.SETTING_BOUNDS), _cases(SETTING_BOUNDS))
BOUNDS = replaced(
    BOUNDS,
    "    -- how far back leave may start whole days from 0 to 366, migration 0126), when it\n",
    "    -- how far back leave may start whole days from 0 to 366, migration 0126; the\n"
    "    -- largest file an upload takes from 0.001 to 100 MB, migration 0129), when it\n",
)

# --------------------------------------------------------------------------- phone, e-mail

#: Frozen: domain/contact_rules.SETTING_PHONES and SETTING_EMAILS.
SETTING_PHONES: tuple[str, ...] = ("company.phone",)
SETTING_EMAILS: tuple[str, ...] = ("company.email",)
SHAPE_CHECK = "ck_system_settings_setting_value_shape"


def _keys(keys: tuple[str, ...]) -> str:
    return ", ".join(f"'{key}'" for key in keys)


#: 0125's functions as the writer, on the value of the company's phone and e-mail keys.
SHAPE_CONDITION = (
    f"CASE WHEN setting_key IN ({_keys(SETTING_PHONES)}) THEN public.dicel_phone_checked("
    "setting_value, 'system_settings', 'setting_value', NULL)"
    f" WHEN setting_key IN ({_keys(SETTING_EMAILS)}) THEN public.dicel_email_checked("
    "setting_value, 'system_settings', 'setting_value', NULL)"
    " ELSE true END"
)
#: The stored values that break it, counted without refusing.
SHAPE_BROKEN = (
    "SELECT string_agg(setting_key || ' = ' || setting_value, ', ' ORDER BY setting_key)"
    " FROM public.system_settings"
    f" WHERE (setting_key IN ({_keys(SETTING_PHONES)})"
    " AND NOT public.dicel_phone_fits(setting_value))"
    f" OR (setting_key IN ({_keys(SETTING_EMAILS)}) AND NOT public.dicel_email_fits(setting_value))"
)


def upgrade() -> None:
    # A stored size outside would pass the CHECK validated before: say which first.
    (stored,) = execute_sql(
        "SELECT string_agg(setting_value, ', ') FROM public.system_settings"
        f" WHERE setting_key = '{SIZE_KEY}'"
        " AND setting_value ~ '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$'"
        " AND setting_value::numeric NOT BETWEEN 0.001 AND 100"
    ).fetchone()
    if stored:
        raise MigrationRefused(
            f"The setting {SIZE_KEY} is out of its bounds ({stored}; the largest file an"
            " upload takes is from 0.001 to 100 MB) and must be corrected first (as the"
            " database superuser), then run dicel-admin migrate again."
        )
    execute_sql(BOUNDS)  # CREATE OR REPLACE: owner, grants and the CHECK kept

    execute_sql(
        f"ALTER TABLE public.system_settings ADD CONSTRAINT {SHAPE_CHECK}"
        f" CHECK ({SHAPE_CONDITION}) NOT VALID"
    )
    (broken,) = execute_sql(SHAPE_BROKEN).fetchone()
    if broken:
        log.warning(
            "system_settings: %s is not of its shape; %s is checked on new and changed"
            " rows only until it is corrected",
            broken,
            SHAPE_CHECK,
        )
    else:
        execute_sql(f"ALTER TABLE public.system_settings VALIDATE CONSTRAINT {SHAPE_CHECK}")


def downgrade() -> None:
    execute_sql(f"ALTER TABLE public.system_settings DROP CONSTRAINT {SHAPE_CHECK}")
    execute_sql(_0126.BOUNDS)
