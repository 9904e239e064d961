"""The window's read-only fields on an administrator's employee record are the columns the
database keeps for administrators (a final review: two lists that could drift apart)."""

from __future__ import annotations

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.services.cases import ADMINISTRATOR_HELD_FIELDS


def test_the_window_holds_what_the_database_refuses_to_anyone_but_an_administrator():
    refused = earlier_revision("0073_late_files_stop_decisions_administrators_pay_and_review_dates")
    # 0067: the employment status (a step's column, never a field) and termination date.
    assert {*refused.PAY_AND_PLACEMENT, "termination_date"} == ADMINISTRATOR_HELD_FIELDS
