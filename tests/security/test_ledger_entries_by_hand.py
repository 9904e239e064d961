"""A ledger entry made by hand reads as no workflow's payment (migration 0097), as the
finance login a psql review used: an invoice's number written with a blank after it, in
lower case or with en dashes; an expense's number; a pay period's reference. Each is
refused with a sentence, nothing is booked, and the workflows' own entries still are."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from finance_data import account, balance, client, invoice, sql_value
from sqlalchemy.exc import DBAPIError

from dicel_desktop.services import invoicing
from dicel_desktop.services.db_errors import explain


@pytest.fixture
def finance(logins):
    return logins.person("finance", first_name="Eric", last_name="Niyonzima")


def _entry(person, account_id, reference: str, kind: str = "credit"):
    return sql_value(
        person,
        "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
        " reference_number, description, transaction_date)"
        " VALUES (:a, :k, 1000, 'RWF', :r, 'by hand', :d) RETURNING id",
        a=account_id,
        k=kind,
        r=reference,
        d=dt.date.today(),
    )


def _refused(person, account_id, reference: str, kind: str = "credit") -> tuple[str, str]:
    with pytest.raises(DBAPIError) as refused:
        _entry(person, account_id, reference, kind)
    return refused.value.orig.sqlstate, explain(refused.value).message


@pytest.fixture
def issued(logins, finance):
    customer = client(logins.person("client"))
    bill = invoice(finance, customer, ("Consulting", Decimal("1"), Decimal("400000")))
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    number = sql_value(finance, "SELECT invoice_number FROM invoices WHERE id = :i", i=bill)
    return bill, number


def test_an_invoices_number_however_written_is_paid_on_the_invoice(finance, issued):
    _bill, number = issued
    bank = account(finance, opening=Decimal("5000"))
    year, serial = number.split("-")[1:]
    for written in (
        f"{number} ",
        number.lower(),
        f"INV\N{EN DASH}{year}\N{EN DASH}{serial}",
        f"INV {year} {serial}",
        f"Payment of {number} by Amahoro Motors",
        f"INV-{year}-{int(serial)}",  # its number without the zeros (a psql review)
        f"INV-{year[2:]}-{serial}",  # a two-digit year
        "\N{FULLWIDTH LATIN CAPITAL LETTER I}NV-" + f"{year}-{serial}",
    ):
        state, sentence = _refused(finance, bank, written)
        assert state == "DW314", written
        assert sentence.endswith(
            "is an invoice: record its payments with Record payment… on the invoice,"
            " so that the invoice follows them."
        )
    assert balance(finance, bank) == Decimal("5000.00")
    # A reference merely holding the letters is the clerk's to give.
    _entry(finance, bank, "INVOICES BOX 2026")
    _entry(finance, bank, "CHQ-2026-000017")


def test_an_expenses_number_is_paid_on_the_expense(finance):
    bank = account(finance, opening=Decimal("5000"))
    for written in (
        "EXP-2026-001601",
        "exp-2026-001601 ",
        "EXP/2026/001601",
        "Refund EXP 2026 001601",
        "EXP-2026-1617",  # its number without the zeros (a psql review)
    ):
        state, sentence = _refused(finance, bank, written, "debit")
        assert state == "DW350", written
        assert sentence == (
            f"{written} reads as an expense's number: an expense is paid with Mark paid… on"
            " the expense, which books its transaction. Give this entry another reference."
        )
    assert balance(finance, bank) == Decimal("5000.00")
    _entry(finance, bank, "EXPO-2026 stand", "debit")
    _entry(finance, bank, "EXP 1234 567890", "debit")  # no year the workflows write


def test_a_pay_periods_reference_is_paid_on_the_pay_period(finance):
    bank = account(finance, opening=Decimal("5000"))
    for written in (
        "PAY-202611",
        "pay-2026-11",
        "PAY 202611 salaries",
        "PAY 12/2026",
        "PAY-2026-1",
        "PAYROLL-202612",
        "Payroll 2026-12",
    ):
        state, sentence = _refused(finance, bank, written, "debit")
        assert state == "DW351", written
        assert sentence.startswith(f"{written} reads as a pay period's payment:")
    assert balance(finance, bank) == Decimal("5000.00")
    # Words that hold the letters are not a pay period's reference, nor a clerk's
    # wallet number or amount after "Pay", nor a month that is none.
    for words in ("PAYE 2026-11", "REPAY-202611", "MoMo Pay 123456", "Pay 150000", "PAY-202699"):
        _entry(finance, bank, words, "debit")


def test_the_workflows_own_entries_are_still_booked(finance, issued):
    bill, number = issued
    bank = account(finance, opening=Decimal("0"))
    with finance.session() as session:
        invoicing.record_payment(
            session, bill, bank, Decimal("472000"), dt.date.today(), "cash", None
        )
    assert (
        sql_value(
            finance, "SELECT count(*) FROM transactions WHERE reference_number = :n", n=number
        )
        == 1
    )
    assert balance(finance, bank) == Decimal("472000.00")
