"""Approve… / Reject… a pending expense: the expense, the budget line an approval charges
(what is allocated, spent and left, and what approving it would leave), a note, and the
decision (``dicel_decide_expense``, through ``services.expenses``).

Approving what would overspend the line is the decider's call: the dialog says so in
amber before they choose, and its button reads "Approve anyway". The dialog takes the one
decision chosen in the record window (Approve… or Reject…), never the other. Without an active line
the database refuses the approval; the dialog says that too before anyone tries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from dicel_desktop.domain.errors import DicelError, InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.translations import tr_department
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import (
    WARNING_COLOUR,
    FormStepDialog,
    coloured,
    date_text,
    fact_label,
    money_text,
    note_field,
    state_text,
)
from dicel_desktop.services import expenses
from dicel_desktop.services.expenses import ExpenseBudget, ExpenseReceipt
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


class ExpenseDecisionDialog(FormStepDialog):
    #: Une dépense: its states and refusals agree (« Annulée », « Déjà annulée »).
    table = "expenses"

    def __init__(
        self,
        worker: DbWorker,
        record: Record,
        approve: bool,
        parent: QWidget | None = None,
        role: Role | str | None = None,
    ) -> None:
        super().__init__(worker, parent)
        #: The expense as shown; a decision is on it (``Record.decision_version``: its
        #: files included), so a change since by someone else refuses it (DW007).
        self.record = record
        #: The reader's role, to read the expense again (None: the window's record only).
        self.role = role
        self.set_step_title(self.tr("Decide on %1"), record.title, self.tr("Decide an expense"))
        #: Pending as opened; what someone else's step left it as, read again after a
        #: refusal that says so ("Already cancelled by …").
        self.state = self.add_fact(self.tr("Status"))
        self.filed_by = self.add_fact(self.tr("Filed by"))
        self.department = self.add_fact(self.tr("Department"))
        self.category = self.add_fact(self.tr("Category"))
        self.date = self.add_fact(self.tr("Date"))
        self.vendor = self.add_fact(self.tr("Vendor"))
        self.description = self.add_fact(self.tr("Description"))
        #: What the Receipt field names, read with the budget: "No receipt" said plainly,
        #: in amber (eye31 #2: approved "with a receipt" whose file was gone).
        self.receipt = self.add_fact(self.tr("Receipt"), self.tr("Reading the receipt…"))
        self.show_record(record)

        self.budget = self.add_fact(self.tr("Budget"), self.tr("Reading the budget…"))
        self.budget_numbers = self.add_fact(self.tr("Allocated / spent / left"), "")
        self.after = self.add_fact(self.tr("Left after approval"), "")
        #: The other expenses pending on the same line (eye30s: each read "left after
        #: approval" as if it were alone, and only the last one approved was warned).
        self.others = self.add_fact(self.tr("Also waiting on this line"), "")
        self.warning = coloured(fact_label(), WARNING_COLOUR)
        self.warning.setAccessibleName(self.tr("Budget warning"))
        self.warning.hide()
        self.form.addRow(self.warning)

        self.note = self.add_field("note", self.tr("&Note"), note_field(self.tr("Note")))
        self.note.setPlaceholderText(
            self.tr("Why, in a few words (the person who filed it reads this)")
        )

        # One decision per dialog, the one chosen in the record window: a Tab too many and
        # an Enter can never take the other one.
        self.approve = approve
        #: The budget as read makes an approval sure to be refused: Approve stays off.
        self._sure_refusal = False
        self.decide_button: QPushButton = self.add_button(
            self.tr("&Approve") if approve else self.tr("&Reject"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.decide_button.setDefault(True)
        self.decide_button.clicked.connect(self.decide)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.note.setFocus()
        self.resize(560, self.sizeHint().height())

        self.load(expenses.expense_budget, record.id, then=self.show_budget)
        self.load(expenses.expense_receipt, record.id, then=self.show_receipt)

    def show_record(self, record: Record) -> None:
        """The expense's facts, as read (again)."""
        self.record = record
        values = record.values
        self.currency = values.get("currency") or "RWF"
        self.heading.setText(
            self.tr("Expense %1: %2")
            .replace("%1", str(values.get("expense_number") or ""))
            .replace("%2", money_text(values.get("amount"), self.currency))
        )
        # In the expense's own words: « Annulée », as the refusal above it agrees.
        self.state.setText(state_text(values.get("status"), "expenses"))
        self.filed_by.setText(record.names.get("created_by") or "—")
        self.department.setText(tr_department(record.names.get("department_id")) or "—")
        self.category.setText(str(values.get("expense_category") or "—"))
        self.date.setText(date_text(values.get("expense_date")))
        self.vendor.setText(str(values.get("vendor") or "—"))
        self.description.setText(str(values.get("description") or "—"))

    @classmethod
    def open_for(cls, window: RecordWindow, approve: bool) -> ExpenseDecisionDialog:
        assert window.record is not None
        dialog = cls(window.worker, window.record, approve, parent=window, role=window.role)
        dialog.step_taken.connect(dialog.moves_window_on)
        dialog.open()
        return dialog

    def show_receipt(self, receipt: ExpenseReceipt | None) -> None:
        plain = receipt is not None and receipt.file_name is not None
        if receipt is None:
            text = "—"
        elif receipt.file_name is not None:
            text = receipt.file_name
        elif receipt.missing:
            text = self.tr("No receipt: the file it named is no longer there.")
        else:
            text = self.tr("No receipt")
        self.receipt.setText(text)
        coloured(self.receipt, self.palette().windowText().color() if plain else WARNING_COLOUR)

    # ----------------------------------------------------------------- the budget

    def show_budget(self, budget: ExpenseBudget | None) -> None:
        if budget is None:
            self.budget.setText(self.tr("This expense is no longer there to decide."))
            return
        # An expense decided or withdrawn meanwhile (read again after "Already cancelled
        # by …") is past approving: what an approval would leave, and the others waiting
        # beside it, are no longer its facts (they stayed under « Annulée »).
        waiting = self.record.values.get("status") == "pending"
        for fact in (self.after, self.others):
            self.form.setRowVisible(fact, waiting)
        takes = self._show_line(budget)
        if not waiting:
            return
        if takes:
            self.after.setText(money_text(budget.remaining_after, "RWF"))
            self.others.setText(others_text(budget))
        refusal = approval_refusal(budget)
        if refusal is not None:
            self._refused(refusal)
        elif budget.overspends and budget.remaining_after is not None:
            self._warn(overspend_text(budget))
            if self.approve:
                self.decide_button.setText(self.tr("&Approve anyway"))
        elif (together := together_overspend_text(budget)) and self.approve:
            # Within the line alone: said, and approving stays plain (the others are
            # decided on their own).
            self._warn(together)

    def _show_line(self, budget: ExpenseBudget) -> bool:
        """The budget line and, where the line takes this expense, its numbers; whether
        it does. As read now, not as the window showed it, pending or not: an expense
        the line cannot take (not in RWF, no department) or no line at all has no
        numbers to show (review35b F6: a withdrawn USD expense showed them)."""
        line = budget_line_text(budget)
        takes = (
            budget.currency == "RWF" and bool(budget.department) and budget.budget_id is not None
        )
        if not takes:
            self.budget.setText(line)
            self.budget_numbers.setText("—")
            return False
        self.budget.setText(f"{line} ({state_text(budget.budget_status, 'budgets')})")
        amounts = (budget.allocated, budget.spent, budget.remaining)
        self.budget_numbers.setText(" / ".join(money_text(v, "RWF") for v in amounts))
        return True

    def _warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()
        self._keep_approve_off()

    def _refused(self, sentence: str) -> None:
        """An approval is sure to be refused so: say why, and keep Approve off."""
        self._sure_refusal = True
        self._warn(sentence)

    def _keep_approve_off(self) -> None:
        if getattr(self, "approve", False) and getattr(self, "_sure_refusal", False):
            self.decide_button.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self._keep_approve_off()

    # ----------------------------------------------------------------- deciding

    @slot_while_whole(keeps="worker")
    def decide(self) -> None:
        self.run_step(
            expenses.decide_expense,
            self.record.id,
            self.approve,
            self.note.toPlainText(),
            # On the expense as shown (its files too): changed since by someone else,
            # nothing is decided.
            self.record.decision_version,
            busy_text=self.tr("Approving…") if self.approve else self.tr("Rejecting…"),
        )

    def _on_step_failed(self, error: DicelError) -> None:
        super()._on_step_failed(error)
        # Show what it is now, with why; the note stays as typed.
        self.read_again_if_changed(
            error, "expenses", self.role, self.record.id, self._on_read_again
        )

    def _on_read_again(self, record: Record | None, said: str) -> None:
        if record is None:
            self.say(self.tr("This expense is no longer there to decide."))
            return
        self.show_record(record)
        self.warning.hide()
        self._sure_refusal = False
        self.load(expenses.expense_budget, record.id, then=self.show_budget)
        self.load(expenses.expense_receipt, record.id, then=self.show_receipt)
        self.say(said)
        parent = self.parentWidget()
        reload = getattr(parent, "reload", None)
        if reload is not None:
            reload()

    @property
    def warning_text(self) -> str:
        return self.warning.text() if not self.warning.isHidden() else ""


# --------------------------------------------------------------------------- words
# The dialog's words about a budget line, also said of each expense the inbox decides in a
# batch (gui/workflows/bulk_decision_dialog.py); in the dialog's translation context.


def budget_line_text(budget: ExpenseBudget) -> str:
    """ "Fuel 2026, Operations": the line an approval charges."""
    department = tr_department(budget.department) or QCoreApplication.translate(
        "ExpenseDecisionDialog", "no department"
    )
    return (
        QCoreApplication.translate("ExpenseDecisionDialog", "%1 %2, %3")
        .replace("%1", budget.category)
        .replace("%2", str(budget.fiscal_year))
        .replace("%3", department)
    )


def approval_refusal(budget: ExpenseBudget) -> str | None:
    """Why an approval of the expense is sure to be refused, as its budget was read
    (DW303, DW304, DW301, DW302): the sentence; None when it is not."""
    if budget.currency != "RWF":
        return describe_error(
            InvalidInput("expense_not_in_budget_currency", currency=budget.currency or "—")
        )
    if budget.department is None:
        return describe_error(InvalidInput("expense_without_department"))
    if budget.budget_id is None:
        return QCoreApplication.translate(
            "ExpenseDecisionDialog",
            "There is no budget line for this: approving is refused until finance "
            "creates one. Rejecting is possible.",
        )
    if not budget.chargeable:
        return QCoreApplication.translate(
            "ExpenseDecisionDialog", "This budget line is %1: approving is refused while it is."
        ).replace("%1", state_text(budget.budget_status).lower())
    return None


def others_text(budget: ExpenseBudget) -> str:
    """ "2 expenses, 897,500 RWF" pending on the line besides this one; "none"."""
    count = budget.others_waiting
    if not count:
        return QCoreApplication.translate("ExpenseDecisionDialog", "none")
    words = (
        QCoreApplication.translate("ExpenseDecisionDialog", "1 expense, %2")
        if count == 1
        else QCoreApplication.translate("ExpenseDecisionDialog", "%1 expenses, %2")
    )
    return words.replace("%1", str(count)).replace("%2", money_text(budget.others_amount, "RWF"))


def together_overspend_text(budget: ExpenseBudget) -> str:
    """ "With the others waiting on this line, approving them all overspends it by
    1,484,500 RWF." when this one fits alone and all of them would not; "" otherwise."""
    left = budget.left_if_all_approved
    if left is None or left >= 0 or budget.overspends:
        return ""
    return QCoreApplication.translate(
        "ExpenseDecisionDialog",
        "With the others waiting on this line, approving them all overspends it by %1.",
    ).replace("%1", money_text(-left, "RWF"))


def overspend_text(budget: ExpenseBudget) -> str:
    """ "Approving this overspends the budget line by 52,000 RWF." """
    assert budget.remaining_after is not None
    return QCoreApplication.translate(
        "ExpenseDecisionDialog", "Approving this overspends the budget line by %1."
    ).replace("%1", money_text(-budget.remaining_after, "RWF"))
