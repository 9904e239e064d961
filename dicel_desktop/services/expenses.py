"""Expenses: the decision on a pending expense, the budget it would be charged to, and
its payment once approved (``dicel_pay_expense``, migration 0023).

The rules are the database's (``dicel_decide_expense``, migration 0014): a finance login
other than the expense's creator decides, once; an approval adds the amount to the
department's active budget line for its category and year in the same transaction, or
does not happen. These operations call it for the window, scripts and tests alike.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.services.units import call_function

__all__ = [
    "ExpenseBudget",
    "ExpenseReceipt",
    "budget_as_typed",
    "decide_expense",
    "expense_budget",
    "expense_receipt",
]


@dataclass(frozen=True)
class ExpenseBudget:
    """The budget line an approval of an expense would charge, as the decider sees it."""

    department: str | None
    category: str
    fiscal_year: int
    amount: Decimal
    currency: str
    #: None: the department has no line for that category and year.
    budget_id: uuid.UUID | None
    #: The line's state; an approval is possible only against an ``active`` one.
    budget_status: str | None
    allocated: Decimal | None
    spent: Decimal | None
    remaining: Decimal | None
    #: What would remain once this expense is approved.
    remaining_after: Decimal | None
    #: The other expenses waiting for a decision on the same line (department, category,
    #: year, currency), as the caller may read them: their number and their total
    #: (eye30s: each of three read "left after approval" as if it were alone).
    others_waiting: int = 0
    others_amount: Decimal = Decimal(0)

    @property
    def chargeable(self) -> bool:
        return self.budget_id is not None and self.budget_status == "active"

    @property
    def overspends(self) -> bool:
        """Approving it would spend more than the line's allocation."""
        return self.remaining_after is not None and self.remaining_after < 0

    @property
    def left_if_all_approved(self) -> Decimal | None:
        """What would remain once this and every other expense waiting on the line are
        approved (None: no line, or nothing else waits)."""
        if self.remaining_after is None or not self.others_waiting:
            return None
        return self.remaining_after - self.others_amount


def decide_expense(
    session: Session,
    expense_id: uuid.UUID,
    approve: bool,
    note: str,
    shown: dt.datetime | None = None,
) -> None:
    """Approve or reject a pending expense (one transaction, committed).

    ``shown``: the expense's version (``updated_at``) the decider saw; changed since by
    someone else, nothing is decided (``changed_since_shown_by``)."""
    statement = (
        "SELECT public.dicel_decide_expense(:expense, :approve, :note)"
        if shown is None
        else "SELECT public.dicel_decide_expense(:expense, :approve, :note, :shown)"
    )
    call_function(
        session,
        statement,
        {"expense": expense_id, "approve": approve, "note": note, "shown": shown},
        table="expenses",
    )


def cancel_expense(session: Session, expense_id: uuid.UUID, note: str | None = None) -> None:
    """Withdraw a pending expense filed by mistake (finance or admin): it is cancelled and
    will not be decided; ``note`` says why (kept as its decision note)."""
    call_function(
        session,
        "SELECT public.dicel_cancel_expense(:expense, :note)",
        {"expense": expense_id, "note": note or None},
        table="expenses",
    )


def pay_expense(
    session: Session, expense_id: uuid.UUID, account_id: uuid.UUID | None, paid_on: dt.date
) -> uuid.UUID:
    """Pay an approved expense from one account in its currency (finance, not whoever
    filed it): one posted debit referencing the expense number; returns its id."""
    return call_function(
        session,
        "SELECT public.dicel_pay_expense(:expense, :account, :paid_on)",
        {"expense": expense_id, "account": account_id, "paid_on": paid_on},
        table="expenses",
    )


#: The line an approval would charge and, in the same round trip, the other expenses
#: pending on that line (the same department, category, year of their date and
#: currency): ``dicel_expense_budget_for`` (migration 0111), the one rule the approval
#: charges by, for the expense as stored. Under the caller's rights (SECURITY INVOKER).
_BUDGET_WITH_OTHERS = sa.text(
    "SELECT b.budget_id, b.department, b.category, b.fiscal_year, b.budget_status,"
    " b.allocated, b.spent, b.remaining, b.amount, b.currency, b.remaining_after,"
    " b.others_waiting, b.others_amount"
    " FROM public.expenses x"
    " CROSS JOIN LATERAL public.dicel_expense_budget_for(x.department_id,"
    "   x.expense_category, x.expense_date, x.amount, x.currency, x.id) b"
    " WHERE x.id = :expense"
)


def expense_budget(session: Session, expense_id: uuid.UUID) -> ExpenseBudget | None:
    """The budget line of an expense (None: no such expense, or not the caller's to see)."""
    row = session.execute(_BUDGET_WITH_OTHERS, {"expense": expense_id}).mappings().one_or_none()
    if row is None:
        return None
    return ExpenseBudget(
        department=row["department"],
        category=row["category"],
        fiscal_year=row["fiscal_year"],
        amount=row["amount"],
        # As stored: an approval takes RWF alone (DW303), a missing currency included.
        currency=row["currency"] or "",
        budget_id=row["budget_id"],
        budget_status=row["budget_status"],
        allocated=row["allocated"],
        spent=row["spent"],
        remaining=row["remaining"],
        remaining_after=row["remaining_after"],
        others_waiting=row["others_waiting"],
        others_amount=row["others_amount"],
    )


#: The line an expense as typed would be charged to, with the expenses pending on it but
#: the one typed (``:expense``, NULL for a new one): the same function, for the values
#: not yet saved. Under the caller's rights: finance, compliance and admin read both
#: tables.
_BUDGET_AS_TYPED = sa.text(
    "SELECT b.department, b.budget_id, b.budget_status, b.allocated, b.spent,"
    " b.remaining, b.remaining_after, b.others_waiting, b.others_amount"
    " FROM public.dicel_expense_budget_for(CAST(:department AS uuid),"
    "   CAST(:category AS text), CAST(:day AS date), CAST(:amount AS numeric),"
    "   CAST(:currency AS text), CAST(:expense AS uuid)) b"
)


def budget_as_typed(
    session: Session,
    department_id: uuid.UUID | None,
    category: str | None,
    expense_date: dt.date | None,
    amount: Decimal | None,
    currency: str | None,
    expense_id: uuid.UUID | None = None,
) -> ExpenseBudget | None:
    """The budget line an expense with these values would be charged to once approved,
    what it has left, and the other expenses waiting on it (``expense_id``: the expense
    being changed, not counted among them): what its form says under the amount before
    it is saved (eye30s: 2,500,000 RWF filed on a line with 1,913,000 left read only
    "Saved."). None while the department, category or date is not given, or the
    department is not there. ``amount`` None: nothing is worked out after it."""
    category = (category or "").strip()
    if department_id is None or not category or expense_date is None:
        return None
    row = (
        session.execute(
            _BUDGET_AS_TYPED,
            {
                "department": department_id,
                "category": category,
                "day": expense_date,
                "amount": amount,
                "currency": currency,
                "expense": expense_id,
            },
        )
        .mappings()
        .one_or_none()
    )
    if row is None or row["department"] is None:
        return None
    return ExpenseBudget(
        department=row["department"],
        category=category,
        fiscal_year=expense_date.year,
        amount=amount if amount is not None else Decimal(0),
        currency=currency or "",
        budget_id=row["budget_id"],
        budget_status=row["budget_status"],
        allocated=row["allocated"],
        spent=row["spent"],
        remaining=row["remaining"],
        remaining_after=row["remaining_after"],
        others_waiting=row["others_waiting"],
        others_amount=row["others_amount"],
    )


@dataclass(frozen=True)
class ExpenseReceipt:
    """What an expense's Receipt names, as the decider is to read it (eye31 #2: the
    decision dialog said nothing of it)."""

    #: The file's name; None when the expense has no receipt, or its file is gone.
    file_name: str | None
    #: ``receipt_url`` names a file that is not there (removed before migration 0108,
    #: or not the reader's to see), or an address outside DICEL's files.
    missing: bool


def expense_receipt(session: Session, expense_id: uuid.UUID) -> ExpenseReceipt | None:
    """The expense's receipt (None: no such expense, or not the caller's to see). The
    file is looked up under the caller's rights, as Open would read it."""
    row = session.execute(
        sa.text(
            "SELECT x.receipt_url, d.file_name FROM public.expenses x"
            " LEFT JOIN public.documents d ON d.owner_table = 'expenses'"
            "  AND d.owner_id = x.id AND x.receipt_url = 'dicel-document:' || d.id"
            " WHERE x.id = :expense"
        ),
        {"expense": expense_id},
    ).one_or_none()
    if row is None:
        return None
    named = bool((row.receipt_url or "").strip())
    return ExpenseReceipt(row.file_name, named and row.file_name is None)
