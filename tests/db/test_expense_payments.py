"""Paying approved expenses (``dicel_pay_expense``, migration 0023), as real logins.

A finance login other than whoever filed it pays an approved expense from one account in
its currency, once: one posted debit referencing the expense number moves the account's
balance, and the expense is paid on that day. The database refuses the rest, whatever
the path.
"""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import psycopg
import pytest
from finance_data import account, audit_count, balance, budget, sql_value
from logins import new_expense
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import expenses


@pytest.fixture
def office(logins):
    """A finance clerk who files expenses, a finance manager who approves and pays them,
    and an approved expense of 25,000 RWF with an account holding 100,000 RWF."""
    clerk = logins.person("finance", first_name="Aline", last_name="Uwase", department="FIN")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo", department="FIN")
    fin = logins.department("FIN")
    budget(manager, fin, "Fuel")
    expense = new_expense(clerk, department_id=fin, vendor="Kigali Fuel Ltd").id
    with manager.session() as session:
        expenses.decide_expense(session, expense, True, "")
    bank = account(manager, "Operating account", opening=Decimal("100000"))
    return clerk, manager, expense, bank


def _yesterday() -> dt.date:
    return dt.date.today() - dt.timedelta(days=1)


def _pay(person, expense_id, account_id, paid_on=None):
    with person.session() as session:
        return expenses.pay_expense(session, expense_id, account_id, paid_on or dt.date.today())


def _expense(person, expense_id):
    with person.engine.begin() as conn:
        return conn.execute(
            text("SELECT expense_number, status, paid_date FROM expenses WHERE id = :e"),
            {"e": expense_id},
        ).one()


def test_paying_books_one_debit_on_the_account_and_the_expense_is_paid(office, db_dsn):
    _clerk, manager, expense, bank = office
    # Approved two days ago (migration 0063: paid on or after the day it was approved);
    # the superuser's fact, without triggers: no audit entry, as the approval made it.
    with psycopg.connect(db_dsn) as conn:
        conn.execute("SET LOCAL session_replication_role = replica")
        conn.execute(
            "UPDATE expenses SET approved_date = approved_date - interval '2 days' WHERE id = %s",
            (expense,),
        )
    transaction = _pay(manager, expense, bank, dt.date.today() - dt.timedelta(days=1))

    number, status, paid_date = _expense(manager, expense)
    assert (status, paid_date) == ("paid", dt.date.today() - dt.timedelta(days=1))
    with manager.engine.begin() as conn:
        debit = conn.execute(
            text(
                "SELECT account_id, transaction_type, amount, currency, reference_number,"
                " transaction_date, status, description FROM transactions WHERE id = :t"
            ),
            {"t": transaction},
        ).one()
    assert debit[:7] == (
        bank, "debit", Decimal("25000.00"), "RWF", number, _yesterday(), "posted"
    )  # fmt: skip
    assert debit.description == f"Fuel: {number} · Kigali Fuel Ltd"
    assert balance(manager, bank) == Decimal("75000.00")
    # The approval and the payment: one audit entry each.
    assert audit_count(db_dsn, "expenses", expense) == 2


def test_a_second_payment_is_told_who_paid_and_when(office, logins):
    _clerk, manager, expense, bank = office
    _pay(manager, expense, bank)
    paid_at = sql_value(
        manager,
        "SELECT created_at FROM transactions WHERE reference_number ="
        " (SELECT expense_number FROM expenses WHERE id = :e)",
        e=expense,
    )
    other = logins.person("finance", first_name="Eric", department="FIN")
    with pytest.raises(DicelError) as again:
        _pay(other, expense, bank)
    assert again.value.message == (
        f"Already paid by Jean Mugabo at {paid_at.astimezone().strftime('%H:%M')}."
    )
    assert balance(manager, bank) == Decimal("75000.00")


def test_whoever_filed_an_expense_does_not_pay_it_not_even_with_psql(office):
    clerk, manager, expense, bank = office
    with pytest.raises(DicelError) as refused:
        _pay(clerk, expense, bank)
    assert refused.value.message == (
        "You filed this expense yourself: another finance officer must pay it."
    )
    with clerk.engine.begin() as conn, pytest.raises(DBAPIError) as raw:
        conn.execute(
            text("SELECT dicel_pay_expense(:e, :a, current_date)"), {"e": expense, "a": bank}
        )
    assert raw.value.orig.sqlstate == "DW328"
    assert _expense(manager, expense).status == "approved"


def test_only_an_approved_expense_is_paid(logins, office):
    clerk, manager, _approved, bank = office
    pending = new_expense(clerk, department_id=logins.department("FIN")).id
    with pytest.raises(DicelError) as refused:
        _pay(manager, pending, bank)
    assert refused.value.message == "This expense is pending: it can no longer be paid."
    assert _expense(manager, pending).status == "pending"
    assert balance(manager, bank) == Decimal("100000.00")


def test_an_account_short_of_the_amount_or_in_another_currency_is_refused(office):
    _clerk, manager, expense, _bank = office
    petty = account(manager, "Petty cash", opening=Decimal("1000"))
    dollars = account(manager, "USD account", currency="USD", opening=Decimal("90000"))
    with pytest.raises(DicelError) as short:
        _pay(manager, expense, petty)
    assert short.value.message == (
        "Petty cash holds 1,000 RWF; this payment needs 25,000 RWF. Move money to it"
        " first, or pay from another account."
    )
    assert short.value.params["field"] == "account_id"
    with pytest.raises(DicelError) as other_currency:
        _pay(manager, expense, dollars)
    assert other_currency.value.message == (
        "USD account holds USD, not RWF: choose an account in RWF."
    )
    with pytest.raises(DicelError) as future:
        _pay(manager, expense, petty, dt.date.today() + dt.timedelta(days=3))
    assert future.value.code == "date_in_future"
    assert _expense(manager, expense).status == "approved"
    assert balance(manager, petty) == Decimal("1000.00")


@pytest.mark.parametrize("role", ["admin", "hr", "employee"])
def test_only_finance_pays_and_no_one_sets_the_state_or_day_by_hand(logins, office, role):
    _clerk, manager, expense, bank = office
    other = logins.person(role)
    with other.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(
            text("SELECT dicel_pay_expense(:e, :a, current_date)"), {"e": expense, "a": bank}
        )
    assert refused.value.orig.sqlstate == "42501"
    for person in (other, manager):
        for change in ("status = 'paid'", "paid_date = current_date"):
            with person.engine.begin() as conn, pytest.raises(DBAPIError) as edited:
                conn.execute(text(f"UPDATE expenses SET {change} WHERE id = :e"), {"e": expense})
            assert edited.value.orig.sqlstate == "42501"
    assert _expense(manager, expense)[1:] == ("approved", None)


def test_ten_finance_logins_paying_at_once_leave_one_debit(logins, office, db_dsn):
    _clerk, manager, expense, bank = office
    payers = [
        logins.person("finance", first_name=f"Payer{n:02d}", department="FIN") for n in range(10)
    ]
    start = threading.Barrier(len(payers))
    outcomes: dict[object, object] = {}

    def pay(person) -> None:
        with person.session() as session:
            session.execute(text("SELECT 1"))  # logged in before the start
            session.rollback()
            start.wait()
            try:
                expenses.pay_expense(session, expense, bank, dt.date.today())
                outcomes[person.user_id] = "paid"
            except DicelError as error:
                outcomes[person.user_id] = error

    threads = [threading.Thread(target=pay, args=(p,)) for p in payers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    winners = [who for who, outcome in outcomes.items() if outcome == "paid"]
    assert len(outcomes) == 10 and len(winners) == 1
    number = _expense(manager, expense).expense_number
    debits = sql_value(
        manager, "SELECT count(*) FROM transactions WHERE reference_number = :n", n=number
    )
    assert debits == 1
    assert balance(manager, bank) == Decimal("75000.00")
    for who, outcome in outcomes.items():
        if who != winners[0]:
            assert isinstance(outcome, DicelError) and outcome.code == "already_decided"
            assert outcome.message.startswith("Already paid by Payer")
