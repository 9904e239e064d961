"""Ten billion francs on a line or a document (money40 #2, migration 0144), and lines added
together in their order (money40 #3), as the demo's people with psql.

A line of 2 x 6,000,000,000 RWF, one whose invoice reached 10.62 billion with its VAT, and
a purchase-order line of 100 x 150,000,000 overflowed numeric(12,2) in bare words; the
client could only say "a value is not acceptable", no field marked. Each attempt is rolled
back: the shared demo stays as loaded.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from helpers import refused_here as _refused

from dicel_desktop.db.base import Base
from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.amounts import most_of
from dicel_desktop.services.db_errors import explain

FINANCE = "eric.niyonzima@dicel.rw"
INVENTORY = "divine.ingabire@dicel.rw"
REVISION = (
    "0144_a_line_and_a_document_say_when_they_would_be_worth_too_much"
    "_and_invoice_lines_keep_their_order"
)
LINE = "INSERT INTO invoice_items (invoice_id, description, quantity, unit_price) VALUES"


@pytest.fixture
def login(psql_login):
    return psql_login


def _draft_invoice(conn):
    return conn.execute(
        "SELECT id, invoice_number, total_amount FROM invoices WHERE status = 'draft'"
        " AND currency = 'RWF' ORDER BY invoice_number LIMIT 1"
    ).fetchone()


def test_the_bound_is_the_columns(login):
    """The migration's frozen bound is what the columns hold, as the form reads it."""
    most = Decimal(earlier_revision(REVISION).MOST)
    for table, column in (
        ("invoice_items", "total_price"),
        ("invoices", "total_amount"),
        ("purchase_order_lines", "total_price"),
        ("purchase_orders", "total_amount"),
    ):
        type_ = Base.metadata.tables[table].c[column].type
        assert most_of(type_.precision, type_.scale) == most == Decimal("9999999999.99")


def test_an_invoice_line_worth_too_much_is_said_beside_the_lines_total(login):
    eric = login(FINANCE)
    invoice, _number, total = _draft_invoice(eric)
    error = _refused(eric, f"{LINE} (%s, 'Guards', 2, 6000000000)", (invoice,))
    assert error.sqlstate == "DW901"
    assert (error.diag.table_name, error.diag.column_name) == ("invoice_items", "total_price")
    assert json.loads(error.diag.message_detail) == {
        "amount": 12000000000.00,
        "most": 9999999999.99,
        "currency": "RWF",
    }
    said = explain(
        error,
        table="invoice_items",
        values={"quantity": Decimal(2), "unit_price": Decimal(6000000000)},
    )
    assert said.params["field"] == "total_price"
    assert said.message == (
        "This line would be worth 12,000,000,000 RWF, more than one line can record (at most"
        " 9,999,999,999.99 RWF). Check the quantity and the unit price, or split it into"
        " several lines."
    )
    assert _draft_invoice(eric)[2] == total  # nothing changed


def test_an_invoice_whose_total_with_vat_would_be_too_much_names_itself(login):
    eric = login(FINANCE)
    invoice, number, total = _draft_invoice(eric)
    error = _refused(eric, f"{LINE} (%s, 'Guards', 1, 9000000000)", (invoice,))
    assert error.sqlstate == "DW902"
    assert (error.diag.table_name, error.diag.column_name) == ("invoices", "total_amount")
    detail = json.loads(error.diag.message_detail)
    assert (detail["invoice"], detail["currency"]) == (number, "RWF")
    assert Decimal(str(detail["amount"])) > Decimal("9999999999.99")
    said = explain(
        error, table="invoice_items", values={"quantity": 1, "unit_price": Decimal(9000000000)}
    )
    assert said.params["field"] == "total_price"
    assert said.message.startswith(f"With this line, invoice {number} would total 10,6")
    assert said.message.endswith(
        "RWF with VAT, more than one invoice can record (at most 9,999,999,999.99 RWF)."
        " Put the rest on another invoice."
    )
    assert _draft_invoice(eric)[2] == total


def test_a_purchase_order_line_and_total_worth_too_much(login):
    divine = login(INVENTORY)
    order, number = divine.execute(
        "SELECT id, po_number FROM purchase_orders WHERE status = 'draft' LIMIT 1"
    ).fetchone()
    item = divine.execute(
        "SELECT id FROM inventory_items WHERE status = 'active' ORDER BY item_code LIMIT 1"
    ).fetchone()[0]
    add = "INSERT INTO purchase_order_lines (order_id, item_id, quantity, unit_price) VALUES"
    error = _refused(divine, f"{add} (%s, %s, 100, 150000000)", (order, item))
    assert error.sqlstate == "DW901"
    assert error.diag.table_name == "purchase_order_lines"
    error = _refused(
        divine,
        f"{add} (%s, %s, 60, 150000000), (%s, %s, 60, 150000000)",
        (order, item, order, item),
    )
    assert error.sqlstate == "DW903"
    assert json.loads(error.diag.message_detail)["order"] == number
    said = explain(error, table="purchase_order_lines", values={"quantity": 60})
    assert said.message.startswith(f"With this line, order {number} would total 18,")
    assert said.params["field"] == "total_price"


def test_lines_added_in_one_statement_keep_the_order_they_were_added_in(login):
    """Money40 #3: 60 lines in one INSERT tied on created_at (CURRENT_TIMESTAMP), and the
    print's "order they were added" (created_at, then id) fell to their random ids."""
    eric = login(FINANCE)
    invoice = _draft_invoice(eric)[0]
    eric.execute(
        "INSERT INTO invoice_items (invoice_id, description, quantity, unit_price)"
        " SELECT %s, 'Guard shift, site ' || n, 1, 1000 FROM generate_series(1, 60) n",
        (invoice,),
    )
    rows = eric.execute(
        "SELECT description FROM invoice_items WHERE invoice_id = %s"
        " AND description LIKE 'Guard shift, site %%' ORDER BY created_at, id",
        (invoice,),
    ).fetchall()
    assert [r[0] for r in rows] == [f"Guard shift, site {n}" for n in range(1, 61)]
