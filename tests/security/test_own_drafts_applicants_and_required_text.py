"""Three holes a psql review found, closed by migration 0065, as real logins: HR read the
draft of their own performance review; a deleted applicant's e-mail and phone stayed in
the audit log; text a step required (an audit's findings, an incident's actions taken)
was blanked after the step, and a posting's and a survey's dates and questions with it."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from flow_steps import insert_row, row_of, server_today, take
from logins import Person, new_review
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.roles import Role
from dicel_desktop.services.db_errors import explain

REVIEWS = "performance_reviews"
SECRET = "DRAFT SECRET: put on PIP"


# --------------------------------------------------------------------------- H6 reviews


def _sees(person: Person, review: uuid.UUID) -> bool:
    with person.engine.connect() as conn:
        return (
            conn.scalar(
                text("SELECT count(*) FROM performance_reviews WHERE id = :id"), {"id": review}
            )
            == 1
        )


def _history(person: Person, review: uuid.UUID) -> str:
    with person.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT action, old_values, new_values"
                " FROM dicel_record_history('performance_reviews', :id)"
            ),
            {"id": review},
        ).all()
    return json.dumps([tuple(r) for r in rows], default=str)


@pytest.mark.parametrize("role", [Role.HR, Role.ADMIN])
def test_nobody_reads_the_draft_of_their_own_review(logins, role):
    reviewed = logins.person(role)
    colleague = logins.person(Role.HR)
    review = new_review(colleague, reviewed)
    with colleague.engine.begin() as conn:
        conn.execute(
            text("UPDATE performance_reviews SET recommendations = :w WHERE id = :id"),
            {"w": SECRET, "id": review},
        )
    # A draft: invisible to its employee, in the table and in its history alike.
    assert not _sees(reviewed, review)
    assert _history(reviewed, review) == "[]"
    # Another HR officer still reads and writes it.
    assert _sees(colleague, review)
    with colleague.engine.begin() as conn:
        conn.execute(
            text("UPDATE performance_reviews SET recommendations = :w WHERE id = :id"),
            {"w": "Keep leading the Huye office.", "id": review},
        )
    take(colleague, REVIEWS, "share", review)
    # Shared: visible, its history from the share on, nothing the draft held.
    assert _sees(reviewed, review)
    seen = _history(reviewed, review)
    assert SECRET not in seen and "submitted" in seen
    assert SECRET in _history(colleague, review)


# --------------------------------------------------------------------------- H7 applicants

EMAIL, PHONE = "aline.ingabire@example.rw", "+250788123456"


def _audit_rows(logins, table: str, record: uuid.UUID) -> list[tuple]:
    with logins.superuser().connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT action, user_id, old_values, new_values FROM audit_logs"
                    " WHERE table_name = :t AND record_id = :r ORDER BY created_at, id"
                ),
                {"t": table, "r": record},
            )
        ]


def test_a_deleted_applicant_leaves_no_personal_data_in_the_audit_log(logins):
    hr = logins.person(Role.HR)
    other = insert_row(
        hr, "candidates", first_name="Eric", last_name="Kagabo", email="eric.k@example.rw"
    )
    candidate = insert_row(
        hr,
        "candidates",
        first_name="Aline",
        last_name="Ingabire",
        email=EMAIL,
        phone=PHONE,
        notes="Strong in Kinyarwanda and French",
    )
    with hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE candidates SET phone = '+250722000111' WHERE id = :id"), {"id": candidate}
        )
        cv = conn.scalar(
            text(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES ('candidates', :id, 'CV Aline Ingabire.pdf', 'application/pdf',"
                " convert_to('%PDF-1.4 cv', 'UTF8')) RETURNING id"
            ),
            {"id": candidate},
        )
    take(hr, "candidates", "screen", candidate)
    with hr.engine.begin() as conn:
        conn.execute(text("DELETE FROM candidates WHERE id = :id"), {"id": candidate})

    rows = _audit_rows(logins, "candidates", candidate)
    files = _audit_rows(logins, "documents", cv)
    logged = json.dumps(rows + files, default=str)
    for personal in (EMAIL, PHONE, "+250722000111", "Ingabire", "Aline", "Kinyarwanda"):
        assert personal not in logged, personal
    # Who did what stays: the actor, each action, the state it went through.
    assert [(a, u) for a, u, _o, _n in rows] == [
        ("INSERT", hr.user_id),
        ("UPDATE", hr.user_id),
        ("UPDATE", hr.user_id),
        ("DELETE", hr.user_id),
    ]
    assert rows[0][3]["email"] == "[redacted]" and rows[0][3]["id"] == str(candidate)
    assert rows[2][2:] == ({"status": "applied"}, {"status": "screening"})
    assert rows[3][2]["status"] == "screening" and rows[3][2]["phone"] == "[redacted]"
    assert [a for a, *_ in files] == ["INSERT", "DELETE"]
    assert files[0][3]["file_name"] == "[redacted]" and files[0][3]["sha256"]
    # Another applicant, still in the recruitment, keeps their history as it is.
    assert _audit_rows(logins, "candidates", other)[0][3]["email"] == "eric.k@example.rw"


# --------------------------------------------------------------------------- H3 text stays


def _refused_change(person: Person, table: str, record: uuid.UUID, sql_set: str) -> None:
    """``UPDATE table SET sql_set`` on ``record`` as ``person``: refused as a lock (DL001),
    in the person's words, and nothing changed."""
    with person.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(text(f"UPDATE {table} SET {sql_set} WHERE id = :id"), {"id": record})
    assert refused.value.orig.sqlstate == "DL001", sql_set
    said = explain(refused.value, table=table)
    assert said.code == "record_locked_in_state" and "DL001" not in said.message


def _set(person: Person, table: str, record: uuid.UUID, sql_set: str) -> None:
    with person.engine.begin() as conn:
        conn.execute(text(f"UPDATE {table} SET {sql_set} WHERE id = :id"), {"id": record})


def test_a_completed_audit_keeps_its_findings(logins):
    auditor = logins.person(Role.COMPLIANCE)
    audit = insert_row(auditor, "compliance_audits", audit_type="Internal", audit_scope="Cash")
    take(auditor, "compliance_audits", "start", audit)
    _set(auditor, "compliance_audits", audit, "findings = 'Two receipts missing.'")
    take(auditor, "compliance_audits", "complete", audit)
    _refused_change(auditor, "compliance_audits", audit, "findings = NULL")
    _refused_change(auditor, "compliance_audits", audit, "findings = 'All fine.'")
    assert row_of(logins, "compliance_audits", audit, "findings") == ("Two receipts missing.",)
    # Reopened (a step), the findings are corrected again.
    take(auditor, "compliance_audits", "reopen", audit)
    _set(auditor, "compliance_audits", audit, "findings = 'Three receipts missing.'")


def test_a_resolved_incident_keeps_what_was_done(logins):
    guard = logins.person(Role.SECURITY)
    incident = insert_row(
        guard,
        "security_incidents",
        incident_type="Intrusion",
        location="Gate B",
        reported_date=dt.datetime.now(dt.UTC),
        incident_date=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
        description="Fence cut.",
        actions_taken="Fence repaired.",
    )
    take(guard, "security_incidents", "resolve", incident)
    _refused_change(guard, "security_incidents", incident, "actions_taken = NULL")
    take(guard, "security_incidents", "close", incident)
    assert row_of(logins, "security_incidents", incident, "status", "actions_taken") == (
        "closed",
        "Fence repaired.",
    )


def test_a_postings_dates_are_its_steps(logins):
    hr = logins.person(Role.HR)
    posting = insert_row(hr, "job_postings", title="Guard", description="Night shifts.")
    # A draft is not published: no one gives it a publication date.
    with hr.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(
            text("UPDATE job_postings SET posted_date = current_date WHERE id = :id"),
            {"id": posting},
        )
    assert refused.value.orig.sqlstate == "42501"
    take(hr, "job_postings", "publish", posting)
    today = server_today(hr)
    _set(hr, "job_postings", posting, "closing_date = current_date + 30")
    take(hr, "job_postings", "close", posting)
    _refused_change(hr, "job_postings", posting, "closing_date = NULL")
    assert row_of(logins, "job_postings", posting, "posted_date", "closing_date") == (
        today,
        today,
    )


def test_an_active_surveys_questions_and_start_stay(logins):
    cx = logins.person(Role.CX)
    survey = insert_row(
        cx, "customer_surveys", survey_name="Guard service quality", questions='["How?"]'
    )
    _set(cx, "customer_surveys", survey, "questions = '[\"How was the service?\"]'")
    take(cx, "customer_surveys", "launch", survey)
    _refused_change(cx, "customer_surveys", survey, "questions = '[\"Rewritten?\"]'")
    _refused_change(cx, "customer_surveys", survey, "start_date = current_date - 10")
    # The rest of it is still CX's to write while it runs.
    _set(cx, "customer_surveys", survey, "description = 'Q3'")
    assert row_of(logins, "customer_surveys", survey, "questions", "start_date") == (
        ["How was the service?"],
        server_today(cx),
    )
