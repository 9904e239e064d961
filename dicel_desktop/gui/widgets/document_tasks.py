"""The DB worker's tasks for documents: each takes the task's Session, runs on the
worker thread, and makes no Qt call (gui/worker.py). Reading and writing local files
happens here too, so a big file never holds up the GUI thread.
"""

from __future__ import annotations

import atexit
import os
import shutil
import stat
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import Conflict, NotFound
from dicel_desktop.services import documents
from dicel_desktop.services.documents import DocumentInfo
from dicel_desktop.services.files import open_refusal, safe_file_name

__all__ = [
    "LinkState",
    "attach_file",
    "attach_for_link",
    "content_of",
    "describe_link",
    "describe_record",
    "remove_document",
    "replace_file",
    "save_copy",
    "temp_copy",
]


def describe_record(
    session: Session, table: str, owner_id: UUID
) -> tuple[list[DocumentInfo], bool, int, documents.Hold | None, bool]:
    """The record's files, whether the person may change them, the size limit, how the
    record's state holds its files (a closed ticket's, a paid expense's), and whether
    the person may see its files at all (a colleague's HR record: no, migration 0061)."""
    return (
        documents.list_documents(session, table, owner_id),
        documents.can_change_record(session, table, owner_id),
        documents.max_document_bytes(session),
        documents.record_hold(session, table, owner_id),
        documents.can_see_files(session, table, owner_id),
    )


def attach_file(session: Session, table: str, owner_id: UUID, path: str) -> DocumentInfo:
    info = documents.attach(session, table, owner_id, Path(path).name, None, _read(path))
    session.commit()
    return info


@dataclass(frozen=True)
class LinkState:
    """What a document-link editor shows about its value and its record."""

    #: The linked document; None if the value links to none (or to one that is gone).
    info: DocumentInfo | None
    #: The value names a document that no longer exists (or is no longer visible).
    missing: bool
    #: The person may attach files to the record.
    can_change: bool
    max_bytes: int


def describe_link(
    session: Session, table: str, record_id: UUID | None, document_id: UUID | None
) -> LinkState:
    info, missing = None, False
    if document_id is not None:
        try:
            info = documents.document_info(session, document_id)
        except NotFound:
            missing = True
    can_change = record_id is not None and documents.can_change_record(session, table, record_id)
    return LinkState(info, missing, can_change, documents.max_document_bytes(session))


def attach_for_link(
    session: Session, table: str, record_id: UUID, path: str, column: str | None
) -> DocumentInfo:
    """Attach a file for a link column; a file already attached to the record is used
    as it is. With ``column`` (an append-only record, whose form can never save the
    column) the link is filed at once."""
    try:
        info = documents.attach(session, table, record_id, Path(path).name, None, _read(path))
    except Conflict as twice:
        if "document_id" not in twice.params:
            raise
        info = documents.document_info(session, twice.params["document_id"])
    if column is not None:
        documents.link(session, table, record_id, column, info.id)
    session.commit()
    return info


def replace_file(session: Session, current: DocumentInfo, path: str) -> DocumentInfo:
    info = documents.replace(
        session, current.id, Path(path).name, None, _read(path), current.updated_at
    )
    session.commit()
    return info


def remove_document(session: Session, current: DocumentInfo) -> None:
    documents.remove(session, current.id, current.updated_at)
    session.commit()


def content_of(session: Session, document_id: UUID) -> bytes:
    return documents.read_content(session, document_id)


def save_copy(session: Session, document_id: UUID, path: str) -> str:
    """Save a document where the person asked; returns the path."""
    Path(path).write_bytes(documents.read_content(session, document_id))
    return path


def temp_copy(session: Session, current: DocumentInfo) -> str:
    """A copy the desktop's program can open; returns its path. Raises
    :class:`~dicel_desktop.services.files.OpenRefused` for a file the desktop would run
    or open as something else than it is (nothing is written then)."""
    content = documents.read_content(session, current.id)
    refusal = open_refusal(current.file_name, current.media_type, content)
    if refusal is not None:
        raise refusal
    return _write_temp(current.file_name, content)


def _read(path: str) -> bytes:
    return Path(path).read_bytes()


_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_temp_lock = threading.Lock()
_temp_root: Path | None = None


def _write_temp(file_name: str, content: bytes) -> str:
    """Into a folder only this user may read (mkdtemp), removed when DICEL closes. Each
    copy has a subfolder of its own, so it keeps the file's real name (the program shows
    it) without clashing with another file of the same name."""
    global _temp_root
    with _temp_lock:
        if _temp_root is None:
            _temp_root = Path(tempfile.mkdtemp(prefix="dicel-documents-"))
            atexit.register(shutil.rmtree, _temp_root, ignore_errors=True)
        folder = Path(tempfile.mkdtemp(dir=_temp_root))
    path = folder / safe_file_name(file_name)
    # Read and write for this user only, never executable, whatever the umask says.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(content)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    return str(path)
