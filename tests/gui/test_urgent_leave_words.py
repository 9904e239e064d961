"""A leave starting within two working days is marked in "Waiting for me" (a warning
sign, a tint, when it starts in words) and its decision dialog says when it starts
(eye30s, 8): the supervisor saw a leave starting tomorrow like any other."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QLocale, Qt

from dicel_desktop.gui.tabs.inbox_model import InboxModel
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.services.inbox import WaitingItem
from dicel_desktop.services.leave import Balance, DecisionFacts
from dicel_desktop.services.leave_start import LeaveStart

SUNDAY = dt.date(2026, 12, 6)
MONDAY = dt.date(2026, 12, 7)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture(autouse=True)
def english_days():
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _leave(start: dt.date, ahead: int) -> WaitingItem:
    return WaitingItem(
        "leave", uuid.uuid4(), "Unpaid leave, 7-8 December", "2 working days", None, None,
        dt.datetime(2026, 11, 14, 9, tzinfo=dt.UTC), "Eric Habimana", None,
        start, SUNDAY, ahead,
    )  # fmt: skip


def test_leave_starting_tomorrow_is_marked_and_said_in_the_inbox(qapp) -> None:
    model = InboxModel()
    model.set_items([_leave(MONDAY, 1), _leave(dt.date(2026, 12, 10), 4)])
    urgent, later = model.index(0, 0), model.index(1, 0)
    assert model.data(urgent).startswith("\N{WARNING SIGN}")
    assert not model.data(later).startswith("\N{WARNING SIGN}")
    assert model.data(model.index(0, 2)) == "2 working days. Starts tomorrow (Monday 7 December)"
    assert model.data(model.index(1, 2)) == "2 working days"
    assert model.data(urgent, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(later, Qt.ItemDataRole.BackgroundRole) is None


def test_the_words_count_working_days_after_the_companys_day() -> None:
    from dicel_desktop.gui.workflows.leave_texts import start_text

    tuesday = dt.date(2026, 12, 8)
    assert start_text(LeaveStart(tuesday, SUNDAY, 2), EN) == (
        "Starts on Tuesday 8 December, in 2 working days"
    )
    assert start_text(LeaveStart(SUNDAY, SUNDAY, 0), EN) == "Starts today (Sunday 6 December)"
    assert start_text(LeaveStart(MONDAY, dt.date(2026, 12, 4), 1), EN) == (
        "Starts on Monday 7 December, in 1 working day"
    )
    assert LeaveStart(tuesday, SUNDAY, 2).urgent and not LeaveStart(tuesday, SUNDAY, 3).urgent


def _facts(start: LeaveStart | None) -> DecisionFacts:
    return DecisionFacts(
        request_id=uuid.uuid4(), employee_id=uuid.uuid4(), employee_name="Eric Habimana",
        leave_type="unpaid", start_date=MONDAY, end_date=MONDAY + dt.timedelta(days=1), days=2,
        reason=None, status="pending", filed_at=None,
        balance=Balance("unpaid", 2026, Decimal("0"), 0, 2, Decimal("0")), away=(), start=start,
    )  # fmt: skip


def test_the_decision_dialog_says_the_leave_starts_tomorrow(qtbot, worker) -> None:
    dialog = LeaveDecisionDialog(worker, uuid.uuid4())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    dialog._on_facts_loaded(_facts(LeaveStart(MONDAY, SUNDAY, 1)))
    assert dialog.starts.isVisible()
    assert "Starts tomorrow (Monday 7 December)" in dialog.starts.text()
    later = LeaveStart(dt.date(2026, 12, 14), SUNDAY, 6)
    dialog._on_facts_loaded(dataclasses.replace(_facts(later)))
    assert not dialog.starts.isVisible()
