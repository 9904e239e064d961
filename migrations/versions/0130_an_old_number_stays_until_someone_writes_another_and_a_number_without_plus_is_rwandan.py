"""An old phone or e-mail stays until someone writes another; a number without "+" is
Rwandan; an e-mail is plain ASCII; step lines moved are said as moved.

Revision ID: 0130
Revises: 0129
Create Date: 2026-12-06

Found in a code review (/work/reports/review35.md):

* **A value stored before 0125 is refused only when someone writes it** (F1, F2). 0125
  held each phone and e-mail column, and an emergency contact's ``phone`` and ``email``,
  by a CHECK added NOT VALID where old rows broke it; PostgreSQL asks every CHECK on
  every UPDATE of a row, so such a row took no write at all: the login stamp
  (``dicel_record_login``: the person could not log in), a role, a password, HR's save
  of the employee (through ``employees_sync_user``), every step on a client, lead,
  candidate, supplier or guard whose old number was bad. The CHECKs
  ``ck_<table>_<column>_shape`` go; one trigger per table, ``<table>_contact_shapes``
  (BEFORE INSERT OR UPDATE OF its columns, function ``dicel_contact_shapes``, TG_ARGV the
  columns) asks ``dicel_phone_checked`` / ``dicel_email_checked`` (same DW035 / DW036,
  same DETAIL, TABLE and COLUMN) of a new row's value and of a value changed, part by
  part inside a contact: a contact whose name changes keeps its old phone unasked. One
  mechanism for every such column, validated or not: whether a rule holds an old row
  must not depend on whether some other row of the table was clean at upgrade. Whoever
  writes, the superuser too, as 0125.
* **A number without "+" is Rwandan** (F3): "788 123 456" (a mobile without its 0),
  "1234567", "+0788123456" and brackets unbalanced, closed first or more than one pair
  ("0788)123(456", "(((0788123456)))") passed. ``dicel_phone_fits`` now says what
  ``domain/contact_rules.phone_fits`` says: without "+" the digits start with 0 (ten) or
  250 (twelve); "+" is never followed by 0; at most one pair of brackets, opened first,
  a digit inside (``PHONE_BRACKETS``).
* **An e-mail is plain ASCII before it is lowered** (F4): ``lower()`` follows the
  database's collation ("İnfo@…" fitted in SQL and not in Python; a Kelvin sign was
  lowered to "k" by some collations only). ``dicel_email_fits`` refuses anything but
  ASCII first and lowers with ``COLLATE "C"`` (A-Z only, as Python's ``lower`` on ASCII).
* **Step lines moved are said as moved** (F5): 0128's third branch of
  ``dicel_step_lines_stay`` (the same lines in another order) sends DETAIL ``action``
  ``moved``, which the window says in a sentence of its own.

Frozen: 0125's column lists and functions, 0128's ``dicel_step_lines_stay``. CREATE OR
REPLACE keeps owners and grants (the fits and checked functions keep their names and
signatures: system settings call them too). The downgrade gives back 0125's CHECKs
(NOT VALID, validated where no row breaks them), its two rules and 0128's guard.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0130"
down_revision: str | None = "0129"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW035": ("a phone that is not a phone number, new or changed", ("value", "part")),
    "DW036": ("an e-mail that is not an e-mail address, new or changed", ("value", "part")),
    "DW021": ("a line only a step writes typed, changed, removed or moved", ("line", "action")),
}

_0125 = earlier_revision("0125_one_emergency_contact_and_phones_and_e_mails_of_their_shape")
_0128 = earlier_revision(
    "0128_step_lines_keep_their_order_a_posting_open_closes_ahead_a_receipt_names_a_line"
    "_once_and_a_login_an_employee"
)

# --------------------------------------------------------------------------- F1, F2

#: table -> its phone, e-mail and emergency contact columns (0125's lists, frozen there).
SHAPED: dict[str, tuple[str, ...]] = {}
for _table, _column in (*_0125.PHONE_COLUMNS, *_0125.EMAIL_COLUMNS, *_0125.CONTACT_COLUMNS):
    SHAPED[_table] = (*SHAPED.get(_table, ()), _column)
assert all(c in ("phone", "email", "emergency_contact") for cs in SHAPED.values() for c in cs)

SHAPES_SIGNATURE = "public.dicel_contact_shapes()"
SHAPES_FUNCTION = f"""
CREATE FUNCTION {SHAPES_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    v_column text;
    v_new jsonb;
    v_old jsonb;
    v_part text;
BEGIN
    -- Migration 0130: a phone or an e-mail of its shape (DW035, DW036), asked of a new
    -- row's value and of a value changed, never of one that stays: a row stored before
    -- 0125 takes every other write (0125's CHECKs refused them all, the login stamp
    -- too). TG_ARGV: the columns; ``phone`` and ``email`` hold one each, an
    -- ``emergency_contact`` its ``phone`` and ``email``, each asked when it changes.
    FOREACH v_column IN ARRAY TG_ARGV LOOP
        v_new := to_jsonb(NEW) -> v_column;
        v_old := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) -> v_column END;
        IF v_column = 'emergency_contact' THEN
            FOREACH v_part IN ARRAY ARRAY['phone', 'email'] LOOP
                IF TG_OP = 'INSERT' OR (v_new ->> v_part) IS DISTINCT FROM (v_old ->> v_part) THEN
                    IF v_part = 'phone' THEN
                        PERFORM public.dicel_phone_checked(v_new ->> v_part, TG_TABLE_NAME,
                                                           v_column, v_part);
                    ELSE
                        PERFORM public.dicel_email_checked(v_new ->> v_part, TG_TABLE_NAME,
                                                           v_column, v_part);
                    END IF;
                END IF;
            END LOOP;
        ELSIF TG_OP = 'INSERT' OR (v_new #>> '{{}}') IS DISTINCT FROM (v_old #>> '{{}}') THEN
            IF v_column = 'email' THEN
                PERFORM public.dicel_email_checked(v_new #>> '{{}}', TG_TABLE_NAME, v_column,
                                                   NULL);
            ELSE
                PERFORM public.dicel_phone_checked(v_new #>> '{{}}', TG_TABLE_NAME, v_column,
                                                   NULL);
            END IF;
        END IF;
    END LOOP;
    RETURN NEW;
END
$$"""


def trigger_name(table: str) -> str:
    return f"{table}_contact_shapes"


def _shapes_trigger(table: str, columns: tuple[str, ...]) -> str:
    arguments = ", ".join(f"'{c}'" for c in columns)
    return (
        f"CREATE TRIGGER {trigger_name(table)} BEFORE INSERT OR UPDATE OF {', '.join(columns)}"
        f" ON public.{table} FOR EACH ROW EXECUTE FUNCTION {SHAPES_SIGNATURE[:-2]}({arguments})"
    )


# --------------------------------------------------------------------------- F3, F4

#: ``domain/contact_rules``'s, frozen.
PHONE_BRACKETS = r"[^()]*(\([^()]*[0-9][^()]*\)[^()]*)?"
_PHONE_RULE_0125 = """    -- A Rwandan number: 0 and nine digits, or 250 and nine.
    IF v_digits LIKE '0%' THEN
        RETURN length(v_digits) = 10;
    END IF;
    IF v_digits LIKE '250%' THEN
        RETURN length(v_digits) = 12;
    END IF;
    RETURN true;
"""
_PHONE_RULE = """    -- A Rwandan number: 0 and nine digits (never after "+"), or 250 and nine. Migration
    -- 0130: any other is foreign, written with "+" and its country code ("788 123 456",
    -- a mobile without its 0, is no number anyone here can dial).
    IF v_digits LIKE '0%' THEN
        RETURN p_value NOT LIKE '+%' AND length(v_digits) = 10;
    END IF;
    IF v_digits LIKE '250%' THEN
        RETURN length(v_digits) = 12;
    END IF;
    RETURN p_value LIKE '+%';
"""
_PHONE_SHAPE_0125 = f"""    IF p_value !~ '^{_0125.PHONE_SHAPE}$' THEN"""
_PHONE_SHAPE = f"""    -- Migration 0130: brackets, one pair at most, opened first, a digit inside.
    IF p_value !~ '^{_0125.PHONE_SHAPE}$' OR p_value !~ '^{PHONE_BRACKETS}$' THEN"""
PHONE_FITS = replaced(
    replaced(or_replace(_0125.PHONE_FITS), _PHONE_RULE_0125, _PHONE_RULE),
    _PHONE_SHAPE_0125,
    _PHONE_SHAPE,
)

_EMAIL_RULE_0125 = f"""    -- Migration 0125: a login's shape (0004), in any case (domain/contact_rules.email_fits).
    SELECT p_value IS NULL OR lower(p_value) ~ {_0125.EMAIL_RE_LITERAL}"""
_EMAIL_RULE = f"""    -- Migration 0125: a login's shape (0004), in any case (domain/contact_rules.email_fits).
    -- Migration 0130: plain ASCII, lowered A-Z only whatever the database's collation
    -- (lower() followed it: "İnfo@…" fitted here and not in the window).
    SELECT p_value IS NULL
        OR (p_value ~ '^[[:ascii:]]*$' AND lower(p_value COLLATE "C") ~ {_0125.EMAIL_RE_LITERAL})"""
EMAIL_FITS = replaced(or_replace(_0125.EMAIL_FITS), _EMAIL_RULE_0125, _EMAIL_RULE)

# --------------------------------------------------------------------------- F5

_MOVED_0128 = """    IF v_line IS NULL THEN
        SELECT v_new[i] INTO v_line FROM generate_subscripts(v_new, 1) AS i
         WHERE v_new[i] IS DISTINCT FROM v_old[i] ORDER BY i LIMIT 1;
    END IF;
"""
_MOVED = """    IF v_line IS NULL THEN
        SELECT v_new[i] INTO v_line FROM generate_subscripts(v_new, 1) AS i
         WHERE v_new[i] IS DISTINCT FROM v_old[i] ORDER BY i LIMIT 1;
        v_action := 'moved';  -- Migration 0130: said as moved, not as changed
    END IF;
"""
_DETAIL_0128 = "DETAIL = json_build_object('line', btrim(public.dicel_folded(v_line)))::text,"
_DETAIL = (
    "DETAIL = json_build_object('line', btrim(public.dicel_folded(v_line)),\n"
    "                                   'action', v_action)::text,"
)
STEP_LINES_STAY = replaced(
    replaced(
        replaced(_0128.STEP_LINES_STAY, _MOVED_0128, _MOVED),
        _DETAIL_0128,
        _DETAIL,
    ),
    "    v_line text;\nBEGIN\n",
    "    v_line text;\n    v_action text;\nBEGIN\n",
)

# --------------------------------------------------------------------------- migration


def upgrade() -> None:
    # CREATE OR REPLACE keeps each function's owner and grants.
    execute_sql(PHONE_FITS)
    execute_sql(EMAIL_FITS)
    for table, name, _condition, _fits in _0125._checks():
        execute_sql(f"ALTER TABLE public.{table} DROP CONSTRAINT {name}")
    create_owned_function(SHAPES_FUNCTION, SHAPES_SIGNATURE)
    for table, columns in SHAPED.items():
        execute_sql(_shapes_trigger(table, columns))
        where = " OR ".join(
            f"NOT public.dicel_phone_fits({c} ->> 'phone')"
            f" OR NOT public.dicel_email_fits({c} ->> 'email')"
            if c == "emergency_contact"
            else f"NOT public.dicel_{c}_fits({c})"
            for c in columns
        )
        (count,) = execute_sql(f"SELECT count(*) FROM public.{table} WHERE {where}").fetchone()
        if count:
            log.warning(
                "%s: %d row(s) hold a phone number or e-mail address of another shape; they"
                " stay, and each is asked again when someone writes another",
                table,
                count,
            )
    execute_sql(STEP_LINES_STAY)


def downgrade() -> None:
    execute_sql(_0128.STEP_LINES_STAY)
    for table in reversed(SHAPED):
        execute_sql(f"DROP TRIGGER {trigger_name(table)} ON public.{table}")
    execute_sql(f"DROP FUNCTION {SHAPES_SIGNATURE}")
    execute_sql(or_replace(_0125.EMAIL_FITS))
    execute_sql(or_replace(_0125.PHONE_FITS))
    for table, name, condition, fits in _0125._checks():
        execute_sql(
            f"ALTER TABLE public.{table} ADD CONSTRAINT {name} CHECK ({condition}) NOT VALID"
        )
        (count,) = execute_sql(f"SELECT count(*) FROM public.{table} WHERE NOT ({fits})").fetchone()
        if not count:
            execute_sql(f"ALTER TABLE public.{table} VALIDATE CONSTRAINT {name}")
