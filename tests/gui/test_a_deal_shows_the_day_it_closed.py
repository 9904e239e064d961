"""A deal's window shows the day it closed once Mark won… is taken (migration 0161), under
a label that reads right both ways: "Closing date", with a tip saying what it is."""

from __future__ import annotations

import datetime as dt

import shiboken6
from helpers import WAIT_MS
from PySide6.QtCore import Qt
from sqlalchemy import text

from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.gui.workflows.cases import step_label

DEALS = "opportunities"
NEXT_MARCH = dt.date(2099, 3, 31)
TIP = "Expected while the deal is open; the day it was won or lost once it is closed."


def test_a_deal_won_in_its_window_shows_the_day_it_closed(qtbot, logins, desk):
    seller = logins.person("sales")
    with seller.engine.begin() as conn:
        deal = conn.scalar(
            text(
                "INSERT INTO opportunities (title, stage, probability, estimated_value,"
                " expected_close_date)"
                " VALUES ('Mobile patrol (night) for Kivu Hotel', 'negotiation', 75, 6000000,"
                " :d) RETURNING id"
            ),
            {"d": NEXT_MARCH},
        )
        today = conn.scalar(text("SELECT dicel_company_day()"))
    window = desk(seller).open(DEALS, deal)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    form = window.form
    close = form.editors["expected_close_date"]
    # One column, two meanings: its label says neither "expected" nor "won", its tip both.
    assert form.labels["expected_close_date"].text() == "Closing date"
    assert TIP in form.labels["expected_close_date"].toolTip()
    assert close.toolTip() == TIP
    assert close.value() == NEXT_MARCH and not close.is_read_only()

    (win,) = [b for b in window.step_buttons if b.text() == step_label("win", DEALS)]
    qtbot.waitUntil(win.isVisible, timeout=WAIT_MS)
    qtbot.mouseClick(win, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(CaseStepDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(CaseStepDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )
    qtbot.waitUntil(
        lambda: not window.is_busy and window.record.values.get("status") == "won",
        timeout=WAIT_MS,
    )
    close = window.form.editors["expected_close_date"]
    assert window.record.values["expected_close_date"] == today
    assert close.value() == today
    assert close.line.text() == close._write(today)
    assert close.is_read_only()
