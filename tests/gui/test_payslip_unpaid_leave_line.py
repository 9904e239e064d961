"""The printed payslip says the approved unpaid leave the run did not pay (migration
0145), under the basic salary, from the run's line in the payslip's notes."""

from __future__ import annotations

import dataclasses

import pytest
from test_payslip_draft_print import _printed, _slip

from dicel_desktop.services.payroll import UnpaidLeave, unpaid_leave

pytestmark = pytest.mark.usefixtures("rwanda")

NOTES = (
    "Checked with the attendance sheet.\n"
    "Unpaid leave counted on 2026-12-08: 5 of 22 working days not paid (59,091 RWF off basic)."
)


def test_the_runs_line_is_read_from_the_notes():
    assert unpaid_leave(NOTES) == UnpaidLeave(5, 22, 59091)
    assert unpaid_leave("Unpaid leave 5 days, typed by hand") is None
    assert unpaid_leave(None) is None


def test_the_printed_payslip_says_the_unpaid_days_and_amount(tmp_path):
    slip = dataclasses.replace(_slip("pending"), unpaid_leave=unpaid_leave(NOTES))
    text, _image = _printed(slip, tmp_path / "payslip.pdf")
    assert "Unpaid leave: 5 of 22 working days, 59,091 RWF less on basic salary" in " ".join(
        text.split()
    )
    plain, _image = _printed(_slip("pending"), tmp_path / "plain.pdf")
    assert "Unpaid leave" not in plain
