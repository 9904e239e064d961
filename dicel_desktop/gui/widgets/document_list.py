"""The list of a record's files: name, kind, size, who uploaded it and when.

Rows hold the document's id (``IdRole``); the ``DocumentInfo`` snapshots stay here, so
the list never asks the database anything. Enter or a double click asks to open the
current file; the Delete key asks to remove it (the panel decides whether it may).
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.locale_writing import datetime_pattern
from dicel_desktop.gui.widgets.document_support import kind_text, size_text
from dicel_desktop.services.documents import DocumentInfo
from dicel_desktop.services.files import without_hidden_characters

#: The document's id (str) on each row.
IdRole = Qt.ItemDataRole.UserRole
_NAME, _KIND, _SIZE, _UPLOADER, _DATE = range(5)


class DocumentList(QTreeWidget):
    #: Enter or a double click on a file.
    open_requested = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsList")
        self.setAccessibleName(self.tr("Files of the record"))
        self.qlocale = locale
        self._documents: dict[UUID, DocumentInfo] = {}
        #: The files a field of the record links to, by id: the field's label (an
        #: expense's "Receipt"). Asked each time the files are listed.
        self.linked: Callable[[], dict[UUID, str]] = dict
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("Uploaded by"),
                self.tr("Date"),
            ]
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (_KIND, _SIZE, _UPLOADER, _DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self._on_item_activated)
        #: Delete: the panel connects it to Remove and enables it with the button.
        self.remove_action = QAction(self.tr("Remove"), self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.addAction(self.remove_action)

    def set_documents(self, infos: list[DocumentInfo], keep: UUID | None) -> None:
        """List these files; ``keep`` stays current if listed, else the newest is."""
        self._documents = {info.id: info for info in infos}
        self.blockSignals(True)
        self.clear()
        chosen = None
        for info in infos:
            item = self._item_for(info)
            self.addTopLevelItem(item)
            if info.id == keep:
                chosen = item
        self.blockSignals(False)
        if chosen is None and infos:
            chosen = self.topLevelItem(len(infos) - 1)
        if chosen is None:
            # No row to make current: say so (the rows cleared above went silently).
            self.currentItemChanged.emit(None, None)
        else:
            # A new item, so this always announces it: its file may be a new version.
            self.setCurrentItem(chosen)

    def clear_documents(self) -> None:
        self._documents = {}
        self.clear()

    def documents(self) -> list[DocumentInfo]:
        """The files listed, in their order."""
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [self.info_of(item) for item in items]

    def document(self, document_id: UUID) -> DocumentInfo | None:
        return self._documents.get(document_id)

    def info_of(self, item: QTreeWidgetItem | None) -> DocumentInfo | None:
        if item is None:
            return None
        return self._documents.get(UUID(item.data(_NAME, IdRole)))

    def current_document(self) -> DocumentInfo | None:
        return self.info_of(self.currentItem())

    def select(self, document_id: UUID) -> None:
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item.data(_NAME, IdRole) == str(document_id):
                self.setCurrentItem(item)
                return

    def _item_for(self, info: DocumentInfo) -> QTreeWidgetItem:
        when = info.updated_at.astimezone()
        moment = QDateTime(when.year, when.month, when.day, when.hour, when.minute, when.second)
        pattern = datetime_pattern(self.qlocale)
        # A name stored before migration 0043 may hold a right-to-left override that
        # shows "x<U+202E>fdp.exe" as "xexe.pdf": shown without it.
        name = without_hidden_characters(info.file_name)
        field = self.linked().get(info.id)
        # The file a field names (the receipt) is one of the record's files: said on its
        # row, so the two places to attach read as one (eye30s: "Receipt: Attach…" and
        # Documents' "Upload…" looked like two receipts).
        # The field first: a long name is cut at its end in a narrow column.
        shown = self.tr("%1: %2").replace("%1", field).replace("%2", name) if field else name
        item = QTreeWidgetItem(
            [
                shown,
                kind_text(info.media_type),
                size_text(info.size, self.qlocale),
                # Stored by the database itself (set-up, demo data): no person to name.
                info.uploader or "DICEL",
                self.qlocale.toString(moment, pattern),
            ]
        )
        item.setData(_NAME, IdRole, str(info.id))
        item.setToolTip(
            _NAME,
            self.tr("%1: the file the field %2 names").replace("%1", name).replace("%2", field)
            if field
            else name,
        )
        item.setTextAlignment(_SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    @slot_while_whole(QTreeWidgetItem, int, keeps="qlocale")
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if self.info_of(item) is not None:
            self.open_requested.emit()
