"""What the inbox's bulk decision shows of each item before anyone decides: the facts its
own decision dialog reads, through the same service reads, one item after another. No Qt
here.

A leave request: its working days and its employee's balance
(``leave.decision_facts``); an expense: the budget line an approval charges
(``expenses.expense_budget``); a pay period: its payslips added up
(``payroll.period_totals``); a purchase order: its total and the level waiting
(``purchasing.order_facts``). Each read is a transaction of its own, as the caller; one
that fails (the record gone, not theirs to read) is that item's problem, not the
others'.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import expenses, leave, payroll, purchasing
from dicel_desktop.services.expenses import ExpenseBudget
from dicel_desktop.services.inbox import CONNECTION_GONE, WaitingItem
from dicel_desktop.services.leave import DecisionFacts
from dicel_desktop.services.payroll import PeriodTotals
from dicel_desktop.services.purchasing import OrderFacts
from dicel_desktop.services.units import run_unit

__all__ = ["ItemFacts", "read_facts", "with_those_above"]

log = logging.getLogger(__name__)

#: The read of each kind: ``fn(session, record_id)``.
_READS: dict[str, Callable[[Session, Any], Any]] = {
    "leave": leave.decision_facts,
    "expense": expenses.expense_budget,
    "payroll": payroll.period_totals,
    "purchase_order": purchasing.order_facts,
}


@dataclass(frozen=True)
class ItemFacts:
    """What was read of one item for the decision."""

    item: WaitingItem
    #: By kind: DecisionFacts (leave), ExpenseBudget (expense), PeriodTotals (payroll),
    #: OrderFacts (purchase order); None when the record is no longer there for the
    #: caller (an expense or a pay period's read says so by reading nothing).
    facts: DecisionFacts | ExpenseBudget | PeriodTotals | OrderFacts | None
    #: Why it could not be read (worded by services.db_errors); None when it was.
    problem: DicelError | None = None
    #: Items above it in the list charge the same budget line, or take from the same
    #: leave balance: its figures count them as approved too (``with_those_above``).
    shares_with_above: bool = False


def read_facts(
    session: Session, items: Sequence[WaitingItem], *, together: bool = True
) -> list[ItemFacts]:
    """The facts of each of ``items``, in order, each read in a transaction of its own.
    A connection lost on the way ends the reading: that item and each later one carry
    its sentence (each would wait out a connection in vain). ``together``: as they will
    be once all are approved (``with_those_above``); a rejection leaves them as read."""
    read: list[ItemFacts] = []
    for index, item in enumerate(items):
        try:
            facts = _read_one(session, item)
        except DicelError as problem:
            read.append(ItemFacts(item, None, problem))
            if problem.code in CONNECTION_GONE:
                read.extend(ItemFacts(later, None, problem) for later in items[index + 1 :])
                _forget(session)
                break
            _forget(session)
        else:
            read.append(ItemFacts(item, facts))
    return with_those_above(read) if together else read


def with_those_above(read: list[ItemFacts]) -> list[ItemFacts]:
    """The facts as they will be once the items are approved in their order: an
    expense's line left after the approvals above it on the same line, a leave request's
    balance after those above it of the same person, type and year. Read one by one,
    two expenses of one line each said what the line had left alone, and together left
    less (a user-eye review)."""
    charged: dict[Any, Any] = {}  # budget line -> amount the items above charge it
    taken: dict[tuple[Any, str, int], int] = {}  # (employee, type, year) -> days above
    out = []
    for each in read:
        facts = each.facts
        if isinstance(facts, ExpenseBudget) and facts.chargeable:
            above = charged.get(facts.budget_id, 0)
            charged[facts.budget_id] = above + facts.amount
            if above and facts.remaining_after is not None:
                facts = dataclasses.replace(facts, remaining_after=facts.remaining_after - above)
                each = dataclasses.replace(each, facts=facts, shares_with_above=True)
        elif isinstance(facts, DecisionFacts) and facts.status == "pending":
            key = (facts.employee_id, facts.leave_type, facts.balance.year)
            above_days = taken.get(key, 0)
            taken[key] = above_days + facts.days
            if above_days:
                balance = dataclasses.replace(facts.balance, taken=facts.balance.taken + above_days)
                facts = dataclasses.replace(facts, balance=balance)
                each = dataclasses.replace(each, facts=facts, shares_with_above=True)
        out.append(each)
    return out


def _read_one(session: Session, item: WaitingItem) -> Any:
    fn = _READS[item.kind]

    def work() -> Any:
        try:
            return fn(session, item.id)
        finally:
            session.rollback()  # a read leaves no transaction open behind it

    return run_unit(session, item.table, {"id": item.id}, "read", work)


def _forget(session: Session) -> None:
    try:
        session.rollback()
    except sa.exc.DBAPIError:
        log.debug("Rolling back after a failed read failed", exc_info=True)
        session.close()
