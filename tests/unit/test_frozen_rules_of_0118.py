"""What migration 0118 freezes is what the window reads: the fields a review needs one of
to be shared, the days an invoice is issued on, the size of a movement of stock."""

from __future__ import annotations

from decimal import Decimal

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.entry_rules import (
    INVOICE_DAYS_AFTER_ISSUE,
    INVOICE_DAYS_BEFORE_ISSUE,
    STEP_NEEDS_ONE_OF,
)
from dicel_desktop.domain.states import MOST_MOVED, MOST_MOVED_VALUE

_0118 = earlier_revision(
    "0118_a_review_shared_says_something_an_invoice_is_worth_something_and_dated_near_and_a"
    "_movement_has_a_size"
)


def test_the_fields_a_step_needs_one_of_are_frozen_with_the_steps_words():
    done = {(flow.table, step.target): step.done for flow in FLOWS.values() for step in flow.steps}
    declared = {
        (table, state, done[(table, state)]): columns
        for (table, state), columns in STEP_NEEDS_ONE_OF.items()
    }
    assert declared == _0118.ONE_OF


def test_the_days_an_invoice_is_issued_on_are_frozen():
    assert (_0118.DAYS_BEFORE, _0118.DAYS_AFTER) == (
        INVOICE_DAYS_BEFORE_ISSUE,
        INVOICE_DAYS_AFTER_ISSUE,
    )


def test_a_movements_size_is_frozen():
    assert _0118.MOST_MOVED == MOST_MOVED
    assert Decimal(_0118.MOST_VALUE) == MOST_MOVED_VALUE
