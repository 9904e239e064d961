"""Leave and holidays (migration 0012 on): the registration of their codes (DW101-DW126,
DW460, DW461). Their sentences are in ``domain/messages/leave.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dicel_desktop.domain.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    NotFound,
)
from dicel_desktop.services.db_errors.detail import detail_params
from dicel_desktop.services.db_errors.registry import register_sqlstate


def _leave_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """A leave refusal's DETAIL, its dates and days written for the sentence."""
    from dicel_desktop.services.leave_words import refusal_params

    return refusal_params(detail_params(diag, values))


#: The rules of leave (migration 0012).
register_sqlstate("DW101", "record_gone", NotFound, detail_params)
for _state, _code, _family in (
    ("DW102", "leave_no_employee_record", NotAllowed),
    ("DW103", "leave_no_working_day", InvalidInput),
    ("DW104", "leave_overlaps", Conflict),
    ("DW106", "leave_approval_over_balance", Conflict),
    ("DW107", "leave_too_far_in_past", InvalidInput),
    ("DW108", "leave_already_started", NotAllowed),
    ("DW109", "leave_cancel_not_yours", NotAllowed),
    ("DW110", "leave_balance_not_yours", NotAllowed),
    ("DW111", "leave_type_unknown", InvalidInput),
    ("DW112", "leave_needs_read_committed", Conflict),
    # A filed request's employee_id (migration 0068).
    ("DW113", "leave_employee_stays", NotAllowed),
    # Holidays (migration 0076): a past one changed; a removal taking an approved leave
    # over its allowance; an addition leaving a leave no working day.
    ("DW114", "holiday_past", Conflict),
    ("DW115", "holiday_takes_leave_over_allowance", Conflict),
    ("DW116", "holiday_leaves_no_working_day", Conflict),
    # A holiday's name holding a line break or a control character (migration 0082).
    ("DW117", "holiday_name_one_line", InvalidInput),
    # A request covering more than a year (migration 0092).
    ("DW119", "leave_longer_than_a_year", InvalidInput),
    # An HR officer's own leave cancelled once started (migration 0112): DETAIL
    # ``start_date``; a balance asked for a year outside 1900-2200: ``year``, ``first``,
    # ``last``.
    ("DW460", "own_leave_started", NotAllowed),
    ("DW461", "leave_year_outside", InvalidInput),
):
    register_sqlstate(_state, _code, _family, _leave_params)
#: Leave outside the dates of employment (migration 0146): before the hire date, or
#: after the termination date (``left``), as attendance's DW606.
register_sqlstate(
    "DW120",
    "leave_after_leaving",
    InvalidInput,
    _leave_params,
    without=("left", "leave_before_hire"),
)
#: An approved leave ended early (migration 0150): not HR, or one's own (``own``); a new
#: last day that does not shorten it (``why``); no note; a request still pending.
register_sqlstate(
    "DW122",
    "leave_end_early_not_hr",
    NotAllowed,
    _leave_params,
    by_param=("own", {"True": "own_leave_end_early"}),
)
register_sqlstate(
    "DW123",
    "leave_end_early_no_day",
    InvalidInput,
    _leave_params,
    by_param=(
        "why",
        {
            "before_start": "leave_end_early_before_start",
            "past": "leave_end_early_past",
            "not_shorter": "leave_end_early_not_shorter",
            "no_working_day": "leave_end_early_no_working_day",
        },
    ),
)
register_sqlstate("DW124", "leave_end_early_no_note", InvalidInput, _leave_params)
register_sqlstate("DW125", "leave_end_early_pending", Conflict, _leave_params)
#: The leave of someone who has left, filed or decided (migration 0146).
register_sqlstate("DW121", "leave_of_a_leaver", NotAllowed, _leave_params)
#: A holiday changed on a working day of a month whose pending payroll run counted
#: someone's approved unpaid leave (migration 0148): ``name``, the run's ``start_date``
#: and ``end_date``.
register_sqlstate("DW126", "holiday_waits_for_run", Conflict, _leave_params)
#: The balance refusal, in a sentence of its own where none is left (``over``: "none",
#: ``services.leave_words.refusal_params``): "has only 0 days left" (plural38); and for a
#: leave across the year end refused by one of its years (migration 0156, DETAIL
#: ``whole``): "year", "year_none".
register_sqlstate(
    "DW105",
    "leave_over_balance",
    Conflict,
    _leave_params,
    by_param=(
        "over",
        {
            "none": "leave_over_balance_none_left",
            "year": "leave_over_balance_in_year",
            "year_none": "leave_over_balance_in_year_none_left",
        },
    ),
)
#: A holiday change while leave is being counted (``who``, ``when``; migration 0088):
#: ``when`` is empty where the migration was not run by a superuser (0090).
register_sqlstate(
    "DW118",
    "holiday_waits_for_leave_counting",
    Conflict,
    _leave_params,
    without=("when", "holiday_waits_for_leave_counting_now"),
)
