"""Under a pending purchase order's title, once a level approved it and it waits for the
next: who approved it, for which department, when, and which level it now waits for,
for whoever cannot decide it now (eye30r, 9: the manager who approved it saw Approve…
and Reject… grey, with the reason only in their tooltips; "Decided by" still read "Set
when decided"). Said in the person's words: "You approved it for Inventory on 3
December 2026; it now waits for Finance." to that manager; "Jean Mugabo approved it for
Inventory on 3 December 2026; it now waits for Finance." to anyone else who cannot
decide it. Who may decide it has the buttons: no line.

Read on the DB worker each time the record is shown (``services.purchasing.
order_waiting``: the order's approvals and what would stop the caller deciding).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel

from dicel_desktop.domain.states import PurchaseApprovalLevel
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.translations import day_in_words, fill_in, tr_department
from dicel_desktop.services import purchasing
from dicel_desktop.services.purchasing import OrderWaiting

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

__all__ = ["OrderWaitingLine", "waiting_text"]

log = logging.getLogger(__name__)


#: What the line says the order now waits for, by level: every level has its clause, so
#: an order waiting for its manager after finance approved it has a line too (review 30,
#: F10).
_NOW_WAITS_FOR = {
    PurchaseApprovalLevel.MANAGER: QT_TRANSLATE_NOOP(
        "OrderWaitingLine", "it now waits for its department's manager."
    ),
    PurchaseApprovalLevel.FINANCE: QT_TRANSLATE_NOOP(
        "OrderWaitingLine", "it now waits for Finance."
    ),
}

#: Who approved it (%1; "You" has sentences of its own), for which department (%2) and on
#: which day (%3), then what it waits for (%4), by (mine, department known, day known):
#: a part not known is left out of the sentence rather than left as a hole ("approved it
#: for  on ;").
_APPROVED = {
    (True, True, True): QT_TRANSLATE_NOOP("OrderWaitingLine", "You approved it for %2 on %3; %4"),
    (True, True, False): QT_TRANSLATE_NOOP("OrderWaitingLine", "You approved it for %2; %4"),
    (True, False, True): QT_TRANSLATE_NOOP("OrderWaitingLine", "You approved it on %3; %4"),
    (True, False, False): QT_TRANSLATE_NOOP("OrderWaitingLine", "You approved it; %4"),
    (False, True, True): QT_TRANSLATE_NOOP("OrderWaitingLine", "%1 approved it for %2 on %3; %4"),
    (False, True, False): QT_TRANSLATE_NOOP("OrderWaitingLine", "%1 approved it for %2; %4"),
    (False, False, True): QT_TRANSLATE_NOOP("OrderWaitingLine", "%1 approved it on %3; %4"),
    (False, False, False): QT_TRANSLATE_NOOP("OrderWaitingLine", "%1 approved it; %4"),
}


def waiting_text(waiting: OrderWaiting | None) -> str:
    """What the line says of ``waiting``; "" when nothing is to be said (the reader may
    decide the level it waits for, or it waits for none)."""
    if waiting is None or waiting.may_decide:
        return ""
    day = waiting.decided_at.astimezone().date() if waiting.decided_at else None
    # One the program knows in the reader's words, as its tab: « pour Stocks » (eye38, 2).
    department = tr_department(waiting.department) or ""
    template = _APPROVED[(waiting.mine, bool(department), day is not None)]
    approver = waiting.approver or QCoreApplication.translate(
        "OrderWaitingLine", "Its department's manager"
    )
    return fill_in(
        QCoreApplication.translate("OrderWaitingLine", template),
        {
            "1": approver,
            "2": department,
            "3": day_in_words(day) if day is not None else "",
            "4": QCoreApplication.translate("OrderWaitingLine", _NOW_WAITS_FOR[waiting.waiting]),
        },
    )


class OrderWaitingLine(QObject):
    """See the module docstring. ``line`` is the label under the window's title."""

    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window)
        self._window = window
        self.line = QLabel()
        self.line.setObjectName("orderWaiting")
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line.hide()
        window.add_header_line(self.line)
        #: Answers of earlier asks are dropped: only the latest counts.
        self._generation = 0
        #: The latest ask was answered (tests wait for it).
        self.answered = False
        window.form.loaded.connect(self._ask)
        self._ask()  # the record may have been shown before this was made

    @slot_while_whole(keeps="_window")
    def _ask(self) -> None:
        self._generation += 1
        self.answered = False
        generation = self._generation
        record = self._window.form.record
        if record is None or record.values.get("status") != "pending":
            self._show(generation, None)
            return
        (
            Op(self._window.worker, purchasing.order_waiting, record.id)
            .for_widget(self._window)
            .on_success(lambda waiting: self._show(generation, waiting))
            .on_failure(lambda error: self._failed(generation, error))
            .run()
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        # The buttons' tooltips still say it; the database decides on the press.
        log.info("Could not read what the order waits for: %s", error)
        self._show(generation, None)

    def _show(self, generation: int, waiting: OrderWaiting | None) -> None:
        if generation != self._generation:
            return
        text = waiting_text(waiting)
        self.line.setText(text)
        self.line.setVisible(bool(text))
        self.answered = True
