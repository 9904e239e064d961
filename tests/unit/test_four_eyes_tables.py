"""The tables whose decisions four eyes take are a list in two functions of the database,
``dicel_decision_version`` (0096) and ``dicel_own_change_to_decide`` (0112), and a flag
on the steps (``Step.decided_by_another``). Code review 32, F3: a fourth table given such
a step would get its step function with the DW411/DW412 check, and the check would pass
silently, as both functions answer nothing for a table not in their list."""

from __future__ import annotations

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.case_flows import FLOWS

_0096 = earlier_revision(
    "0096_an_asset_is_lost_and_disposed_of_by_two_pay_months_as_offered_and_attendance_in"
    "_employment"
)
_0112 = earlier_revision(
    "0112_an_hr_officers_own_leave_is_anothers_to_cancel_a_link_is_spelled_once_and_a_notice"
    "_names_nobody"
)


def test_the_tables_decided_by_another_are_those_both_functions_answer_for():
    decided = {
        flow.table for flow in FLOWS.values() if any(step.decided_by_another for step in flow.steps)
    }
    said = (
        "a table with a step decided by another needs a migration widening the tables of"
        " both dicel_decision_version and dicel_own_change_to_decide (0096's and 0112's"
        " DECIDED_TABLES), or whoever changed its record may decide it"
    )
    assert set(_0096.DECIDED_TABLES) == decided, said
    assert set(_0112.DECIDED_TABLES) == decided, said
    assert f"ANY ('{{{','.join(_0112.DECIDED_TABLES)}}}'::text[])" in _0112.OWN_CHANGE
