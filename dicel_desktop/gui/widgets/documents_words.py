"""What a record's files panel says of why a file or a button is held
(``DocumentsWords``, the panel's ``words``): a case document that is its file, a state
that holds the files (a closed ticket, a paid expense, a policy in force), a person's
files kept for HR, a file a field of the record names, no file chosen yet. Each "" when
nothing holds it. Its words keep the panel's translation context (``DocumentsPanel``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.domain.permissions import PERSON_TABLES
from dicel_desktop.domain.states import words as state_words
from dicel_desktop.domain.tables import in_sentence, table_info
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.gui.translations import tr_choice, tr_label
from dicel_desktop.services import documents
from dicel_desktop.services.db_error_words import field_words, table_words
from dicel_desktop.services.documents import DocumentInfo
from dicel_desktop.services.files import without_hidden_characters

if TYPE_CHECKING:
    from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel

#: Tables whose file a link field names stays while it does, with that field: the
#: database refuses its removal (an expense's receipt, DW450, migration 0108; the other
#: link fields, DW462, migration 0113). One link field a table.
_LINKED_FILES_STAY = dict(documents.LINK_COLUMNS)
#: The sentence of that refusal (services.db_errors: DW450; DW462 by table), said before
#: the Remove too: one sentence a rule (code review 33, F7). Others: ``linked_file_stays``.
_KEPT_SENTENCES = {
    "expenses": "receipt_file_stays",
    "recovery_documents": "case_document_file_stays",
}


class DocumentsWords:
    """The panel's part that says why its files or buttons are held."""

    def __init__(self, panel: DocumentsPanel) -> None:
        self._panel = panel

    def why_one_file(self, *, adding: bool) -> str:
        """Why a record that is its file (a case document, migration 0115) takes no file
        here (``adding``) or has none replaced: the database refuses both (DW465,
        DW464). "" for any other record."""
        if self._panel.owner_table not in documents.RECORD_IS_ITS_FILE:
            return ""
        if adding:
            return QCoreApplication.translate(
                "DocumentsPanel",
                "A case document holds one file, attached with Attach… on its File field:"
                " file another case document for another file.",
            )
        return QCoreApplication.translate(
            "DocumentsPanel",
            "A case document is its file, and it is never replaced: to correct it, delete"
            " the case document and file a new one.",
        )

    def hold_text(self) -> str:
        """Why the files no longer change, in the person's words ("" when they do)."""
        hold = self._panel._hold
        if hold is None or self._panel._read_only or not self._panel._can_change:
            return ""
        if hold.kind == "review":  # a policy in force (migration 0079)
            return QCoreApplication.translate(
                "DocumentsPanel",
                "A policy in force changes only through a review: start a review, then change"
                " its files.",
            )
        record = in_sentence(tr_label(table_info(hold.table).record_title))
        state = tr_choice(hold.table, state_words(hold.state).capitalize()).lower()
        if hold.kind == "waiting":  # a part of a record waiting for its decision (0087)
            text = QCoreApplication.translate(
                "DocumentsPanel",
                "The %1 this belongs to is %2, waiting for its decision: the files of its"
                " parts stay as they are until it is decided. Attach the file to the %1"
                " itself, where the one deciding sees it.",
            )
        elif hold.adds:
            text = QCoreApplication.translate(
                "DocumentsPanel",
                "This %1 is %2: its files can no longer be replaced or removed, but a new"
                " file can be added.",
            )
        else:
            text = QCoreApplication.translate(
                "DocumentsPanel",
                "This %1 is %2: its files can no longer be added, replaced or removed.",
            )
        return text.replace("%1", record).replace("%2", state)

    def hidden_text(self) -> str:
        """Why no file is listed when the viewer may not see them, in their words."""
        if self._panel.owner_table in PERSON_TABLES:
            return QCoreApplication.translate(
                "DocumentsPanel",
                "The files of a person's record are kept for HR and for the person"
                " themselves: none are shown to you here.",
            )
        return QCoreApplication.translate("DocumentsPanel", "No files attached.")

    def why_no_files(self) -> str:
        """Why no file of the record can be acted on at all ("" when one can)."""
        if self._panel._owner_id is None:
            return QCoreApplication.translate(
                "DocumentsPanel", "Save the record first to attach files"
            )
        if not self._panel._loaded:
            return QCoreApplication.translate("DocumentsPanel", "The files are still loading.")
        if not self._panel._sees_files:
            return self.hidden_text()
        return ""

    def why_unchanged(self, *, adding: bool = False) -> str:
        """Why the files may not be changed (added, with ``adding``) now, in the
        person's words ("" when they may)."""
        found = self.why_no_files()
        if found:
            return found
        if self._panel._read_only or not self._panel._can_change:
            record = in_sentence(tr_label(table_info(self._panel.owner_table).record_title))
            return QCoreApplication.translate(
                "DocumentsPanel", "You can read the files of this %1; your role cannot change them."
            ).replace("%1", record)
        if self._panel._hold is not None and not (adding and self._panel._hold.adds):
            return self.hold_text()
        return ""

    def why_kept(self, info: DocumentInfo | None) -> str:
        """Why this file may not be removed though the others may: a field of the record
        names it, and the database keeps it while it does (an expense's receipt, DW450,
        migration 0108; a CV, a certificate, a photo, a case document's file, DW462,
        migration 0113), in the words of the database's refusal. "" when it may go."""
        column = _LINKED_FILES_STAY.get(self._panel.owner_table)
        if info is None or column is None or not self._panel.list.linked().get(info.id):
            return ""
        return sentence(
            Conflict(
                _KEPT_SENTENCES.get(self._panel.owner_table, "linked_file_stays"),
                file=without_hidden_characters(info.file_name),
                expense=self._panel.record_number(),
                **table_words(self._panel.owner_table),
                **field_words(self._panel.owner_table, column),
            )
        )

    def why_held_here(self, info: DocumentInfo | None) -> str:
        """What the panel says under its buttons of those held though the person may
        change the files: a case document's one file, a file a field names. "" when
        none is."""
        if not self._panel._can_edit():
            return ""
        if self._panel.owner_table in documents.RECORD_IS_ITS_FILE:
            return QCoreApplication.translate(
                "DocumentsPanel",
                "A case document is its file: it takes no other file, and its file is never"
                " replaced or removed here. To correct it, delete the case document with"
                " Delete… and file a new one.",
            )
        return self.why_kept(info)

    def why_none_chosen(self) -> str:
        """Why no file is the one a button would act on ("" when one is)."""
        if self._panel.list.current_document() is not None:
            return ""
        if not self._panel.list.topLevelItemCount():
            return QCoreApplication.translate(
                "DocumentsPanel", "No file is attached to this record."
            )
        return QCoreApplication.translate("DocumentsPanel", "Select a file in the list first.")
