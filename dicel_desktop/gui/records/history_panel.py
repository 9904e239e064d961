"""Who changed what and when, field by field: a record's history from the audit trail.

Read through ``services.history`` (the database function ``dicel_record_history``),
which leaves out every column the reader may not read: a salary change shows to HR, and
to a colleague only as a change of the fields they can see. Loaded on the DB worker when
the panel is first shown, and again after each save.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.records.values import EMPTY, FieldDisplay
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets.roomy_rows import give_rows_room
from dicel_desktop.gui.worker import DbWorker, describe_error
from dicel_desktop.services import history
from dicel_desktop.services.forms import FieldKind, FieldSpec, table_fields

_ACTIONS = {
    "INSERT": QT_TRANSLATE_NOOP("HistoryPanel", "Created"),
    "UPDATE": QT_TRANSLATE_NOOP("HistoryPanel", "Changed"),
    "DELETE": QT_TRANSLATE_NOOP("HistoryPanel", "Deleted"),
}


class HistoryPanel(QWidget):
    def __init__(
        self, worker: DbWorker, table: str, record_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.table = table
        self.record_id = record_id
        self.fields = table_fields(table)
        self._display = FieldDisplay()
        self._operation: Op | None = None
        #: The read under way (its request id).
        self._request: int | None = None
        #: Says "Loading the history… (no answer from the server yet)" when the status
        #: bar says so (wait40b): the record window may cover the status bar.
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self.status_says)
        self.entries: list[history.HistoryEntry] = []
        self._names: dict = {}

        self.status = QLabel(self.tr("Loading the history…"))
        self.tree = QTreeWidget()
        give_rows_room(self.tree)  # « Études » before or after, its accent whole
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When and who"), self.tr("Before"), self.tr("After")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.setAccessibleName(self.tr("Record history"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self._loaded_once = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.reload()

    @slot_while_whole(object, keeps="worker")
    def reload_if_shown(self, *_saved: object) -> None:
        """After a save: read again if the history is already on screen (else it is read
        when first shown)."""
        if self._loaded_once:
            self.reload()

    def reload(self) -> None:
        """Read the history again."""
        self._loaded_once = True
        if self._operation is not None:
            self._operation.cancel()
        # An Op: a panel deleted before the answer (its window closed) is not called.
        self._operation = (
            Op(self.worker, history.named_history, table=self.table, record_id=self.record_id)
            .for_widget(self)
            .on_success(self._on_loaded)
            .on_failure(self._on_failed)
        )
        self._request = self._operation.run()
        self.status.setText(self.tr("Loading the history…"))

    def _unanswered_busy(self, request_id: int) -> str:
        """ "Loading the history…" while ``request_id``, this panel's read, waits."""
        if self._operation is None or request_id != self._request:
            return ""
        return self.tr("Loading the history…")

    def status_says(self, words: str) -> None:
        self.status.setText(words)

    def _on_loaded(self, found: history.NamedHistory) -> None:
        self._operation = None
        self._request = None
        entries = self.entries = found.entries
        self._names = found.names
        self.tree.clear()
        if not entries:
            self.status.setText(self.tr("No changes are recorded for this record."))
            return
        self.status.setText(
            self.tr(
                "%n change(s), newest first. Fields you may not read are left out.",
                "",
                len(entries),
            )
        )
        for entry in reversed(entries):  # newest first: what a person looks for
            when = self._display.text(_WHEN, entry.changed_at)
            who = entry.actor_name or self.tr("the system")
            action = self.tr(_ACTIONS.get(entry.action, entry.action))
            heading = self.tr("%1 · %2 by %3").replace("%1", when).replace("%2", action)
            top = QTreeWidgetItem([heading.replace("%3", who), "", ""])
            top.setFirstColumnSpanned(True)
            for change in entry.changes:
                field = self.fields.get(change.column)
                label = tr_label(field.label) if field else change.column
                before = self._text(field, change.column, change.old)
                after = self._text(field, change.column, change.new)
                top.addChild(QTreeWidgetItem([label, before, after]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)

    def _text(self, field: FieldSpec | None, column: str, value: Any) -> str:
        if value is None:
            return EMPTY
        if value == history.REDACTED:
            return self.tr("(hidden)")
        if field is None:
            return str(value)
        if field.kind is FieldKind.REFERENCE:
            return self._names.get((column, value)) or self.tr("a record you cannot see")
        if field.kind is FieldKind.JSON and not isinstance(value, str):
            return json.dumps(value, ensure_ascii=False)
        return self._display.text(field, value)

    def _on_failed(self, error: BaseException) -> None:
        self._operation = None
        self._request = None
        self.status.setText(describe_error(error))


#: Formats the time of an entry (a DATETIME field).
_WHEN = FieldSpec(name="changed_at", label="When", kind=FieldKind.DATETIME)
