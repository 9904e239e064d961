"""One item of "Waiting for me" decided in its own decision dialog, the one its record
window opens: a leave request's (balance, who else is away), an expense's (its budget
line), a pay period's (its totals), a purchase order's (its lines and levels).

The dialog opens with the decision chosen in the inbox (Approve… or Reject…) taken for
it: the leave dialog's chosen button has the focus, the expense's and the pay period's
take that one step only, the order's has it as the default button. Each decides on the
record as the inbox showed it (the item's ``version``): changed since by someone else,
nothing is decided and the dialog shows it anew (DW007).

An expense's and a pay period's dialog show the record as the record window reads it:
the caller reads it first (:data:`RECORD_TABLES`, ``services.records.load_record``) and
hands it to :func:`open_item_dialog`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.decide_purchase_order_dialog import DecidePurchaseOrderDialog
from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.gui.workflows.payroll_decision_dialog import PayrollDecisionDialog, PeriodStep
from dicel_desktop.services.inbox import Decision, WaitingItem
from dicel_desktop.services.records import Record

__all__ = ["RECORD_TABLES", "open_item_dialog"]

#: The kinds whose dialog is built on the record as the window reads it: its table.
RECORD_TABLES = {"expense": "expenses", "payroll": "payroll_periods"}


class _Decided(QObject):
    """Tells what an item's dialog decided, as a :class:`Decision`: a child of the
    dialog, holding the item and the decision chosen (plain values), never the one told.
    A lambda on the dialog's signal holding the inbox page (the dialog's parent), kept by
    the dialog's connection, could be the page's last reference, freed as the closed
    dialog was deleted, and delete the page, which deleted the dialog a second time (the
    payroll page's crash, split44; lambdas44). Its slots read only the two values."""

    decided = Signal(object)

    def __init__(self, dialog: QDialog, item: WaitingItem, approve: bool) -> None:
        super().__init__(dialog)
        self.item = item
        self.approve = approve

    @Slot(bool)
    def on_approved(self, approved: bool) -> None:
        """The leave dialog offers both decisions: what was taken is the one pressed."""
        self.decided.emit(Decision(self.item, approved))

    @Slot(str)
    def on_state(self, state: str) -> None:
        """A level approved leaves an order pending (the next level's) or approved; a
        rejection ends it."""
        self.decided.emit(Decision(self.item, state != "rejected"))

    @Slot(object)
    def on_step_taken(self, _result: object) -> None:
        """An expense's or a pay period's dialog takes one step, the one chosen."""
        self.decided.emit(Decision(self.item, self.approve))


def open_item_dialog(
    parent: QWidget,
    worker: DbWorker,
    item: WaitingItem,
    approve: bool,
    on_decided: Callable[[Decision], None],
    *,
    record: Record | None = None,
    role: Role | str | None = None,
) -> QDialog:
    """Open ``item``'s decision dialog over ``parent`` (window modal, not blocking);
    ``on_decided`` gets what was decided once it is: a slot declared on a QObject (a
    lambda holding its object would be kept by the dialog, lambdas44). ``record``: the
    item's record as read for ``role``, for the kinds of :data:`RECORD_TABLES`."""
    dialog: QDialog
    if item.kind == "leave":
        leave = LeaveDecisionDialog(worker, item.id, parent, seen=item.version, chosen=approve)
        told = _Decided(leave, item, approve)
        leave.decided.connect(told.on_approved)
        dialog = leave
    elif item.kind == "purchase_order":
        order = DecidePurchaseOrderDialog(
            worker, item.id, approve=approve, parent=parent, seen=item.version
        )
        told = _Decided(order, item, approve)
        order.decided.connect(told.on_state)
        dialog = order
    elif item.kind in RECORD_TABLES:
        assert record is not None, "read the record first (RECORD_TABLES)"
        # On the version the inbox showed (DW007), not the one read just now.
        shown = dataclasses.replace(record, shown=item.version) if item.version else record
        if item.kind == "expense":
            dialog = ExpenseDecisionDialog(worker, shown, approve, parent=parent, role=role)
        else:
            step = PeriodStep.APPROVE if approve else PeriodStep.CANCEL
            dialog = PayrollDecisionDialog(worker, shown, step, parent=parent, role=role)
        told = _Decided(dialog, item, approve)
        dialog.step_taken.connect(told.on_step_taken)
    else:  # services.inbox leaves out the kinds it does not know
        raise ValueError(f"no decision dialog for {item.kind!r}")
    told.decided.connect(on_decided)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
