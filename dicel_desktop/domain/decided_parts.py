"""The parts of a decided record: the rows of other tables that are part of what the one
deciding it is shown (migration 0087), declared here once for every decided record.

A decided record is one of the inbox's (leave, a purchase order, an expense, a pay
period: decided on the version shown, migration 0032) or a step four eyes take
(``Step.decided_by_another``: a policy's approval, a recovery case's write-off, whose
parts its flow declares as ``CaseFlow.parts``, migration 0082). A change of a part's row
or of a file attached to a part is a change of the record: it moves the record's version
(a decision on the version shown before it is refused, DW007 naming its author, DW008
nobody's), it is the caller's own change for a decision four eyes take (DW411), and its
file's entry is stamped under the record's lock. While the record waits for its
decision, its parts' files are neither added, replaced nor removed (DW416): the decision
windows show a record's own files (its window's Documents), not its parts'.

Leave requests, expenses and policies have no parts (an expense's receipt and a policy's
text are their own files and columns); an invoice's lines are not decided (invoices have
no decision). Pure data: no SQL, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from dicel_desktop.domain.case_flows import FLOWS

__all__ = ["DECIDED_PARTS", "WAITING_STATES", "Part", "parts_of"]


@dataclass(frozen=True)
class Part:
    """A table whose rows are parts of a decided record."""

    table: str
    #: The part's column holding the record's id (an order's lines: ``order_id``) ...
    column: str | None = None
    #: ... or the pairs (part's column, record's column) that tie it to the record when
    #: no column holds its id (a payslip to its pay period: by the period's dates).
    matches: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if (self.column is None) == (not self.matches):
            raise ValueError(f"{self.table}: a part is tied by one column or by matches")


#: Decided table -> its parts. The inbox's decisions here; the steps four eyes take
#: from their flows (``CaseFlow.parts``).
DECIDED_PARTS: dict[str, tuple[Part, ...]] = {
    "leave_requests": (),
    "expenses": (),
    # The lines the approver is shown in the order's window (its facts and lines).
    "purchase_orders": (Part("purchase_order_lines", column="order_id"),),
    # The payslips the run adds up (the decision's totals), of the period's dates.
    "payroll_periods": (
        Part(
            "payroll_records",
            matches=(("pay_period_start", "period_start"), ("pay_period_end", "period_end")),
        ),
    ),
    **{
        flow.table: tuple(Part(table, column=column) for table, column in flow.parts)
        for flow in FLOWS.values()
        if any(step.decided_by_another for step in flow.steps)
    },
}

#: The states in which a decided record with parts waits for its decision: its parts'
#: files stay as they are then (DW416).
WAITING_STATES: dict[str, tuple[str, ...]] = {
    "purchase_orders": ("pending",),
    "payroll_periods": ("pending",),
    "recovery_cases": (),
}


def parts_of(table: str) -> tuple[Part, ...]:
    """The parts of ``table``'s records (none for a table nobody decides)."""
    return DECIDED_PARTS.get(table, ())
