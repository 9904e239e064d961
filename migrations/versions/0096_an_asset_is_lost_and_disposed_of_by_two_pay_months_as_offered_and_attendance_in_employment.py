"""An IT asset is reported lost and disposed of by two people, a payroll runs for the
months the window offers, attendance rows are sensible, and payroll's settings take
values that can mean them.

Revision ID: 0096
Revises: 0095
Create Date: 2026-12-06

Found with psql in a review (psql29, F3, F4, F6 and its notes), each a rule the project
keeps elsewhere with a gap here:

* **An IT asset is reported lost and disposed of by two people** (F3). One IT officer
  assigned a 9.8 million franc server to herself, reported it lost and disposed of it
  (final), alone. ``report_lost`` and ``dispose`` of ``it_assets`` are now decisions
  four eyes take (``Step.decided_by_another``, as a policy's approval, 0078, and a
  write-off, 0079): refused to whoever changed the asset or one of its files (DW411) or
  brought it where it waits (DW412: put it in storage or repair, retired it, reported
  it lost) since it was last lost (disposed of), as the audit log shows; taken on the
  version shown (``shown``: none DW413, changed since by someone else DW007/DW008).
  Their functions take ``shown`` (``dicel_report_lost_it_asset(asset_id, shown)``,
  ``dicel_dispose_it_asset(asset_id, shown)``); the one-argument ones are dropped. Nor
  does the person the asset is assigned to, its holder (``CaseFlow.holder``), take them
  (``Step.not_by_assignee``, ``DW415``, triggers ``it_assets_report_lost_not_by_assignee``
  and ``it_assets_dispose_not_by_assignee``, as 0087's write-off). IT and administrators
  take them: the demo has several IT logins. ``dicel_decision_version`` gives an
  asset's version, and a file written on an asset locks it first
  (``dicel_audit_document``), as for the other decided records. The window's Report
  lost… and Dispose… are off for whoever may not take them, saying why (DW411, DW412,
  DW415 asked before: ``services.cases._own_change_stops``).
* **A payroll runs for the months the window offers** (F4, ``DW349``, DETAIL ``start``,
  ``end``, ``earliest``, ``months``). HR ran January 2020 (68 payslips at today's
  salaries, before DICEL's records began) and finance could approve and pay it.
  ``dicel_run_payroll`` now refuses a month before the ``MONTHS_BEFORE`` (12) months
  before the next one due: the month after the latest period not cancelled, or this
  month when none has run, as Run payroll… offers them (``domain/pay_months.py``,
  frozen here; a test holds them equal).
* **Attendance rows are sensible** (F6). HR saved a row of no employee dated
  9999-12-31, checked in in 1900, -12.5 hours; and one of an employee who had left
  months before, with 99.99 hours. Now:

  - ``ck_attendance_records_employee_given`` (``employee_id IS NOT NULL``): a row is
    someone's (DW011 and DW605 are asked by employee; NULL passed both). The plan's
    column stays nullable, as other links the forms ask for (``FORM_REQUIRED``);
  - ``ck_attendance_records_total_hours_in_a_day`` (0 to 24 hours; the form reads the
    bounds);
  - ``ck_attendance_records_times_near_its_day``: the check-in and the check-out each
    on the row's day or the day before or after it (read in UTC, so whoever writes it
    gets the same answer; a night shift ends the next day);
  - trigger ``attendance_records_within_employment`` (``DW606``, DETAIL ``name``,
    ``date``, ``hired``, ``left``; COLUMN ``date``): not a day before the employee's
    hire date nor after their termination date (payroll's "employed in the month"); a
    superuser loading data is not asked. Rows from before are left; the upgrade says
    how many.

  The CHECKs are added NOT VALID and validated once the rows are read: rows that break
  them stop the upgrade with a sentence naming how many, to correct first.
* **Payroll's settings take values that can mean them** (the notes). An administrator
  could set ``payroll.pension_rate_percent`` to 150 or ``payroll.allowance_rate_percent``
  to -50; the next run stopped on a bare "net salary must be at least 0", which HR reads
  as a rule about a field they never typed. Bounded where a setting is checked, so the
  one who types it is told: ``ck_system_settings_setting_value_in_bounds`` calls
  ``dicel_setting_value_in_bounds(key, value)`` (IMMUTABLE, as 0010's
  ``dicel_setting_value_is_valid``): a key ending in ``_rate_percent`` from 0 to 100, a
  leave allowance (``leave.allowance.<type>``) and an approval threshold 0 or more
  (``domain/setting_bounds.py``, frozen here). Only a value read as a number is
  bounded, as ``dicel_setting_number`` reads only those.

A downgrade gives back the one-argument steps (as 0094 left them), 0082's version, 0087's
file entry, 0063's run, and drops the new checks, triggers and functions.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal

from alembic import op

from dicel_desktop.db.case_functions import FunctionDefinition, flow_definitions
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    DEFINER,
    MigrationRefused,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)
from dicel_desktop.domain.case_flows import FLOWS

log = logging.getLogger("alembic.runtime.migration")

revision: str = "0096"
# "0095" at the merge (0095 is written in another branch at the same time).
down_revision: str | None = "0095"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Refusals of this revision: (what, the keys of its DETAIL).
REFUSALS = {
    "DW349": (
        "a payroll run for a month before the ones it may run for",
        ("start", "end", "earliest", "months"),
    ),
    "DW606": (
        "attendance on a day its employee was not employed",
        ("name", "date", "hired", "left"),
    ),
    "DW607": ("attendance on a day still to come", ("date", "today")),
}

_0063 = earlier_revision("0063_pay_follows_its_approval_and_its_month")
_0073 = earlier_revision("0073_late_files_stop_decisions_administrators_pay_and_review_dates")
_0078 = earlier_revision("0078_a_policy_in_force_is_not_rewritten_by_one_person")
_0079 = earlier_revision(
    "0079_a_decision_by_another_counts_files_and_holidays_reject_pending_leave"
)
_0082 = earlier_revision(
    "0082_a_cases_documents_are_decided_holidays_decide_no_leave_and_the_cap_counts_what_it_folds"
)
_0087 = earlier_revision("0087_a_decided_records_parts_files_and_no_write_off_by_its_officer")

# --------------------------------------------------------------------------- F3: assets

ASSETS = "it_assets"
#: The steps this revision makes decisions four eyes take, not by the asset's assignee:
#: (table, action, target, assignee column, what it does).
DECIDED: tuple[tuple[str, str, str, str, str], ...] = (
    (ASSETS, "report_lost", "lost", "assigned_to", "reported lost"),
    (ASSETS, "dispose", "disposed", "assigned_to", "disposed of"),
)
#: The tables with a step four eyes take after this revision.
DECIDED_TABLES = (*_0079.DECIDED_TABLES, ASSETS)


def _tables_sql(tables: Sequence[str]) -> str:
    return "'{" + ",".join(tables) + "}'::text[]"


def _steps(*, decided: bool) -> list[tuple[FunctionDefinition, tuple[str, ...]]]:
    """The asset steps' functions with who takes them: as this revision makes them
    (``decided``, the version shown last), or as 0094 left them (one argument)."""
    found = []
    for table, action, *_rest in DECIDED:
        flow = FLOWS[table]
        takers = tuple(role.group_role for role in flow.workers)
        found += [
            (f, takers)
            for f in flow_definitions(flow, decided=decided)
            if f.name == flow.function(action)
        ]
    assert len(found) == len(DECIDED), found
    return found


def _make_steps(*, decided: bool) -> None:
    for before, _takers in _steps(decided=not decided):
        execute_sql(f"DROP FUNCTION {before.signature}")
    for function, takers in _steps(decided=decided):
        create_owned_function(function.create, function.signature)
        # EXECUTE comes from the permission table (sync-grants after the upgrade); granted
        # here too, for a database left at this revision.
        for role in takers:
            execute_sql(f"GRANT EXECUTE ON FUNCTION {function.signature} TO {role}")


DECISION_VERSION = replaced(
    _0082.DECISION_VERSION,
    f"    IF NOT p_table = ANY ({_tables_sql(_0079.DECIDED_TABLES)})\n",
    "    -- Migration 0096: an IT asset's loss and disposal too.\n"
    f"    IF NOT p_table = ANY ({_tables_sql(DECIDED_TABLES)})\n",
)
_LOCKED_BEFORE = (*_0073.SHOWN_TABLES, *_0079.DECIDED_TABLES)
AUDIT_DOCUMENT = replaced(
    _0087.AUDIT_DOCUMENT,
    f"    IF v_owner_table = ANY ({_tables_sql(_LOCKED_BEFORE)}) THEN\n",
    "    -- Migration 0096: and an IT asset, whose loss and disposal four eyes take.\n"
    f"    IF v_owner_table = ANY ({_tables_sql((*_LOCKED_BEFORE, ASSETS))}) THEN\n",
)
#: What those who take such a decision ask (0078, 0079): granted here for a database
#: left at this revision; the permission table's (sync-grants) otherwise.
_DECIDERS_ASK = (
    f"public.{_0078.OWN_CHANGE_SIGNATURE}",
    _0079.DECISION_VERSION_SIGNATURE,
)


def _not_by_assignee_trigger(table: str, action: str, target: str, column: str, done: str) -> str:
    return (
        f"CREATE TRIGGER {_0087._trigger(table, action)} BEFORE UPDATE OF status"
        f" ON public.{table} FOR EACH ROW"
        f" WHEN (NEW.status::text = '{target}' AND OLD.status IS DISTINCT FROM NEW.status)"
        f" EXECUTE FUNCTION public.dicel_decided_not_by_assignee('{column}', '{done}')"
    )


# --------------------------------------------------------------------------- F4: pay months

#: Frozen: domain/pay_months.MONTHS_BEFORE, the months Run payroll… offers before the
#: next one due (a test holds them equal).
MONTHS_BEFORE = 12
_RUN_DECLARED = "    v_count bigint;\nBEGIN\n"
_RUN_NOT_TOO_EARLY = f"""    -- Migration 0096: nor a month before the {MONTHS_BEFORE} Run payroll... offers
    -- before the next one due: the month after the latest period not cancelled, or
    -- this month when none has run. A month from before the company's records would
    -- be paid at today's salaries.
    v_earliest := (date_trunc('month', coalesce(
                       (SELECT p.period_start FROM public.payroll_periods p
                         WHERE p.status <> 'cancelled'
                         ORDER BY p.period_end DESC LIMIT 1) + interval '1 month',
                       current_date))
                   - interval '{MONTHS_BEFORE} months')::date;
    IF v_start < v_earliest THEN
        RAISE EXCEPTION USING ERRCODE = 'DW349',
            MESSAGE = 'a month before the ones payroll may run for',
            DETAIL = json_build_object('start', v_start, 'end', v_end,
                                       'earliest', v_earliest,
                                       'months', {MONTHS_BEFORE})::text;
    END IF;
"""
#: After "has run already" (DW321): a month that ran long ago is said to have run, not
#: to be too early to run (a review).
_RUN_AFTER_RAN = "\n    -- Migration 0063: every employee's row FOR SHARE before any is read."
RUN = replaced(
    replaced(_0063.RUN, _RUN_DECLARED, "    v_count bigint;\n    v_earliest date;\nBEGIN\n"),
    _RUN_AFTER_RAN,
    _RUN_NOT_TOO_EARLY + _RUN_AFTER_RAN,
)

# --------------------------------------------------------------------------- F6: attendance

ATTENDANCE = "attendance_records"
#: The CHECKs this revision adds (the models' names, ``ck_<table>_`` included), with the
#: rows of the table that break each, for the sentence before they are validated.
ATTENDANCE_CHECKS: tuple[tuple[str, str, str], ...] = (
    ("ck_attendance_records_employee_given", "employee_id IS NOT NULL", "of no employee"),
    (
        "ck_attendance_records_total_hours_in_a_day",
        "total_hours >= 0 AND total_hours <= 24",
        "of fewer than 0 or more than 24 hours",
    ),
    (
        "ck_attendance_records_times_near_its_day",
        "(check_in IS NULL OR (check_in AT TIME ZONE 'UTC')::date BETWEEN date - 1 AND date + 1)"
        " AND (check_out IS NULL"
        " OR (check_out AT TIME ZONE 'UTC')::date BETWEEN date - 1 AND date + 1)",
        "checked in or out more than a day away from their date",
    ),
)

WITHIN_SIGNATURE = "public.dicel_attendance_within_employment()"
WITHIN = f"""
CREATE FUNCTION {WITHIN_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_employee record;
BEGIN
    -- Migration 0096: attendance is of a day the employee was employed, from their hire
    -- date to their termination date (payroll's "employed in the month"). Every session
    -- is asked but a superuser's (data loading).
    IF EXISTS (SELECT FROM pg_catalog.pg_roles r
                WHERE r.rolname = session_user AND r.rolsuper) THEN
        RETURN NEW;
    END IF;
    -- Nor of a day still to come, in the company's days (a review saved a "present"
    -- next June): a day is recorded once it has begun.
    IF NEW.date > public.dicel_company_day() THEN
        RAISE EXCEPTION USING ERRCODE = 'DW607',
            MESSAGE = 'attendance on a day still to come',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'date',
            DETAIL = json_build_object('date', NEW.date,
                                       'today', public.dicel_company_day())::text;
    END IF;
    SELECT e.hire_date, e.termination_date,
           coalesce(public.dicel_person_name(e.user_id), e.employee_number) AS name
      INTO v_employee
      FROM public.employees e WHERE e.id = NEW.employee_id;
    IF NOT FOUND THEN
        RETURN NEW;  -- no employee: the CHECK and the foreign key say so
    END IF;
    IF NEW.date < v_employee.hire_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW606',
            MESSAGE = 'attendance before the employee was hired',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'date',
            DETAIL = json_build_object('name', v_employee.name, 'date', NEW.date,
                                       'hired', v_employee.hire_date)::text;
    END IF;
    IF NEW.date > v_employee.termination_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW606',
            MESSAGE = 'attendance after the employee left',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'date',
            DETAIL = json_build_object('name', v_employee.name, 'date', NEW.date,
                                       'hired', v_employee.hire_date,
                                       'left', v_employee.termination_date)::text;
    END IF;
    RETURN NEW;
END
$$"""
WITHIN_TRIGGER = (
    f"CREATE TRIGGER attendance_records_within_employment BEFORE INSERT OR UPDATE OF"
    f" employee_id, date ON public.{ATTENDANCE} FOR EACH ROW EXECUTE FUNCTION {WITHIN_SIGNATURE}"
)
#: Rows from before this revision outside their employee's employment: said at the upgrade.
OUTSIDE_EMPLOYMENT = (
    f"SELECT count(*) FROM public.{ATTENDANCE} a JOIN public.employees e ON e.id = a.employee_id"
    " WHERE a.date < e.hire_date OR a.date > e.termination_date"
)

# --------------------------------------------------------------------------- settings

#: Frozen: domain/setting_bounds.SETTING_BOUNDS as (key pattern, least, most or None);
#: the first that matches applies (a test holds them equal).
SETTING_BOUNDS: tuple[tuple[str, Decimal, Decimal | None], ...] = (
    (r"_rate_percent$", Decimal(0), Decimal(100)),
    (r"^leave\.allowance\.", Decimal(0), None),
    (r"_threshold(_|$)", Decimal(0), None),
    (r"^payroll\.pay_day$", Decimal(1), Decimal(31)),
    (r"_(days|minutes)($|_)", Decimal(0), None),
)
#: Frozen: domain/setting_bounds.NUMBER, what dicel_setting_number reads (migration 0014).
SETTING_NUMBER = r"^\s*-?[0-9]+(\.[0-9]+)?\s*$"
SETTINGS_CHECK = "ck_system_settings_setting_value_in_bounds"
BOUNDS_SIGNATURE = "public.dicel_setting_value_in_bounds(text, text)"


def _bound_sql(least: Decimal, most: Decimal | None) -> str:
    if most is None:
        return f"p_value::numeric >= {least}"
    return f"p_value::numeric BETWEEN {least} AND {most}"


_BOUNDS_CASES = "\n".join(
    f"        WHEN p_key ~ '{key}' THEN {_bound_sql(least, most)}"
    for key, least, most in SETTING_BOUNDS
)
BOUNDS = f"""
CREATE FUNCTION public.dicel_setting_value_in_bounds(p_key text, p_value text)
RETURNS boolean LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
AS $$
    -- Migration 0096: a setting DICEL computes with takes a value that can mean it (a
    -- rate in percent from 0 to 100; a leave allowance, an approval threshold 0 or
    -- more), when it reads as a number (dicel_setting_number reads no other).
    SELECT CASE
        WHEN p_value IS NULL OR p_key IS NULL OR p_value !~ '{SETTING_NUMBER}' THEN true
{_BOUNDS_CASES}
        ELSE true
    END
$$"""
_SETTINGS_CHECK_SQL = "public.dicel_setting_value_in_bounds(setting_key, setting_value)"

# --------------------------------------------------------------------------- apply


def _refuse_breaking(table: str, name: str, condition: str, what: str) -> None:
    """Before ``name`` is validated: stop with a sentence when rows break it."""
    (count,) = execute_sql(
        f"SELECT count(*) FROM public.{table} WHERE NOT ({condition})"
    ).fetchone()
    if count:
        raise MigrationRefused(
            f"{count} row(s) of {table} are {what} ({name}) and must be corrected first"
            " (as the database superuser), then run dicel-admin migrate again."
        )


def _add_check(table: str, name: str, condition: str, what: str) -> None:
    execute_sql(f"ALTER TABLE public.{table} ADD CONSTRAINT {name} CHECK ({condition}) NOT VALID")
    _refuse_breaking(table, name, condition, what)
    execute_sql(f"ALTER TABLE public.{table} VALIDATE CONSTRAINT {name}")


def upgrade() -> None:
    # F3: an asset reported lost or disposed of by two people.
    _make_steps(decided=True)
    for role in sorted({r.group_role for r in FLOWS[ASSETS].workers}):
        for signature in _DECIDERS_ASK:
            execute_sql(f"GRANT EXECUTE ON FUNCTION {signature} TO {role}")
    execute_sql(DECISION_VERSION)  # CREATE OR REPLACE: owner and grants kept
    execute_sql(AUDIT_DOCUMENT)
    for step in DECIDED:
        execute_sql(_not_by_assignee_trigger(*step))
    # F4: the months a payroll runs for.
    execute_sql(RUN)
    # F6: attendance rows.
    for name, condition, what in ATTENDANCE_CHECKS:
        _add_check(ATTENDANCE, name, condition, what)
    create_owned_function(WITHIN, WITHIN_SIGNATURE)
    execute_sql(WITHIN_TRIGGER)
    (outside,) = execute_sql(OUTSIDE_EMPLOYMENT).fetchone()
    if outside:
        log.warning(
            "%s attendance row(s) fall outside their employee's employment (before the hire"
            " date or after the termination date): they stay, and are refused once changed",
            outside,
        )
    # Settings.
    create_owned_function(BOUNDS, BOUNDS_SIGNATURE)
    # The CHECK runs it as whoever writes the row (the permission table: every login).
    _add_check(
        "system_settings",
        SETTINGS_CHECK,
        _SETTINGS_CHECK_SQL,
        "settings whose value is out of their bounds",
    )
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(f"ALTER TABLE public.system_settings DROP CONSTRAINT {SETTINGS_CHECK}")
    execute_sql(f"DROP FUNCTION {BOUNDS_SIGNATURE}")
    execute_sql(f"DROP TRIGGER attendance_records_within_employment ON public.{ATTENDANCE}")
    execute_sql(f"DROP FUNCTION {WITHIN_SIGNATURE}")
    for name, _condition, _what in reversed(ATTENDANCE_CHECKS):
        execute_sql(f"ALTER TABLE public.{ATTENDANCE} DROP CONSTRAINT {name}")
    execute_sql(_0063.RUN)
    for table, action, *_rest in reversed(DECIDED):
        execute_sql(f"DROP TRIGGER {_0087._trigger(table, action)} ON public.{table}")
    execute_sql(_0087.AUDIT_DOCUMENT)
    execute_sql(_0082.DECISION_VERSION)
    _make_steps(decided=False)
    pin_company_time_zone(op.get_bind())
