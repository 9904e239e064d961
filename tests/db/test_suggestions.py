"""The values already typed in a category, offered as the next one is typed
(services/suggestions.py), read as a real login under its grants and row security."""

from __future__ import annotations

from finance_data import budget
from logins import new_expense
from sqlalchemy import text

from dicel_desktop.services import suggestions


def test_an_expense_category_offers_those_in_use_and_the_budgets_most_used_first(logins):
    finance = logins.person("finance", department="FIN")
    fin = logins.department("FIN")
    for category in ("Fuel", "Travel", "Fuel"):
        new_expense(finance, expense_category=category)
    budget(finance, fin, "Fuel")
    budget(finance, fin, "Training")  # no expense yet: still a category to match
    with finance.session() as session:
        offered = suggestions.typed_before(session, "expenses", "expense_category", "finance")
        independent = (
            session.execute(
                text(
                    "SELECT v FROM (SELECT expense_category AS v FROM expenses"
                    " UNION ALL SELECT budget_category FROM budgets) s"
                    " GROUP BY v ORDER BY count(*) DESC, v"
                )
            )
            .scalars()
            .all()
        )
    assert offered == ["Fuel", "Training", "Travel"] == independent


def test_a_column_that_is_no_category_offers_nothing(logins):
    finance = logins.person("finance", department="FIN")
    new_expense(finance, vendor="Total Kigali")
    with finance.session() as session:
        assert suggestions.typed_before(session, "expenses", "vendor", "finance") == []


def test_only_what_the_role_may_read_is_a_source():
    assert suggestions.sources_of("expenses", "expense_category", "finance") == [
        ("expenses", "expense_category"),
        ("budgets", "budget_category"),
    ]
    assert suggestions.sources_of("expenses", "expense_category", "hr") == []
    assert suggestions.sources_of("it_support_tickets", "category", "it") == [
        ("it_support_tickets", "category")
    ]
