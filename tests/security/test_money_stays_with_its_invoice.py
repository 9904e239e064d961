"""Money holes a psql review found, closed by migration 0060, as real logins: a payment
booked before its invoice existed counted as paid, and an invoice with money on it was
cancelled; an account's currency changed while a transaction in the old one was posted
on it; a payment with a third decimal left its invoice stuck; an approved expense's
description was still edited."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable
from decimal import Decimal

import psycopg
import pytest
from finance_data import account, balance, budget, client, invoice, sql_value, superuser_value
from logins import Person, new_expense
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import expenses, invoicing
from dicel_desktop.services.db_errors import explain


@pytest.fixture
def finance(logins):
    return logins.person("finance", first_name="Eric", last_name="Niyonzima")


def _issue(person: Person, invoice_id: uuid.UUID) -> None:
    with person.session() as session:
        invoicing.issue_invoice(session, invoice_id)


def _pay(person: Person, invoice_id: uuid.UUID, account_id: uuid.UUID, amount: str):
    with person.session() as session:
        return invoicing.record_payment(
            session, invoice_id, account_id, Decimal(amount), dt.date.today(), "cash", None
        )


def _state(person: Person, invoice_id: uuid.UUID) -> tuple[str, Decimal]:
    with person.engine.begin() as conn:
        row = conn.execute(
            text("SELECT status, dicel_invoice_paid(id) FROM invoices WHERE id = :i"),
            {"i": invoice_id},
        ).one()
    return row[0], row[1]


def _credit(person: Person, account_id: uuid.UUID, amount: str, reference: str | None = None):
    """A credit filed by hand, as finance may (INSERT on transactions)."""
    return sql_value(
        person,
        "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
        " reference_number, description, transaction_date)"
        " VALUES (:a, 'credit', :amount, 'RWF', :r, 'pre-booked', :d) RETURNING id",
        a=account_id,
        amount=Decimal(amount),
        r=reference,
        d=dt.date.today(),
    )


# --------------------------------------------------------------------------- pre-booked


def test_a_payment_booked_before_its_invoice_exists_is_refused(db_dsn, logins, finance):
    bank = account(finance, opening=Decimal("1000"))
    customer = client(logins.person("client"))
    # The number the next invoice will get, as the review guessed it.
    upcoming = superuser_value(
        db_dsn,
        "SELECT dicel_doc_number('INV', CASE WHEN is_called THEN last_value + 1"
        " ELSE last_value END) FROM invoices_invoice_number_seq",
    )

    with pytest.raises(DBAPIError) as refused:
        _credit(finance, bank, "500000", upcoming)
    assert refused.value.orig.sqlstate == "DW314"
    assert explain(refused.value).message == (
        f"{upcoming} is an invoice: record its payments with Record payment… on the invoice,"
        " so that the invoice follows them."
    )
    assert balance(finance, bank) == Decimal("1000.00")
    # A reference of another shape is the clerk's to give.
    _credit(finance, bank, "250", "CHQ-2026-17")

    bill = invoice(finance, customer, ("Consulting", Decimal("1"), Decimal("400000")))
    assert sql_value(finance, "SELECT invoice_number FROM invoices WHERE id = :i", i=bill) == (
        upcoming
    )
    _issue(finance, bill)
    assert _state(finance, bill) == ("sent", Decimal("0"))
    # The whole of it is paid on the invoice, as owed.
    _pay(finance, bill, bank, "472000")
    assert _state(finance, bill) == ("paid", Decimal("472000.00"))


def test_an_invoice_with_money_on_it_is_not_cancelled(db_dsn, logins, finance):
    bank = account(finance)
    bill = invoice(
        finance, client(logins.person("client")), ("Patrol", Decimal("1"), Decimal("1000"))
    )
    _issue(finance, bill)
    number = sql_value(finance, "SELECT invoice_number FROM invoices WHERE id = :i", i=bill)
    # A credit referencing it that no payment recorded: loaded with the data, or booked
    # by hand before migration 0060 refused it.
    superuser_value(
        db_dsn,
        "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
        " reference_number, transaction_date, status)"
        " VALUES (%s, 'credit', 500, 'RWF', %s, %s, 'posted') RETURNING id",
        (bank, number, dt.date.today()),
    )

    with finance.session() as session, pytest.raises(DicelError) as refused:
        invoicing.cancel_invoice(session, bill, "Wrong client")
    assert refused.value.code == "invoice_money_received"
    assert refused.value.message == (
        f"500 RWF has already been received on invoice {number}, so it cannot be cancelled."
    )
    assert _state(finance, bill) == ("sent", Decimal("500.00"))

    # With nothing on it, it is cancelled as before.
    other = invoice(finance, None, ("Patrol", Decimal("1"), Decimal("1000")))
    with finance.session() as session:
        invoicing.cancel_invoice(session, other, "Typed twice")
    assert _state(finance, other) == ("cancelled", Decimal("0"))


# --------------------------------------------------------------------------- currency race


def _waits_for_a_lock(db_dsn: str, login: str) -> bool:
    return bool(
        superuser_value(
            db_dsn,
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'",
            (login,),
        )
    )


def _while_open(
    db_dsn: str, first: Person, first_does: str, params: dict, second: Person, second_does
) -> object:
    """``first`` does ``first_does`` in a transaction held open while ``second`` does
    ``second_does(conn)`` in its own; once ``second`` waits for ``first`` (or is done),
    ``first`` commits. What ``second`` ended with: "done" or the error it met."""
    outcome: dict[str, object] = {}

    def run_second() -> None:
        with second.engine.connect() as conn:
            try:
                second_does(conn)
                conn.commit()
                outcome["second"] = "done"
            except (DBAPIError, DicelError) as refused:
                outcome["second"] = refused

    with first.engine.connect() as conn:
        conn.execute(text(first_does), params)
        other = threading.Thread(target=run_second)
        other.start()
        while other.is_alive() and not _waits_for_a_lock(db_dsn, second.email):
            other.join(0.02)
        conn.commit()
    other.join()
    return outcome["second"]


def _hand_credit(account_id: uuid.UUID) -> Callable:
    def credit(conn) -> None:
        conn.execute(
            text(
                "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
                " description, transaction_date) VALUES (:a, 'credit', 250000, 'RWF', 'race',"
                " :d)"
            ),
            {"a": account_id, "d": dt.date.today()},
        )

    return credit


def _invoice_payment(invoice_id: uuid.UUID, account_id: uuid.UUID) -> Callable:
    def pay(conn) -> None:
        conn.execute(
            text("SELECT dicel_record_invoice_payment(:i, :a, 1180, NULL, 'cash', NULL)"),
            {"i": invoice_id, "a": account_id},
        )

    return pay


def _account_row(db_dsn: str, account_id: uuid.UUID) -> tuple:
    with psycopg.connect(db_dsn) as conn:
        return conn.execute(
            "SELECT a.currency, a.balance, array_agg(t.currency ORDER BY t.currency)"
            " FILTER (WHERE t.id IS NOT NULL) FROM financial_accounts a"
            " LEFT JOIN transactions t ON t.account_id = a.id WHERE a.id = %s"
            " GROUP BY a.currency, a.balance",
            (account_id,),
        ).fetchone()


@pytest.mark.parametrize("posting", ["by hand", "invoice payment"])
def test_a_currency_change_and_a_posting_on_a_new_account_go_one_after_the_other(
    db_dsn, logins, finance, posting
):
    other = logins.person("finance")
    fresh = account(finance, "Race till")
    if posting == "by hand":
        post = _hand_credit(fresh)
    else:
        bill = invoice(
            finance, client(logins.person("client")), ("Patrol", Decimal("1"), Decimal("1000"))
        )
        _issue(finance, bill)
        post = _invoice_payment(bill, fresh)

    # The currency changes first, still uncommitted; the posting waits for it, then reads
    # the account as it now is.
    second = _while_open(
        db_dsn,
        finance,
        "UPDATE financial_accounts SET currency = 'USD' WHERE id = :a",
        {"a": fresh},
        other,
        post,
    )
    assert isinstance(second, DicelError | DBAPIError), second
    refusal = explain(second)
    assert refusal.code == "account_other_currency"
    assert refusal.message == ("Race till holds USD, not RWF: choose an account in RWF.")
    assert _account_row(db_dsn, fresh) == ("USD", Decimal("0.00"), None)


def test_a_posting_first_keeps_the_accounts_currency(db_dsn, logins, finance):
    other = logins.person("finance")
    fresh = account(finance, "Race till")

    def change_currency(conn) -> None:
        conn.execute(
            text("UPDATE financial_accounts SET currency = 'USD' WHERE id = :a"), {"a": fresh}
        )

    second = _while_open(
        db_dsn,
        finance,
        "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
        " description, transaction_date) VALUES (:a, 'credit', 250000, 'RWF', 'race', :d)",
        {"a": fresh, "d": dt.date.today()},
        other,
        change_currency,
    )
    assert isinstance(second, DBAPIError), second
    assert second.orig.sqlstate == "DW315"
    assert _account_row(db_dsn, fresh) == ("RWF", Decimal("250000.00"), ["RWF"])


# --------------------------------------------------------------------------- decimals


def test_a_payment_has_no_more_decimals_than_its_currency(logins, finance):
    dollars = account(finance, "Dollar account", currency="USD")
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Advisory", Decimal("1"), Decimal("100")),
        currency="USD",
    )
    _issue(finance, bill)

    with pytest.raises(DicelError) as refused:
        _pay(finance, bill, dollars, "117.996")
    assert refused.value.code == "amount_too_precise"
    assert refused.value.params.get("field") == "amount"
    assert refused.value.message == (
        "Amounts in USD have at most 2 decimals: 117.996 USD cannot be paid."
        " Type the amount to the cent."
    )
    assert _state(finance, bill) == ("sent", Decimal("0"))
    assert balance(finance, dollars) == Decimal("0.00")

    # To the cent, it is paid to the end.
    _pay(finance, bill, dollars, "117.99")
    assert _state(finance, bill) == ("partially_paid", Decimal("117.99"))
    _pay(finance, bill, dollars, "0.01")
    assert _state(finance, bill) == ("paid", Decimal("118.00"))


# --------------------------------------------------------------------------- expenses


def test_a_decided_expenses_description_stays(logins):
    clerk = logins.person("finance", department="FIN")
    manager = logins.person("finance", department="FIN")
    fin = logins.department("FIN")
    budget(manager, fin, "Fuel", allocated=Decimal("100000"))
    pending = new_expense(clerk, department_id=fin).id
    decided = new_expense(clerk, department_id=fin).id
    with manager.session() as session:
        expenses.decide_expense(session, decided, True, "")

    # While pending, it is corrected (and whoever corrects it no longer approves it).
    sql_value(
        clerk,
        "UPDATE expenses SET description = 'Generator diesel, Huye' WHERE id = :e RETURNING id",
        e=pending,
    )
    with manager.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(
            text("UPDATE expenses SET description = 'Office party' WHERE id = :e"),
            {"e": decided},
        )
    assert (refused.value.orig.sqlstate, refused.value.orig.diag.column_name) == (
        "DL001",
        "description",
    )
    assert sql_value(manager, "SELECT description FROM expenses WHERE id = :e", e=decided) == (
        "Generator diesel"
    )
