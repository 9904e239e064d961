"""Approve or reject a purchase order at the level that waits: the order, its lines, the
levels decided so far and a note, then ``dicel_decide_purchase_order`` (through
``services.purchasing.decide_purchase_order``). The database decides who may: a refusal
("Already approved by Jean Mugabo at 10:42.") is shown here."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import MOVED_ON, state_text
from dicel_desktop.gui.workflows.order_facts_view import OrderFactsView, level_name
from dicel_desktop.gui.workflows.step_dialog import StepDialog
from dicel_desktop.services import purchasing
from dicel_desktop.services.purchasing import OrderFacts

#: Refusals of an order changed since it was shown: it is read again, the note kept.
_CHANGED = frozenset({"changed_since_shown_by", "changed_since_shown"})


class DecidePurchaseOrderDialog(StepDialog):
    """Opened by :meth:`open_for`; ``decided`` says the order's state after."""

    #: The decision was taken: the order's state after it ("pending", "approved"...).
    decided = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        order_id: uuid.UUID,
        *,
        approve: bool,
        parent: QWidget | None = None,
        seen: dt.datetime | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.order_id = order_id
        self.facts: OrderFacts | None = None
        #: The version of what the window under it showed (``Record.decision_version``):
        #: a decision is on that too, its files included, until the order is read again
        #: after a refusal. None: on what this dialog read.
        self._seen = seen
        #: Said again once the facts are read again (why they were).
        self._after_read = ""
        self.setWindowTitle(self.tr("Approve or reject the purchase order"))
        self.view = OrderFactsView()
        self.deciding = QLabel()
        self.deciding.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Why, for whoever reads the order later"))
        # Tab goes on to the buttons; a note is a few words, not a document.
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().height() * 4)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)

        self.approve_button = QPushButton(self.tr("&Approve"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        chosen = self.approve_button if approve else self.reject_button
        chosen.setDefault(True)
        #: The button Enter presses, given back if a refusal's read finds a level waiting.
        self._chosen = chosen
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))

        self.lay_out(self.view, self.deciding, note_label, self.note)
        self.resize(640, 520)
        self._can_decide(False)
        self.note.setFocus()
        self.read(purchasing.order_facts, self._on_facts_read, order_id=order_id)

    @classmethod
    def open_for(
        cls,
        parent: QWidget,
        worker: DbWorker,
        order_id: uuid.UUID,
        *,
        approve: bool,
        seen: dt.datetime | None = None,
    ) -> DecidePurchaseOrderDialog:
        """Show the dialog over ``parent`` without blocking; ``seen``: the version of the
        order as the window under it showed it."""
        dialog = cls(worker, order_id, approve=approve, parent=parent, seen=seen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_facts_read(self, facts: OrderFacts) -> None:
        self.facts = facts
        self.view.show_facts(facts)
        said, self._after_read = self._after_read, ""
        if said:
            self.show_problem(said)
        self.setWindowTitle(self.tr("Approve or reject %1").replace("%1", facts.number))
        waiting = facts.waiting_level
        if waiting is None:
            self.deciding.setText(
                self.tr("This purchase order is %1: there is nothing left to decide.").replace(
                    "%1", state_text(facts.status).lower()
                )
            )
            # Off now, not only at the next read: the read's end turned them on by the
            # facts it replaced.
            self._can_decide(False)
            self.settle(said or self.deciding.text())
            return
        self.deciding.setText(
            self.tr("You decide for: %1.").replace("%1", level_name(waiting.level).lower())
        )
        if self.moved_on:
            # The refusal's read found another level waiting: decided again from here.
            self.moved_on = ""
            for button in (self.approve_button, self.reject_button):
                button.setToolTip("")
            self._chosen.setDefault(True)
        self._can_decide(True)

    def _can_decide(self, can: bool) -> None:
        self.approve_button.setEnabled(can)
        self.reject_button.setEnabled(can)

    def busy_changed(self, busy: bool) -> None:
        # A decision on its way holds the note; a read does not: what is typed while the
        # order is read goes into it (keys38: it was lost).
        self.note.setReadOnly(busy and self._taking)
        if not busy and self.facts is None:
            self._can_decide(False)  # nothing read yet (or it failed): nothing to decide
        elif not busy:
            self._can_decide(self.facts.waiting_level is not None)

    def _decide(self, approve: bool) -> None:
        if self.is_busy or self.facts is None:
            return
        self.take_step(
            purchasing.decide_purchase_order,
            self._on_decided,
            table="purchase_orders",
            on_refused=self._on_refused,
            order_id=self.order_id,
            approve=approve,
            note=self.note.toPlainText().strip() or None,
            # On the order as shown: changed since by someone else, nothing is decided.
            shown=self._seen or self.facts.version,
        )

    def _on_refused(self, error: DicelError) -> None:
        if error.code in MOVED_ON:
            # Someone else's step came first ("Already cancelled by …"): the order is read
            # again, and with nothing left to decide its buttons stay off. Moved on from
            # now, not from the read's end: Esc meanwhile closes, the note unasked
            # (discard39; what stays typed is there to copy).
            self._after_read = describe_error(error)
            self.moved_on = self._after_read
            self.read(purchasing.order_facts, self._on_facts_read, order_id=self.order_id)
            # The window (or the inbox) under it shows it as it is now too.
            self.reload_under()
        elif error.code in _CHANGED:
            # Show what it is now, with why; the note stays as typed. They decide again,
            # on what the dialog then shows.
            self._after_read = describe_error(error)
            self._seen = None
            self.read(purchasing.order_facts, self._on_facts_read, order_id=self.order_id)

    def _on_decided(self, state: str) -> None:
        self.decided.emit(state)
        self.accept()
