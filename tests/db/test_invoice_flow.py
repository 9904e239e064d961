"""Invoices and accounts (migration 0014), as real logins: totals follow the lines,
issuing fixes them, a payment is a credit on the receiving account and moves its balance
and the invoice's state in one transaction, overdue follows the due date."""

from __future__ import annotations

import datetime as dt
import json
import threading
from decimal import Decimal

import pytest
from finance_data import (
    account,
    add_line,
    audit_count,
    balance,
    client,
    invoice,
    setting,
    sql_value,
    superuser_value,
    totals,
)
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import invoicing


@pytest.fixture
def finance(logins):
    return logins.person("finance", first_name="Eric", last_name="Niyonzima")


@pytest.fixture
def client_id(logins):
    return client(logins.person("client"))


def _refused(person, statement: str, **params) -> str:
    with person.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(text(statement), params)
    return refused.value.orig.sqlstate


def _issue(person, invoice_id) -> None:
    with person.session() as session:
        invoicing.issue_invoice(session, invoice_id)


def _pay(person, invoice_id, account_id, amount, paid_on=None, method="bank_transfer"):
    with person.session() as session:
        return invoicing.record_payment(
            session,
            invoice_id,
            account_id,
            Decimal(amount),
            paid_on or dt.date.today(),
            method,
            "CHQ-17",
        )


# --------------------------------------------------------------------------- totals


def test_totals_follow_the_lines_with_the_vat_of_the_settings(finance, client_id, db_dsn):
    bill = invoice(finance, client_id, ("Guarding, March", Decimal("2"), Decimal("450000")))
    assert totals(finance, bill)[:3] == (
        Decimal("900000.00"),
        Decimal("162000.00"),
        Decimal("1062000.00"),
    )
    line = add_line(finance, bill, "Alarm response", Decimal("1"), Decimal("100000"))
    assert totals(finance, bill)[2] == Decimal("1180000.00")
    sql_value(finance, "UPDATE invoice_items SET quantity = 3 WHERE id = :l RETURNING id", l=line)
    assert totals(finance, bill)[:3] == (
        Decimal("1200000.00"),
        Decimal("216000.00"),
        Decimal("1416000.00"),
    )
    setting(db_dsn, "tax.vat_rate_percent", "16")
    sql_value(finance, "DELETE FROM invoice_items WHERE id = :l RETURNING id", l=line)
    assert totals(finance, bill)[:3] == (
        Decimal("900000.00"),
        Decimal("144000.00"),
        Decimal("1044000.00"),
    )


@pytest.mark.parametrize("role", ["finance", "admin"])
def test_no_role_writes_a_total_or_a_state(logins, role, client_id):
    person = logins.person(role)
    bill = invoice(logins.person("finance"), client_id, ("Patrol", Decimal("1"), Decimal("10")))
    for column in ("subtotal", "tax_amount", "total_amount", "status", "paid_date"):
        assert _refused(person, f"UPDATE invoices SET {column} = NULL WHERE id = :i", i=bill) == (
            "42501"
        ), column
    assert (
        _refused(
            person,
            "INSERT INTO invoices (client_id, invoice_date, due_date, subtotal, total_amount)"
            " VALUES (:c, '2026-03-02', '2026-04-01', 1, 1)",
            c=client_id,
        )
        == "42501"
    )
    assert _refused(person, "UPDATE financial_accounts SET balance = 1") == "42501"


def test_lines_added_by_ten_clerks_at_once_all_count(logins, finance, client_id):
    bill = invoice(finance, client_id)
    clerks = [logins.person("finance") for _ in range(10)]
    start = threading.Barrier(len(clerks))
    failures = []

    def add(person, n) -> None:
        with person.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            conn.rollback()
            start.wait()
            try:
                conn.execute(
                    text(
                        "INSERT INTO invoice_items (invoice_id, description, quantity, unit_price)"
                        " VALUES (:i, :d, 1, :p)"
                    ),
                    {"i": bill, "d": f"Line {n}", "p": Decimal(1000 * (n + 1))},
                )
                conn.commit()
            except DBAPIError as error:  # pragma: no cover - the assertion says which
                failures.append(error)

    threads = [threading.Thread(target=add, args=(p, n)) for n, p in enumerate(clerks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    subtotal = sum(Decimal(1000 * (n + 1)) for n in range(10))
    assert totals(finance, bill)[:3] == (
        subtotal,
        subtotal * Decimal("0.18"),
        subtotal * Decimal("1.18"),
    )


# --------------------------------------------------------------------------- issuing


def test_issuing_fixes_the_invoice_and_its_lines(finance, client_id):
    bill = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("500000")))
    _issue(finance, bill)
    assert totals(finance, bill)[3] == "sent"
    assert (
        _refused(
            finance,
            "INSERT INTO invoice_items (invoice_id, description, quantity, unit_price)"
            " VALUES (:i, 'Extra', 1, 1)",
            i=bill,
        )
        == "DL002"
    )
    with pytest.raises(DicelError) as again:
        _issue(finance, bill)
    assert again.value.message == "This invoice is sent: it can no longer be issued."


def test_an_invoice_without_lines_or_client_is_not_issued(finance, client_id):
    empty = invoice(finance, client_id)
    with pytest.raises(DicelError) as refused:
        _issue(finance, empty)
    assert refused.value.code == "invoice_without_lines"
    nobody = invoice(finance, None, ("Guarding", Decimal("1"), Decimal("10")))
    with pytest.raises(DicelError) as anonymous:
        _issue(finance, nobody)
    assert anonymous.value.code == "invoice_without_client"
    assert totals(finance, nobody)[3] == "draft"


# --------------------------------------------------------------------------- payments


def test_a_payment_is_a_credit_on_the_account_and_moves_the_invoice_on(finance, client_id, db_dsn):
    bank = account(finance, opening=Decimal("1000000"))
    bill = invoice(
        finance, client_id, ("Guarding", Decimal("1"), Decimal("1000000")), due_date=dt.date.today()
    )
    _issue(finance, bill)
    decisions = audit_count(db_dsn, "invoices", bill)

    first = _pay(finance, bill, bank, "500000")
    assert totals(finance, bill)[3] == "partially_paid"
    assert balance(finance, bank) == Decimal("1500000.00")
    number = sql_value(finance, "SELECT invoice_number FROM invoices WHERE id = :i", i=bill)
    with finance.engine.begin() as conn:
        txn = conn.execute(
            text(
                "SELECT account_id, transaction_type, amount, reference_number, created_by,"
                " status, description FROM transactions WHERE id = :t"
            ),
            {"t": first},
        ).one()
    assert (txn.account_id, txn.transaction_type, txn.amount, txn.reference_number) == (
        bank,
        "credit",
        Decimal("500000.00"),
        number,
    )
    assert (txn.created_by, txn.status) == (finance.user_id, "posted")
    assert "Akagera Logistics Ltd" in txn.description and "CHQ-17" in txn.description

    with pytest.raises(DicelError) as too_much:
        _pay(finance, bill, bank, "680000.01")
    assert too_much.value.message == (
        "Only 680,000 RWF is still owed on this invoice: a payment cannot be more."
    )
    _pay(finance, bill, bank, "680000")
    with finance.engine.begin() as conn:
        row = conn.execute(
            text("SELECT status, paid_date, payment_method FROM invoices WHERE id = :i"),
            {"i": bill},
        ).one()
    assert tuple(row) == ("paid", dt.date.today(), "bank_transfer")
    assert balance(finance, bank) == Decimal("2180000.00")
    with pytest.raises(DicelError) as paid:
        _pay(finance, bill, bank, "1")
    assert paid.value.code == "wrong_state"
    assert audit_count(db_dsn, "invoices", bill) == decisions + 2  # part paid, then paid


def test_a_payment_in_francs_is_whole_francs_and_still_settles_the_invoice(finance, client_id):
    """RWF has no minor unit in use: 1,000.50 RWF booked left an invoice no whole-franc
    payment could settle (migration 0036)."""
    bank = account(finance, opening=Decimal("1000000"))
    bill = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000000")))
    _issue(finance, bill)
    with pytest.raises(DicelError) as fraction:
        _pay(finance, bill, bank, "1000.50")
    assert fraction.value.code == "amount_not_whole"
    assert fraction.value.params["field"] == "amount"
    assert fraction.value.message == (
        "Amounts in RWF are whole, without decimals: 1,000.50 RWF cannot be paid. "
        "Type a whole amount."
    )
    statement = "SELECT dicel_record_invoice_payment(:i, :a, 0.01, NULL, NULL, NULL)"
    assert _refused(finance, statement, i=bill, a=bank) == "DW329"
    assert balance(finance, bank) == Decimal("1000000.00")
    assert totals(finance, bill)[3] == "sent"

    _pay(finance, bill, bank, "1000")
    _pay(finance, bill, bank, "1179000")  # the whole-franc rest settles it
    assert totals(finance, bill)[3] == "paid"
    assert balance(finance, bank) == Decimal("2180000.00")


def test_an_invoice_owing_cents_is_settled_by_exactly_what_is_owed(finance, client_id):
    """VAT is rounded to cents (18 % of 1,001 RWF is 180.18): the last payment may be
    that exact remainder, never another fraction; a currency with cents keeps them."""
    bank = account(finance)
    bill = invoice(finance, client_id, ("Alarm check", Decimal("1"), Decimal("1001")))
    _issue(finance, bill)
    assert totals(finance, bill)[2] == Decimal("1181.18")
    _pay(finance, bill, bank, "1000")
    with pytest.raises(DicelError) as fraction:
        _pay(finance, bill, bank, "100.18")
    assert fraction.value.code == "amount_not_whole"
    _pay(finance, bill, bank, "181.18")
    assert totals(finance, bill)[3] == "paid"

    dollars = account(finance, "USD account", currency="USD")
    usd = invoice(finance, client_id, ("Audit", Decimal("1"), Decimal("100")), currency="USD")
    _issue(finance, usd)
    _pay(finance, usd, dollars, "10.50")
    assert balance(finance, dollars) == Decimal("10.50")


def test_a_step_refused_for_the_invoices_state_names_the_state_in_words(finance, client_id):
    bank = account(finance)
    bill = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000000")))
    _issue(finance, bill)
    _pay(finance, bill, bank, "400000")
    with pytest.raises(DicelError) as again:
        _issue(finance, bill)
    assert again.value.code == "wrong_state"
    assert again.value.message == "This invoice is partially paid: it can no longer be issued."


def test_an_invoice_with_nothing_paid_is_cancelled_by_finance_alone(logins, finance, client_id):
    draft = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")))
    sent = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("2000")))
    _issue(finance, sent)
    for bill in (draft, sent):
        with finance.session() as session:
            invoicing.cancel_invoice(session, bill, "Raised twice")
        assert totals(finance, bill)[3] == "cancelled"
    assert sql_value(finance, "SELECT notes FROM invoices WHERE id = :i", i=sent) == "Raised twice"
    # Cancelled, it is no longer paid.
    with pytest.raises(DicelError) as paying:
        _pay(finance, sent, account(finance), "10")
    assert paying.value.code == "wrong_state"

    part_paid = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000000")))
    _issue(finance, part_paid)
    _pay(finance, part_paid, account(finance), "400000")
    with pytest.raises(DicelError) as refused, finance.session() as session:
        invoicing.cancel_invoice(session, part_paid)
    assert refused.value.message == (
        "This invoice is partially paid: it can no longer be cancelled."
    )
    other = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")))
    statement = "SELECT dicel_cancel_invoice(:i, NULL)"
    assert _refused(logins.person("sales"), statement, i=other) == "42501"
    assert _refused(finance, "UPDATE invoices SET status = 'cancelled' WHERE id = :i", i=other) == (
        "42501"
    )


def test_a_payment_is_refused_on_what_could_not_be(logins, finance, client_id, db_dsn):
    bank = account(finance)
    dollars = account(finance, "USD account", currency="USD")
    closed = account(finance, "Old account")
    superuser_value(
        db_dsn,
        "UPDATE financial_accounts SET is_active = false WHERE id = %s RETURNING id",
        (closed,),
    )
    bill = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")))
    with pytest.raises(DicelError) as draft:
        _pay(finance, bill, bank, "10")
    assert draft.value.code == "invoice_not_issued"
    _issue(finance, bill)
    cases = [
        ((bill, dollars, "10"), "account_other_currency"),
        ((bill, closed, "10"), "account_not_usable"),
        ((bill, bank, "0"), "payment_not_positive"),
    ]
    for args, code in cases:
        with pytest.raises(DicelError) as refused:
            _pay(finance, *args)
        assert refused.value.code == code
    with pytest.raises(DicelError) as later:
        _pay(finance, bill, bank, "10", paid_on=dt.date.today() + dt.timedelta(days=1))
    assert later.value.code == "date_in_future"
    assert balance(finance, bank) == Decimal("0.00")
    other = logins.person("recovery")
    assert (
        _refused(
            other,
            "SELECT dicel_record_invoice_payment(:i, :a, 1, NULL, NULL, NULL)",
            i=bill,
            a=bank,
        )
        == "42501"
    )


def test_a_payers_reference_longer_than_a_reference_number_is_refused_naming_it(finance, client_id):
    """The reference goes into the credit's description: as long as a transaction's
    reference number may be (100), else refused before any database work; nothing is
    booked."""
    bank = account(finance)
    bill = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")))
    _issue(finance, bill)
    with finance.session() as session, pytest.raises(DicelError) as refused:
        invoicing.record_payment(
            session, bill, bank, Decimal("10"), dt.date.today(), None, "R" * 132
        )
    assert refused.value.code == "field_too_long"
    assert refused.value.params["field"] == "reference"
    assert str(refused.value) == ("Reference number can be at most 100 characters long; it is 132.")
    assert balance(finance, bank) == Decimal("0.00")
    with finance.session() as session:
        invoicing.record_payment(
            session, bill, bank, Decimal("10"), dt.date.today(), None, "R" * 100
        )
    assert balance(finance, bank) == Decimal("10.00")


def test_eight_payments_of_a_quarter_at_once_pay_it_once(logins, finance, client_id):
    bank = account(finance)
    bill = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("100000")))
    _issue(finance, bill)
    quarter = totals(finance, bill)[2] / 4
    clerks = [logins.person("finance") for _ in range(8)]
    start = threading.Barrier(len(clerks))
    outcomes = []

    def pay(person) -> None:
        with person.session() as session:
            session.execute(text("SELECT 1"))
            session.rollback()
            start.wait()
            try:
                invoicing.record_payment(session, bill, bank, quarter, dt.date.today(), "cash")
                outcomes.append("paid")
            except DicelError as error:
                outcomes.append(error.code)

    threads = [threading.Thread(target=pay, args=(p,)) for p in clerks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    # Each waited for the one before: four paid a quarter each, then the invoice was
    # paid and the others were refused, never an overpayment.
    assert len(outcomes) == 8 and outcomes.count("paid") == 4
    assert set(outcomes) - {"paid"} <= {"payment_over_outstanding", "wrong_state"}
    assert totals(finance, bill)[3] == "paid"
    assert balance(finance, bank) == totals(finance, bill)[2]


# --------------------------------------------------------------------------- overdue


def test_invoices_with_nothing_received_by_their_due_date_become_overdue(finance, client_id):
    bank = account(finance)
    past = dict(
        invoice_date=dt.date.today() - dt.timedelta(days=40),
        due_date=dt.date.today() - dt.timedelta(days=10),
    )
    late = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")), **past)
    part = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")), **past)
    settled = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")), **past)
    current = invoice(
        finance,
        client_id,
        ("Guarding", Decimal("1"), Decimal("1000")),
        invoice_date=dt.date.today(),
        due_date=dt.date.today() + dt.timedelta(days=30),
    )
    draft = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")), **past)
    for bill in (late, part, settled):
        _issue(finance, bill)
    _issue(finance, current)
    _pay(finance, part, bank, "100")
    _pay(finance, settled, bank, "1180")

    with finance.session() as session:
        moved = invoicing.mark_overdue(session)
    assert moved == 1
    states = {bill: totals(finance, bill)[3] for bill in (late, part, settled, current, draft)}
    # Nothing received by the due date: overdue. Partly paid stays so (its due date says
    # it is late); a payment on an overdue invoice makes it partially paid.
    assert states == {
        late: "overdue",
        part: "partially_paid",
        settled: "paid",
        current: "sent",
        draft: "draft",
    }
    _pay(finance, late, bank, "100")
    assert totals(finance, late)[3] == "partially_paid"


def test_it_may_move_late_invoices_on_as_the_superuser_and_others_may_not(
    logins, finance, client_id, db_dsn
):
    late = invoice(
        finance,
        client_id,
        ("Guarding", Decimal("1"), Decimal("1000")),
        invoice_date=dt.date.today() - dt.timedelta(days=40),
        due_date=dt.date.today() - dt.timedelta(days=10),
    )
    _issue(finance, late)
    assert _refused(logins.person("recovery"), "SELECT dicel_mark_overdue_invoices()") == "42501"
    assert superuser_value(db_dsn, "SELECT dicel_mark_overdue_invoices()") == 1
    assert totals(finance, late)[3] == "overdue"


# --------------------------------------------------------------------------- accounts


def test_a_posted_entry_moves_its_balance_and_is_a_credit_or_debit_in_its_currency(
    finance, client_id
):
    bank = account(finance, opening=Decimal("1000"))
    sql_value(
        finance,
        "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
        " transaction_date) VALUES (:a, 'debit', 300, 'RWF', :d) RETURNING id",
        a=bank,
        d=dt.date.today(),
    )
    assert balance(finance, bank) == Decimal("700.00")
    assert (
        _refused(
            finance,
            "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
            " transaction_date) VALUES (:a, 'debit', 300, 'USD', :d)",
            a=bank,
            d=dt.date.today(),
        )
        == "DW311"
    )
    assert (
        _refused(
            finance,
            "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
            " transaction_date) VALUES (:a, 'Transfer', 300, 'RWF', :d)",
            a=bank,
            d=dt.date.today(),
        )
        == "DW313"
    )
    bill = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")))
    number = sql_value(finance, "SELECT invoice_number FROM invoices WHERE id = :i", i=bill)
    # An invoice's payments are recorded on the invoice, so that it follows them.
    assert (
        _refused(
            finance,
            "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
            " reference_number, transaction_date) VALUES (:a, 'credit', 1, 'RWF', :n, :d)",
            a=bank,
            n=number,
            d=dt.date.today(),
        )
        == "DW314"
    )
    assert balance(finance, bank) == Decimal("700.00")


def test_an_accounts_currency_is_fixed_once_it_has_transactions(finance):
    # Found with psql: an account holding 1.49 billion RWF was switched to USD and its
    # balance read as dollars (migration 0029).
    from dicel_desktop.services.db_errors import explain

    fresh = account(finance, "New till", currency="USD")
    sql_value(
        finance,
        "UPDATE financial_accounts SET currency = 'RWF' WHERE id = :a RETURNING id",
        a=fresh,
    )  # nothing names it yet: a slip is corrected
    used = account(finance, "Operating account", opening=Decimal("1000"))
    with finance.engine.begin() as conn, pytest.raises(DBAPIError) as fixed:
        conn.execute(
            text("UPDATE financial_accounts SET currency = 'USD' WHERE id = :a"), {"a": used}
        )
    assert fixed.value.orig.sqlstate == "DW315"
    assert explain(fixed.value).message == (
        "Operating account has transactions in RWF: its currency cannot become USD."
        " Open an account in USD instead."
    )


def test_the_database_holds_a_payers_reference_to_a_reference_numbers_length(finance, client_id):
    """What the window refuses the database refuses too (migration 0091): from psql a
    reference of 101 characters was booked into the credit's description (0085 measured
    it against 100,000)."""
    bank = account(finance)
    bill = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")))
    _issue(finance, bill)
    pay = "SELECT dicel_record_invoice_payment(:i, :a, 10, NULL, NULL, :r)"
    with finance.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(text(pay), {"i": bill, "a": bank, "r": "é" * 101})
    diag = refused.value.orig.diag
    assert (diag.sqlstate, diag.column_name, diag.table_name) == (
        "DW024",
        "reference",
        "transactions",
    )
    assert json.loads(diag.message_detail) == {"length": 101, "most": 100}
    assert balance(finance, bank) == Decimal("0.00")
    with finance.engine.begin() as conn:
        conn.execute(text(pay), {"i": bill, "a": bank, "r": "é" * 100})
    assert balance(finance, bank) == Decimal("10.00")


def test_a_payers_reference_is_sent_as_it_was_measured(finance, client_id):
    """Measured without the blanks around it, sent so too: 100 characters and blanks
    after them passed the service, and the database (0091) refused them."""
    bank = account(finance)
    bill = invoice(finance, client_id, ("Guarding", Decimal("1"), Decimal("1000")))
    _issue(finance, bill)
    with finance.session() as session:
        invoicing.record_payment(
            session, bill, bank, Decimal("10"), dt.date.today(), None, "R" * 100 + "  \t"
        )
    assert balance(finance, bank) == Decimal("10.00")
