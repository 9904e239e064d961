"""A French policy in force says the same word as its button ("Passer en examen…"), and
its lock sentence lists the fields as nouns: it said "lancez une révision" beside that
button, and "… date d'effet et révision prévue le." (a label leading into its date)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from dicel_desktop.domain.tables import table_info
from dicel_desktop.gui import translations
from dicel_desktop.gui.records.titles import header_texts
from dicel_desktop.services.forms import form_spec
from dicel_desktop.services.records import Record

FILES = "A policy in force changes only through a review: start a review, then change its files."


@pytest.fixture
def french(qapp):
    before = QLocale()
    translations.install_translators("fr")
    yield
    translations.install_translators("en")
    QLocale.setDefault(before)


def test_the_files_sentence_says_the_buttons_word(french):
    button = QCoreApplication.translate("CaseSteps", "Start re&view…").replace("&", "")
    assert button == "Passer en examen…"
    for context in ("DocumentsPanel", "errors"):
        said = QCoreApplication.translate(context, FILES)
        assert "en examen" in said and "révision" not in said, said
    asked = QCoreApplication.translate(
        "CaseSteps",
        "Put %1 under review? It is reviewed again, and what it says can be corrected;"
        " it is approved again with its next review date.",
    )
    assert asked.startswith("Passer %1 en examen ?"), asked


def test_the_lock_sentence_says_what_the_policy_is_without_a_labels_dangling_le(french):
    """A policy in force says what to do (start a review, fixh); a retired one that it no
    longer changes; neither reads a form label ("Révision prévue le") as a noun."""
    spec = translations.translated_form(form_spec("compliance_policies", "compliance"))
    lock = table_info("compliance_policies").lock
    assert lock is not None
    frozen = frozenset(lock.columns)
    assert "review_date" in frozen or "next_review_date" in frozen, frozen
    notes = {
        status: header_texts(
            spec, Record("compliance_policies", uuid.uuid4(), {"status": status}), frozen
        )[1]
        for status in ("active", "retired")
    }
    assert (
        notes["active"] == "Cette politique est en vigueur : lancez une révision pour la modifier."
    )
    assert "retirée du service" in notes["retired"], notes
    assert not any("prévue le" in note for note in notes.values()), notes
