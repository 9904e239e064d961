"""A policy in force is reviewed again, and its approval says when it is next reviewed.

Revision ID: 0072
Revises: 0071
Create Date: 2026-12-05

Found in a review of the windows as their users read them: policy POL-2024-000001,
review date 27 November 2024, was two years overdue, and the only step its window
offered was Retire…: nothing started a review. The compliance dashboard counted it
("Policies overdue for review") and nothing could clear it but writing a later date in
the form.

**Start review…** (``dicel_start_review_compliance_policy(policy_id uuid)``, compliance
and admin): an approved or active policy goes back under review, where what it says is
open again (the policy's lock, migration 0007), to be approved and brought into force
as before.

**Approving says when it is next reviewed.** ``dicel_approve_compliance_policy`` takes
the next review date: ``(policy_id uuid, review_date date)``, written to ``review_date``
with the state, required (``DW408``) and after today, the company's day (``DW409``,
DETAIL ``day``); both COLUMN ``review_date``, DETAIL ``action``. A day the person gives
is a new kind of date a step writes (``Stamp.ASKED``, domain/case_flow_model.py; made by
db/case_functions.py). So an approved policy is never overdue the day it is approved,
and its list mark ("Review overdue since ...", services/row_flags.py) clears.

The one-argument ``dicel_approve_compliance_policy(uuid)`` is dropped (a caller passing
no date would now be refused anyway); the two functions are made from the declaration
(``CREATE OR REPLACE``: a database built from scratch has them from migration 0050),
owned by dicel_owner and kept from PUBLIC; EXECUTE comes from the permission table
(sync-grants, after the upgrade), and is granted here as well to compliance and admin.
Their days are the company's (migration 0069's pin, made again here).

A downgrade drops both and gives back the one-argument approval of migration 0050;
policies put under review since stay under review.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.case_functions import FunctionDefinition, flow_definitions
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import create_owned_function, execute_sql
from dicel_desktop.domain.case_flows import FLOWS

revision: str = "0072"
down_revision: str | None = "0071"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POLICIES = "compliance_policies"
#: The steps this revision makes (again).
STEPS = ("approve", "start_review")
#: Who takes them: the flow's workers.
_TAKERS = tuple(role.group_role for role in FLOWS[POLICIES].workers)


def _functions(flow) -> list[FunctionDefinition]:
    return [
        f
        for f in flow_definitions(flow, given_text=False, decided=False)
        if f.name in {flow.function(s) for s in STEPS}
    ]


def _before():
    """The policies' flow as migration 0050 declared it: no review started again, an
    approval that asks nothing."""
    flow = FLOWS[POLICIES]
    steps = tuple(
        dataclasses.replace(step, dates=()) if step.action == "approve" else step
        for step in flow.steps
        if step.action != "start_review"
    )
    return dataclasses.replace(flow, steps=steps)


def _create(function: FunctionDefinition) -> None:
    # OR REPLACE: migration 0050 makes the policies' functions from the declaration as it
    # is when it runs, so a database built from scratch has these already.
    create_owned_function(function.create_or_replace, function.signature)
    for role in _TAKERS:
        execute_sql(f"GRANT EXECUTE ON FUNCTION {function.signature} TO {role}")


def upgrade() -> None:
    execute_sql("DROP FUNCTION IF EXISTS public.dicel_approve_compliance_policy(uuid)")
    for function in _functions(FLOWS[POLICIES]):
        _create(function)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    for function in reversed(_functions(FLOWS[POLICIES])):
        execute_sql(f"DROP FUNCTION {function.signature}")
    before = _before()
    (approve,) = [
        f
        for f in flow_definitions(before, given_text=False, decided=False)
        if f.name == before.function("approve")
    ]
    _create(approve)
    pin_company_time_zone(op.get_bind())
