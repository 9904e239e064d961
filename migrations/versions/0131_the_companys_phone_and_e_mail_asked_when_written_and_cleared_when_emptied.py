"""The company's phone and e-mail settings are asked when written, and may be cleared.

Revision ID: 0131
Revises: 0130
Create Date: 2026-12-06

Found in a code review (/work/reports/review35b.md F1):

* **A trigger, not a CHECK** on ``company.phone`` and ``company.email``. 0129's CHECK
  ``ck_system_settings_setting_value_shape`` called the phone and e-mail rules live, so a
  rule tightened after a value was stored (0130 did: "788 123 456") made the row break a
  validated constraint. pg_dump writes a validated CHECK into ``CREATE TABLE``, and the
  restore's COPY then refused the row and with it the whole table: every setting (PAYE
  bands, VAT, pay day) restored empty. While NOT VALID it refused every other write of
  the row (its description, ``is_public``). The trigger ``system_settings_contact_shapes``
  (BEFORE INSERT OR UPDATE OF setting_key, setting_value; function
  ``dicel_setting_contact_shapes()``) asks ``dicel_phone_checked`` /
  ``dicel_email_checked`` of a new row and of a changed value or key only, as 0130's
  ``<table>_contact_shapes`` do for every other phone and e-mail (same DW035 / DW036,
  TABLE ``system_settings``, COLUMN ``setting_value``), whoever writes, the superuser too.
  pg_restore creates triggers after the data, so a stored value never stops a restore.
  Its own function, not 0130's ``dicel_contact_shapes``: the value is a phone or an
  e-mail by the row's key, not by the column.
* **Clearing is none**: an empty value ('') of those two keys is none, as NULL is (the
  settings form stores NULL; psql's ``''`` was refused « “” is not a phone number »).

Frozen: 0129's keys (``SETTING_PHONES``, ``SETTING_EMAILS``) and CHECK. The downgrade drops
the trigger and its function and gives back 0129's CHECK (NOT VALID, validated where no
stored value breaks it).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
)

revision: str = "0131"
down_revision: str | None = "0130"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW035": (
        "the company's phone setting that is not a phone number, new or changed",
        ("value", "part"),
    ),
    "DW036": (
        "the company's e-mail setting that is not an e-mail address, new or changed",
        ("value", "part"),
    ),
}

_0129 = earlier_revision("0129_the_companys_phone_and_e_mail_of_their_shape_and_a_files_size_bound")

SHAPE_CHECK = _0129.SHAPE_CHECK
TRIGGER = "system_settings_contact_shapes"
SHAPES_SIGNATURE = "public.dicel_setting_contact_shapes()"
SHAPES_FUNCTION = f"""
CREATE FUNCTION {SHAPES_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0131: the company's phone and e-mail (printed on every invoice) of their
    -- shape (DW035, DW036), asked of a new row and of a value or key changed, never of
    -- one that stays: a value stored under an older rule takes every other write and
    -- never stops a restore (0129's CHECK did both). An empty value is none, as NULL.
    IF TG_OP = 'UPDATE' AND NEW.setting_key IS NOT DISTINCT FROM OLD.setting_key
       AND NEW.setting_value IS NOT DISTINCT FROM OLD.setting_value THEN
        RETURN NEW;
    END IF;
    IF NEW.setting_value = '' THEN
        RETURN NEW;
    END IF;
    IF NEW.setting_key IN ({_0129._keys(_0129.SETTING_PHONES)}) THEN
        PERFORM public.dicel_phone_checked(NEW.setting_value, TG_TABLE_NAME, 'setting_value',
                                           NULL);
    ELSIF NEW.setting_key IN ({_0129._keys(_0129.SETTING_EMAILS)}) THEN
        PERFORM public.dicel_email_checked(NEW.setting_value, TG_TABLE_NAME, 'setting_value',
                                           NULL);
    END IF;
    RETURN NEW;
END
$$"""
#: The stored values that break it, counted without refusing (an empty one is none).
BROKEN = (
    "SELECT string_agg(setting_key || ' = ' || setting_value, ', ' ORDER BY setting_key)"
    " FROM public.system_settings WHERE setting_value <> ''"
    f" AND ((setting_key IN ({_0129._keys(_0129.SETTING_PHONES)})"
    " AND NOT public.dicel_phone_fits(setting_value))"
    f" OR (setting_key IN ({_0129._keys(_0129.SETTING_EMAILS)})"
    " AND NOT public.dicel_email_fits(setting_value)))"
)
CREATE_TRIGGER = (
    f"CREATE TRIGGER {TRIGGER} BEFORE INSERT OR UPDATE OF setting_key, setting_value"
    f" ON public.system_settings FOR EACH ROW EXECUTE FUNCTION {SHAPES_SIGNATURE}"
)


def upgrade() -> None:
    execute_sql(f"ALTER TABLE public.system_settings DROP CONSTRAINT {SHAPE_CHECK}")
    create_owned_function(SHAPES_FUNCTION, SHAPES_SIGNATURE)
    execute_sql(CREATE_TRIGGER)
    (broken,) = execute_sql(BROKEN).fetchone()
    if broken:
        log.warning(
            "system_settings: %s is not of its shape; it stays, and is asked again when"
            " someone writes another",
            broken,
        )


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {TRIGGER} ON public.system_settings")
    execute_sql(f"DROP FUNCTION {SHAPES_SIGNATURE}")
    execute_sql(
        f"ALTER TABLE public.system_settings ADD CONSTRAINT {SHAPE_CHECK}"
        f" CHECK ({_0129.SHAPE_CONDITION}) NOT VALID"
    )
    (broken,) = execute_sql(_0129.SHAPE_BROKEN).fetchone()
    if not broken:
        execute_sql(f"ALTER TABLE public.system_settings VALIDATE CONSTRAINT {SHAPE_CHECK}")
