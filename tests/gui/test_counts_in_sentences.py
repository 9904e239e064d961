"""Counts in a refusal's sentence are written as the window writes numbers: "This text is
50,000,000 characters long" (the database's DETAIL gives bare digits), a year as it came."""

from __future__ import annotations

import pytest

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import sentence


def test_english_groups_a_texts_length_and_its_limit(restore_language):
    translations.install_translators("en")
    said = sentence(Conflict("text_over_limit", length="50000000", most="100000"))
    assert said.startswith(
        "This text is 50,000,000 characters long: it may hold at most 100,000."
    ), said


@pytest.mark.parametrize(
    ("language", "grouped"), [("fr", "50\u202f000\u202f000"), ("rw", "50,000,000")]
)
def test_each_language_groups_as_its_numbers_do(restore_language, language, grouped):
    translations.install_translators(language)
    said = sentence(Conflict("text_too_long", length=50_000_000, most="100000"))
    assert grouped in said and "50000000" not in said, said


def test_a_year_is_not_a_count(restore_language):
    found = {"days": "39", "remaining": "8", "leave_type": "annual", "year": "2026"}
    found.update(allowance="18", taken="10", pending="0")
    from dicel_desktop.services.leave_words import refusal_params

    said = sentence(Conflict("leave_over_balance", **refusal_params(found)))
    assert "2,026" not in said, said


def test_a_steps_state_is_said_in_its_tables_words(restore_language):
    """A contract terminated is "résilié" in French, where an employee's termination is
    "fin de contrat": the step's sentence knows its table (``flow_table``)."""
    from dicel_desktop.services.db_error_words import table_words

    translations.install_translators("fr")
    words = table_words("contracts")
    said = sentence(
        Conflict("case_reason_missing", **words, action="terminated", flow_table="contracts")
    )
    assert "« résilié »" in said and "fin de contrat" not in said, said
