"""The line under a pending order's title, in words (review 30, F10): every level it may
wait for has its sentence, a name is put in as it is, and a part not known is left out of
the sentence rather than left as a hole."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from dicel_desktop.domain.states import PurchaseApprovalLevel
from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows import order_waiting_line
from dicel_desktop.gui.workflows.order_waiting_line import waiting_text
from dicel_desktop.services.purchasing import OrderWaiting

MANAGER, FINANCE = PurchaseApprovalLevel.MANAGER, PurchaseApprovalLevel.FINANCE
#: Noon UTC: the same day in Kigali and wherever the tests run.
DECIDED = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)


def _waiting(**changes) -> OrderWaiting:
    given = {
        "level": MANAGER,
        "decided_at": DECIDED,
        "approver": "Jean Mugabo",
        "mine": False,
        "department": "Stores",
        "waiting": FINANCE,
        "may_decide": False,
    }
    return OrderWaiting(**(given | changes))


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({}, "Jean Mugabo approved it for Stores on 3 December 2026; it now waits for Finance."),
        (
            {"mine": True},
            "You approved it for Stores on 3 December 2026; it now waits for Finance.",
        ),
        # Finance approved first: the manager's level still waits, and the line says so.
        (
            {"level": FINANCE, "waiting": MANAGER, "approver": "Alice Uwase"},
            "Alice Uwase approved it for Stores on 3 December 2026;"
            " it now waits for its department's manager.",
        ),
        # A name or a department holding a mark is put in as it is, not filled in again.
        (
            {"approver": "Ann %1 %2", "department": "Stores %3"},
            "Ann %1 %2 approved it for Stores %3 on 3 December 2026; it now waits for Finance.",
        ),
        # Whoever drew it up has no department; the approval no day.
        (
            {"department": None},
            "Jean Mugabo approved it on 3 December 2026; it now waits for Finance.",
        ),
        ({"decided_at": None}, "Jean Mugabo approved it for Stores; it now waits for Finance."),
        (
            {"decided_at": None, "department": None, "mine": True},
            "You approved it; it now waits for Finance.",
        ),
        (
            {"approver": None},
            "Its department's manager approved it for Stores on 3 December 2026;"
            " it now waits for Finance.",
        ),
        # Who may decide it has the buttons: no line.
        ({"may_decide": True}, ""),
    ],
)
def test_the_line_says_who_approved_it_and_what_it_waits_for(qapp, changes, said):
    assert waiting_text(_waiting(**changes)) == said


def test_every_level_it_may_wait_for_has_its_clause():
    assert set(order_waiting_line._NOW_WAITS_FOR) == set(PurchaseApprovalLevel)


def test_the_line_in_french_leaves_out_what_is_not_known(qapp):
    before = QLocale()
    translations.install_translators("fr")
    try:
        assert waiting_text(_waiting(department=None, waiting=MANAGER)) == (
            "Jean Mugabo l\u2019a approuvé le 3 décembre 2026 ;"
            " il attend maintenant le responsable de son département."
        )
    finally:
        translations.install_translators("en")
        QLocale.setDefault(before)
