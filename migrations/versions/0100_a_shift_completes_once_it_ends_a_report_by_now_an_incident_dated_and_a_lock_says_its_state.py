"""A shift is completed once it ends, a report is dated by now, an incident says when it
happened, and a lock says what state holds it.

Revision ID: 0100
Revises: 0099
Create Date: 2026-12-07

Found with psql in a review (psql29b, its notes), each a rule the project keeps
elsewhere with a gap here:

* **A shift is not completed before it ends** (``DW407`` as before, COLUMN
  ``shift_end``, DETAIL ``action``, ``at``). ``dicel_complete_security_assignment``
  waited for the shift's start only (migration 0095): a shift of eight hours was
  completed two hours in, and completed is final (it can no longer be marked missed). A
  shift records nothing of its end but its planned one (a patrol's completion writes its
  end time), so Complete waits for ``shift_end`` as well (``Step.not_before``, after
  ``shift_start``: a shift ahead still says its start). Start, Mark missed and Cancel are
  as they were. A guard who left early: security corrects the shift end first, as the
  sentence says. The function is made again from the declaration (``CREATE OR
  REPLACE``: owner and grants kept), with the moments of this revision frozen here.
* **A report is dated now at the latest** (``DW425``, DETAIL now ``at``, the moment
  typed, and ``now``; COLUMN the report's date). Migration 0098 compared company days:
  a ticket dated 23:59 of today was accepted at 02:25 and sat above every real report
  of the day until midnight. ``dicel_reported_by_today`` (the triggers
  ``<table>_reported_by_today`` keep their names) refuses a moment after the
  transaction's ``now()``; the rest is as 0098 made it (a new report without a date is
  reported now, a date emptied keeps what it was, a stored date is not asked while it
  stays, a superuser is not asked).
* **An incident says when it happened** (``ck_security_incidents_incident_date_given``,
  ``ck_risk_incidents_incident_date_given``: ``incident_date IS NOT NULL``). An incident
  without one sorted first in its list (newest first: the lists put an empty key at the
  top, descending being the exact reverse of ascending, which one btree and the keyset
  pages rely on), was counted in no month of the dashboards, and passed 0098's
  ``reported_date >= incident_date``. A CHECK, not NOT NULL: the plan's column stays as
  the plan writes it, the form asks for it (``domain.entry_rules.FORM_REQUIRED``), as
  attendance's employee (migration 0096). Added NOT VALID and validated where no stored
  row breaks it; where some do, the upgrade says how many and leaves the CHECK to new
  and changed rows (a change of such an incident gives it its date), as 0098 does.
* **A locked column's refusal says the record's state** (``DL001``, DETAIL ``state``).
  The client's one sentence said "has been decided, sent or posted" of every record a
  lock holds, which reads oddly of a training programme in progress or a job posting
  closed. ``dicel_refuse_locked_change`` (migration 0007) now gives the state that holds
  the record, so the sentence is the table's own ("This training program is in
  progress, so its start date can no longer be changed."), as the record window's note
  already is. The triggers and their arguments are unchanged (no lock is added or
  redefined).

A downgrade gives back 0095's assignment steps, 0098's report trigger, 0007's lock
function, and drops the CHECKs.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from dicel_desktop.db.case_functions import flow_definitions
from dicel_desktop.db.migrate import (
    DEFINER,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)
from dicel_desktop.domain.case_flows import FLOWS

revision: str = "0100"
down_revision: str | None = "0099"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

_0007 = earlier_revision("0007_trusted_writes")
_0095 = earlier_revision(
    "0095_nobody_keeps_their_own_guard_record_or_training_and_shifts_wait_for_their_start"
)
_0098 = earlier_revision("0098_a_report_comes_after_what_it_reports_and_by_today")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW425": ("a report dated after now", ("at", "now")),
    "DL001": ("a locked column of a record that left its open states", ("state",)),
}

# --------------------------------------------------------------------------- shifts

ASSIGNMENTS = "security_assignments"
#: The moments each assignment step waits for at this revision.
WAITS_FOR = {"start": ("shift_start",), "complete": ("shift_start", "shift_end")}


def _assignment_steps(waits_for: dict[str, tuple[str, ...]]) -> list[str]:
    """The assignments' step functions, each waiting for the moments ``waits_for``
    gives it (none for a step it does not name)."""
    flow = FLOWS[ASSIGNMENTS]
    # No moment a step is never taken after (``Step.not_after``): migration 0105's, which
    # 0103 (made with this helper) had none of either.
    steps = tuple(
        dataclasses.replace(step, not_before=waits_for.get(step.action, ()), not_after=())
        for step in flow.steps
    )
    return [f.create_or_replace for f in flow_definitions(dataclasses.replace(flow, steps=steps))]


# --------------------------------------------------------------------------- reports

BY_NOW_SIGNATURE = _0098.BY_TODAY_SIGNATURE
BY_NOW = f"""
CREATE OR REPLACE FUNCTION {BY_NOW_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    -- TG_ARGV[0]: the column telling when the record was reported.
    v_moment timestamptz := (to_jsonb(NEW) ->> TG_ARGV[0])::timestamptz;
BEGIN
    -- Migrations 0098, 0100: a report is dated now at the latest (a ticket dated 23:59
    -- of today sat above every real report of the day). A superuser loading data is not
    -- asked.
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        RETURN NEW;
    END IF;
    -- Nor is it left without a date: a report with none sorted above every other in its
    -- list for good, as one dated 2999 did (a psql review). A new one is reported now,
    -- as the form says ("Now, if left empty"); a date emptied keeps what it was.
    IF v_moment IS NULL THEN
        IF TG_OP = 'INSERT' THEN
            NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], now()));
        ELSIF to_jsonb(OLD) ->> TG_ARGV[0] IS NOT NULL THEN
            NEW := jsonb_populate_record(
                NEW, jsonb_build_object(TG_ARGV[0], to_jsonb(OLD) -> TG_ARGV[0]));
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND v_moment IS NOT DISTINCT FROM
                            (to_jsonb(OLD) ->> TG_ARGV[0])::timestamptz THEN
        RETURN NEW;
    END IF;
    IF v_moment > now() THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW425',
            MESSAGE = format('%s: reported at %s, after now', TG_TABLE_NAME, v_moment),
            DETAIL = json_build_object('at', v_moment, 'now', now())::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[0];
    END IF;
    RETURN NEW;
END
$$"""

# --------------------------------------------------------------------------- incidents

#: (table, CHECK as the models name it): an incident says when it happened.
INCIDENT_DATE_GIVEN: tuple[tuple[str, str], ...] = (
    ("security_incidents", "ck_security_incidents_incident_date_given"),
    ("risk_incidents", "ck_risk_incidents_incident_date_given"),
)
INCIDENT_DATE_CONDITION = "incident_date IS NOT NULL"

# --------------------------------------------------------------------------- locks

_LOCK_HINT = "        HINT = 'Only its workflow moves the record on from here.',\n"
REFUSE_LOCKED_CHANGE = replaced(
    or_replace(_0007.REFUSE_LOCKED_CHANGE),
    _LOCK_HINT,
    _LOCK_HINT
    # The state that holds it (migration 0100): the client's sentence is the table's
    # own, "This training program is in progress, so its start date ...".
    + "        DETAIL = json_build_object('state', v_state)::text,\n",
)


def upgrade() -> None:
    for create in _assignment_steps(WAITS_FOR):
        execute_sql(create)
    execute_sql(BY_NOW)  # CREATE OR REPLACE: owner and grants kept
    for table, name in INCIDENT_DATE_GIVEN:
        execute_sql(
            f"ALTER TABLE public.{table} ADD CONSTRAINT {name}"
            f" CHECK ({INCIDENT_DATE_CONDITION}) NOT VALID"
        )
        (undated,) = execute_sql(
            f"SELECT count(*) FROM public.{table} WHERE NOT ({INCIDENT_DATE_CONDITION})"
        ).fetchone()
        if undated:
            log.warning(
                "%s: %d incident(s) without an incident date; %s is checked on new and"
                " changed rows only until they are given one",
                table,
                undated,
                name,
            )
        else:
            execute_sql(f"ALTER TABLE public.{table} VALIDATE CONSTRAINT {name}")
    execute_sql(REFUSE_LOCKED_CHANGE)


def downgrade() -> None:
    execute_sql(or_replace(_0007.REFUSE_LOCKED_CHANGE))
    for table, name in reversed(INCIDENT_DATE_GIVEN):
        execute_sql(f"ALTER TABLE public.{table} DROP CONSTRAINT {name}")
    execute_sql(or_replace(_0098.BY_TODAY))
    for create in _assignment_steps({"start": _0095.BEGUN, "complete": _0095.BEGUN}):
        execute_sql(create)
