"""Files attached to records: attach, list, read, replace, remove, and link. No Qt here.

A document belongs to one record (``owner_table``, ``owner_id``) and has that record's
rights, enforced by PostgreSQL (migration 0008): a person sees the documents of the
records they may read, and attaches, replaces or removes those of the records they may
change. A person's records (``users``, ``employees``: everyone sees them) keep their
files for the person and for HR and admin (migration 0061, :func:`can_see_files`).
These functions check what they can first (size, emptiness, the same file already
attached), so that a person reads a clear sentence before a large upload is sent; the
database checks the same again and its refusals become the same sentences.

A ``*_url`` column of the seed (``expenses.receipt_url``...) holds a reference to one of
the record's documents, ``dicel-document:<uuid>`` (:func:`link`, :func:`resolve`).

Every function takes a Session or a Connection and leaves the commit to the caller.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from dicel_desktop.db.models.core import User
from dicel_desktop.db.models.documents import MEDIA_TYPE_PATTERN, Document
from dicel_desktop.domain.errors import Conflict, InvalidInput, NotAllowed, NotFound
from dicel_desktop.domain.tables import TABLES, in_sentence
from dicel_desktop.services.files import (
    OCTET_STREAM,
    clean_file_name,
    detect_media_type,
    human_size,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "LINK_COLUMNS",
    "LINK_PREFIX",
    "DocumentInfo",
    "Hold",
    "attach",
    "can_change_record",
    "can_see_files",
    "document_info",
    "is_link_column",
    "link",
    "link_value",
    "list_documents",
    "max_document_bytes",
    "read_content",
    "record_hold",
    "remove",
    "replace",
    "resolve",
]

log = logging.getLogger(__name__)

Db = Session | Connection

#: What a link column holds before the document's id (migration 0008 writes the same).
LINK_PREFIX = "dicel-document:"
#: The seed's columns that hold a reference to a document (the same as migration 0008's).
LINK_COLUMNS = frozenset(
    {
        ("users", "profile_image"),
        ("candidates", "resume_url"),
        ("expenses", "receipt_url"),
        ("training_enrollments", "certificate_url"),
        ("recovery_documents", "file_url"),
    }
)
#: The limit when the system setting ``documents.max_size_mb`` is absent.
DEFAULT_MAX_BYTES = 25 * 1024 * 1024
#: The record's state holds its files: final (DW406), decided (DL003), or in force and
#: changed through a review (DW414, a policy, migration 0079), or a part of a record
#: waiting for its decision (DW416, an order's line, a payslip, migration 0087), or the
#: file is what a field of the record names (DW450, an expense's receipt, migration 0108;
#: DW462, the other link fields, migration 0113).
#: Records that are their file (migration 0115): a case document holds one file, filed
#: through its link field (Attach…, then ``dicel_link_document``), never replaced (DW464)
#: and never joined by a second (DW465).
RECORD_IS_ITS_FILE = frozenset({"recovery_documents"})
_HELD = frozenset({"DW406", "DL003", "DW414", "DW416", "DW450", "DW462", "DW464", "DW465"})
#: The deferred checks that a removed file is not what a field of its record names
#: (migrations 0108 and 0113), by the record's table: asked at the DELETE itself by
#: :func:`remove`, so the refusal comes with the Remove, not at the commit.
_LINK_CHECKS = {
    table: "SET CONSTRAINTS public."
    + ("documents_receipt_stays" if table == "expenses" else "documents_linked_file_stays")
    + " IMMEDIATE"
    for table, _column in LINK_COLUMNS
}
#: The database's name for "the same file twice on one record".
_DUPLICATE = "uq_documents_owner_table_owner_id_sha256"
_NAME_LIMIT = Document.__table__.c.file_name.type.length
_MEDIA_TYPE_LIMIT = Document.__table__.c.media_type.type.length
_MEDIA_TYPE = re.compile(MEDIA_TYPE_PATTERN)


@dataclass(frozen=True)
class DocumentInfo:
    """One document, without its content."""

    id: uuid.UUID
    owner_table: str
    owner_id: uuid.UUID
    file_name: str
    media_type: str
    size: int
    #: Hex SHA-256 of the content, computed by the database.
    sha256: str
    uploaded_by: uuid.UUID | None
    #: "Jean Mugabo"; None when the database itself stored it (setup, a migration).
    uploader: str | None
    created_at: dt.datetime
    #: When the current content was uploaded; also the version token for replace/remove.
    updated_at: dt.datetime
    #: The content's first bytes (``HEAD_BYTES``): enough to tell a program from a
    #: document (services.files.open_refusal) before the whole file is read.
    head: bytes = b""


#: How much of a file's start ``DocumentInfo.head`` holds.
HEAD_BYTES = 16

_D = Document.__table__
_U = User.__table__
_INFO_COLUMNS = (
    _D.c.id,
    _D.c.owner_table,
    _D.c.owner_id,
    _D.c.file_name,
    _D.c.media_type,
    _D.c.size_bytes,
    _D.c.sha256,
    _D.c.uploaded_by,
    (_U.c.first_name + " " + _U.c.last_name).label("uploader"),
    _D.c.created_at,
    _D.c.updated_at,
    # PostgreSQL reads only the start of the value (a slice), not the whole file.
    sa.func.substring(_D.c.content, 1, HEAD_BYTES).label("head"),
)


def _info_query() -> sa.Select:
    # Everyone reads the names of users (public columns): no join is refused.
    return sa.select(*_INFO_COLUMNS).select_from(_D.outerjoin(_U, _U.c.id == _D.c.uploaded_by))


def _info(row) -> DocumentInfo:
    *described, head = row
    return DocumentInfo(*described, head=bytes(head or b""))


# --------------------------------------------------------------------------- reading


def max_document_bytes(db: Db) -> int:
    """The largest file the database accepts (system setting ``documents.max_size_mb``)."""
    return int(db.execute(sa.select(sa.func.dicel_document_max_bytes())).scalar_one())


def can_change_record(db: Db, owner_table: str, owner_id: uuid.UUID) -> bool:
    """Whether the session user may attach, replace and remove the record's files."""
    return bool(
        db.execute(sa.select(sa.func.dicel_can_change_record(owner_table, owner_id))).scalar_one()
    )


def can_see_files(db: Db, owner_table: str, owner_id: uuid.UUID) -> bool:
    """Whether the session user may list and read the record's files (migration 0061):
    false for a person's record (``permissions.PERSON_TABLES``) that is neither their own
    nor HR's or admin's to read whole, as for a record they do not see."""
    return bool(
        db.execute(sa.select(sa.func.dicel_can_see_files(owner_table, owner_id))).scalar_one()
    )


@dataclass(frozen=True)
class Hold:
    """How a record's state holds its files (migration 0040, ``dicel_record_hold``)."""

    #: "final": nothing is added, replaced or removed; "locked": files may be added only;
    #: "review": a policy in force, whose files change through a review (migration 0079);
    #: "waiting": a part (an order's line, a payslip) of a record waiting for its
    #: decision, ``table`` and ``state`` the record's (migration 0087).
    kind: str
    #: The record whose state holds them (a case document's case).
    table: str
    state: str

    @property
    def adds(self) -> bool:
        return self.kind not in ("final", "review", "waiting")


def record_hold(db: Db, owner_table: str, owner_id: uuid.UUID) -> Hold | None:
    """How the record's state holds its files; None: they change with the record's rights."""
    found = db.execute(sa.select(sa.func.dicel_record_hold(owner_table, owner_id))).scalar_one()
    if not found:
        return None
    return Hold(str(found["hold"]), str(found["table"]), str(found.get("state") or ""))


def list_documents(db: Db, owner_table: str, owner_id: uuid.UUID) -> list[DocumentInfo]:
    """The record's documents the session user may see, oldest first."""
    rows = db.execute(
        _info_query()
        .where(_D.c.owner_table == owner_table, _D.c.owner_id == owner_id)
        .order_by(_D.c.created_at, _D.c.file_name, _D.c.id)
    )
    return [_info(row) for row in rows]


def document_info(db: Db, document_id: uuid.UUID) -> DocumentInfo:
    """One document's description; NotFound if it is gone or not visible."""
    row = db.execute(_info_query().where(_D.c.id == document_id)).one_or_none()
    if row is None:
        raise NotFound("document_not_found")
    return _info(row)


def read_content(db: Db, document_id: uuid.UUID) -> bytes:
    """The document's bytes; NotFound if it is gone or not visible."""
    content = db.execute(sa.select(_D.c.content).where(_D.c.id == document_id)).scalar()
    if content is None:
        raise NotFound("document_not_found")
    return bytes(content)


# --------------------------------------------------------------------------- writing


def _prepare(
    db: Db, file_name: str, media_type: str | None, content: bytes
) -> tuple[str, str, str]:
    """(name, media type, sha256) of a file about to be stored; refusals first."""
    name = clean_file_name(file_name, _NAME_LIMIT)
    if not content:
        raise InvalidInput("document_empty", file_name=name)
    limit = max_document_bytes(db)
    if len(content) > limit:
        raise InvalidInput(
            "document_too_big",
            file_name=name,
            size=human_size(len(content)),
            limit=human_size(limit),
        )
    kind = (media_type or "").split(";")[0].strip().lower()
    if kind == OCTET_STREAM or len(kind) > _MEDIA_TYPE_LIMIT or not _MEDIA_TYPE.match(kind):
        kind = detect_media_type(name, content)
    return name, kind, hashlib.sha256(content).hexdigest()


def _when(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y}"


def _already_attached(existing: DocumentInfo) -> Conflict:
    return Conflict(
        "document_already_attached",
        existing=existing.file_name,
        uploader=existing.uploader or "DICEL",
        date=_when(existing.updated_at),
        document_id=existing.id,
    )


def _same_file(
    db: Db, owner_table: str, owner_id: uuid.UUID, sha256: str, other_than: uuid.UUID | None
) -> DocumentInfo | None:
    query = _info_query().where(
        _D.c.owner_table == owner_table, _D.c.owner_id == owner_id, _D.c.sha256 == sha256
    )
    if other_than is not None:
        query = query.where(_D.c.id != other_than)
    row = db.execute(query).first()
    return None if row is None else _info(row)


def _record_words(owner_table: str) -> str:
    info = TABLES.get(owner_table)
    return in_sentence(info.record_title) if info else "record"


def _refusal(
    error: sa_exc.DBAPIError, db: Db, owner_table: str, file_name: str = "", size: int = 0
):
    """The sentence for a refusal of the database; None for anything unexpected."""
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate == "42501":
        return NotAllowed("document_not_allowed", record=_record_words(owner_table))
    if sqlstate == "DD001":
        # The limit was lowered while the file was on its way (the savepoint rolled back,
        # so the transaction can still read the new one).
        return InvalidInput(
            "document_too_big",
            file_name=file_name,
            size=human_size(size),
            limit=human_size(max_document_bytes(db)),
        )
    if sqlstate == "DD002":
        return InvalidInput("document_owner_unknown", table=owner_table)
    if sqlstate == "DD006":
        # An empty file (migration 0115): the database's refusal of what _prepare refuses.
        return InvalidInput("document_empty", file_name=file_name)
    if sqlstate in _HELD:
        # The record's state holds its files (migration 0040): its own words.
        from dicel_desktop.services.db_errors import explain

        return explain(error, table=owner_table)
    return None


@dataclass(frozen=True)
class _Upload:
    """A file on its way into a record, as far as refusals need to name it."""

    owner_table: str
    owner_id: uuid.UUID
    file_name: str
    sha256: str
    size: int


def _store(db: Db, statement, new: _Upload, replacing: uuid.UUID | None) -> uuid.UUID | None:
    """Run the INSERT or UPDATE of a file's content; the id it returns (None: no row).

    The same file already on the record is refused before anything is sent; the
    database's own refusals (someone attached it a moment ago, no right, over the limit)
    become the same sentences.
    """
    twin = _same_file(db, new.owner_table, new.owner_id, new.sha256, replacing)
    if twin is not None:
        raise _already_attached(twin)
    try:
        # A savepoint, so that after a refusal the transaction can still look up why.
        with db.begin_nested():
            return db.execute(statement).scalar_one_or_none()
    except sa_exc.IntegrityError as error:
        if _DUPLICATE not in str(error.orig):
            raise
        twin = _same_file(db, new.owner_table, new.owner_id, new.sha256, replacing)
        if twin is None:
            raise Conflict("document_already_attached_unseen") from error
        raise _already_attached(twin) from error
    except sa_exc.DBAPIError as error:
        refusal = _refusal(error, db, new.owner_table, new.file_name, new.size)
        if refusal is None:
            raise
        log.info("storing a file of %s %s refused: %s", new.owner_table, new.owner_id, error.orig)
        raise refusal from error


def attach(
    db: Db,
    owner_table: str,
    owner_id: uuid.UUID,
    file_name: str,
    media_type: str | None,
    content: bytes,
) -> DocumentInfo:
    """Attach a file to a record. ``media_type`` None (or the generic
    ``application/octet-stream``): found from the name and the content.

    Refusals: ``document_too_big``, ``document_empty``, ``document_name_missing``
    (InvalidInput); ``document_already_attached`` (Conflict, naming the file already
    there, who attached it and when); ``document_not_allowed`` (NotAllowed).
    """
    name, kind, sha256 = _prepare(db, file_name, media_type, content)
    new = _Upload(owner_table, owner_id, name, sha256, len(content))
    values = dict(owner_table=owner_table, owner_id=owner_id, file_name=name, media_type=kind)
    statement = sa.insert(_D).values(**values, content=content).returning(_D.c.id)
    return document_info(db, _store(db, statement, new, None))


def _why_unchanged(
    db: Db, document_id: uuid.UUID, expected_updated_at: dt.datetime | None
) -> Exception:
    """Why an UPDATE or DELETE of a document touched no row."""
    try:
        current = document_info(db, document_id)
    except NotFound as gone:
        return gone
    if expected_updated_at is not None and current.updated_at != expected_updated_at:
        local = current.updated_at.astimezone()
        return Conflict(
            "document_changed",
            file_name=current.file_name,
            uploader=current.uploader or "DICEL",
            time=f"{local:%H:%M} on {_when(current.updated_at)}",
        )
    return NotAllowed("document_not_allowed", record=_record_words(current.owner_table))


def replace(
    db: Db,
    document_id: uuid.UUID,
    file_name: str,
    media_type: str | None,
    content: bytes,
    expected_updated_at: dt.datetime,
) -> DocumentInfo:
    """Put new content (and its name) in place of a document's, if nobody replaced it
    since ``expected_updated_at`` (its version token): otherwise ``document_changed``."""
    name, kind, sha256 = _prepare(db, file_name, media_type, content)
    current = document_info(db, document_id)
    new = _Upload(current.owner_table, current.owner_id, name, sha256, len(content))
    statement = (
        sa.update(_D)
        .where(_D.c.id == document_id, _D.c.updated_at == expected_updated_at)
        .values(file_name=name, media_type=kind, content=content)
        .returning(_D.c.id)
    )
    if _store(db, statement, new, document_id) is None:
        raise _why_unchanged(db, document_id, expected_updated_at)
    return document_info(db, document_id)


def remove(db: Db, document_id: uuid.UUID, expected_updated_at: dt.datetime | None = None) -> None:
    """Remove a document from its record (if given, only the version the person saw)."""
    current = document_info(db, document_id)
    statement = sa.delete(_D).where(_D.c.id == document_id)
    if expected_updated_at is not None:
        statement = statement.where(_D.c.updated_at == expected_updated_at)
    try:
        with db.begin_nested():
            if current.owner_table in _LINK_CHECKS:
                db.execute(sa.text(_LINK_CHECKS[current.owner_table]))
            count = db.execute(statement).rowcount
    except sa_exc.DBAPIError as error:
        refusal = _refusal(error, db, current.owner_table)
        if refusal is None:
            raise
        raise refusal from error
    if count == 0:
        raise _why_unchanged(db, document_id, expected_updated_at)


# --------------------------------------------------------------------------- links


def is_link_column(table: str, column: str) -> bool:
    """Whether ``table.column`` holds a reference to a document."""
    return (table, column) in LINK_COLUMNS


def link_value(document_id: uuid.UUID) -> str:
    """What a link column holds for a document."""
    return f"{LINK_PREFIX}{document_id}"


def resolve(url: str | None) -> uuid.UUID | None:
    """The document a link column's value refers to; None for anything else (empty, an
    old external address)."""
    if not url or not url.startswith(LINK_PREFIX):
        return None
    try:
        return uuid.UUID(url.removeprefix(LINK_PREFIX))
    except ValueError:
        return None


_LINK_REFUSALS = {
    "DD003": lambda table, column: InvalidInput("document_not_a_link", table=table, column=column),
    "DD004": lambda table, column: NotFound("document_not_of_record"),
    "DD005": lambda table, column: Conflict("document_link_filed", record=_record_words(table)),
}


def link(
    db: Db,
    table: str,
    record_id: uuid.UUID,
    column: str,
    document_id: uuid.UUID | None,
) -> dt.datetime | None:
    """File one of the record's documents in its link column (None: empty it).

    Runs ``dicel_link_document`` (migration 0008), which needs the right to change the
    record and that column, and which also fills the column of an append-only record
    (``recovery_documents.file_url``) once. Returns the record's new ``updated_at``
    (None for an append-only record).
    """
    if not is_link_column(table, column):
        raise InvalidInput("document_not_a_link", table=table, column=column)
    statement = sa.select(sa.func.dicel_link_document(table, record_id, column, document_id))
    try:
        with db.begin_nested():
            return db.execute(statement).scalar_one()
    except sa_exc.DBAPIError as error:
        sqlstate = getattr(error.orig, "sqlstate", None)
        if sqlstate == "42501":
            raise NotAllowed("document_not_allowed", record=_record_words(table)) from error
        if sqlstate in _LINK_REFUSALS:
            raise _LINK_REFUSALS[sqlstate](table, column) from error
        raise
