"""A shift that has ended is no longer cancelled, and a risk closed says what was done
or why.

Revision ID: 0105
Revises: 0104
Create Date: 2026-12-06

Found in a user-eye review (rsk31):

* **A shift that has ended is not cancelled** (``DW432``, COLUMN ``shift_end``, DETAIL
  ``action`` and ``at``: that moment). Security's "Cancel assignment…" was offered on a
  shift whose end had passed: it was worked or it was missed, and cancel withdraws a
  shift that will not happen. ``Step.not_after`` (domain/case_flow_model.py) is the
  opposite of ``Step.not_before``: the moments of the record a step is never taken
  after, by the database's clock (``now()``, as DW407); cancel is never taken after
  ``shift_end``. The window reads the same declaration and disables the button, saying
  why, before the press (``services.cases``). The assignments' functions are made
  again from the declaration (``CREATE OR REPLACE``: owner and grants kept), with the
  moments of this revision frozen here (``WAITS_FOR`` as 0103 froze it, ``ENDS_BY``).
* **A risk closed says what was done, or why it is closed** (``Asks.NOTE``, ``DW491``,
  as complaints and recovery cases got in migration 0101). "Mark closed…" on a risk
  assessment was a bare yes/no. ``dicel_close_risk_assessment(assessment_id uuid, note
  text)`` refuses an empty note and keeps it as a dated line appended to the
  assessment's ``mitigation_measures`` ("Closed on 2026-12-06: ..."; the table's one
  text column, the flow's ``notes``), on one line of a readable length (DW020), measured
  first as every person's text is (DW024). Those lines stay the step's: the
  ``risk_assessments_step_lines`` trigger (0074's ``dicel_step_lines_stay``) refuses any
  change that removes, changes or types one (DW021), in the exact form the step writes
  only ("Closed on 2026-12-06: ", blanks before it and case aside), as a feedback's
  comment is read since 0101: mitigation measures are the officer's own sentences, and
  0083's looser reading would refuse true ones ("Closed the gap on 12/10/2026 with two
  locks"). The one-argument function is dropped; the new one is made from the step as
  this revision declares it (``STEPS``, frozen with the signatures dropped and made and
  the roles granted, as 0101 does). EXECUTE comes from the permission table
  (sync-grants), and is granted here as well to the flow's workers.

No index is added on ``purchase_order_lines(item_id)``: measured on the large demo it
does not help (docs/decisions.md, 2026-12-06).

A downgrade gives back 0104's steps: cancel at any moment, a risk closed with no note
(``dicel_close_risk_assessment(uuid)``), and no step-lines trigger on risk assessments.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.case_functions import flow_definitions
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import earlier_revision, execute_sql
from dicel_desktop.db.text_limits import measure_arguments
from dicel_desktop.domain.case_flows import FLOWS, Asks, Step
from dicel_desktop.domain.text_limits import LONG_TEXT

revision: str = "0105"
down_revision: str | None = "0104"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0101 = earlier_revision(
    "0101_a_complaint_answered_or_resolved_and_a_case_recovered_say_what_and_when"
)
_0103 = earlier_revision(
    "0103_a_shift_is_missed_once_it_begins_a_day_received_by_today_a_file_uploaded_when_it_is"
    "_and_dates_of_the_calendar"
)

# --------------------------------------------------------------------------- shifts

ASSIGNMENTS = "security_assignments"
#: The moments each assignment step waits for at this revision (0103's, unchanged) ...
WAITS_FOR: dict[str, tuple[str, ...]] = _0103.WAITS_FOR
#: ... and those it is never taken after (``Step.not_after``), new here.
ENDS_BY: dict[str, tuple[str, ...]] = {"cancel": ("shift_end",)}


def _assignment_steps(ends_by: dict[str, tuple[str, ...]]) -> list[str]:
    """The assignments' step functions, waiting for the moments of this revision and
    taken no later than those ``ends_by`` gives each (none for a step it does not
    name), compared with the transaction's start, as this revision wrote them
    (``late_by_clock=False``: the generator writes the clock since migration 0112)."""
    flow = FLOWS[ASSIGNMENTS]
    steps = tuple(
        dataclasses.replace(
            step,
            not_before=WAITS_FOR.get(step.action, ()),
            not_after=ends_by.get(step.action, ()),
        )
        for step in flow.steps
    )
    return [
        f.create_or_replace
        for f in flow_definitions(dataclasses.replace(flow, steps=steps), late_by_clock=False)
    ]


# --------------------------------------------------------------------------- risks

RISKS = "risk_assessments"
#: The text a risk closed keeps its note in: the table's one text column besides the
#: description of the risk.
NOTES = "mitigation_measures"
_CLOSING = ("open", "mitigating", "monitoring")
#: The step this revision makes, as it declares it (frozen: a later revision that
#: changes it makes its own and leaves this as it was).
STEPS: dict[str, tuple[Step, ...]] = {
    RISKS: (Step("close", _CLOSING, "closed", "closed", asks=Asks.NOTE),),
}
#: The same step as migration 0104 had it: it asked nothing.
STEPS_0104: dict[str, tuple[Step, ...]] = {
    table: tuple(dataclasses.replace(step, asks=Asks.NOTHING) for step in steps)
    for table, steps in STEPS.items()
}
#: The signature this revision makes (and its downgrade drops) ...
SIGNATURES = ("public.dicel_close_risk_assessment(uuid,text)",)
#: ... and that of migration 0104 it drops (and its downgrade makes again).
SIGNATURES_0104 = ("public.dicel_close_risk_assessment(uuid)",)
#: The flow's workers at this revision, granted EXECUTE besides sync-grants.
TAKERS = {RISKS: ("dicel_risk", "dicel_admin")}
#: (table, text column) -> (the line the step writes there, what it opens with), in the
#: exact form the step writes it (0101's reading of a feedback's comment).
_OPENING = "(closed) on "
EXACT_STEP_LINES = {
    (RISKS, NOTES): (f"{_OPENING}[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}: ", _OPENING),
}


def _functions(steps: dict[str, tuple[Step, ...]]) -> list:
    """The functions of ``steps``, the flow's notes column this revision's, with the
    roles granted them."""
    found = []
    for table, frozen in steps.items():
        made = dataclasses.replace(FLOWS[table], steps=frozen, notes=NOTES, parts=())
        found += [(f, TAKERS[table]) for f in flow_definitions(made)]
    return found


def upgrade() -> None:
    for create in _assignment_steps(ENDS_BY):
        execute_sql(create)
    _0101._make(_functions(STEPS), SIGNATURES_0104)
    # The note is a person's text: measured first, as 0085 measures every other (DW024).
    measure_arguments(execute_sql, LONG_TEXT)
    for (table, column), (pattern, opening) in EXACT_STEP_LINES.items():
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_step_lines ON public.{table}")
        execute_sql(_0101._trigger(table, column, pattern, opening))
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    for table, _column in reversed(EXACT_STEP_LINES):
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_step_lines ON public.{table}")
    _0101._make(_functions(STEPS_0104), SIGNATURES)
    for create in _assignment_steps({}):
        execute_sql(create)
    pin_company_time_zone(op.get_bind())
