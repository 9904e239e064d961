"""One step, one verb: a step's button in the record window and the button that takes it
in its dialog say the same thing in every language (the Kinyarwanda close step's button
said "Soza…" and its dialog "Funga")."""

from __future__ import annotations

import pytest

from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.case_step_dialog import step_button_text
from dicel_desktop.gui.workflows.cases import _LABELS, step_label


def _verb(words: str) -> str:
    return words.replace("&", "").removesuffix("…").split()[0]


# English says some as the state they lead to ("Mark closed…" / "Close it"): its words
# are the sources, read by both translations.
@pytest.mark.parametrize("language", ["fr", "rw"])
def test_a_steps_button_opens_with_the_verb_its_dialog_takes_it_with(
    qapp, restore_language, language
):
    translations.install_translators(language)
    differ = []
    for action in _LABELS:
        button, take = _verb(step_label(action)), _verb(step_button_text(action))
        if button != take:
            differ.append(f"{action}: {button!r} / {take!r}")
    assert not differ, "\n".join(differ)
