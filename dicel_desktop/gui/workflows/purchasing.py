"""The steps of purchase orders and stock in record windows (migration 0013): Submit,
Approve… and Reject… (one dialog), Receive…, Close order… of a partly received order
(migration 0071), and Move stock… on an item. Each is offered
in the states it applies to and to the roles that may call its function
(``gui/records/actions.py``); the database decides the rest and says why not."""

from __future__ import annotations

import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QDialog, QMessageBox

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import ask
from dicel_desktop.gui.records.actions import RecordAction, register
from dicel_desktop.gui.records.record_window import FORM_COMPANIONS, RecordWindow
from dicel_desktop.gui.workflows.close_purchase_order_dialog import ClosePurchaseOrderDialog
from dicel_desktop.gui.workflows.decide_purchase_order_dialog import DecidePurchaseOrderDialog
from dicel_desktop.gui.workflows.move_stock_dialog import MoveStockDialog
from dicel_desktop.gui.workflows.order_waiting_line import OrderWaitingLine
from dicel_desktop.gui.workflows.receive_purchase_order_dialog import ReceivePurchaseOrderDialog
from dicel_desktop.services import purchasing

__all__ = ["STEPS"]


def _after(window: RecordWindow, said: str) -> None:
    """The record moved on: show it as it is now, and what happened."""
    window.reload()
    window.message.say(said, problem=False)


class _WindowNote(QObject):
    """What a purchasing step's dialog did, said on the record window it opened over,
    which then shows the order as it is now. A child of the dialog, finding the window
    (the dialog's parent) when told: a lambda holding the window, kept by the dialog's
    connection, could be the window's last reference, freed as the closed dialog was
    deleted, and delete the window, which deleted the dialog a second time (the payroll
    page's crash, split44; lambdas44). Its slots read no attribute of its own: nothing
    the collector clears."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)

    def _window(self) -> RecordWindow | None:
        dialog = self.parent()
        window = dialog.parentWidget() if isinstance(dialog, QDialog) else None
        return window if isinstance(window, RecordWindow) else None

    @Slot(object)
    def closed(self, _none: object) -> None:
        window = self._window()
        if window is not None:
            window.message.say(
                QCoreApplication.translate(
                    "PurchasingSteps",
                    "Closed: what was received stays in stock; the rest is no longer expected.",
                ),
                problem=False,
            )

    @Slot(str)
    def decided(self, state: str) -> None:
        window = self._window()
        if window is not None:
            said = QCoreApplication.translate("PurchasingSteps", "Decided.")
            _after(window, said + " " + _state_words(state))

    @Slot(str)
    def received(self, state: str) -> None:
        window = self._window()
        if window is not None:
            said = QCoreApplication.translate("PurchasingSteps", "Received.")
            _after(window, said + " " + _state_words(state))

    @Slot(object)
    def moved(self, _movement: object) -> None:
        window = self._window()
        if window is not None:
            _after(window, QCoreApplication.translate("PurchasingSteps", "The stock was moved."))


def _state_words(state: str) -> str:
    return {
        "pending": QCoreApplication.translate(
            "PurchasingSteps", "It now waits for the next level's approval."
        ),
        "approved": QCoreApplication.translate(
            "PurchasingSteps", "It is approved: it can be ordered and received."
        ),
        "rejected": QCoreApplication.translate("PurchasingSteps", "It is rejected."),
        "partially_received": QCoreApplication.translate(
            "PurchasingSteps", "Part of it has arrived; the rest is still awaited."
        ),
        "received": QCoreApplication.translate(
            "PurchasingSteps", "Everything it ordered has arrived."
        ),
        "ordered": QCoreApplication.translate(
            "PurchasingSteps", "It is ordered: receive it when it arrives."
        ),
        "cancelled": QCoreApplication.translate("PurchasingSteps", "It is cancelled."),
    }.get(state, "")


def _refused(window: RecordWindow, error: DicelError) -> None:
    """The database refused the step: say why, and have the steps that ask what stops
    them ask again (a supplier blocked since the window showed the order disables
    Submit, saying so), the form left as it is."""
    window.message.say(describe_error(error))
    window.steps.recheck()


def _ready(window: RecordWindow) -> bool:
    """The record is loaded and nothing runs on it (the step bar has already refused
    the step over unsaved changes)."""
    return window.record is not None and not window.is_busy


# --------------------------------------------------------------------------- submit


def _submit(window: RecordWindow) -> None:
    if not _ready(window):
        return
    record = window.record
    assert record is not None
    text = QCoreApplication.translate(
        "PurchasingSteps",
        "Submit %1 for approval? Its lines can no longer be changed once it is submitted.",
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
        labels={
            QMessageBox.StandardButton.Yes: QCoreApplication.translate("PurchasingSteps", "&Submit")
        },
    )


def _do_submit(window: RecordWindow) -> None:
    record = window.record
    assert record is not None

    window.message.say(QCoreApplication.translate("PurchasingSteps", "Submitting…"), problem=False)
    (
        Op(window.worker, purchasing.submit_purchase_order, order_id=record.id)
        .for_widget(window)
        .explaining("purchase_orders", {}, action="update")
        .on_success(
            lambda _none: _after(
                window, QCoreApplication.translate("PurchasingSteps", "Submitted for approval.")
            )
        )
        .on_failure(lambda error: _refused(window, error))
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
            .on_failure(lambda error: _refused(window, error))
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
            QCoreApplication.translate("PurchasingSteps", "Has %1 been sent to its supplier?"),
            QCoreApplication.translate("PurchasingSteps", "Mark &ordered"),
            QCoreApplication.translate("PurchasingSteps", "Marking it ordered…"),
            purchasing.mark_ordered,
            "ordered",
        )


def _cancel(window: RecordWindow) -> None:
    if _ready(window):
        _confirmed_step(
            window,
            QCoreApplication.translate(
                "PurchasingSteps",
                "Cancel %1? It can then no longer be approved, ordered or received.",
            ),
            QCoreApplication.translate("PurchasingSteps", "Cancel &order"),
            QCoreApplication.translate("PurchasingSteps", "Cancelling…"),
            purchasing.cancel_purchase_order,
            "cancelled",
        )


def _close(window: RecordWindow) -> None:
    if _ready(window):
        dialog = ClosePurchaseOrderDialog.open_for(window)
        dialog.step_taken.connect(_WindowNote(dialog).closed)


# --------------------------------------------------------------------------- decide, receive


def _decide(window: RecordWindow, *, approve: bool) -> None:
    if not _ready(window):
        return
    assert window.record is not None
    dialog = DecidePurchaseOrderDialog.open_for(
        window,
        window.worker,
        window.record.id,
        approve=approve,
        seen=window.record.decision_version,
    )
    dialog.decided.connect(_WindowNote(dialog).decided)


def _receive(window: RecordWindow) -> None:
    if not _ready(window):
        return
    assert window.record is not None
    dialog = ReceivePurchaseOrderDialog.open_for(window, window.worker, window.record.id)
    dialog.received.connect(_WindowNote(dialog).received)


def _move_stock(window: RecordWindow) -> None:
    if not _ready(window):
        return
    assert window.record is not None
    dialog = MoveStockDialog.open_for(window, window.worker, window.record.id, window.role)
    dialog.moved.connect(_WindowNote(dialog).moved)


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
            QT_TRANSLATE_NOOP("PurchasingSteps", "S&ubmit…"),
            "dicel_submit_purchase_order",
            _submit,
            frozenset({"draft"}),
            tooltip=QT_TRANSLATE_NOOP("PurchasingSteps", "Send the order for approval"),
            stopped_by=purchasing.what_stops_placing,
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            QT_TRANSLATE_NOOP("PurchasingSteps", "&Approve…"),
            "dicel_decide_purchase_order",
            functools.partial(_decide, approve=True),
            frozenset({"pending"}),
            roles=_DECIDING_ROLES,
            stopped_by=purchasing.what_stops_deciding,
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            QT_TRANSLATE_NOOP("PurchasingSteps", "&Reject…"),
            "dicel_decide_purchase_order",
            functools.partial(_decide, approve=False),
            frozenset({"pending"}),
            roles=_DECIDING_ROLES,
            # A rejection's stops: the approval's, but a change of the order (DW005).
            stopped_by=functools.partial(purchasing.what_stops_deciding, approve=False),
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            QT_TRANSLATE_NOOP("PurchasingSteps", "Recei&ve…"),
            "dicel_receive_purchase_order",
            _receive,
            frozenset({"approved", "ordered", "partially_received"}),
            tooltip=QT_TRANSLATE_NOOP("PurchasingSteps", "Record what arrived, line by line"),
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            QT_TRANSLATE_NOOP("PurchasingSteps", "Mark &ordered…"),
            "dicel_mark_purchase_order_ordered",
            _mark_ordered,
            frozenset({"approved"}),
            tooltip=QT_TRANSLATE_NOOP(
                "PurchasingSteps", "Record that the order was sent to its supplier"
            ),
            stopped_by=purchasing.what_stops_placing,
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            QT_TRANSLATE_NOOP("PurchasingSteps", "Cance&l order…"),
            "dicel_cancel_purchase_order",
            _cancel,
            frozenset({"draft", "pending", "approved", "ordered"}),
            tooltip=QT_TRANSLATE_NOOP(
                "PurchasingSteps",
                "Nothing of it has arrived yet: it will not be ordered or received",
            ),
        ),
    ),
    (
        "purchase_orders",
        RecordAction(
            QT_TRANSLATE_NOOP("PurchasingSteps", "Close or&der…"),
            "dicel_close_purchase_order",
            _close,
            frozenset({"partially_received"}),
            tooltip=QT_TRANSLATE_NOOP(
                "PurchasingSteps",
                "End it as it stands: what arrived stays in stock, the rest is no longer expected",
            ),
        ),
    ),
    (
        "inventory_items",
        RecordAction(
            QT_TRANSLATE_NOOP("PurchasingSteps", "&Move stock…"),
            "dicel_move_stock",
            _move_stock,
            tooltip=QT_TRANSLATE_NOOP(
                "PurchasingSteps", "Stock in, out, or a correction after a count"
            ),
        ),
    ),
)

for _table, _step in STEPS:
    register(_table, _step)

# Who approved a pending order and what it waits for, said under its title (eye30r, 9).
FORM_COMPANIONS["purchase_orders"] = OrderWaitingLine
