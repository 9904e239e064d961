"""Under a pending purchase order's title, once a level approved it and it waits for the
next: who approved it, for which department, when, and that it now waits for finance,
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

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel

from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.translations import day_in_words
from dicel_desktop.services import purchasing
from dicel_desktop.services.purchasing import OrderWaiting

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

__all__ = ["OrderWaitingLine", "waiting_text"]

log = logging.getLogger(__name__)


def waiting_text(waiting: OrderWaiting | None) -> str:
    """What the line says of ``waiting``; "" when nothing is to be said (the reader may
    decide the level it waits for, or it waits for none)."""
    if waiting is None or waiting.may_decide or waiting.waiting != "finance":
        return ""
    day = waiting.decided_at.astimezone().date() if waiting.decided_at else None
    when = day_in_words(day) if day is not None else ""
    department = waiting.department or ""
    if waiting.mine:
        text = QCoreApplication.translate(
            "OrderWaitingLine", "You approved it for %1 on %2; it now waits for Finance."
        )
    else:
        text = QCoreApplication.translate(
            "OrderWaitingLine", "%3 approved it for %1 on %2; it now waits for Finance."
        ).replace(
            "%3",
            waiting.approver
            or QCoreApplication.translate("OrderWaitingLine", "Its department's manager"),
        )
    return text.replace("%1", department).replace("%2", when)


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
