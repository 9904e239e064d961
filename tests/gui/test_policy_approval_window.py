"""A policy's window (migration 0078): Approve… is disabled, saying why, for the officer
who put the policy under review; a colleague approves it from the window, on the version
the window showed."""

from __future__ import annotations

from flow_steps import policy_under_review
from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication

from dicel_desktop.gui.workflows.cases import step_label

POLICIES = "compliance_policies"


def _approve_button(qtbot, window):
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    # Asked of the database once the record shows: wait for its answer.
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    QApplication.processEvents()
    label = step_label("approve", POLICIES)
    (button,) = [b for b in window.step_buttons if b.text() == label]
    return button


def test_whoever_started_the_review_sees_why_approve_is_off(qtbot, logins, desk):
    chantal, aimable, policy = policy_under_review(logins)

    stopped = _approve_button(qtbot, desk(chantal).open(POLICIES, policy))
    assert not stopped.isEnabled()
    assert "You made this policy under review on " in stopped.toolTip()
    assert "someone else must decide whether it is approved." in stopped.toolTip()

    window = desk(aimable).open(POLICIES, policy)
    assert _approve_button(qtbot, window).isEnabled()
