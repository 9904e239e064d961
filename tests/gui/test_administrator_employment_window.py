"""An administrator's employee window, as HR and as an administrator (migration 0057):
Terminate employment… (and, migration 0067, the other steps of the status) is disabled
for HR, saying why; an administrator may take it."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication

from dicel_desktop.gui.workflows.cases import step_label


def _terminate_button(qtbot, opener, employee):
    window = opener.open("employees", employee)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    # Asked of the database once the record shows: wait for its answer.
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    QApplication.processEvents()
    label = step_label("terminate", "employees")
    (button,) = [b for b in window.step_buttons if b.text() == label]
    return button


def test_hr_sees_why_terminate_is_disabled_on_an_administrators_record(qtbot, logins, desk):
    hr = logins.person("hr")
    admin = logins.person("admin", first_name="Claude", last_name="Nshuti")
    other_admin = logins.person("admin")
    staff = logins.person("employee")

    stopped = _terminate_button(qtbot, desk(hr), admin.employee_id)
    assert not stopped.isEnabled()
    assert (
        "Only an administrator may end the employment of Claude Nshuti, who administers DICEL."
        in stopped.toolTip()
    )
    # Anyone else's record: HR ends it as before; an administrator ends an administrator's.
    assert _terminate_button(qtbot, desk(hr), staff.employee_id).isEnabled()
    assert _terminate_button(qtbot, desk(other_admin), admin.employee_id).isEnabled()


def _step_button(qtbot, opener, employee, action):
    window = opener.open("employees", employee)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    QApplication.processEvents()
    label = step_label(action, "employees")
    (button,) = [b for b in window.step_buttons if b.text() == label]
    return button


@pytest.mark.parametrize("action", ["suspend", "start_leave"])
def test_hr_sees_why_an_administrators_status_steps_are_disabled(qtbot, logins, desk, action):
    """Migration 0067: HR no longer suspends an administrator or marks them on leave."""
    hr = logins.person("hr")
    admin = logins.person("admin", first_name="Claude", last_name="Nshuti")
    other_admin = logins.person("admin")
    staff = logins.person("employee")

    stopped = _step_button(qtbot, desk(hr), admin.employee_id, action)
    assert not stopped.isEnabled()
    assert (
        "Only an administrator may change the employment status or termination date of "
        "Claude Nshuti, who administers DICEL." in stopped.toolTip()
    )
    assert _step_button(qtbot, desk(hr), staff.employee_id, action).isEnabled()
    assert _step_button(qtbot, desk(other_admin), admin.employee_id, action).isEnabled()


def _window(qtbot, opener, employee):
    window = opener.open("employees", employee)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    return window


def test_hr_sees_an_administrators_pay_and_placement_read_only_saying_why(qtbot, logins, desk):
    """Migration 0073: HR no longer changes an administrator's salary, department ...
    (DW604): the window shows those fields read-only and says why."""
    hr = logins.person("hr")
    admin = logins.person("admin", first_name="Claude", last_name="Nshuti")
    other_admin = logins.person("admin")
    staff = logins.person("employee")
    said = (
        "Only an administrator may change the pay or placement of Claude Nshuti, who "
        "administers DICEL."
    )

    held = _window(qtbot, desk(hr), admin.employee_id)
    qtbot.waitUntil(lambda: "salary" in held.form.frozen_fields(), timeout=WAIT_MS)
    for name in ("salary", "department_id", "supervisor_id", "position", "termination_date"):
        assert held.form.editors[name].is_read_only(), name
    assert said in held.message.text()
    # Anyone else's record for HR, and an administrator's for an administrator: as before.
    for window in (
        _window(qtbot, desk(hr), staff.employee_id),
        _window(qtbot, desk(other_admin), admin.employee_id),
    ):
        qtbot.waitUntil(lambda window=window: not window.steps.asking, timeout=WAIT_MS)
        QApplication.processEvents()
        assert not window.form.editors["salary"].is_read_only()
