"""An enrolment of a programme HR completed is still completed; an ended shift's refusal
says the shift's state.

Revision ID: 0110
Revises: 0109
Create Date: 2026-12-07

From code review 31:

* **An enrolment of a programme over is still completed** (F1, ``DW441``). 0107 refused
  every move into in progress or completed once the programme was completed, the
  enrolments made while it ran included. The usual order at the end of a course is to
  complete the programme, then record each person: every attendee could then only be
  failed or dropped, and a person who passed was never recorded as passed. The DW419
  trigger function (``dicel_enrollment_once_programme_began``, made again from 0107's
  text, ``CREATE OR REPLACE``) keeps DW441 for an enrolment made or moved (INSERT, a
  change of programme or employee), for any step into in progress or completed in a
  cancelled programme, and for one started in a programme over; an enrolment of a
  completed programme, neither made nor moved, is marked completed
  (``RECORDED_ONCE_OVER``, frozen: ``services.cases``). Failed and dropped were never
  asked. DW419 and DW442 are asked as before.
* **An ended shift's refusal says the shift's state** (F6, ``DW432``). Its DETAIL gives
  ``state``, the record's, beside ``action`` and ``at`` (``db/case_functions._too_late``),
  so a shift in progress refused at the press is told "mark it completed" as the window
  tells it, not "or missed" which it is no longer offered. The assignments' functions
  are made again from 0105's declaration (``WAITS_FOR``, ``ENDS_BY``) with the
  generator of now. The generator is read live by every revision that makes them, so a
  database built from scratch has the state from 0105 on, and the downgrade leaves them.

A downgrade gives back 0107's trigger function.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import earlier_revision, execute_sql, replaced

revision: str = "0110"
down_revision: str | None = "0109"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0105 = earlier_revision("0105_a_shift_ended_is_not_cancelled_and_a_risk_closed_says_why")
_0107 = earlier_revision(
    "0107_an_enrolment_in_a_programme_a_shift_its_guards_a_case_its_start_and_dates_of_the_calendar"
)

# --------------------------------------------------------------------------- F1

#: The programme state of a course over, and the enrolment states an enrolment of it,
#: neither made nor moved, is still taken into: its result, recorded after the programme
#: was completed (``services.cases.PROGRAMME_OVER``, ``RECORDED_ONCE_OVER``, frozen).
PROGRAMME_OVER = "completed"
RECORDED_ONCE_OVER = ("completed",)

_REFUSED = f"""    IF v_program.status NOT IN ({", ".join(f"'{s}'" for s in _0107.OPEN_PROGRAMME)}) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW441',"""
_REFUSED_UNLESS_RECORDED = f"""    IF v_program.status NOT IN ({", ".join(f"'{s}'" for s in _0107.OPEN_PROGRAMME)})
       AND NOT (v_program.status = '{PROGRAMME_OVER}' AND TG_OP = 'UPDATE'
                AND NEW.training_program_id IS NOT DISTINCT FROM OLD.training_program_id
                AND NEW.employee_id IS NOT DISTINCT FROM OLD.employee_id
                AND NEW.status IN ({", ".join(f"'{s}'" for s in RECORDED_ONCE_OVER)})) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW441',"""
_SAID_0107 = """    -- still to take place or taking place (DW440, DW441), for someone employed while
    -- it runs (DW442): HR completed, with a grade, enrolments in a cancelled programme,
    -- in one over before the person was hired, and in none. A superuser is not asked.
"""
_SAID = (
    _SAID_0107
    + """    -- Migration 0110: an enrolment of a programme completed, neither made nor moved, is
    -- still marked completed: HR completes the programme, then records each person.
"""
)
BEGAN = replaced(replaced(_0107.BEGAN, _REFUSED, _REFUSED_UNLESS_RECORDED), _SAID_0107, _SAID)

# --------------------------------------------------------------------------- F6


def upgrade() -> None:
    execute_sql(BEGAN)  # CREATE OR REPLACE: owner and grants kept; the trigger is 0107's
    for create in _0105._assignment_steps(_0105.ENDS_BY):
        execute_sql(create)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(_0107.BEGAN)
    pin_company_time_zone(op.get_bind())
