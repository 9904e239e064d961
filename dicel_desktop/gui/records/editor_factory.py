"""The editors of a record window's fields: the editor of each kind of field
(gui/editors), the foreign-key picker, which reads through the DB worker, and the few
fields whose editor is not decided by their kind alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dicel_desktop.gui.cell_format import AUDIT_RECORD
from dicel_desktop.services.documents import is_link_column

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

    from dicel_desktop.gui.editors.audit_values import EntryNamer
    from dicel_desktop.gui.editors.base import FieldEditor
    from dicel_desktop.gui.records.record_form import EditorFactory
    from dicel_desktop.gui.worker import DbWorker
    from dicel_desktop.services.forms import FieldSpec

#: An audit entry's values, shown with their moments written as the list writes them.
_AUDIT_VALUES = frozenset({("audit_logs", "old_values"), ("audit_logs", "new_values")})


def make_editor_factory(
    worker: DbWorker, locale: QLocale | None = None, *, raw_json: bool = False
) -> EditorFactory:
    """What builds every editor of the record windows of one main window. ``raw_json``
    offers the raw JSON text beside the form of a JSON field (bank details, tax
    numbers, an emergency contact): for an admin; a clerk sees only the form."""

    # The editors are imported by the first form, not by the main window that makes this
    # factory: they are a fifth of its import, and a start shows no form.
    #: An audit entry's references named in one read for its old and new values (one
    #: namer for every editor of this factory, made with the first).
    namers: list[EntryNamer | None] = []

    def reference_editor(field: FieldSpec) -> FieldEditor:
        from dicel_desktop.gui.editors.reference_picker import ReferencePicker

        return ReferencePicker(field, worker)

    def make(field: FieldSpec) -> FieldEditor:
        if is_link_column(field.table, field.name):  # a receipt, a resume: a stored file
            from dicel_desktop.gui.editors.document_link import DocumentLinkEditor

            return DocumentLinkEditor(field, worker, field.table, locale=locale)
        if (field.table, field.name) in _AUDIT_VALUES:
            from dicel_desktop.gui.editors.audit_values import AuditValuesEditor, EntryNamer

            if not namers:
                namers.append(EntryNamer(worker) if worker is not None else None)
            # Its moments as the list writes them, not as JSON stores them (eye35b #6),
            # its references by name.
            return AuditValuesEditor(field, locale=locale, namer=namers[0])
        if (field.table, field.name) == AUDIT_RECORD:
            from dicel_desktop.gui.editors.audit_values import AuditRecordEditor

            return AuditRecordEditor(field)  # its fields in the reader's words, as listed
        if (field.table, field.name) == ("system_settings", "setting_value"):
            from dicel_desktop.gui.editors.setting_value import SettingValueEditor

            # Its kind follows the record's setting_type (the form tells it: ``follows``).
            return SettingValueEditor(field, setting_type=None, locale=locale)
        from dicel_desktop.gui.editors.factory import make_editor

        return make_editor(
            field, locale=locale, reference_editor=reference_editor, raw_json=raw_json
        )

    return make
