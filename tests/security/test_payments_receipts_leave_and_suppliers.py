"""Gaps a psql review found (psql28), closed by migration 0092, as real logins: an
invoice paid before its own date, receipts of negative or fractional quantities, a leave
request of 2.1 million days, and an order's supplier renamed after its approver saw it."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from finance_data import account, client, invoice
from logins import Person
from shop import Shop, open_shop
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import invoicing, purchasing
from dicel_desktop.services.db_errors import explain

#: What psql as a person gets: the refusal's SQLSTATE, None when accepted.
_psql = Person.psql_refusal


@pytest.fixture
def shop(db_dsn):
    yield from open_shop(db_dsn)


def _as(person, fn, *args):
    with person.session() as session:
        return fn(session, *args)


# --------------------------------------------------------------------------- DW348


#: The day ``sent_invoice`` is dated: within the days it may be issued on (DW495).
DATED = dt.date.today() - dt.timedelta(days=30)


@pytest.fixture
def sent_invoice(logins):
    """(finance, an issued invoice of 1,180,000 RWF dated ``DATED``, an account)."""
    finance = logins.person("finance", first_name="Eric")
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Guarding", Decimal("1"), Decimal("1000000")),
        invoice_date=DATED,
    )
    _as(finance, invoicing.issue_invoice, bill)
    return finance, bill, account(finance)


@pytest.mark.parametrize(
    "day", [DATED - dt.timedelta(days=1), dt.date(1990, 1, 1), dt.date(1, 1, 1)]
)
def test_no_payment_is_received_before_the_invoices_date(sent_invoice, day):
    finance, bill, account_id = sent_invoice
    with pytest.raises(DicelError) as refused:
        _as(finance, invoicing.record_payment, bill, account_id, Decimal(1000), day, "cash", None)
    assert refused.value.code == "paid_before_invoice"
    assert refused.value.params["earliest"] == DATED.isoformat()
    assert refused.value.params["invoice"].startswith("INV-")
    assert _as(finance, invoicing.invoice_balance, bill).paid == 0
    statement = "SELECT dicel_record_invoice_payment(%s, %s, 1000, %s, 'cash', 'x')"
    assert _psql(finance, statement, (bill, account_id, day)) == "DW348"


def test_a_payment_on_the_invoices_own_date_is_received(sent_invoice):
    finance, bill, account_id = sent_invoice
    day = DATED
    _as(finance, invoicing.record_payment, bill, account_id, Decimal(1000), day, "cash", None)
    balance = _as(finance, invoicing.invoice_balance, bill)
    assert (balance.paid, balance.earliest, balance.status) == (
        Decimal(1000),
        day,
        "partially_paid",
    )


def test_an_invoice_dated_ahead_is_paid_from_the_day_it_was_written(logins):
    """The code review: an invoice dated ahead could not be paid on the day the money
    came. The earliest day is the invoice's date or the day it was written, whichever is
    earlier; before that, still refused."""
    finance = logins.person("finance", first_name="Eric")
    today = dt.date.today()
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Guarding", Decimal("1"), Decimal("1000000")),
        invoice_date=today + dt.timedelta(days=10),
        due_date=today + dt.timedelta(days=40),
    )
    _as(finance, invoicing.issue_invoice, bill)
    account_id = account(finance)
    with finance.engine.connect() as conn:
        written = conn.scalar(
            text("SELECT dicel_company_day(created_at) FROM invoices WHERE id = :i"), {"i": bill}
        )
    assert _as(finance, invoicing.invoice_balance, bill).earliest == written
    statement = "SELECT dicel_record_invoice_payment(%s, %s, 1000, %s, 'cash', 'x')"
    assert _psql(finance, statement, (bill, account_id, written - dt.timedelta(days=1))) == "DW348"
    _as(finance, invoicing.record_payment, bill, account_id, Decimal(1000), written, "cash", None)
    assert _as(finance, invoicing.invoice_balance, bill).paid == Decimal(1000)


# --------------------------------------------------------------------------- DW228


def _approved(shop: Shop) -> tuple:
    order = shop.draft(lines=[(shop.torch, 10, "12000")])
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    assert _as(shop.manager, purchasing.decide_purchase_order, order, True) == "approved"
    with shop.su.connect() as conn:
        line = conn.scalar(
            text("SELECT id FROM purchase_order_lines WHERE order_id = :o"), {"o": order}
        )
    return order, line


@pytest.mark.parametrize(
    ("quantity", "code"),
    # 1e30 is whole, and more than one receipt takes of a line (DW498, migration 0120).
    [
        (-3, "DW228"),
        (2.5, "DW228"),
        (1e30, "DW498"),
        ("3 boxes", "DW228"),
        (None, "DW228"),
        ("-0", "DW228"),
    ],
)
def test_a_receipt_is_of_whole_units(shop, quantity, code):
    order, line = _approved(shop)
    lines = json.dumps([{"line_id": str(line), "quantity": quantity}])
    statement = "SELECT dicel_receive_purchase_order(%s, %s::jsonb)"
    assert _psql(shop.clerk, statement, (order, lines)) == code
    assert (shop.status(order), shop.stock(shop.torch)) == ("approved", 0)


def test_a_bad_quantity_stops_the_whole_receipt_and_says_what_was_given(shop):
    """A good line before the bad one is not received either: every quantity is read
    first. The refusal names what was given, in the person's words."""
    order, line = _approved(shop)
    lines = [{"line_id": str(line), "quantity": 4}, {"line_id": str(line), "quantity": -3}]
    with shop.clerk.engine.connect() as conn, pytest.raises(Exception) as refused:
        conn.execute(
            text("SELECT dicel_receive_purchase_order(:o, CAST(:l AS jsonb))"),
            {"o": order, "l": json.dumps(lines)},
        )
    assert refused.value.orig.sqlstate == "DW228"
    assert json.loads(refused.value.orig.diag.message_detail)["quantity"] == "-3"
    # The sentence names the line, as the window's receipt dialog lists them.
    assert explain(refused.value).message == (
        'Torch: a quantity received is a whole number of units, 0 or more, not "-3".'
    )
    assert (shop.status(order), shop.stock(shop.torch)) == ("approved", 0)


def test_whole_quantities_are_still_received(shop):
    order, line = _approved(shop)
    assert _as(shop.clerk, purchasing.receive_purchase_order, order, {line: 4}) == (
        "partially_received"
    )
    assert shop.stock(shop.torch) == 4


# --------------------------------------------------------------------------- DW119


def test_a_leave_request_covers_a_year_at_most(logins):
    person = logins.person("employee")
    start = dt.date(2027, 3, 1)
    statement = "SELECT dicel_request_leave('unpaid', %s, %s, 'Study')"
    assert _psql(person, statement, (start, dt.date(9999, 12, 31))) == "DW119"
    assert _psql(person, statement, (start, dt.date(2028, 3, 1))) == "DW119"
    # A year to the day before is one request.
    assert _psql(person, statement, (start, dt.date(2028, 2, 29))) is None


def test_a_filed_request_is_not_stretched_past_a_year(logins):
    person = logins.person("employee")
    with person.engine.begin() as conn:
        request = conn.scalar(
            text("SELECT dicel_request_leave('unpaid', '2027-03-01', '2027-03-05', 'Study')")
        )
    statement = "UPDATE leave_requests SET end_date = '2099-12-31' WHERE id = %s"
    assert _psql(person, statement, (request,)) == "DW119"


def test_a_request_over_a_year_filed_before_the_rule_is_not_approved(logins):
    """A code review: the rule was asked only when dates changed, so a request filed
    before migration 0092 (the psql review's, to 9999-12-31) could still be approved.
    It is refused approval; it may still be rejected."""
    boss = logins.person("employee", first_name="Grace")
    person = logins.person("employee", supervisor=boss)
    with logins.superuser().begin() as conn:  # as it stood before the rule
        conn.execute(
            text("ALTER TABLE leave_requests DISABLE TRIGGER leave_requests_not_over_a_year")
        )
        conn.execute(
            text(
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date)"
                " VALUES (:e, 'unpaid', '2027-03-01', '2029-03-01')"
            ),
            {"e": person.employee_id},
        )
        conn.execute(
            text("ALTER TABLE leave_requests ENABLE TRIGGER leave_requests_not_over_a_year")
        )
        request = conn.scalar(
            text("SELECT id FROM leave_requests WHERE employee_id = :e"), {"e": person.employee_id}
        )
    decide = "SELECT dicel_decide_leave(%s, %s, 'x')"
    assert _psql(boss, decide, (request, True)) == "DW119"
    assert _psql(boss, decide, (request, False)) is None


def test_the_refusal_says_the_last_day_a_request_may_end(logins):
    person = logins.person("employee")
    with person.engine.connect() as conn, pytest.raises(Exception) as refused:
        conn.execute(
            text("SELECT dicel_request_leave('unpaid', '2027-03-01', '9999-12-31', 'Study')")
        )
    assert json.loads(refused.value.orig.diag.message_detail) == {
        "start_date": "2027-03-01",
        "latest": "2028-02-29",
    }


# --------------------------------------------------------------------------- DW227


RENAME = "UPDATE suppliers SET supplier_name = 'Cousin Trading' WHERE id = %s"


@pytest.mark.parametrize(
    "change",
    [
        RENAME,
        "UPDATE suppliers SET tax_number = '999999999' WHERE id = %s",
        "UPDATE suppliers SET payment_terms = '100%% in advance' WHERE id = %s",
    ],
)
def test_the_supplier_of_a_pending_order_stays_as_it_was_shown(shop, change):
    order = shop.draft()
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    assert _psql(shop.clerk, change, (shop.supplier,)) == "DW227"
    assert _psql(shop.admin, change, (shop.supplier,)) == "DW227"


def test_the_supplier_of_an_approved_order_stays_as_it_was_approved(shop):
    order, _line = _approved(shop)
    with shop.clerk.engine.connect() as conn, pytest.raises(Exception) as refused:
        conn.execute(text(RENAME.replace("%s", ":s")), {"s": shop.supplier})
    assert refused.value.orig.sqlstate == "DW227"
    detail = json.loads(refused.value.orig.diag.message_detail)
    with shop.su.connect() as conn:
        number = conn.scalar(
            text("SELECT po_number FROM purchase_orders WHERE id = :o"), {"o": order}
        )
    assert detail == {"supplier": "Kigali Supplies", "orders": number}
    assert refused.value.orig.diag.column_name == "supplier_name"


def test_contact_details_and_suppliers_of_drafts_and_closed_orders_change(shop):
    order = shop.draft()
    # A draft's supplier may still be corrected: nobody approved anything yet.
    assert _psql(shop.clerk, RENAME, (shop.supplier,)) is None
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    phone = "UPDATE suppliers SET phone = '0788000000', contact_person = 'Aline' WHERE id = %s"
    assert _psql(shop.clerk, phone, (shop.supplier,)) is None
    assert _as(shop.manager, purchasing.decide_purchase_order, order, False) == "rejected"
    assert _psql(shop.clerk, RENAME, (shop.supplier,)) is None
