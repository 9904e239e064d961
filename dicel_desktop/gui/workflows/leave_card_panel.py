"""A person's leave card above their requests (balance40, people40 finding 6): each leave
type's balance for the company's year, and the next in December or once leave is asked
in it, in the Request leave dialog's own sentences (``leave_texts.balance_text``). My
work > My leave shows the reader's; an employee record's Leave tab shows that
employee's to HR and the supervisor.

Read off the GUI thread (``services.leave_card``), again when a request is filed,
decided or cancelled here (:meth:`refresh`), and when the database says a leave request
changed anywhere (``NOTIFY dicel_work``, :meth:`on_notified`): at most one read per
:data:`SETTLE_MS`, whatever a flood of notifications asks."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.errors import DicelError, NotAllowed
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.leave_texts import balance_text
from dicel_desktop.services.leave_card import LeaveCard, leave_card

__all__ = ["SETTLE_MS", "EmployeeLeaveTab", "LeaveCardPanel"]

#: Notifications within this long of the first are read together, once: a year's leave
#: does not change by the millisecond, and any login may NOTIFY the channel.
SETTLE_MS = 300


class LeaveCardPanel(QWidget):
    #: The card was read and shown (tests wait on it).
    shown = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        employee_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leaveCard")
        self._worker = worker
        #: None: the reader's own.
        self._employee_id = employee_id
        #: The card shown, None before the first read (tests read it).
        self.card: LeaveCard | None = None
        #: One label per line, in the order shown (tests read their text).
        self.lines: list[QLabel] = []
        self._generation = 0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._read)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(8, 4, 8, 4)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(2)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setContentsMargins(8, 4, 8, 4)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._grid)
        layout.addWidget(self.message)
        layout.addStretch(1)  # lines keep together where the card is given more room
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    # ----------------------------------------------------------------- reading

    def refresh(self) -> None:
        """Read the card now (shown first, a request filed, decided or cancelled here)."""
        self._settle.stop()
        self._read()

    def on_notified(self, table: str) -> None:
        """A record of ``table`` changed in the database (someone else's session too)."""
        if table == "leave_requests" and not self._settle.isActive():
            self._settle.start()

    @slot_while_whole(keeps="_worker")
    def _read(self) -> None:
        if self._worker.is_shut_down:
            return  # the window is closing: its settle timer fired after the worker stopped
        self._generation += 1
        generation = self._generation
        (
            Op(self._worker, leave_card, self._employee_id)
            .for_widget(self)
            .on_success(lambda card: self._on_read(generation, card))
            .on_failure(lambda error: self._on_failed(generation, error))
            .run()
        )

    def _on_read(self, generation: int, card: LeaveCard) -> None:
        if generation != self._generation:
            return  # a later read is on its way
        self.card = card
        self._clear()
        if not card.balances:
            self._say(
                self.tr(
                    "No leave type has a yearly allowance, and no leave is taken or waiting "
                    "for a decision in %1."
                ).replace("%1", str(card.years[0]))
            )
        else:
            self.message.hide()
            # One column a year, one row a type: a type's two years side by side.
            kinds = list(dict.fromkeys(b.leave_type for b in card.balances))
            for balance in card.balances:
                label = QLabel(balance_text(balance))
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._grid.addWidget(
                    label,
                    kinds.index(balance.leave_type),
                    card.years.index(balance.year),
                    Qt.AlignmentFlag.AlignTop,
                )
                # Shown now: a label added to a shown card is shown by a queued call,
                # and a layout counts no hidden widget, so the tab measured the card
                # empty (its margins, 8 pixels) and it scrolled (CI, stop 40).
                label.show()
                self.lines.append(label)
            for column in range(len(card.years)):
                self._grid.setColumnStretch(column, 1)
        self.shown.emit(card)

    def _on_failed(self, generation: int, error: DicelError) -> None:
        if generation != self._generation:
            return
        self._clear()
        if isinstance(error, NotAllowed) and self._employee_id is not None:
            # Someone else's card the reader may not read (a colleague's record): not a
            # refusal under every colleague's name, no card; the list shows them nothing.
            self.hide()
            return
        self._say(describe_error(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _clear(self) -> None:
        for label in self.lines:
            self._grid.removeWidget(label)
            label.deleteLater()
        self.lines = []


#: The most of an employee's Leave tab the card takes; its lines scroll beyond it.
CARD_SHARE = 0.6


class EmployeeLeaveTab(QWidget):
    """An employee record's Leave tab: their card above their requests (HR, the
    supervisor). The card is read when the tab is first shown (card40: HR opening an
    employee for their address or salary pays no balance reads, 14 for seven types and
    two years), then follows the list's changes here and the database's notifications.
    Lines that arrive while the tab is in sight
    are shown at once, so :meth:`_fit_card` measures them (a queued show left the card
    measured empty and scrolling: CI at stop 40, decisions "the lead, stop 41")."""

    def __init__(
        self,
        worker: DbWorker,
        employee_id: uuid.UUID,
        lines: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.card = LeaveCardPanel(worker, employee_id, parent=self)
        self.lines = lines
        #: A notification made the card read again: the list follows it, once.
        self._list_follows = False
        self.card.shown.connect(self._on_card_shown)
        # A record window's tabs are lower than My work's page: the card scrolls there
        # rather than cutting its sentences short, and the requests keep most of the room.
        # Preferred, not Minimum: the scroll area then holds the card to the height its
        # lines need at the tab's width; under Minimum it took their height unwrapped
        # (424 pixels for 186) and scrolled with every line in sight.
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 2)
        layout.addWidget(lines, 3)
        #: Shown once: the card has been read and follows changes from then on.
        self.started = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.started:
            self.started = True
            self.card.refresh()

    @slot_while_whole(str, keeps="card")
    def on_table_changed(self, table: str) -> None:
        """A leave request was saved, decided or cancelled in this window."""
        if table == "leave_requests" and self.started:
            self.card.refresh()

    @slot_while_whole(str, keeps="card")
    def on_records_notified(self, table: str) -> None:
        # Before the tab is shown nothing is read: its first showing reads the card.
        if table == "leave_requests" and self.started:
            self._list_follows = True
            self.card.on_notified(table)

    @slot_while_whole(object, keeps="card")
    def _on_card_shown(self, _card: object) -> None:
        self._fit_card()
        grid = getattr(self.lines, "grid", None)
        if self._list_follows and grid is not None:
            self._list_follows = False
            grid.refresh()

    def close_list(self) -> None:
        close_list = getattr(self.lines, "close_list", None)
        if close_list is not None:
            close_list()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_card()

    def _fit_card(self) -> None:
        """The card as high as its lines need, up to :data:`CARD_SHARE` of the tab; the
        requests list takes the rest (eye40b, 10: 4 of 12 lines showed in a fixed share
        while the list below had room)."""
        layout = self.layout()
        scroll = layout.itemAt(0).widget()
        layout.setStretch(0, 0)
        layout.setStretch(1, 1)
        if self.card.isHidden():
            scroll.setFixedHeight(0)
            return
        width = scroll.viewport().width()
        need = self.card.heightForWidth(width) if self.card.hasHeightForWidth() else -1
        need = max(need, self.card.minimumSizeHint().height())
        scroll.setFixedHeight(min(need, int(self.height() * CARD_SHARE)))
