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
  (``customer_feedback_step_lines``, migration 0074's ``dicel_step_lines_stay``), and a
  case's description is read for "Marked recovered" lines besides "Written off" ones
  (0083's reading, DW021). On the comment only the exact form the steps write is a step
  line ("Responded to on 2026-12-07: ", "Resolved on 2026-12-07: ", blanks before it and
  case aside; review30 F2): the comment is the client's own words, taken down at intake,
  and 0083's reading (disguised dates, any words between) refused true sentences of
  theirs ("Resolved 12/10/2026 by the driver, but it came back."). A line forged in
  that exact form is still refused; a looser one is the client's text, and the History
  tab keeps who wrote it.
* **The day a case was settled is asked** (``Stamp.SETTLED``): written to
  ``actual_completion_date`` instead of today; given (``DW429``), today at the latest,
  the company's day (``DW430``, DETAIL ``day``), and not before the case's start date
  (``DW431``, DETAIL ``floor``, ``date``); COLUMN ``actual_completion_date``. How much
  came back is not asked: no column holds it, and this revision adds none (marked
  recovered is recovered in full; a part is said in the note).

The one-argument functions are dropped; the new ones are made from the three steps as
this revision declares them (``STEPS``, frozen here with the signatures dropped and made
and the roles granted, as 0100 freezes ``WAITS_FOR``: a later change to the declaration
does not change what this revision makes or drops; review30 F4) with
``CREATE OR REPLACE`` (a database built from scratch has them from migrations 0011 and
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
from dicel_desktop.domain.case_flows import FLOWS, Asks, DateStamp, Stamp, Step
from dicel_desktop.domain.text_limits import LONG_TEXT

revision: str = "0101"
down_revision: str | None = "0100"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0074 = earlier_revision("0074_reasons_are_given_stay_and_fit_and_reversals_need_money")
_0083 = earlier_revision("0083_step_lines_and_order_numbers_as_a_reader_takes_them")

_WORKING = ("open", "in_progress", "on_hold")
#: The steps this revision makes, per table, as it declares them (frozen: a later
#: revision that changes one of them makes its own and leaves these as they were).
STEPS: dict[str, tuple[Step, ...]] = {
    "customer_feedback": (
        Step("respond", ("received", "under_review"), "responded", "responded to", asks=Asks.NOTE),
        Step(
            "resolve",
            ("received", "under_review", "responded"),
            "resolved",
            "resolved",
            asks=Asks.NOTE,
        ),
    ),
    "recovery_cases": (
        Step(
            "recover",
            _WORKING,
            "recovered",
            "marked recovered",
            asks=Asks.NOTE,
            resolves=True,
            dates=(DateStamp("actual_completion_date", Stamp.SETTLED, not_before="start_date"),),
        ),
    ),
}
#: The same steps as migration 0100 had them: they asked nothing, and a case recovered
#: was stamped today.
STEPS_0100: dict[str, tuple[Step, ...]] = {
    table: tuple(dataclasses.replace(step, asks=Asks.NOTHING, dates=()) for step in steps)
    for table, steps in STEPS.items()
}
#: The signatures this revision makes (and its downgrade drops) ...
SIGNATURES = (
    "public.dicel_respond_customer_feedback(uuid,text)",
    "public.dicel_resolve_customer_feedback(uuid,text)",
    "public.dicel_recover_recovery_case(uuid,text,date)",
)
#: ... and those of migration 0100 it drops (and its downgrade makes again).
SIGNATURES_0100 = (
    "public.dicel_respond_customer_feedback(uuid)",
    "public.dicel_resolve_customer_feedback(uuid)",
    "public.dicel_recover_recovery_case(uuid)",
)
#: The flows' workers at this revision, granted EXECUTE besides sync-grants.
TAKERS = {
    "customer_feedback": ("dicel_cx", "dicel_admin"),
    "recovery_cases": ("dicel_recovery", "dicel_admin"),
}

#: (table, text column) -> (what a step line there reads as, what it opens with), the
#: step-lines trigger's arguments at this revision. A case's description is read as 0083
#: reads a write-off's reason (an officer's text; any words between, a disguised date);
#: a feedback's comment, the client's own words, only in the exact form the steps write
#: (review30 F2: "Resolved 12/10/2026 by the driver" is the client's sentence).
_FEEDBACK_OPENING = "(responded to|resolved) on "
STEP_LINE_OPENINGS = {
    ("recovery_cases", "description"): (("written", "off"), ("marked", "recovered")),
}
EXACT_STEP_LINES = {
    ("customer_feedback", "comment"): (
        f"{_FEEDBACK_OPENING}[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}: ",
        _FEEDBACK_OPENING,
    ),
}
OPENINGS_0100 = {("recovery_cases", "description"): (("written", "off"),)}


def _functions(
    steps: dict[str, tuple[Step, ...]],
) -> list[tuple[FunctionDefinition, tuple[str, ...]]]:
    """The functions of ``steps``, made as the flows' other columns declare them, with
    the roles granted them."""
    found = []
    for table, frozen in steps.items():
        # Its decided parts are a write-off's, none of these steps'.
        made = dataclasses.replace(FLOWS[table], steps=frozen, parts=())
        found += [(f, TAKERS[table]) for f in flow_definitions(made)]
    return found


def _make(
    functions: list[tuple[FunctionDefinition, tuple[str, ...]]], drop: tuple[str, ...]
) -> None:
    for signature in drop:
        execute_sql(f"DROP FUNCTION IF EXISTS {signature}")
    for function, takers in functions:
        create_owned_function(function.create_or_replace, function.signature)
        for role in takers:
            execute_sql(f"GRANT EXECUTE ON FUNCTION {function.signature} TO {role}")


def _trigger(table: str, column: str, pattern: str, opening: str) -> str:
    """The step-lines trigger of ``table`` as migration 0083 makes it: a line is a step's
    when it matches ``opening`` and ``pattern`` (after blanks and case)."""
    return replaced(
        _0074._step_lines_trigger(table, column, pattern),
        f"{_0074._literal(pattern)})",
        f"{_0074._literal(pattern)}, {_0074._literal(opening)})",
    )


def _read_as_0083(words: tuple[tuple[str, ...], ...]) -> tuple[str, str]:
    """0083's reading of the lines opening with ``words``: then, anywhere, a date."""
    alive = "|".join(_0083._words(*w) for w in words)
    between = _0083._NOT_ALNUM
    pattern = f"({alive}){between}(.*{between})?{_0083.DATE}({between}|$)"
    return pattern, f"({alive}){between}"


def _triggers(
    read_as_0083: dict[tuple[str, str], tuple[tuple[str, ...], ...]],
    exact: dict[tuple[str, str], tuple[str, str]],
) -> None:
    for table, _column in (*STEP_LINE_OPENINGS, *EXACT_STEP_LINES):
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_step_lines ON public.{table}")
    for (table, column), words in read_as_0083.items():
        execute_sql(_trigger(table, column, *_read_as_0083(words)))
    for (table, column), (pattern, opening) in exact.items():
        execute_sql(_trigger(table, column, pattern, opening))


def upgrade() -> None:
    _make(_functions(STEPS), SIGNATURES_0100)
    # The note is a person's text: measured first, as 0085 measures every other (DW024).
    measure_arguments(execute_sql, LONG_TEXT)
    _triggers(STEP_LINE_OPENINGS, EXACT_STEP_LINES)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    _make(_functions(STEPS_0100), SIGNATURES)
    _triggers(OPENINGS_0100, {})
    pin_company_time_zone(op.get_bind())
