"""services.documents against a real PostgreSQL (as the migrating superuser; the rights of
real people are tests/security/test_documents.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import Conflict, InvalidInput, NotFound
from dicel_desktop.services import documents

PDF = b"%PDF-1.4\n" + b"receipt " * 100
PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)


@pytest.fixture
def session(db_engine):
    with Session(db_engine) as session:
        yield session


def _new(session: Session, table: str, **values) -> uuid.UUID:
    columns = ", ".join(values)
    params = ", ".join(f":{k}" for k in values)
    return session.execute(
        sa.text(f"INSERT INTO {table} ({columns}) VALUES ({params}) RETURNING id"), values
    ).scalar_one()


@pytest.fixture
def expense(session) -> uuid.UUID:
    return _new(
        session,
        "expenses",
        expense_category="Travel",
        amount=12000,
        vendor="RwandAir",
        expense_date=dt.date(2026, 3, 3),
    )


def _set_limit(session: Session, value: str) -> None:
    session.execute(
        sa.text(
            "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
            " VALUES ('documents.max_size_mb', :v, 'number')"
        ),
        {"v": value},
    )


def test_a_file_goes_in_and_comes_back_the_same(session, expense):
    info = documents.attach(session, "expenses", expense, "receipt.pdf", None, PDF)
    assert (info.file_name, info.media_type, info.size) == (
        "receipt.pdf",
        "application/pdf",
        len(PDF),
    )
    assert info.sha256 == hashlib.sha256(PDF).hexdigest()
    assert info.uploaded_by is None and info.uploader is None  # the superuser is no user
    assert documents.list_documents(session, "expenses", expense) == [info]
    assert documents.read_content(session, info.id) == PDF
    assert documents.list_documents(session, "expenses", uuid.uuid4()) == []


def test_the_same_file_twice_on_one_record_is_recognised(session, expense):
    documents.attach(session, "expenses", expense, "receipt.pdf", None, PDF)
    with pytest.raises(Conflict) as twice:
        documents.attach(session, "expenses", expense, "scan-of-receipt.pdf", None, PDF)
    assert twice.value.code == "document_already_attached"
    assert "“receipt.pdf”" in twice.value.message
    # On another record it is another document.
    other = _new(
        session, "expenses", expense_category="Fuel", amount=5000, expense_date=dt.date(2026, 3, 4)
    )
    documents.attach(session, "expenses", other, "receipt.pdf", None, PDF)


def test_the_database_refuses_the_same_file_even_if_the_client_does_not_look(
    session, expense, monkeypatch
):
    documents.attach(session, "expenses", expense, "receipt.pdf", None, PDF)
    monkeypatch.setattr(documents, "_same_file", lambda *args: None)
    with pytest.raises(Conflict) as twice:
        documents.attach(session, "expenses", expense, "again.pdf", None, PDF)
    assert twice.value.code == "document_already_attached_unseen"
    # The savepoint kept the transaction usable.
    assert len(documents.list_documents(session, "expenses", expense)) == 1


def test_the_size_limit_comes_from_the_settings_with_25_mb_by_default(session, expense):
    assert documents.max_document_bytes(session) == documents.DEFAULT_MAX_BYTES
    _set_limit(session, "0.001")  # 1,049 bytes
    with pytest.raises(InvalidInput) as too_big:
        documents.attach(session, "expenses", expense, "scan.pdf", None, b"%PDF-" + bytes(2000))
    assert too_big.value.code == "document_too_big"
    assert too_big.value.message.startswith("“scan.pdf” is 2 kB; ")
    assert "at most 1 kB" in too_big.value.message
    # A setting that is not a number cannot be stored (its type's CHECK, migration 0010);
    # without the setting, the default holds again.
    session.execute(sa.text("DELETE FROM system_settings WHERE setting_key LIKE 'doc%'"))
    assert documents.max_document_bytes(session) == documents.DEFAULT_MAX_BYTES


def test_the_database_enforces_the_limit_on_a_client_that_does_not_check(
    session, expense, monkeypatch
):
    _set_limit(session, "0.001")
    monkeypatch.setattr(documents, "max_document_bytes", lambda db: 10**9)
    with pytest.raises(InvalidInput) as too_big:
        documents.attach(session, "expenses", expense, "scan.pdf", None, b"%PDF-" + bytes(2000))
    assert too_big.value.code == "document_too_big"


def test_empty_files_and_unknown_owners_are_refused_in_words(session, expense):
    with pytest.raises(InvalidInput) as empty:
        documents.attach(session, "expenses", expense, "empty.pdf", None, b"")
    assert empty.value.code == "document_empty"
    for table in ("audit_logs", "documents", "nonsense"):
        with pytest.raises(InvalidInput) as unknown:
            documents.attach(session, table, expense, "x.pdf", None, PDF)
        assert unknown.value.code == "document_owner_unknown"


def test_replacing_needs_the_version_one_saw(session, expense):
    first = documents.attach(session, "expenses", expense, "receipt.pdf", None, PDF)
    second = documents.replace(
        session, first.id, "receipt-v2.png", None, b"\x89PNG\r\n\x1a\nnew", first.updated_at
    )
    assert (second.id, second.file_name, second.media_type) == (
        first.id,
        "receipt-v2.png",
        "image/png",
    )
    assert second.updated_at > first.updated_at
    assert second.sha256 != first.sha256
    assert documents.read_content(session, first.id) == b"\x89PNG\r\n\x1a\nnew"
    with pytest.raises(Conflict) as stale:
        documents.replace(session, first.id, "mine.pdf", None, PDF, first.updated_at)
    assert stale.value.code == "document_changed"
    assert "“receipt-v2.png” was replaced by DICEL at " in stale.value.message
    with pytest.raises(Conflict) as stale_remove:
        documents.remove(session, first.id, first.updated_at)
    assert stale_remove.value.code == "document_changed"


def test_replacing_with_a_file_already_attached_is_recognised(session, expense):
    a = documents.attach(session, "expenses", expense, "a.pdf", None, PDF)
    b = documents.attach(session, "expenses", expense, "b.pdf", None, PDF + b"b")
    with pytest.raises(Conflict) as twin:
        documents.replace(session, b.id, "b.pdf", None, PDF, b.updated_at)
    assert "“a.pdf”" in twin.value.message
    assert twin.value.params["document_id"] == a.id


def test_a_removed_document_is_gone(session, expense):
    info = documents.attach(session, "expenses", expense, "receipt.pdf", None, PDF)
    documents.remove(session, info.id, info.updated_at)
    assert documents.list_documents(session, "expenses", expense) == []
    with pytest.raises(NotFound):
        documents.read_content(session, info.id)
    with pytest.raises(NotFound):
        documents.remove(session, info.id)


def test_linking_files_a_document_of_the_record_in_its_column(session, expense):
    info = documents.attach(session, "expenses", expense, "receipt.pdf", None, PDF)
    before = session.execute(
        sa.text("SELECT updated_at FROM expenses WHERE id = :id"), {"id": expense}
    ).scalar_one()
    stamp = documents.link(session, "expenses", expense, "receipt_url", info.id)
    url, after = session.execute(
        sa.text("SELECT receipt_url, updated_at FROM expenses WHERE id = :id"), {"id": expense}
    ).one()
    assert url == f"dicel-document:{info.id}" and documents.resolve(url) == info.id
    assert stamp == after and after > before  # the form's version token moves on

    other = _new(
        session, "expenses", expense_category="Fuel", amount=5000, expense_date=dt.date(2026, 3, 4)
    )
    with pytest.raises(NotFound) as foreign:
        documents.link(session, "expenses", other, "receipt_url", info.id)
    assert foreign.value.code == "document_not_of_record"
    with pytest.raises(InvalidInput) as not_a_link:
        documents.link(session, "expenses", expense, "vendor", info.id)
    assert not_a_link.value.code == "document_not_a_link"

    assert documents.link(session, "expenses", expense, "receipt_url", None) is not None
    assert (
        session.execute(
            sa.text("SELECT receipt_url FROM expenses WHERE id = :id"), {"id": expense}
        ).scalar_one()
        is None
    )


def test_the_demo_links_every_file_column_to_a_document_of_its_own_record(demo_dsn):
    from dicel_desktop.db.engine import make_engine

    engine = make_engine(demo_dsn)
    try:
        with engine.connect() as conn:
            for table, column in sorted(documents.LINK_COLUMNS):
                rows = conn.execute(
                    sa.text(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL")
                ).all()
                if table == "users":  # no profile photos in the demo
                    assert rows == []
                    continue
                assert rows, f"no {table} has a file"
                owners = dict(
                    conn.execute(
                        sa.text("SELECT id, owner_id FROM documents WHERE owner_table = :t"),
                        {"t": table},
                    ).all()
                )
                for record, url in rows:
                    assert owners.get(documents.resolve(url)) == record, (table, url)
            # The files are real PDFs, stored with the hash of their content.
            content, sha256, uploader = conn.execute(
                sa.text(
                    "SELECT content, sha256, uploaded_by FROM documents"
                    " WHERE owner_table = 'expenses' LIMIT 1"
                )
            ).one()
    finally:
        engine.dispose()
    assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
    assert sha256 == hashlib.sha256(content).hexdigest()
    assert uploader is not None


def test_a_media_type_given_by_the_caller_is_kept_if_sound_and_found_otherwise(session, expense):
    given = documents.attach(session, "expenses", expense, "a.bin", "Application/PDF; x=1", PDF)
    assert given.media_type == "application/pdf"
    odd = documents.attach(session, "expenses", expense, "b.png", "not a type", PNG)
    assert odd.media_type == "image/png"
