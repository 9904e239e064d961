"""Approve or reject several items of the inbox at once.

The dialog lists the items chosen, each with its key fact read on the DB worker through
the reads its own decision dialog makes (``services.inbox_facts``): a leave request's
working days and the balance left once approved, an expense's budget line left after
approval or why an approval is refused, a pay period's payslips and net total, a
purchase order's total and the level waiting. Deciding waits for them (one item alone
is decided in its own dialog instead: gui/workflows/item_decision.py). It takes a note;
on confirming, each item is decided through its own workflow function, one after
another, on the DB worker (``services.inbox.decide_all``). The dialog then shows what
became of each: decided, or the refusal in words ("Already approved by Jean Mugabo at
10:42."; a connection lost halfway: that sentence beside it and each later item), and a
summary line. Nothing is held open while the person reads or types.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import days_in_words, sentence
from dicel_desktop.gui.numbers import write_count, write_counted
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import DiscardGuard
from dicel_desktop.gui.tabs.inbox_model import kind_label
from dicel_desktop.gui.theme import error_colour
from dicel_desktop.gui.translations import record_name
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets.roomy_rows import give_rows_room
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.expense_decision_dialog import (
    approval_refusal,
    budget_line_text,
    overspend_text,
)
from dicel_desktop.gui.workflows.form_step_dialog import state_text
from dicel_desktop.gui.workflows.leave_texts import day_figure, days_text
from dicel_desktop.gui.workflows.order_facts_view import level_name
from dicel_desktop.services import inbox, inbox_facts
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.expenses import ExpenseBudget
from dicel_desktop.services.inbox import CONNECTION_GONE, Decision, WaitingItem
from dicel_desktop.services.inbox_facts import ItemFacts
from dicel_desktop.services.leave import DecisionFacts
from dicel_desktop.services.payroll import PeriodTotals
from dicel_desktop.services.purchasing import OrderFacts

#: Before an item's fact, under what the item is.
_INDENT = "\N{EM SPACE}\N{EM SPACE}"
#: Outcome colours that read on light and dark palettes alike.
_DECIDED = QColor("#2e7d32")


class BulkDecisionDialog(QDialog):
    #: The decisions were taken (some may have been refused): the Decisions, in order.
    decided = Signal(list)

    @classmethod
    def open_for(
        cls, parent: QWidget, worker: DbWorker, items: list[WaitingItem], *, approve: bool
    ) -> BulkDecisionDialog:
        dialog = cls(worker, items, approve=approve, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def __init__(
        self,
        worker: DbWorker,
        items: list[WaitingItem],
        *,
        approve: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._worker = worker
        self.items = list(items)
        self.approve = approve
        #: What became of each item, once decided.
        self.decisions: list[Decision] | None = None
        #: Each item's key fact in words, once read (tests read them).
        self.facts: list[str] | None = None
        #: What each line says after its item: the fact, then the outcome.
        self._fact_lines = [self.tr("Reading its facts…")] * len(self.items)
        self._outcomes: list[str | None] = [None] * len(self.items)
        self._running = False
        #: The decisions' run on its way (its request id).
        self._pending: int | None = None
        #: Says "Deciding… (no answer from the server yet)" in the summary line when the
        #: status bar says so (wait40b).
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)
        self._format = ValueFormatter(LocaleFormats.from_qlocale())
        count = len(self.items)
        # English has one plural form and the words differ anyway; the %n forms give
        # translators theirs.
        if approve:
            self.setWindowTitle(self.tr("Approve"))
            heading = (
                self.tr("Approve this item?")
                if count == 1
                else self.tr("Approve these %n items?", "", count)
            )
            go = self.tr("&Approve") if count == 1 else self.tr("&Approve %n", "", count)
        else:
            self.setWindowTitle(self.tr("Reject"))
            heading = (
                self.tr("Reject this item?")
                if count == 1
                else self.tr("Reject these %n items?", "", count)
            )
            go = self.tr("&Reject") if count == 1 else self.tr("&Reject %n", "", count)

        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        give_rows_room(self.list)  # an accented capital whole
        self.list.setAccessibleName(self.tr("Items to decide"))
        # A refusal is a sentence to read whole, not to scroll sideways for.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Two lines an item (what, then its fact): a gap tells one item from the next.
        self.list.setSpacing(3)
        for row in range(len(self.items)):
            self.list.addItem(QListWidgetItem(self._line(row)))
        # A pay period is not rejected: its run is cancelled, with its payslips.
        self.cancels_runs = QLabel(
            self.tr(
                "Rejecting a pay period cancels its payroll run and its payslips; the month "
                "can then be run again."
            )
        )
        self.cancels_runs.setWordWrap(True)
        self.cancels_runs.setVisible(
            not approve and any(item.kind == "payroll" for item in self.items)
        )
        self.note_label = QLabel(self.tr("&Note (optional, recorded with each decision):"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note_label.setBuddy(self.note)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()

        self.buttons = QDialogButtonBox()
        self.go_button = QPushButton(go)
        self.go_button.setDefault(True)
        # Not decided blind: once each item's facts are read (or could not be).
        self.go_button.setEnabled(False)
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.cancels_runs)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        # Room for a few items' two lines each; within a 1024x640 screen.
        self.resize(600, 420)

        self.go_button.clicked.connect(self._on_go_clicked)
        #: The person's Esc and Cancel ask before a typed note goes; the dialog's own
        #: reject() does not (discard38).
        self.discard_guard = DiscardGuard(
            self, lambda: not self._running and bool(self.note.text().strip())
        )
        self.cancel_button.clicked.connect(self.discard_guard.cancel)
        self.close_button.clicked.connect(self.accept)
        self.note.setFocus()
        self._read_facts()

    # ----------------------------------------------------------------- the facts

    def _read_facts(self) -> None:
        (
            Op(self._worker, inbox_facts.read_facts, self.items, together=self.approve)
            .for_widget(self)
            .on_success(self._on_facts_read)
            .on_failure(self._on_facts_failed)
            .run()
        )

    def _on_facts_read(self, read: list[ItemFacts]) -> None:
        self.facts = [self._fact(found) for found in read]
        self._fact_lines = list(self.facts)
        self._show_lines()
        if self.decisions is None and not self._running:
            self.go_button.setEnabled(True)

    def _on_facts_failed(self, error: DicelError) -> None:
        # Not one item's (those are in the list): the whole read, e.g. no connection.
        said = self.tr("Its facts could not be read: {problem}").format(problem=sentence(error))
        self.facts = [said] * len(self.items)
        self._fact_lines = list(self.facts)
        self._show_lines()
        if self.decisions is None and not self._running:
            self.go_button.setEnabled(True)

    # ----------------------------------------------------------------- deciding

    @slot_while_whole(keeps="_worker")
    def _on_go_clicked(self) -> None:
        if self.decisions is not None or self._running or self.facts is None:
            return
        self._running = True
        self.go_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.note.setReadOnly(True)
        self.summary.setText(self.tr("Deciding…"))
        self.summary.show()
        note = self.note.text().strip() or None
        self._pending = (
            Op(self._worker, inbox.decide_all, self.items, self.approve, note)
            .for_widget(self)
            .on_success(self._on_decided)
            .on_failure(self._on_failed)
            .run()
        )

    def _unanswered_busy(self, request_id: int) -> str:
        """ "Deciding…" while the run ``request_id`` waits and the summary says it."""
        if not self._running or request_id != self._pending:
            return ""
        deciding = self.tr("Deciding…")
        return deciding if self.summary.text() == deciding else ""

    def _say_waiting(self, words: str) -> None:
        self.summary.setText(words)
        self.summary.show()

    def _on_decided(self, decisions: list[Decision]) -> None:
        lost = [d.refusal for d in decisions if d.refusal and d.refusal.code in CONNECTION_GONE]
        if len(lost) == len(decisions) and lost:
            # The connection was gone from the first item: nothing was decided, and the
            # person may try again.
            self._on_failed(lost[0])
            return
        self._running = False
        self.decisions = decisions
        for row, decision in enumerate(decisions):
            entry = self.list.item(row)
            if decision.decided:
                if decision.approve:
                    outcome = self.tr("Approved")
                elif decision.item.kind == "payroll":
                    outcome = self.tr("Run cancelled")
                else:
                    outcome = self.tr("Rejected")
                entry.setForeground(_DECIDED)
            elif decision.uncertain:
                # Lost as it was saved: neither "decided" nor "not decided".
                assert decision.refusal is not None
                outcome = sentence(decision.refusal)
                entry.setForeground(error_colour(self.palette()))
            else:
                assert decision.refusal is not None
                outcome = self.tr("Not decided: {reason}").format(reason=sentence(decision.refusal))
                entry.setForeground(error_colour(self.palette()))
            self._outcomes[row] = outcome
            entry.setText(self._line(row))
        self.summary.setText(self._summary(decisions))
        # No longer a question, nor a warning of what deciding would do: what was done.
        self.heading.setText(self.tr("Decided:"))
        self.cancels_runs.hide()
        self._finish()
        self.decided.emit(decisions)

    def _on_failed(self, error: DicelError) -> None:
        # Not one item's refusal (those are in the decisions): the whole run failed, e.g.
        # the connection was lost before the first decision. A connection lost halfway
        # comes as decisions, so the person sees which items were decided.
        self._running = False
        self.summary.setText(
            self.tr("Nothing could be decided: {problem}").format(problem=sentence(error))
        )
        self.go_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.note.setReadOnly(False)

    def reject(self) -> None:
        # Not while the decisions are being taken: the person would never learn which
        # were, and closing would cancel the one under way.
        if not self._running:
            super().reject()

    def _finish(self) -> None:
        self.go_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    # ----------------------------------------------------------------- words

    def _show_lines(self) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setText(self._line(row))

    def _line(self, row: int) -> str:
        """An item's entry: what it is (and what became of it, once decided), and under
        it its key fact."""
        first = self._describe(self.items[row])
        outcome = self._outcomes[row]
        if outcome is not None:
            first = f"{first} — {outcome}"
        return f"{first}\n{_INDENT}{self._fact_lines[row]}"

    def _fact(self, read: ItemFacts) -> str:
        """One item's key fact, in the words of its own decision dialog where it has them."""
        if read.problem is not None:
            return sentence(read.problem)
        facts = read.facts
        if facts is None:
            return self.tr("It is no longer there to decide.")
        if isinstance(facts, (DecisionFacts, ExpenseBudget)):
            said = (
                self._leave_fact(facts)
                if isinstance(facts, DecisionFacts)
                else self._expense_fact(facts)
            )
            if read.shares_with_above:
                said += " " + self.tr("(Counting the items above as approved too.)")
            return said
        if isinstance(facts, PeriodTotals):
            return self._payroll_fact(facts, read.item)
        if isinstance(facts, OrderFacts):
            return self._order_fact(facts, read.item)
        return ""

    def _leave_fact(self, facts: DecisionFacts) -> str:
        days = days_text(facts.days)
        days = days[:1].upper() + days[1:]  # the line's start ("iminsi 3 y'akazi")
        if facts.status != "pending":
            return self.tr("{days}; {state} already.").format(
                days=days, state=state_text(facts.status).lower()
            )
        balance = facts.balance
        after = balance.after(facts.days)
        if after is None or balance.allowance is None:
            return self.tr("{days}; this leave has no yearly allowance.").format(days=days)
        allowance = day_figure(balance.allowance)
        # English counts the allowance's days ("of 1 day", "of 18 days": plural38); French
        # and Kinyarwanda write its figure alone, their noun agreeing with the count.
        allowance_days = days_in_words(balance.allowance, working=False)
        if not self.approve:
            # Rejected, nothing is taken: what the year holds now (eye29b read "once
            # approved" in a rejection).
            # The days agree with the count taken (« 1 jour pris », not « 1 jours pris »).
            return write_counted(
                lambda n: self.tr("{days}; %n of {allowance_days} taken in {year}.", "", n),
                balance.taken,
                QLocale(),
            ).format(
                days=days, allowance=allowance, allowance_days=allowance_days, year=balance.year
            )
        if after.beyond:
            # The days over counted in words: "1 day", « 0,5 jour » (a bare "{over} days"
            # read "1 days").
            over = days_in_words(after.beyond, working=False)
            return self.tr(
                "{days}; {over} beyond the allowance of {allowance} for {year}: "
                "approving is refused."
            ).format(days=days, over=over, allowance=allowance, year=balance.year)
        # The days agree with the count left (« il restera 1 jour », « 0,5 jour »).
        return write_counted(
            lambda n: self.tr(
                "{days}; once approved, %n of {allowance_days} left for {year}.", "", n
            ),
            after.left.normalize(),
            QLocale(),
        ).format(days=days, allowance=allowance, allowance_days=allowance_days, year=balance.year)

    def _expense_fact(self, budget: ExpenseBudget) -> str:
        refusal = approval_refusal(budget)
        if refusal is not None:
            return refusal
        line = budget_line_text(budget)
        if not self.approve and budget.remaining is not None:
            # Rejected, nothing is charged: what the line has left now.
            return self.tr("Budget {line}: {left} left.").format(
                line=line, left=self._format.money(budget.remaining, "RWF")
            )
        if budget.overspends and budget.remaining_after is not None:
            return f"{line}: {overspend_text(budget)}"
        return self.tr("Budget {line}: {left} left after approval.").format(
            line=line, left=self._format.money(budget.remaining_after, "RWF")
        )

    def _payroll_fact(self, totals: PeriodTotals, item: WaitingItem) -> str:
        net = self._format.money(totals.net, item.currency or DEFAULT_CURRENCY)
        count = totals.employees
        # One payslip is not "1 payslips" (plural38); no English translator: its "(s)" here.
        said = self.tr("%n payslip(s), {net} net to pay.", "", count)
        said = write_count(said.replace("(s)", "" if count == 1 else "s"), count, QLocale())
        return said.format(net=net)

    def _order_fact(self, facts: OrderFacts, item: WaitingItem) -> str:
        total = self._format.money(facts.total, item.currency or DEFAULT_CURRENCY)
        waiting = facts.waiting_level
        if waiting is None:
            return self.tr("Total {total}; {state} already.").format(
                total=total, state=state_text(facts.status).lower()
            )
        return self.tr("Total {total}; waiting for: {level}.").format(
            total=total, level=level_name(waiting.level).lower()
        )

    def _describe(self, item: WaitingItem) -> str:
        who = self.tr(", from {name}").format(name=item.submitted_by) if item.submitted_by else ""
        kind, title = kind_label(item.kind), record_name(item.title)
        if item.amount is None:
            what = self.tr("{kind}: {title}").format(kind=kind, title=title)
        else:
            # Money decided in a batch: the sum of each, as the list showed it.
            amount = self._format.money(item.amount, item.currency or DEFAULT_CURRENCY)
            what = self.tr("{kind}: {title}, {amount}").format(
                kind=kind, title=title, amount=amount
            )
        return what + who

    def _summary(self, decisions: list[Decision]) -> str:
        done = sum(1 for d in decisions if d.decided)
        uncertain = sum(1 for d in decisions if d.uncertain)
        refused = len(decisions) - done - uncertain
        said = self.tr("%n approved.", "", done) if self.approve else self._rejected(decisions)
        if uncertain:
            said = " ".join([said, self.tr("1 may have been decided: reload to see.")])
        if not refused:
            return said
        if refused == 1:
            return " ".join([said, self.tr("1 not decided: the reason is beside it.")])
        return " ".join([said, self.tr("%n not decided: the reason is beside each.", "", refused)])

    def _rejected(self, decisions: list[Decision]) -> str:
        """What rejecting did, in the person's words: a pay period is not rejected, its run
        is cancelled ("2 rejected, 1 pay period cancelled."), as each line says."""
        runs = sum(1 for d in decisions if d.decided and d.item.kind == "payroll")
        others = sum(1 for d in decisions if d.decided and d.item.kind != "payroll")
        any_runs = any(d.item.kind == "payroll" for d in decisions)
        any_others = any(d.item.kind != "payroll" for d in decisions)
        if not any_runs or (others and not runs):
            return self.tr("%n rejected.", "", others)
        # English has one form for %n and "period" takes an s: a phrase of its own for
        # one, the %n forms for translators.
        if runs == 1:
            cancelled = self.tr("1 pay period cancelled")
        else:
            cancelled = self.tr("%n pay periods cancelled", "", runs)
        if not any_others or not others:
            # The sentence's start (Kinyarwanda's phrase starts with a word, lower case).
            return f"{cancelled[:1].upper()}{cancelled[1:]}."
        return self.tr("{rejected}, {cancelled}.").format(
            rejected=self.tr("%n rejected", "", others), cancelled=cancelled
        )
