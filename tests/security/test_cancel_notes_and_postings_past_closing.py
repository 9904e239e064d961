"""Two holes a psql review found (psq34, migration 0119), as the demo's people: a note
given to Cancel order… or Cancel invoice… went into the record's notes past the rules a
note typed there meets (a line shaped as a step's, DW021; a character that turns the
text round, DW022); a job posting was published, or resumed, after its closing date.

Real logins on the demo company, each attempt in a transaction rolled back: the shared
demo stays as loaded.
"""

from __future__ import annotations

import json

import pytest
from helpers import one_row as _one
from helpers import refused_here as _refused

from dicel_desktop.services.db_errors import explain

HR = "aline.uwase@dicel.rw"
FINANCE = "eric.niyonzima@dicel.rw"
INVENTORY = "divine.ingabire@dicel.rw"


@pytest.fixture
def login(psql_login):
    return psql_login


def _row(conn, table: str, record):
    return conn.execute(f"SELECT status, notes FROM {table} WHERE id = %s", (record,)).fetchone()


# --------------------------------------------------------------------------- notes

CANCEL_ORDER = "SELECT dicel_cancel_purchase_order(%s, %s)"
CANCEL_INVOICE = "SELECT dicel_cancel_invoice(%s, %s)"


def test_a_cancelled_orders_note_holds_no_step_line_and_reads_one_way(su, login):
    """The stores' clerk cancels an ordered order: a note whose second line reads as
    Close order…'s own is refused as it is when typed into the notes, and so is one that
    reads backwards; the order stays ordered, its notes as they were. A note of one's
    own, dated, still cancels it."""
    order = _one(
        su, "SELECT id FROM purchase_orders WHERE status = 'ordered' ORDER BY po_number LIMIT 1"
    ).id
    (today,) = _one(su, "SELECT dicel_company_day()::text")
    divine = login(INVENTORY)
    before = _row(divine, "purchase_orders", order)

    faked = f"Ordered twice\nClosed short on {today}: Torch 5 of 5 received: supplier stopped"
    error = _refused(divine, CANCEL_ORDER, (order, faked))
    assert error.sqlstate == "DW021"
    assert (error.diag.table_name, error.diag.column_name) == ("purchase_orders", "note")
    assert json.loads(error.diag.message_detail)["line"].startswith(f"Closed short on {today}")
    assert explain(error).message.startswith(f"“Closed short on {today}: Torch 5 of 5")

    error = _refused(divine, CANCEL_ORDER, (order, "\u202edeyalp"))
    assert error.sqlstate == "DW022"
    assert error.diag.column_name == "note"
    assert _row(divine, "purchase_orders", order) == before

    divine.execute(CANCEL_ORDER, (order, f"Supplier closed on {today}: ordered elsewhere"))
    status, notes = _row(divine, "purchase_orders", order)
    assert status == "cancelled"
    assert notes.endswith(f"Supplier closed on {today}: ordered elsewhere")


def test_a_cancelled_invoices_note_holds_no_reversal_line(su, login):
    """Finance cancels a draft invoice: a note carrying a line shaped as a payment's
    reversal (a step of 0066) is refused; the invoice stays a draft."""
    invoice = _one(
        su, "SELECT id FROM invoices WHERE status = 'draft' ORDER BY invoice_number LIMIT 1"
    ).id
    (today,) = _one(su, "SELECT dicel_company_day()::text")
    eric = login(FINANCE)
    before = _row(eric, "invoices", invoice)

    faked = f"Sent twice\nPayment TXN-2026-000001 reversed on {today}: duplicate"
    error = _refused(eric, CANCEL_INVOICE, (invoice, faked))
    assert error.sqlstate == "DW021"
    assert (error.diag.table_name, error.diag.column_name) == ("invoices", "note")
    error = _refused(eric, CANCEL_INVOICE, (invoice, "sent \u2067twice"))
    assert error.sqlstate == "DW022"
    assert _row(eric, "invoices", invoice) == before

    eric.execute(CANCEL_INVOICE, (invoice, "Sent twice"))
    assert _row(eric, "invoices", invoice)[0] == "cancelled"


# --------------------------------------------------------------------------- postings


def _posting(conn, state: str):
    return conn.execute(
        "SELECT id FROM job_postings WHERE status = %s ORDER BY id LIMIT 1", (state,)
    ).fetchone()[0]


def _state(conn, posting) -> tuple:
    return conn.execute(
        "SELECT status, posted_date FROM job_postings WHERE id = %s", (posting,)
    ).fetchone()


def test_a_posting_is_not_published_after_its_closing_date(login):
    """HR's draft posting whose closing date was yesterday is not published (it was
    opened, posted after it closed); closing today, or with no closing date, it is."""
    aline = login(HR)
    posting = _posting(aline, "draft")
    aline.execute(
        "UPDATE job_postings SET closing_date = dicel_company_day() - 1 WHERE id = %s", (posting,)
    )
    error = _refused(aline, "SELECT dicel_publish_job_posting(%s)", (posting,))
    assert error.sqlstate == "DW502"
    assert (error.diag.table_name, error.diag.column_name) == ("job_postings", "closing_date")
    detail = json.loads(error.diag.message_detail)
    assert set(detail) == {"date", "today"}
    assert detail["date"] < detail["today"]
    assert explain(error).message.startswith("Applications to this job posting closed on ")
    assert _state(aline, posting) == ("draft", None)

    for closing in ("dicel_company_day()", "NULL"):
        aline.execute("SAVEPOINT published")
        aline.execute(f"UPDATE job_postings SET closing_date = {closing} WHERE id = %s", (posting,))
        aline.execute("SELECT dicel_publish_job_posting(%s)", (posting,))
        assert _state(aline, posting)[0] == "open", closing
        aline.execute("ROLLBACK TO SAVEPOINT published")


def test_a_posting_on_hold_is_not_resumed_after_its_closing_date(login):
    """A posting put on hold whose closing date passed meanwhile is not opened again by
    Resume…; a later date set, it is. The demo's posting on hold closed 39 days ago
    (demo/talent.py); since 0128 HR could not write a past date on it (DW502)."""
    aline = login(HR)
    posting = _posting(aline, "on_hold")
    (passed,) = aline.execute(
        "SELECT closing_date < dicel_company_day() FROM job_postings WHERE id = %s", (posting,)
    ).fetchone()
    assert passed
    error = _refused(aline, "SELECT dicel_resume_job_posting(%s)", (posting,))
    assert error.sqlstate == "DW502"
    assert _state(aline, posting)[0] == "on_hold"
    aline.execute(
        "UPDATE job_postings SET closing_date = dicel_company_day() + 14 WHERE id = %s",
        (posting,),
    )
    aline.execute("SELECT dicel_resume_job_posting(%s)", (posting,))
    assert _state(aline, posting)[0] == "open"
