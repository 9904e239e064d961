"""A posted payment keeps its invoice, and evidence stays with what it proves (migration
0040). Found with psql by a security review, as the demo's people: finance moved a
payment off its invoice and paid the invoice again, replaced a colleague's receipt and
then approved the expense, removed the receipt of a paid one; IT attached a file to a
closed ticket; recovery removed a closed case's document.

Real logins on the demo company, each attempt in a transaction rolled back: the shared
demo stays as loaded.
"""

from __future__ import annotations

import json
import threading
import uuid
from urllib.parse import quote, urlsplit

import psycopg
import pytest
from flow_steps import insert_row
from helpers import one_row as _one
from minimal_rows import minimal_row
from psycopg import sql
from sqlalchemy import text

from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.roles import Role

FINANCE = "eric.niyonzima@dicel.rw"
IT = "claudine.mukamana@dicel.rw"
RECOVERY = "innocent.bizimana@dicel.rw"
ADMIN = "jean.mugabo@dicel.rw"


@pytest.fixture
def login(psql_login):
    return psql_login


def _refused(conn: psycopg.Connection, sql: str, params=()) -> psycopg.Error:
    """``sql`` as psql would send it, refused; the transaction is rolled back."""
    with pytest.raises(psycopg.Error) as refused:
        conn.execute(sql, params)
    conn.rollback()
    return refused.value


# --------------------------------------------------------------------------- payments


def test_a_posted_payment_stays_on_the_invoice_it_pays(su, login):
    payment = _one(
        su,
        "SELECT t.id, i.id AS invoice, i.invoice_number FROM transactions t"
        " JOIN invoices i ON i.invoice_number = t.reference_number"
        " WHERE t.status = 'posted' AND t.transaction_type = 'credit' AND i.status = 'paid'"
        " ORDER BY i.invoice_number LIMIT 1",
    )
    eric = login(FINANCE)
    paid = eric.execute("SELECT dicel_invoice_paid(%s)", (payment.invoice,)).fetchone()[0]
    assert paid > 0
    error = _refused(
        eric,
        "UPDATE transactions SET reference_number = 'CASH-0763', description = 'cash'"
        " WHERE id = %s",
        (payment.id,),
    )
    assert error.sqlstate == "DL001"
    assert error.diag.column_name == "reference_number"
    assert eric.execute("SELECT dicel_invoice_paid(%s)", (payment.invoice,)).fetchone()[0] == paid
    # Nor its words: the books say what was posted (migration 0077).
    error = _refused(
        eric, "UPDATE transactions SET description = 'cash' WHERE id = %s", (payment.id,)
    )
    assert (error.sqlstate, error.diag.column_name) == ("DL001", "description")


# --------------------------------------------------------------------------- receipts


def _pending_receipt(su) -> tuple[uuid.UUID, uuid.UUID]:
    """A pending expense someone other than finance's Eric filed, that Eric may approve
    now, and its receipt."""
    row = _one(
        su,
        "SELECT x.id, d.id AS document FROM expenses x"
        " JOIN documents d ON d.owner_table = 'expenses' AND d.owner_id = x.id"
        " JOIN users u ON u.id = x.created_by"
        " WHERE x.status = 'pending' AND u.email <> :me AND x.currency = 'RWF'"
        " ORDER BY x.expense_number LIMIT 1",
        me=FINANCE,
    )
    return row.id, row.document


def _offered(conn, expense) -> bool:
    return bool(conn.execute("SELECT count(*) FROM dicel_expenses_to_decide(%s)",
                             (expense,)).fetchone()[0])  # fmt: skip


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE documents SET content = convert_to('%%PDF-1.4 replaced', 'UTF8') WHERE id = %s",
        "DELETE FROM documents WHERE id = %s",
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
        " SELECT owner_table, owner_id, 'better.pdf', 'application/pdf',"
        " convert_to('%%PDF-1.4 better', 'UTF8') FROM documents WHERE id = %s",
    ],
    ids=["replaced", "removed", "added"],
)
def test_whoever_changed_an_expenses_files_does_not_approve_it(su, login, change):
    expense, receipt = _pending_receipt(su)
    eric = login(FINANCE)
    # Untouched, Eric is offered the expense and may approve it.
    assert _offered(eric, expense)
    eric.execute("SAVEPOINT untouched")
    eric.execute("SELECT dicel_decide_expense(%s, true, 'ok')", (expense,))
    eric.execute("ROLLBACK TO SAVEPOINT untouched")

    eric.execute(change, (receipt,))
    assert not _offered(eric, expense)  # the inbox no longer offers it
    error = _refused(eric, "SELECT dicel_decide_expense(%s, true, 'ok')", (expense,))
    assert error.sqlstate == "DW005"


_RECEIPT_CHECK = "SET CONSTRAINTS documents_receipt_stays IMMEDIATE"


def _named_receipt(su):
    """A pending expense, its number and the file its receipt_url names."""
    return _one(
        su,
        "SELECT x.id, x.expense_number, d.id AS document, d.file_name FROM expenses x"
        " JOIN documents d ON x.receipt_url = 'dicel-document:' || d.id"
        " WHERE x.status = 'pending' ORDER BY x.expense_number LIMIT 1",
    )


def test_the_file_an_expenses_receipt_names_is_not_removed(su, login):
    """eye31 #2: the receipt removed from Documents left receipt_url naming a file that
    was gone, and the expense was approved "with a receipt" (migration 0108)."""
    receipt = _named_receipt(su)
    eric = login(FINANCE)
    # As psql sends it: the DELETE itself passes, the transaction's end refuses it.
    eric.execute("DELETE FROM documents WHERE id = %s", (receipt.document,))
    with pytest.raises(psycopg.Error) as refused:
        eric.commit()
    error = refused.value
    assert error.sqlstate == "DW450"
    assert (error.diag.table_name, error.diag.column_name) == ("expenses", "receipt_url")
    assert json.loads(error.diag.message_detail)["expense"] == receipt.expense_number
    # At once when asked (the desktop's Remove does).
    eric.execute(_RECEIPT_CHECK)
    error = _refused(eric, "DELETE FROM documents WHERE id = %s", (receipt.document,))
    assert error.sqlstate == "DW450"
    count = _one(su, "SELECT count(*) AS n FROM documents WHERE id = :d", d=receipt.document)
    assert count.n == 1


def test_a_receipt_named_in_capitals_is_still_its_file(su, login):
    """psql31b F3: receipt_url takes the document's id in capitals too, and the receipt
    check compared the text as it was (migration 0109 compares without case)."""
    receipt = _named_receipt(su)
    eric = login(FINANCE)
    eric.execute(
        "UPDATE expenses SET receipt_url = 'dicel-document:' || upper(%s::text) WHERE id = %s",
        (receipt.document, receipt.id),
    )
    eric.execute(_RECEIPT_CHECK)
    error = _refused(eric, "DELETE FROM documents WHERE id = %s", (receipt.document,))
    assert error.sqlstate == "DW450"


def test_a_receipt_emptied_first_lets_its_file_go_and_an_expense_takes_its_files(su, login):
    receipt = _named_receipt(su)
    eric = login(FINANCE)
    eric.execute("UPDATE expenses SET receipt_url = NULL WHERE id = %s", (receipt.id,))
    eric.execute("DELETE FROM documents WHERE id = %s", (receipt.document,))
    eric.execute(_RECEIPT_CHECK)  # what commit would check, checked now
    eric.rollback()
    # An expense deleted while pending takes its files along: by the transaction's end
    # it names nothing (the superuser, in a transaction rolled back).
    with su.connect() as conn, conn.begin() as transaction:
        conn.execute(text("DELETE FROM expenses WHERE id = :x"), {"x": receipt.id})
        conn.execute(text(_RECEIPT_CHECK))
        gone = conn.execute(
            text("SELECT count(*) FROM documents WHERE id = :d"), {"d": receipt.document}
        ).scalar()
        transaction.rollback()
    assert gone == 0


def test_the_files_service_says_the_file_is_the_receipt(su, demo_dsn):
    from sqlalchemy.orm import Session

    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.services import documents

    receipt = _named_receipt(su)
    parts = urlsplit(demo_dsn)
    netloc = f"{quote(FINANCE, safe='')}:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
    engine = make_engine(parts._replace(netloc=netloc).geturl())
    try:
        with Session(engine) as session:
            with pytest.raises(DicelError) as refused:
                documents.remove(session, receipt.document)
            session.rollback()
    finally:
        engine.dispose()
    assert refused.value.code == "receipt_file_stays"
    assert refused.value.message == (
        f"This file is the receipt of {receipt.expense_number}: replace it with Replace… on"
        " the Receipt field instead."
    )


def _paid_expense(su):
    return _one(
        su,
        "SELECT x.id, d.id AS document FROM expenses x"
        " JOIN documents d ON d.owner_table = 'expenses' AND d.owner_id = x.id"
        " WHERE x.expense_number = 'EXP-2025-000001' AND x.status = 'paid'",
    )


@pytest.mark.parametrize(
    ("statement", "sqlstate"),
    [
        ("UPDATE expenses SET receipt_url = NULL, description = 'no receipt' WHERE id = %(x)s",
         "DL001"),
        ("SELECT dicel_link_document('expenses', %(x)s, 'receipt_url', NULL)", "DL001"),
        ("DELETE FROM documents WHERE id = %(d)s", "DL003"),
        ("UPDATE documents SET content = convert_to('%%PDF-1.4 other', 'UTF8') WHERE id = %(d)s",
         "DL003"),
        ("UPDATE documents SET file_name = 'other.pdf' WHERE id = %(d)s", "DL003"),
    ],
    ids=["unlinked", "unlinked-by-function", "removed", "replaced", "renamed"],
)  # fmt: skip
def test_a_paid_expense_keeps_its_receipt(su, login, statement, sqlstate):
    paid = _paid_expense(su)
    eric = login(FINANCE)
    error = _refused(eric, statement, {"x": paid.id, "d": paid.document})
    assert error.sqlstate == sqlstate, error
    if sqlstate == "DL003":
        assert error.diag.table_name == "expenses"


def test_a_paid_expense_still_takes_a_new_file(su, login):
    """A proof of payment is filed after the payment."""
    paid = _paid_expense(su)
    eric = login(FINANCE)
    eric.execute(
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
        " VALUES ('expenses', %s, 'transfer.pdf', 'application/pdf',"
        " convert_to('%%PDF-1.4 transfer', 'UTF8'))",
        (paid.id,),
    )
    eric.rollback()


# --------------------------------------------------------------------------- other link fields

_LINK_CHECK = "SET CONSTRAINTS documents_linked_file_stays IMMEDIATE"
HR = "aline.uwase@dicel.rw"


def _named_file(su, table: str, column: str, where: str = "true"):
    """A record of ``table`` whose ``column`` names one of its files, and that file, of a
    record whose state does not hold its files already."""
    return _one(
        su,
        f"SELECT r.id, d.id AS document, d.file_name FROM {table} r"
        f" JOIN documents d ON d.owner_table = '{table}' AND d.owner_id = r.id"
        f"  AND r.{column} = 'dicel-document:' || d.id"
        f" WHERE {where} AND dicel_record_hold('{table}', r.id) IS NULL"
        " ORDER BY r.id LIMIT 1",
    )


_OPEN_CASE = "r.case_id IN (SELECT id FROM recovery_cases WHERE status IN ('open', 'in_progress'))"


@pytest.mark.parametrize(
    ("email", "table", "column", "where"),
    [
        (HR, "candidates", "resume_url", "true"),
        (RECOVERY, "recovery_documents", "file_url", _OPEN_CASE),
    ],
)
def test_the_file_a_link_field_names_is_not_removed(su, login, email, table, column, where):
    """Left at stop 32: a candidate's CV, a certificate or a case document's file could be
    removed while its field still named it (migration 0113, DW462, as 0108's receipt)."""
    named = _named_file(su, table, column, where)
    clerk = login(email)
    # As psql sends it: the DELETE passes, the transaction's end refuses it.
    clerk.execute("DELETE FROM documents WHERE id = %s", (named.document,))
    with pytest.raises(psycopg.Error) as refused:
        clerk.commit()
    error = refused.value
    assert error.sqlstate == "DW462"
    assert (error.diag.table_name, error.diag.column_name) == (table, column)
    assert json.loads(error.diag.message_detail) == {"file": named.file_name, "id": str(named.id)}
    # At once when asked (the desktop's Remove does).
    clerk.execute(_LINK_CHECK)
    error = _refused(clerk, "DELETE FROM documents WHERE id = %s", (named.document,))
    assert error.sqlstate == "DW462"
    assert _one(su, "SELECT count(*) AS n FROM documents WHERE id = :d", d=named.document).n == 1


def test_a_field_emptied_first_lets_its_file_go(su, login):
    cv = _named_file(su, "candidates", "resume_url")
    aline = login(HR)
    aline.execute("UPDATE candidates SET resume_url = NULL WHERE id = %s", (cv.id,))
    aline.execute(_LINK_CHECK)
    assert aline.execute("DELETE FROM documents WHERE id = %s", (cv.document,)).rowcount == 1
    aline.rollback()


def test_a_case_document_goes_with_its_file(su, login):
    named = _named_file(su, "recovery_documents", "file_url", _OPEN_CASE)
    innocent = login(RECOVERY)
    innocent.execute("DELETE FROM recovery_documents WHERE id = %s", (named.id,))
    innocent.execute(_LINK_CHECK)  # what commit would check, checked now
    left = innocent.execute("SELECT count(*) FROM documents WHERE id = %s", (named.document,))
    assert left.fetchone()[0] == 0
    innocent.rollback()


@pytest.mark.parametrize(
    ("table", "column", "pick"),
    [
        ("users", "profile_image", "SELECT id FROM users WHERE email = 'aline.uwase@dicel.rw'"),
        # The demo's certificates are all of completed enrollments (their files are held
        # by the state already): one still under way is given one here.
        ("training_enrollments", "certificate_url",
         "SELECT id FROM training_enrollments t"
         " WHERE dicel_record_hold('training_enrollments', t.id) IS NULL ORDER BY id LIMIT 1"),
    ],
)  # fmt: skip
def test_nobody_removes_a_file_a_field_names_not_even_the_superuser(demo_dsn, table, column, pick):
    with psycopg.connect(demo_dsn) as conn:
        (record,) = conn.execute(pick).fetchone()
        (file,) = conn.execute(
            "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
            " VALUES (%s, %s, 'named.pdf', 'application/pdf', '%%PDF-1.4 x') RETURNING id",
            (table, record),
        ).fetchone()
        conn.execute(
            sql.SQL("UPDATE {} SET {} = 'dicel-document:' || %s WHERE id = %s").format(
                sql.Identifier(table), sql.Identifier(column)
            ),
            (file, record),
        )
        conn.execute(_LINK_CHECK)
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("DELETE FROM documents WHERE id = %s", (file,))
        conn.rollback()
    assert refused.value.sqlstate == "DW462"
    assert (refused.value.diag.table_name, refused.value.diag.column_name) == (table, column)


class _Meanwhile:
    """``statements`` then a commit, on a connection of their own, in a thread: what
    another clerk does while the test's transaction is still open."""

    def __init__(self, conn: psycopg.Connection, *statements: tuple[str, tuple]):
        self.error: psycopg.Error | None = None

        def run() -> None:
            try:
                with conn.transaction():
                    for statement, params in statements:
                        conn.execute(statement, params)
            except psycopg.Error as error:
                self.error = error

        self._pid = conn.info.backend_pid
        self._thread = threading.Thread(target=run, daemon=True)

    def start_until_done_or_waiting(self, su_dsn: str) -> None:
        """Start it, and return once it is done or waits for a lock (server-side)."""
        self._thread.start()
        with psycopg.connect(su_dsn) as su:
            while self._thread.is_alive():
                waits = su.execute(
                    "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s",
                    (self._pid,),
                ).fetchone()
                su.rollback()
                if waits is not None and waits[0]:
                    return
                self._thread.join(0.02)

    def join(self) -> None:
        self._thread.join(60)  # a deadline for a failing test, not a measurement
        assert not self._thread.is_alive()


def _as_psql(person) -> psycopg.Connection:
    url = person.engine.url.set(drivername="postgresql")
    conn = psycopg.connect(url.render_as_string(hide_password=False))
    conn.execute("SET lock_timeout = '60s'")  # a deadline for a failing test
    conn.commit()
    return conn


_LINK = "SELECT dicel_link_document('candidates', %s, 'resume_url', %s)"
_REMOVE = "DELETE FROM documents WHERE id = %s"


@pytest.mark.parametrize("first", ["link", "remove"])
def test_a_link_and_the_removal_of_its_file_by_two_clerks_wait_for_each_other(logins, first):
    """Code review 33, F1: clerk A linked a file into a candidate's CV and had not yet
    committed while clerk B removed that file: B's check read the candidate as its
    snapshot showed it (the old link) and let the file go; A then committed a CV naming a
    file that is gone. The file's removal now locks the candidate first, as an expense's
    receipt's does (0113 in ``dicel_audit_document``'s list): whichever comes second waits
    for the first, and is refused."""
    aline = logins.person(Role.HR, first_name="Aline")
    candidate = insert_row(aline, "candidates", **minimal_row("candidates"))
    file = _one_file(aline, candidate)
    a, b = _as_psql(aline), _as_psql(aline)
    try:
        if first == "link":
            a.execute(_LINK, (candidate, file))
            # As the desktop's Remove asks: at the DELETE.
            second = _Meanwhile(b, (_LINK_CHECK, ()), (_REMOVE, (file,)))
        else:
            a.execute(_LINK_CHECK)
            a.execute(_REMOVE, (file,))
            second = _Meanwhile(b, (_LINK, (candidate, file)))
        second.start_until_done_or_waiting(logins.db_dsn)
        a.commit()
        second.join()
    finally:
        a.close()
        b.close()
    with logins.superuser().connect() as conn:
        link = conn.scalar(
            text("SELECT resume_url FROM candidates WHERE id = :id"), {"id": candidate}
        )
        kept = conn.scalar(text("SELECT count(*) FROM documents WHERE id = :f"), {"f": file})
    assert second.error is not None, "the second clerk's change went through"
    if first == "link":
        assert second.error.sqlstate == "DW462"
        assert (link, kept) == (f"dicel-document:{file}", 1)
    else:
        assert second.error.sqlstate == "DD004"  # no such file of the candidate's
        assert (link, kept) == (None, 0)


def _one_file(person, record: uuid.UUID) -> uuid.UUID:
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES ('candidates', :id, 'cv.pdf', 'application/pdf', '%PDF-1.4 cv')"
                " RETURNING id"
            ),
            {"id": record},
        )


# --------------------------------------------------------------------------- final records


def test_a_closed_ticket_takes_no_late_file(su, login):
    ticket = _one(su, "SELECT id FROM it_support_tickets WHERE status = 'closed' LIMIT 1").id
    claudine = login(IT)
    error = _refused(
        claudine,
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
        " VALUES ('it_support_tickets', %s, 'late.txt', 'text/plain', 'x')",
        (ticket,),
    )
    assert error.sqlstate == "DW406"
    assert error.diag.table_name == "it_support_tickets"
    # An open one still does.
    open_ticket = _one(su, "SELECT id FROM it_support_tickets WHERE status = 'open' LIMIT 1").id
    claudine.execute(
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
        " VALUES ('it_support_tickets', %s, 'screen.txt', 'text/plain', 'x')",
        (open_ticket,),
    )
    claudine.rollback()


def _case_document(su, status: str):
    return _one(
        su,
        "SELECT d.id, d.case_id, f.id AS file FROM recovery_documents d"
        " JOIN recovery_cases c ON c.id = d.case_id"
        " LEFT JOIN documents f ON f.owner_table = 'recovery_documents' AND f.owner_id = d.id"
        " WHERE c.status = :status ORDER BY f.id NULLS LAST LIMIT 1",
        status=status,
    )


def test_a_closed_recovery_case_keeps_its_documents_as_they_were(su, login):
    closed = _case_document(su, "closed")
    assert closed.file is not None
    innocent = login(RECOVERY)
    for statement in (
        "DELETE FROM recovery_documents WHERE id = %(d)s",
        "INSERT INTO recovery_documents (case_id, document_type, document_name)"
        " VALUES (%(c)s, 'other', 'Late letter')",
        "DELETE FROM documents WHERE id = %(f)s",
        "UPDATE documents SET content = 'x' WHERE id = %(f)s",
    ):
        error = _refused(innocent, statement, {"d": closed.id, "c": closed.case_id,
                                               "f": closed.file})  # fmt: skip
        assert error.sqlstate == "DW406", statement
        assert error.diag.table_name == "recovery_cases"


def test_a_recovered_case_takes_new_documents_but_loses_none(su, login):
    recovered = _case_document(su, "recovered")
    innocent = login(RECOVERY)
    error = _refused(innocent, "DELETE FROM recovery_documents WHERE id = %s", (recovered.id,))
    assert error.sqlstate == "DL003"
    innocent.execute(
        "INSERT INTO recovery_documents (case_id, document_type, document_name)"
        " VALUES (%s, 'other', 'Receipt of the last payment')",
        (recovered.case_id,),
    )
    innocent.rollback()


@pytest.mark.parametrize(
    ("table", "state"),
    [(t, s) for t, flow in FLOWS.items() for s in sorted(flow.final_states)],
)
def test_no_record_in_a_final_state_takes_a_file(demo_dsn, table, state):
    """Every flow's final states, migration 0038's job postings and contracts included:
    a record made there by the superuser, then admin (who may change every record) tries
    to attach a file to it, in one transaction rolled back."""
    with psycopg.connect(demo_dsn) as conn:
        # With what the step into that state writes (a won deal's stage, migration 0050).
        flow = FLOWS[table]
        written = {c: v for st in flow.steps if st.target == state for c, v in st.sets}
        row = {**minimal_row(table), **written, "status": state}
        columns = ", ".join(row)
        holes = ", ".join(f"%({c})s" for c in row)
        record = conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({holes}) RETURNING id", row
        ).fetchone()[0]
        conn.execute(sql.SQL("SET SESSION AUTHORIZATION {}").format(sql.Identifier(ADMIN)))
        assert conn.execute("SELECT dicel_record_hold(%s, %s)",
                            (table, record)).fetchone()[0]["hold"] == "final"  # fmt: skip
        with pytest.raises(psycopg.Error) as refused:
            conn.execute(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES (%s, %s, 'late.txt', 'text/plain', 'x')",
                (table, record),
            )
        assert refused.value.sqlstate == "DW406"
        conn.rollback()


# --------------------------------------------------------------------------- the client's words


def test_the_files_service_says_in_words_why_a_file_stays(su, demo_dsn):
    from sqlalchemy.orm import Session

    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.services import documents

    def engine_of(email: str):
        parts = urlsplit(demo_dsn)
        netloc = f"{quote(email, safe='')}:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
        return make_engine(parts._replace(netloc=netloc).geturl())

    ticket = _one(su, "SELECT id FROM it_support_tickets WHERE status = 'closed' LIMIT 1").id
    paid = _paid_expense(su)
    for email, act, code, words in (
        (IT, lambda s: documents.attach(s, "it_support_tickets", ticket, "late.txt",
                                        "text/plain", b"x"),
         "files_final",
         "This IT ticket is closed: its files can no longer be added, replaced or removed."),
        (FINANCE, lambda s: documents.remove(s, paid.document), "files_locked",
         "This expense is paid: its files can no longer be replaced or removed. You can"
         " still add a new file."),
    ):  # fmt: skip
        engine = engine_of(email)
        try:
            with Session(engine) as session:
                with pytest.raises(DicelError) as refused:
                    act(session)
                session.rollback()
                hold = documents.record_hold(session, *(
                    ("it_support_tickets", ticket) if code == "files_final"
                    else ("expenses", paid.id)))  # fmt: skip
        finally:
            engine.dispose()
        assert refused.value.code == code
        assert refused.value.message == words
        assert hold is not None and hold.adds == (code == "files_locked")


@pytest.mark.parametrize(
    ("email", "table", "column", "where", "words"),
    [
        (HR, "candidates", "resume_url", "true",
         "“{file}” is the CV of this candidate: replace it with Replace… on the CV field"
         " instead, or empty that field and save before removing it."),
        (RECOVERY, "recovery_documents", "file_url", _OPEN_CASE,
         "“{file}” is the file of this case document: remove the case document itself (its"
         " file goes with it) rather than its file."),
    ],
)  # fmt: skip
def test_the_files_service_says_which_field_names_the_file(su, demo_dsn, email, table, column,
                                                           where, words):  # fmt: skip
    from sqlalchemy.orm import Session

    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.services import documents

    named = _named_file(su, table, column, where)
    parts = urlsplit(demo_dsn)
    netloc = f"{quote(email, safe='')}:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
    engine = make_engine(parts._replace(netloc=netloc).geturl())
    try:
        with Session(engine) as session:
            with pytest.raises(DicelError) as refused:
                documents.remove(session, named.document)
            session.rollback()
    finally:
        engine.dispose()
    assert refused.value.message == words.format(file=named.file_name)
