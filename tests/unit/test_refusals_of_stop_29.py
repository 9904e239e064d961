"""The refusals of migrations 0097 and 0098 are registered, and each sentence is filled
from the data its DETAIL carries (never from the server's words). A refusal a later
revision raises with other data (0100: DW425 by the moment) is that revision's test's."""

from __future__ import annotations

import string

import pytest

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.errors import MESSAGES
from dicel_desktop.services import db_errors

REVISIONS = (
    "0097_a_ledger_entry_by_hand_reads_as_no_workflows_payment",
    "0098_a_report_comes_after_what_it_reports_and_by_today",
)
#: Revisions that raise some of those refusals again, with their own DETAIL.
LATER = (
    "0100_a_shift_completes_once_it_ends_a_report_by_now_an_incident_dated_and_a_lock_says_its_state",
)


@pytest.mark.parametrize("revision", REVISIONS)
def test_each_refusal_is_registered_and_its_sentence_needs_only_its_data(revision):
    refusals = earlier_revision(revision).REFUSALS
    assert refusals
    again = {state for later in LATER for state in earlier_revision(later).REFUSALS}
    for state, (_what, keys) in refusals.items():
        if state in again:
            continue
        code = db_errors.registry.REGISTERED[state].code
        wanted = {
            name for _text, name, _spec, _conv in string.Formatter().parse(MESSAGES[code]) if name
        }
        assert wanted <= set(keys), (state, code)
