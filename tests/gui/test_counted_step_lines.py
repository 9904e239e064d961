"""A payslip's lines that count days agree with the count in French (db41): the run's
unpaid leave « 1 jour ouvré sur 22 non payé », « 2 jours ouvrés sur 22 non payés »; a
proration « payé 1 jour sur les 31 du mois »; the printed payslip « Congé sans solde :
1 jour ouvré sur 22 ». English reads as stored."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from test_payslip_draft_print import _printed_text, _slip

from dicel_desktop.domain.step_lines import COUNTED
from dicel_desktop.gui.step_line_words import StepLineCounts, shown_text
from dicel_desktop.gui.workflows.payslip_document import unpaid_leave_text
from dicel_desktop.services.payroll import UnpaidLeave

UNPAID = (
    "Unpaid leave counted on 2026-12-08: {n} of 22 working days not paid (59,091 RWF off basic)."
)
PRORATED = (
    "Prorated on 2026-12-06: terminated on 2026-12-01, paid {n} of the month's 31 days"
    " (basic 300,000, allowances 30,000, net 280,000 before)."
)


def _shown(stored: str) -> str:
    shown = shown_text("payroll_records", "notes", stored)
    assert shown is not None
    return shown.shown.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_counted_forms_are_the_forms_the_database_writes(qapp):
    """Each plural message's source is its step line's form, word for word (English has
    no translator: the source comes back)."""
    counts = StepLineCounts()
    for n in (1, 2):
        assert dict(zip(COUNTED, counts.words(n), strict=True)) == {f: f for f in COUNTED}


def test_unpaid_days_agree_with_their_count_in_french(qapp, language):
    language("fr")
    assert _shown(UNPAID.format(n=1)) == (
        "Congé sans solde compté le 8 décembre 2026 : 1 jour ouvré sur 22 non payé"
        " (59 091 RWF de moins sur le salaire de base)."
    )
    assert _shown(UNPAID.format(n=2)) == (
        "Congé sans solde compté le 8 décembre 2026 : 2 jours ouvrés sur 22 non payés"
        " (59 091 RWF de moins sur le salaire de base)."
    )
    assert "payé 1 jour sur les 31 du mois" in _shown(PRORATED.format(n=1))
    assert "payé 10 jours sur les 31 du mois" in _shown(PRORATED.format(n=10))


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (1, "Congé sans solde : 1 jour ouvré sur 22, 4 545 RWF de moins sur le salaire de base"),
        (2, "Congé sans solde : 2 jours ouvrés sur 22, 9 091 RWF de moins sur le salaire de base"),
    ],
)
def test_the_printed_payslip_agrees_with_its_unpaid_days(qapp, language, days, said):
    language("fr")
    slip = dataclasses.replace(
        _slip("pending"),
        unpaid_leave=UnpaidLeave(days, 22, Decimal(4545 if days == 1 else 9091)),
    )
    assert unpaid_leave_text(slip).replace("\u202f", " ").replace("\u00a0", " ") == said
    assert said in _printed_text(slip)


def test_english_reads_as_stored(qapp, rwanda):
    assert _shown(UNPAID.format(n=1)) == (
        "Unpaid leave counted on 8 December 2026: 1 of 22 working days not paid"
        " (59,091 RWF off basic)."
    )
