"""The editor of a column that links a record to one of its files (``receipt_url``,
``resume_url``, ``certificate_url``, ``file_url``, ``profile_image``).

It shows the linked file's name with Attach… (no file yet), Open and Replace…; a file
Open refuses (a program, a name that says another kind) has Open off, its tooltip
saying why, and Download… beside it. Its value is what the column holds,
``dicel-document:<uuid>`` (services.documents); anything else found there (an address
from before DICEL kept files) is shown as it is.

Attach… stores the file with the record (the documents panel lists it too) and makes it
the value: the form saves the column with the record, like any field it edits. A record
that is never edited once saved (``recovery_documents``: its form cannot save anything)
gets the link filed at once instead, by whoever may add such records, and only while
the column is empty (its file is never replaced either). Replace… puts a new version in
place of the linked file: the link stays. Empty (the box's clear mark, or Delete) takes
the link away (saved with the record); the file stays under Documents, where it may then
be removed (DW462 keeps a file a field names). A record not saved yet has nothing to
attach to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.tables import table_info
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.base import FieldEditor, set_tab_stop
from dicel_desktop.gui.theme import error_style
from dicel_desktop.gui.widgets import document_tasks as tasks
from dicel_desktop.gui.widgets.document_support import (
    RecordRequests,
    ask_open_files,
    ask_save_instead,
    ask_save_path,
    describe_error,
    kind_text,
    open_with_desktop,
    refusal_to_open,
    size_text,
    too_big_text,
)
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import documents
from dicel_desktop.services.documents import DocumentInfo
from dicel_desktop.services.files import OpenRefused, without_hidden_characters
from dicel_desktop.services.forms import FieldSpec


class DocumentLinkEditor(FieldEditor):
    """See the module docstring. ``set_record`` says which record the form shows (None:
    not saved yet)."""

    def __init__(
        self,
        field: FieldSpec,
        worker: DbWorker,
        owner_table: str,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(field, parent)
        self.owner_table = owner_table
        self.qlocale = locale or QLocale()
        #: Append-only records are never updated: their link is filed at once, once.
        self._files_at_once = not table_info(owner_table).versioned
        self._requests = RecordRequests(worker, self._show_state, self)
        self._record_id: UUID | None = None
        self._value: str | None = None
        self._state: tasks.LinkState | None = None
        self._busy = False

        self.name = QLineEdit()
        self.name.setReadOnly(True)
        self.name.setObjectName("documentName")
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.open_button = QPushButton(self.tr("Open"))
        # Shown for a file Open refuses (a program, a name that says another kind).
        self.download_button = QPushButton(self.tr("Download…"))
        self.download_button.setToolTip(self.tr("Save a copy of the file on this computer"))
        self.replace_button = QPushButton(self.tr("Replace…"))
        # The way to "empty that field" the Documents panel's Remove advises (eye33 #4):
        # the clear mark a reference field has, and Delete, not a fourth button that left
        # the name no room in a form of two columns.
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        self.empty_action = self.name.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.empty_action.setText(self.tr("Empty"))
        self.empty_action.triggered.connect(self._on_empty_triggered)
        self.name.installEventFilter(self)
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.download_button.clicked.connect(self._on_download_clicked)
        self.replace_button.clicked.connect(self._on_replace_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style(self.palette()))
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        buttons = (
            self.attach_button,
            self.open_button,
            self.download_button,
            self.replace_button,
        )
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.name)
        self._show_state()

    # ----------------------------------------------------------------- FieldEditor

    def value(self) -> str | None:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = None if value in (None, "") else str(value)
        self._refresh()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._show_state()

    def set_record(self, record_id: UUID | None) -> None:
        self._record_id = record_id
        self._refresh()

    @property
    def is_busy(self) -> bool:
        return self._requests.reading or self._requests.writes > 0

    @property
    def document(self) -> DocumentInfo | None:
        """The linked file, once known."""
        return self._state.info if self._state else None

    # ----------------------------------------------------------------- state

    def _refresh(self) -> None:
        self._requests.new_record()
        self._state = None
        self.message.hide()
        table, record = self.owner_table, self._record_id
        document_id = documents.resolve(self._value)
        self._requests.read(
            lambda s: tasks.describe_link(s, table, record, document_id),
            self._on_described,
            self._show_error,
        )
        self._show_state()

    def _on_described(self, state: tasks.LinkState) -> None:
        self._state = state

    def _can_attach(self) -> bool:
        state = self._state
        if self._record_id is None or state is None or not state.can_change or self._busy:
            return False
        if self._files_at_once:
            # Filed once, while empty: the form is read-only for such a record anyway.
            return self._value is None
        return not self.is_read_only()

    def _why_not_attach(self) -> str:
        """Why a file cannot be attached or replaced here now; "" when it can."""
        state = self._state
        if self._record_id is None:
            return self.tr("Save the record first to attach a file")
        if state is None or self._busy:
            return self.tr("Loading…")
        if not state.can_change:
            return self.tr("Your role cannot change the files of this record.")
        if self._files_at_once and self._value is not None:
            return self.tr("Its file was filed with it: it can no longer be changed here.")
        if self.is_read_only():
            return self.tr("This field can no longer change.")
        return ""

    def _show_state(self) -> None:
        state, info = self._state, self.document
        linked = documents.resolve(self._value) is not None
        self.attach_button.setVisible(info is None)
        self.attach_button.setEnabled(self._can_attach())
        # A button held off says why (an empty tooltip left the person guessing).
        self.attach_button.setToolTip(self._why_not_attach())
        refusal = refusal_to_open(info) if info is not None else None
        self.open_button.setEnabled(info is not None and refusal is None and not self._busy)
        if refusal is not None:
            self.open_button.setToolTip(describe_error(refusal))
        elif info is None:
            self.open_button.setToolTip(self.tr("No file is attached to open."))
        else:
            self.open_button.setToolTip("")
        self.download_button.setVisible(refusal is not None)
        self.download_button.setEnabled(not self._busy)
        self.replace_button.setVisible(info is not None)
        self.replace_button.setEnabled(
            info is not None
            and state is not None
            and state.can_change
            and not self._busy
            and not self.is_read_only()
        )
        self.replace_button.setToolTip(
            "" if self.replace_button.isEnabled() or info is None else self._why_not_attach()
        )
        # A field that may be empty, on a record whose form saves it: not a case
        # document's File, filed once with it.
        self.empty_action.setVisible(
            self._value is not None
            and not self._files_at_once
            and not self.field.required
            and state is not None
            and state.can_change
            and not self._busy
            and not self.is_read_only()
        )
        self.empty_action.setToolTip(
            self.tr(
                "Empty this field when the record is saved (Delete): the file stays under"
                " Documents, where it can then be removed"
            )
        )
        self.name.setToolTip("")
        if info is not None:
            self.name.setText(without_hidden_characters(info.file_name))  # as stored before 0043
            self.name.setToolTip(
                self.tr("{kind}, {size}, uploaded by {who}").format(
                    kind=kind_text(info.media_type),
                    size=size_text(info.size, self.qlocale),
                    who=info.uploader or "DICEL",
                )
            )
        elif self._value is not None and not linked:
            self.name.setText(self._value)  # an address from before DICEL kept files
        else:
            self.name.clear()
        self.name.setCursorPosition(0)  # a long name shows its beginning, not its end
        if state is not None and state.missing:
            placeholder = self.tr("The linked file is no longer available")
        elif linked and state is None:
            placeholder = self.tr("Loading…")
        elif self._record_id is None:
            placeholder = self.tr("Save the record first to attach a file")
        else:
            # One of the record's files, not a second place for them (eye30s): the file
            # attached here is listed under Documents too, marked with this field's name.
            placeholder = self.tr("No file attached: Attach… lists it under Documents too")
        self.name.setPlaceholderText(placeholder)
        if not self.name.text():
            # A narrow box cuts its sentence short ("Enregistrez d'ab…"): the pointer
            # reads all of it.
            self.name.setToolTip(placeholder)
        # A file's name is read with Tab; an empty line ("Save the record first…") holds
        # nothing to read or do, and Tab went to it in a new expense.
        set_tab_stop(self.name, bool(self.name.text()))

    def _show_error(self, error: BaseException) -> None:
        self.message.setText(describe_error(error))
        self.message.show()

    def _refused(self, path: str) -> bool:
        limit = self._state.max_bytes if self._state else documents.DEFAULT_MAX_BYTES
        size = Path(path).stat().st_size
        if size <= limit:
            return False
        self.message.setText(too_big_text(Path(path).name, size, limit))
        self.message.show()
        return True

    def _start(self) -> None:
        self._busy = True
        self.message.hide()
        self._show_state()

    def _finish(self, info: DocumentInfo) -> None:
        self._busy = False
        if self._state is not None:
            state = self._state
            self._state = tasks.LinkState(info, False, state.can_change, state.max_bytes)
        self._show_state()

    # ----------------------------------------------------------------- buttons

    @slot_while_whole(keeps="owner_table")
    def _on_attach_clicked(self) -> None:
        if not self._can_attach():
            return
        paths = self.ask_open_file(self.tr("Attach a file"))
        if paths:
            self.attach_file(paths[0])

    def attach_file(self, path: str) -> None:
        """Attach the local file ``path`` and make it the value (see the module docstring)."""
        try:
            if not self._can_attach() or self._refused(path):
                return
        except OSError as error:
            self._show_error(error)
            return
        table, record = self.owner_table, self._record_id
        column = self.field.name if self._files_at_once else None
        self._start()

        def attached(info: DocumentInfo) -> None:
            self._value = documents.link_value(info.id)
            self._finish(info)
            if column is None:
                self.edited.emit()  # the form saves the link with the record

        self._requests.write(
            lambda s: tasks.attach_for_link(s, table, record, path, column),
            attached,
            self._on_failed,
        )

    @slot_while_whole(keeps="owner_table")
    def _on_replace_clicked(self) -> None:
        if self.document is None:
            return
        paths = self.ask_open_file(self.tr("Replace with"))
        if paths:
            self.replace_file(paths[0])

    def replace_file(self, path: str) -> None:
        """Put the local file ``path`` in place of the linked file (the link stays)."""
        info = self.document
        if info is None or not self.replace_button.isEnabled():
            return
        try:
            if self._refused(path):
                return
        except OSError as error:
            self._show_error(error)
            return
        self._start()
        self._requests.write(
            lambda s: tasks.replace_file(s, info, path), self._finish, self._on_failed
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.name
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.empty_action.isVisible()
        ):
            self._on_empty_triggered()
            return True
        return super().eventFilter(watched, event)

    @slot_while_whole(keeps="owner_table")
    def _on_empty_triggered(self) -> None:
        if not self.empty_action.isVisible():
            return
        self._value = None
        self._refresh()
        self.edited.emit()  # the form saves the empty field with the record

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self._show_error(error)
        self._show_state()

    @slot_while_whole(keeps="owner_table")
    def _on_open_clicked(self) -> None:
        info = self.document
        if info is None:
            return

        def opened(path: str) -> None:
            if not open_with_desktop(path):
                self.message.setText(
                    self.tr("No program on this computer opens “{name}”.").format(
                        name=info.file_name
                    )
                )
                self.message.show()

        def refused(error: BaseException) -> None:
            self._show_error(error)
            if isinstance(error, OpenRefused) and self.ask_save_instead(error):
                self.save_copy(info)

        self._requests.read(lambda s: tasks.temp_copy(s, info), opened, refused)

    @slot_while_whole(keeps="owner_table")
    def _on_download_clicked(self) -> None:
        if self.document is not None:
            self.save_copy(self.document)

    def save_copy(self, info: DocumentInfo) -> None:
        """Save a copy of the linked file where the person says: only written, never
        opened."""
        path = self.ask_save_path(info.file_name)
        if not path:
            return

        def saved(where: str) -> None:
            self.message.setText(
                self.tr("Saved “{name}” in {folder}.").format(
                    name=Path(where).name, folder=str(Path(where).parent)
                )
            )
            self.message.show()

        self._requests.read(lambda s: tasks.save_copy(s, info.id, path), saved, self._show_error)

    def ask_save_instead(self, refusal: BaseException) -> bool:
        """A method of its own, so that tests can answer it without a modal loop."""
        return ask_save_instead(self, refusal)

    def ask_save_path(self, file_name: str) -> str | None:
        """A method of its own, so that tests can answer it without a modal loop."""
        return ask_save_path(self, file_name)

    def ask_open_file(self, title: str) -> list[str]:
        """A method of its own, so that tests can answer it without a modal loop."""
        return ask_open_files(self, title, multiple=False)
