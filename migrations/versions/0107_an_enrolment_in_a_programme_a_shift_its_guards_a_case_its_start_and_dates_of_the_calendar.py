"""An enrolment is in a programme that takes place, for someone employed then; a started
shift or patrol stays its guard's; a settled case keeps its start; every typed date is a
date of the calendar; a pay day is a whole day; a payment method fits.

Revision ID: 0107
Revises: 0106
Create Date: 2026-12-06

Found with psql in a review (psql31, F1-F4 and two notes), each a rule the project keeps
elsewhere with a gap here:

* **An enrolment belongs to a programme that takes place, for someone employed while it
  runs** (F1). HR enrolled a colleague in a programme completed before she was hired, a
  leaver in a cancelled one, and someone in no programme at all, and marked each
  completed with a grade: the record read as a qualification, final. The DW419 trigger
  (``training_enrollments_once_the_programme_began``, function
  ``dicel_enrollment_once_programme_began``, made again ``CREATE OR REPLACE``) now fires
  on INSERT and on a change of ``status``, ``training_program_id`` or ``employee_id``,
  and refuses an enrolment made, moved or taken (into in progress or completed)
  without a programme (``DW440``, COLUMN ``training_program_id``; the form asks for it,
  ``FORM_REQUIRED``), in one cancelled or completed (``DW441``, DETAIL ``program``,
  ``state``; the form's picker offers neither, ``entry_rules.OFFERED_STATES``), or of
  someone hired after the programme's end or who left before its start (``DW442``,
  DETAIL ``name``, ``program``, ``date`` and ``end``, or ``date``, ``start`` and
  ``left``; COLUMN ``employee_id``). DW419 is as it was. Failed and dropped stay open:
  a person withdraws from a cancelled course. A superuser is not asked.
* **A started shift, and a patrol, stay their guard's** (F2, DL001: the registry's
  ``Lock``). A shift started by one guard was given to another and completed for them;
  one in progress was moved to next year. Once a shift leaves ``scheduled`` its
  ``guard_id`` and ``shift_start`` no longer change; its end does (a guard who left
  early). A patrol is logged as it begins: its guard and route never change; its start
  does (DW407 says "correct the start time first" of a start typed ahead).
* **No shift is started or completed without a guard, no case settled without its start
  date** (F2, F3; ``DW443``, COLUMN the empty field, DETAIL ``action``). Trigger
  ``<table>_step_needs_<column>`` (BEFORE UPDATE OF status, function
  ``dicel_step_needs_field``) refuses the move into those states while the field is
  empty (``entry_rules.STEP_NEEDS``, frozen here as ``NEEDS`` with each step's words).
  Both fields stay optional while the record is planned. A case's start date is locked
  once it is recovered, written off or closed (the settled day was held to it, DW431).
* **Every date a person types is a date of the calendar, in the years 1900 to 2200**
  (F4, F3; ``DW427`` for ``infinity``/``-infinity`` as 0103, ``DW445`` outside those
  years, DETAIL ``at``, ``first``, ``last``; COLUMN the date's). 0103 made six columns
  finite; a licence dated ``infinity`` never expired, a contract never ended, a shift in
  4713 BC was started and completed, a case was marked recovered on ``-infinity``.
  ``entry_rules.CALENDAR_DATES`` (frozen here as ``CALENDAR``) lists them, a case's
  settled day included; trigger ``<table>_within_the_calendar`` (BEFORE INSERT OR
  UPDATE OF those columns, function ``dicel_date_of_the_calendar``) asks a new value,
  not a stored one while it stays, nor a superuser loading data. Stored values outside
  are named by the upgrade's warning (per column, a count): changed, they are asked.
* **The pay day is a whole day from 1 to 31** (a note). ``payroll.pay_day = '24.5'``
  was taken and read as the 25th. ``dicel_setting_value_in_bounds`` (the settings'
  CHECK) refuses a fraction there, where the setting is written; the form says so
  before saving (``SettingBound.whole``). A stored fraction stops the upgrade.
* **A payment method longer than its column is refused in words** (a note; ``DW024``,
  COLUMN ``payment_method``, TABLE ``invoices``, as 0091 did for the reference):
  ``dicel_record_invoice_payment`` measures it first (50 characters, the column's).

A downgrade gives back 0095's DW419 trigger, 0074's case lock and 0096's setting bounds
and 0092's payment function, and drops the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    DEFINER,
    MigrationRefused,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0107"
# Written beside 0105 and 0106 (other helpers'): chained after 0106, which follows 0105.
down_revision: str | None = "0106"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

_0040 = earlier_revision("0040_payments_and_evidence_stay")
_0074 = earlier_revision("0074_reasons_are_given_stay_and_fit_and_reversals_need_money")
_0085 = earlier_revision("0085_every_typed_text_has_a_size_limit")
_0092 = earlier_revision(
    "0092_payments_after_their_invoice_whole_receipts_a_year_of_leave_and_suppliers_as_approved"
)
_0095 = earlier_revision(
    "0095_nobody_keeps_their_own_guard_record_or_training_and_shifts_wait_for_their_start"
)
_0096 = earlier_revision(
    "0096_an_asset_is_lost_and_disposed_of_by_two_pay_months_as_offered_and_attendance_in_employment"
)

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW440": ("an enrolment without a programme", ()),
    "DW441": ("an enrolment in a programme cancelled or completed", ("program", "state")),
    "DW442": (
        "an enrolment of someone not employed while the programme runs",
        ("name", "program", "date", "end", "start", "left"),
    ),
    "DW443": ("a step on a record without a field its new state needs", ("action",)),
    "DW445": ("a typed date outside the years taken", ("at", "first", "last")),
}

# --------------------------------------------------------------------------- F1

ENROLMENTS = "training_enrollments"
#: The enrolment states its programme must have begun for (0095's, unchanged).
TAKING_STATES = _0095.TAKING_STATES
#: The programme states an enrolment is made or taken in (``OFFERED_STATES``, frozen).
OPEN_PROGRAMME = ("scheduled", "in_progress")
ENROLMENT_TRIGGER = "training_enrollments_once_the_programme_began"

BEGAN = f"""
CREATE OR REPLACE FUNCTION {_0095.BEGAN_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_program record;
    v_employee record;
    v_taking boolean := NEW.status IN ({", ".join(f"'{s}'" for s in TAKING_STATES)});
BEGIN
    -- Migration 0095: an enrolment is started or completed once its programme has
    -- started: not while it is scheduled, nor before its start date (DW419).
    -- Migration 0107: and it is made, moved or taken only in a programme, one that is
    -- still to take place or taking place (DW440, DW441), for someone employed while
    -- it runs (DW442): HR completed, with a grade, enrolments in a cancelled programme,
    -- in one over before the person was hired, and in none. A superuser is not asked.
    IF public.dicel_current_user_id() IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE'
       AND NEW.training_program_id IS NOT DISTINCT FROM OLD.training_program_id
       AND NEW.employee_id IS NOT DISTINCT FROM OLD.employee_id
       AND NOT (v_taking AND NEW.status IS DISTINCT FROM OLD.status) THEN
        -- Its grade, its dates, a step out (dropped, failed): not asked.
        RETURN NEW;
    END IF;
    IF NEW.training_program_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW440',
            MESSAGE = 'an enrolment is in a programme',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'training_program_id',
            DETAIL = '{{}}';
    END IF;
    SELECT p.title, p.status, p.start_date, p.end_date INTO v_program
      FROM public.training_programs p WHERE p.id = NEW.training_program_id;
    IF NOT FOUND THEN
        RETURN NEW;  -- the foreign key says so
    END IF;
    IF v_program.status NOT IN ({", ".join(f"'{s}'" for s in OPEN_PROGRAMME)}) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW441',
            MESSAGE = format('the programme is %s: nobody is enrolled in it', v_program.status),
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'training_program_id',
            DETAIL = json_build_object('program', v_program.title,
                                       'state', v_program.status)::text;
    END IF;
    IF v_taking AND (v_program.status = 'scheduled'
                     OR v_program.start_date > public.dicel_company_day()) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW419',
            MESSAGE = 'an enrolment waits for its programme to start',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'training_program_id',
            DETAIL = json_build_object('program', v_program.title, 'state', v_program.status,
                'day', CASE WHEN v_program.start_date > public.dicel_company_day()
                            THEN v_program.start_date END)::text;
    END IF;
    SELECT e.hire_date, e.termination_date,
           coalesce(public.dicel_person_name(e.user_id), e.employee_number) AS name
      INTO v_employee
      FROM public.employees e WHERE e.id = NEW.employee_id;
    IF v_employee.hire_date > v_program.end_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW442',
            MESSAGE = 'hired after the programme ended',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'employee_id',
            DETAIL = json_build_object('name', v_employee.name, 'program', v_program.title,
                                       'date', v_employee.hire_date,
                                       'end', v_program.end_date)::text;
    END IF;
    IF v_employee.termination_date < v_program.start_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW442',
            MESSAGE = 'left before the programme started',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'employee_id',
            DETAIL = json_build_object('name', v_employee.name, 'program', v_program.title,
                                       'date', v_employee.termination_date,
                                       'start', v_program.start_date,
                                       'left', v_employee.termination_date)::text;
    END IF;
    RETURN NEW;
END
$$"""

#: Made (fresh or again), and dropped by the downgrade for 0095's.
ENROLMENT_TRIGGER_SQL = (
    f"CREATE TRIGGER {ENROLMENT_TRIGGER}"
    f" BEFORE INSERT OR UPDATE OF status, training_program_id, employee_id ON public.{ENROLMENTS}"
    f" FOR EACH ROW EXECUTE FUNCTION {_0095.BEGAN_SIGNATURE}"
)
#: 0095's trigger, as its downgrade gives it back.
((_NAME, _TABLE, ENROLMENT_TRIGGER_0095),) = [
    t
    for signature, _c, triggers in _0095._NEW
    if signature == _0095.BEGAN_SIGNATURE
    for t in triggers
]
assert _NAME == ENROLMENT_TRIGGER

# --------------------------------------------------------------------------- F2, F3: locks

#: (trigger, table, state argument, columns), the registry's ``Lock`` at this revision
#: (tests/security/test_catalog.py holds the database to the registry).
ASSIGNMENT_LOCK = (
    "security_assignments_locked",
    "security_assignments",
    "'status', '{scheduled}'",
    ("guard_id", "shift_start"),
)
PATROL_LOCK = (
    "patrol_logs_locked",
    "patrol_logs",
    "'status', '{}'",
    ("guard_id", "route_id"),
)
CASE_LOCK = (
    _0074.CASES_LOCKED,
    _0074.CASES,
    _0074.CASES_OPEN,
    (*_0074.CASES_LOCKED_AFTER, "start_date"),
)
NEW_LOCKS = (ASSIGNMENT_LOCK, PATROL_LOCK)

# --------------------------------------------------------------------------- F2, F3: needs

#: (table, column) -> (state, the step's words) it is not moved into while the column is
#: empty: ``entry_rules.STEP_NEEDS`` with each step's ``done``, at this revision.
NEEDS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("security_assignments", "guard_id"): (("in_progress", "started"), ("completed", "completed")),
    ("recovery_cases", "start_date"): (
        ("recovered", "marked recovered"),
        ("written_off", "written off"),
    ),
}
NEEDS_SIGNATURE = "public.dicel_step_needs_field()"
STEP_NEEDS = f"""
CREATE FUNCTION {NEEDS_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    -- TG_ARGV: [0] the column; then pairs of a state and the words of the step into it.
    v_action text;
BEGIN
    -- Migration 0107: a record is not moved into these states while the column is empty
    -- (a shift started and completed with no guard; a case marked recovered with no start
    -- date, its settled day then having no floor). A superuser is not asked.
    IF public.dicel_current_user_id() IS NULL
       OR NEW.status IS NOT DISTINCT FROM OLD.status
       OR to_jsonb(NEW) ->> TG_ARGV[0] IS NOT NULL THEN
        RETURN NEW;
    END IF;
    FOR i IN 1 .. TG_NARGS - 1 BY 2 LOOP
        IF NEW.status = TG_ARGV[i] THEN
            v_action := TG_ARGV[i + 1];
        END IF;
    END LOOP;
    IF v_action IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW443',
            MESSAGE = format('%s %s has no %s: it cannot be %s',
                             TG_TABLE_NAME, NEW.id, TG_ARGV[0], v_action),
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[0],
            DETAIL = json_build_object('action', v_action)::text;
    END IF;
    RETURN NEW;
END
$$"""


def _needs_trigger(table: str, column: str, states: tuple[tuple[str, str], ...]) -> str:
    args = ", ".join(f"'{word}'" for pair in states for word in pair)
    return (
        f"CREATE TRIGGER {table}_step_needs_{column} BEFORE UPDATE OF status ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION {NEEDS_SIGNATURE[:-2]}('{column}', {args})"
    )


# --------------------------------------------------------------------------- F4

FIRST_YEAR = 1900
LAST_YEAR = 2200
#: ``entry_rules.CALENDAR_DATES`` at this revision, by table.
CALENDAR: dict[str, tuple[str, ...]] = {
    "attendance_records": ("date", "check_in", "check_out"),
    "candidates": ("interview_date",),
    "client_support_tickets": ("created_date",),
    "compliance_audits": ("audit_date",),
    "compliance_policies": ("effective_date", "review_date"),
    "contracts": ("start_date", "end_date"),
    "customer_feedback": ("feedback_date",),
    "customer_surveys": ("start_date", "end_date"),
    "employees": ("hire_date", "termination_date"),
    "expenses": ("expense_date",),
    "holidays": ("holiday_date",),
    "invoices": ("invoice_date", "due_date"),
    "it_assets": ("purchase_date", "warranty_expiry", "last_maintenance", "next_maintenance"),
    "it_support_tickets": ("created_date",),
    "job_postings": ("closing_date",),
    "leave_requests": ("start_date", "end_date"),
    "marketing_campaigns": ("start_date", "end_date"),
    "opportunities": ("expected_close_date",),
    "patrol_logs": ("start_time", "end_time"),
    "performance_reviews": ("review_period_start", "review_period_end", "review_date"),
    "purchase_order_approvals": ("decided_at",),
    "purchase_orders": ("order_date", "expected_delivery"),
    "recovery_cases": ("start_date", "target_completion_date", "actual_completion_date"),
    "risk_assessments": ("assessment_date",),
    "risk_incidents": ("incident_date", "reported_date"),
    "security_assignments": ("shift_start", "shift_end"),
    "security_guards": ("license_expiry",),
    "security_incidents": ("incident_date", "reported_date"),
    "system_monitoring": ("recorded_at",),
    "training_enrollments": ("enrollment_date", "completion_date"),
    "training_programs": ("start_date", "end_date"),
    "transactions": ("transaction_date",),
    "users": ("date_of_birth",),
}
CALENDAR_SIGNATURE = "public.dicel_date_of_the_calendar()"
DATE_OF_THE_CALENDAR = f"""
CREATE FUNCTION {CALENDAR_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    -- TG_ARGV: the table's date and timestamp columns a person types.
    v_column text;
    v_same boolean;
    v_value text;
    v_finite boolean;
    v_year numeric;
BEGIN
    -- Migration 0107: a date a person types is a date of the calendar (DW427, as 0103's
    -- six: -infinity sorted last and counted in no month; a licence dated infinity never
    -- expired) in the years {FIRST_YEAR} to {LAST_YEAR} (DW445: a shift in 4713 BC was
    -- started and completed). A stored value is not asked while it stays; a superuser
    -- loading data is not asked.
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        RETURN NEW;
    END IF;
    FOREACH v_column IN ARRAY TG_ARGV LOOP
        IF TG_OP = 'UPDATE' THEN
            EXECUTE format('SELECT ($1).%1$I IS NOT DISTINCT FROM ($2).%1$I', v_column)
               INTO v_same USING NEW, OLD;
            CONTINUE WHEN v_same;
        END IF;
        EXECUTE format('SELECT ($1).%1$I::text, isfinite(($1).%1$I),'
                       ' CASE WHEN isfinite(($1).%1$I) THEN extract(year FROM ($1).%1$I) END',
                       v_column)
           INTO v_value, v_finite, v_year USING NEW;
        CONTINUE WHEN v_value IS NULL;
        IF NOT v_finite THEN
            RAISE EXCEPTION USING ERRCODE = 'DW427',
                MESSAGE = format('%s: %s %s, no date of the calendar',
                                 TG_TABLE_NAME, v_column, v_value),
                DETAIL = json_build_object('at', v_value)::text,
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = v_column;
        END IF;
        IF v_year NOT BETWEEN {FIRST_YEAR} AND {LAST_YEAR} THEN
            RAISE EXCEPTION USING ERRCODE = 'DW445',
                MESSAGE = format('%s: %s %s, outside the years {FIRST_YEAR} to {LAST_YEAR}',
                                 TG_TABLE_NAME, v_column, v_value),
                DETAIL = json_build_object('at', v_value, 'first', {FIRST_YEAR},
                                           'last', {LAST_YEAR})::text,
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = v_column;
        END IF;
    END LOOP;
    RETURN NEW;
END
$$"""


def _calendar_trigger(table: str, columns: tuple[str, ...]) -> str:
    # Named to sort after the table's other triggers: a lock (DL001), one's own record
    # (DW012, DW013), a day after today (DW426) or a report after now (DW425) says its
    # own, nearer sentence first; 2999 is refused by those before it is by the years.
    args = ", ".join(f"'{c}'" for c in columns)
    return (
        f"CREATE TRIGGER {table}_within_the_calendar BEFORE INSERT OR UPDATE OF"
        f" {', '.join(columns)} ON public.{table} FOR EACH ROW"
        f" EXECUTE FUNCTION {CALENDAR_SIGNATURE[:-2]}({args})"
    )


def _outside(column: str) -> str:
    """SQL: a stored value of ``column`` the trigger would refuse."""
    return (
        f"(NOT isfinite({column}) OR extract(year FROM {column})"
        f" NOT BETWEEN {FIRST_YEAR} AND {LAST_YEAR})"
    )


def _warn_stored() -> None:
    """Name the columns holding values outside, with a count: they stay (as 0103's
    NOT VALID CHECKs), and are asked once changed."""
    found = []
    for table, columns in CALENDAR.items():
        for column in columns:
            (count,) = execute_sql(
                f"SELECT count(*) FROM public.{table} WHERE {_outside(column)}"
            ).fetchone()
            if count:
                found.append(f"{table}.{column} ({count})")
    if found:
        log.warning(
            "dates outside the calendar or the years %d to %d stay as stored in %s; each is"
            " asked once changed",
            FIRST_YEAR,
            LAST_YEAR,
            ", ".join(found),
        )


# --------------------------------------------------------------------------- pay day

#: 0096's bounds, the pay day's made whole (``SettingBound.whole``).
SETTING_BOUNDS: tuple[tuple[str, Decimal, Decimal | None, bool], ...] = tuple(
    (key, least, most, key == r"^payroll\.pay_day$") for key, least, most in _0096.SETTING_BOUNDS
)


def _bound_sql(least: Decimal, most: Decimal | None, whole: bool) -> str:
    sql = _0096._bound_sql(least, most)
    return f"{sql} AND p_value::numeric = trunc(p_value::numeric)" if whole else sql


BOUNDS = replaced(
    or_replace(_0096.BOUNDS),
    _0096._BOUNDS_CASES,
    "\n".join(
        f"        WHEN p_key ~ '{key}' THEN {_bound_sql(least, most, whole)}"
        for key, least, most, whole in SETTING_BOUNDS
    ),
)
BOUNDS = replaced(
    BOUNDS,
    "    -- more), when it reads as a number",
    "    -- more; a pay day a whole day from 1 to 31, migration 0107), when it reads as a number",
)

# --------------------------------------------------------------------------- payment

#: invoices.payment_method VARCHAR(50).
METHOD_MOST = 50
PAYMENT = replaced(
    _0092.PAYMENT,
    "    -- Migration 0091: the reference as long as a reference number, measured first.\n",
    "    -- Migration 0091: the reference as long as a reference number, measured first.\n"
    "    -- Migration 0107: and the method as long as its column (a bare 22001 before).\n"
    + _0085._too_long("$5", METHOD_MOST, "DW024", "'payment_method'", "'invoices'"),
)

# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    # F1
    execute_sql(BEGAN)  # CREATE OR REPLACE: owner and grants kept
    execute_sql(f"DROP TRIGGER {ENROLMENT_TRIGGER} ON public.{ENROLMENTS}")
    execute_sql(ENROLMENT_TRIGGER_SQL)
    # F2, F3: migration 0007 makes every lock of the registry as it is now: a database
    # made since has them already, one upgraded from before gets them here.
    for name, table, state, columns in (*NEW_LOCKS, CASE_LOCK):
        execute_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
        execute_sql(_0040._lock_trigger(name, table, state, columns))
    create_owned_function(STEP_NEEDS, NEEDS_SIGNATURE)
    for (table, column), states in NEEDS.items():
        execute_sql(_needs_trigger(table, column, states))
    # F4
    create_owned_function(DATE_OF_THE_CALENDAR, CALENDAR_SIGNATURE)
    for table, columns in CALENDAR.items():
        execute_sql(_calendar_trigger(table, columns))
    _warn_stored()
    # The pay day: a stored fraction would pass the CHECK made valid before.
    execute_sql(BOUNDS)
    (stored,) = execute_sql(
        "SELECT string_agg(setting_key || ' = ' || setting_value, ', ')"
        " FROM public.system_settings"
        " WHERE NOT public.dicel_setting_value_in_bounds(setting_key, setting_value)"
    ).fetchone()
    if stored:
        raise MigrationRefused(
            f"Some settings are out of their bounds ({stored}; the pay day is a whole day"
            " from 1 to 31) and must be corrected first (as the database superuser), then"
            " run dicel-admin migrate again."
        )
    execute_sql(PAYMENT)  # CREATE OR REPLACE: owner and grants kept
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(_0092.PAYMENT)
    execute_sql(or_replace(_0096.BOUNDS))
    for table in reversed(CALENDAR):
        execute_sql(f"DROP TRIGGER {table}_within_the_calendar ON public.{table}")
    execute_sql(f"DROP FUNCTION {CALENDAR_SIGNATURE}")
    for table, column in reversed(NEEDS):
        execute_sql(f"DROP TRIGGER {table}_step_needs_{column} ON public.{table}")
    execute_sql(f"DROP FUNCTION {NEEDS_SIGNATURE}")
    name, table, state, _columns = CASE_LOCK
    execute_sql(f"DROP TRIGGER {name} ON public.{table}")
    execute_sql(_0040._lock_trigger(name, table, state, _0074.CASES_LOCKED_AFTER))
    for name, table, _state, _columns in reversed(NEW_LOCKS):
        execute_sql(f"DROP TRIGGER {name} ON public.{table}")
    execute_sql(f"DROP TRIGGER {ENROLMENT_TRIGGER} ON public.{ENROLMENTS}")
    execute_sql(ENROLMENT_TRIGGER_0095)
    execute_sql(or_replace(_0095.BEGAN))
    pin_company_time_zone(op.get_bind())
