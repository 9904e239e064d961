"""A compliance audit is completed with its findings written.

Revision ID: 0042
Revises: 0040
Create Date: 2026-12-05

``dicel_complete_compliance_audit`` (migration 0037) moved an audit to completed with its
findings empty, so the record of an audit said it was done and not what it found. The
step now requires them, as resolving a security incident requires its actions taken
(``Step.requires``, ``db/case_functions.py``): an empty or blank ``findings`` is refused
with DW402 ("Write the findings before this compliance audit is completed."). The step's
function is made again from the declaration; downgrade makes it as 0037 declared it.
Migration 0037 itself makes the functions from the current declarations, so a database
built afresh has the rule from 0037 on; this revision brings it to one built before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from dicel_desktop.db.case_functions import flow_definitions
from dicel_desktop.db.migrate import execute_sql
from dicel_desktop.domain.case_flows import FLOWS

revision: str = "0042"
down_revision: str | None = "0040"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "compliance_audits"
ACTION = "complete"


def _make(flow) -> None:
    for function in flow_definitions(flow, given_text=False, decided=False):
        if function.name == flow.function(ACTION):
            execute_sql(function.create_or_replace)


def upgrade() -> None:
    _make(FLOWS[TABLE])


def downgrade() -> None:
    flow = FLOWS[TABLE]
    steps = tuple(
        dataclasses.replace(step, requires=()) if step.action == ACTION else step
        for step in flow.steps
    )
    _make(dataclasses.replace(flow, steps=steps))
