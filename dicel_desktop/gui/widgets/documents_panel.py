"""The files attached to one record: a list, a preview, and what one may do with them.

A record form embeds it (a tab or a side panel) and tells it which record it shows
(``set_record``; None for a record not saved yet) and whether the form is read-only.
Upload… (or files dragged from the file manager) attaches files, Download… saves one,
Open hands a copy to the desktop's own program, Replace… puts a new version in place
(only if nobody replaced it meanwhile), Remove asks first, naming the file. Images and
PDFs are previewed beside the list.

What one may do follows the record's rights as the database sees them
(``dicel_can_change_record``) and how its state holds its files (``dicel_record_hold``,
migration 0040: a closed ticket's files are only read, a paid expense's are added to but
no longer replaced or removed, and the panel says so); the database enforces them
anyway. A person's record (a user's, an employee's) that is not the viewer's own and
not HR's or admin's to read whole (``dicel_can_see_files``, migration 0061) lists no
files and says that they are kept for HR. Every database call goes through the DB
worker; files are read from and written to disk inside the worker's tasks, never on the
GUI thread. A file over the size limit is refused, in words, before anything is read or
sent.

Its parts: ``documents_layout.lay_out`` builds its widgets; ``documents_words`` says why a
file or a button is held (the panel's ``words``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.theme import error_style
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets import document_tasks as tasks
from dicel_desktop.gui.widgets.document_preview import can_preview
from dicel_desktop.gui.widgets.document_support import (
    RecordRequests,
    ask_open_files,
    ask_save_instead,
    ask_save_path,
    describe_error,
    local_files,
    open_with_desktop,
    refusal_to_open,
    too_big_text,
)
from dicel_desktop.gui.widgets.documents_layout import lay_out
from dicel_desktop.gui.widgets.documents_words import DocumentsWords
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import documents
from dicel_desktop.services.documents import DocumentInfo
from dicel_desktop.services.files import OpenRefused


class DocumentsPanel(QWidget):
    """The files of one record of ``owner_table``; see the module docstring."""

    #: The number of files listed changed (a form may show it in its tab's title).
    documents_changed = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        owner_table: str,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.owner_table = owner_table
        self.qlocale = locale or QLocale()
        self._requests = RecordRequests(worker, self._show_state, self)
        #: Says "Loading the files… (no answer from the server yet)" (or "Saving the
        #: file… (…)") in the status line when the status bar says so (wait40b).
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)
        self._owner_id: UUID | None = None
        self._read_only = False
        self._can_change = False
        self._hold: documents.Hold | None = None
        #: The database lets the viewer see the record's files (a colleague's HR
        #: record: no).
        self._sees_files = True
        self._loaded = False
        self._max_bytes = documents.DEFAULT_MAX_BYTES  # until the database says
        self._preview_request: int | None = None
        self._select_after_load: UUID | None = None
        #: The record's number as its window shows it ("EXP-2026-000012"), which the
        #: receipt's sentence names (the window sets it).
        self.record_number: Callable[[], str] = str
        #: Why a file or a button is held, in the person's words.
        self.words = DocumentsWords(self)
        lay_out(self)
        self.setAcceptDrops(True)
        self._show_state()

    # ----------------------------------------------------------------- the record

    def set_record(self, owner_id: UUID | None) -> None:
        """Show the files of this record; None: a record not saved yet (nothing to show,
        nothing to attach to)."""
        self._requests.new_record()
        self._preview_request = None
        self._owner_id = owner_id
        self._can_change = False
        self._hold = None
        self._sees_files = True
        self._loaded = False
        self.list.clear_documents()
        self._clear_message()
        self.preview.show_message(self.tr("Select a file to see it here."))
        self._show_state()
        if owner_id is not None:
            self.reload()

    @property
    def owner_id(self) -> UUID | None:
        return self._owner_id

    def set_read_only(self, read_only: bool) -> None:
        """A read-only form's files can be seen, opened and saved, not changed."""
        self._read_only = read_only
        self._show_state()

    def reload(self) -> None:
        if self._owner_id is None:
            return
        table, owner_id = self.owner_table, self._owner_id
        self._requests.read(
            lambda s: tasks.describe_record(s, table, owner_id), self._on_loaded, self._show_error
        )
        self._show_state()

    def documents(self) -> list[DocumentInfo]:
        """The files listed, in their order."""
        return self.list.documents()

    @property
    def is_busy(self) -> bool:
        return self._requests.reading or self._requests.writes > 0

    # ----------------------------------------------------------------- state and words

    def _may_write(self) -> bool:
        """The viewer may change this record's files, as far as its rights go."""
        return (
            self._owner_id is not None
            and not self._read_only
            and self._can_change
            and self._sees_files
        )

    def _can_edit(self) -> bool:
        """Files may be replaced and removed."""
        return self._may_write() and self._hold is None

    def _can_add(self) -> bool:
        """Files may be added: a decided record (a paid expense) still takes a proof of
        payment; a final one (a closed ticket) takes nothing (migration 0040); a case
        document takes its one file through its File field only (migration 0115)."""
        return (
            self._may_write()
            and (self._hold is None or self._hold.adds)
            and not self.words.why_one_file(adding=True)
        )

    def hold_text(self) -> str:
        """Why the files no longer change, in the person's words ("" when they do)."""
        return self.words.hold_text()

    def hidden_text(self) -> str:
        """Why no file is listed when the viewer may not see them, in their words."""
        return self.words.hidden_text()

    def _open_tip(self) -> str:
        return self.tr("Open the file with this computer's program for it")

    def _show_state(self) -> None:
        has_record = self._owner_id is not None
        info = self.list.current_document()
        current = info is not None
        editable = self._can_edit()
        count = self.list.topLevelItemCount()
        self.list.setEnabled(has_record)
        self.upload_button.setEnabled(self._can_add())
        # A file Open would refuse (a program, a name that says another kind) is not
        # offered to Open at all: its tooltip says why, and Download… saves it.
        refusal = refusal_to_open(info) if info is not None else None
        self.open_button.setEnabled(current and refusal is None)
        self.open_button.setToolTip(describe_error(refusal) if refusal else self._open_tip())
        self.download_button.setEnabled(current)
        kept = self.words.why_kept(info)
        one_file = self.words.why_one_file(adding=False)
        self.replace_button.setEnabled(editable and current and not one_file)
        for widget in (self.remove_button, self.list.remove_action):
            widget.setEnabled(editable and current and not kept)
        # A disabled button says why (the files are HR's, the record is closed, no file
        # is selected); an enabled one what it does.
        unchanged = self.words.why_unchanged()
        none_chosen = self.words.why_none_chosen()
        self.upload_button.setToolTip(
            self.words.why_unchanged(adding=True)
            or self.words.why_one_file(adding=True)
            or self.tr("Attach files to this record (or drag them here)")
        )
        self.download_button.setToolTip(
            self.words.why_no_files()
            or none_chosen
            or self.tr("Save a copy of the file on this computer")
        )
        self.replace_button.setToolTip(
            unchanged
            or one_file
            or none_chosen
            or self.tr("Put a new version of the file in its place")
        )
        self.remove_button.setToolTip(
            unchanged or none_chosen or kept or self.tr("Delete the file from this record")
        )
        held_here = self.words.why_held_here(info) if has_record and self._loaded else ""
        self.held_line.setText(held_here)
        self.held_line.setVisible(bool(held_here))
        held = self.words.hold_text() if has_record and self._loaded else ""
        if not has_record:
            text = self.tr("Save the record first to attach files")
        elif self._requests.writes:
            text = (
                self.tr("Saving the file…")
                if self._requests.writes == 1
                else self.tr("Saving %n files…", "", self._requests.writes)
            )
        elif not self._loaded:
            text = self.tr("Loading the files…")
        elif not self._sees_files:
            text = self.words.hidden_text()
        elif not count and held:
            # The hold says what may still be done ("… but a new file can be added").
            text = (
                self.tr("No files attached yet.")
                if self._can_add()
                else self.tr("No files attached.")
            )
        elif not count:
            text = (
                self.tr("No files attached yet. Drag files here, or use Upload…")
                if self._can_add()
                else self.tr("No files attached.")
            )
        elif count == 1:
            text = self.tr("One file attached")
        else:
            text = self.tr("%n files attached", "", count)
        if held:
            text = f"{text.rstrip('.')}. {held}"
        waited = self.unanswered.said_for
        if waited is not None and self._requests.under_way(waited) and text == self._busy_text():
            text = self.unanswered.words  # still waiting: a selection does not hide it
        self.status.setText(text)

    def _busy_text(self) -> str:
        """What the status line says while the files are read or saved ("" when it
        says something else)."""
        if self._owner_id is None:
            return ""
        if self._requests.writes:
            return (
                self.tr("Saving the file…")
                if self._requests.writes == 1
                else self.tr("Saving %n files…", "", self._requests.writes)
            )
        return "" if self._loaded else self.tr("Loading the files…")

    def _unanswered_busy(self, request_id: int) -> str:
        """The status line's busy words while ``request_id``, this panel's, waits."""
        return self._busy_text() if self._requests.under_way(request_id) else ""

    def _say_waiting(self, words: str) -> None:
        self.status.setText(words)

    def _show_error(self, error: BaseException) -> None:
        self._say(describe_error(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(error_style(self.palette()) if error else "")
        self.message.show()

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    # ----------------------------------------------------------------- list and preview

    def _on_loaded(
        self, result: tuple[list[DocumentInfo], bool, int, documents.Hold | None, bool]
    ) -> None:
        infos, self._can_change, self._max_bytes, self._hold, self._sees_files = result
        self._loaded = True
        current = self.list.current_document()
        keep = self._select_after_load or (current.id if current else None)
        self._select_after_load = None
        self.list.set_documents(infos, keep)
        self.documents_changed.emit(len(infos))

    def select(self, document_id: UUID) -> None:
        """Make a listed file the current one (and preview it)."""
        self.list.select(document_id)

    @slot_while_whole(QTreeWidgetItem, QTreeWidgetItem, keeps="owner_table")
    def _on_list_current_changed(self, item, _previous=None) -> None:
        self._show_state()
        if self._preview_request is not None:
            self._requests.cancel(self._preview_request)
            self._preview_request = None
        info = self.list.info_of(item)
        if info is None:
            self.preview.show_message(self.tr("Select a file to see it here."))
            return
        can_open = refusal_to_open(info) is None
        if not can_preview(info.media_type):
            self.preview.show_document(info.media_type, b"", can_open=can_open)
            return
        self.preview.show_message(self.tr("Loading the preview…"))

        def shown(content: bytes) -> None:
            self._preview_request = None
            self.preview.show_document(info.media_type, content, can_open=can_open)

        def failed(error: BaseException) -> None:
            self._preview_request = None
            self.preview.show_message(describe_error(error))

        self._preview_request = self._requests.read(
            lambda s: tasks.content_of(s, info.id), shown, failed
        )

    # ----------------------------------------------------------------- writing

    def _refusal(self, path: str) -> str | None:
        """Why a local file may not be sent, or None. Only its size is read here."""
        try:
            size = os.path.getsize(path)
        except OSError as error:
            return describe_error(error)
        if size > self._max_bytes:
            return too_big_text(Path(path).name, size, self._max_bytes)
        return None

    def _write(self, task, on_done) -> None:
        def failed(error: BaseException) -> None:
            self._show_error(error)
            self.reload()  # what is there now (someone else's change, a removal)

        self._requests.write(task, on_done, failed)
        self._show_state()

    def upload_files(self, paths: list[str]) -> None:
        """Attach these local files, one transaction each; a file over the size limit
        is refused in words before it is read."""
        if not self._can_add():
            return
        self._clear_message()
        refusals = []
        table, owner_id = self.owner_table, self._owner_id
        for path in paths:
            refusal = self._refusal(path)
            if refusal:
                refusals.append(refusal)
                continue
            self._write(lambda s, p=path: tasks.attach_file(s, table, owner_id, p), self._on_saved)
        if refusals:
            self._say("\n".join(refusals), error=True)

    def replace_file(self, document_id: UUID, path: str) -> None:
        """Put the local file ``path`` in place of a listed document's content."""
        info = self.list.document(document_id)
        if info is None or not self._can_edit() or self.words.why_one_file(adding=False):
            return
        refusal = self._refusal(path)
        if refusal:
            self._say(refusal, error=True)
            return
        self._clear_message()
        self._write(lambda s: tasks.replace_file(s, info, path), self._on_saved)

    def _on_saved(self, info: DocumentInfo) -> None:
        self._select_after_load = info.id
        self.reload()

    def dragEnterEvent(self, event) -> None:
        if self._can_add() and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = local_files(event.mimeData())
        if not (paths and self._can_add()):
            event.ignore()
            return
        event.acceptProposedAction()
        self.upload_files(paths)

    # ----------------------------------------------------------------- the buttons

    @slot_while_whole(keeps="owner_table")
    def _on_upload_clicked(self) -> None:
        paths = self.ask_open_files(multiple=True)
        if paths:
            self.upload_files(paths)

    @slot_while_whole(keeps="owner_table")
    def _on_open_clicked(self) -> None:
        info = self.list.current_document()
        if info is None:
            return
        self._clear_message()

        def opened(path: str) -> None:
            if not open_with_desktop(path):
                self._say(
                    self.tr(
                        "No program on this computer opens “{name}”. Use Download… to save "
                        "it and open it elsewhere."
                    ).format(name=info.file_name),
                    error=True,
                )

        def refused(error: BaseException) -> None:
            if not isinstance(error, OpenRefused):
                self._show_error(error)
                return
            self._say(describe_error(error), error=True)
            if self.ask_save_instead(error):
                self._download(info)

        known = refusal_to_open(info)  # Enter or a double click on such a file
        if known is not None:
            refused(known)
            return
        self._requests.read(lambda s: tasks.temp_copy(s, info), opened, refused)

    @slot_while_whole(keeps="owner_table")
    def _on_download_clicked(self) -> None:
        info = self.list.current_document()
        if info is not None:
            self._download(info)

    def _download(self, info: DocumentInfo) -> None:
        """Save a copy where the person says: only written, never opened."""
        path = self.ask_save_path(info.file_name)
        if not path:
            return
        self._clear_message()

        def saved(where: str) -> None:
            self._say(
                self.tr("Saved “{name}” in {folder}.").format(
                    name=Path(where).name, folder=str(Path(where).parent)
                )
            )

        self._requests.read(lambda s: tasks.save_copy(s, info.id, path), saved, self._show_error)

    @slot_while_whole(keeps="owner_table")
    def _on_replace_clicked(self) -> None:
        info = self.list.current_document()
        if info is None or not self._can_edit() or self.words.why_one_file(adding=False):
            return
        paths = self.ask_open_files(multiple=False)
        if paths:
            self.replace_file(info.id, paths[0])

    @slot_while_whole(keeps="owner_table")
    def _on_remove_clicked(self) -> None:
        info = self.list.current_document()
        if info is None or not self._can_edit() or self.words.why_kept(info):
            return
        if not self.confirm_remove(info.file_name):
            return
        self._clear_message()
        self._write(lambda s: tasks.remove_document(s, info), lambda _none: self.reload())

    # ----------------------------------------------------------------- dialogs
    # Methods of their own, so that tests can answer them without a modal loop.

    def ask_open_files(self, *, multiple: bool) -> list[str]:
        title = self.tr("Attach files") if multiple else self.tr("Replace with")
        return ask_open_files(self, title, multiple=multiple)

    def ask_save_path(self, file_name: str) -> str | None:
        return ask_save_path(self, file_name)

    def ask_save_instead(self, refusal: BaseException) -> bool:
        return ask_save_instead(self, refusal)

    def confirm_remove(self, file_name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove file"),
            self.tr(
                "Remove “{name}” from this record? It is deleted from the database; the "
                "history keeps only its name."
            ).format(name=file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
