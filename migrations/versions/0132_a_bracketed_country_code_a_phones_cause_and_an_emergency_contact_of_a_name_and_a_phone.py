"""A bracketed country code is a phone's; a refused phone says why; an emergency contact
has a name and a phone together.

Revision ID: 0132
Revises: 0131
Create Date: 2026-12-06

Found by the user-eye review /work/reports/eye35.md:

* **"(+250) 788 123 456"** (§3), as letterheads print it and clerks copy it, was refused
  ("the + comes first"). ``dicel_phone_fits`` now reads a text opening with "(+" as "+("
  (the bracket after the +), as ``domain/contact_rules.phone_fits`` does: the country
  code stays the one bracketed pair, and "(+0788)" is still a national 0 after a +.
* **Why a phone is refused** (§4): DW035's DETAIL gets ``cause`` (``dicel_phone_cause``,
  one of ``domain/contact_rules.PHONE_CAUSES``: ``national_digits`` for "0788 123 45",
  ``double_zero`` for "00250…", ``letters``, ``two_numbers`` …) and DW036's
  (``dicel_email_cause``: ``two_addresses``, else null), and each MESSAGE names it, so
  psql says what the window says. The window's sentence after a refusal is the one it
  gives before saving.
* **An emergency contact has a name and a phone** (§5): "Brother · +250 795 708 361"
  (no name) and a mother with no phone were saved. ``dicel_contact_shapes`` refuses a new
  or changed contact with something in it but no name or no phone (blanks are none) with
  **DW031** (DETAIL ``phone``, ``contact``: what it has, null where it has none; TABLE and
  COLUMN the contact's); a relationship stays optional, an empty contact is no contact.
  Asked, as the shapes are, of a new row's contact and of a changed one only: a contact
  stored without a name stays until someone changes it (the upgrade says how many).

Frozen: 0125's ``_checked`` and column lists, 0130's ``dicel_phone_fits`` and
``dicel_contact_shapes``. CREATE OR REPLACE keeps owners and grants; the two cause
functions are new (EXECUTE for every login, as the fits pair: the checked functions call
them as the writer). The downgrade gives back 0130's and 0125's texts.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0132"
down_revision: str | None = "0131"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW035": ("a phone that is not a phone number, new or changed", ("value", "part", "cause")),
    "DW036": (
        "an e-mail that is not an e-mail address, new or changed",
        ("value", "part", "cause"),
    ),
    "DW031": ("an emergency contact without a name or without a phone", ("phone", "contact")),
}

_0125 = earlier_revision("0125_one_emergency_contact_and_phones_and_e_mails_of_their_shape")
_0130 = earlier_revision(
    "0130_an_old_number_stays_until_someone_writes_another_and_a_number_without_plus_is_rwandan"
)

# --------------------------------------------------------------------------- §3

#: ``domain/contact_rules``'s, frozen: the characters, and the brackets, of a number.
PHONE_SHAPE = _0125.PHONE_SHAPE
PHONE_BRACKETS = _0130.PHONE_BRACKETS
#: ``_country_code_bracketed``: "(+250) …" read as "+(250) …".
BRACKETED = "CASE WHEN p_value LIKE '(+%' THEN '+(' || substr(p_value, 3) ELSE p_value END"

_NULL_FITS = """    IF p_value IS NULL THEN
        RETURN true;
    END IF;
"""
PHONE_FITS = replaced(
    _0130.PHONE_FITS,
    _NULL_FITS,
    _NULL_FITS
    + f"""    -- Migration 0132: "(+250) 788 …", as letterheads print it, read as "+(250) 788 …".
    p_value := {BRACKETED};
""",
)

# --------------------------------------------------------------------------- §4

#: Why a text is no phone number, in ``domain/contact_rules.phone_cause``'s order.
PHONE_CAUSE_SIGNATURE = "public.dicel_phone_cause(text)"
PHONE_CAUSE = f"""
CREATE FUNCTION public.dicel_phone_cause(p_value text)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_shaped text;
    v_digits text;
BEGIN
    -- Migration 0132: why p_value is no phone number (domain/contact_rules.phone_cause
    -- mirrors it, in the same order); NULL when it is one.
    IF public.dicel_phone_fits(p_value) THEN
        RETURN NULL;
    END IF;
    IF (SELECT count(*) FROM regexp_split_to_table(p_value, '[/,;&|]') AS t(part)
         WHERE length(regexp_replace(part, '[^0-9]', '', 'g')) >= 7) >= 2 THEN
        RETURN 'two_numbers';
    END IF;
    IF p_value ~ '[A-Za-z]' THEN
        RETURN 'letters';
    END IF;
    v_shaped := {BRACKETED};
    IF v_shaped !~ '^{PHONE_SHAPE}$' OR v_shaped !~ '^{PHONE_BRACKETS}$' THEN
        RETURN 'marks';
    END IF;
    v_digits := regexp_replace(p_value, '[^0-9]', '', 'g');
    IF v_digits LIKE '00%' AND v_shaped NOT LIKE '+%' THEN
        RETURN 'double_zero';
    END IF;
    IF length(v_digits) NOT BETWEEN 7 AND 15 THEN
        RETURN 'digit_count';
    END IF;
    IF v_digits LIKE '0%' THEN
        RETURN CASE WHEN v_shaped LIKE '+%' THEN 'plus_zero' ELSE 'national_digits' END;
    END IF;
    IF v_digits LIKE '250%' THEN
        RETURN 'country_digits';
    END IF;
    RETURN 'no_country_code';
END
$$"""

EMAIL_CAUSE_SIGNATURE = "public.dicel_email_cause(text)"
EMAIL_CAUSE = """
CREATE FUNCTION public.dicel_email_cause(p_value text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
AS $$
    -- Migration 0132: why p_value is no e-mail address where a cause says more than the
    -- example (domain/contact_rules.email_cause): two addresses in one box; else NULL.
    SELECT CASE
        WHEN p_value IS NULL OR public.dicel_email_fits(p_value) THEN NULL
        WHEN length(p_value) - length(replace(p_value, '@', '')) >= 2 THEN 'two_addresses'
    END
$$"""


def _checked(kind: str, create: str) -> str:
    """0125's ``dicel_<kind>_checked`` with the cause in its MESSAGE and DETAIL."""
    return replaced(
        replaced(
            or_replace(create),
            "        MESSAGE = format('%s.%s%s: %L is not ",
            f"        -- Migration 0132: why, as dicel_{kind}_cause says it (DETAIL cause).\n"
            "        MESSAGE = format('%s.%s%s: %L is not ",
        ),
        "coalesce('.' || p_part, ''), p_value),\n"
        "        DETAIL = json_build_object('value', p_value, 'part', p_part)::text,",
        "coalesce('.' || p_part, ''), p_value)\n"
        f"                  || coalesce(' (' || public.dicel_{kind}_cause(p_value) || ')', ''),\n"
        "        DETAIL = json_build_object('value', p_value, 'part', p_part,\n"
        f"                                   'cause', public.dicel_{kind}_cause(p_value))::text,",
    )


PHONE_CHECKED = _checked("phone", _0125.PHONE_CHECKED)
EMAIL_CHECKED = _checked("email", _0125.EMAIL_CHECKED)

# --------------------------------------------------------------------------- §5

#: What a blank is, on both sides (``domain/contact_rules.contact_gap``).
BLANKS = r"E' \t\n\r'"
_PARTS_ASKED = """                END IF;
            END LOOP;
"""
_GAP = f"""                END IF;
            END LOOP;
            -- Migration 0132: a contact with something in it has a name and a phone
            -- (DW031), asked of a new or changed contact only, as its parts.
            IF jsonb_typeof(v_new) = 'object'
               AND (TG_OP = 'INSERT' OR v_new IS DISTINCT FROM v_old)
               AND EXISTS (SELECT 1 FROM jsonb_each_text(v_new) AS e
                            WHERE btrim(e.value, {BLANKS}) <> '')
               AND (btrim(coalesce(v_new ->> 'phone', ''), {BLANKS}) = ''
                    OR btrim(coalesce(v_new ->> 'name', ''), {BLANKS}) = '') THEN
                RAISE EXCEPTION USING ERRCODE = 'DW031',
                    MESSAGE = format('%s.%s: an emergency contact needs a name and a phone',
                                     TG_TABLE_NAME, v_column),
                    DETAIL = json_build_object(
                        'phone', nullif(btrim(v_new ->> 'phone', {BLANKS}), ''),
                        'contact', nullif(btrim(v_new ->> 'name', {BLANKS}), ''))::text,
                    SCHEMA = 'public', TABLE = TG_TABLE_NAME, COLUMN = v_column;
            END IF;
"""
SHAPES_FUNCTION = replaced(or_replace(_0130.SHAPES_FUNCTION), _PARTS_ASKED, _GAP)

#: Stored contacts this revision would refuse were they written now, per table.
_GAPPED = f"""
SELECT count(*) FROM public.{{table}}
 WHERE jsonb_typeof(emergency_contact::jsonb) = 'object'
   AND EXISTS (SELECT 1 FROM jsonb_each_text(emergency_contact::jsonb) AS e
                WHERE btrim(e.value, {BLANKS}) <> '')
   AND (btrim(coalesce(emergency_contact::jsonb ->> 'phone', ''), {BLANKS}) = ''
        OR btrim(coalesce(emergency_contact::jsonb ->> 'name', ''), {BLANKS}) = '')
"""

# --------------------------------------------------------------------------- migration


def upgrade() -> None:
    create_owned_function(PHONE_CAUSE, PHONE_CAUSE_SIGNATURE)
    create_owned_function(EMAIL_CAUSE, EMAIL_CAUSE_SIGNATURE)
    # CREATE OR REPLACE keeps each function's owner and grants.
    execute_sql(PHONE_FITS)
    execute_sql(PHONE_CHECKED)
    execute_sql(EMAIL_CHECKED)
    execute_sql(SHAPES_FUNCTION)
    for table, _column in _0125.CONTACT_COLUMNS:
        (count,) = execute_sql(_GAPPED.format(table=table)).fetchone()
        if count:
            log.warning(
                "%s: %d emergency contact(s) lack a name or a phone; they stay, and each is"
                " asked when someone changes it",
                table,
                count,
            )


def downgrade() -> None:
    execute_sql(or_replace(_0130.SHAPES_FUNCTION))
    execute_sql(or_replace(_0125.EMAIL_CHECKED))
    execute_sql(or_replace(_0125.PHONE_CHECKED))
    execute_sql(_0130.PHONE_FITS)
    execute_sql(f"DROP FUNCTION {EMAIL_CAUSE_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {PHONE_CAUSE_SIGNATURE}")
