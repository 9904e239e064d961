"""The expense form says, under its amount, the budget line an approval would charge, what
it has left, the other expenses waiting on it and the overspend warning, as they are
typed (gui/workflows/expense_budget_note.py), as a real finance login against real
PostgreSQL (eye30s: 2,500,000 RWF filed on a line with 1,913,000 left read "Saved.")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from finance_data import budget
from helpers import WAIT_MS
from logins import new_expense

from dicel_desktop.services import expenses

pytestmark = pytest.mark.usefixtures("rwanda")


def _choose(window, name: str, value, label: str | None = None) -> None:
    editor = window.form.editors[name]
    if label is None:
        editor.set_value(value)
    else:
        editor.set_value(value, label)
    editor.edited.emit()


def _note(qtbot, window, holding: str) -> str:
    note = window.companion
    qtbot.waitUntil(lambda: holding in note.text and note.note.isVisible(), timeout=WAIT_MS)
    return note.text


@pytest.fixture
def finance(logins):
    clerk = logins.person("finance", first_name="Aline", department="FIN")
    manager = logins.person("finance", first_name="Jean", department="FIN")
    return clerk, manager, logins.department("FIN")


def _new_form(qtbot, desk, person):
    window = desk(person).new("expenses")
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    return window


def test_a_new_expense_shows_its_budget_line_and_the_others_waiting_as_typed(qtbot, finance, desk):
    clerk, manager, fin = finance
    budget(manager, fin, "Travel", allocated=Decimal("1913000"))
    new_expense(manager, department_id=fin, expense_category="Travel", amount=Decimal("453500"))
    window = _new_form(qtbot, desk, clerk)
    assert not window.companion.note.isVisible()  # nothing to say before a department

    _choose(window, "department_id", fin, "Department FIN")
    _choose(window, "expense_category", "Travel")
    _choose(window, "expense_date", dt.date(2026, 3, 9))
    _choose(window, "amount", Decimal("2500000"))
    text = _note(qtbot, window, "Left after approval")
    assert text == (
        "Budget line Travel 2026, Department FIN: 1,913,000 RWF left of 1,913,000 RWF.\n"
        "Left after approval: none (587,000 RWF over). Also waiting on this line: 1 expense,"
        " 453,500 RWF.\n"
        "Approving this overspends the budget line by 587,000 RWF."
    )

    # Within the line alone, not with the other one waiting: said too.
    _choose(window, "amount", Decimal("1500000"))
    _note(qtbot, window, "413,000 RWF.")
    assert window.companion.warning_text == (
        "With the others waiting on this line, approving them all overspends it by 40,500 RWF."
    )

    # Another category, with no line: said plainly, no warning.
    _choose(window, "expense_category", "Meals")
    text = _note(qtbot, window, "No budget line")
    assert text == (
        "No budget line for Meals 2026 in Department FIN yet: it needs one (Budgets) before it is"
        " approved."
    )
    assert window.companion.warning_text == ""


def test_a_pending_expense_is_not_counted_among_the_others(qtbot, finance, desk):
    clerk, manager, fin = finance
    budget(manager, fin, "Fuel", allocated=Decimal("100000"))
    expense = new_expense(clerk, department_id=fin, amount=Decimal("25000.00")).id
    window = desk(clerk).open("expenses", expense)
    text = _note(qtbot, window, "Left after approval")
    assert "Left after approval: 75,000 RWF." in text
    assert "Also waiting" not in text  # itself, as saved, is not another expense
    assert window.companion.warning_text == ""


def test_a_decided_expense_says_nothing_of_its_budget(qtbot, finance, desk):
    clerk, manager, fin = finance
    budget(manager, fin, "Fuel", allocated=Decimal("100000"))
    expense = new_expense(clerk, department_id=fin, amount=Decimal("25000.00")).id
    with manager.session() as session:
        expenses.decide_expense(session, expense, True, "ok")
    window = desk(clerk).open("expenses", expense)
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    # Charged already: "left after approval" would count it twice. Nothing is asked.
    assert not window.companion.asking
    assert window.companion.budget is None
    assert not window.companion.note.isVisible()
