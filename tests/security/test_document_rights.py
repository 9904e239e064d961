"""Documents have the rights of their record: logged in as real people, with psql's reach.

Every person's pending leave request has a document (``rows["documents"]``, attached by
the setup). ``boss`` supervises ``employee``; ``peer`` sees only their own.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator

import psycopg
import pytest
import sqlalchemy as sa
from helpers import to_url
from security_world import RLS_TABLES, World, attempt
from sqlalchemy.orm import Session

from dicel_desktop.db.engine import make_engine
from dicel_desktop.domain.errors import Conflict, NotAllowed, NotFound
from dicel_desktop.services import documents

LOGINS = ("employee", "boss", "peer", "hr", "admin", "finance", "it", "compliance", "sales")

_ATTACH = (
    "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
    " VALUES (%s, %s, %s, 'application/pdf', %s) RETURNING id, uploaded_by, sha256"
)


def _content() -> bytes:
    return b"%PDF-1.4 " + uuid.uuid4().bytes


def _visible_documents(world: World, who: str) -> set[uuid.UUID]:
    out = attempt(world.connect(who), "SELECT id FROM documents")
    assert out.ok, out.message
    return {row[0] for row in out.rows}


def _leave_document(world: World, key: str) -> uuid.UUID:
    return world.people[key].rows["documents"]


@pytest.fixture
def session_of(world: World) -> Iterator:
    """``session_of("finance")``: a SQLAlchemy Session logged in as that person."""
    engines = []

    def make(key: str) -> Session:
        engine = make_engine(to_url(world.dsn(key)), pool_pre_ping=False)
        engines.append(engine)
        return Session(engine)

    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def expense_document(world: World) -> Iterator[tuple[uuid.UUID, uuid.UUID]]:
    """(expense id, document id): a receipt on the one expense of the setup."""
    su = world.connect_superuser()
    expense = su.execute("SELECT id FROM expenses LIMIT 1").fetchone()[0]
    document = su.execute(_ATTACH, ("expenses", expense, "receipt.pdf", _content())).fetchone()[0]
    yield expense, document
    su.execute("DELETE FROM documents WHERE id = %s", (document,))


# --------------------------------------------------------------------------- seeing


def test_a_document_is_seen_exactly_by_those_who_see_its_record(world: World):
    documents_of = {p.rows["leave_requests"]: p.rows["documents"] for p in world.people.values()}
    for who in LOGINS:
        leave = attempt(world.connect(who), "SELECT id FROM leave_requests")
        expected = {documents_of[row[0]] for row in leave.rows}
        assert expected, who
        assert _visible_documents(world, who) & set(documents_of.values()) == expected, who


@pytest.mark.parametrize("table", RLS_TABLES)
def test_the_definer_function_sees_exactly_what_the_caller_sees(world: World, table: str):
    everything = [
        row[0] for row in world.connect_superuser().execute(f"SELECT id FROM {table}").fetchall()
    ]
    partial = 0
    for who in LOGINS:
        conn = world.connect(who)
        own_view = {row[0] for row in attempt(conn, f"SELECT id FROM {table}").rows}
        partial += 0 < len(own_view) < len(everything)
        judged = attempt(
            conn,
            "SELECT r.id FROM unnest(%s::uuid[]) AS r(id)"
            " WHERE public.dicel_can_see_record(%s, r.id)",
            (everything, table),
        )
        assert judged.ok, judged.message
        assert {row[0] for row in judged.rows} == own_view, (who, table)
    assert partial, "someone sees some rows but not all"


def test_a_table_one_cannot_read_shows_no_record(world: World, expense_document):
    expense, _document = expense_document
    conn = world.connect("sales")
    out = attempt(conn, "SELECT public.dicel_can_see_record('expenses', %s)", (expense,))
    assert out.rows == ((False,),)
    for table in ("audit_logs", "documents", "no_such_table", "alembic_version"):
        out = attempt(conn, "SELECT public.dicel_can_see_record(%s, %s)", (table, expense))
        assert out.ok and out.rows == ((False,),), table


# --------------------------------------------------------------------------- changing


@pytest.mark.parametrize(
    ("who", "whose", "may_change"),
    [
        ("employee", "employee", True),  # their own pending request
        ("boss", "employee", False),  # a supervisor reads a report's request, no more
        ("hr", "employee", True),
        ("admin", "peer", True),
        ("peer", "hr", False),  # not even visible
        ("compliance", "employee", False),  # reads leave for audits, read-only
    ],
)
def test_changing_a_record_follows_its_update_policies(world, who, whose, may_change):
    leave = world.people[whose].rows["leave_requests"]
    out = attempt(
        world.connect(who), "SELECT public.dicel_can_change_record('leave_requests', %s)", (leave,)
    )
    assert out.rows == ((may_change,),)


def test_a_clerk_cannot_read_or_attach_to_another_departments_expense(
    world: World, expense_document
):
    expense, document = expense_document
    sales = world.connect("sales")
    assert document not in _visible_documents(world, "sales")
    out = attempt(sales, "SELECT content FROM documents WHERE id = %s", (document,))
    assert out.ok and out.rows == ()
    refused = attempt(sales, _ATTACH, ("expenses", expense, "forged.pdf", _content()))
    assert refused.denied, refused.message

    # Finance works expenses; compliance reads them for audits but changes nothing.
    assert document in _visible_documents(world, "finance")
    assert attempt(world.connect("finance"), _ATTACH, ("expenses", expense, "r.pdf", _content())).ok
    assert document in _visible_documents(world, "compliance")
    compliance = world.connect("compliance")
    assert attempt(compliance, _ATTACH, ("expenses", expense, "c.pdf", _content())).denied
    removed = attempt(compliance, "DELETE FROM documents WHERE id = %s", (document,))
    assert removed.ok and removed.rowcount == 0


def test_someone_elses_leave_document_is_invisible_and_untouchable(world: World):
    peer = world.connect("peer")
    theirs = _leave_document(world, "employee")
    assert theirs not in _visible_documents(world, "peer")
    for statement in (
        "UPDATE documents SET file_name = 'mine.pdf' WHERE id = %s",
        "DELETE FROM documents WHERE id = %s",
    ):
        out = attempt(peer, statement, (theirs,))
        assert out.ok and out.rowcount == 0, statement
    leave = world.people["employee"].rows["leave_requests"]
    assert attempt(peer, _ATTACH, ("leave_requests", leave, "x.pdf", _content())).denied


def test_a_supervisor_sees_a_reports_files_but_cannot_change_them(world: World):
    boss = world.connect("boss")
    report = _leave_document(world, "employee")
    assert report in _visible_documents(world, "boss")
    out = attempt(boss, "DELETE FROM documents WHERE id = %s", (report,))
    assert out.ok and out.rowcount == 0
    leave = world.people["employee"].rows["leave_requests"]
    assert attempt(boss, _ATTACH, ("leave_requests", leave, "y.pdf", _content())).denied


def test_the_uploader_and_the_hash_cannot_be_forged(world: World):
    me = world.people["employee"]
    conn = world.connect("employee")
    leave = me.rows["leave_requests"]
    content = _content()
    out = attempt(conn, _ATTACH, ("leave_requests", leave, "sick-note.pdf", content))
    assert out.ok, out.message
    ((_id, uploaded_by, sha256),) = out.rows
    assert uploaded_by == me.user_id
    assert sha256 == hashlib.sha256(content).hexdigest()

    forged_uploader = attempt(
        conn,
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content,"
        " uploaded_by) VALUES ('leave_requests', %s, 'a.pdf', 'application/pdf', %s, %s)",
        (leave, _content(), world.people["hr"].user_id),
    )
    assert forged_uploader.denied
    forged_hash = attempt(
        conn,
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content,"
        " sha256) VALUES ('leave_requests', %s, 'b.pdf', 'application/pdf', %s, %s)",
        (leave, _content(), hashlib.sha256(b"something else").hexdigest()),
    )
    assert not forged_hash.ok and forged_hash.sqlstate in ("42501", "428C9")
    mine = _leave_document(world, "employee")
    for column, value in (("uploaded_by", world.people["hr"].user_id), ("sha256", "0" * 64)):
        out = attempt(conn, f"UPDATE documents SET {column} = %s WHERE id = %s", (value, mine))
        assert not out.ok and out.sqlstate in ("42501", "428C9"), column
    # Moving a document to another record is not a change anyone may make.
    moved = attempt(conn, "UPDATE documents SET owner_id = %s WHERE id = %s", (leave, mine))
    assert moved.denied


def test_replacing_the_content_names_who_replaced_it(world: World):
    mine = _leave_document(world, "employee")
    hr = world.connect("hr")
    content = _content()
    out = attempt(
        hr,
        "UPDATE documents SET content = %s WHERE id = %s RETURNING uploaded_by, sha256",
        (content, mine),
    )
    assert out.ok and out.rows == (
        (world.people["hr"].user_id, hashlib.sha256(content).hexdigest()),
    )


def test_an_append_only_record_takes_files_from_those_who_add_such_records(world: World):
    su = world.connect_superuser()
    record = su.execute("SELECT id FROM recovery_documents LIMIT 1").fetchone()[0]
    recovery = world.connect("recovery")
    with recovery.transaction(force_rollback=True):
        document = recovery.execute(
            _ATTACH, ("recovery_documents", record, "demand-letter.pdf", _content())
        ).fetchone()[0]
        recovery.execute(
            "SELECT public.dicel_link_document('recovery_documents', %s, 'file_url', %s)",
            (record, document),
        )
        (url,) = recovery.execute(
            "SELECT file_url FROM recovery_documents WHERE id = %s", (record,)
        ).fetchone()
        assert documents.resolve(url) == document
        # Filed once: a saved case document is a fact, not a draft.
        with pytest.raises(psycopg.Error) as refused, recovery.transaction():
            recovery.execute(
                "SELECT public.dicel_link_document('recovery_documents', %s, 'file_url', %s)",
                (record, document),
            )
        assert refused.value.sqlstate == "DD005"
    assert attempt(
        world.connect("employee"), _ATTACH, ("recovery_documents", record, "z.pdf", _content())
    ).denied


def test_a_removed_applicant_takes_their_resume_along(world: World):
    hr = world.connect("hr")
    candidate = hr.execute(
        "INSERT INTO candidates (first_name, last_name, email) VALUES ('Ada', 'Uwase', %s)"
        " RETURNING id",
        (f"{uuid.uuid4().hex[:8]}@applicant.rw",),
    ).fetchone()[0]
    resume = hr.execute(_ATTACH, ("candidates", candidate, "cv.pdf", _content())).fetchone()[0]
    hr.execute("DELETE FROM candidates WHERE id = %s", (candidate,))
    left = world.connect_superuser().execute(
        "SELECT count(*) FROM documents WHERE id = %s", (resume,)
    )
    assert left.fetchone()[0] == 0


# --------------------------------------------------------------------------- limits, log


def test_the_size_limit_holds_for_psql_too(world: World):
    conn = world.connect("admin")
    assert attempt(conn, "SELECT dicel_document_max_bytes()").rows == ((25 * 1024 * 1024,),)
    leave = world.people["admin"].rows["leave_requests"]
    with pytest.raises(psycopg.Error) as refused, conn.transaction(force_rollback=True):
        conn.execute(
            "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
            " VALUES ('documents.max_size_mb', '0.001', 'number')"
        )
        conn.execute(_ATTACH, ("leave_requests", leave, "big.pdf", b"%PDF-" + bytes(2000)))
    assert refused.value.sqlstate == "DD001"


def test_the_audit_log_names_the_file_and_never_holds_its_content(world: World):
    conn = world.connect("admin")
    leave = world.people["admin"].rows["leave_requests"]
    with conn.transaction(force_rollback=True):
        document = conn.execute(_ATTACH, ("leave_requests", leave, "x.pdf", _content())).fetchone()
        conn.execute("UPDATE documents SET file_name = 'y.pdf' WHERE id = %s", (document[0],))
        rows = conn.execute(
            "SELECT action, user_id, old_values, new_values FROM audit_logs"
            " WHERE table_name = 'documents' AND record_id = %s ORDER BY created_at, action",
            (document[0],),
        ).fetchall()
    (insert, update) = rows
    assert insert[0] == "INSERT" and insert[1] == world.people["admin"].user_id
    assert set(insert[3]) == {
        "owner_table",
        "owner_id",
        "file_name",
        "media_type",
        "size_bytes",
        "sha256",
        "uploaded_by",
    }
    assert update[0] == "UPDATE"
    # What changed, and the owner at the time on both sides (migration 0084).
    owner = {"owner_table": "leave_requests", "owner_id": str(leave)}
    assert (update[2], update[3]) == (
        {**owner, "file_name": "x.pdf"},
        {**owner, "file_name": "y.pdf"},
    )


# --------------------------------------------------------------------------- the service


def test_the_service_says_why_in_words(world: World, session_of, expense_document):
    expense, document = expense_document
    with session_of("sales") as sales, pytest.raises(NotAllowed) as refused:
        documents.attach(sales, "expenses", expense, "x.pdf", None, _content())
    assert refused.value.code == "document_not_allowed"
    assert "expense" in refused.value.message
    with session_of("sales") as sales, pytest.raises(NotFound):
        documents.read_content(sales, document)

    with session_of("finance") as finance:
        assert documents.can_change_record(finance, "expenses", expense)
        content = documents.read_content(finance, expense_document[1])
        with pytest.raises(Conflict) as duplicate:
            documents.attach(finance, "expenses", expense, "again.pdf", None, content)
        assert duplicate.value.code == "document_already_attached"
        assert "“receipt.pdf”" in duplicate.value.message
        finance.rollback()


def test_the_service_attaches_and_links_as_a_real_user(world: World, session_of):
    me = world.people["hr"]
    with session_of("hr") as hr:
        candidate = hr.execute(
            sa.text(
                "INSERT INTO candidates (first_name, last_name, email)"
                " VALUES ('Eric', 'Habimana', :email) RETURNING id"
            ),
            {"email": f"{uuid.uuid4().hex[:8]}@applicant.rw"},
        ).scalar_one()
        info = documents.attach(
            hr, "candidates", candidate, "C:\\Users\\me\\cv.pdf", None, _content()
        )
        assert (info.file_name, info.media_type, info.uploaded_by) == (
            "cv.pdf",
            "application/pdf",
            me.user_id,
        )
        assert info.uploader == "Hr Tester"
        stamp = documents.link(hr, "candidates", candidate, "resume_url", info.id)
        assert stamp is not None
        url = hr.execute(
            sa.text("SELECT resume_url FROM candidates WHERE id = :id"), {"id": candidate}
        ).scalar_one()
        assert documents.resolve(url) == info.id
        hr.rollback()
