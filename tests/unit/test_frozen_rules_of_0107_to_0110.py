"""Migrations 0107-0110 freeze rules the window reads from the code (code review 31, F7):
each frozen copy equals the code's, as the CALENDAR and ENDS_BY tests hold theirs. A
later change to a rule then needs its own revision, and this says so."""

from __future__ import annotations

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.entry_rules import (
    LONGEST_SPANS,
    OFFERED_STATES,
    SETTLED_ONCE_BEGUN,
    STEP_NEEDS,
)
from dicel_desktop.domain.states import PaymentMethod
from dicel_desktop.services import cases

_0107 = earlier_revision(
    "0107_an_enrolment_in_a_programme_a_shift_its_guards_a_case_its_start_and_dates_of_the_calendar"
)
_0108 = earlier_revision("0108_a_payslip_keeps_its_method_and_a_receipt_its_file")
_0109 = earlier_revision(
    "0109_an_ended_shift_keeps_its_end_a_case_recovered_has_its_amount_and_a_receipt_in_capitals"
    "_is_its_file"
)
_0118 = earlier_revision(
    "0118_a_review_shared_says_something_an_invoice_is_worth_something_and_dated_near_and_a"
    "_movement_has_a_size"
)
_0111 = earlier_revision(
    "0111_one_budget_rule_a_case_written_off_once_begun_and_a_shift_lasts_a_day"
)
_0110 = earlier_revision(
    "0110_an_enrolment_of_a_programme_over_is_still_completed_and_an_ended_shift_says_its_state"
)


def test_the_fields_a_step_needs_are_frozen_with_each_steps_words():
    """0107's, 0109's and 0118's NEEDS together are ``entry_rules.STEP_NEEDS``, each
    state with the words of the step into it (``Step.done``), in the declaration's
    order."""
    done = {(flow.table, step.target): step.done for flow in FLOWS.values() for step in flow.steps}
    declared = {
        (table, column): tuple((state, done[(table, state)]) for state in states)
        for (table, column), states in STEP_NEEDS.items()
    }
    assert declared == {**_0107.NEEDS, **_0109.NEEDS, **_0118.NEEDS}
    assert not set(_0107.NEEDS) & set(_0109.NEEDS)
    assert not (set(_0107.NEEDS) | set(_0109.NEEDS)) & set(_0118.NEEDS)


def test_the_programmes_an_enrolment_is_made_in_are_the_pickers():
    column, offered = OFFERED_STATES[("training_enrollments", "training_program_id")]
    assert (column, _0107.OPEN_PROGRAMME) == ("status", offered)


def test_a_programme_over_still_records_what_the_window_lets_it():
    assert _0110.PROGRAMME_OVER == cases.PROGRAMME_OVER
    assert set(_0110.RECORDED_ONCE_OVER) == cases.RECORDED_ONCE_OVER


def test_the_payment_methods_are_the_five_and_read_as_their_labels():
    """0108 refuses any other method (DW451) and writes each into the debit's
    description in the words a person reads it by (mid-sentence: lower case, the
    networks' own names as they are)."""
    assert tuple(m.value for m in PaymentMethod) == _0108.PAYMENT_METHODS
    assert {m: w.casefold() for m, w in _0108.METHOD_WORDS.items()} == {
        m.value: m.label.casefold() for m in PaymentMethod
    }
    assert _0108.METHOD_WORDS["mtn_momo"] == PaymentMethod.MTN_MOMO.label


def test_a_day_a_step_settles_on_is_frozen_with_the_steps_words():
    """0111's SETTLED_ONCE_BEGUN is ``entry_rules.SETTLED_ONCE_BEGUN`` with the words of
    the step into each state; the day it writes is the flow's ``resolved_at``."""
    done = {(flow.table, step.target): step.done for flow in FLOWS.values() for step in flow.steps}
    assert {
        key: (later, earlier, done[key]) for key, (later, earlier) in SETTLED_ONCE_BEGUN.items()
    } == _0111.SETTLED_ONCE_BEGUN
    for (table, _state), (later, _earlier) in SETTLED_ONCE_BEGUN.items():
        assert FLOWS[table].resolved_at == later


def test_the_longest_span_of_a_shift_and_a_patrol_is_frozen():
    assert _0111.LONGEST_SPANS == LONGEST_SPANS
