"""A bulk rejection says what the items are now, not what approving them would leave
(eye29b read "once approved" in a rejection), and its facts are not counted together."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
from dicel_desktop.services.expenses import ExpenseBudget
from dicel_desktop.services.inbox import WaitingItem
from dicel_desktop.services.inbox_facts import ItemFacts
from dicel_desktop.services.leave import Balance, DecisionFacts

pytestmark = pytest.mark.usefixtures("rwanda")


def _leave() -> ItemFacts:
    balance = Balance("annual", 2027, Decimal(18), 4, 3, Decimal(11))
    facts = DecisionFacts(
        uuid.uuid4(), uuid.uuid4(), "Eric", "annual", dt.date(2027, 2, 1), dt.date(2027, 2, 3),
        3, None, "pending", None, balance, (),
    )  # fmt: skip
    item = WaitingItem("leave", facts.request_id, "x", None, None, None, None, None)
    return ItemFacts(item, facts)


def _expense() -> ItemFacts:
    budget = ExpenseBudget(
        "Recovery", "Communication", 2026, Decimal(547500), "RWF", uuid.uuid4(), "active",
        Decimal(2_000_000), Decimal(376000), Decimal(1_624_000), Decimal(1_076_500),
    )  # fmt: skip
    item = WaitingItem("expense", uuid.uuid4(), "x", None, None, None, None, None)
    return ItemFacts(item, budget)


@pytest.mark.parametrize(
    ("approve", "leave", "expense"),
    [
        (
            False,
            "3 working days; 4 of 18 days taken in 2027.",
            "Budget Communication 2026, Recovery: 1,624,000 RWF left.",
        ),
        (
            True,
            "3 working days; once approved, 11 of 18 days left for 2027.",
            "Budget Communication 2026, Recovery: 1,076,500 RWF left after approval.",
        ),
    ],
)
def test_a_rejection_says_what_is_there_now(qtbot, worker, approve, leave, expense):
    leave_facts, expense_facts = _leave(), _expense()
    dialog = BulkDecisionDialog(worker, [leave_facts.item, expense_facts.item], approve=approve)
    qtbot.addWidget(dialog)
    assert dialog._fact(leave_facts) == leave
    assert dialog._fact(expense_facts) == expense
