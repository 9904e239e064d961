"""The bulk decision's facts as they will be once the items are approved in their order
(services.inbox_facts.with_those_above): two expenses of one budget line each said what
the line had left alone, and together left less (a user-eye review)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from dicel_desktop.services.expenses import ExpenseBudget
from dicel_desktop.services.inbox import WaitingItem
from dicel_desktop.services.inbox_facts import ItemFacts, with_those_above
from dicel_desktop.services.leave import Balance, DecisionFacts

LINE, OTHER = uuid.uuid4(), uuid.uuid4()


def _item(kind: str) -> WaitingItem:
    return WaitingItem(kind, uuid.uuid4(), "x", None, None, None, None, None)


def _expense(line, amount: str, left: str) -> ItemFacts:
    amount_ = Decimal(amount)
    budget = ExpenseBudget(
        "Recovery", "Communication", 2026, amount_, "RWF", line, "active",
        Decimal(2_000_000), Decimal(0), Decimal(left), Decimal(left) - amount_,
    )  # fmt: skip
    return ItemFacts(_item("expense"), budget)


def _leave(employee, days: int, taken: int = 0) -> ItemFacts:
    balance = Balance("annual", 2027, Decimal(18), taken, days, Decimal(18 - taken - days))
    facts = DecisionFacts(
        uuid.uuid4(), employee, "Eric", "annual", dt.date(2027, 2, 1), dt.date(2027, 2, 5),
        days, None, "pending", None, balance, (),
    )  # fmt: skip
    return ItemFacts(_item("leave"), facts)


def test_expenses_of_one_line_count_those_above():
    read = [
        _expense(LINE, "547500", "1624000"),
        _expense(OTHER, "68500", "12823000"),
        _expense(LINE, "117000", "1624000"),
    ]
    first, other, second = with_those_above(read)
    assert first.facts.remaining_after == Decimal("1076500") and not first.shares_with_above
    assert other.facts.remaining_after == Decimal("12754500") and not other.shares_with_above
    # The second on the line: what is left once both are approved.
    assert second.facts.remaining_after == Decimal("959500") and second.shares_with_above


def test_leave_of_one_person_counts_the_requests_above():
    eric, aline = uuid.uuid4(), uuid.uuid4()
    first, hers, second = with_those_above([_leave(eric, 5), _leave(aline, 3), _leave(eric, 4)])
    assert (first.facts.balance.taken, first.shares_with_above) == (0, False)
    assert (hers.facts.balance.taken, hers.shares_with_above) == (0, False)
    assert (second.facts.balance.taken, second.shares_with_above) == (5, True)
