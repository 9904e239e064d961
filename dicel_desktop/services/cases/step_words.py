"""The common refusals of a step (DW001, DW002, DW004, DW402, DW407, DW432 ...) carry a
state and an action as data: said here as the step's own sentence ("Already put on hold
by Jean Mugabo at 10:42.", "This IT ticket is cancelled: it can no longer be
resolved."), so that a script and the window read the same sentences. No Qt here.
"""

from __future__ import annotations

from dicel_desktop.domain.case_flows import Step, deciders_in_words
from dicel_desktop.domain.errors import DicelError, NotAllowed
from dicel_desktop.services.db_errors import (
    LATE_STEPS,
    LATE_STEPS_BY_STATE,
)


def in_words(error: DicelError, step: Step, *, about_employee: bool = False) -> DicelError:
    """The common refusals (DW001, DW002, DW004, DW402, DW407, DW432) carry a state and an
    action as data:
    say them as this step's sentence does. Other refusals are already in words."""
    params = dict(error.params)
    if error.code == "already_decided":
        params["state"] = step.done
        if not params.get("who"):  # changed outside DICEL: nobody to name
            return type(error)("case_already_moved", **params)
        return type(error)(error.code, **params)
    if error.code == "not_yours_to_decide":
        params["deciders"] = deciders_in_words(
            str(params.get("deciders", "")), about_employee=about_employee
        )
        params["action"] = step.done
        return NotAllowed("case_step_not_yours", **params)
    if error.code == "case_text_missing":  # "... before this audit is completed"
        params["state"] = step.done
        return type(error)(error.code, **params)
    if error.code in (
        "case_too_early",
        "case_too_late",
        *LATE_STEPS.values(),
        *LATE_STEPS_BY_STATE.values(),
    ):
        # "... cannot be completed before its start time", "... can no longer be cancelled"
        params["action"] = step.done
        return type(error)(error.code, **params)
    if error.code == "wrong_state":  # its state is in words already (db_errors)
        params["action"] = step.done
        return type(error)(error.code, **params)
    if error.code == "field_required" and params.get("field") not in step.asked_dates:
        # The record as stored lacks what its form asks, and the step's UPDATE meets the
        # CHECK (an incident stored without its date, left NOT VALID by migration 0100):
        # "Incident date is required." named a field the step's dialog does not have.
        params["action"] = step.done
        return type(error)("case_field_missing", **params)
    return error
