"""A payslip that pays back unpaid leave worked after a signed run (migration 0160) says
so, read from the run's line in its notes: printed as a line of the earnings with its
amount, the month it came from, the Allowances line without it (the lines add up to the
gross); a leaver's settlement of it alone says there is no salary; the notes' line in
the reader's words; French agrees with the count and elides before a vowel."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from decimal import Decimal

import pytest
from test_payslip_draft_print import _printed, _printed_text, _slip

from dicel_desktop.gui.step_line_words import shown_text
from dicel_desktop.services.payroll import PaidBack, paid_back

LINE = (
    "Unpaid leave paid back on 2027-01-05: {n} working days of {first} to {last} worked"
    " after all ({worth} RWF in allowances)."
)
NOTES = "\n".join(
    (
        "Checked with HR.",
        LINE.format(n=3, first="2026-11-01", last="2026-11-30", worth="68,182"),
        LINE.format(n=1, first="2026-12-01", last="2026-12-31", worth="20,000"),
    )
)
BACK = (
    PaidBack(3, dt.date(2026, 11, 1), dt.date(2026, 11, 30), Decimal(68182)),
    PaidBack(1, dt.date(2026, 12, 1), dt.date(2026, 12, 31), Decimal(20000)),
)


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_the_runs_lines_are_read_from_the_notes():
    assert paid_back(NOTES) == BACK
    assert paid_back("Unpaid leave paid back: 3 days, typed by hand") == ()
    assert paid_back(None) == ()


@pytest.mark.usefixtures("rwanda")
def test_the_printed_payslip_pays_each_month_back_in_a_line_of_its_own(tmp_path):
    slip = dataclasses.replace(
        _slip("approved"), allowances=Decimal(118182), gross=Decimal(418182), paid_back=BACK
    )
    text, image = _printed(slip, tmp_path / "payslip.pdf")
    if os.environ.get("DICEL_KEEP_PRINT"):  # to look at it
        image.save(os.environ["DICEL_KEEP_PRINT"])
    said = _plain(text)
    assert "Unpaid leave paid back: 3 working days of November 2026 68,182 RWF" in said
    assert "Unpaid leave paid back: 1 working day of December 2026 20,000 RWF" in said
    # The other allowances apart: 30,000 + 68,182 + 20,000 = the allowances held.
    assert "Allowances 30,000 RWF" in said


@pytest.mark.usefixtures("rwanda")
def test_a_settlement_of_days_paid_back_alone_says_there_is_no_salary(tmp_path):
    slip = dataclasses.replace(
        _slip("pending"),
        basic_salary=Decimal(0),
        allowances=Decimal(68182),
        gross=Decimal(68182),
        paid_back=BACK[:1],
    )
    said = _printed_text(slip)
    assert "No salary for this period." in said
    assert "Basic salary" not in said and "Allowances" not in said


def test_french_agrees_with_the_count_and_elides_before_a_vowel(qapp, language):
    language("fr")
    april = PaidBack(1, dt.date(2026, 4, 1), dt.date(2026, 4, 30), Decimal(20000))
    slip = dataclasses.replace(_slip("approved"), paid_back=(BACK[0], april))
    said = _printed_text(slip)
    assert "Congé sans solde remboursé : 3 jours ouvrés de novembre 2026" in said
    assert (
        "Congé sans solde remboursé : 1 jour ouvré d\N{RIGHT SINGLE QUOTATION MARK}avril 2026"
        in said
    )
    found = shown_text("payroll_records", "notes", NOTES)
    assert found is not None
    assert _plain(found.shown_lines[1]) == (
        "Congé sans solde remboursé le 5 janvier 2027 : 3 jours ouvrés du 1er novembre 2026 au"
        " 30 novembre 2026 travaillés finalement (68 182 RWF dans les indemnités)."
    )
    assert _plain(found.shown_lines[2]).startswith(
        "Congé sans solde remboursé le 5 janvier 2027 : 1 jour ouvré du 1er décembre 2026"
    )
