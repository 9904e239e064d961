"""A leaver's final payslip says the annual leave left that the run paid (migration 0157),
read from the run's line in its notes: printed as a line of the earnings with its amount
(the Allowances line then without it, so the lines add up to the gross), and the notes'
line in the reader's words, both agreeing with the count in French (« 1,5 jour »)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from test_payslip_draft_print import _printed, _printed_text, _slip

from dicel_desktop.gui.step_line_words import shown_text
from dicel_desktop.gui.workflows.form_step_dialog import date_text
from dicel_desktop.gui.workflows.payslip_document import untaken_leave_text
from dicel_desktop.services.payroll import UntakenLeave, untaken_leave

LINE = (
    "Untaken leave paid on 2026-12-08: {n} working days of annual leave"
    " ({worth} RWF in allowances)."
)
NOTES = "Checked with HR.\n" + LINE.format(n=6, worth="136,364")


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_the_runs_line_is_read_from_the_notes():
    assert untaken_leave(NOTES) == UntakenLeave(Decimal(6), Decimal(136364))
    assert untaken_leave(LINE.format(n="7.5", worth="1,000")) == UntakenLeave(
        Decimal("7.5"), Decimal(1000)
    )
    assert untaken_leave("Untaken leave 6 days, typed by hand") is None
    assert untaken_leave(None) is None


@pytest.mark.usefixtures("rwanda")
def test_the_printed_payslip_pays_the_days_in_a_line_of_its_own(tmp_path):
    slip = dataclasses.replace(
        _slip("approved"), allowances=Decimal(166364), untaken_leave=untaken_leave(NOTES)
    )
    text, _image = _printed(slip, tmp_path / "payslip.pdf")
    said = _plain(text)
    assert "Untaken leave paid: 6 working days 136,364 RWF" in said
    # The other allowances apart: 30,000 + 136,364 = the allowances the payslip holds.
    assert "Allowances 30,000 RWF" in said
    plain, _image = _printed(_slip("approved"), tmp_path / "plain.pdf")
    assert "Untaken leave" not in plain


@pytest.mark.parametrize(
    ("days", "said"),
    [
        ("1", "Congé non pris payé : 1 jour ouvré"),
        ("1.5", "Congé non pris payé : 1,5 jour ouvré"),
        ("6", "Congé non pris payé : 6 jours ouvrés"),
    ],
)
def test_the_days_agree_with_their_count_in_french(qapp, language, days, said):
    language("fr")
    slip = dataclasses.replace(
        _slip("approved"), untaken_leave=UntakenLeave(Decimal(days), Decimal(20000))
    )
    assert _plain(untaken_leave_text(slip)) == said
    assert said in _printed_text(slip)


def test_the_notes_line_agrees_with_its_count_in_french(qapp, language):
    language("fr")

    def shown(stored: str) -> str:
        found = shown_text("payroll_records", "notes", stored)
        assert found is not None
        return _plain(found.shown)

    assert shown(LINE.format(n="1.5", worth="31,818")) == (
        "Congé non pris payé le 8 décembre 2026 : 1,5 jour ouvré de congé annuel"
        " (31 818 RWF dans les indemnités)."
    )
    assert shown(LINE.format(n=6, worth="136,364")) == (
        "Congé non pris payé le 8 décembre 2026 : 6 jours ouvrés de congé annuel"
        " (136 364 RWF dans les indemnités)."
    )


def test_english_reads_as_stored(qapp, rwanda):
    found = shown_text("payroll_records", "notes", LINE.format(n="7.5", worth="1,000"))
    assert found is not None
    assert found.shown == (
        "Untaken leave paid on 8 December 2026: 7.5 working days of annual leave"
        " (1,000 RWF in allowances)."
    )


SETTLED = (
    "Untaken leave paid on 2027-01-05: 6 working days of annual leave, final settlement of"
    " a termination on 2026-12-08 (136,364 RWF in allowances)."
)


@pytest.mark.usefixtures("rwanda")
def test_a_final_settlement_prints_what_it_pays_and_no_salary_of_nothing(tmp_path):
    """A later month's run pays a leaver's untaken leave alone (migration 0159): basic 0
    and allowances 0 would read as a mistake; the page says it is a final settlement."""
    untaken = untaken_leave(SETTLED)
    assert untaken == UntakenLeave(Decimal(6), Decimal(136364), dt.date(2026, 12, 8))
    slip = dataclasses.replace(
        _slip("approved"),
        basic_salary=Decimal(0),
        allowances=Decimal(136364),
        gross=Decimal(136364),
        untaken_leave=untaken,
    )
    text, _image = _printed(slip, tmp_path / "settlement.pdf")
    said = _plain(text)
    day = date_text(dt.date(2026, 12, 8))
    assert f"Final settlement of a termination on {day}: no salary for this period." in said
    assert "Untaken leave paid: 6 working days 136,364 RWF" in said
    assert "Basic salary" not in said and "Allowances" not in said
    assert "Gross pay 136,364 RWF" in said


def test_a_final_settlement_reads_in_french(qapp, language):
    language("fr")
    slip = dataclasses.replace(
        _slip("approved"),
        basic_salary=Decimal(0),
        allowances=Decimal(136364),
        untaken_leave=untaken_leave(SETTLED),
    )
    day = date_text(dt.date(2026, 12, 8))
    assert (
        f"Solde de tout compte d\u2019une fin de contrat le {day} : aucun salaire pour cette"
        " période." in _printed_text(slip)
    )
    found = shown_text("payroll_records", "notes", SETTLED)
    assert found is not None
    assert _plain(found.shown) == (
        "Congé non pris payé le 5 janvier 2027 : 6 jours ouvrés de congé annuel, solde de tout"
        " compte d\u2019une fin de contrat le 8 décembre 2026 (136 364 RWF dans les indemnités)."
    )
