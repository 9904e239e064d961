"""An emergency contact is one person written as texts: a JSON object whose name,
relationship, phone and e-mail are JSON strings.

Revision ID: 0135
Revises: 0134
Create Date: 2026-12-06

Found by the psql review /work/reports/psql36.md (finding 1): an HR or Security clerk
stored ``[{"name": "Mama", "phone": "call 07 88 any time", "email": "mama at home"}]``
(or ``'"call my brother, any time"'``) as an employee's or a guard's emergency contact.
``dicel_contact_shapes`` (0130, 0132) reads the parts with ``->>``, which gives NULL for
an array or a string: no phone, no e-mail, so DW035 and DW036 passed, and its DW031 block
asks objects only. The sync then copied the value onto the login, and My profile showed it
as a Python list. The window's contact form only ever writes an object of texts.

The trigger ``<table>_contact_object`` (function ``dicel_contact_object()``, BEFORE INSERT
OR UPDATE OF emergency_contact on ``employees``, ``security_guards`` and ``users``) refuses
with **DW032** a new or changed contact that is neither no contact (SQL NULL or JSON null)
nor a JSON object, and an object whose ``name``, ``relationship``, ``phone`` or ``email``
is there but is not a JSON string or null (``{"phone": 788123456}``, ``{"name": ["Ana"]}``):
DETAIL ``kind`` (the JSON type found: ``array``, ``string``, ``number``, ``boolean``,
``object``) and ``part`` (the part of that type, null when the whole contact is); TABLE
and COLUMN the contact's. Named to fire before ``<table>_contact_shapes`` (triggers fire in
name order), so a number written as a JSON number is said as not text, not as "not a phone
number". Other keys are not asked.

Asked as 0130 and 0132 ask, of a new row's contact and of a changed one: a contact stored
before this revision that breaks the rule stays until someone writes another (the upgrade
counts them). A CHECK would be asked on every write of the row: 0125's NOT VALID CHECKs
kept such rows from the login stamp and HR's saves (review35 F1, F2), and whether a rule
holds an old row must not depend on whether the rest of the table was clean at upgrade.

On ``users`` the trigger asks a write made by a statement only (``WHEN (pg_trigger_depth()
= 0)``): no login writes that column (0125), the sync (``employees_sync_user``, a trigger)
copies the employee's contact, asked on ``employees``, and a login made for an employee
whose contact was stored before stays possible (0133, review35c F1). A superuser writing
the copy by hand is asked.

New: ``dicel_contact_object()`` and its three triggers. Nothing of 0130, 0132 or 0133 is
replaced. The downgrade drops them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import SEARCH_PATH, create_owned_function, execute_sql

revision: str = "0135"
down_revision: str | None = "0134"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW032": (
        "an emergency contact that is not one person written as texts, new or changed",
        ("kind", "part"),
    ),
}

#: ``domain/contact_rules.CONTACT_COLUMNS``'s tables, frozen.
TABLES = ("users", "employees", "security_guards")
#: ``domain/contact_rules.CONTACT_PARTS``, frozen: the parts a contact's form writes.
PARTS = ("name", "relationship", "phone", "email")
_PARTS_ARRAY = "ARRAY[" + ", ".join(f"'{p}'" for p in PARTS) + "]"

FUNCTION_SIGNATURE = "public.dicel_contact_object()"
FUNCTION = f"""
CREATE FUNCTION {FUNCTION_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    v_new jsonb := NEW.emergency_contact;
    v_kind text;
    v_part text;
BEGIN
    -- Migration 0135 (psql36 #1): an emergency contact is one person written as texts,
    -- a JSON object whose name, relationship, phone and e-mail are strings (DW032); asked
    -- of a new row's contact and of a changed one, as dicel_contact_shapes asks its parts.
    -- No contact (SQL NULL, or JSON null) is none.
    IF v_new IS NULL OR jsonb_typeof(v_new) = 'null'
       OR (TG_OP = 'UPDATE' AND v_new IS NOT DISTINCT FROM OLD.emergency_contact) THEN
        RETURN NEW;
    END IF;
    IF jsonb_typeof(v_new) <> 'object' THEN
        v_kind := jsonb_typeof(v_new);
    ELSE
        SELECT t.part, jsonb_typeof(v_new -> t.part) INTO v_part, v_kind
          FROM unnest({_PARTS_ARRAY}) WITH ORDINALITY AS t(part, n)
         WHERE jsonb_typeof(v_new -> t.part) NOT IN ('string', 'null')
         ORDER BY t.n LIMIT 1;
    END IF;
    IF v_kind IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW032',
            MESSAGE = format('%s.emergency_contact: an emergency contact is one person, a JSON'
                             ' object of texts (name, relationship, phone, email), not %s',
                             TG_TABLE_NAME,
                             CASE WHEN v_part IS NULL THEN 'a JSON ' || v_kind
                                  ELSE format('a %s written as a JSON %s', v_part, v_kind) END),
            DETAIL = json_build_object('kind', v_kind, 'part', v_part)::text,
            SCHEMA = 'public', TABLE = TG_TABLE_NAME, COLUMN = 'emergency_contact';
    END IF;
    RETURN NEW;
END
$$"""


def trigger_name(table: str) -> str:
    """Before ``<table>_contact_shapes`` in name order, so it fires first."""
    return f"{table}_contact_object"


assert all(trigger_name(t) < f"{t}_contact_shapes" for t in TABLES)


def _trigger(table: str) -> str:
    # users: a statement's write only; the sync's copy is the employee's, asked there.
    when = " WHEN (pg_trigger_depth() = 0)" if table == "users" else ""
    return (
        f"CREATE TRIGGER {trigger_name(table)} BEFORE INSERT OR UPDATE OF emergency_contact"
        f" ON public.{table} FOR EACH ROW{when}"
        f" EXECUTE FUNCTION {FUNCTION_SIGNATURE}"
    )


#: Stored contacts this revision would refuse were they written now, per table.
_BROKEN = f"""
SELECT count(*) FROM public.{{table}}
 WHERE emergency_contact IS NOT NULL AND jsonb_typeof(emergency_contact) <> 'null'
   AND (jsonb_typeof(emergency_contact) <> 'object'
        OR EXISTS (SELECT 1 FROM unnest({_PARTS_ARRAY}) AS t(part)
                    WHERE jsonb_typeof(emergency_contact -> t.part) NOT IN ('string', 'null')))
"""


def upgrade() -> None:
    create_owned_function(FUNCTION, FUNCTION_SIGNATURE)
    for table in TABLES:
        execute_sql(_trigger(table))
        (count,) = execute_sql(_BROKEN.format(table=table)).fetchone()
        if count:
            log.warning(
                "%s: %d emergency contact(s) are not one person written as texts; they stay,"
                " and each is asked when someone writes another",
                table,
                count,
            )


def downgrade() -> None:
    for table in reversed(TABLES):
        execute_sql(f"DROP TRIGGER {trigger_name(table)} ON public.{table}")
    execute_sql(f"DROP FUNCTION {FUNCTION_SIGNATURE}")
