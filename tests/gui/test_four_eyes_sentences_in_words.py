"""A four-eyes refusal (DW411, DW412) and the tooltip saying it: the step's word and the
moment in the person's language, not "si elle est approved … le 2026-12-05 14:09"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from dicel_desktop.domain.errors import InvalidInput, NotAllowed
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import sentence


def _refusals():
    return (
        NotAllowed(
            "case_own_change_decision", record="policy", at="2026-12-05 14:09", action="approved"
        ),
        NotAllowed(
            "case_own_move_decision",
            record="policy",
            state="under review",
            at="2026-12-05 14:09",
            action="approved",
        ),
    )


def test_english_keeps_its_words(restore_language):
    QLocale.setDefault(QLocale("en_GB"))
    assert sentence(_refusals()[0]) == (
        "You changed this policy on 05/12/2026 14:09: someone else must decide whether it "
        "is approved."
    )


@pytest.mark.parametrize("language", ["fr", "rw"])
def test_the_step_word_and_the_moment_are_the_persons(restore_language, language):
    translations.install_translators(language)
    for refusal in _refusals():
        said = sentence(refusal)
        assert "approved" not in said and "2026-12-05" not in said, said
        assert "05/12/2026 14:09" in said, said
    written_off = sentence(
        InvalidInput("case_reason_missing", record="recovery case", action="written off")
    )
    assert "written off" not in written_off, written_off


def test_french_does_not_agree_the_step_word_wrongly(restore_language):
    translations.install_translators("fr")
    assert sentence(_refusals()[0]) == (
        "Vous avez modifié cette fiche (politique) le 05/12/2026 14:09 : c\u2019est à une autre "
        "personne de prendre la décision (« approuvé »)."
    )


def test_french_quotes_every_step_word_said_of_a_record(restore_language):
    """A step's done word is masculine ("approuvé") and "fiche" feminine: French said
    "elle ne peut plus être {action}", "ne peut être {action} que par"; it names the step
    as a state in quotes instead, agreeing with nothing."""
    from dicel_desktop.domain.errors import MESSAGES

    translations.install_translators("fr")
    said_of_records = [
        source for source in MESSAGES.values() if "{record}" in source and "{action}" in source
    ]
    assert len(said_of_records) >= 6
    for source in said_of_records:
        french = QCoreApplication.translate("errors", source)
        assert french != source, source
        assert french.count("{action}") == french.count("« {action} »"), french
