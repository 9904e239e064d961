"""A patrol's end time is the moment it ends; a budget line with spending is no draft.

Revision ID: 0056
Revises: 0055
Create Date: 2026-12-05

Two gaps the steps of migration 0049 left, found as the demo's real logins:

**A patrol ends when it is completed or aborted.** ``dicel_complete_patrol_log`` and
``dicel_abort_patrol_log`` moved the state and left ``end_time`` empty: the steps wrote
days only (``DateStamp``), and a completed patrol, frozen (DW405), could never be given
its end. A step may now write a moment too (``Step.times``, ``TimeStamp`` of
domain/case_flow_model.py, made by db/case_functions.py): both steps write ``end_time``
with the moment they are taken (``now()``), or keep the earlier end time written in the
form (``Stamp.BY_NOW``, as a contract's end date is kept by ``BY_TODAY``), never before
``start_time`` (raised to it). While the patrol's start time is still ahead the step is
refused: ``DW407`` (COLUMN ``start_time``, DETAIL ``action`` and ``at``, the start),
correct the start time first. The functions are made again from the declaration
(``CREATE OR REPLACE``: their owner and grants stay). Assignments are left as they were:
their ``shift_start`` and ``shift_end`` are the planned shift, required when it is
scheduled, not the moments it was worked (the schema has no such columns), and a shift
is often marked completed after it ended.

**A budget line with spending does not go back to draft.** Take back to draft
(``dicel_recall_budget``) moved an active line whatever was charged to it; a draft line
is next year's plan, which nobody has charged, and no expense is approved against it.
The trigger ``budgets_draft_uncharged`` (BEFORE UPDATE OF status, when a line becomes
``draft``, function ``dicel_budget_draft_uncharged``) refuses it while ``spent_amount``
is not 0: ``DW334``, DETAIL ``id``, ``amount`` (what is charged) and ``currency``
(RWF), as DW333 of migration 0047. Freezing still stops further expenses. Every path
meets it: the step's function, and an UPDATE (which no role's grants allow anyway). A
superuser is not a DICEL login and is not asked, as everywhere. Lines already in draft
with spending (only a superuser could have made one since migration 0014) are left as
they are, and counted in the log.

A downgrade gives back the patrol functions of migration 0049 and drops the trigger and
its function.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from dicel_desktop.db.case_functions import flow_definitions
from dicel_desktop.db.migrate import SEARCH_PATH, create_owned_function, execute_sql
from dicel_desktop.domain.case_flows import FLOWS

revision: str = "0056"
down_revision: str | None = "0055"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_log = logging.getLogger("alembic.runtime.migration")


PATROLS = "patrol_logs"

DRAFT_UNCHARGED_SIGNATURE = "public.dicel_budget_draft_uncharged()"
DRAFT_UNCHARGED = f"""
CREATE FUNCTION {DRAFT_UNCHARGED_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    v_charged numeric := coalesce(NEW.spent_amount, 0);
BEGIN
    IF public.dicel_current_user_id() IS NULL OR v_charged = 0 THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING
        ERRCODE = 'DW334',
        MESSAGE = format('%s %s has %s charged to it: it cannot go back to draft',
                         TG_TABLE_NAME, OLD.id, v_charged),
        -- Budgets are kept in RWF (migration 0014).
        DETAIL = json_build_object('id', OLD.id, 'amount', v_charged,
                                   'currency', 'RWF')::text,
        HINT = 'Freeze it to stop further expenses.',
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME;
END
$$"""
DRAFT_UNCHARGED_TRIGGER = (
    "CREATE TRIGGER budgets_draft_uncharged BEFORE UPDATE OF status ON public.budgets"
    " FOR EACH ROW WHEN (NEW.status = 'draft' AND OLD.status IS DISTINCT FROM 'draft')"
    f" EXECUTE FUNCTION {DRAFT_UNCHARGED_SIGNATURE}"
)

#: Lines already in draft with spending, counted in the log (left as they are).
_CHARGED_DRAFTS = (
    "SELECT count(*) FROM public.budgets WHERE status = 'draft' AND coalesce(spent_amount, 0) <> 0"
)


def _patrols_before() -> list[str]:
    """The patrol functions as migration 0049 made them: its steps wrote no moment."""
    flow = FLOWS[PATROLS]
    steps = tuple(dataclasses.replace(step, times=()) for step in flow.steps)
    return [
        f.create_or_replace
        for f in flow_definitions(
            dataclasses.replace(flow, steps=steps), given_text=False, decided=False
        )
    ]


def upgrade() -> None:
    for function in flow_definitions(FLOWS[PATROLS], given_text=False, decided=False):
        execute_sql(function.create_or_replace)
    (charged,) = execute_sql(_CHARGED_DRAFTS).fetchone()
    if charged:
        _log.warning("0056: %s budget lines in draft have spending charged to them", charged)
    create_owned_function(DRAFT_UNCHARGED, DRAFT_UNCHARGED_SIGNATURE)
    execute_sql(DRAFT_UNCHARGED_TRIGGER)


def downgrade() -> None:
    execute_sql("DROP TRIGGER budgets_draft_uncharged ON public.budgets")
    execute_sql(f"DROP FUNCTION {DRAFT_UNCHARGED_SIGNATURE}")
    for create in _patrols_before():
        execute_sql(create)
