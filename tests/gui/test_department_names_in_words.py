"""A department the program knows is written in the reader's language wherever a sentence
or a label names it, as its tab and role read (eye38, 2): « Vous l'avez approuvé pour
Inventory » under the tab « Stocks », "Ishami: Administration" under the tab
"Ubuyobozi". A department the company named otherwise keeps its stored name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from dicel_desktop.domain.errors import NotAllowed
from dicel_desktop.domain.modules import DEPARTMENT_NAMES, MODULES
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import PurchaseApprovalLevel
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.tabs.profile_view import describe
from dicel_desktop.gui.translations import tr_department, tr_label
from dicel_desktop.gui.workflows.order_waiting_line import waiting_text
from dicel_desktop.services.purchasing import OrderWaiting


def _waiting(department: str | None) -> OrderWaiting:
    return OrderWaiting(
        level=PurchaseApprovalLevel.MANAGER,
        decided_at=dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC),
        approver="Divine Ingabire",
        mine=True,
        department=department,
        waiting=PurchaseApprovalLevel.FINANCE,
        may_decide=False,
    )


def test_the_twelve_are_the_modules_and_the_roles_but_employee():
    assert {m.title for m in MODULES} == DEPARTMENT_NAMES
    assert {r.label for r in Role if r is not Role.EMPLOYEE} == DEPARTMENT_NAMES


@pytest.mark.parametrize("code", ["fr", "rw"])
def test_each_known_department_reads_as_its_tab(language, code):
    language(code)
    for name in DEPARTMENT_NAMES:
        said = tr_department(name)
        assert said == tr_label(name), name
        # Every one of the twelve has its word in both catalogues ("IT" is « Informatique »).
        assert said != name or name in {"Administration", "Clients"}, (code, name)
    assert tr_department("Stores") == "Stores"
    assert tr_department(None) is None


def test_the_waiting_line_in_french_names_the_department_as_its_tab(language):
    language("fr")
    assert waiting_text(_waiting("Inventory")) == (
        "Vous l\u2019avez approuvé pour Stocks le 25 novembre 2026 ;"
        " il attend maintenant la Finance."
    )
    # The company's own name is its name.
    assert "pour Stores le" in waiting_text(_waiting("Stores"))


def test_the_profile_in_kinyarwanda_names_the_department_as_its_tab(language):
    language("rw")
    locale = QLocale()
    assert describe("department", {"department": "Administration"}, locale) == "Ubuyobozi"
    assert describe("department", {"department": "Stores"}, locale) == "Stores"


def test_a_refusal_in_french_names_the_department_as_its_tab(language):
    language("fr")
    said = describe_error(
        NotAllowed("po_waits_for_manager", manager="Divine Ingabire", department="Inventory")
    )
    assert "Stocks" in said and "Inventory" not in said
