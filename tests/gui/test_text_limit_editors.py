"""Migration 0085's limits in the window: a form's text editor knows the most characters
its column keeps (domain/text_limits.py); typed past it, the text stays as typed and a
sentence under the box says how long it is and may be; the form refuses to save it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.text_limits import LONG_TEXT, most_characters
from dicel_desktop.gui.editors import make_editor
from dicel_desktop.gui.editors.text import MultilineEditor, TextEditor
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


def test_a_one_line_text_past_its_limit_is_kept_whole_and_said_too_long(qtbot, host):
    """User-eye review: a 132-character contract type became 100, silently (the box
    cut what was pasted at its column's length)."""
    field = table_fields("contracts")["contract_type"]
    most = field.max_length
    editor = make_editor(field, locale=QLocale("en_RW"), reference_editor=_no_reference)
    assert isinstance(editor, TextEditor)
    host(editor)
    editor.line.setFocus()
    editor.line.insert("g" * (most + 32))  # pasted
    assert editor.value() == "g" * (most + 32)  # kept whole
    assert editor.too_long.isVisible()
    said = editor.too_long.text()
    assert said == (
        f"This text is {most + 32} characters long: it may hold at most {most}. Shorten it to save."
    )
    assert editor.line.accessibleDescription() == said
    spec = form_spec("contracts", Role.CLIENT)
    assert validate(spec, {"contract_type": editor.value()}, new=False)["contract_type"].code == (
        "field_too_long"
    )
    editor.line.end(False)
    for _ in range(32):
        qtbot.keyClick(editor.line, Qt.Key.Key_Backspace)
    assert editor.value() == "g" * most
    assert editor.too_long.isHidden()
    assert "contract_type" not in validate(spec, {"contract_type": editor.value()}, new=False)


def test_a_refused_save_says_the_length_once_in_the_offices_numbers(qtbot):
    """A user-eye review: a 3,000-character reason read twice under its box, "3.000 ...
    2.000" (CLDR's Kinyarwanda) over "2000 ...; it is 3,000". The sentence under the box
    says it once, its numbers as Rwandan offices write them; the form's refusal marks the
    field (tooltip, focus) without repeating it."""
    from offline_form import new_form

    form = new_form(qtbot, "suppliers", Role.INVENTORY, locale=QLocale("rw_RW"))
    form.show()
    most = form.spec.fields["address"].max_length
    editor = form.editors["address"]
    editor.setLocale(QLocale("rw_RW"))
    editor.set_value("k" * (most + 1000))
    editor.text.textChanged.emit()
    assert editor.too_long.isVisible()
    said = editor.too_long.text()
    assert f"{most + 1000:,}" in said and f"{most:,}" in said, said
    form.show_errors({"address": "Address is too long."})
    assert form.error_labels["address"].isHidden()
    assert editor.toolTip() == "Address is too long."
    form.show_errors({"supplier_name": "Name is required."})
    assert form.error_labels["supplier_name"].isVisible()
    # Shown again without the address's refusal, the address is unmarked (code review).
    assert editor.toolTip() == ""
