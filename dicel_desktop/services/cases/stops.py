"""What stops a step now (:func:`what_stops_step`): for each step whose database refusal
depends on more than the record's state (``STOPPABLE_STEPS``), the checks of
:mod:`.record_stops`, :mod:`.related_stops` and :mod:`.held_records` in the order the
database asks them, so that the window disables the step with the database's reason
before the press. No Qt here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy.orm import Session

from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.entry_rules import (
    ASKED_DAY_ONCE_BEGUN,
    LONGEST_SPANS,
    SETTLED_ONCE_BEGUN,
    STEP_NEEDS,
    STEP_NEEDS_ONE_OF,
)
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import leaving
from dicel_desktop.services.cases.held_records import (
    OWN_RECORD_TABLES,
    what_stops_changing_employment,
    what_stops_ending_employment,
)
from dicel_desktop.services.cases.record_stops import (
    STAMPED_NOW,
    budget_recall_stopped,
    field_needed_stops,
    moment_stops,
    not_begun_stops,
    nothing_said_stops,
    own_change_stops,
    own_record_stops,
    span_stops,
)
from dicel_desktop.services.cases.related_stops import (
    CANDIDATE_MOVES_ON,
    ENROLMENT_WAITS_FOR_PROGRAMME,
    GUARD_ON_DUTY_STATES,
    guard_off_duty_stops,
    holder_gone_stops,
    posting_closed_stops,
    posting_stops,
    programme_stops,
)
from dicel_desktop.services.db_errors import (
    LATE_STEPS,
    LATE_STEPS_BY_STATE,
)


def _first_of(
    *checks: Callable[[Session, uuid.UUID], DicelError | None],
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """The first refusal of ``checks``, asked in order (the database's order)."""

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        for check in checks:
            found = check(session, record_id)
            if found is not None:
                return found
        return None

    return stops


#: The steps whose database refusal depends on more than the record's state, with what
#: asks it (``what_stops_step``).
_STOPS = {
    ("budgets", "recall"): budget_recall_stopped,
    # HR may not end an administrator's employment (DW602, migration 0057), nor change
    # its status otherwise (DW603, migration 0067).
    # And neither while a pending payslip pays the person past the day their pay stops
    # (DW492, migration 0116): the run is cancelled first (services.leaving).
    ("employees", "terminate"): _first_of(
        what_stops_ending_employment, leaving.pending_payslip_stops("terminate")
    ),
    ("employees", "start_leave"): what_stops_changing_employment,
    ("employees", "end_leave"): what_stops_changing_employment,
    ("employees", "suspend"): _first_of(
        what_stops_changing_employment, leaving.pending_payslip_stops("suspend")
    ),
    ("employees", "reinstate"): what_stops_changing_employment,
    # A posting opens only before it closes (DW502, migration 0119).
    ("job_postings", "publish"): posting_closed_stops,
    ("job_postings", "resume"): posting_closed_stops,
    # Nor does an asset go back into service with a deactivated holder (DW499, 0124).
    ("it_assets", "return_to_service"): holder_gone_stops,
}
# Whoever changed a record, or brought it to a decision four eyes take, is not the one
# to take it (DW411, DW412, migration 0078).
_STOPS.update(
    {
        (flow.table, step.action): own_change_stops(flow.table, step)
        for flow in FLOWS.values()
        for step in flow.steps
        if step.decided_by_another
    }
)


def _more_stops() -> None:
    """One's own guard record, shift, patrol or enrolment (DW012, DW013), asked first as
    the triggers refuse it before anything else; a moment still ahead (DW407), or one
    passed (DW432); an enrolment's programme not begun, closed, or run while its
    employee was not employed (DW419, DW440-DW442); a guard suspended or inactive
    (DW417, DW418); a field the new state needs, empty (DW443), or all of those it needs
    one of (DW493); a day still ahead of the
    one the step writes (DW444); an end stamped too far from the start (DW446)."""
    for flow in FLOWS.values():
        for step in flow.steps:
            checks = []
            if flow.table in OWN_RECORD_TABLES:
                checks.append(own_record_stops(flow.table))
            if step.floors:
                checks.append(moment_stops(flow.table, step, step.floors, False, "case_too_early"))
            if step.not_after:
                checks.append(
                    moment_stops(
                        flow.table,
                        step,
                        step.not_after,
                        True,
                        LATE_STEPS.get(flow.table, "case_too_late"),
                        LATE_STEPS_BY_STATE,
                    )
                )
            if (
                flow.table == "training_enrollments"
                and step.target in ENROLMENT_WAITS_FOR_PROGRAMME
            ):
                checks.append(programme_stops(step.target))
            if flow.table == "candidates" and step.target in CANDIDATE_MOVES_ON:
                checks.append(posting_stops)
            if step.target in GUARD_ON_DUTY_STATES.get(flow.table, ()):
                # After the moment (the function asks DW407 before its UPDATE meets
                # the trigger).
                checks.append(guard_off_duty_stops(flow.table))
            key = (flow.table, step.action)
            if key in _STOPS:
                checks.append(_STOPS[key])
            # Last: the UPDATE meets it, after what the function asks first (a write-off's
            # four eyes).
            checks += [
                field_needed_stops(flow.table, column, step)
                for (table, column), states in STEP_NEEDS.items()
                if table == flow.table and step.target in states
            ]
            # Then one of several fields said (DW493, the trigger after those).
            said = STEP_NEEDS_ONE_OF.get((flow.table, step.target))
            if said is not None:
                checks.append(nothing_said_stops(flow.table, said, step))
            # Then the day the UPDATE writes, met by the trigger before the CHECK (DW444);
            # or the day the step asks, which no day could pass while the record has not
            # begun (DW430 and DW431).
            begun = SETTLED_ONCE_BEGUN.get((flow.table, step.target))
            earlier = begun[1] if begun else ASKED_DAY_ONCE_BEGUN.get((flow.table, step.target))
            if earlier is not None:
                checks.append(not_begun_stops(flow.table, earlier, step))
            # And the span the end it stamps makes (DW446, the table's last trigger).
            checks += [
                span_stops(flow.table, stamp.column, stamp.how)
                for stamp in step.times
                if (flow.table, stamp.column) in LONGEST_SPANS and stamp.how in STAMPED_NOW
            ]
            if not checks:
                continue
            _STOPS[key] = checks[0] if len(checks) == 1 else _first_of(*checks)


_more_stops()
STOPPABLE_STEPS = frozenset(_STOPS)


def what_stops_step(
    session: Session, table: str, action: str, record_id: uuid.UUID
) -> DicelError | None:
    """The refusal the database would give the step ``action`` on the record now, for a
    step of ``STOPPABLE_STEPS`` (a budget line with spending taken back to draft, an
    administrator's employment ended by HR), or None; one read, as the caller (a record
    they may not read: None, the step says)."""
    check = _STOPS.get((table, action))
    if check is None:
        return None
    try:
        return check(session, record_id)
    finally:
        session.rollback()
