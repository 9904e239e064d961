"""Clients, suppliers, stock items, policies, surveys and opportunities move by steps.

Revision ID: 0050
Revises: 0049
Create Date: 2026-12-12

Their states were written by no role and moved by no function (``FUNCTION_ONLY_COLUMNS``):
a supplier could never be blocked, an item never discontinued, a policy never approved
or brought into force, a survey never launched, and Sales could not move a deal through
its pipeline at all (its stage was the functions' too, and no function wrote it).

The tickets' and cases' machinery (migration 0011) moves them, declared in
``dicel_desktop/domain/case_flows.py``:

* ``clients`` (clients): activate (a prospect), suspend (active), mark inactive
  (prospect, active or suspended), reactivate (inactive or suspended). A new client is a
  ``prospect`` (the seed's default made it ``active`` the moment it was typed in); rows
  already there keep their state.
* ``suppliers`` (inventory): mark inactive, reactivate, block (active or inactive),
  unblock (blocked).
* ``inventory_items`` (inventory): mark inactive, reactivate, discontinue (final).
* ``compliance_policies`` (compliance): submit for review (draft), take back to draft,
  approve (under review), activate (approved; its effective date becomes today unless an
  earlier one is written), retire (approved or active; final).
* ``customer_surveys`` (CX): launch (draft; its start date becomes today), close
  (active; its end date becomes today unless it already passed, never before its start),
  reopen (closed; its end date is cleared), archive (draft or closed; final).
* ``opportunities`` (sales): put on hold, resume, mark won (active), mark lost (active or
  on hold); won and lost are final. Winning sets the stage to ``closed_won`` and the
  probability to 100, losing ``closed_lost`` and 0 (``Step.sets``). Sales moves the stage
  of an active deal in its form (it left ``FUNCTION_ONLY_COLUMNS``): the registry's lock
  (``opportunities_locked``, migration 0007's trigger function, DL001) freezes it on a
  deal that is not active, and ``ck_opportunities_stage_closes_with_status`` holds the
  stage closed won (lost) exactly when the deal is won (lost), so no form closes a deal by
  its stage. Rows already there are made to agree first: a won or lost deal gets its
  closed stage; a deal whose stage says it closed gets that state.

Each step is a SECURITY DEFINER function ``dicel_<action>_<noun>`` made by
``dicel_desktop/db/case_functions.py``, owned by dicel_owner, with the refusals of
migration 0011; EXECUTE goes to the department's role and admin from the permission table
(sync-grants, after the upgrade). The final states are frozen as migration 0035 freezes a
closed ticket's (``<table>_final``, DW405).

Made from the declaration as it is when this migration runs, for these tables only
(``TABLES``); tests/security/test_case_steps.py compares the database with it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.case_functions import final_trigger, flow_creation, flow_removal
from dicel_desktop.db.migrate import execute_sql

revision: str = "0050"
down_revision: str | None = "0049"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_log = logging.getLogger("alembic.runtime.migration")

#: The flows this revision creates.
TABLES = (
    "clients",
    "suppliers",
    "inventory_items",
    "compliance_policies",
    "customer_surveys",
    "opportunities",
)

#: Per table: the first state of a new row, and the seed's, which a downgrade gives back.
FIRST_STATES: dict[str, tuple[str, str]] = {"clients": ("prospect", "active")}

#: Per table: the states no step leads out of, frozen as migration 0035 freezes a closed
#: ticket's; written out as they were when this revision was made
#: (tests/security/test_catalog.py holds them equal to the flows).
FINAL_STATES: dict[str, tuple[str, ...]] = {
    "inventory_items": ("discontinued",),
    "compliance_policies": ("retired",),
    "customer_surveys": ("archived",),
    "opportunities": ("lost", "won"),
}

#: A deal's stage is closed won (lost) exactly when the deal is won (lost).
STAGE_CHECK = "ck_opportunities_stage_closes_with_status"
STAGE_RULE = (
    "(coalesce(stage, '') = 'closed_won') = (coalesce(status, '') = 'won')"
    " AND (coalesce(stage, '') = 'closed_lost') = (coalesce(status, '') = 'lost')"
)

#: The registry's lock of an opportunity (migration 0007's trigger): its stage moves only
#: while it is active.
STAGE_LOCK = (
    "CREATE TRIGGER opportunities_locked BEFORE UPDATE OF stage ON public.opportunities"
    " FOR EACH ROW EXECUTE FUNCTION public.dicel_refuse_locked_change("
    "'status', '{active}', 'stage')"
)

#: Rows made to agree with the rule before it holds: the state decides the stage of a
#: won or lost deal, else a closed stage decides the state.
AGREE = (
    "UPDATE public.opportunities SET stage = 'closed_won'"
    " WHERE status = 'won' AND stage IS DISTINCT FROM 'closed_won'",
    "UPDATE public.opportunities SET stage = 'closed_lost'"
    " WHERE status = 'lost' AND stage IS DISTINCT FROM 'closed_lost'",
    "UPDATE public.opportunities SET status = 'won'"
    " WHERE stage = 'closed_won' AND status IS DISTINCT FROM 'won'",
    "UPDATE public.opportunities SET status = 'lost'"
    " WHERE stage = 'closed_lost' AND status IS DISTINCT FROM 'lost'",
)


def upgrade() -> None:
    for table, (first, _seed) in FIRST_STATES.items():
        execute_sql(f"ALTER TABLE public.{table} ALTER COLUMN status SET DEFAULT '{first}'")
    # Migration 0007 makes the registry's locks as the registry is when it runs: a
    # database built from scratch has this one already.
    execute_sql("DROP TRIGGER IF EXISTS opportunities_locked ON public.opportunities")
    agreed = sum(execute_sql(statement).rowcount for statement in AGREE)
    if agreed:
        _log.warning("0050: %s opportunities' stage and state made to agree", agreed)
    execute_sql(
        f"ALTER TABLE public.opportunities ADD CONSTRAINT {STAGE_CHECK} CHECK ({STAGE_RULE})"
    )
    execute_sql(STAGE_LOCK)
    for statement in flow_creation(TABLES, given_text=False, decided=False):
        execute_sql(statement)
    for table, states in FINAL_STATES.items():
        execute_sql(final_trigger(table, states))


def downgrade() -> None:
    for table in reversed(FINAL_STATES):
        execute_sql(f"DROP TRIGGER {table}_final ON public.{table}")
    for statement in flow_removal(TABLES):
        execute_sql(statement)
    execute_sql("DROP TRIGGER IF EXISTS opportunities_locked ON public.opportunities")
    execute_sql(f"ALTER TABLE public.opportunities DROP CONSTRAINT {STAGE_CHECK}")
    for table, (_first, seed) in FIRST_STATES.items():
        execute_sql(f"ALTER TABLE public.{table} ALTER COLUMN status SET DEFAULT '{seed}'")
