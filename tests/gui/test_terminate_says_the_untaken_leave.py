"""Terminate employment… says before the click what becomes of the leaver's untaken annual
leave: a pending payslip run before a month-end leaving pays none of it and holds the
step (DW492's ``untaken`` case, migration 0158), in the record window and in the dialog
with its button off; after an approved month, the next run pays it as a final settlement
(migration 0159). As real logins, against the suite's PostgreSQL."""

from __future__ import annotations

import pytest
from finance_data import november_payslip, setting
from helpers import WAIT_MS, record_ready, step_button

from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog

pytestmark = pytest.mark.usefixtures("rwanda")  # amounts as a Rwandan desktop writes them

EMPLOYEES = "employees"


@pytest.fixture
def clerk(logins, db_dsn):
    setting(db_dsn, "leave.allowance.annual", "18")
    return logins.person("finance", first_name="Claude", last_name="Habimana")


def _dialog(qtbot, window) -> CaseStepDialog:
    """Terminate… as it opens from a press made before the window's check answered."""
    flow = FLOWS[EMPLOYEES]
    (step,) = [s for s in flow.steps if s.action == "terminate"]
    dialog = CaseStepDialog.open_for(window, flow, step)
    qtbot.waitUntil(lambda: not dialog.asking_held, timeout=WAIT_MS)
    assert dialog.payslip_cut is not None
    qtbot.waitUntil(lambda: not dialog.payslip_cut.asking, timeout=WAIT_MS)
    return dialog


def test_a_pending_run_that_owes_the_leave_holds_terminate_in_the_dialog(
    qtbot, logins, desk, clerk
):
    hr = logins.person("hr")
    # Left on the payslip's last day.
    november_payslip(logins, clerk.employee_id, "pending", left="2026-11-30")
    window = record_ready(qtbot, desk(hr).open(EMPLOYEES, clerk.employee_id))
    assert not step_button(window, "terminate", EMPLOYEES).isEnabled()
    said = window.steps.note.text()
    assert said.startswith(
        "Claude Habimana's payslip from 1 November 2026 to 30 November 2026 is still pending"
        " and was run before they left: it pays none of the annual leave they did not take."
    ), said
    assert "the next month's run then pays that leave as a final settlement" in said

    dialog = _dialog(qtbot, window)
    assert not dialog.take_button.isEnabled()
    assert dialog.message.text() == said
    assert dialog.take_button.toolTip() == said
    dialog.reject()


def test_after_an_approved_month_the_next_run_settles_the_leave(qtbot, logins, desk, clerk):
    hr = logins.person("hr")
    november_payslip(logins, clerk.employee_id, "approved", left="2026-11-10")
    window = record_ready(qtbot, desk(hr).open(EMPLOYEES, clerk.employee_id))
    dialog = _dialog(qtbot, window)
    assert dialog.take_button.isEnabled()
    # Hired 15 January 2024: 10 months of 2026 by the 10th of November, 18 x 10 / 12.
    assert dialog.payslip_cut.text().endswith(
        " The annual leave not taken (15 working days) will be paid with the next payroll"
        " run, as a final settlement."
    ), dialog.payslip_cut.text()
    dialog.reject()
