"""Why the database would refuse a step, read from another record it depends on (one
read, as the caller): an enrolment's training programme (DW419, DW440-DW442), a shift's
or patrol's guard (DW417, DW418), a candidate's or posting's dates and state (DW463,
DW502), an IT asset's holder (DW499). Assembled per step by :mod:`.stops`. No Qt here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.entry_rules import (
    OFFERED_STATES,
    POSTING_MOVES_ON,
)
from dicel_desktop.domain.errors import Conflict, DicelError, InvalidInput
from dicel_desktop.domain.guard_duty import GUARD_DUTY_TABLES, GUARD_OFF_DUTY, GUARD_TAKING_STATES
from dicel_desktop.domain.states import words as state_words
from dicel_desktop.services.db_error_words import field_words
from dicel_desktop.services.db_errors import (
    POSTINGS_NOT_TAKING,
    PROGRAMMES_CLOSED,
)

#: The enrolment states its programme must have started for (migration 0095's
#: ``TAKING_STATES``, DW419).
ENROLMENT_WAITS_FOR_PROGRAMME = frozenset({"in_progress", "completed"})
#: The programme state of a course over, and the enrolment states an enrolment of it is
#: still taken into: HR completes the programme, then records each person's result
#: (migration 0110, which freezes both; DW441 for any other step there).
PROGRAMME_OVER = "completed"
RECORDED_ONCE_OVER = frozenset({"completed"})
_PROGRAMME_LINK = ("training_enrollments", "training_program_id")
#: The programme's state column, and the states an enrolment is made or taken in
#: (DW441, migration 0107): the picker's (``entry_rules.OFFERED_STATES``).
_PROGRAMME, _OPEN_PROGRAMME = OFFERED_STATES[_PROGRAMME_LINK]
_ENROLMENT_PROGRAMME = sa.text(
    f"""
    SELECT p.title, p.{_PROGRAMME}, p.start_date, p.end_date,
           p.start_date > public.dicel_company_day() AS ahead,
           e.hire_date, e.termination_date,
           coalesce(nullif(concat_ws(' ', u.first_name, u.last_name), ''), e.employee_number)
      FROM public.training_enrollments AS t
      LEFT JOIN public.training_programs AS p ON p.id = t.training_program_id
      LEFT JOIN public.employees AS e ON e.id = t.employee_id
      LEFT JOIN public.users AS u ON u.id = e.user_id
     WHERE t.id = :id
    """
)


def programme_stops(target: str) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """An enrolment started or completed (``target``) in no programme (DW440), in one
    cancelled, or started in one completed (DW441, migrations 0107, 0110: completed it is
    still recorded), one scheduled or starting on a day ahead (DW419, migration 0095), or
    of someone hired after it ended or who left before it started (DW442): in the
    trigger's order and words."""
    recorded = target in RECORDED_ONCE_OVER

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        return _programme_refusal(session, record_id, recorded)

    return stops


def _programme_refusal(session: Session, record_id: uuid.UUID, recorded: bool) -> DicelError | None:
    found = session.execute(_ENROLMENT_PROGRAMME, {"id": record_id}).one_or_none()
    if found is None:
        return None
    title, state, start, end, ahead, hired, left, name = found
    if title is None:
        return InvalidInput("field_required", **field_words(*_PROGRAMME_LINK))
    if state not in _OPEN_PROGRAMME and not (state == PROGRAMME_OVER and recorded):
        return Conflict(
            PROGRAMMES_CLOSED.get((_PROGRAMME_LINK[0], state), "training_closed"),
            program=title,
            state=state_words(state),
        )
    if state == "scheduled" and not ahead:
        return Conflict("training_not_started", program=title)
    if ahead:
        return Conflict("training_starts_later", program=title, day=start.isoformat())
    if hired is not None and end is not None and hired > end:
        return InvalidInput(
            "training_hired_after",
            name=name,
            program=title,
            date=hired.isoformat(),
            end=end.isoformat(),
        )
    if left is not None and start is not None and left < start:
        return InvalidInput(
            "training_left_before",
            name=name,
            program=title,
            date=left.isoformat(),
            start=start.isoformat(),
        )
    return None


#: The steps a guard who is suspended or inactive is not taken through (migration 0095's
#: trigger ``<table>_to_an_active_guard``: a step into these states, DW417, DW418): a
#: shift started or completed, a patrol completed (``domain.guard_duty``).
GUARD_ON_DUTY_STATES = dict.fromkeys(GUARD_DUTY_TABLES, GUARD_TAKING_STATES)
#: The guard's state and name (their number when the record has no login), read under
#: the caller's rights: security reads its guards.
_GUARD_OFF_DUTY = {
    table: sa.text(
        f"""
        SELECT g.status,
               coalesce(nullif(concat_ws(' ', u.first_name, u.last_name), ''), g.guard_number)
          FROM public.{table} AS t
          JOIN public.security_guards AS g ON g.id = t.guard_id
          LEFT JOIN public.users AS u ON u.id = g.user_id
         WHERE t.id = :id AND g.status IN ({", ".join(f"'{s}'" for s in GUARD_OFF_DUTY)})
        """
    )
    for table in GUARD_ON_DUTY_STATES
}


def guard_off_duty_stops(table: str) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A shift started or completed, or a patrol completed, for a guard who is suspended
    or inactive (migration 0095: DW417, DW418), in the words of the database's refusal:
    the window does not offer Start…/Mark completed… on them (psql29b: it offered them,
    then said why not)."""

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        found = session.execute(_GUARD_OFF_DUTY[table], {"id": record_id}).one_or_none()
        if found is None:
            return None
        state, guard = found
        code = "guard_suspended" if state == "suspended" else "guard_inactive"
        return Conflict(code, guard=guard)

    return stops


#: The candidate states a step moves on into, asked of the posting (DW463, migration
#: 0115; the trigger's ``FORWARD``); rejected and withdrawn are not.
CANDIDATE_MOVES_ON = frozenset({"screening", "interview", "offered", "hired"})
_CANDIDATE_POSTING = sa.text(
    """
    SELECT j.title, j.status
      FROM public.candidates AS c
      JOIN public.job_postings AS j ON j.id = c.job_posting_id
     WHERE c.id = :id
    """
)


def posting_stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
    """A candidate moved on on a posting that is a draft, filled or cancelled (DW463,
    migration 0115; one of no posting is not asked), in the words of the database's refusal: the
    window does not offer the step there (it offered Hire… on a cancelled posting)."""
    found = session.execute(_CANDIDATE_POSTING, {"id": record_id}).one_or_none()
    if found is None:
        return None
    title, state = found
    if state in POSTING_MOVES_ON:
        return None
    return Conflict(
        POSTINGS_NOT_TAKING.get(("candidates", state), "posting_not_taking"),
        posting=title,
        state=state_words(state),
    )


_POSTING_CLOSED = sa.text(
    """
    SELECT closing_date, public.dicel_company_day()
      FROM public.job_postings
     WHERE id = :id AND closing_date < public.dicel_company_day()
    """
)


def posting_closed_stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
    """A posting published or resumed once its closing date has passed (DW502, migration
    0119), in the database's words, before the click: the step was offered and refused."""
    found = session.execute(_POSTING_CLOSED, {"id": record_id}).one_or_none()
    if found is None:
        return None
    closing, today = found
    return Conflict(
        "posting_opened_after_closing", date=closing.isoformat(), today=today.isoformat()
    )


_HOLDER_GONE = sa.text(
    """
    SELECT coalesce(nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email)
      FROM public.it_assets a JOIN public.users u ON u.id = a.assigned_to
     WHERE a.id = :id AND NOT coalesce(u.is_active, true)
    """
)


def holder_gone_stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
    """An asset back in service to a holder whose login is deactivated (DW499, migration
    0124: sent to repair while held), before the click (eye34 #4)."""
    name = session.execute(_HOLDER_GONE, {"id": record_id}).scalar_one_or_none()
    if name is None:
        return None
    return InvalidInput("asset_back_to_inactive_holder", name=name)
