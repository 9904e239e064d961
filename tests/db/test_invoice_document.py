"""What a printed invoice is read from (``invoicing.invoice_document``), under the
reader's own grants, and the company's details every login reads for it
(``dicel_company_details``, migration 0099): ``system_settings`` stays admin's."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from finance_data import account, invoice, setting, sql_value, superuser_value
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.services import invoicing
from dicel_desktop.services.invoicing import CompanyDetails, InvoiceClient, InvoiceLine


@pytest.fixture
def company(db_dsn):
    setting(db_dsn, "company.name", "DICEL Ltd", "string")
    setting(db_dsn, "company.tin", "102345678", "string")
    setting(db_dsn, "company.email", "info@dicel.rw", "string")


@pytest.fixture
def finance(logins, company):
    return logins.person("finance")


@pytest.fixture
def bill(logins, finance):
    customer = sql_value(
        logins.person("client"),
        "INSERT INTO clients (company_name, address, tax_number)"
        " VALUES ('Intwari Schools Group', 'KG 418 Ave, Remera', '123251557') RETURNING id",
    )
    return invoice(
        finance,
        customer,
        ("Night escort", Decimal("2"), Decimal("35000")),
        ("Radio hire", Decimal("1.5"), Decimal("1000")),
    )


def _document(person, invoice_id):
    with person.session() as session:
        return invoicing.invoice_document(session, invoice_id)


def test_every_login_reads_the_companys_details_and_no_other_setting(logins, company):
    employee = logins.person("employee")
    with employee.engine.begin() as conn:
        row = conn.execute(text("SELECT * FROM dicel_company_details()")).one()
    assert tuple(row) == ("DICEL Ltd", None, "102345678", None, "info@dicel.rw")
    with employee.engine.begin() as conn, pytest.raises(DBAPIError):
        conn.execute(text("SELECT setting_value FROM system_settings"))


def test_finance_reads_the_invoice_its_client_its_lines_and_the_company(finance, bill):
    document = _document(finance, bill)
    assert document is not None and document.status == "draft"
    assert document.number.startswith("INV-")
    dated = dt.date.today() - dt.timedelta(days=1)  # finance_data.invoice's
    assert (document.invoice_date, document.due_date) == (dated, dated + dt.timedelta(days=30))
    assert document.client == InvoiceClient(
        name="Intwari Schools Group", address="KG 418 Ave, Remera", tax_number="123251557"
    )
    assert document.lines == (
        InvoiceLine("Night escort", Decimal("2.00"), Decimal("35000.00"), Decimal("70000.00")),
        InvoiceLine("Radio hire", Decimal("1.50"), Decimal("1000.00"), Decimal("1500.00")),
    )
    assert (document.subtotal, document.tax, document.total) == (
        Decimal("71500.00"),
        Decimal("12870.00"),
        Decimal("84370.00"),
    )
    assert document.company == CompanyDetails("DICEL Ltd", None, "102345678", None, "info@dicel.rw")
    assert (document.paid, document.balance) == (Decimal(0), Decimal("84370.00"))


def test_what_was_paid_is_counted_as_the_invoices_balance_counts_it(finance, bill):
    """A payment, then its reversal: paid and still due follow (migration 0066)."""
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    bank = account(finance)
    with finance.session() as session:
        payment = invoicing.record_payment(
            session, bill, bank, Decimal("30000"), dt.date.today(), "cash"
        )
    document = _document(finance, bill)
    assert (document.paid, document.balance) == (Decimal("30000.00"), Decimal("54370.00"))
    with finance.session() as session:
        invoicing.reverse_payment(session, payment, "Cheque bounced")
        balance = invoicing.invoice_balance(session, bill)
    document = _document(finance, bill)
    assert document.paid == balance.paid == 0
    assert document.balance == balance.outstanding == Decimal("84370.00")


def test_recovery_reads_it_without_the_payments_it_may_not_count(logins, bill):
    """Recovery reads invoices and clients, not the ledger: the document, paid unknown."""
    document = _document(logins.person("recovery"), bill)
    assert document is not None and document.client.tax_number == "123251557"
    assert len(document.lines) == 2
    assert document.paid is None and document.balance is None


@pytest.mark.parametrize("role", ["employee", "client", "hr"])
def test_a_login_that_may_not_read_invoices_gets_nothing(logins, bill, role):
    assert _document(logins.person(role), bill) is None


def test_an_invoice_not_there_is_none(finance):
    assert _document(finance, uuid.uuid4()) is None


def test_lines_stored_at_one_moment_print_by_their_words(finance, db_dsn):
    """Money40 #3: lines stored in one transaction before migration 0144 tie on
    created_at, and printed in the order of their random ids; they print by their words
    now, the same at every print (the moment's order first)."""
    bill = invoice(finance, None)
    words = ["Radio hire", "CCTV monitoring", "Alarm response", "Night escort"]
    for description in words:
        # Ids chosen against the words' order: the print must not follow them.
        superuser_value(
            db_dsn,
            "INSERT INTO invoice_items (id, invoice_id, description, quantity, unit_price,"
            " created_at) VALUES (%s, %s, %s, 1, 1000, '2025-11-03 09:56+00') RETURNING id",
            (uuid.UUID(int=len(words) - words.index(description)), bill, description),
        )
    lines = _document(finance, bill).lines
    assert [line.description for line in lines] == sorted(words)
