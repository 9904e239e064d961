"""The steps of purchase orders and stock in record windows (migration 0013): Submit,
Approve… and Reject… (one dialog), Receive…, and Move stock… on an item. Each is offered
in the states it applies to and to the roles that may call its function
(``gui/records/actions.py``); the database decides the rest and says why not."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import ask
from dicel_desktop.gui.records.actions import RecordAction, register
from dicel_desktop.gui.records.record_window import RecordWindow
from dicel_desktop.gui.workflows.decide_purchase_order_dialog import DecidePurchaseOrderDialog
from dicel_desktop.gui.workflows.move_stock_dialog import MoveStockDialog
from dicel_desktop.gui.workflows.receive_purchase_order_dialog import ReceivePurchaseOrderDialog
from dicel_desktop.services import purchasing

__all__ = ["STEPS"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PurchasingSteps", text)


def _after(window: RecordWindow, said: str) -> None:
    """The record moved on: show it as it is now, and what happened."""
    window.reload()
    window.message.say(said, problem=False)


def _state_words(state: str) -> str:
    return {
        "pending": _tr("It now waits for the next level's approval."),
        "approved": _tr("It is approved: it can be ordered and received."),
        "rejected": _tr("It is rejected."),
        "partially_received": _tr("Part of it has arrived; the rest is still awaited."),
        "received": _tr("Everything it ordered has arrived."),
        "ordered": _tr("It is ordered: receive it when it arrives."),
        "cancelled": _tr("It is cancelled."),
    }.get(state, "")


def _ready(window: RecordWindow) -> bool:
    """A step acts on the saved record: unsaved changes are saved (or undone) first."""
    if window.form.is_dirty():
        window.message.say(_tr("Save or undo your changes first, then take this step."))
        return False
    return window.record is not None and not window.is_busy


# --------------------------------------------------------------------------- submit


def _submit(window: RecordWindow) -> None:
    if not _ready(window):
        return
    record = window.record
    assert record is not None
    text = _tr(
        "Submit %1 for approval? Its lines can no longer be changed once it is submitted."
    ).replace("%1", record.title)
    ask(
        window,
        window.windowTitle(),
        text,
        {
            QMessageBox.StandardButton.Yes: functools.partial(_do_submit, window),
            QMessageBox.StandardButton.Cancel: None,
        },
        default=QMessageBox.StandardButton.Yes,
        labels={QMessageBox.StandardButton.Yes: _tr("&Submit")},
    )


def _do_submit(window: RecordWindow) -> None:
    record = window.record
    assert record is not None

    def failed(error: DicelError) -> None:
        window.message.say(describe_error(error))

    window.message.say(_tr("Submitting…"), problem=False)
    (
        Op(window.worker, purchasing.submit_purchase_order, order_id=record.id)
        .for_widget(window)
        .explaining("purchase_orders", {}, action="update")
        .on_success(lambda _none: _after(window, _tr("Submitted for approval.")))
        .on_failure(failed)
        .run()
    )


# --------------------------------------------------------------------------- order, cancel


def _confirmed_step(
    window: RecordWindow, question: str, yes: str, busy: str, step, state: str
) -> None:
    """Ask ``question`` (``yes`` takes the step), then run ``step(session, order_id)``."""
    record = window.record
    assert record is not None

    def run() -> None:
        window.message.say(busy, problem=False)
        (
            Op(window.worker, step, order_id=record.id)
            .for_widget(window)
            .explaining("purchase_orders", {}, action="update")
            .on_success(lambda _none: _after(window, _state_words(state)))
            .on_failure(lambda error: window.message.say(describe_error(error)))
            .run()
        )

    ask(
        window,
        window.windowTitle(),
        question.replace("%1", record.title),
        {QMessageBox.StandardButton.Yes: run, QMessageBox.StandardButton.Cancel: None},
        default=QMessageBox.StandardButton.Yes,
        labels={QMessageBox.StandardButton.Yes: yes},
    )


def _mark_ordered(window: RecordWindow) -> None:
    if _ready(window):
        _confirmed_step(
            window,
            _tr("Has %1 been sent to its supplier?"),
            _tr("Mark &ordered"),
            _tr("Marking it ordered…"),
            purchasing.mark_ordered,
            "ordered",
        )


def _cancel(window: RecordWindow) -> None:
    if _ready(window):
        _confirmed_step(
            window,
            _tr("Cancel %1? It can then no longer be approved, ordered or received."),
            _tr("Cancel &order"),
            _tr("Cancelling…"),
            purchasing.cancel_purchase_order,
            "cancelled",
        )


# --------------------------------------------------------------------------- decide, receive


def _decide(window: RecordWindow, *, approve: bool) -> None:
    if not _ready(window):
        return
    assert window.record is not None
    dialog = DecidePurchaseOrderDialog.open_for(
        window, window.worker, window.record.id, approve=approve
    )
    dialog.decided.connect(
        lambda state: _after(window, _tr("Decided.") + " " + _state_words(state))
    )


def _receive(window: RecordWindow) -> None:
    if not _ready(window):
        return
    assert window.record is not None
    dialog = ReceivePurchaseOrderDialog.open_for(window, window.worker, window.record.id)
    dialog.received.connect(
        lambda state: _after(window, _tr("Received.") + " " + _state_words(state))
    )


def _move_stock(window: RecordWindow) -> None:
    if not _ready(window):
        return
    assert window.record is not None
    dialog = MoveStockDialog.open_for(window, window.worker, window.record.id)
    dialog.moved.connect(lambda _movement: _after(window, _tr("The stock was moved.")))


#: Who is offered an order's decision in its window: those who buy and pay, told by it
#: whose level the order waits for. Every login may call the function (a department's
#: manager may have any role and decides from Waiting for me); an auditor reads orders
#: but decides none.
_DECIDING_ROLES = frozenset({Role.INVENTORY, Role.FINANCE, Role.ADMIN})

#: (table, step), registered in this order.
STEPS: tuple[tuple[str, RecordAction], ...] = (
    (
        "purchase_orders",
        RecordAction(
            _tr("S&ubmit"),
            "dicel_submit_purchase_order",
            _submit,
            frozenset({"draft"}),
            tooltip=_tr("Send the order for approval"),
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            _tr("&Approve…"),
            "dicel_decide_purchase_order",
            functools.partial(_decide, approve=True),
            frozenset({"pending"}),
            roles=_DECIDING_ROLES,
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            _tr("&Reject…"),
            "dicel_decide_purchase_order",
            functools.partial(_decide, approve=False),
            frozenset({"pending"}),
            roles=_DECIDING_ROLES,
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            _tr("Recei&ve…"),
            "dicel_receive_purchase_order",
            _receive,
            frozenset({"approved", "ordered", "partially_received"}),
            tooltip=_tr("Record what arrived, line by line"),
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            _tr("Mark &ordered…"),
            "dicel_mark_purchase_order_ordered",
            _mark_ordered,
            frozenset({"approved"}),
            tooltip=_tr("Record that the order was sent to its supplier"),
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            _tr("Cance&l order…"),
            "dicel_cancel_purchase_order",
            _cancel,
            frozenset({"draft", "pending", "approved", "ordered"}),
            tooltip=_tr("Nothing of it has arrived yet: it will not be ordered or received"),
        ),
    ),
    (
        "inventory_items",
        RecordAction(
            _tr("&Move stock…"),
            "dicel_move_stock",
            _move_stock,
            tooltip=_tr("Stock in, out, or a correction after a count"),
        ),
    ),
)

for _table, _step in STEPS:
    register(_table, _step)
