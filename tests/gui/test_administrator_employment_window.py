"""An administrator's employee window, as HR and as an administrator (migration 0057):
Terminate employment… is disabled for HR, saying why; an administrator may take it."""

from __future__ import annotations

import pytest
from logins import open_logins
from PySide6.QtWidgets import QApplication

from dicel_desktop.gui.workflows.cases import step_label

WAIT_MS = 30_000  # a deadline for a failing test on a busy machine, not a measurement


@pytest.fixture
def logins(db_dsn):
    yield from open_logins(db_dsn)


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
