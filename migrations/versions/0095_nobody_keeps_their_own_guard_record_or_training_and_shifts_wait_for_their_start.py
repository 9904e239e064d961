"""Nobody keeps their own guard record or training; a shift waits for its start, a guard
on duty is active, and an enrolment waits for its programme.

Revision ID: 0095
Revises: 0094
Create Date: 2026-12-06

Found with psql in a review (psql29, F1, F2, F5), each a rule the project keeps
elsewhere with a gap here:

* **Nobody keeps their own guard record** (F1; ``DW012``, DETAIL ``what``: ``guard``,
  ``assignment`` or ``patrol``). Four security officers are guards themselves: one
  extended her own licence to 2099 (the "licence expired" flag went), suspended and
  reinstated herself, marked her own shift of twelve days ahead completed (final: it
  could never be marked missed) and wrote and completed her own patrol. A guard's
  record is security's personnel file for that person and its shifts and patrols are
  their attendance: as one's own employment (DW009), placement (DW010), pay or review
  (DW006) and attendance (DW011), someone else in security keeps them. Triggers
  ``security_guards_not_own``, ``security_assignments_not_own`` and
  ``patrol_logs_not_own`` (BEFORE INSERT, UPDATE, DELETE; function
  ``dicel_guard_records_not_own``) refuse a row whose guard (``security_guards.user_id``,
  before or after the change) is the caller; an UPDATE changing nothing but
  ``updated_at`` is not a change of it. The steps' functions meet them (they UPDATE as
  the caller's session). Every DICEL session is asked, an administrator's too (as
  DW011); a superuser loading or repairing data is not. COLUMN ``guard_id`` on
  assignments and patrols, none on the guard's record (all of it is held).
* **A shift is not started or completed before it begins** (F2; ``DW407`` as a patrol's,
  COLUMN ``shift_start``, DETAIL ``action``, ``at``). ``dicel_start_security_assignment``
  and ``dicel_complete_security_assignment`` moved a shift of next week. The step option
  ``Step.not_before`` (domain/case_flow_model.py, made by db/case_functions.py) names a
  moment of the record the step never comes before and writes none of (a patrol's
  ``TimeStamp.not_before`` writes its end time): both functions are made again from the
  declaration (``CREATE OR REPLACE``: owner and grants kept). Marked missed or
  cancelled stays open ahead (a guard who said they will not come).
* **No shift or patrol for a guard who is suspended or inactive** (F2; ``DW417``
  suspended, ``DW418`` inactive; DETAIL ``guard``, their name, or their number when the
  record has no login; COLUMN ``guard_id``). Shifts were planned and patrols written
  for suspended and inactive guards, as orders for a blocked supplier before DW218.
  Triggers ``security_assignments_to_an_active_guard`` and
  ``patrol_logs_to_an_active_guard`` (BEFORE INSERT, UPDATE; function
  ``dicel_guard_on_duty``, the moment's column its argument) ask it when a row is
  written with a guard, or its guard or its start (``shift_start``, ``start_time``)
  changes, the guard's row locked ``FOR SHARE`` so a Suspend… at the same moment waits
  and sees it. A guard on leave is left to security (a shift is planned for their
  return); a licence expired stays a flag (the security department decides). Rows
  already written are left as they are: a later change of their notes passes.
* **Nobody enrols themselves or records their own training** (F5; ``DW013``, DETAIL
  ``what``: ``training``, COLUMN ``employee_id``). HR enrolled themselves in a course and
  marked it completed with grade A+: a completed enrolment is what HR and supervisors
  read as a qualification. Trigger ``training_enrollments_not_own`` (BEFORE INSERT,
  UPDATE, DELETE; function ``dicel_training_not_own``) refuses a row whose employee,
  before or after the change, is the caller's own, for everyone but a superuser (an
  UPDATE changing nothing but ``updated_at`` passes, as above); the steps meet it.
  Someone else in HR, or an administrator, enrols them.
* **An enrolment is not started or completed before its programme starts** (F5;
  ``DW419``, DETAIL ``program`` (its title), ``state``, ``day`` (its start date while
  ahead, else empty); COLUMN ``training_program_id``). Trigger
  ``training_enrollments_once_the_programme_began`` (BEFORE UPDATE OF status, into
  ``in_progress`` or ``completed``; function ``dicel_enrollment_once_programme_began``)
  refuses it while the programme is still ``scheduled`` or its start date is after the
  company's day. Failed and dropped stay open (a person withdraws before it starts). An
  enrolment with no programme is not asked.

Every trigger function is SECURITY DEFINER, owned by dicel_owner and refused to PUBLIC:
it reads the guard or the programme whoever the caller is.

**A started programme's start date stays** (the lock ``training_programs_locked``, DL001,
the registry's ``Lock``): its Start step stamps it (today, or the earlier day written), and
a review moved it a year ahead afterwards, so that enrolments completed "before it
started".

A downgrade drops the triggers and their functions and the lock, and gives the
assignments' steps back as they were (no moment they wait for).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from dicel_desktop.db.case_functions import flow_definitions
from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
)
from dicel_desktop.domain.case_flows import FLOWS

revision: str = "0095"
down_revision: str | None = "0094"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0040 = earlier_revision("0040_payments_and_evidence_stay")

#: Refusals of this revision: (what, the keys of its DETAIL).
REFUSALS = {
    "DW012": ("one's own guard record, shifts or patrols", ("what",)),
    "DW013": ("one's own training enrolment", ("what",)),
    "DW417": ("a shift or patrol for a suspended guard", ("guard",)),
    "DW418": ("a shift or patrol for an inactive guard", ("guard",)),
    "DW419": ("an enrolment started before its programme", ("program", "state", "day")),
}

_ROW = "CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END"

# --------------------------------------------------------------------------- DW012

#: The records of a guard: the guard's own, and theirs by ``guard_id``; DETAIL's ``what``.
GUARD_TABLES = {
    "security_guards": "guard",
    "security_assignments": "assignment",
    "patrol_logs": "patrol",
}
NOT_OWN_GUARD_SIGNATURE = "public.dicel_guard_records_not_own()"
NOT_OWN_GUARD = f"""
CREATE FUNCTION {NOT_OWN_GUARD_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_me uuid := public.dicel_current_user_id();
    v_old jsonb;
    v_new jsonb;
    v_own boolean;
BEGIN
    -- Migration 0095: a guard's record, shifts and patrols are kept by someone else in
    -- security (DW012, as DW009/DW011). A superuser (no DICEL user) is not asked.
    IF v_me IS NULL THEN
        RETURN {_ROW};
    END IF;
    IF TG_OP <> 'INSERT' THEN
        v_old := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_new := to_jsonb(NEW);
    END IF;
    -- Its stamp alone is no change of it.
    IF TG_OP = 'UPDATE' AND v_old - 'updated_at' = v_new - 'updated_at' THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'security_guards' THEN
        v_own := v_me = (v_old ->> 'user_id')::uuid OR v_me = (v_new ->> 'user_id')::uuid;
    ELSE
        v_own := EXISTS (
            SELECT FROM public.security_guards g
             WHERE g.user_id = v_me
               AND (g.id = (v_old ->> 'guard_id')::uuid OR g.id = (v_new ->> 'guard_id')::uuid));
    END IF;
    IF v_own AND TG_TABLE_NAME = 'security_guards' THEN
        -- All of it: no one field to blame.
        RAISE EXCEPTION USING ERRCODE = 'DW012', MESSAGE = 'one''s own guard record',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME,
            DETAIL = json_build_object('what', 'guard')::text;
    END IF;
    IF v_own THEN
        RAISE EXCEPTION USING ERRCODE = 'DW012', MESSAGE = 'one''s own shift or patrol',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'guard_id',
            DETAIL = json_build_object('what', CASE TG_TABLE_NAME
                {" ".join(f"WHEN '{t}' THEN '{w}'" for t, w in GUARD_TABLES.items())}
                END)::text;
    END IF;
    RETURN {_ROW};
END
$$"""

# --------------------------------------------------------------------------- DW417, DW418

#: The tables of a guard's duty, with the moment it starts (the trigger's argument).
DUTY_TABLES = {"security_assignments": "shift_start", "patrol_logs": "start_time"}
ON_DUTY_SIGNATURE = "public.dicel_guard_on_duty()"
ON_DUTY = f"""
CREATE FUNCTION {ON_DUTY_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_guard record;
BEGIN
    -- Migration 0095: a shift or a patrol is for a guard who is not suspended or
    -- inactive (DW417, DW418), as an order is for a supplier in business (DW218). Asked
    -- when it is written with a guard, or its guard or start (TG_ARGV[0]) changes, and
    -- when a step starts or completes it (a review started and completed the shifts
    -- planned for a guard suspended since): missing or cancelling one still passes.
    IF public.dicel_current_user_id() IS NULL OR NEW.guard_id IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.guard_id IS NOT DISTINCT FROM OLD.guard_id
       AND to_jsonb(NEW) -> TG_ARGV[0] IS NOT DISTINCT FROM to_jsonb(OLD) -> TG_ARGV[0]
       AND NOT (NEW.status IS DISTINCT FROM OLD.status
                AND NEW.status IN ('in_progress', 'completed')) THEN
        RETURN NEW;
    END IF;
    -- Locked, so a Suspend… at the same moment waits for this row and sees it.
    SELECT coalesce(public.dicel_person_name(g.user_id), g.guard_number) AS name, g.status
      INTO v_guard
      FROM public.security_guards g WHERE g.id = NEW.guard_id FOR SHARE;
    IF v_guard.status = 'suspended' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW417',
            MESSAGE = 'a shift or patrol for a suspended guard',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'guard_id',
            DETAIL = json_build_object('guard', v_guard.name)::text;
    END IF;
    IF v_guard.status = 'inactive' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW418',
            MESSAGE = 'a shift or patrol for an inactive guard',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'guard_id',
            DETAIL = json_build_object('guard', v_guard.name)::text;
    END IF;
    RETURN NEW;
END
$$"""

# --------------------------------------------------------------------------- DW013

NOT_OWN_TRAINING_SIGNATURE = "public.dicel_training_not_own()"
NOT_OWN_TRAINING = f"""
CREATE FUNCTION {NOT_OWN_TRAINING_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_me uuid := public.dicel_current_employee_id();
BEGIN
    -- Migration 0095: one's own enrolment is someone else's to write or move on (DW013,
    -- as DW011); a superuser (no DICEL user, no employee) is not asked. A row as it
    -- was, its stamp aside, changes nothing of it (as DW011 since migration 0081).
    IF TG_OP = 'UPDATE' AND to_jsonb(OLD) - 'updated_at' = to_jsonb(NEW) - 'updated_at' THEN
        RETURN NEW;
    END IF;
    IF v_me IS NOT NULL
       AND ((TG_OP <> 'INSERT' AND OLD.employee_id = v_me)
            OR (TG_OP <> 'DELETE' AND NEW.employee_id = v_me)) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW013', MESSAGE = 'one''s own training',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'employee_id',
            DETAIL = json_build_object('what', 'training')::text;
    END IF;
    RETURN {_ROW};
END
$$"""

# --------------------------------------------------------------------------- DW419

#: The enrolment states a programme must have begun for.
TAKING_STATES = ("in_progress", "completed")
BEGAN_SIGNATURE = "public.dicel_enrollment_once_programme_began()"
BEGAN = f"""
CREATE FUNCTION {BEGAN_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_program record;
BEGIN
    -- Migration 0095: an enrolment is started or completed once its programme has
    -- started: not while it is scheduled, nor before its start date (DW419).
    IF public.dicel_current_user_id() IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT p.title, p.status, p.start_date INTO v_program
      FROM public.training_programs p WHERE p.id = NEW.training_program_id;
    IF FOUND AND (v_program.status = 'scheduled'
                  OR v_program.start_date > public.dicel_company_day()) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW419',
            MESSAGE = 'an enrolment waits for its programme to start',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'training_program_id',
            DETAIL = json_build_object('program', v_program.title, 'state', v_program.status,
                'day', CASE WHEN v_program.start_date > public.dicel_company_day()
                            THEN v_program.start_date END)::text;
    END IF;
    RETURN NEW;
END
$$"""

# --------------------------------------------------------------------------- triggers

#: (signature, CREATE FUNCTION, triggers as (name, table, CREATE TRIGGER)).
_NEW: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        NOT_OWN_GUARD_SIGNATURE,
        NOT_OWN_GUARD,
        [
            (
                f"{table}_not_own",
                table,
                f"CREATE TRIGGER {table}_not_own BEFORE INSERT OR UPDATE OR DELETE"
                f" ON public.{table} FOR EACH ROW EXECUTE FUNCTION {NOT_OWN_GUARD_SIGNATURE}",
            )
            for table in GUARD_TABLES
        ],
    ),
    (
        ON_DUTY_SIGNATURE,
        ON_DUTY,
        [
            (
                # Sorts after <table>_not_own: one's own row is said first.
                f"{table}_to_an_active_guard",
                table,
                f"CREATE TRIGGER {table}_to_an_active_guard BEFORE INSERT OR UPDATE OF"
                f" guard_id, {moment}, status ON public.{table} FOR EACH ROW"
                f" EXECUTE FUNCTION {ON_DUTY_SIGNATURE.removesuffix('()')}('{moment}')",
            )
            for table, moment in DUTY_TABLES.items()
        ],
    ),
    (
        NOT_OWN_TRAINING_SIGNATURE,
        NOT_OWN_TRAINING,
        [
            (
                "training_enrollments_not_own",
                "training_enrollments",
                "CREATE TRIGGER training_enrollments_not_own BEFORE INSERT OR UPDATE OR DELETE"
                " ON public.training_enrollments FOR EACH ROW"
                f" EXECUTE FUNCTION {NOT_OWN_TRAINING_SIGNATURE}",
            )
        ],
    ),
    (
        BEGAN_SIGNATURE,
        BEGAN,
        [
            (
                # Sorts after training_enrollments_not_own.
                "training_enrollments_once_the_programme_began",
                "training_enrollments",
                # A step into a taking state, or a taken enrolment moved to another
                # programme (a code review moved one onto a programme starting next year).
                "CREATE TRIGGER training_enrollments_once_the_programme_began"
                " BEFORE UPDATE OF status, training_program_id ON public.training_enrollments"
                " FOR EACH ROW"
                f" WHEN (NEW.status IN ({', '.join(repr(s) for s in TAKING_STATES)})"
                " AND (OLD.status IS DISTINCT FROM NEW.status"
                " OR OLD.training_program_id IS DISTINCT FROM NEW.training_program_id))"
                f" EXECUTE FUNCTION {BEGAN_SIGNATURE}",
            )
        ],
    ),
]

# --------------------------------------------------------------------------- steps

ASSIGNMENTS = "security_assignments"


#: The moment this revision's start and complete wait for (migration 0100 has complete
#: wait for the shift's end as well).
BEGUN = ("shift_start",)
#: The steps that wait for it at this revision (migration 0103 has miss wait too).
WAITING = ("start", "complete")


def _assignment_steps(*, waiting: bool) -> list[str]:
    """The assignments' step functions, waiting for the shift's start (this revision),
    or as before it (no moment they wait for)."""
    flow = FLOWS[ASSIGNMENTS]
    # No moment a step is never taken after (``Step.not_after``): migration 0105's.
    steps = tuple(
        dataclasses.replace(
            step, not_before=BEGUN if waiting and step.action in WAITING else (), not_after=()
        )
        for step in flow.steps
    )
    flow = dataclasses.replace(flow, steps=steps)
    return [f.create_or_replace for f in flow_definitions(flow)]


#: A started programme's start date stays (migration 0007's lock, DL001; the registry's
#: ``Lock``, held to this by tests/security/test_catalog.py): a review moved it a year
#: ahead after the programme began, and enrolments completed "before it started".
PROGRAM_LOCK = "training_programs_locked"
PROGRAM_LOCKED = ("start_date",)


def upgrade() -> None:
    for create in _assignment_steps(waiting=True):
        execute_sql(create)
    for signature, create, triggers in _NEW:
        create_owned_function(create, signature)
        for _name, _table, trigger in triggers:
            execute_sql(trigger)
    # Migration 0007 makes every lock of the registry as it is now: a database made
    # since has it already, one upgraded from before gets it here.
    execute_sql(f"DROP TRIGGER IF EXISTS {PROGRAM_LOCK} ON public.training_programs")
    execute_sql(
        _0040._lock_trigger(
            PROGRAM_LOCK, "training_programs", "'status', '{scheduled}'", PROGRAM_LOCKED
        )
    )


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {PROGRAM_LOCK} ON public.training_programs")
    for signature, _create, triggers in reversed(_NEW):
        for name, table, _trigger in triggers:
            execute_sql(f"DROP TRIGGER {name} ON public.{table}")
        execute_sql(f"DROP FUNCTION {signature}")
    for create in _assignment_steps(waiting=False):
        execute_sql(create)
