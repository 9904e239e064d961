"""Three holes a psql review found (psql33b F4-F6, migration 0118), as the demo's people:
a performance review of nobody, or an empty one, was shared and stayed "submitted" for
good; a 0 RWF invoice and one dated 1900 were issued and went overdue; a movement of
stock took any quantity, and overflowed in bare words.

Real logins on the demo company, each attempt in a transaction rolled back: the shared
demo stays as loaded.
"""

from __future__ import annotations

import json
import uuid

import pytest
from helpers import one_row as _one
from helpers import refused_here as _refused

from dicel_desktop.domain.entry_rules import INVOICE_DAYS_AFTER_ISSUE, INVOICE_DAYS_BEFORE_ISSUE
from dicel_desktop.domain.states import MOST_MOVED
from dicel_desktop.services.db_errors import explain

HR = "aline.uwase@dicel.rw"
FINANCE = "eric.niyonzima@dicel.rw"
INVENTORY = "divine.ingabire@dicel.rw"
EMPLOYEE = "josiane.murekatete@dicel.rw"


@pytest.fixture
def login(psql_login):
    return psql_login


# --------------------------------------------------------------------------- F4

SHARE = "SELECT dicel_share_performance_review(%s)"


def _status(conn, table: str, record) -> str:
    return conn.execute(f"SELECT status FROM {table} WHERE id = %s", (record,)).fetchone()[0]


def test_a_review_is_shared_once_it_is_someones_of_a_period_and_says_something(su, login):
    """The review's own SQL: a draft of nobody is refused at Share, and so is one of
    josiane with no period, then with a period and nothing said (blanks say nothing);
    a rating alone, or a text alone, is enough."""
    josiane = _one(
        su,
        "SELECT e.id FROM employees e JOIN users u ON u.id = e.user_id WHERE u.email = :e",
        e=EMPLOYEE,
    ).id
    aline = login(HR)
    review = uuid.uuid4()
    aline.execute("INSERT INTO performance_reviews(id, employee_id) VALUES (%s, NULL)", (review,))
    error = _refused(aline, SHARE, (review,))
    assert error.sqlstate == "DW443"
    assert error.diag.column_name == "employee_id"
    assert json.loads(error.diag.message_detail) == {"action": "shared with the employee"}
    assert explain(error).message == (
        "This performance review has no employee: fill in its employee and save it first,"
        " then it can be shared with the employee."
    )

    aline.execute(
        "UPDATE performance_reviews SET employee_id = %s WHERE id = %s", (josiane, review)
    )
    error = _refused(aline, SHARE, (review,))
    assert error.sqlstate == "DW443"
    assert error.diag.column_name.startswith("review_period_")
    aline.execute(
        "UPDATE performance_reviews SET review_period_start = current_date - 180,"
        " review_period_end = current_date, goals_achieved = '   ' WHERE id = %s",
        (review,),
    )
    error = _refused(aline, SHARE, (review,))
    assert error.sqlstate == "DW493"
    assert error.diag.table_name == "performance_reviews"
    # Its fields named from the trigger's entry, by their labels (code review 33b, F5).
    assert explain(error).message == (
        "This performance review says nothing yet: fill in at least one of its overall"
        " rating, goals achieved, areas for improvement, next goals or recommendations, and"
        " save it first; then it can be shared with the employee."
    )
    assert _status(aline, "performance_reviews", review) == "draft"

    for said in ("overall_rating = 4", "next_goals = 'Lead the Musanze team'"):
        aline.execute("SAVEPOINT said")
        aline.execute(f"UPDATE performance_reviews SET {said} WHERE id = %s", (review,))
        aline.execute(SHARE, (review,))
        assert _status(aline, "performance_reviews", review) == "submitted", said
        aline.execute("ROLLBACK TO SAVEPOINT said")


# --------------------------------------------------------------------------- F5

ISSUE = "SELECT dicel_issue_invoice(%s)"


def _client(su):
    return _one(su, "SELECT id FROM clients WHERE status = 'active' ORDER BY id LIMIT 1").id


def _draft(conn, client, dated: str, unit_price: str) -> uuid.UUID:
    """A draft invoice dated ``dated`` (SQL, the company's day), one line at
    ``unit_price``, due 30 days after its date."""
    invoice = uuid.uuid4()
    conn.execute(
        f"INSERT INTO invoices(id, client_id, invoice_date, due_date, currency)"
        f" VALUES (%s, %s, {dated}, {dated} + 30, 'RWF')",
        (invoice, client),
    )
    conn.execute(
        "INSERT INTO invoice_items(invoice_id, description, quantity, unit_price)"
        f" VALUES (%s, 'Guarding, one post', 1, {unit_price})",
        (invoice,),
    )
    return invoice


def test_an_invoice_for_nothing_is_not_issued(su, login):
    eric = login(FINANCE)
    invoice = _draft(eric, _client(su), "dicel_company_day()", "0")
    error = _refused(eric, ISSUE, (invoice,))
    assert error.sqlstate == "DW494"
    assert error.diag.column_name == "total_amount"
    assert json.loads(error.diag.message_detail)["currency"] == "RWF"
    said = explain(error).message
    assert said.startswith("Invoice ")
    assert "totals 0 RWF" in said, said
    assert _status(eric, "invoices", invoice) == "draft"
    eric.execute("UPDATE invoice_items SET unit_price = 150000 WHERE invoice_id = %s", (invoice,))
    eric.execute(ISSUE, (invoice,))
    assert _status(eric, "invoices", invoice) == "sent"


@pytest.mark.parametrize(
    ("dated", "issued"),
    [
        ("DATE '1900-01-01'", False),
        (f"dicel_company_day() - {INVOICE_DAYS_BEFORE_ISSUE + 1}", False),
        (f"dicel_company_day() - {INVOICE_DAYS_BEFORE_ISSUE}", True),
        (f"dicel_company_day() + {INVOICE_DAYS_AFTER_ISSUE}", True),
        (f"dicel_company_day() + {INVOICE_DAYS_AFTER_ISSUE + 1}", False),
    ],
)
def test_an_invoice_is_issued_near_its_date(su, login, dated, issued):
    eric = login(FINANCE)
    invoice = _draft(eric, _client(su), dated, "150000")
    if issued:
        eric.execute(ISSUE, (invoice,))
        assert _status(eric, "invoices", invoice) == "sent"
        return
    error = _refused(eric, ISSUE, (invoice,))
    assert error.sqlstate == "DW495"
    assert error.diag.column_name == "invoice_date"
    detail = json.loads(error.diag.message_detail)
    assert set(detail) == {"invoice", "date", "earliest", "latest"}
    assert "can be issued only when dated from" in explain(error).message
    assert _status(eric, "invoices", invoice) == "draft"


# --------------------------------------------------------------------------- F6

MOVE = "SELECT dicel_move_stock(%s, %s, %s, %s, NULL, %s)"


def _item(su):
    return _one(
        su,
        "SELECT id, item_name FROM inventory_items WHERE status = 'active'"
        " AND current_stock > 10 AND unit_cost > 0 ORDER BY item_name LIMIT 1",
    )


@pytest.mark.parametrize(
    ("kind", "quantity", "reference_type", "notes"),
    [
        ("in", MOST_MOVED + 1, "transfer", None),
        ("in", 2147483647, "transfer", None),
        ("adjustment", -2147483648, "adjustment", "count"),
        ("out", MOST_MOVED + 1, "sale", "Sold to the Kigali branch"),
    ],
)
def test_a_movement_moves_at_most_its_limit(su, login, kind, quantity, reference_type, notes):
    item = _item(su)
    divine = login(INVENTORY)
    error = _refused(divine, MOVE, (item.id, kind, quantity, reference_type, notes))
    assert error.sqlstate == "DW496"
    assert error.diag.column_name == "quantity"
    assert json.loads(error.diag.message_detail) == {"quantity": quantity, "most": MOST_MOVED}
    assert "at most 100,000" in explain(error).message


def test_the_limit_itself_is_moved(su, login):
    item = _item(su)
    divine = login(INVENTORY)
    divine.execute("UPDATE inventory_items SET unit_cost = 100 WHERE id = %s", (item.id,))
    divine.execute(MOVE, (item.id, "in", MOST_MOVED, "transfer", None))


def test_a_movement_worth_more_than_it_can_record_is_refused(su, login):
    """A count of 90,000 of an item at 150,000 RWF is 13.5 billion: more than a
    movement's value holds (numeric(12,2)), said in words, not 22003."""
    item = _item(su)
    divine = login(INVENTORY)
    divine.execute("UPDATE inventory_items SET unit_cost = 150000 WHERE id = %s", (item.id,))
    error = _refused(divine, MOVE, (item.id, "in", 90_000, "transfer", None))
    assert error.sqlstate == "DW497"
    detail = json.loads(error.diag.message_detail)
    assert (detail["item"], detail["quantity"]) == (item.item_name, 90_000)
    assert explain(error).message.startswith(f"{item.item_name}: 90,000 of it are worth ")
    divine.execute(MOVE, (item.id, "in", 60_000, "transfer", None))
