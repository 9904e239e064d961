"""Migration 0085's limits in the window: a form's text editor knows the most characters
its column keeps (domain/text_limits.py); typed past it, the text stays as typed and a
sentence under the box says how long it is and may be; the form refuses to save it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.text_limits import LONG_TEXT, most_characters
from dicel_desktop.gui.editors import make_editor
from dicel_desktop.gui.editors.text import MultilineEditor
from dicel_desktop.services.form_rules import validate
from dicel_desktop.services.forms import form_spec, table_fields


def _no_reference(field):
    raise AssertionError(f"{field.name} is not a reference")


def test_a_text_field_carries_its_columns_limit():
    assert table_fields("it_support_tickets")["description"].max_length == LONG_TEXT
    address = table_fields("suppliers")["address"]
    assert address.max_length == most_characters("suppliers", "address") < LONG_TEXT


def test_typing_past_the_limit_keeps_the_text_and_says_so_under_the_box(qtbot, host):
    field = table_fields("suppliers")["address"]
    most = field.max_length
    editor = make_editor(field, locale=QLocale("en_RW"), reference_editor=_no_reference)
    assert isinstance(editor, MultilineEditor)
    host(editor)
    editor.set_value("k" * (most - 1))
    assert editor.too_long.isHidden()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, "ab")  # the last character allowed, and one more
    assert editor.value() == "k" * (most - 1) + "ab"  # kept as typed, not cut
    assert editor.too_long.isVisible()
    said = editor.too_long.text()
    # Its numbers as the person's locale writes them (the widget's).
    locale = editor.locale()
    assert locale.toString(most + 1) in said and locale.toString(most) in said, said
    # The form refuses to send it, in words.
    errors = validate(
        form_spec("suppliers", Role.INVENTORY),
        {"supplier_name": "Kigali Paper", "address": editor.value()},
        new=True,
    )
    assert errors["address"].code == "field_too_long"
    qtbot.keyClick(editor.text, Qt.Key.Key_Backspace)
    assert editor.value() == "k" * (most - 1) + "a"
    assert editor.too_long.isHidden()
    assert (
        validate(
            form_spec("suppliers", Role.INVENTORY),
            {"supplier_name": "Kigali Paper", "address": editor.value()},
            new=True,
        )
        == {}
    )
