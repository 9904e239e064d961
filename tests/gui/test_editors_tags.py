"""The chip editor of TEXT[] fields (skills, certifications), keyboard first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.editors import make_editor
from dicel_desktop.gui.editors.tags import TagsEditor
from dicel_desktop.services.forms import table_fields


@pytest.fixture
def skills(qtbot):
    """A skills editor in an active window, focused, with a line after it."""
    window = QWidget()
    layout = QVBoxLayout(window)
    editor = make_editor(
        table_fields("candidates")["skills"], locale=QLocale("en_RW"), reference_editor=None
    )
    assert isinstance(editor, TagsEditor)
    layout.addWidget(editor)
    editor.after = QLineEdit()
    layout.addWidget(editor.after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.setFocus()
    editor.edits = []
    editor.edited.connect(lambda: editor.edits.append(1))
    editor._window = window  # keep it alive: qtbot holds widgets weakly
    return editor


def chip_texts(editor: TagsEditor) -> list[str]:
    return [chip.label.text() for chip in editor.chips if chip.isVisible()]


def test_enter_and_comma_add_entries(qtbot, skills):
    qtbot.keyClicks(skills.input, "Excel")
    qtbot.keyClick(skills.input, Qt.Key.Key_Return)
    qtbot.keyClicks(skills.input, "IFRS,Payroll,")
    assert chip_texts(skills) == ["Excel", "IFRS", "Payroll"]
    assert skills.input.text() == ""
    assert skills.value() == ["Excel", "IFRS", "Payroll"]
    assert len(skills.edits) == 3 + len("Excel") + len("IFRS,Payroll,")  # adds and keys


def test_a_pasted_list_becomes_entries(qtbot, skills):
    skills.input.insert("Excel, IFRS ,  Payroll")  # as a paste arrives: one text edit
    skills.input.textEdited.emit(skills.input.text())
    assert chip_texts(skills) == ["Excel", "IFRS"]
    assert skills.input.text() == "Payroll"  # the last part is still being typed
    assert skills.value() == ["Excel", "IFRS", "Payroll"]


def test_the_same_entry_is_never_there_twice(qtbot, skills):
    skills.set_value(["Excel"])
    qtbot.keyClicks(skills.input, "excel")
    qtbot.keyClick(skills.input, Qt.Key.Key_Return)
    assert chip_texts(skills) == ["Excel"]
    assert skills.chips[0].property("selected") is True  # shows the one already there
    qtbot.keyClicks(skills.input, "EXCEL")
    assert skills.value() == ["Excel"]  # typed, not added: still no duplicate


def test_backspace_selects_then_removes_the_last_entry(qtbot, skills):
    skills.set_value(["Excel", "IFRS"])
    assert skills.edits == []
    qtbot.keyClick(skills.input, Qt.Key.Key_Backspace)
    assert chip_texts(skills) == ["Excel", "IFRS"]
    assert skills.chips[1].property("selected") is True
    qtbot.keyClick(skills.input, Qt.Key.Key_Backspace)
    assert chip_texts(skills) == ["Excel"]
    assert skills.value() == ["Excel"]
    assert len(skills.edits) == 1


def test_arrows_choose_an_entry_and_delete_removes_it(qtbot, skills):
    skills.set_value(["Excel", "IFRS", "Payroll"])
    qtbot.keyClick(skills.input, Qt.Key.Key_Left)
    qtbot.keyClick(skills.input, Qt.Key.Key_Left)
    qtbot.keyClick(skills.input, Qt.Key.Key_Left)
    qtbot.keyClick(skills.input, Qt.Key.Key_Right)
    qtbot.keyClick(skills.input, Qt.Key.Key_Delete)
    assert skills.value() == ["Excel", "Payroll"]
    qtbot.keyClick(skills.input, Qt.Key.Key_Left)
    qtbot.keyClick(skills.input, Qt.Key.Key_Escape)  # back to the text: nothing selected
    qtbot.keyClick(skills.input, Qt.Key.Key_Delete)
    assert skills.value() == ["Excel", "Payroll"]


def test_the_cross_on_a_chip_removes_it(qtbot, skills):
    skills.set_value(["Excel", "IFRS"])
    qtbot.mouseClick(skills.chips[0].remove, Qt.MouseButton.LeftButton)
    assert skills.value() == ["IFRS"]
    assert skills.input.hasFocus()
    assert skills.chips[0].remove.accessibleName() == "Remove IFRS"


def test_text_not_yet_added_counts_when_the_field_is_left(qtbot, skills):
    qtbot.keyClicks(skills.input, "Negotiation")
    qtbot.keyClick(skills.input, Qt.Key.Key_Tab)
    assert skills.after.hasFocus()
    assert chip_texts(skills) == ["Negotiation"]
    assert skills.value() == ["Negotiation"]


def test_no_entries_is_none_and_set_value_is_no_edit(qtbot, skills):
    skills.set_value(["A", "B"])
    skills.set_value(None)
    assert skills.value() is None
    assert skills.edits == []


def test_enter_adds_but_in_an_empty_box_is_left_to_the_dialog(qtbot):
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    editor = make_editor(table_fields("candidates")["skills"], locale=None, reference_editor=None)
    save = QPushButton("Save")
    save.setDefault(True)
    saved = []
    save.clicked.connect(lambda: saved.append(editor.value()))
    layout.addWidget(editor)
    layout.addWidget(save)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor.setFocus()
    qtbot.keyClicks(editor.input, "Excel")
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    assert saved == []  # Enter added the entry, it did not save the form
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    assert saved == [["Excel"]]


def test_read_only_lists_the_entries_as_text(qtbot, skills):
    skills.set_value(["Excel", "IFRS"])
    skills.set_read_only(True)
    assert skills.display.isVisible()
    assert skills.display.text() == "Excel, IFRS"
    assert skills.box.isHidden()
    assert skills.focusProxy() is skills.display


def test_screen_readers_hear_the_entries(qtbot, skills):
    skills.set_value(["Excel", "IFRS"])
    assert skills.input.accessibleName() == "Skills"
    assert skills.input.accessibleDescription() == "Excel, IFRS"


def test_a_full_list_adds_nothing_more_and_says_so(qtbot, skills):
    """Migration 0088: a list keeps at most LIST_ITEMS entries (DW025). The editor knows
    it: the entry after the last one stays typed in the box, and a line says why, until
    an entry is removed."""
    from dicel_desktop.domain.text_limits import LIST_ITEMS

    assert skills.field.max_items == LIST_ITEMS
    skills.set_value([f"Skill {n}" for n in range(1, LIST_ITEMS)])
    qtbot.keyClicks(skills.input, "Excel")
    qtbot.keyClick(skills.input, Qt.Key.Key_Return)
    assert len(skills.chips) == LIST_ITEMS and skills.full.isHidden()
    qtbot.keyClicks(skills.input, "IFRS")
    qtbot.keyClick(skills.input, Qt.Key.Key_Return)
    assert len(skills.chips) == LIST_ITEMS
    assert skills.input.text() == "IFRS"  # kept, not lost
    assert not skills.full.isHidden()
    assert skills.full.text() == "This list holds at most 200 entries: remove one to add another."
    assert len(skills.value()) == LIST_ITEMS  # what is typed is not counted beyond it
    skills.input.clear()
    qtbot.keyClicks(skills.input, "Payroll, Audit,")
    assert len(skills.chips) == LIST_ITEMS
    assert skills.input.text() == "Payroll, Audit, "
    skills.remove(0)
    assert skills.full.isHidden()
    skills.input.clear()
    qtbot.keyClicks(skills.input, "IFRS")
    qtbot.keyClick(skills.input, Qt.Key.Key_Return)
    assert chip_texts(skills)[-1] == "IFRS" and len(skills.chips) == LIST_ITEMS
