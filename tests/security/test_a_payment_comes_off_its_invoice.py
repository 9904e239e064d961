"""Taking a payment off its invoice (migration 0066), as real logins: the reversal's debit,
the account's balance and the invoice's paid amount and state move together; a payment
is reversed once, even by two sessions at once; a reversal, a transaction that is no
payment of an invoice, a cancelled invoice's payment, an empty reason and a caller
outside finance and admin are refused in the person's words, changing nothing."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from decimal import Decimal

import pytest
from finance_data import account, audit_count, balance, client, invoice, sql_value, superuser_value
from logins import Person
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import invoicing

PAST_DUE = dt.date.today() - dt.timedelta(days=10)
NOT_DUE = dt.date.today() + dt.timedelta(days=30)


@pytest.fixture
def finance(logins):
    return logins.person("finance", first_name="Eric", last_name="Niyonzima")


def _issued(finance: Person, customer: uuid.UUID, price: str, due: dt.date) -> uuid.UUID:
    bill = invoice(
        finance,
        customer,
        ("Guarding", Decimal("1"), Decimal(price)),
        invoice_date=min(dt.date.today(), due) - dt.timedelta(days=1),
        due_date=due,
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    return bill


def _pay(person: Person, bill: uuid.UUID, bank: uuid.UUID, amount: str) -> uuid.UUID:
    with person.session() as session:
        return invoicing.record_payment(
            session, bill, bank, Decimal(amount), dt.date.today(), "cheque", None
        )


def _reverse(person: Person, payment: uuid.UUID, reason: str) -> uuid.UUID:
    with person.session() as session:
        return invoicing.reverse_payment(session, payment, reason)


def _invoice(person: Person, bill: uuid.UUID) -> tuple:
    with person.engine.begin() as conn:
        return tuple(
            conn.execute(
                text(
                    "SELECT status, dicel_invoice_paid(id), paid_date, notes"
                    " FROM invoices WHERE id = :i"
                ),
                {"i": bill},
            ).one()
        )


def _number(person: Person, table: str, column: str, row: uuid.UUID) -> str:
    return sql_value(person, f"SELECT {column} FROM {table} WHERE id = :i", i=row)


@pytest.mark.parametrize(
    ("due", "after_all"), [(NOT_DUE, "sent"), (PAST_DUE, "overdue")], ids=["not due", "past due"]
)
def test_a_bounced_cheque_comes_off_the_invoice_and_the_account(
    db_dsn, logins, finance, due, after_all
):
    bank = account(finance, opening=Decimal("1000"))
    bill = _issued(finance, client(logins.person("client")), "100000", due)  # 118,000 with VAT
    first = _pay(finance, bill, bank, "18000")
    second = _pay(finance, bill, bank, "100000")
    assert _invoice(finance, bill)[:3] == ("paid", Decimal("118000.00"), dt.date.today())
    assert balance(finance, bank) == Decimal("119000.00")
    number = _number(finance, "invoices", "invoice_number", bill)
    paid_by = _number(finance, "transactions", "transaction_number", second)

    reversal = _reverse(finance, second, "  Cheque 004512 bounced  ")

    status, paid, paid_date, notes = _invoice(finance, bill)
    assert (status, paid, paid_date) == ("partially_paid", Decimal("18000.00"), None)
    assert notes.endswith(
        f"Payment {paid_by} reversed on {dt.date.today().isoformat()}: Cheque 004512 bounced"
    )
    assert balance(finance, bank) == Decimal("19000.00")
    with finance.engine.begin() as conn:
        row = conn.execute(
            text(
                "SELECT account_id, transaction_type, amount, currency, reference_number,"
                " reverses_transaction_id, status, transaction_date, description,"
                " transaction_number FROM transactions WHERE id = :r"
            ),
            {"r": reversal},
        ).one()
    assert row[:8] == (
        bank,
        "debit",
        Decimal("100000.00"),
        "RWF",
        number,
        second,
        "posted",
        dt.date.today(),
    )
    assert row.description == f"Reversal of {paid_by}, payment of {number}: Cheque 004512 bounced"
    assert row.transaction_number not in (paid_by, None)
    # The payment stays in the books, posted; both changes are audited as Eric's.
    assert _number(finance, "transactions", "status", second) == "posted"
    assert audit_count(db_dsn, "transactions", reversal, "INSERT") == 1
    assert audit_count(db_dsn, "invoices", bill) >= 1
    assert (
        superuser_value(
            db_dsn,
            "SELECT u.email FROM audit_logs l JOIN users u ON u.id = l.user_id"
            " WHERE l.table_name = 'transactions' AND l.record_id = %s",
            (reversal,),
        )
        == finance.email
    )

    # The rest is still payable as owed, and taking off the other payment leaves nothing.
    _reverse(finance, first, "Recorded on the wrong invoice")
    assert _invoice(finance, bill)[:3] == (after_all, Decimal("0.00"), None)
    assert balance(finance, bank) == Decimal("1000.00")
    with finance.session() as session:
        assert [p.reversible for p in invoicing.invoice_payments(session, bill)] == [False, False]
        stops = invoicing.what_stops_reversing(session, bill)
    assert stops is not None and stops.message == (
        f"No payment of invoice {number} is left to reverse."
    )
    _pay(finance, bill, bank, "118000")
    assert _invoice(finance, bill)[:2] == ("paid", Decimal("118000.00"))


def _refused(person: Person, payment: uuid.UUID, reason: str = "Bounced") -> DicelError:
    with pytest.raises(DicelError) as refused:
        _reverse(person, payment, reason)
    return refused.value


def test_what_is_not_a_payment_of_an_invoice_is_not_reversed(db_dsn, logins, finance):
    bank = account(finance, opening=Decimal("5000"))
    bill = _issued(finance, client(logins.person("client")), "1000", NOT_DUE)
    payment = _pay(finance, bill, bank, "1180")
    paid_by = _number(finance, "transactions", "transaction_number", payment)
    before = (_invoice(finance, bill), balance(finance, bank))

    # The opening credit is no invoice's.
    opening = sql_value(
        finance, "SELECT id FROM transactions WHERE account_id = :a AND amount = 5000", a=bank
    )
    refusal = _refused(finance, opening)
    assert refusal.code == "not_an_invoice_payment"
    assert refusal.message == (
        f"{_number(finance, 'transactions', 'transaction_number', opening)} is not a payment"
        " of an invoice, so it cannot be reversed on one."
    )

    # An empty reason, said beside the field.
    refusal = _refused(finance, payment, "   ")
    assert (refusal.code, refusal.params.get("field")) == ("reversal_reason_required", "reason")
    assert refusal.message == (
        "Say why the payment is reversed (a bounced cheque, recorded on the wrong invoice):"
        " the reason stays with the invoice."
    )

    # Outside finance and admin.
    for role in ("client", "inventory", "hr"):
        with pytest.raises((DicelError, DBAPIError)):
            _reverse(logins.person(role), payment, "Bounced")
    assert (_invoice(finance, bill), balance(finance, bank)) == before

    # An administrator may; the reversal itself is not reversed, nor the payment twice.
    reversal = _reverse(logins.person("admin"), payment, "Bounced")
    reversal_number = _number(finance, "transactions", "transaction_number", reversal)
    refusal = _refused(finance, reversal)
    assert refusal.code == "reversal_not_reversed"
    assert refusal.message == (
        f"{reversal_number} is itself the reversal of {paid_by}: it is not reversed in turn."
        " If the money did arrive, record it again with Record payment… on the invoice."
    )
    refusal = _refused(finance, payment)
    assert refusal.code == "payment_already_reversed"
    assert refusal.message == (
        f"Payment {paid_by} was already reversed by {reversal_number} on {dt.date.today()}:"
        " nothing more was taken off the invoice."
    )
    assert _invoice(finance, bill)[:2] == ("sent", Decimal("0.00"))
    assert balance(finance, bank) == Decimal("5000.00")


def test_a_cancelled_invoices_payment_stays(db_dsn, logins, finance):
    bank = account(finance)
    bill = _issued(finance, client(logins.person("client")), "1000", NOT_DUE)
    number = _number(finance, "invoices", "invoice_number", bill)
    # Money loaded with the data on an invoice cancelled before migration 0060.
    credit = superuser_value(
        db_dsn,
        "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
        " reference_number, transaction_date, status)"
        " VALUES (%s, 'credit', 500, 'RWF', %s, %s, 'posted') RETURNING id",
        (bank, number, dt.date.today()),
    )
    superuser_value(
        db_dsn, "UPDATE invoices SET status = 'cancelled' WHERE id = %s RETURNING id", (bill,)
    )
    refusal = _refused(finance, credit)
    assert refusal.code == "invoice_cancelled_payment"
    assert refusal.message == (
        f"Invoice {number} is cancelled: its payments are no longer reversed on it."
    )
    assert _invoice(finance, bill)[:2] == ("cancelled", Decimal("500.00"))


def test_nobody_names_a_reversal_by_hand(logins, finance):
    bank = account(finance, opening=Decimal("100"))
    bill = _issued(finance, client(logins.person("client")), "1000", NOT_DUE)
    payment = _pay(finance, bill, bank, "1180")
    with finance.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(
            text(
                "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
                " description, transaction_date, reverses_transaction_id)"
                " VALUES (:a, 'debit', 1180, 'RWF', 'taken back', :d, :p)"
            ),
            {"a": bank, "d": dt.date.today(), "p": payment},
        )
    assert refused.value.orig.sqlstate == "42501"  # no INSERT on the column
    assert _invoice(finance, bill)[:2] == ("paid", Decimal("1180.00"))


def test_two_sessions_reversing_one_payment_reverse_it_once(db_dsn, logins, finance):
    other = logins.person("finance", first_name="Aline")
    bank = account(finance, opening=Decimal("100"))
    bill = _issued(finance, client(logins.person("client")), "1000", NOT_DUE)
    payment = _pay(finance, bill, bank, "1180")
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def reverse(person: Person) -> None:
        with person.session() as session:
            start.wait()
            try:
                outcomes[person.email] = invoicing.reverse_payment(session, payment, "Bounced")
            except DicelError as refusal:
                outcomes[person.email] = refusal

    threads = [threading.Thread(target=reverse, args=(p,)) for p in (finance, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    refusals = [o for o in outcomes.values() if isinstance(o, DicelError)]
    assert [r.code for r in refusals] == ["payment_already_reversed"], outcomes
    assert (
        superuser_value(
            db_dsn,
            "SELECT count(*) FROM transactions WHERE reverses_transaction_id = %s",
            (payment,),
        )
        == 1
    )
    assert _invoice(finance, bill)[:2] == ("sent", Decimal("0.00"))
    assert balance(finance, bank) == Decimal("100.00")
