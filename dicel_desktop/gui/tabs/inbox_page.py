""" "Waiting for me" in My work: what waits for the person's decision (leave, purchase
orders, expenses, pay periods), kept current by the window's work listener without a refresh.

Approve… and Reject… on one item open that item's own decision dialog, the one its
record window opens, with the facts the decision needs (gui/workflows/item_decision.py).
Several items can be selected (Ctrl+A, Shift or Ctrl with the arrows and Space) and
approved or rejected at once, each listed with its key fact
(gui/workflows/bulk_decision_dialog.py); Enter or a double click opens an item's record.
The lists come from the listener's thread through :meth:`InboxPage.show_items`; the page
never asks the database for them itself (only, for a decision, the record or the facts
its dialog shows).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.tabs.inbox_model import InboxModel
from dicel_desktop.gui.unanswered import Unanswered, loading_text
from dicel_desktop.gui.widgets.message_bar import MessageBar
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import records
from dicel_desktop.services.inbox import Decision, WaitingItem
from dicel_desktop.services.records import Record

_FIT, _SHARE = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
#: Kind, title, details, amount, submitted, by. Titles are short ("Annual leave, 22-24
#: December"): details, the longest, take the spare width (eye40b, 7).
_COLUMN_MODES = (_FIT, _FIT, _SHARE, _FIT, _FIT, _FIT)


class InboxPage(QWidget):
    #: How many items wait now, after each list.
    count_changed = Signal(int)
    #: Items that were not in the previous list (never for the first one).
    items_arrived = Signal(list)
    #: Open the record of an item: (table, id).
    open_requested = Signal(str, object)
    #: Some items were decided from here: the Decisions.
    decided = Signal(list)

    def __init__(
        self, worker: DbWorker, parent: QWidget | None = None, *, role: Role | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        #: The login's role: an expense's or a pay period's dialog shows the record as the
        #: record window reads it for that role (None: those are decided in the bulk
        #: dialog, without it).
        self._role = role
        #: Whether a first list has arrived.
        self.loaded = False
        #: The decision dialog last opened from here (tests drive it): an item's own, or
        #: the bulk one for several.
        self.dialog: QDialog | None = None
        #: The item whose record is being read for its dialog (its buttons wait).
        self._opening: WaitingItem | None = None
        #: That read (its request id).
        self._opening_request: int | None = None
        #: Says "Loading… (no answer from the server yet)" above the list while that
        #: read waits, when the status bar says so (wait40b): the buttons alone are off.
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)

        self.heading = QLabel(self.tr("Waiting for your decision"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setAccessibleName(self.tr("Live updates"))
        self.problem = MessageBar(self)

        self.model = InboxModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Items waiting for your decision"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        # The short columns as wide as their words, details take the rest.
        for column, mode in enumerate(_COLUMN_MODES):
            header.setSectionResizeMode(column, mode)
        self.empty = QLabel(self.tr("Nothing waits for your decision."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.reject_button = QPushButton(self.tr("Re&ject…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.approve_button.setToolTip(
            self.tr("Approve the selected item with its facts, or several one by one")
        )
        self.reject_button.setToolTip(
            self.tr("Reject the selected item with its facts, or several one by one")
        )
        self.open_button.setToolTip(self.tr("Open the current item's record (Enter)"))
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.reject_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)

        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # Declared slots, not lambdas holding the page: kept by the buttons, those made
        # the page one Python never freed (lambdas44).
        self.approve_button.clicked.connect(self._on_approve_clicked)
        self.reject_button.clicked.connect(self._on_reject_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self._show_empty()
        self._on_selection_changed()

    # ----------------------------------------------------------------- from the listener

    def show_items(self, items: list[WaitingItem]) -> None:
        """A new list from the listener: shown with the selection kept where it can be."""
        before = {item.id for item in self.model.items}
        selected = {item.id for item in self.selected_items()}
        current = self._current_item()
        reset = self.model.set_items(items)
        if reset or not self.view.selectionModel().hasSelection():
            # Rows inserted and removed keep the view's selection; a reset loses it.
            self._reselect(selected, current.id if current is not None else None)
        self._show_empty()
        arrived = [item for item in items if item.id not in before]
        first = not self.loaded
        self.loaded = True
        if self._opening is None or not self.unanswered.shows(self.problem.text()):
            self.problem.clear_message()  # not while an item's read still waits
        self.count_changed.emit(len(items))
        if arrived and not first:
            self.items_arrived.emit(arrived)

    def show_state(self, state: str) -> None:
        """What the listener is doing, in a word beside the heading."""
        words = {
            "connecting": self.tr("Connecting…"),
            "listening": self.tr("Live"),
            "polling": self.tr("Checked at intervals"),
            "disconnected": self.tr("Connection lost — retrying"),
        }
        tips = {
            "listening": self.tr("New items appear as soon as they are submitted."),
            "polling": self.tr(
                "The connection to the server cannot bring news as it happens (it goes "
                "through a connection pool), so this list is read again at intervals and "
                "after each of your decisions."
            ),
        }
        self.status.setText(words.get(state, ""))
        self.status.setToolTip(tips.get(state, ""))

    def show_problem(self, sentence: str) -> None:
        self.problem.say(
            self.tr("This list could not be brought up to date: {problem}").format(problem=sentence)
        )

    # ----------------------------------------------------------------- selection

    def selected_items(self) -> list[WaitingItem]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.item(row) for row in rows]

    def _current_item(self) -> WaitingItem | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _reselect(self, selected: set[uuid.UUID], current: uuid.UUID | None) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row, item in enumerate(self.model.items):
            if item.id in selected:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        selection_model = self.view.selectionModel()
        row = self.model.row_of(current) if current is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            selection_model.setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
            if selection.isEmpty():
                # Nothing chosen (yet, or any more): the current item is, as a click
                # on it would make it, so Approve… acts on what the person sees.
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        self._on_selection_changed()

    def _show_empty(self) -> None:
        has_items = self.model.rowCount() > 0
        self.view.setVisible(has_items)
        self.empty.setVisible(not has_items)
        if has_items:
            self.setFocusProxy(self.view)
        else:
            self.setFocusProxy(None)

    @slot_while_whole(QItemSelection, QItemSelection, keeps="_worker")
    def _on_selection_changed(self, *_args: object) -> None:
        chosen = len(self.view.selectionModel().selectedRows())
        can = chosen > 0 and self._opening is None
        self.approve_button.setEnabled(can)
        self.reject_button.setEnabled(can)
        self.open_button.setEnabled(self.view.currentIndex().isValid())

    # ----------------------------------------------------------------- actions

    @slot_while_whole(QModelIndex, keeps="_worker")
    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.item(index.row())
            self.open_requested.emit(item.table, item.id)

    @slot_while_whole(keeps="_worker")
    def _on_open_clicked(self) -> None:
        self._on_view_activated(self.view.currentIndex())

    @slot_while_whole(keeps="_worker")
    def _on_approve_clicked(self) -> None:
        self._decide(approve=True)

    @slot_while_whole(keeps="_worker")
    def _on_reject_clicked(self) -> None:
        self._decide(approve=False)

    def _decide(self, *, approve: bool) -> None:
        items = self.selected_items()
        if not items or self._opening is not None:
            return
        if len(items) == 1:
            self._decide_one(items[0], approve)
            return
        # The decision dialogs come with the first decision, not with every start.
        from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog

        dialog = BulkDecisionDialog.open_for(self, self._worker, items, approve=approve)
        dialog.decided.connect(self._on_dialog_decided)
        self.dialog = dialog

    def _decide_one(self, item: WaitingItem, approve: bool) -> None:
        """That item's own dialog, with its facts; an expense's and a pay period's once
        their record is read, as their window reads it."""
        from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
        from dicel_desktop.gui.workflows.item_decision import RECORD_TABLES

        table = RECORD_TABLES.get(item.kind)
        if table is None:
            self._open_item_dialog(item, approve, None)
            return
        if self._role is None:  # nothing to read the record as: decided as one of many
            dialog = BulkDecisionDialog.open_for(self, self._worker, [item], approve=approve)
            dialog.decided.connect(self._on_dialog_decided)
            self.dialog = dialog
            return
        self._opening = item
        self._on_selection_changed()
        self._opening_request = (
            Op(self._worker, records.load_record, table, self._role, item.id)
            .for_widget(self)
            .on_success(lambda record: self._on_record_read(item, approve, record))
            .on_failure(self._on_record_failed)
            .run()
        )

    def _unanswered_busy(self, request_id: int) -> str:
        """ "Loading…" while ``request_id``, the read of an item's record, waits."""
        if self._opening is None or request_id != self._opening_request:
            return ""
        return loading_text()

    def _say_waiting(self, words: str) -> None:
        self.problem.say(words, problem=False)

    def _on_record_read(self, item: WaitingItem, approve: bool, record: Record) -> None:
        self._opening = None
        self._on_selection_changed()
        self._open_item_dialog(item, approve, record)

    def _on_record_failed(self, error: DicelError) -> None:
        self._opening = None
        self._on_selection_changed()
        self.problem.say(describe_error(error))

    def _open_item_dialog(self, item: WaitingItem, approve: bool, record: Record | None) -> None:
        from dicel_desktop.gui.workflows.item_decision import open_item_dialog

        self.problem.clear_message()
        self.dialog = open_item_dialog(
            self,
            self._worker,
            item,
            approve,
            self._on_item_decided,
            record=record,
            role=self._role,
        )

    @slot_while_whole(object, keeps="_worker")
    def _on_item_decided(self, decision: Decision) -> None:
        # Declared, not a lambda holding the page: kept by the dialog (the page's child,
        # deleted as it closes), a lambda could be the page's last reference (lambdas44).
        self._on_dialog_decided([decision])

    @slot_while_whole(list, keeps="_worker")
    def _on_dialog_decided(self, decisions: list[Decision]) -> None:
        self.decided.emit(decisions)
