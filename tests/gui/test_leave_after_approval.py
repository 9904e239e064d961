"""What a year's leave is once a request is approved, said by the leave decision dialog and
by the several-items dialog from one sum (``services.leave.Balance.after``; code review
29, F8: each dialog added "taken + days" against the allowance itself)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.services.inbox import WaitingItem
from dicel_desktop.services.leave import AfterApproval, Balance, DecisionFacts

pytestmark = pytest.mark.usefixtures("rwanda")


def _facts(days: int, taken: int, allowance: str | None = "18") -> DecisionFacts:
    limit = Decimal(allowance) if allowance is not None else None
    left = limit - taken - days if limit is not None else None
    balance = Balance("annual", 2027, limit, taken, days, left)
    return DecisionFacts(
        uuid.uuid4(), uuid.uuid4(), "Eric Habimana", "annual", dt.date(2027, 2, 1),
        dt.date(2027, 2, 5), days, None, "pending", None, balance, (),
    )  # fmt: skip


def test_a_balance_after_approval_counts_the_days_against_the_allowance():
    within = _facts(5, 10).balance.after(5)
    assert within == AfterApproval(15, Decimal(3)) and within.beyond == 0
    beyond = _facts(5, 16).balance.after(5)
    assert (beyond.taken, beyond.left, beyond.beyond) == (21, Decimal(-3), Decimal(3))
    assert _facts(5, 16, allowance=None).balance.after(5) is None


def _dialogs(qtbot, worker):
    single = LeaveDecisionDialog(worker, uuid.uuid4())
    item = WaitingItem("leave", uuid.uuid4(), "Annual leave", None, None, None, None, "Eric")
    several = BulkDecisionDialog(worker, [item], approve=True)
    for dialog in (single, several):
        qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: several.facts is not None, timeout=20_000)
    return single, several


def test_both_decision_dialogs_say_the_one_sum(qtbot, worker, monkeypatch):
    single, several = _dialogs(qtbot, worker)
    facts = _facts(5, 16)
    single._on_facts_loaded(facts)
    assert "Once approved: 21 taken of 18." in single.balance.text()
    assert "3 days beyond the allowance" in single.balance_warning.text()
    assert "3 days beyond the allowance of 18 for 2027" in several._leave_fact(facts)

    # Whatever the one sum says, both dialogs say it: neither works it out again.
    monkeypatch.setattr(Balance, "after", lambda self, days: AfterApproval(40, Decimal(-22)))
    single._on_facts_loaded(facts)
    assert "Once approved: 40 taken of 18." in single.balance.text()
    assert "22 days beyond the allowance" in single.balance_warning.text()
    assert "22 days beyond the allowance of 18 for 2027" in several._leave_fact(facts)
    monkeypatch.setattr(Balance, "after", lambda self, days: AfterApproval(6, Decimal(12)))
    single._on_facts_loaded(facts)
    assert "Once approved: 6 taken of 18." in single.balance.text()
    assert single.balance_warning.isHidden()
    assert "once approved, 12 of 18 days left for 2027" in several._leave_fact(facts)
