"""A record window's step dialogs, deleted as they close, keep nothing that holds their
window. A lambda on a dialog's signal holding the window (``after_step(window)``), kept
by the dialog's connection, could be the window's last reference: freed as the closed
dialog was deleted, it deleted the window, which deleted the dialog a second time (the
payroll page's segmentation fault, split44; lambdas44). Now a dialog's ``open_for``
connects a slot declared on the dialog (or on a child of it) that finds the window, its
parent, when called.

The windows here have no parent, as a test or a tool makes them: Python owns them."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

import pytest
from flow_steps import policy_under_review
from helpers import WAIT_MS
from leave_team import make_team, week
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog

from dicel_desktop.gui.records.editor_factory import make_editor_factory
from dicel_desktop.gui.records.record_window import RecordWindow
from dicel_desktop.gui.tabs.inbox_page import InboxPage
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows import purchasing
from dicel_desktop.gui.workflows.cancel_leave_dialog import CancelLeaveDialog
from dicel_desktop.gui.workflows.close_purchase_order_dialog import ClosePurchaseOrderDialog
from dicel_desktop.gui.workflows.end_leave_early_dialog import EndLeaveEarlyDialog
from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog
from dicel_desktop.gui.workflows.expense_payment_dialog import ExpensePaymentDialog
from dicel_desktop.gui.workflows.invoice_payment_dialog import InvoicePaymentDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.gui.workflows.payment_reversal_dialog import PaymentReversalDialog
from dicel_desktop.gui.workflows.payroll_decision_dialog import PayrollDecisionDialog, PeriodStep
from dicel_desktop.gui.workflows.payroll_payment_dialog import PayrollPaymentDialog
from dicel_desktop.services.inbox import WaitingItem

pytestmark = pytest.mark.usefixtures("rwanda")


def _purchasing(step: Callable[..., None], **options) -> Callable[[RecordWindow], None]:
    def take(window: RecordWindow) -> None:
        step(window, **options)

    return take


#: What opens each step dialog over a record window (the dialogs read facts the record
#: does not have, a policy's: they say so, which does not matter here).
OPENERS: dict[str, Callable[[RecordWindow], object]] = {
    "close order": ClosePurchaseOrderDialog.open_for,
    "pay expense": ExpensePaymentDialog.open_for,
    "decide expense": lambda window: ExpenseDecisionDialog.open_for(window, True),
    "pay invoice": InvoicePaymentDialog.open_for,
    "reverse payment": PaymentReversalDialog.open_for,
    "pay payroll": PayrollPaymentDialog.open_for,
    "decide payroll": lambda window: PayrollDecisionDialog.open_for(window, PeriodStep.APPROVE),
    "cancel leave": CancelLeaveDialog.open_for,
    "end leave early": EndLeaveEarlyDialog.open_for,
    "decide leave": LeaveDecisionDialog.open_for,
    "close order's note": _purchasing(purchasing._close),
    "decide order": _purchasing(purchasing._decide, approve=True),
    "receive order": _purchasing(purchasing._receive),
    "move stock": _purchasing(purchasing._move_stock),
}


#: The steps opened on a leave request's window (the others, on a policy's).
ON_LEAVE = frozenset({"cancel leave", "end leave early"})


@pytest.fixture
def open_window(qtbot, logins):
    """Makes a record window of no parent: a policy's, or a leave request's (only the
    record asked for is made: a leave team is eight logins)."""
    workers: list[DbWorker] = []

    def record(on_leave: bool):
        if on_leave:
            team = make_team(logins)
            return team.clerk, "leave_requests", team.file(team.clerk, week(1))
        _, aimable, policy = policy_under_review(logins)
        return aimable, "compliance_policies", policy

    def make(on_leave: bool = False) -> RecordWindow:
        person, table, record_id = record(on_leave)
        worker = DbWorker(person.session_factory)
        workers.append(worker)
        window = RecordWindow(
            worker, table, person.role, make_editor_factory(worker), record_id=record_id
        )
        window.show()
        qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
        return window

    yield make
    for worker in workers:
        worker.shutdown()


def _dialog_of(window: RecordWindow) -> QDialog:
    (dialog,) = [d for d in window.findChildren(QDialog) if d.isVisible()]
    return dialog


def _deferred_deletes() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()


@pytest.mark.parametrize("step", OPENERS)
def test_a_step_dialog_keeps_no_reference_to_its_window(qtbot, open_window, step):
    """Opened over the window, the dialog adds no reference to it: nothing its signals
    keep is left to free the window as the dialog is deleted."""
    window = open_window(step in ON_LEAVE)
    before = sys.getrefcount(window)
    OPENERS[step](window)
    after = sys.getrefcount(window)
    dialog = _dialog_of(window)
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)
    dialog.reject()
    assert after == before
    window.close()


@pytest.mark.parametrize("when", ["open", "just closed"])
def test_a_window_let_go_with_its_step_dialog_goes_once(qtbot, open_window, when):
    """The window deleted as its opener lets it go (``deleteLater``), with the step
    dialog open or just rejected: each is destroyed once, and nothing crashes."""
    window = open_window()
    dialog, worker = ClosePurchaseOrderDialog.open_for(window), window.worker
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)
    gone: list[str] = []
    window.destroyed.connect(lambda: gone.append("window"))
    dialog.destroyed.connect(lambda: gone.append("dialog"))
    if when == "just closed":
        dialog.reject()
    window.deleteLater()
    del window, dialog
    _deferred_deletes()
    qtbot.waitUntil(lambda: sorted(gone) == ["dialog", "window"], timeout=WAIT_MS)
    _deferred_deletes()
    assert sorted(gone) == ["dialog", "window"]


def test_an_inbox_page_let_go_just_after_its_item_dialog_closes_goes_once(qtbot, logins):
    """The payroll page's case on Waiting for me: an item's decision dialog, the page's
    child, told the page through a lambda holding it. The page (of no parent here) let
    go of just after the dialog is rejected goes, dialog and all, each once."""
    team = make_team(logins)
    leave = team.file(team.clerk, week(1))
    item = WaitingItem("leave", leave, "Aline's leave", None, None, None, None, None)
    worker = DbWorker(team.boss.session_factory)
    try:
        page = InboxPage(worker, role=team.boss.role)
        page.show()
        page._open_item_dialog(item, True, None)
        dialog = page.dialog
        assert isinstance(dialog, LeaveDecisionDialog)
        qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)
        gone: list[str] = []
        page.destroyed.connect(lambda: gone.append("page"))
        dialog.destroyed.connect(lambda: gone.append("dialog"))
        dialog.reject()
        del page, dialog  # the page's last reference: Python deletes it
        _deferred_deletes()  # the rejected dialog's deferred delete, once crashing
        qtbot.waitUntil(lambda: sorted(gone) == ["dialog", "page"], timeout=WAIT_MS)
        _deferred_deletes()
        assert sorted(gone) == ["dialog", "page"]
    finally:
        worker.shutdown()
