"""An emergency contact's relationship is offered as a list in the reader's words, stored
as the English word each language reads back: the French and Kinyarwanda profiles read
« (Father) », « (Cousin) », the demo's free English text (eye34 #7). A word of no list
is kept as typed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from dicel_desktop.domain.relationships import RELATIONSHIPS
from dicel_desktop.gui import translations
from dicel_desktop.gui.editors import make_editor
from dicel_desktop.services.forms import table_fields

CONTACT = {"name": "Aline Uwase", "relationship": "Sibling", "phone": "+250 788 555 111"}


def _choices(editor) -> QComboBox:
    combo = editor.view.lines["relationship"].parentWidget()
    assert isinstance(combo, QComboBox)
    return combo


def test_the_relationship_is_picked_in_french_and_stored_in_english(qtbot, restore_language, host):
    translations.install_translators("fr")
    editor = make_editor(
        table_fields("employees")["emergency_contact"], locale=None, reference_editor=None
    )
    host(editor)
    editor.set_value(CONTACT)
    line = editor.view.lines["relationship"]
    assert line.text() == "Frère ou sœur"
    assert editor.value() is CONTACT  # untouched: as stored
    combo = _choices(editor)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Conjoint(e)", "Parent", "Enfant", "Frère ou sœur", "Membre de la famille",
        "Ami(e)", "Autre",
    ]  # fmt: skip
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert editor.value()["relationship"] == "Spouse"
    combo.setEditText("Voisin")
    line.textEdited.emit("Voisin")
    assert editor.value()["relationship"] == "Voisin"  # a word of no list: as typed


@pytest.mark.parametrize(
    ("language", "stored", "shown"),
    [("fr", "Father", "(Père)"), ("fr", "Spouse", "(Conjoint(e))"), ("rw", "Parent", "(Umubyeyi)")],
)
def test_the_profile_reads_the_relationship_in_the_readers_words(
    qapp, restore_language, language, stored, shown
):
    from dicel_desktop.gui.tabs.profile_view import ProfileView

    translations.install_translators(language)
    view = ProfileView()
    view.show_profile({"emergency_contact": {**CONTACT, "relationship": stored}})
    assert shown in view.fields["emergency_contact"].text()


def test_every_word_offered_is_translated(restore_language):
    from PySide6.QtCore import QCoreApplication

    for language in ("fr", "rw"):
        translations.install_translators(language)
        untranslated = [
            w for w in RELATIONSHIPS if QCoreApplication.translate("JsonRecords", w) == w
        ]
        assert untranslated in ([], ["Parent"]), (language, untranslated)  # « Parent » is French


def test_a_read_only_relationship_does_not_turn_under_the_wheel_or_arrows(qtbot, host):
    """review35b F4: two notches of the wheel over a read-only "Father" gave "Parent"
    and told the window it was edited; Down gave "Child"."""
    from PySide6.QtCore import Qt
    from wheel import turn_wheel

    editor = make_editor(
        table_fields("employees")["emergency_contact"], locale=None, reference_editor=None
    )
    host(editor)
    editor.set_value({**CONTACT, "relationship": "Father"})
    editor.set_read_only(True)
    edits: list[int] = []
    editor.edited.connect(lambda: edits.append(1))
    combo = _choices(editor)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    turn_wheel(combo, 2)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert editor.view.lines["relationship"].text() == "Father"
    assert editor.value()["relationship"] == "Father" and edits == []
