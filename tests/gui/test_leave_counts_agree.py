"""A count of days in a leave sentence agrees with its words (plural37): French read « il
restera 1 jours », « 1 jours pris » and « 1 encore disponibles », where French takes the
singular for 0, 1 and any figure below 2 (« 0,5 jour », « 1,5 jour »); a balance whose
requests went past a lowered allowance read "-0.5 left to request" (« -0,5 encore
disponibles »). Each sentence is read where its dialog makes it: the several-items
dialog's line, and the balance every leave dialog shows (Request leave, HR's form, the
decision dialog)."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from leave_team import leave_facts, several_dialog

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.gui.workflows.leave_texts import balance_text
from dicel_desktop.services.leave import Balance
from dicel_desktop.services.leave_words import refusal_params

#: (allowance, taken) leaving 0, half a day, 1, one and a half and 2 once 5 are approved.
LEFT = [
    ("18", 13, "0"),
    ("18.5", 13, "0.5"),
    ("18", 12, "1"),
    ("18.5", 12, "1.5"),
    ("18", 11, "2"),
]


ONCE_APPROVED = {
    "en": [
        "once approved, 0 of 18 days left for 2027.",
        "once approved, 0.5 of 18.5 days left for 2027.",
        "once approved, 1 of 18 days left for 2027.",
        "once approved, 1.5 of 18.5 days left for 2027.",
        "once approved, 2 of 18 days left for 2027.",
    ],
    "fr": [
        "il restera 0 jour sur 18 pour 2027.",
        "il restera 0,5 jour sur 18,5 pour 2027.",
        "il restera 1 jour sur 18 pour 2027.",
        "il restera 1,5 jour sur 18,5 pour 2027.",
        "il restera 2 jours sur 18 pour 2027.",
    ],
}


def _ends(lines: list[str], ends: list[str]) -> bool:
    return all(line.endswith(end) for line, end in zip(lines, ends, strict=True))


def test_the_days_left_once_approved_agree_with_their_count(qtbot, worker, restore_language):
    several = several_dialog(qtbot, worker, approve=True)
    for language, said in ONCE_APPROVED.items():
        translations.install_translators(language)
        lines = []
        for allowance, taken, left in LEFT:
            balance = Balance("annual", 2027, Decimal(allowance), taken, 5, Decimal(left))
            assert balance.after(5).left == Decimal(left)
            lines.append(several._leave_fact(leave_facts(5, balance)))
        assert _ends(lines, said), lines


ON_REJECTING = {
    "en": [
        "; 0 of 18 days taken in 2027.",
        "; 1 of 18.5 days taken in 2027.",
        "; 2 of 18 days taken in 2027.",
    ],
    "fr": [
        " ; 0 jour pris sur 18 en 2027.",
        " ; 1 jour pris sur 18,5 en 2027.",
        " ; 2 jours pris sur 18 en 2027.",
    ],
}


def test_the_days_taken_said_on_rejecting_agree_with_their_count(qtbot, worker, restore_language):
    """Rejecting: what the year holds now. Approved days are whole (``days_requested``
    is an integer), so the half day is the allowance's."""
    several = several_dialog(qtbot, worker, approve=False)
    for language, said in ON_REJECTING.items():
        translations.install_translators(language)
        lines = [
            several._leave_fact(
                leave_facts(5, Balance("annual", 2027, Decimal(allowance), taken, 5, None))
            )
            for allowance, taken in (("18", 0), ("18.5", 1), ("18", 2))
        ]
        assert _ends(lines, said), lines


#: What is left to request: none, half a day, one, one and a half, two.
REMAINING = ["0", "0.5", "1", "1.5", "2"]


LEFT_TO_REQUEST = {
    "en": [
        "decision: none left to request.",  # none said as none (words38)
        "0.5 left to request.",
        "1 left to request.",
        "1.5 left to request.",
        "2 left to request.",
    ],
    "fr": [
        "décision : plus rien à demander.",
        "0,5 encore disponible.",
        "1 encore disponible.",
        "1,5 encore disponible.",
        "2 encore disponibles.",
    ],
}


def test_what_is_left_to_request_agrees_with_its_count(restore_language):
    """The balance Request leave, HR's leave form and the decision dialog show."""
    for language, said in LEFT_TO_REQUEST.items():
        translations.install_translators(language)
        lines = [
            balance_text(Balance("annual", 2027, Decimal(18), 10, 0, Decimal(left)))
            for left in REMAINING
        ]
        assert _ends(lines, said), lines


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            [
                "5 waiting for a decision: 0.5 days over the allowance.",
                "5 waiting for a decision: 1 day over the allowance.",
                "5 waiting for a decision: 1.5 days over the allowance.",
                "5 waiting for a decision: 2 days over the allowance.",
            ],
        ),
        (
            "fr",
            [
                "5 en attente de décision : 0,5 jour au-delà du droit.",
                "5 en attente de décision : 1 jour au-delà du droit.",
                "5 en attente de décision : 1,5 jour au-delà du droit.",
                "5 en attente de décision : 2 jours au-delà du droit.",
            ],
        ),
    ],
)
def test_a_balance_past_its_allowance_says_the_days_over(
    qtbot, worker, restore_language, language, said
):
    """An allowance lowered below what is taken and waiting: "-0.5 left to request" said
    nothing a person could act on; the days over are counted in words, as the decision
    dialog's warning counts them."""
    translations.install_translators(language)
    lines = [
        balance_text(Balance("annual", 2027, Decimal(15), 10, 5, Decimal(over).copy_negate()))
        for over in ("0.5", "1", "1.5", "2")
    ]
    assert _ends(lines, said), lines
    # In the decision dialog, before its own sentences about this request.
    single = LeaveDecisionDialog(worker, uuid.uuid4())
    qtbot.addWidget(single)
    over = Balance("annual", 2027, Decimal(15), 11, 5, Decimal(-1))
    single._on_facts_loaded(leave_facts(5, over))
    assert said[1] in single.balance.text(), single.balance.text()
    assert "-1" not in single.balance.text(), single.balance.text()


def _over_balance(remaining: str) -> Conflict:
    """The balance refusal (DW105) as services read its DETAIL."""
    found = {"days": "3", "remaining": remaining, "leave_type": "annual", "year": "2027"}
    found.update(allowance="18", taken="10", pending="8")
    return Conflict("leave_over_balance", **refusal_params(found))


def test_the_balance_refusal_agrees_with_the_days_left(restore_language):
    """English said "only 1 day of annual leave are left", and both languages "-0.5 days"
    left where an allowance was lowered below what is taken and waiting."""
    said = {left: sentence(_over_balance(left)) for left in ("1", "0.5", "2", "-0.5")}
    assert "but annual leave has only 1 day left for 2027 (18 a year" in said["1"], said
    assert "has only 0.5 days left" in said["0.5"] and "has only 2 days left" in said["2"]
    assert "has only 0 days left for 2027" in said["-0.5"], said
    translations.install_translators("fr")
    said = {left: sentence(_over_balance(left)) for left in ("1", "0.5", "2", "-0.5")}
    assert "il ne reste que 1 jour de congé annuel" in said["1"], said
    assert "il ne reste que 0,5 jour de" in said["0.5"], said
    assert "il ne reste que 2 jours de" in said["2"], said
    assert "il ne reste que 0 jour de congé annuel" in said["-0.5"], said
