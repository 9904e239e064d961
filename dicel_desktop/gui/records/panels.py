"""What a record window shows under its form, in tabs: the records that belong to it
(an invoice's lines), its attached documents, its history. The files and the history
load when their tab is first shown: opening a record costs its own row, not those too."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dicel_desktop.domain.tables import table_info
from dicel_desktop.gui.records.details import DetailsPanel
from dicel_desktop.gui.records.history_panel import HistoryPanel
from dicel_desktop.gui.records.record_window import RecordWindow
from dicel_desktop.gui.records.window_panels import TAB_TIP, PanelFactory
from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel
from dicel_desktop.services import documents

if TYPE_CHECKING:
    from dicel_desktop.gui.records.opener import RecordOpener

#: Tables whose records hold no documents: the log, and documents themselves.
_NO_DOCUMENTS = frozenset({"audit_logs", "documents"})

#: What a list under a form holds, where a record shows two tabs of papers: a recovery
#: case's "Case documents" beside its "Documents" said nothing of which to use.
_DETAIL_TIPS = {
    "recovery_documents": QT_TRANSLATE_NOOP(
        "RecordWindow",
        "The case's papers by type and date (a demand letter, a court filing), each with "
        "where it is kept; attach files themselves under Documents",
    ),
}
#: The Documents tab beside such a list.
_FILES_TIP = QT_TRANSLATE_NOOP(
    "RecordWindow",
    "Files attached to this record (scans, letters, photos); list the case's papers "
    "by type under Case documents",
)
_FILES_TIP_PLAIN = QT_TRANSLATE_NOOP("RecordWindow", "Files attached to this record")


class _OnFirstShow(QWidget):
    """Holds a panel and tells it which record to show the first time it is shown."""

    def __init__(self, panel: QWidget, start: Callable[[], None]) -> None:
        super().__init__()
        self.panel = panel
        self._start: Callable[[], None] | None = start
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        start, self._start = self._start, None
        if start is not None:
            start()

    def close_list(self) -> None:
        close_list = getattr(self.panel, "close_list", None)
        if close_list is not None:
            close_list()


def linked_files(window: RecordWindow) -> dict[uuid.UUID, str]:
    """The record's files its link fields name (an expense's receipt), by id: the field's
    label, as the window shows it now (a file just attached included)."""
    # The document editor's module comes with the first form, not with the start.
    from dicel_desktop.gui.editors.document_link import DocumentLinkEditor

    found: dict[uuid.UUID, str] = {}
    for name, editor in window.form.editors.items():
        if isinstance(editor, DocumentLinkEditor):
            document_id = documents.resolve(editor.value())
            if document_id is not None:
                found[document_id] = window.spec.fields[name].label
    return found


def _number_of(window: RecordWindow) -> str:
    """The record's number as the window shows it ("EXP-2026-000012"), or ""."""
    number = table_info(window.table).number
    if number is None or window.record is None:
        return ""
    return str(window.record.values.get(number) or "")


def _with_card(opener: RecordOpener, window: RecordWindow, table: str, lines: QWidget) -> QWidget:
    """An employee's Leave tab with their leave card above the requests (balance40)."""
    if window.table != "employees" or table != "leave_requests" or window.record is None:
        return lines
    # The leave card's module comes with the first employee opened, not with the start.
    from dicel_desktop.gui.workflows.leave_card_panel import EmployeeLeaveTab

    tab = EmployeeLeaveTab(opener.worker, window.record.id, lines)
    opener.table_changed.connect(tab.on_table_changed)
    opener.notified.connect(tab.on_records_notified)
    return tab


def record_panels(opener: RecordOpener) -> PanelFactory:
    """The panels of every record window the opener makes."""

    def panels(window: RecordWindow) -> list[tuple[str, QWidget]]:
        record = window.record
        found: list[tuple[str, QWidget]] = []
        for detail in window.spec.details:
            if record is None and not detail.adds:
                continue  # written elsewhere (an item's movements): nothing to add yet
            lines = DetailsPanel(opener, detail, record, table=window.spec.table)
            if not found:
                # The first tab shows at once: its list is built before it is laid out
                # (built as it shows, its size would reach the split a turn late). The
                # others' are built as their tab is first shown.
                lines.build_list()
            lines.records_changed.connect(window.refresh)
            tip = _DETAIL_TIPS.get(detail.table)
            if tip:
                lines.setProperty(TAB_TIP, QCoreApplication.translate("RecordWindow", tip))
            found.append((detail.title, _with_card(opener, window, detail.table, lines)))
        if record is None:
            return found  # no files and no history yet: only the lines' note shows
        if window.table not in _NO_DOCUMENTS:
            files = DocumentsPanel(opener.worker, window.table)
            files.set_read_only(window.spec.read_only)
            files.list.linked = lambda: linked_files(window)
            files.record_number = lambda: _number_of(window)
            record_id = record.id
            beside = any(d.table in _DETAIL_TIPS for d in window.spec.details)
            shown = _OnFirstShow(files, lambda: files.set_record(record_id))
            shown.setProperty(
                TAB_TIP,
                QCoreApplication.translate(
                    "RecordWindow", _FILES_TIP if beside else _FILES_TIP_PLAIN
                ),
            )
            found.append(
                (
                    QCoreApplication.translate(
                        "RecordWindow",
                        "Documents",
                    ),
                    shown,
                )
            )
            if not window.spec.details:
                # Nothing else under the record: no files, and the form takes the room.
                files.documents_changed.connect(
                    lambda count: window.split.fold() if count == 0 else window.split.unfold()
                )
        if window.table != "audit_logs":
            changes = HistoryPanel(opener.worker, window.table, record.id)
            window.saved.connect(changes.reload_if_shown)
            found.append((QCoreApplication.translate("RecordWindow", "History"), changes))
        return found

    return panels
