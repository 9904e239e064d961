"""A started shift's window and a shift without a guard (migration 0107, psql31 F2), as
security opens them: the guard and the start are read only once it has started, its
end is not; Start… and Mark completed… are held off, saying why, while it has no guard."""

from __future__ import annotations

import datetime as dt
import uuid

import flow_steps
from helpers import WAIT_MS
from logins import Person
from sqlalchemy import text

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.workflows.cases import step_label
from dicel_desktop.services import cases

SHIFTS = "security_assignments"


def _shift(patrick: Person, guard: uuid.UUID | None) -> uuid.UUID:
    """A shift of eight hours begun two hours ago."""
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=2)
    return flow_steps.shift(patrick, guard, start)


def _open(qtbot, opener, record: uuid.UUID):
    window = opener.open(SHIFTS, record)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    return window


def _button(window, action: str):
    (button,) = [b for b in window.step_buttons if b.text() == step_label(action, SHIFTS)]
    return button


def test_a_started_shift_keeps_its_guard_and_start_and_its_end_is_corrected(qtbot, logins, desk):
    patrick = logins.person(Role.SECURITY, first_name="Patrick", last_name="Habimana")
    shift = _shift(patrick, flow_steps.guard(patrick, logins))
    window = _open(qtbot, desk(patrick), shift)
    for name in ("guard_id", "shift_start", "shift_end", "location"):
        assert not window.form.editors[name].is_read_only(), name
    window.close()
    patrick.call(cases.take_step, SHIFTS, "start", shift)
    window = _open(qtbot, desk(patrick), shift)
    assert window.form.editors["guard_id"].is_read_only()
    assert window.form.editors["shift_start"].is_read_only()
    assert not window.form.editors["shift_end"].is_read_only()
    assert not window.form.editors["location"].is_read_only()


def test_a_shift_without_a_guard_is_not_started_and_says_why(qtbot, logins, desk):
    patrick = logins.person(Role.SECURITY, first_name="Patrick", last_name="Habimana")
    shift = _shift(patrick, None)
    window = _open(qtbot, desk(patrick), shift)
    # (Mark completed… waits for the shift's end first, DW407, as the function does.)
    button = _button(window, "start")
    assert not button.isEnabled()
    assert button.toolTip().split("\n")[-1] == (
        "This assignment has no guard: fill in its guard and save it first, then it can be started."
    )
    assert _button(window, "cancel").isEnabled()
    window.close()
    with patrick.engine.begin() as conn:
        conn.execute(
            text("UPDATE security_assignments SET guard_id = :g WHERE id = :id"),
            {"g": flow_steps.guard(patrick, logins), "id": shift},
        )
    window = _open(qtbot, desk(patrick), shift)
    assert _button(window, "start").isEnabled()
