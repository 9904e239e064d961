"""Under an expense's Amount, while it is new or pending: the budget line an approval would
charge, what it has left, what would be left after this expense, the other expenses
waiting on it, and the amber warning when approving it (or all of them) overspends it:
the facts the decision dialog gives finance before Approve, given to the person filing
it before Save (eye30s: 2,500,000 RWF filed on a line with 1,913,000 left read only
"Saved.").

The figures are the database's (``services.expenses.budget_as_typed``, on the DB worker,
a moment after the typing stops; a later answer replaces an earlier one), and only for a
role that reads budgets and expenses: a role that cannot is told nothing rather than
refused. Nothing is said while the department, category or date is missing. The
database still decides on approval.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.permissions import rights
from dicel_desktop.domain.states import ExpenseStatus
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.translations import tr_department
from dicel_desktop.gui.workflows.expense_decision_dialog import (
    budget_line_text,
    others_text,
    overspend_text,
    together_overspend_text,
)
from dicel_desktop.gui.workflows.form_preview import FormPreview
from dicel_desktop.gui.workflows.form_step_dialog import (
    WARNING_COLOUR,
    coloured,
    money_text,
    state_text,
)
from dicel_desktop.services import expenses
from dicel_desktop.services.expenses import ExpenseBudget

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

__all__ = ["ExpenseBudgetNote"]

#: The fields the budget line and its figures follow.
FIELDS = ("department_id", "expense_category", "expense_date", "amount", "currency")


def budget_lines(budget: ExpenseBudget) -> tuple[str, str]:
    """(the facts, the warning) said of ``budget`` under the amount; "" for none."""
    line = budget_line_text(budget)
    if budget.currency and budget.currency != "RWF":
        # DW303: budgets are kept in RWF, and an approval takes nothing else.
        sentence = describe_error(
            InvalidInput("expense_not_in_budget_currency", currency=budget.currency)
        )
        return "", sentence
    if budget.budget_id is None:
        # Said plainly: nothing is wrong with the expense, the line is finance's to open.
        return (
            QCoreApplication.translate(
                "ExpenseBudgetNote",
                "No budget line for %1 %2 in %3 yet: it needs one (Budgets) before it is approved.",
            )
            .replace("%1", budget.category)
            .replace("%2", str(budget.fiscal_year))
            .replace("%3", tr_department(budget.department) or ""),
            "",
        )
    if not budget.chargeable:
        return "", QCoreApplication.translate(
            "ExpenseBudgetNote", "The budget line %1 is %2: it cannot be approved while it is."
        ).replace("%1", line).replace("%2", state_text(budget.budget_status).lower())
    facts = [
        QCoreApplication.translate("ExpenseBudgetNote", "Budget line %1: %2 left of %3.")
        .replace("%1", line)
        .replace("%2", money_text(budget.remaining, "RWF"))
        .replace("%3", money_text(budget.allocated, "RWF"))
    ]
    after = []
    if budget.remaining_after is not None and budget.amount:
        if budget.remaining_after < 0:
            # Nothing is left: what is over is said as such, not as a minus sign.
            left = QCoreApplication.translate(
                "ExpenseBudgetNote", "Left after approval: none (%1 over)."
            ).replace("%1", money_text(-budget.remaining_after, "RWF"))
        else:
            left = QCoreApplication.translate(
                "ExpenseBudgetNote", "Left after approval: %1."
            ).replace("%1", money_text(budget.remaining_after, "RWF"))
        after.append(left)
    if budget.others_waiting:
        after.append(
            QCoreApplication.translate(
                "ExpenseBudgetNote", "Also waiting on this line: %1."
            ).replace("%1", others_text(budget))
        )
    if after:
        facts.append(" ".join(after))
    # This one alone overspends it, or all those waiting together do.
    warning = overspend_text(budget) if budget.overspends else together_overspend_text(budget)
    return "\n".join(facts), warning


class ExpenseBudgetNote(FormPreview):
    """See the module docstring. ``note`` is shown under the Amount field."""

    fields = FIELDS
    pending = ExpenseStatus.PENDING

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window)
        self.note = QWidget()
        self.note.setObjectName("expenseBudget")
        layout = QVBoxLayout(self.note)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(0)
        self.facts = QLabel()
        self.facts.setAccessibleName(QCoreApplication.translate("ExpenseBudgetNote", "Budget line"))
        self.warning = coloured(QLabel(), WARNING_COLOUR)
        self.warning.setAccessibleName(
            QCoreApplication.translate("ExpenseBudgetNote", "Budget warning")
        )
        for label in (self.facts, self.warning):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.hide()
            layout.addWidget(label)
        self.note.hide()
        #: The last answer shown (tests read it), None while nothing is shown.
        self.budget: ExpenseBudget | None = None
        role = window.role
        # Budgets and the expenses waiting on them are read under the person's rights.
        reads = rights(role, "budgets").select and rights(role, "expenses").select
        if reads and window.form.add_note("amount", self.note):
            self.follow()

    @property
    def text(self) -> str:
        """What the note says, facts then warning (tests read it)."""
        shown = [w.text() for w in (self.facts, self.warning) if not w.isHidden()]
        return "\n".join(shown)

    @property
    def warning_text(self) -> str:
        return self.warning.text() if not self.warning.isHidden() else ""

    def request(self, generation: int) -> None:
        record = self._window.form.record
        (
            Op(
                self._window.worker,
                expenses.budget_as_typed,
                self.typed("department_id"),
                self.typed("expense_category"),
                self.typed("expense_date"),
                self.typed("amount"),
                self.typed("currency") or "RWF",
                record.id if record is not None else None,
            )
            .for_widget(self._window)
            .on_success(lambda budget: self.answer(generation, budget))
            .on_failure(lambda error: self.failed(generation, error))
            .run()
        )

    def show(self, budget: ExpenseBudget | None) -> None:
        self.budget = budget
        facts, warning = budget_lines(budget) if budget is not None else ("", "")
        self.facts.setText(facts)
        self.facts.setVisible(bool(facts))
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.note.setVisible(bool(facts or warning))
