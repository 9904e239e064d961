"""Leaving a window and a record's step never share a verb (eye32 #3): Kinyarwanda's
window said "Gufunga" (tooltip "Funga (Esc)") beside the step "Funga…" that closes the
record for good, and the step's Back said "Funga udakoze iyi ntambwe". A clerk leaving
the window could press the step."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from dicel_desktop.gui.translations import install_translators

#: Where a window or dialog says it is left (context, source).
LEAVING = (
    ("RecordWindow", "Close"),
    ("RecordWindow", "Close (Esc)"),
    ("CaseStepDialog", "Close this without taking the step (Esc)"),
    ("LeaveDecisionDialog", "Close"),
    ("LeaveDecisionDialog", "Close without deciding (Esc)"),
    ("QPlatformTheme", "Close"),
)


def _verb(word: str) -> str:
    """A Kinyarwanda verb without its infinitive's prefix ("Gufunga" -> "funga")."""
    word = re.sub(r"[^\w]", "", word.replace("&", "")).casefold()
    return re.sub(r"^(gu|ku)", "", word)


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_no_step_of_one_word_is_the_verb_that_leaves_the_window(qapp, language):
    from dicel_desktop.gui.records.actions import _ACTIONS, load_steps, step_text

    load_steps()  # every workflow's steps, as a record window registers them
    install_translators(language)
    try:
        leaving = {
            _verb(word)
            for context, source in LEAVING
            for word in QCoreApplication.translate(context, source).split()[:1]
        }
        # A step named by its verb alone ("Funga…"), not one naming what it closes.
        steps = {
            step_text(action.label)
            for actions in _ACTIONS.values()
            for action in actions
            if len(step_text(action.label).split()) == 1
        }
    finally:
        install_translators("en")
    same = sorted(step for step in steps if _verb(step) in leaving)
    assert not same, (same, leaving)
