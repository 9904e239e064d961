"""Facts about a file a person attaches: its kind (from its name and first bytes), the
name to store, and its size in words. No Qt here.

The preview picks its viewer from the media type, so it must say what the bytes are, not
what the name claims: a phone photo saved as ``receipt.pdf`` is a JPEG, and a scanner's
``scan0001`` has no extension at all. So the content's signature (magic bytes) decides
for the common types; the name decides between the formats that share one container
(a .docx and a .xlsx are both ZIP files) and for everything without a signature.

Names are looked up in Python's built-in table only (a private ``MimeTypes``), not in
the machine's (``/etc/mime.types``, the Windows registry), which the module-level
``mimetypes`` functions also read: two desktops would otherwise store different types
for the same file.
"""

from __future__ import annotations

import mimetypes
import re

from dicel_desktop.domain.errors import InvalidInput

__all__ = ["OCTET_STREAM", "clean_file_name", "detect_media_type", "human_size"]

OCTET_STREAM = "application/octet-stream"

#: (signature, media type): the first bytes that identify a format.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\x1f\x8b", "application/gzip"),
)
_ZIP = b"PK\x03\x04"
#: Formats stored as a ZIP file: the name tells which one it is.
_ZIP_BASED = frozenset(
    {
        "application/zip",
        "application/epub+zip",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
    }
)
#: Office formats missing from Python's table (3.11).
_EXTRA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".epub": "application/epub+zip",
    ".msg": "application/vnd.ms-outlook",
}
#: A compressed file named ``x.csv.gz`` is a gzip file, not a CSV.
_COMPRESSION_TYPES = {
    "gzip": "application/gzip",
    "bzip2": "application/x-bzip2",
    "xz": "application/x-xz",
    "br": "application/x-brotli",
    "compress": "application/x-compress",
}
#: What the database accepts (ck_documents_media_type_shape).
_SHAPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")

_names = mimetypes.MimeTypes()
for _extension, _type in _EXTRA_TYPES.items():
    _names.add_type(_type, _extension, strict=False)


def _by_name(file_name: str) -> str | None:
    media_type, encoding = _names.guess_type(file_name, strict=False)
    if encoding:
        return _COMPRESSION_TYPES.get(encoding, OCTET_STREAM)
    return media_type


def _by_signature(head: bytes) -> str | None:
    for signature, media_type in _SIGNATURES:
        if head.startswith(signature):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3 and error.reason == "unexpected end of data"
    return True


def detect_media_type(file_name: str, content: bytes) -> str:
    """The media type of a file (``image/jpeg``), from its content first, then its name."""
    head = bytes(content[:4096])
    found = _by_signature(head)
    if found is None and head.startswith(_ZIP):
        named = _by_name(file_name)
        found = named if named in _ZIP_BASED else "application/zip"
    if found is None:
        found = _by_name(file_name)
    if found is None:
        found = "text/plain" if head and _looks_like_text(head) else OCTET_STREAM
    found = found.lower()
    return found if _SHAPE.match(found) else OCTET_STREAM


_PATH_SEPARATORS = re.compile(r"[\\/]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


#: Characters Windows refuses in a file name (control characters too).
_UNSAFE_ON_WINDOWS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
#: Device names Windows keeps for itself, whatever the extension ("con.pdf").
_RESERVED_ON_WINDOWS = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10))}
)


def safe_file_name(name: str, fallback: str = "document") -> str:
    """``name`` as a file name every desktop accepts, to offer where a file is saved or
    copied: the characters Windows refuses become "_" ("Fraud: petty cash" ->
    "Fraud_ petty cash", "A/B Trading" -> "A_B Trading"), without trailing dots or
    spaces, and not a device name; ``fallback`` when nothing is left."""
    cleaned = _UNSAFE_ON_WINDOWS.sub("_", name).strip(" .")
    if cleaned.split(".")[0].upper() in _RESERVED_ON_WINDOWS:
        cleaned = "_" + cleaned
    return cleaned or fallback


def clean_file_name(file_name: str, limit: int = 255) -> str:
    """The name to store: no folders (a Windows path too), no control characters, at
    most ``limit`` characters with the extension kept."""
    name = _PATH_SEPARATORS.split(file_name)[-1]
    name = _CONTROL.sub("", name).strip()
    if not name:
        raise InvalidInput("document_name_missing")
    if len(name) > limit:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 16:
            name = stem[: limit - len(extension) - 1] + "." + extension
        else:
            name = name[:limit]
    return name


def human_size(size: int) -> str:
    """A size in the words of the size limit ("812 kB", "31.2 MB"; MB of 1,048,576 bytes)."""
    if size < 1024:
        return f"{size} bytes"
    for unit in ("kB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            text = f"{size:.1f}".removesuffix(".0") if size < 100 else f"{size:.0f}"
            return f"{text} {unit}"
    raise AssertionError("unreachable")
