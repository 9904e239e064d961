"""A recovery case marked recovered says how much came back.

Revision ID: 0106
Revises: 0105
Create Date: 2026-12-06

A case could only be marked recovered (in full, as 0101 noted) or written off in full: one
that got back 20 M of 35.5 M RWF had no way to say so, and the Recovery dashboard could
only add up the amount involved in cases marked recovered, never the money that came
back.

* **A column** ``recovery_cases.amount_recovered numeric(15,2)``, in RWF as the amount
  involved. Read by whoever reads the case; written by the step only: it is in no role's
  INSERT or UPDATE grant (``FUNCTION_ONLY_COLUMNS``, granted by sync-grants after the
  upgrade), as the case's status is. A CHECK
  (``ck_recovery_cases_amount_recovered_within_involved``) keeps it above zero and at
  most the amount involved, under the row's lock.
* **Mark recovered… asks it** (``Step.amounts``, ``AmountAsked``):
  ``dicel_recover_recovery_case(case_id uuid, note text, amount_recovered numeric,
  actual_completion_date date)`` refuses it not given or not above zero (``DW435``), a
  fraction of a franc (``DW346``, as every other money column a person types, 0089), and
  above the amount involved (``DW436``, DETAIL ``ceiling``, ``most``, ``amount``,
  ``currency``); COLUMN ``amount_recovered``, DETAIL ``action``. It writes it in the
  UPDATE that moves the case. The three-argument function of 0101 is dropped.
* **Reopen… clears it**, as it clears the completion date: a case reopened no longer
  says what came back; marked recovered again, it is asked again.
* **Cases recovered before** were marked recovered in full (0101: "marked recovered is
  recovered in full; a part is said in the note"): their amount recovered is their amount
  involved, and so is a closed case's whose last settling step was Mark recovered (read
  from the audit log; a closed case written off, or with no entry, gets none). Filled
  with the triggers off, as 0023 filled a paid date: a fact added, nobody's change.

The two steps are made from this revision's frozen declaration (``STEPS``, as 0101
freezes its own), with the signatures dropped and made and the roles granted. A
downgrade gives back 0101's recover and reopen, and drops the CHECK and the column.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dicel_desktop.db.case_functions import FunctionDefinition, flow_definitions
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import create_owned_function, earlier_revision, execute_sql
from dicel_desktop.db.text_limits import measure_arguments
from dicel_desktop.domain.case_flows import FLOWS, AmountAsked, Asks, DateStamp, Stamp, Step
from dicel_desktop.domain.text_limits import LONG_TEXT

revision: str = "0106"
# Written beside 0105 (another engineer's): the lead chains it after that one.
down_revision: str | None = "0105"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0101 = earlier_revision(
    "0101_a_complaint_answered_or_resolved_and_a_case_recovered_say_what_and_when"
)

TABLE = "recovery_cases"
COLUMN = "amount_recovered"
CHECK = f"ck_{TABLE}_{COLUMN}_within_involved"
CHECK_CONDITION = f"{COLUMN} > 0 AND {COLUMN} <= amount_involved"

_WORKING = ("open", "in_progress", "on_hold")
_SETTLED = ("recovered", "written_off")
#: The steps this revision makes, as it declares them (frozen: a later revision that
#: changes one makes its own and leaves these as they were).
RECOVER = Step(
    "recover",
    _WORKING,
    "recovered",
    "marked recovered",
    asks=Asks.NOTE,
    resolves=True,
    dates=(DateStamp("actual_completion_date", Stamp.SETTLED, not_before="start_date"),),
    amounts=(AmountAsked(COLUMN, ceiling="amount_involved"),),
)
REOPEN = Step("reopen", _SETTLED, "in_progress", "reopened", reopens=True)
STEPS = (RECOVER, REOPEN)
#: The same steps as migration 0101 left them: nothing asked of how much came back, and
#: nothing of it cleared.
STEPS_0101 = (dataclasses.replace(RECOVER, amounts=()), REOPEN)
#: The signature this revision makes (and its downgrade drops) ...
SIGNATURE = "public.dicel_recover_recovery_case(uuid,text,numeric,date)"
#: ... and 0101's, which it drops (and its downgrade makes again).
SIGNATURE_0101 = "public.dicel_recover_recovery_case(uuid,text,date)"
assert SIGNATURE_0101 in _0101.SIGNATURES
#: The flow's workers at this revision, granted EXECUTE besides sync-grants.
TAKERS = _0101.TAKERS[TABLE]

#: A closed case's last settling state, from its audit entries.
_LAST_SETTLED = f"""(SELECT a.new_values ->> 'status'
      FROM public.audit_logs AS a
     WHERE a.table_name = '{TABLE}' AND a.record_id = c.id AND a.action = 'UPDATE'
       AND a.new_values ->> 'status' IN ('recovered', 'written_off')
     ORDER BY a.created_at DESC
     LIMIT 1)"""
FILL = f"""
UPDATE public.{TABLE} AS c
   SET {COLUMN} = nullif(c.amount_involved, 0)
 WHERE c.status = 'recovered'
    OR (c.status = 'closed' AND {_LAST_SETTLED} = 'recovered')"""


def _functions(steps: tuple[Step, ...]) -> list[FunctionDefinition]:
    # Its decided parts are a write-off's, none of these steps'.
    return flow_definitions(dataclasses.replace(FLOWS[TABLE], steps=steps, parts=()))


def _make(steps: tuple[Step, ...], drop: str) -> None:
    execute_sql(f"DROP FUNCTION IF EXISTS {drop}")
    for function in _functions(steps):
        create_owned_function(function.create_or_replace, function.signature)
        for role in TAKERS:
            execute_sql(f"GRANT EXECUTE ON FUNCTION {function.signature} TO {role}")


def upgrade() -> None:
    op.add_column(TABLE, sa.Column(COLUMN, sa.Numeric(15, 2), nullable=True))
    # Triggers off for this one statement (a superuser's): it fills in a fact, it
    # changes nothing anyone did, so no audit entry, no new updated_at, and a closed
    # case (final) takes it.
    execute_sql("SET LOCAL session_replication_role = replica")
    execute_sql(FILL)
    execute_sql("SET LOCAL session_replication_role = DEFAULT")
    op.create_check_constraint(op.f(CHECK), TABLE, CHECK_CONDITION)
    _make(STEPS, SIGNATURE_0101)
    # The note is a person's text: measured first, as 0085 measures every other (DW024).
    measure_arguments(execute_sql, LONG_TEXT)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    _make(STEPS_0101, SIGNATURE)
    measure_arguments(execute_sql, LONG_TEXT)
    op.drop_constraint(op.f(CHECK), TABLE, type_="check")
    op.drop_column(TABLE, COLUMN)
    pin_company_time_zone(op.get_bind())
