"""Terminate employment… names, before the click, the open leave the step cancels
(migration 0146): the approved leave after the termination date, which the database
cancels with the step, and the pending request of days before it, which stays to be
decided (migration 0149). As real logins, against the suite's PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from helpers import WAIT_MS, record_ready, shown_dialog, step_button
from sqlalchemy import text

from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog

pytestmark = pytest.mark.usefixtures("rwanda")

EMPLOYEES = "employees"


def test_terminate_names_the_open_leave_it_cancels(qtbot, logins, desk):
    hr = logins.person("hr")
    clerk = logins.person("employee", first_name="Arsene", last_name="Uwitonze")
    with logins.superuser().begin() as conn:
        # Left on 10 November 2026 (written in the form, the step keeps the earlier day).
        conn.execute(
            text("UPDATE employees SET termination_date = '2026-11-10' WHERE id = :e"),
            {"e": clerk.employee_id},
        )
        for start, end, status in (
            (dt.date(2026, 11, 2), dt.date(2026, 11, 3), "approved"),  # taken: stays
            (dt.date(2026, 11, 23), dt.date(2026, 11, 27), "approved"),
            (dt.date(2026, 11, 5), dt.date(2026, 11, 6), "pending"),
        ):
            conn.execute(
                text(
                    "INSERT INTO leave_requests (employee_id, leave_type, start_date,"
                    " end_date, status) VALUES (:e, 'annual', :s, :t, :st)"
                ),
                {"e": clerk.employee_id, "s": start, "t": end, "st": status},
            )
    window = record_ready(qtbot, desk(hr).open(EMPLOYEES, clerk.employee_id))
    button = step_button(window, "terminate", EMPLOYEES)
    assert button.isEnabled(), button.toolTip()
    button.click()
    dialog = shown_dialog(qtbot, window, CaseStepDialog)
    # The person, not only their number (eyefix41).
    assert dialog.question.text().startswith("Terminate Arsene Uwitonze ("), dialog.question.text()
    assert dialog.leave_ended is not None
    qtbot.waitUntil(lambda: not dialog.leave_ended.asking, timeout=WAIT_MS)
    assert dialog.leave_ended.isVisible()
    assert dialog.leave_ended.text() == (
        "Terminating Arsene Uwitonze cancels this leave, which starts after the termination"
        " date: Annual leave, Mon 23 \N{EN DASH} Fri 27 November 2026 (approved). This"
        " pending leave"
        " has days up to the termination date and stays for the supervisor or HR to"
        " decide, so that the final payslip counts it: Annual leave, Thu 5 \N{EN DASH}"
        " Fri 6 November 2026 (pending)."
    )
    dialog.take_button.click()
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )
    with logins.superuser().connect() as conn:
        states = (
            conn.execute(
                text(
                    "SELECT status FROM leave_requests WHERE employee_id = :e ORDER BY start_date"
                ),
                {"e": clerk.employee_id},
            )
            .scalars()
            .all()
        )
    assert states == ["approved", "pending", "cancelled"]
