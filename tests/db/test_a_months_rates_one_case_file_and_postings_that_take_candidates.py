"""Four holes a psql review found (psql33, migration 0115), as the demo's people: an edit
of a pending payslip paid a rate its run never used; a recovery officer emptied another
officer's case document; HR emptied the CV a candidate's field names; HR filed and hired
a candidate on a cancelled posting; finance left an invoice's line on no invoice.

Real logins on the demo company, each attempt in a transaction rolled back: the shared
demo stays as loaded.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from helpers import one_row as _one
from helpers import refused_here as _refused

from dicel_desktop.services import db_errors

ADMIN = "jean.mugabo@dicel.rw"
HR = "aline.uwase@dicel.rw"
FINANCE = "eric.niyonzima@dicel.rw"
RECOVERY = "innocent.bizimana@dicel.rw"


@pytest.fixture
def login(psql_login):
    return psql_login


def _line(detail, code: str) -> dict:
    (found,) = (d for d in detail if d["code"] == code)
    return found


# --------------------------------------------------------------------------- F1


def test_an_edited_pending_payslip_keeps_the_rates_of_its_run(su, login):
    """The reviewer's reproduction: the pension rate raised to 8 % while December is
    pending, then one payslip's allowances changed by 1 RWF: its deductions stay at the
    run's 6 % (they went to 8 %, 61,291 RWF off the net)."""
    slip = _one(
        su,
        "SELECT r.id, r.deductions, r.net_salary, r.basic_salary + r.allowances AS gross"
        " FROM payroll_records r JOIN employees e ON e.id = r.employee_id"
        " JOIN users u ON u.id = e.user_id"
        " WHERE r.status = 'pending' AND u.role NOT IN ('admin', 'hr')"
        " ORDER BY r.basic_salary DESC LIMIT 1",
    )
    jean = login(ADMIN)
    jean.execute(
        "UPDATE system_settings SET setting_value = '8'"
        " WHERE setting_key = 'payroll.pension_rate_percent'"
    )
    detail, deductions, net = jean.execute(
        "UPDATE payroll_records SET allowances = allowances + 1 WHERE id = %s"
        " RETURNING deductions_detail, deductions, net_salary",
        (slip.id,),
    ).fetchone()
    pension = _line(detail, "pension")
    assert pension["rate"] == 6
    assert Decimal(pension["amount"]) == (slip.gross + 1) * 6 // 100
    assert deductions == slip.deductions
    assert net == slip.net_salary + 1


# --------------------------------------------------------------------------- F2, F3


def _case_file(su):
    return _one(
        su,
        "SELECT d.id, d.file_name, r.id AS record FROM documents d"
        " JOIN recovery_documents r ON r.id = d.owner_id"
        " JOIN recovery_cases c ON c.id = r.case_id"
        " WHERE d.owner_table = 'recovery_documents' AND c.status = 'open'"
        " ORDER BY d.file_name LIMIT 1",
    )


def test_a_case_documents_file_is_never_replaced_nor_emptied(su, login):
    found = _case_file(su)
    innocent = login(RECOVERY)
    for change in (
        "content = '\\x00'",
        "file_name = 'invoice.exe'",
        "media_type = 'application/x-msdownload'",
    ):
        error = _refused(innocent, f"UPDATE documents SET {change} WHERE id = %s", (found.id,))
        assert error.sqlstate == "DW464", change
        assert error.diag.table_name == "recovery_documents"
        assert json.loads(error.diag.message_detail) == {
            "file": found.file_name,
            "id": str(found.record),
        }
    # Not even an administrator.
    jean = login(ADMIN)
    error = _refused(jean, "UPDATE documents SET content = 'x' WHERE id = %s", (found.id,))
    assert error.sqlstate == "DW464"


def test_a_case_document_holds_one_file_and_its_first_still_goes_in(su, login):
    found = _case_file(su)
    innocent = login(RECOVERY)
    error = _refused(
        innocent,
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
        " VALUES ('recovery_documents', %s, 'second.pdf', 'application/pdf', 'x')",
        (found.record,),
    )
    assert error.sqlstate == "DW465"
    assert json.loads(error.diag.message_detail)["file"] == found.file_name
    # A new case document: its file uploaded, then filed by dicel_link_document.
    case = _one(su, "SELECT case_id FROM recovery_documents WHERE id = :id", id=found.record)
    (record,) = innocent.execute(
        "INSERT INTO recovery_documents (case_id, document_type, document_name)"
        " VALUES (%s, 'Demand letter', 'Second demand') RETURNING id",
        (case.case_id,),
    ).fetchone()
    (document,) = innocent.execute(
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
        " VALUES ('recovery_documents', %s, 'demand.pdf', 'application/pdf', 'x') RETURNING id",
        (record,),
    ).fetchone()
    innocent.execute(
        "SELECT dicel_link_document('recovery_documents', %s, 'file_url', %s)",
        (record, document),
    )


def test_no_file_is_stored_empty(su, login):
    cv = _one(
        su,
        "SELECT d.id, c.id AS candidate FROM documents d"
        " JOIN candidates c ON c.resume_url = 'dicel-document:' || d.id"
        " ORDER BY d.id LIMIT 1",
    )
    aline = login(HR)
    error = _refused(aline, "UPDATE documents SET content = '' WHERE id = %s", (cv.id,))
    assert error.sqlstate == "DD006"
    error = _refused(
        aline,
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
        " VALUES ('candidates', %s, 'empty.pdf', 'application/pdf', '')",
        (cv.candidate,),
    )
    assert error.sqlstate == "DD006"


# --------------------------------------------------------------------------- F4


def _posting(su, state: str):
    return _one(su, "SELECT id, title FROM job_postings WHERE status = :s LIMIT 1", s=state)


def test_a_candidate_is_filed_only_on_a_posting_that_takes_candidates(su, login):
    aline = login(HR)
    filing = (
        "INSERT INTO candidates (job_posting_id, first_name, last_name, email)"
        " VALUES (%s, 'Test', 'Candidate', 't@x.rw') RETURNING id"
    )
    for state in ("cancelled", "draft", "filled", "closed"):
        posting = _posting(su, state)
        error = _refused(aline, filing, (posting.id,))
        assert error.sqlstate == "DW463", state
        assert error.diag.column_name == "job_posting_id"
        assert json.loads(error.diag.message_detail) == {"posting": posting.title, "state": state}
    (candidate,) = aline.execute(filing, (_posting(su, "open").id,)).fetchone()
    # Moved to a filled posting: refused too.
    error = _refused(
        aline,
        "UPDATE candidates SET job_posting_id = %s WHERE id = %s",
        (_posting(su, "filled").id, candidate),
    )
    assert error.sqlstate == "DW463"


def test_a_candidate_moves_on_while_the_posting_does_and_is_rejected_after(su, login):
    aline = login(HR)
    (posting,) = aline.execute(
        "INSERT INTO job_postings (title, description) VALUES ('Night storekeeper', 'Nights')"
        " RETURNING id"
    ).fetchone()
    aline.execute("SELECT dicel_publish_job_posting(%s)", (posting,))
    (candidate,) = aline.execute(
        "INSERT INTO candidates (job_posting_id, first_name, last_name, email)"
        " VALUES (%s, 'Test', 'Candidate', 't@x.rw') RETURNING id",
        (posting,),
    ).fetchone()
    aline.execute("SELECT dicel_interview_candidate(%s)", (candidate,))
    # Applications closed: the shortlist is still offered the post.
    aline.execute("SELECT dicel_close_job_posting(%s)", (posting,))
    aline.execute("SELECT dicel_offer_candidate(%s)", (candidate,))
    aline.execute("SELECT dicel_cancel_job_posting(%s)", (posting,))
    error = _refused(aline, "SELECT dicel_hire_candidate(%s)", (candidate,))
    assert error.sqlstate == "DW463"
    assert json.loads(error.diag.message_detail)["state"] == "cancelled"
    aline.execute("SELECT dicel_withdraw_candidate(%s)", (candidate,))


# --------------------------------------------------------------------------- a note


def test_an_invoice_line_belongs_to_an_invoice(su, login):
    line = _one(
        su,
        "SELECT ii.id FROM invoice_items ii JOIN invoices i ON i.id = ii.invoice_id"
        " WHERE i.status = 'draft' LIMIT 1",
    )
    eric = login(FINANCE)
    error = _refused(eric, "UPDATE invoice_items SET invoice_id = NULL WHERE id = %s", (line.id,))
    # A CHECK, not NOT NULL: the plan's column stays nullable (test_seed_catalog).
    assert (error.sqlstate, error.diag.constraint_name) == (
        "23514",
        "ck_invoice_items_invoice_given",
    )
    assert db_errors.explain(error).code == "field_required"
