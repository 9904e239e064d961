"""French writes a month's first day as an ordinal in a sentence, « le 1er décembre », and
a sentence about one employee speaks of one (eye36, 5: « La fiche de paie du 1 décembre
2026 … la nouvelle paie ne les paie que jusqu'au jour où leur salaire s'arrête »)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.gui import translations
from dicel_desktop.gui.cell_format import LocaleFormats
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.workflows.leave_texts import span_text, start_text
from dicel_desktop.services.leave_start import LeaveStart

FIRST = dt.date(2026, 12, 1)


def _pending_payslip() -> str:
    return describe_error(
        Conflict(
            "payroll_pending_pays_leaver",
            name="Aimable Dusabimana",
            start="2026-12-01",
            end="2026-12-31",
        )
    )


def test_the_pending_payslip_of_one_employee_in_french(restore_language):
    translations.install_translators("fr")
    said = _pending_payslip()
    assert "du 1er décembre 2026 au 31 décembre 2026" in said, said
    assert "ne lui verse son salaire" in said, said
    assert "les paie" not in said and "leur salaire" not in said, said


def test_the_pending_payslip_of_one_employee_in_kinyarwanda(restore_language):
    translations.install_translators("rw")
    said = _pending_payslip()
    # Him or her ("-mu-"), his or her pay ("we"), not them ("-ba-"), their ("wabo").
    assert "izamwishyura" in said and "umushahara we " in said, said
    assert "izabishyura" not in said and "wabo" not in said, said


@pytest.mark.parametrize("language", ["fr", "en", "rw"])
def test_every_day_a_sentence_writes_with_its_month(restore_language, language):
    translations.install_translators(language)
    first = "1er" if language == "fr" else "1"
    month = QLocale().monthName(12)
    assert translations.day_in_words(FIRST) == f"{first} {month} 2026"
    assert translations.day_in_words(dt.date(2026, 12, 11)) == f"11 {month} 2026"
    # Days the services wrote in English words.
    assert translations.months_in_words("from 1 December, 11 December, 21 December") == (
        f"from {first} {month}, 11 {month}, 21 {month}"
    )
    # A leave's dates, its start, the step lines of a list (written without Qt).
    assert f" {first} {month} 2026" in span_text(dt.date(2026, 11, 30), FIRST)
    assert span_text(FIRST, dt.date(2026, 12, 4)).split(" \N{EN DASH} ")[0].endswith(f" {first}")
    assert f" {first} {month}" in start_text(LeaveStart(FIRST, dt.date(2026, 11, 20), 7))
    formats = LocaleFormats.from_qlocale()
    assert formats.format_datetime(FIRST, "d MMMM yyyy") == f"{first} {month} 2026"
    # Not in a short date: « 01/12/2026 » stays as it is.
    assert formats.format_datetime(FIRST, "d/MM/yyyy") == "1/12/2026"
