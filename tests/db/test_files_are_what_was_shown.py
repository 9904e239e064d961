"""A record's files are part of what a decider was shown; a link column names only a
file of its own record (migration 0064). Found with psql by the third review, as real
logins: finance swapped an expense's receipt while it waited and a colleague approved it
with the version read before; HR and recovery wrote ``dicel-document:<another record's
file>`` straight into a link column, past dicel_link_document's DD004.
"""

from __future__ import annotations

import uuid

import pytest
from logins import new_expense
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import documents, expenses, inbox, records


@pytest.fixture
def office(logins):
    """A clerk who files an expense with its receipt, a finance colleague who can touch
    its files, and the finance manager who decides it."""
    clerk = logins.person("finance", first_name="Aline", last_name="Uwase", department="FIN")
    delphine = logins.person("finance", first_name="Delphine", last_name="Ingabire")
    eric = logins.person("finance", first_name="Eric", last_name="Niyonzima")
    expense = new_expense(clerk, department_id=logins.department("FIN")).id
    with clerk.session() as session:
        receipt = documents.attach(
            session, "expenses", expense, "receipt.pdf", "application/pdf", b"%PDF-1.4 fuel"
        ).id
        session.commit()
    return clerk, delphine, eric, expense, receipt


def _shown(person, expense_id):
    """The version "Waiting for me" shows ``person`` for the expense."""
    with person.session() as session:
        (item,) = [i for i in inbox.waiting_for_me(session) if i.id == expense_id]
        return item.version


def _status(person, expense_id):
    with person.engine.begin() as conn:
        return conn.scalar(text("SELECT status FROM expenses WHERE id = :e"), {"e": expense_id})


def _decide(person, expense_id, approve, shown):
    with person.session() as session:
        expenses.decide_expense(session, expense_id, approve, "ok", shown=shown)


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE documents SET content = convert_to('%PDF-1.4 swapped', 'UTF8') WHERE id = :d",
        "UPDATE documents SET file_name = 'other.pdf' WHERE id = :d",
        "DELETE FROM documents WHERE id = :d",
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
        " SELECT owner_table, owner_id, 'more.pdf', 'application/pdf',"
        " convert_to('%PDF-1.4 more', 'UTF8') FROM documents WHERE id = :d",
    ],
    ids=["content", "renamed", "removed", "added"],
)
def test_a_file_changed_after_it_was_shown_stops_the_decision(office, change):
    _clerk, delphine, eric, expense, receipt = office
    shown = _shown(eric, expense)
    # The reviewer's sequence: another finance login swaps the receipt, as psql would.
    with delphine.engine.begin() as conn:
        assert conn.execute(text(change), {"d": receipt}).rowcount == 1
    with pytest.raises(DicelError) as refused:
        _decide(eric, expense, True, shown)
    assert refused.value.code == "changed_since_shown_by"
    assert refused.value.params["who"] == "Delphine Ingabire"
    assert _status(eric, expense) == "pending"
    # Read again, the inbox shows the new version, and the decision on it is taken.
    _decide(eric, expense, False, _shown(eric, expense))
    assert _status(eric, expense) == "rejected"


def test_the_refusal_is_dw007_for_psql_too(office):
    _clerk, delphine, eric, expense, receipt = office
    with eric.engine.begin() as conn:
        shown = conn.scalar(
            text("SELECT version FROM dicel_expenses_to_decide(:e)"), {"e": expense}
        )
    with delphine.engine.begin() as conn:
        conn.execute(
            text("UPDATE documents SET content = convert_to('swap', 'UTF8') WHERE id = :d"),
            {"d": receipt},
        )
    with pytest.raises(DBAPIError) as refused, eric.engine.begin() as conn:
        conn.execute(
            text("SELECT dicel_decide_expense(:e, true, 'ok', :v)"), {"e": expense, "v": shown}
        )
    assert refused.value.orig.sqlstate == "DW007"


def test_a_decision_without_a_file_change_still_passes(office):
    _clerk, _delphine, eric, expense, _receipt = office
    _decide(eric, expense, False, _shown(eric, expense))
    assert _status(eric, expense) == "rejected"


def test_a_file_change_before_it_was_shown_is_no_surprise(office):
    """The version moves with the files: shown after the swap, the decision passes."""
    _clerk, delphine, eric, expense, receipt = office
    before = _shown(eric, expense)
    with delphine.engine.begin() as conn:
        conn.execute(
            text("UPDATE documents SET file_name = 'fuel.pdf' WHERE id = :d"), {"d": receipt}
        )
    after = _shown(eric, expense)
    assert after > before
    _decide(eric, expense, False, after)
    assert _status(eric, expense) == "rejected"


# --------------------------------------------------------------------------- link columns


def _expense_receipt(logins) -> uuid.UUID:
    clerk = logins.person("finance")
    expense = new_expense(clerk).id
    with clerk.session() as session:
        found = documents.attach(
            session, "expenses", expense, "r.pdf", "application/pdf", b"%PDF-1.4 x"
        ).id
        session.commit()
    return found


def test_a_resume_link_names_a_file_of_that_applicant(logins):
    hr = logins.person("hr")
    other = _expense_receipt(logins)
    with hr.session() as session:
        candidate = records.create_record(
            session, "candidates", hr.role,
            {"first_name": "Alice", "last_name": "Uwera", "email": "alice@example.rw"},
        )  # fmt: skip
    with pytest.raises(DBAPIError) as refused, hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE candidates SET resume_url = :u WHERE id = :c"),
            {"u": documents.link_value(other), "c": candidate.id},
        )
    assert refused.value.orig.sqlstate == "DD004"
    with pytest.raises(DBAPIError) as refused, hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE candidates SET resume_url = 'dicel-document:not-a-uuid' WHERE id = :c"),
            {"c": candidate.id},
        )
    assert refused.value.orig.sqlstate == "DD004"
    with hr.engine.begin() as conn:
        assert (
            conn.scalar(
                text("SELECT resume_url FROM candidates WHERE id = :c"), {"c": candidate.id}
            )
            is None
        )
    # The GUI's path: attach the resume, then the form saves the column with the record.
    with hr.session() as session:
        resume = documents.attach(
            session, "candidates", candidate.id, "cv.pdf", "application/pdf", b"%PDF-1.4 cv"
        ).id
        session.commit()
    with hr.session() as session:
        saved = records.save_record(
            session, "candidates", hr.role, candidate.id, candidate.version,
            {"resume_url": documents.link_value(resume)},
        )  # fmt: skip
    assert saved.values["resume_url"] == documents.link_value(resume)
    # Through the form, a foreign file is refused in the person's words.
    with hr.session() as session, pytest.raises(DicelError) as words:
        records.save_record(
            session, "candidates", hr.role, candidate.id, saved.version,
            {"resume_url": documents.link_value(other)},
        )  # fmt: skip
    assert words.value.code == "document_not_of_record"


def test_a_case_documents_link_names_a_file_of_that_document(logins):
    recovery = logins.person("recovery")
    other = _expense_receipt(logins)
    with recovery.engine.begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_type, description)"
                " VALUES ('theft', 'Stolen laptop') RETURNING id"
            )
        )
    with pytest.raises(DBAPIError) as refused, recovery.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO recovery_documents (case_id, document_type, document_name, file_url)"
                " VALUES (:c, 'photo', 'Scene', :u)"
            ),
            {"c": case, "u": documents.link_value(other)},
        )
    assert refused.value.orig.sqlstate == "DD004"
    # The GUI's path: the document is saved, its file attached and linked at once.
    with recovery.engine.begin() as conn:
        document = conn.scalar(
            text(
                "INSERT INTO recovery_documents (case_id, document_type, document_name)"
                " VALUES (:c, 'photo', 'Scene') RETURNING id"
            ),
            {"c": case},
        )
    with recovery.session() as session:
        photo = documents.attach(
            session, "recovery_documents", document, "scene.jpg", "image/jpeg", b"\xff\xd8x"
        ).id
        documents.link(session, "recovery_documents", document, "file_url", photo)
        session.commit()
    with recovery.engine.begin() as conn:
        assert conn.scalar(
            text("SELECT file_url FROM recovery_documents WHERE id = :d"), {"d": document}
        ) == documents.link_value(photo)
