"""A won or lost deal keeps the day it closed.

Revision ID: 0161
Revises: 0160
Create Date: 2026-12-08

Seen by a user review (stop 45, Sales): won and lost opportunities kept an expected close
date in the future. Nothing moved it when the deal closed, so a deal won today "closed"
next March in its list, its form, and whatever groups deals by that date.

* **Closing a deal writes the day it closed.** ``dicel_win_opportunity(opportunity_id
  uuid)`` and ``dicel_lose_opportunity(opportunity_id uuid)`` write the company's day
  (``current_date`` in the functions' pinned zone, as ``dicel_company_day()`` reads it:
  migration 0069) into ``expected_close_date`` in the UPDATE that moves the state
  (``DateStamp(..., Stamp.TODAY)``, domain/case_flow_registers.py), as a survey's launch
  writes its start date. ``lose``'s form with ``shown`` (0143) calls the one-argument
  form, so it writes it too. What the date was before is of no matter: the date is what
  was expected while the deal was open, and the day it was once it is won or lost.
  Nothing else changes: a new deal is still not expected to close before today (DW347,
  0089), an open or held deal's date is still the seller's, and a won or lost one is
  frozen by its final state (``opportunities_final``, DW405, for every login).
* **Deals closed before** whose date is later than the day they closed get that day:
  the day, in the company's time zone (``dicel_company_day(moment)``), of the audit
  entry that moved the deal to its state (the step's), or of its ``updated_at`` where
  there is none (a deal loaded closed, as the demo's are). A date on or before that day
  stays (a deal that closed after its expected day said so). Written with the triggers
  off, as 0106 filled the amounts recovered: a correction of a fact, nobody's change (no
  audit entry, ``updated_at`` kept, the final state lets it through).

The two functions are made from this revision's frozen declaration (``STEPS``); the
others of the flow (hold, resume) are as they were. A downgrade gives back 0050's win and
lose, which leave the date as it is; the dates corrected stay the days the deals closed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.case_functions import FunctionDefinition, flow_definitions
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import create_owned_function, execute_sql
from dicel_desktop.domain.case_flows import FLOWS, DateStamp, Stamp, Step

revision: str = "0161"
down_revision: str | None = "0160"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "opportunities"
COLUMN = "expected_close_date"
CLOSED = ("won", "lost")
#: The steps this revision makes, as it declares them (frozen: a later revision that
#: changes one makes its own and leaves these as they were).
_CLOSED_TODAY = (DateStamp(COLUMN, Stamp.TODAY),)
WIN = Step(
    "win",
    ("active",),
    "won",
    "marked won",
    dates=_CLOSED_TODAY,
    sets=(("stage", "closed_won"), ("probability", "100")),
)
LOSE = Step(
    "lose",
    ("active", "on_hold"),
    "lost",
    "marked lost",
    dates=_CLOSED_TODAY,
    sets=(("stage", "closed_lost"), ("probability", "0")),
)
STEPS = (WIN, LOSE)
#: The same steps as migration 0050 made them: the date left as it was.
STEPS_0050 = tuple(dataclasses.replace(step, dates=()) for step in STEPS)
#: Who takes them (the flow's workers), granted EXECUTE besides sync-grants.
TAKERS = ("dicel_sales", "dicel_admin")

#: The day a closed deal closed: of the audit entry that moved it to its state (the
#: latest such, should a superuser have moved it back and forth), else of its last change.
CLOSED_ON = f"""public.dicel_company_day(coalesce(
           (SELECT a.created_at
              FROM public.audit_logs AS a
             WHERE a.table_name = '{TABLE}' AND a.record_id = o.id AND a.action = 'UPDATE'
               AND a.new_values ->> 'status' = o.status
               AND a.old_values ->> 'status' IS DISTINCT FROM o.status
             ORDER BY a.created_at DESC
             LIMIT 1),
           o.updated_at))"""
#: Closed deals whose date is later than the day they closed get that day.
FILL = f"""
UPDATE public.{TABLE} AS t
   SET {COLUMN} = c.closed_on
  FROM (SELECT o.id, {CLOSED_ON} AS closed_on
          FROM public.{TABLE} AS o
         WHERE o.status IN ({", ".join(f"'{s}'" for s in CLOSED)})) AS c
 WHERE t.id = c.id AND t.{COLUMN} > c.closed_on"""


def _functions(steps: tuple[Step, ...]) -> list[FunctionDefinition]:
    return flow_definitions(dataclasses.replace(FLOWS[TABLE], steps=steps))


def _make(steps: tuple[Step, ...]) -> None:
    # OR REPLACE, same signatures: owner, grants and 0143's ``shown`` form (which calls
    # these) are kept.
    for function in _functions(steps):
        create_owned_function(function.create_or_replace, function.signature)
        for role in TAKERS:
            execute_sql(f"GRANT EXECUTE ON FUNCTION {function.signature} TO {role}")


def upgrade() -> None:
    # Triggers off for this one statement (a superuser's): a fact corrected, nobody's
    # change, so no audit entry, no new updated_at, and a won or lost deal (final)
    # takes it.
    execute_sql("SET LOCAL session_replication_role = replica")
    execute_sql(FILL)
    execute_sql("SET LOCAL session_replication_role = DEFAULT")
    _make(STEPS)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    _make(STEPS_0050)
    pin_company_time_zone(op.get_bind())
