"""A count of days that is not whole is written in the reader's locale and in the plural
form their language gives that number (half36): French read « 0.5 jours ouvrés », with
an English point and a plural where French takes the singular below 2 (« 0,5 jour ouvré »,
« 1,5 jour ouvré », « 2,5 jours ouvrés »). English is plural unless exactly 1 ("0.5
working days"); Kinyarwanda as its .ts writes every count but one ("iminsi 0.5 y'akazi",
in its offices' marks). Whole counts keep each language's %n rule; a figure alone in a
sentence ("18,5 par an") is written in the reader's marks too."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from helpers import WAIT_MS

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import days_in_words, sentence
from dicel_desktop.gui.tabs.inbox_model import detail_words
from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.gui.workflows.leave_texts import balance_text, beyond_text, days_text
from dicel_desktop.services.inbox import WaitingItem
from dicel_desktop.services.leave import AfterApproval, Balance, DecisionFacts, RequestPreview
from dicel_desktop.services.leave_words import refusal_params

RW_DAYS = ("iminsi 0.5 y\u2019akazi", "iminsi 1.5 y\u2019akazi", "umunsi 1 w\u2019akazi")

#: Half, one and a half, one, two and a half working days, as each language writes them.
COUNTS = [
    ("en", ["0.5 working days", "1.5 working days", "1 working day", "2.5 working days"]),
    ("fr", ["0,5 jour ouvré", "1,5 jour ouvré", "1 jour ouvré", "2,5 jours ouvrés"]),
    ("rw", [*RW_DAYS, "iminsi 2.5 y\u2019akazi"]),
]


@pytest.mark.parametrize(("language", "said"), COUNTS)
def test_a_fraction_of_a_day_takes_the_languages_form_and_marks(restore_language, language, said):
    translations.install_translators(language)
    counts = [Decimal("0.5"), Decimal("1.50"), Decimal("1.0"), Decimal("2.5")]
    assert [days_text(count) for count in counts] == said
    # As a server's text arrives (the inbox's details, a refusal's params).
    assert days_in_words("0.5") == said[0]
    assert detail_words("1.5 working days") == said[1][:1].upper() + said[1][1:]


@pytest.mark.parametrize(
    ("language", "balance", "beyond"),
    [
        (
            "en",
            "Annual leave in 2027: 18.5 working days a year, 10 taken, 0 waiting for a "
            "decision, 8.5 left to request.",
            "That is 0.5 working days beyond",
        ),
        (
            "fr",
            "Congé annuel en 2027 : 18,5 jours ouvrés par an, 10 pris, 0 en attente de "
            "décision, 8,5 encore disponibles.",
            "Cela fait 0,5 jour ouvré de plus",
        ),
        (
            "rw",
            "Ikiruhuko cy\u2019umwaka mu 2027: iminsi 18.5 y\u2019akazi ku mwaka, 10 yafashwe, "
            "0 itegereje icyemezo, 8.5 isigaye yasabwa.",
            "Ibyo birenga ibisigaye ho iminsi 0.5 y\u2019akazi",
        ),
    ],
)
def test_a_half_day_balance_reads_in_the_readers_words(restore_language, language, balance, beyond):
    """Request leave's balance and what is beyond it (My leave, HR's form)."""
    translations.install_translators(language)
    left = Balance("annual", 2027, Decimal("18.5"), 10, 0, Decimal("8.5"))
    assert balance_text(left) == balance
    assert beyond_text(RequestPreview(9, (), left)).startswith(beyond)


def test_the_databases_refusal_writes_its_half_days_in_french(restore_language):
    """The balance refusal (DW105) as services read its DETAIL, figures included."""
    translations.install_translators("fr")
    found = {"days": "9", "remaining": "1.5", "leave_type": "annual", "year": "2026"}
    found.update(allowance="18.5", taken="17", pending="0")
    said = sentence(Conflict("leave_over_balance", **refusal_params(found)))
    assert "il ne reste que 1,5 jour de congé annuel" in said, said
    assert "(18,5 par an" in said, said
    assert "1.5" not in said and "18.5" not in said, said


def _facts(days: int, balance: Balance) -> DecisionFacts:
    return DecisionFacts(
        uuid.uuid4(), uuid.uuid4(), "Eric Habimana", "annual", dt.date(2027, 2, 1),
        dt.date(2027, 2, 5), days, None, "pending", None, balance, (),
    )  # fmt: skip


def _dialogs(qtbot, worker):
    single = LeaveDecisionDialog(worker, uuid.uuid4())
    item = WaitingItem("leave", uuid.uuid4(), "Annual leave", None, None, None, None, "Eric")
    several = BulkDecisionDialog(worker, [item], approve=True)
    for dialog in (single, several):
        qtbot.addWidget(dialog)
    # The dialogs read an item the test database does not hold; the facts come after.
    qtbot.waitUntil(lambda: several.facts is not None, timeout=WAIT_MS)
    return single, several


@pytest.mark.parametrize(
    ("language", "single_over", "several_over", "once"),
    [
        ("en", "take 0.5 days beyond", "0.5 days beyond the allowance of 18.5", "of 18.5."),
        ("fr", "droit de 0,5 jour :", "0,5 jour au-delà du droit de 18,5", "sur 18,5."),
        ("rw", "ho iminsi 0.5:", "({allowance} mu 2027) ho iminsi 0.5:", "kuri 18.5."),
    ],
)
def test_the_decision_dialogs_say_half_a_day_over_in_the_readers_words(
    qtbot, worker, restore_language, language, single_over, several_over, once
):
    translations.install_translators(language)
    single, several = _dialogs(qtbot, worker)
    facts = _facts(5, Balance("annual", 2027, Decimal("18.5"), 14, 5, Decimal("-0.5")))
    assert facts.balance.after(5) == AfterApproval(19, Decimal("-0.5"))
    single._on_facts_loaded(facts)
    assert single_over in single.balance_warning.text(), single.balance_warning.text()
    assert single.balance.text().endswith(once), single.balance.text()
    said = several._leave_fact(facts)
    assert several_over.replace("{allowance}", "18.5") in said, said


@pytest.mark.parametrize(
    ("language", "single_over", "several_over"),
    [
        ("en", "take 1 day beyond", "; 1 day beyond the allowance"),
        ("fr", "droit de 1 jour :", " ; 1 jour au-delà du droit"),
        ("rw", "ho umunsi 1:", " ho umunsi 1:"),
    ],
)
def test_one_day_over_is_singular(
    qtbot, worker, restore_language, language, single_over, several_over
):
    """The days over were a bare figure before a fixed "days": "1 days beyond"."""
    translations.install_translators(language)
    single, several = _dialogs(qtbot, worker)
    facts = _facts(5, Balance("annual", 2027, Decimal(18), 14, 5, Decimal(-1)))
    single._on_facts_loaded(facts)
    assert single_over in single.balance_warning.text(), single.balance_warning.text()
    said = several._leave_fact(facts)
    assert several_over in said, said


def test_a_part_year_allowance_is_not_said_a_year_in_kinyarwanda(restore_language):
    """A joiner's pro-rated allowance (eye40b, 8): Kinyarwanda has no words yet for its
    months of service, and "ku mwaka" (a year) was false: the days alone."""
    translations.install_translators("rw")
    joined = Balance("annual", 2026, Decimal("13.5"), 0, 0, Decimal("13.5"), months=9)
    said = balance_text(joined)
    assert said.startswith("Ikiruhuko cy\u2019umwaka mu 2026: iminsi 13.5 y\u2019akazi, 0 "), said
    assert "ku mwaka" not in said, said
    whole = Balance("annual", 2027, Decimal("18"), 0, 0, Decimal("18"), months=12)
    assert "iminsi 18 y\u2019akazi ku mwaka" in balance_text(whole)
