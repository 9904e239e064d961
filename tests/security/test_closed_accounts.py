"""A closed account takes no postings, and an account is closed once it holds nothing
(migration 0147, closed40; left open by psql40): a finance clerk with psql wrote a
250,000 RWF debit on the inactive collections account and its balance went to -250,000."""

from __future__ import annotations

from decimal import Decimal

import pytest
from finance_data import account, balance
from logins import Person

from dicel_desktop.services import db_errors

POSTING = (
    "INSERT INTO transactions (account_id, transaction_type, amount, currency, description,"
    " transaction_date) VALUES (%s, %s, %s, 'RWF', 'Collection', current_date)"
)
CLOSE = "UPDATE financial_accounts SET is_active = false WHERE id = %s"
REOPEN = "UPDATE financial_accounts SET is_active = true WHERE id = %s"


@pytest.fixture
def finance(logins) -> Person:
    return logins.person("finance", first_name="Eric", last_name="Niyonzima")


def _done(person: Person, statement: str, *params) -> None:
    with person.psql() as conn:
        conn.execute(statement, params)


def _refused(person: Person, statement: str, *params) -> Exception:
    """The error with which ``person``'s plain connection (psql's) is refused."""
    with person.psql() as conn, pytest.raises(Exception) as refused:
        conn.execute(statement, params)
    return refused.value


def test_a_clerk_with_psql_posts_nothing_on_a_closed_account(logins, finance):
    collections = account(finance, "Collections account")
    _done(finance, CLOSE, collections)  # it holds nothing: it closes
    admin = logins.person("admin")
    for who in (finance, admin):
        for kind in ("debit", "credit"):
            refused = _refused(who, POSTING, collections, kind, Decimal("250000"))
            assert refused.sqlstate == "DW316", (who.role, kind, refused)
            diag = refused.diag
            assert (diag.table_name, diag.column_name) == ("transactions", "account_id")
            said = db_errors.explain(refused, table="transactions")
            assert said.code == "account_closed_for_postings"
            assert said.params["field"] == "account_id"
            assert said.message == (
                "Collections account is closed: nothing new is written on it. Choose an"
                " active account, or make this one active again first."
            )
    assert balance(finance, collections) == Decimal("0.00")
    # Made active again, it takes postings again.
    _done(finance, REOPEN, collections)
    _done(finance, POSTING, collections, "credit", Decimal("250000"))
    assert balance(finance, collections) == Decimal("250000.00")


def test_an_account_is_closed_once_it_holds_nothing(finance):
    till = account(finance, "Petty cash", opening=Decimal("1500000"))
    refused = _refused(finance, CLOSE, till)
    assert refused.sqlstate == "DW317"
    assert refused.diag.column_name == "is_active"
    said = db_errors.explain(refused, table="financial_accounts")
    assert said.code == "account_closing_holds_money"
    assert said.params["field"] == "is_active"
    assert said.message == (
        "Petty cash still holds 1,500,000 RWF: move the money to another account first,"
        " then close it."
    )
    with finance.psql() as conn:
        (active,) = conn.execute(
            "SELECT is_active FROM financial_accounts WHERE id = %s", (till,)
        ).fetchone()
    assert active is True
    # Overdrawn is not empty either.
    _done(finance, POSTING, till, "debit", Decimal("1600000"))
    assert _refused(finance, CLOSE, till).sqlstate == "DW317"
    # Once the money is moved off it, it closes.
    _done(finance, POSTING, till, "credit", Decimal("100000"))
    _done(finance, CLOSE, till)
    assert _refused(finance, POSTING, till, "credit", Decimal("1")).sqlstate == "DW316"
