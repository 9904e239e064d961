"""A record's form built without a database: the role's form of a table, its editors in
a locale (English (Rwanda) unless told), references as plain text. For the tests of what a
form says, marks and refuses before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.editors import make_editor
from dicel_desktop.gui.editors.text import TextEditor
from dicel_desktop.gui.records.record_form import RecordForm
from dicel_desktop.services.forms import form_spec


class TextReference(TextEditor):
    """A picker stand-in: the form gives a reference its value and the name shown."""

    def set_value(self, value, name=None) -> None:
        super().set_value(None if value is None else str(value))


def new_form(qtbot, table: str, role: Role, *, locale: QLocale | None = None) -> RecordForm:
    """The empty form of a new ``table`` record as ``role`` fills it in."""
    written = locale or QLocale("en_RW")

    def editor(field):
        return make_editor(field, locale=written, reference_editor=TextReference)

    form = RecordForm(form_spec(table, role), editor)
    qtbot.addWidget(form)
    form.load(None)
    return form


def retype(qtbot, line, text: str) -> None:
    """``text`` typed over what ``line`` holds, as a person selects it and types."""
    line.selectAll()
    qtbot.keyClicks(line, text)
