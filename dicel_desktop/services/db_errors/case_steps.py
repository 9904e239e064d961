"""The tickets' and cases' steps (``db.case_functions``, migration 0011 on) and the rules
their records keep (DL001, DL002, DW4xx): the registration of their codes, and the
tables by which a code reads differently for a table, a state or a step
(``LATE_STEPS``, ``NOT_BEGUN_STEPS`` ...), which services.cases and the step windows say
the same way before the step. Their sentences are in ``domain/messages/workflow.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dicel_desktop.domain.amounts import Amount
from dicel_desktop.domain.entry_rules import RECEIVED_SENTENCES, STEP_NEEDS_ONE_OF
from dicel_desktop.domain.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    NotFound,
)
from dicel_desktop.services import db_error_words as words
from dicel_desktop.services.db_errors.detail import detail_params
from dicel_desktop.services.db_errors.registry import register_sqlstate

#: The sentence of DW415 (``Step.not_by_assignee``) per table, where it is not a case's
#: officer's (``case_assignee_decision``); services.cases says the same before the step.
ASSIGNEE_DECISIONS: Mapping[str, str] = {"it_assets": "asset_holder_decision"}
#: The sentence of DW432 (``Step.not_after``) per table, where it reads better than the
#: common one (``case_too_late``): a shift that ended was worked or missed (0105).
LATE_STEPS: Mapping[str, str] = {"security_assignments": "shift_ended"}
#: ... and per (table, state of the record), where the state changes what is left to do:
#: a shift in progress is no longer offered "missed" (DW432's DETAIL gives the state,
#: migration 0110). The window's check (services.cases) reads the same.
LATE_STEPS_BY_STATE: Mapping[tuple[str, str], str] = {
    ("security_assignments", "in_progress"): "shift_ended_in_progress",
}
#: The sentence of DW491 (``Asks.NOTE``) per table, where "what was said or done" does not
#: fit: a risk is closed because something was done, or because it no longer applies
#: (0105). The step's dialog says the same before asking.
NOTE_STEPS: Mapping[str, str] = {"risk_assessments": "risk_close_note_missing"}


def _case_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """The refusals of the tickets' and cases' steps (migration 0011): the roles an
    assignee must have, in words."""
    from dicel_desktop.domain.case_flows import deciders_in_words

    params = detail_params(diag, values)
    if "roles" in params:
        params["roles"] = deciders_in_words(params["roles"])
    if getattr(diag, "table_name", None):  # its states in the table's own words
        params.setdefault("flow_table", diag.table_name)
    floor = params.pop("floor", None)
    if floor:  # a day's floor (DW431): the column in words, "the start date"
        said = words.field_words(getattr(diag, "table_name", None), floor)
        params["floor_name"], params["floor_label"] = said["name"], said["label"]
    if params.get("at"):  # a moment (DW407, DW432): its day and time, the reader's
        params["at"] = words.moment_as_read(params["at"])
    return params


def _began_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW040's and DW041's ``began`` (an ISO timestamp) as the reader's day and time."""
    params = detail_params(diag, values)
    if params.get("began"):
        params["began"] = words.moment_as_read(params["began"])
    return params


def _moment_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """A refusal naming moments (``at``, ``now``: ISO timestamps), each as the reader's
    day and time (DW425, migration 0100); a day (DW445's date column) as a day."""
    params = detail_params(diag, values)
    for key in ("at", "now"):
        if params.get(key):  # "infinity": said as it came
            params[key] = words.moment_as_read(params[key])
    return params


#: A locked column of a record that has left its first state (migration 0007's lock
#: triggers): ``state``, the state that holds it (migration 0100), said in the table's
#: own words (TABLE gives ``flow_table``); without it (a file's link column, migration
#: 0040), a sentence that names none.
register_sqlstate(
    "DL001",
    "record_locked_in_state",
    Conflict,
    _case_params,
    without=("state", "record_locked"),
)
register_sqlstate("DL002", "lines_locked", Conflict)

register_sqlstate("DW401", "case_assignee_not_eligible", InvalidInput, _case_params)
register_sqlstate("DW402", "case_text_missing", InvalidInput, _case_params)
register_sqlstate("DW403", "record_gone", NotFound, _case_params)
register_sqlstate("DW404", "case_assignee_missing", InvalidInput, _case_params)
#: A step before a moment of the record it never comes before (a patrol completed before
#: its start time, migration 0056): ``at``, that moment.
register_sqlstate("DW407", "case_too_early", Conflict, _case_params)
#: A step once a moment of the record it is never taken after has passed (a shift
#: cancelled after its end, migration 0105): ``at``, that moment; a table's own words
#: where it has them (``LATE_STEPS``).
register_sqlstate(
    "DW432",
    "case_too_late",
    Conflict,
    _case_params,
    by_table=LATE_STEPS,
    by_state=LATE_STEPS_BY_STATE,
)
#: An ended shift's end moved past now (migration 0109): ``at``, the end it had, and
#: ``now``, each the reader's day and time; COLUMN ``shift_end``.
register_sqlstate("DW433", "shift_end_stays_past", InvalidInput, _moment_params)
#: A write-off or a contract's end without a reason (migration 0071): ``action``, what
#: the step does ("written off").
register_sqlstate("DW490", "case_reason_missing", InvalidInput, _case_params)
#: An IT asset given to a deactivated login (migration 0120): DETAIL ``name``.
register_sqlstate(
    "DW499",
    "asset_holder_inactive",
    InvalidInput,
    _case_params,
    # Return to service of an asset whose holder left (migration 0124).
    by_action={("it_assets", "return_to_service"): "asset_back_to_inactive_holder"},
)
#: A day a step asks (a policy's next review date, migration 0072) not given, or not
#: after today (``day``, the database's today): ``action``, what the step does.
#: A complaint answered or resolved, a case marked recovered, without a note of what was
#: said or done (migration 0101), a risk closed without what was done or why (0105):
#: ``action``.
register_sqlstate("DW491", "case_note_missing", InvalidInput, _case_params, by_table=NOTE_STEPS)
#: The day something happened (a case settled, migration 0101): not given, after today
#: (``day``), before the record's ``floor`` column (its ``date``).
register_sqlstate("DW429", "case_day_missing", InvalidInput, _case_params)
register_sqlstate("DW430", "case_day_ahead", InvalidInput, _case_params)
register_sqlstate("DW431", "case_day_before", InvalidInput, _case_params)


def _case_amount_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """An amount a step asks (migration 0106): its ``ceiling`` column in words ("the
    amount involved"), and the amounts (``most``, ``amount``) as numbers the reader's
    locale writes."""
    params = _case_params(diag, values)
    ceiling = params.pop("ceiling", None)
    if ceiling:
        said = words.field_words(getattr(diag, "table_name", None), ceiling)
        params["ceiling_name"], params["ceiling_label"] = said["name"], said["label"]
    currency = params.get("currency") or None
    for key in ("most", "amount"):
        if params.get(key):
            params[key] = Amount.parse(params[key], currency) or params[key]
    return params


#: How much of a case came back (migration 0106): not given or not above zero, above
#: the record's ``ceiling`` column (its amount ``most``; ``amount``, the one given).
register_sqlstate("DW435", "case_amount_missing", InvalidInput, _case_amount_params)
register_sqlstate("DW436", "case_amount_above", InvalidInput, _case_amount_params)
register_sqlstate("DW408", "case_date_missing", InvalidInput, _case_params)
register_sqlstate("DW409", "case_date_not_ahead", InvalidInput, _case_params)
#: A policy's review date not finite or more than five years ahead (migration 0073):
#: ``latest``, the last day allowed, and ``years``.
register_sqlstate("DW410", "date_too_far_ahead", InvalidInput, _case_params)
#: A decision four eyes take (a policy's approval, migration 0078) by whoever changed
#: the record (DW411) or brought it to the decision (DW412) since it was last decided
#: (``at``, ``state``, ``action``); taken without the version shown (DW413).
register_sqlstate("DW411", "case_own_change_decision", NotAllowed, _case_params)
register_sqlstate("DW412", "case_own_move_decision", NotAllowed, _case_params)
register_sqlstate("DW413", "case_unshown_decision", InvalidInput, _case_params)
#: A closed or cancelled ticket or case changed or deleted (migration 0035).
register_sqlstate("DW405", "case_final", Conflict, _case_params)
#: A file added to, replaced on or removed from a record in a final state (migration 0040).
register_sqlstate("DW406", "files_final", Conflict, _case_params)
#: A shift or patrol for a guard who is suspended (DW417) or inactive (DW418): ``guard``,
#: their name (migration 0095).
register_sqlstate("DW417", "guard_suspended", Conflict, _case_params)
register_sqlstate("DW418", "guard_inactive", Conflict, _case_params)
#: An enrolment started or completed before its programme started (migration 0095):
#: ``program``, ``state``, ``day`` (its start date while ahead, else empty).
register_sqlstate(
    "DW419",
    "training_starts_later",
    Conflict,
    _case_params,
    without=("day", "training_not_started"),
)
#: The sentence of DW441 per (table, state of the programme): one completed still has its
#: enrolments marked completed, failed or dropped (migration 0110), a cancelled one not.
PROGRAMMES_CLOSED: Mapping[tuple[str, str], str] = {
    ("training_enrollments", "completed"): "training_over",
}
#: An enrolment made, moved or taken (migration 0107, the DW419 trigger): without a
#: programme (DW440, COLUMN ``training_program_id``); in one cancelled or completed
#: (DW441: ``program``, ``state``); of someone not employed while it runs (DW442:
#: ``name``, ``program``, ``date`` (their hire or termination date), ``end`` or
#: ``start`` (the programme's), ``left`` when they left before its start).
register_sqlstate("DW440", "field_required", InvalidInput, detail_params)
register_sqlstate("DW441", "training_closed", Conflict, detail_params, by_state=PROGRAMMES_CLOSED)
register_sqlstate(
    "DW442",
    "training_left_before",
    InvalidInput,
    detail_params,
    without=("left", "training_hired_after"),
)
#: A candidate filed on (or moved to) a posting that takes none, or moved on (screened,
#: interviewed, offered the post, hired) on one that no longer does (migration 0115):
#: ``posting``, ``state``; a draft and a closed posting say what is left to do.
POSTINGS_NOT_TAKING: Mapping[tuple[str, str], str] = {
    ("candidates", "draft"): "posting_draft",
    ("candidates", "closed"): "posting_closed",
}
register_sqlstate(
    "DW463", "posting_not_taking", Conflict, detail_params, by_state=POSTINGS_NOT_TAKING
)
#: A posting published or resumed once its closing date has passed (migration 0119):
#: ``date``, the closing date; ``today``, the company's day. Since migration 0128 also a
#: closing date already past written on an open or on-hold posting (``action``
#: ``closing_date``), in a sentence of its own.
register_sqlstate(
    "DW502",
    "posting_opened_after_closing",
    Conflict,
    detail_params,
    by_action={("job_postings", "closing_date"): "posting_closing_date_past"},
)
#: A step on a record lacking a field its new state needs (migration 0107): a shift
#: started or completed without a guard, a case marked recovered or written off without
#: its start date. COLUMN the field; ``action``, what the step does. The step's dialog has
#: no such field: the sentence says to fill it in on the record first.
register_sqlstate("DW443", "case_field_missing", Conflict, _case_params)


def _one_of_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """A step into a state that needs one of some fields said (migration 0118,
    ``entry_rules.STEP_NEEDS_ONE_OF``): COLUMN the first of them, which names its entry;
    ``fields``, all of them in words (code review 33b, F5: the sentence named a review's
    fields, whatever the table)."""
    params = _case_params(diag, values)
    table = getattr(diag, "table_name", None)
    column = getattr(diag, "column_name", None)
    columns = next(
        (
            found
            for (t, _state), found in STEP_NEEDS_ONE_OF.items()
            if (t, found[0]) == (table, column)
        ),
        (column,) if column else (),
    )
    params["fields"] = words.fields_one_of(table, columns)
    return params


#: A step into a state that needs one of some fields said (migration 0118): a review
#: shared with no rating and no text. COLUMN the first field; ``action``, what the step
#: does.
register_sqlstate("DW493", "case_says_nothing", Conflict, _one_of_params)
#: A step that settles the record today while a day of it is still ahead (migration
#: 0111, ``entry_rules.SETTLED_ONCE_BEGUN``): a recovery case written off before its
#: start date. COLUMN that day's; ``action``, what the step does; ``date``, the day
#: ahead; ``today``, the day the step would write.
#: The sentence of DW444 per (table, what the step does): the step's own verb, where
#: "it can be {action}" put the state's name where a verb goes (eye32 #2: Kinyarwanda).
#: services.cases says the same before the step (Mark recovered… too, which the database
#: refuses by its day, DW430 and DW431).
NOT_BEGUN_STEPS: Mapping[tuple[str, str], str] = {
    ("recovery_cases", "written off"): "case_not_begun_written_off",
    ("recovery_cases", "marked recovered"): "case_not_begun_recovered",
}
register_sqlstate("DW444", "case_not_begun", Conflict, _case_params, by_action=NOT_BEGUN_STEPS)
#: code -> the code of one sentence saying it of several steps at once (``steps``: the
#: steps' names), where a reason is worded per step: a window holding two steps for one
#: reason says it once (a case not begun: Mark recovered… and Write off…).
SAID_TOGETHER: Mapping[str, str] = {
    **{code: "case_not_begun_steps" for code in ("case_not_begun", *NOT_BEGUN_STEPS.values())},
    # A shift not started yet: Start shift… and Mark missed… (DW407).
    "case_too_early": "case_too_early_steps",
}
#: A file added to, replaced on or removed from a policy in force (migration 0079): it
#: changes through a review, which opens its files again.
register_sqlstate("DW414", "files_under_review_only", Conflict, _case_params)
#: A file of a part (an order's line, a payslip) of a record waiting for its decision
#: (migration 0087): TABLE the record's, DETAIL its state.
register_sqlstate("DW416", "files_waiting_for_decision", Conflict, _case_params)
#: A recovery case written off by the officer it is assigned to (migration 0087); an IT
#: asset reported lost or disposed of by the person it is assigned to (migration 0096).
register_sqlstate(
    "DW415",
    "case_assignee_decision",
    NotAllowed,
    _case_params,
    by_table=ASSIGNEE_DECISIONS,
)
#: A ticket or incident reported after now (migration 0098 by the day, 0100 by the
#: moment): ``at``, the moment typed, ``now``; COLUMN the report's date.
register_sqlstate("DW425", "reported_after_now", InvalidInput, _moment_params)
#: A DICEL login's change in a transaction begun longer before it than the database's
#: idle timeout (migration 0136, psql37 #1): DETAIL ``began`` (the transaction's start,
#: said as the reader's day and time) and ``bound`` (an interval's text). A window's
#: transactions are short: met from a tool that held one open.
register_sqlstate("DW040", "transaction_too_old", Conflict, _began_params)
#: A DICEL login's change in a transaction begun before the company's midnight, once a
#: second old (migration 0137): DETAIL ``began`` (said as DW040's) and ``day`` (the
#: company's day now). Met from a tool that held a transaction open over midnight.
register_sqlstate("DW041", "transaction_across_midnight", Conflict, _began_params)
#: A DICEL login's update of a record made after its transaction began, once a second old
#: (migration 0137): DETAIL ``began`` and ``made`` (the record's created_at).
register_sqlstate("DW042", "transaction_before_record", Conflict, _began_params)
#: A client's feedback received or a person enrolled after the company's today
#: (migration 0103): ``date``, the day typed, ``today``; COLUMN the day's column; each
#: table's sentence in its words (``entry_rules.RECEIVED_SENTENCES``).
register_sqlstate(
    "DW426",
    RECEIVED_SENTENCES["customer_feedback"],
    InvalidInput,
    detail_params,
    by_table=RECEIVED_SENTENCES,
)
#: A report's or a received day's date no calendar holds (-infinity: it sorted last and
#: counted in no month; migration 0103): ``at``, as typed; COLUMN the date's column.
register_sqlstate("DW427", "not_a_calendar_date", InvalidInput, detail_params)
#: A typed date or moment outside the years DICEL takes (``entry_rules.CALENDAR_DATES``,
#: migration 0107; -infinity and infinity there are DW427): ``at``, as typed (a day, or a
#: moment: the reader's day and time), ``first`` and ``last``, the years; COLUMN the
#: date's.
register_sqlstate("DW445", "date_outside_years", InvalidInput, _moment_params)
#: A patrol log naming an incident number no security incident has (migration 0141):
#: ``number``, as typed; COLUMN ``incidents_reported``.
register_sqlstate("DW470", "incident_not_found", InvalidInput, detail_params)


def _span_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW446's moments (``since``, ``at``) as the reader's day and time, and the start's
    column (``other``, DETAIL) in words, as the form says it."""
    params = detail_params(diag, values)
    for key in ("since", "at"):
        if params.get(key):
            params[key] = words.moment_as_read(params[key])
    if params.get("other"):
        said = words.field_words(getattr(diag, "table_name", None), params["other"])
        params["other"], params["other_label"] = said["name"], said["label"]
    return params


#: A shift or a patrol longer than a day (``entry_rules.LONGEST_SPANS``, migration 0111):
#: ``since`` and ``at`` (its start and end), ``most`` (the hours), ``other`` (the start's
#: column); COLUMN the end's.
register_sqlstate("DW446", "lasts_too_long", InvalidInput, _span_params)


def _step_since_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW447: :func:`_case_params`; ``said`` chooses the words: someone assigned it,
    changed its state, changed something else of it, or no login changed it."""
    params = _case_params(diag, values)
    if not params.get("who"):
        params["said"] = "nobody"
    elif params.get("assignee"):
        params["said"] = "assigned"
    elif params.get("state"):
        params["said"] = "state"
    else:
        params["said"] = "changed"
    return params


#: A step allowed from several states, taken on what the person was shown, where
#: someone took a step or changed the record since (migration 0143): ``who``, ``when``,
#: ``state`` (the state that change left), ``assignee`` (whom it assigned).
register_sqlstate(
    "DW447",
    "step_since_shown",
    Conflict,
    _step_since_params,
    by_param=(
        "said",
        {
            "assigned": "step_since_shown_assigned",
            "changed": "step_since_shown_changed",
            "nobody": "step_since_shown_nobody",
        },
    ),
)
