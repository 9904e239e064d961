"""Employees, training, budget lines, guards, their assignments and patrols move by steps.

Revision ID: 0049
Revises: 0048
Create Date: 2026-12-11

Their states were written by no role (``FUNCTION_ONLY_COLUMNS``) and moved by no
function: an employee stayed ``active`` after leaving, a training ``scheduled`` after it
took place, a budget line could not be frozen or closed, a patrol stayed ``in_progress``
(the Security dashboard counted it as not done). The tickets' and cases' machinery
(migration 0011) now moves them, declared in ``dicel_desktop/domain/case_flows.py``;
each table keeps its column default as its first state:

* ``employees`` (HR): mark on leave and back, suspend (active or on leave), reinstate
  (suspended), terminate (any of them). Terminating stamps the termination date today
  unless an earlier one is written, never before the hire date. The payroll run
  (migration 0014) pays the active and those on leave, a terminated person only up to
  their termination date (never after that month), a suspended person not at all.
* ``training_programs`` (HR): start (its start date becomes today unless it passed),
  complete (in progress; its end date likewise, never before its start), cancel.
* ``training_enrollments`` (HR): start, complete (enrolled or in progress; its
  completion date today unless an earlier one is written, never before enrolment), mark
  failed, mark dropped.
* ``budgets`` (finance): a line is in force when typed in (``active``, as approvals of
  migration 0014 need); take back to draft (active), activate (draft), freeze (active),
  unfreeze (frozen), close (any). Only an active line carries an approved expense.
* ``security_guards`` (security): mark on leave and back, suspend, reinstate (suspended
  or inactive: a guard who comes back keeps their one record), mark inactive.
* ``security_assignments`` (security): start, complete (scheduled or in progress), mark
  missed (scheduled), cancel.
* ``patrol_logs`` (security): complete, abort (from in progress).

Each step is a SECURITY DEFINER function ``dicel_<action>_<noun>`` made by
``dicel_desktop/db/case_functions.py``, owned by dicel_owner, with the refusals of
migration 0011; EXECUTE goes to the department's role and admin from the permission table
(sync-grants, after the upgrade).

The final states are frozen as migration 0035 freezes a closed ticket
(``<table>_final``, DW405): a terminated employee, a completed or cancelled training,
an enrolment completed, failed or dropped, a closed budget line, an assignment
completed, missed or cancelled, a patrol completed or aborted. Guards have no final
state (every state leads back to active).

Made from the declaration as it is when this migration runs, for these tables only
(``TABLES``); tests/security/test_case_steps.py compares the database with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.case_functions import final_trigger, flow_creation, flow_removal
from dicel_desktop.db.migrate import execute_sql

revision: str = "0049"
down_revision: str | None = "0048"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The flows this revision creates.
TABLES = (
    "employees",
    "training_programs",
    "training_enrollments",
    "budgets",
    "security_guards",
    "security_assignments",
    "patrol_logs",
)

#: Per table: the states no step leads out of, frozen as migration 0035 freezes a closed
#: ticket's; written out as they were when this revision was made
#: (tests/security/test_catalog.py holds them equal to the flows). Guards have none.
FINAL_STATES: dict[str, tuple[str, ...]] = {
    "employees": ("terminated",),
    "training_programs": ("cancelled", "completed"),
    "training_enrollments": ("completed", "dropped", "failed"),
    "budgets": ("closed",),
    "security_assignments": ("cancelled", "completed", "missed"),
    "patrol_logs": ("aborted", "completed"),
}


def upgrade() -> None:
    # As this revision made them: no lock taken first (migration 0153's helper).
    for statement in flow_creation(TABLES, given_text=False, decided=False, locks_first=False):
        execute_sql(statement)
    for table, states in FINAL_STATES.items():
        execute_sql(final_trigger(table, states))


def downgrade() -> None:
    for table in reversed(FINAL_STATES):
        execute_sql(f"DROP TRIGGER {table}_final ON public.{table}")
    for statement in flow_removal(TABLES):
        execute_sql(statement)
