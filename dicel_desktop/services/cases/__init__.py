"""Tickets and cases move on through their steps (domain/case_flows.py). No Qt here.

Each step is one call of its database function (``dicel_resolve_it_ticket`` ...) in a
transaction of its own, committed (``services.units.call_function``): the function
checks who may take it and from which state, and refuses with a SQLSTATE and data.
The package puts the data of the common refusals into the step's words ("Already put
on hold by Jean Mugabo at 10:42.", "This IT ticket is cancelled: it can no longer be
resolved.") so that a script and the window read the same sentences.

The package, by idea:

* :mod:`.steps`: take a step (``take_step``, ``assign``, ``resolve`` ...), and what a
  window asks around it;
* :mod:`.step_words`: the common refusals in the step's words;
* :mod:`.held_records`: what the database holds from the caller on a record;
* :mod:`.stops`: what stops a step now (``what_stops_step``), from the checks of
  :mod:`.record_stops` (read from the record) and :mod:`.related_stops` (read from a
  record it depends on).
"""

from __future__ import annotations

from dicel_desktop.services.cases.held_records import (
    ADMINISTRATOR_HELD_FIELDS,
    ADMINISTRATOR_PAYSLIP_FIELDS,
    OWN_RECORD_TABLES,
    PAST_HOLIDAY_FIELDS,
    what_is_held,
    what_stops_changing_employment,
    what_stops_changing_pay,
    what_stops_ending_employment,
)
from dicel_desktop.services.cases.related_stops import (
    CANDIDATE_MOVES_ON,
    ENROLMENT_WAITS_FOR_PROGRAMME,
    GUARD_ON_DUTY_STATES,
    PROGRAMME_OVER,
    RECORDED_ONCE_OVER,
)
from dicel_desktop.services.cases.steps import (
    Assignee,
    assign,
    assignable_people,
    filed_by_caller,
    resolve,
    saved_before,
    take_step,
    write_and_take_step,
)
from dicel_desktop.services.cases.stops import (
    STOPPABLE_STEPS,
    what_stops_step,
)

__all__ = [
    "ADMINISTRATOR_HELD_FIELDS",
    "ADMINISTRATOR_PAYSLIP_FIELDS",
    "CANDIDATE_MOVES_ON",
    "ENROLMENT_WAITS_FOR_PROGRAMME",
    "GUARD_ON_DUTY_STATES",
    "OWN_RECORD_TABLES",
    "PAST_HOLIDAY_FIELDS",
    "PROGRAMME_OVER",
    "RECORDED_ONCE_OVER",
    "STOPPABLE_STEPS",
    "Assignee",
    "assign",
    "assignable_people",
    "filed_by_caller",
    "resolve",
    "saved_before",
    "take_step",
    "what_is_held",
    "what_stops_changing_employment",
    "what_stops_changing_pay",
    "what_stops_ending_employment",
    "what_stops_step",
    "write_and_take_step",
]
