"""Kinyarwanda leave refusals read with the words they are given (eye30r, 10): the type
of leave as the Request leave dialog names it ("ikiruhuko cy'umwaka"), not the type's
word alone ("ibya buri mwaka") inside a phrase it does not agree with, and the other
request's state as a named state, not an adjective of the wrong class."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.services.leave_words import refusal_params


@pytest.fixture
def kinyarwanda(qapp):
    before = QLocale()
    translations.install_translators("rw")
    yield
    translations.install_translators("en")
    QLocale.setDefault(before)


def test_over_the_balance_names_the_leave_as_the_dialog_does(kinyarwanda):
    detail = {
        "days": "60",
        "remaining": "8",
        "leave_type": "annual",
        "year": "2027",
        "allowance": "18",
        "taken": "0",
        "pending": "10",
    }
    said = sentence(Conflict("leave_over_balance", **refusal_params(detail)))
    assert "ikiruhuko cy\u2019umwaka cyo mu 2027 gisigaranye gusa iminsi 8" in said, said
    assert "buri mwaka" not in said.lower()


def test_an_overlap_names_the_other_leave_and_its_state(kinyarwanda):
    detail = {
        "other_type": "annual",
        "other_start": "2026-12-21",
        "other_end": "2026-12-23",
        "other_state": "pending",
    }
    said = sentence(Conflict("leave_overlaps", **refusal_params(detail)))
    assert said.startswith("Aya matariki ahura n\u2019ikiruhuko cy\u2019umwaka cyo ku wa "), said
    assert "kiri ku rwego “" in said and "kiri bitegereje" not in said
    assert "buri mwaka" not in said.lower()


def test_english_still_says_the_type_as_before(qapp):
    detail = {"other_type": "sick", "other_start": "2026-12-21", "other_end": "2026-12-23"}
    detail["other_state"] = "approved"
    said = sentence(Conflict("leave_overlaps", **refusal_params(detail)))
    assert said.startswith("These dates overlap the sick leave of "), said
