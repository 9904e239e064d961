"""A recovery case that begins after today is neither written off nor marked recovered
(DW444; the window's tooltip says the same): the sentence names the step's own verb in
each language. "It can be {action}" put the state's name where a verb goes
(Kinyarwanda "izashobora byemewe nk'igihombo"; French « marqué recouvré », a state that
does not exist: eye32 #2)."""

from __future__ import annotations

import pytest

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.services.db_errors import NOT_BEGUN_STEPS

#: What each step reads as in each language, and what it must not read as.
EXPECTED = {
    ("fr", "written off"): ("ne pourra être passée en perte qu\u2019une fois commencée", "« "),
    ("fr", "marked recovered"): ("passer à l\u2019état « Recouvré » qu\u2019une fois", "marqué"),
    ("rw", "written off"): ("izashobora kwemerwa nk\u2019igihombo imaze gutangira", "Byemewe"),
    ("rw", "marked recovered"): ("izashobora kwandikwa ko yagarujwe imaze", "byagarujwe"),
}


def _refusal(action: str) -> Conflict:
    return Conflict(
        NOT_BEGUN_STEPS[("recovery_cases", action)],
        record="recovery case",
        name="start date",
        label="Start date",
        action=action,
        date="2027-01-15",
        today="2026-12-06",
        flow_table="recovery_cases",
    )


@pytest.mark.parametrize(("language", "action"), sorted(EXPECTED))
def test_the_step_is_said_with_its_own_verb(restore_language, language, action):
    translations.install_translators(language)
    said = sentence(_refusal(action))
    wanted, not_this = EXPECTED[(language, action)]
    assert wanted in said, said
    assert not_this not in said.replace("« Date de début »", ""), said
    assert "2027-01-15" not in said, said
