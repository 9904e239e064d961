"""A complaint answered or resolved, and a recovery case marked recovered, say what was
said or done, and a case says the day it was settled.

Revision ID: 0101
Revises: 0100
Create Date: 2026-12-07

Found in a user-eye review (eye30r, 7 and 8): Mark responded… and Resolve… on a client's
feedback, and Mark recovered… on a recovery case, were bare yes/no questions. Nobody
could later read what the client was told, what was done, or what came back, and a
case's completion date was always the day the button was pressed.

* **A note of what was said or done** (``Asks.NOTE``, domain/case_flow_model.py):
  ``dicel_respond_customer_feedback(feedback_id uuid, note text)``,
  ``dicel_resolve_customer_feedback(feedback_id uuid, note text)`` and
  ``dicel_recover_recovery_case(case_id uuid, note text, actual_completion_date date)``
  refuse an empty note (``DW491``, COLUMN ``note``, DETAIL ``action``), and keep it as a
  write-off's reason is kept: a dated line appended to the record's text ("Responded to
  on 2026-12-07: ...", "Marked recovered on 2026-12-07: ..."), on one line of a readable
  length (``dicel_given_reason``, DW020). A feedback has no column but the client's
  ``comment``, so its lines go there, as a case's go to its description and a
  contract's to its terms (migration 0071).
* **Those lines stay the steps'**: the feedback's comment gets the step-lines trigger
  (``customer_feedback_step_lines``, migration 0074's ``dicel_step_lines_stay`` with
  0083's reading: "Responded to" or "Resolved", then a date), and a case's description
  is read for "Marked recovered" lines besides "Written off" ones (DW021).
* **The day a case was settled is asked** (``Stamp.SETTLED``): written to
  ``actual_completion_date`` instead of today; given (``DW429``), today at the latest,
  the company's day (``DW430``, DETAIL ``day``), and not before the case's start date
  (``DW431``, DETAIL ``floor``, ``date``); COLUMN ``actual_completion_date``. How much
  came back is not asked: no column holds it, and this revision adds none (marked
  recovered is recovered in full; a part is said in the note).

The one-argument functions are dropped; the new ones are made from the declaration
(``CREATE OR REPLACE``: a database built from scratch has them from migrations 0011 and
0037, which make the steps from the declaration as it is now), owned by dicel_owner and
kept from PUBLIC; EXECUTE comes from the permission table (sync-grants), and is granted
here as well to the flows' workers; the note is measured first as every person's text
is (migration 0085's block, DW024). A downgrade gives back the one-argument steps of
0100, the case's description read for "Written off" lines only, and no step-lines
trigger on feedback.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.case_functions import FunctionDefinition, flow_definitions
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import create_owned_function, earlier_revision, execute_sql, replaced
from dicel_desktop.db.text_limits import measure_arguments
from dicel_desktop.domain.case_flows import FLOWS, Asks, CaseFlow
from dicel_desktop.domain.text_limits import LONG_TEXT

revision: str = "0101"
down_revision: str | None = "0100"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0074 = earlier_revision("0074_reasons_are_given_stay_and_fit_and_reversals_need_money")
_0083 = earlier_revision("0083_step_lines_and_order_numbers_as_a_reader_takes_them")

#: (table, step) this revision makes again.
NOTED: tuple[tuple[str, str], ...] = (
    ("customer_feedback", "respond"),
    ("customer_feedback", "resolve"),
    ("recovery_cases", "recover"),
)

#: (table, text column, the words each step line there opens with), at this revision and
#: before it.
STEP_LINE_OPENINGS = {
    ("recovery_cases", "description"): (("written", "off"), ("marked", "recovered")),
    ("customer_feedback", "comment"): (("responded", "to"), ("resolved",)),
}
OPENINGS_0100 = {("recovery_cases", "description"): (("written", "off"),)}


def _before(flow: CaseFlow) -> CaseFlow:
    """``flow`` as migration 0100 had it: its noted steps asked nothing, and a case
    recovered was stamped today."""
    steps = tuple(
        dataclasses.replace(step, asks=Asks.NOTHING, dates=())
        if (flow.table, step.action) in NOTED
        else step
        for step in flow.steps
    )
    return dataclasses.replace(flow, steps=steps)


def _functions(*, before: bool) -> list[tuple[FunctionDefinition, tuple[str, ...]]]:
    found = []
    for table in dict.fromkeys(t for t, _a in NOTED):
        flow = FLOWS[table]
        made = _before(flow) if before else flow
        takers = tuple(role.group_role for role in flow.workers)
        names = {flow.function(a) for t, a in NOTED if t == table}
        found += [(f, takers) for f in flow_definitions(made) if f.name in names]
    return found


def _make(functions: list[tuple[FunctionDefinition, tuple[str, ...]]], drop: list[str]) -> None:
    for signature in drop:
        execute_sql(f"DROP FUNCTION IF EXISTS {signature}")
    for function, takers in functions:
        create_owned_function(function.create_or_replace, function.signature)
        for role in takers:
            execute_sql(f"GRANT EXECUTE ON FUNCTION {function.signature} TO {role}")


def _step_lines_trigger(table: str, column: str, openings: tuple[tuple[str, ...], ...]) -> str:
    """The step-lines trigger of ``table`` as migration 0083 makes it, for ``openings``."""
    alive = "|".join(_0083._words(*words) for words in openings)
    between = _0083._NOT_ALNUM
    pattern = f"({alive}){between}(.*{between})?{_0083.DATE}({between}|$)"
    opening = f"({alive}){between}"
    return replaced(
        _0074._step_lines_trigger(table, column, pattern),
        f"{_0074._literal(pattern)})",
        f"{_0074._literal(pattern)}, {_0074._literal(opening)})",
    )


def _triggers(openings: dict[tuple[str, str], tuple[tuple[str, ...], ...]]) -> None:
    for table, _column in STEP_LINE_OPENINGS:
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_step_lines ON public.{table}")
    for (table, column), words in openings.items():
        execute_sql(_step_lines_trigger(table, column, words))


def upgrade() -> None:
    before = [f.signature for f, _t in _functions(before=True)]
    _make(_functions(before=False), before)
    # The note is a person's text: measured first, as 0085 measures every other (DW024).
    measure_arguments(execute_sql, LONG_TEXT)
    _triggers(STEP_LINE_OPENINGS)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    now = [f.signature for f, _t in _functions(before=False)]
    _make(_functions(before=True), now)
    _triggers(OPENINGS_0100)
    pin_company_time_zone(op.get_bind())
