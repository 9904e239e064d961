"""One emergency contact, the employee's; phones and e-mails of their shape.

Revision ID: 0125
Revises: 0124
Create Date: 2026-12-06

contact35 (words34 #7 left it: "a check the window made would need the database's own"):

* **One emergency contact** (trigger ``employees_sync_user``, function
  ``dicel_sync_user_from_employee``, now with ``emergency_contact``). Since stop 34 the
  window reads and writes ``employees.emergency_contact`` and shows
  ``users.emergency_contact`` read-only, but an administrator's psql still wrote the user's
  copy and the two drifted. Now the user's copy follows the employee's like the position
  and the salary do (ARCHITECTURE 4: employees is authoritative), and no role updates it
  by hand: it left the administrator's update list (``domain/column_rules``, the grants
  sync at head). The upgrade reconciles the linked pairs: where both are set the
  employee's wins; where only the user's is set the employee takes it (an administrator
  typed it before stop 34: kept, now HR's); then every linked user's copy is the
  employee's. A login without an employee record keeps the copy it has, read-only: no
  HR record keeps one for them, and nothing is thrown away (linking an employee record
  later gives the user that record's contact).
* **A phone number and an e-mail address have their shape** (``domain/contact_rules``,
  mirrored by ``dicel_phone_fits(text)`` and ``dicel_email_fits(text)``;
  tests/db/test_contacts_reach_someone.py holds them equal). A phone: digits with an
  optional leading +, parted by spaces, hyphens, dots or brackets, 7 to 15 digits; a
  Rwandan number written with 0 has ten digits, with 250 twelve. An e-mail: a login's
  shape (0004's ``EMAIL_RE``), in any case. The CHECK ``ck_<table>_<column>_shape`` on
  every phone and e-mail column (``PHONE_COLUMNS``, ``EMAIL_COLUMNS``, frozen here) and on
  the ``phone`` and ``email`` of every emergency contact (``CONTACT_COLUMNS``) calls
  ``dicel_phone_checked`` / ``dicel_email_checked`` as the writer, which refuse with
  ``DW035`` (phone) or ``DW036`` (e-mail), DETAIL ``value`` and ``part`` (``phone`` or
  ``email`` inside a contact, else null), TABLE and COLUMN the field's. Whoever writes,
  the superuser too (the demo writes numbers of this shape).
* **Old rows are not refused at upgrade.** Each CHECK is added NOT VALID, then validated
  where no stored row breaks it; where some do, the upgrade says how many and the CHECK
  holds every new write, which includes any later change to such a row until its number
  or address is corrected (PostgreSQL checks the whole row on UPDATE).

The downgrade drops the CHECKs and the four functions and gives back 0003's
``dicel_sync_user_from_employee`` and its trigger (the contacts reconciled stay so).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0125"
down_revision: str | None = "0124"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

_0003 = earlier_revision("0003_security")
_0004 = earlier_revision("0004_provisioning")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW035": ("a phone that is not a phone number", ("value", "part")),
    "DW036": ("an e-mail that is not an e-mail address", ("value", "part")),
}

#: ``domain/contact_rules``'s, frozen.
PHONE_COLUMNS = (
    ("users", "phone"),
    ("departments", "phone"),
    ("candidates", "phone"),
    ("suppliers", "phone"),
    ("clients", "phone"),
    ("leads", "phone"),
)
EMAIL_COLUMNS = (
    ("departments", "email"),
    ("candidates", "email"),
    ("suppliers", "email"),
    ("clients", "email"),
    ("leads", "email"),
)
CONTACT_COLUMNS = (
    ("users", "emergency_contact"),
    ("employees", "emergency_contact"),
    ("security_guards", "emergency_contact"),
)
PHONE_SHAPE = r"\+?[0-9(]([0-9 ().-]*[0-9)])?"
#: 0004's ``EMAIL_RE`` (anchored) as a SQL literal: its quote doubled.
EMAIL_RE_LITERAL = "'" + _0004.EMAIL_RE.replace("'", "''") + "'"


def check_name(table: str, column: str) -> str:
    return f"ck_{table}_{column}_shape"


# --------------------------------------------------------------------------- the rules

PHONE_FITS_SIGNATURE = "public.dicel_phone_fits(text)"
PHONE_FITS = f"""
CREATE FUNCTION public.dicel_phone_fits(p_value text)
RETURNS boolean LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_digits text;
BEGIN
    -- Migration 0125: a phone number (domain/contact_rules.phone_fits mirrors it). NULL
    -- is no number, which fits.
    IF p_value IS NULL THEN
        RETURN true;
    END IF;
    IF p_value !~ '^{PHONE_SHAPE}$' THEN
        RETURN false;
    END IF;
    v_digits := regexp_replace(p_value, '[^0-9]', '', 'g');
    IF length(v_digits) NOT BETWEEN 7 AND 15 THEN
        RETURN false;
    END IF;
    -- A Rwandan number: 0 and nine digits, or 250 and nine.
    IF v_digits LIKE '0%' THEN
        RETURN length(v_digits) = 10;
    END IF;
    IF v_digits LIKE '250%' THEN
        RETURN length(v_digits) = 12;
    END IF;
    RETURN true;
END
$$"""

EMAIL_FITS_SIGNATURE = "public.dicel_email_fits(text)"
EMAIL_FITS = f"""
CREATE FUNCTION public.dicel_email_fits(p_value text)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
AS $$
    -- Migration 0125: a login's shape (0004), in any case (domain/contact_rules.email_fits).
    SELECT p_value IS NULL OR lower(p_value) ~ {EMAIL_RE_LITERAL}
$$"""


def _checked(kind: str, code: str, what: str) -> tuple[str, str]:
    signature = f"public.dicel_{kind}_checked(text, text, text, text)"
    create = f"""
CREATE FUNCTION public.dicel_{kind}_checked(p_value text, p_table text, p_column text,
                                          p_part text)
RETURNS boolean LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0125: what the CHECK ck_<table>_<column>_shape calls as the writer; true,
    -- or the refusal naming the field ({code}). p_part: the key inside an emergency
    -- contact, NULL for a column of its own.
    IF public.dicel_{kind}_fits(p_value) THEN
        RETURN true;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '{code}',
        MESSAGE = format('%s.%s%s: %L is not {what}', p_table, p_column,
                         coalesce('.' || p_part, ''), p_value),
        DETAIL = json_build_object('value', p_value, 'part', p_part)::text,
        SCHEMA = 'public', TABLE = p_table, COLUMN = p_column;
END
$$"""
    return signature, create


PHONE_CHECKED_SIGNATURE, PHONE_CHECKED = _checked("phone", "DW035", "a phone number")
EMAIL_CHECKED_SIGNATURE, EMAIL_CHECKED = _checked("email", "DW036", "an e-mail address")
FUNCTIONS = (
    (PHONE_FITS_SIGNATURE, PHONE_FITS),
    (EMAIL_FITS_SIGNATURE, EMAIL_FITS),
    (PHONE_CHECKED_SIGNATURE, PHONE_CHECKED),
    (EMAIL_CHECKED_SIGNATURE, EMAIL_CHECKED),
)


def _checks() -> list[tuple[str, str, str, str]]:
    """(table, name, condition as refused, condition as counted) of every CHECK."""
    found = []
    for kind, columns in (("phone", PHONE_COLUMNS), ("email", EMAIL_COLUMNS)):
        for table, column in columns:
            found.append(
                (
                    table,
                    check_name(table, column),
                    f"public.dicel_{kind}_checked({column}, '{table}', '{column}', NULL)",
                    f"public.dicel_{kind}_fits({column})",
                )
            )
    for table, column in CONTACT_COLUMNS:
        phone, email = f"({column} ->> 'phone')", f"({column} ->> 'email')"
        found.append(
            (
                table,
                check_name(table, column),
                f"public.dicel_phone_checked({phone}, '{table}', '{column}', 'phone')"
                f" AND public.dicel_email_checked({email}, '{table}', '{column}', 'email')",
                f"public.dicel_phone_fits({phone}) AND public.dicel_email_fits({email})",
            )
        )
    return found


# --------------------------------------------------------------------------- one contact

SYNC_SIGNATURE = "public.dicel_sync_user_from_employee()"
#: 0003's function as 0007 left it (its search path ends with pg_temp): a CREATE OR
#: REPLACE sets the SET clauses it says, so both keep 0007's.
SYNC_FUNCTION_0007 = or_replace(
    replaced(
        _0003.SYNC_USER_FUNCTION,
        "SECURITY DEFINER SET search_path = pg_catalog, public\n",
        f"{DEFINER}\n",
    )
)
SYNC_FUNCTION = replaced(
    SYNC_FUNCTION_0007,
    """    -- employees is authoritative (ARCHITECTURE 4): the linked user shows the same
    -- position, department, hire date, salary and employee number.
    IF NEW.user_id IS NOT NULL THEN
        UPDATE public.users u
           SET position = NEW.position, department_id = NEW.department_id,
               hire_date = NEW.hire_date, salary = NEW.salary,
               employee_id = NEW.employee_number
         WHERE u.id = NEW.user_id
           AND (u.position, u.department_id, u.hire_date, u.salary, u.employee_id)
               IS DISTINCT FROM
               (NEW.position, NEW.department_id, NEW.hire_date, NEW.salary,
                NEW.employee_number);""",
    """    -- employees is authoritative (ARCHITECTURE 4): the linked user shows the same
    -- position, department, hire date, salary and employee number, and since migration
    -- 0125 the same emergency contact (no role writes the user's copy by hand).
    IF NEW.user_id IS NOT NULL THEN
        UPDATE public.users u
           SET position = NEW.position, department_id = NEW.department_id,
               hire_date = NEW.hire_date, salary = NEW.salary,
               employee_id = NEW.employee_number,
               emergency_contact = NEW.emergency_contact
         WHERE u.id = NEW.user_id
           AND (u.position, u.department_id, u.hire_date, u.salary, u.employee_id,
                u.emergency_contact)
               IS DISTINCT FROM
               (NEW.position, NEW.department_id, NEW.hire_date, NEW.salary,
                NEW.employee_number, NEW.emergency_contact);""",
)
SYNC_TRIGGER_0003 = (
    "CREATE TRIGGER employees_sync_user AFTER INSERT OR UPDATE OF user_id, position,"
    " department_id, hire_date, salary, employee_number ON public.employees"
    " FOR EACH ROW EXECUTE FUNCTION public.dicel_sync_user_from_employee()"
)
SYNC_TRIGGER = SYNC_TRIGGER_0003.replace(
    "employee_number ON", "employee_number, emergency_contact ON"
)

#: The employee takes the user's contact where it has none (typed by an administrator
#: before stop 34); the trigger then gives it back to the user unchanged.
ADOPT_USERS_CONTACT = """
UPDATE public.employees e SET emergency_contact = u.emergency_contact
  FROM public.users u
 WHERE u.id = e.user_id AND e.emergency_contact IS NULL AND u.emergency_contact IS NOT NULL
"""
#: Every linked user's copy is the employee's (where both were set, the employee's wins).
FOLLOW_EMPLOYEES_CONTACT = """
UPDATE public.users u SET emergency_contact = e.emergency_contact
  FROM public.employees e
 WHERE e.user_id = u.id AND u.emergency_contact IS DISTINCT FROM e.emergency_contact
"""


def upgrade() -> None:
    execute_sql(SYNC_FUNCTION)  # CREATE OR REPLACE: owner kept
    execute_sql("DROP TRIGGER employees_sync_user ON public.employees")
    execute_sql(SYNC_TRIGGER)
    adopted = execute_sql(ADOPT_USERS_CONTACT).rowcount
    followed = execute_sql(FOLLOW_EMPLOYEES_CONTACT).rowcount
    if adopted or followed:
        log.warning(
            "Emergency contacts: %d employee(s) took their login's contact (they had none);"
            " %d login(s) now show their employee record's contact instead of their own copy",
            adopted,
            followed,
        )

    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)
    for table, name, condition, fits in _checks():
        execute_sql(
            f"ALTER TABLE public.{table} ADD CONSTRAINT {name} CHECK ({condition}) NOT VALID"
        )
        (count,) = execute_sql(f"SELECT count(*) FROM public.{table} WHERE NOT ({fits})").fetchone()
        if count:
            log.warning(
                "%s: %d row(s) hold a phone number or e-mail address of another shape; %s"
                " is checked on new and changed rows only until each is corrected",
                table,
                count,
                name,
            )
        else:
            execute_sql(f"ALTER TABLE public.{table} VALIDATE CONSTRAINT {name}")


def downgrade() -> None:
    for table, name, _condition, _fits in reversed(_checks()):
        execute_sql(f"ALTER TABLE public.{table} DROP CONSTRAINT {name}")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION {signature}")
    execute_sql("DROP TRIGGER employees_sync_user ON public.employees")
    execute_sql(SYNC_TRIGGER_0003)
    execute_sql(SYNC_FUNCTION_0007)
