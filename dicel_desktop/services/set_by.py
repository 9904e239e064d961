"""Who sets a column no person types (``permissions.FUNCTION_ONLY_COLUMNS``), for the
sentence an empty one shows in a form: a ticket's assignee is set by Assign…, an
order's total is the sum of its lines, an approver is set when the record is decided.
Read from what already knows it: the case flows' steps (domain/case_flows.py) and the
workflows of migrations 0013 and 0014. No Qt here: the window words it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dicel_desktop.domain.case_flow_model import Asks
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.permissions import FUNCTION_ONLY_COLUMNS
from dicel_desktop.services.inbox import DECIDED_TABLES

__all__ = ["How", "SetBy", "set_by"]


class How(StrEnum):
    #: By the case step ``SetBy.action`` (Assign…, Resolve…, Mark recovered…).
    STEP = "step"
    #: Stamped when a step resolves the record.
    RESOLVED = "resolved"
    #: By the decision (approve or reject) of the record.
    DECIDED = "decided"
    #: Worked out from the record's lines (a trigger).
    LINES = "lines"
    #: When a payment of it is recorded.
    PAID = "paid"


@dataclass(frozen=True)
class SetBy:
    how: How
    action: str | None = None


#: The decision's columns of the records decided in their own dialog.
_DECIDED = frozenset({"approved_by", "approved_date", "decision_note"})
#: Totals a trigger keeps from the lines (migrations 0013, 0014).
_FROM_LINES = frozenset(
    {
        ("purchase_orders", "total_amount"),
        ("invoices", "subtotal"),
        ("invoices", "tax_amount"),
        ("invoices", "total_amount"),
    }
)
#: Set by recording a payment (migration 0014, 0023).
_PAID = frozenset(
    {
        ("invoices", "paid_date"),
        ("invoices", "payment_method"),
        ("expenses", "paid_date"),
        ("payroll_periods", "paid_date"),
    }
)


def set_by(table: str, column: str) -> SetBy | None:
    """What sets ``table.column``; None where nothing here says (or a person types it)."""
    if column not in FUNCTION_ONLY_COLUMNS.get(table, frozenset()):
        return None
    if (table, column) in _FROM_LINES:
        return SetBy(How.LINES)
    if (table, column) in _PAID:
        return SetBy(How.PAID)
    if table in DECIDED_TABLES and column in _DECIDED:
        return SetBy(How.DECIDED)
    flow = FLOWS.get(table)
    if flow is None:
        return None
    if column == flow.resolved_at:
        return SetBy(How.RESOLVED)
    for step in flow.steps:
        if step.reopens:
            continue
        asked = {Asks.ASSIGNEE: flow.assignee, Asks.RESOLUTION: flow.resolution}.get(step.asks)
        stamped = {d.column for d in step.dates} | {t.column for t in step.times}
        stamped |= {a.column for a in step.amounts}
        if column == asked or column in stamped:
            return SetBy(How.STEP, step.action)
    return None
