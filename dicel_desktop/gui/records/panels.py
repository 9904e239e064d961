"""What a record window shows under its form, in tabs: the records that belong to it
(an invoice's lines), its attached documents, its history. The files and the history
load when their tab is first shown: opening a record costs its own row, not those too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dicel_desktop.gui.records.details import DetailsPanel
from dicel_desktop.gui.records.history_panel import HistoryPanel
from dicel_desktop.gui.records.record_window import PanelFactory, RecordWindow
from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel

if TYPE_CHECKING:
    from dicel_desktop.gui.records.opener import RecordOpener

#: Tables whose records hold no documents: the log, and documents themselves.
_NO_DOCUMENTS = frozenset({"audit_logs", "documents"})


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


def record_panels(opener: RecordOpener) -> PanelFactory:
    """The panels of every record window the opener makes."""

    def panels(window: RecordWindow) -> list[tuple[str, QWidget]]:
        record = window.record
        what = window.spec.record_title.lower()
        found: list[tuple[str, QWidget]] = [
            (detail.title, DetailsPanel(opener, detail, record, what=what))
            for detail in window.spec.details
        ]
        if record is not None and window.spec.details:
            _follow_lines(opener, window)
        if record is None:
            return found  # no files and no history yet: only the lines' note shows
        if window.table not in _NO_DOCUMENTS:
            files = DocumentsPanel(opener.worker, window.table)
            files.set_read_only(window.spec.read_only)
            record_id = record.id
            found.append(
                (window.tr("Documents"), _OnFirstShow(files, lambda: files.set_record(record_id)))
            )
        if window.table != "audit_logs":
            changes = HistoryPanel(opener.worker, window.table, record.id)
            window.saved.connect(changes.reload_if_shown)
            found.append((window.tr("History"), changes))
        return found

    return panels


#: Windows already following their lines (panels are built again at every load).
_FOLLOWING = "_dicel_follows_lines"


def _follow_lines(opener: RecordOpener, window: RecordWindow) -> None:
    """A line saved or removed may change what the database keeps on the record (an
    invoice's totals): the window shows it again, unless the person is editing it."""
    if window.property(_FOLLOWING):
        return
    window.setProperty(_FOLLOWING, True)
    lines = {detail.table for detail in window.spec.details}

    def on_table_changed(table: str) -> None:
        if table in lines and shiboken6.isValid(window) and not window.form.is_dirty():
            window.reload()

    opener.table_changed.connect(on_table_changed)
    window.finished.connect(lambda _result: opener.table_changed.disconnect(on_table_changed))
