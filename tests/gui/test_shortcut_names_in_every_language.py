"""A tooltip's keys are written without English words in a language Qt cannot name the
keys in (eye38, 1): the date fields' calendar button read "Hitamo kuri kalendari
(Alt+Down)" in Kinyarwanda. Qt's own names are kept where it has them (« Alt+Bas »)."""

from __future__ import annotations

import pytest

from dicel_desktop.gui import translations
from dicel_desktop.gui.editors.dates import DateEditor
from dicel_desktop.gui.editors.json_lists import CheckpointsView
from dicel_desktop.services.forms import FieldKind, FieldSpec


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("en", "Choose from a calendar (Alt+Down)"),
        ("fr", "Choisir dans un calendrier (Alt+Bas)"),
        ("rw", "Hitamo kuri kalendari (Alt+\N{DOWNWARDS ARROW})"),
    ],
)
def test_the_calendar_buttons_keys_are_in_the_readers_words(qtbot, language, code, said):
    language(code)
    editor = DateEditor(FieldSpec("paid_on", "Paid on", FieldKind.DATE))
    qtbot.addWidget(editor)
    assert editor.button.toolTip() == said


def test_the_lists_move_buttons_name_their_arrows_in_kinyarwanda(qtbot, language):
    language("rw")
    view = CheckpointsView("Checkpoints")
    qtbot.addWidget(view)
    # What each button does (shown while it is enabled; the table is empty here).
    tips = " ".join(view._tips[b] for b in view.buttons)
    assert "Ctrl+\N{UPWARDS ARROW}" in tips and "Ctrl+\N{DOWNWARDS ARROW}" in tips
    assert "Up" not in tips and "Down" not in tips


def test_the_arrows_keep_qts_french_names(qtbot, language):
    language("fr")
    assert translations.shortcut_text("Ctrl+Up") == "Ctrl+Haut"
    assert translations.shortcut_text("Ctrl+Del") == "Ctrl+Suppr"
