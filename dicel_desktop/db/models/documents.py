"""Files attached to records: resumes, receipts, certificates, case documents, photos.

Not a table of the seed. Attachments live in PostgreSQL so that they have exactly the
rights of the record they belong to (ARCHITECTURE 4b); a file share would bypass every
grant. Migration 0008 adds what a model cannot say: the row security that ties a
document to its record, the trigger that names the uploader and enforces the size
limit, and the audit trigger that logs a document without its content.
"""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, CheckConstraint, Computed, LargeBinary, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

from dicel_desktop.db.base import Base, Timestamps, UUIDPrimaryKey, reference

#: What ``media_type`` holds: a lower-case ``type/subtype`` (RFC 6838 characters).
MEDIA_TYPE_PATTERN = r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"


class Document(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "documents"
    __table_args__ = (
        # The same file attached twice to one record is the same document; the index
        # also serves "the documents of this record" (its leading columns).
        UniqueConstraint("owner_table", "owner_id", "sha256"),
        CheckConstraint("btrim(file_name) <> ''", name="file_name_not_empty"),
        CheckConstraint(f"media_type ~ '{MEDIA_TYPE_PATTERN}'", name="media_type_shape"),
    )

    #: The record it belongs to: a table of the schema and the id of one of its rows. No
    #: foreign key can point into any table; the row security and the insert trigger
    #: check both (migration 0008).
    owner_table: Mapped[str] = mapped_column(String(63))
    owner_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(255))
    #: Computed by PostgreSQL from the content: a client can neither forge nor omit them.
    size_bytes: Mapped[int] = mapped_column(
        BigInteger, Computed("octet_length(content)", persisted=True)
    )
    sha256: Mapped[str] = mapped_column(
        String(64), Computed("encode(sha256(content), 'hex'::text)", persisted=True)
    )
    #: Deferred: lists name their columns and never read the content.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    #: Who uploaded the current content: set by the server from the session user.
    uploaded_by: Mapped[uuid.UUID | None] = reference("users.id")
