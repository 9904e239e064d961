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
import unicodedata

from dicel_desktop.domain.errors import InvalidInput, NotAllowed

__all__ = [
    "OCTET_STREAM",
    "RUNS_AS_PROGRAM",
    "OpenRefused",
    "clean_file_name",
    "detect_media_type",
    "human_size",
    "open_refusal",
    "runs_as_program",
    "safe_file_name",
    "without_hidden_characters",
]

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
#: Control (Cc) and formatting (Cf: bidirectional overrides, zero-width characters, the
#: byte order mark ...) characters, line and paragraph separators: invisible in a name,
#: or able to show it as another ("Sick note \u202efdp.exe" reads "Sick note exe.pdf").
#: The database refuses them in a stored name (migration 0043, DW501).
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def without_hidden_characters(text: str) -> str:
    """``text`` without its control, formatting and separator characters."""
    return "".join(c for c in text if unicodedata.category(c) not in _HIDDEN_CATEGORIES)


#: Characters Windows refuses in a file name (control characters too).
_UNSAFE_ON_WINDOWS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
#: Device names Windows keeps for itself, whatever the extension ("con.pdf").
_RESERVED_ON_WINDOWS = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10))}
)


def safe_file_name(name: str, fallback: str = "document") -> str:
    """``name`` as a file name every desktop accepts, to offer where a file is saved or
    copied: without invisible characters (a right-to-left override would show
    "x\u202efdp.exe" as "xexe.pdf"), the characters Windows refuses become "_" ("Fraud:
    petty cash" -> "Fraud_ petty cash", "A/B Trading" -> "A_B Trading"), without trailing
    dots or spaces, and not a device name; ``fallback`` when nothing is left."""
    cleaned = _UNSAFE_ON_WINDOWS.sub("_", without_hidden_characters(name)).strip(" .")
    if cleaned.split(".")[0].upper() in _RESERVED_ON_WINDOWS:
        cleaned = "_" + cleaned
    return cleaned or fallback


def clean_file_name(file_name: str, limit: int = 255) -> str:
    """The name to store: no folders (a Windows path too), no control or other invisible
    characters (the database refuses them), at most ``limit`` characters with the
    extension kept."""
    name = _PATH_SEPARATORS.split(file_name)[-1]
    name = without_hidden_characters(name).strip()
    if not name:
        raise InvalidInput("document_name_missing")
    if len(name) > limit:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 16:
            name = stem[: limit - len(extension) - 1] + "." + extension
        else:
            name = name[:limit]
    return name


# --------------------------------------------------------------------------- opening

#: Extensions of files a desktop runs rather than shows, when asked to open them (lower
#: case): Windows' programs, installers, scripts, shortcuts and their kin, Linux's
#: launchers and scripts, and scripts of languages an office PC may have installed.
_WINDOWS_PROGRAMS = (
    ".exe .com .bat .cmd .scr .pif .msi .msp .mst .cpl .jar .js .jse .vbs .vbe .vb .wsf"
    " .wsh .wsc .ws .ps1 .psm1 .psd1 .ps1xml .ps2 .ps2xml .psc1 .psc2 .hta .lnk .url"
    " .scf .sct .reg .inf .ins .isp .application .appref-ms .gadget .msc .msh .msh1"
    " .msh2 .mshxml .msh1xml .msh2xml .chm .hlp .xbap .jnlp .settingcontent-ms"
    " .library-ms .appx .appxbundle .msix .msixbundle .py .pyw .pyz .pyzw .pyc .pl .rb"
)
_LINUX_PROGRAMS = ".desktop .sh .bash .zsh .csh .ksh .run .bin .appimage .command .app .elf .out"
RUNS_AS_PROGRAM = frozenset(f"{_WINDOWS_PROGRAMS} {_LINUX_PROGRAMS}".split())
#: First bytes of a program: Windows (MZ), Linux (ELF), a script with its interpreter.
_PROGRAM_SIGNATURES = (b"MZ", b"\x7fELF", b"#!")


class OpenRefused(NotAllowed):
    """A document the client will not hand to the desktop to open; saving it is fine."""


def runs_as_program(file_name: str) -> bool:
    """Whether a desktop asked to open a file of this name would run it (by its
    extension, as Windows chooses, whatever the case and trailing dots or spaces)."""
    name = safe_file_name(file_name).lower()
    return any(name.endswith(extension) for extension in RUNS_AS_PROGRAM)


def _extension(file_name: str) -> str:
    stem, dot, extension = file_name.rpartition(".")
    return f".{extension.lower()}" if dot and stem else ""


def open_refusal(file_name: str, media_type: str, content: bytes = b"") -> OpenRefused | None:
    """Why a stored document must not be opened with the desktop's own program, or None.

    Refused: a name the desktop would run (:data:`RUNS_AS_PROGRAM`), content that is a
    program (its first bytes), and a name whose extension says another type than the one
    stored (the desktop picks the program by the name, the database's type said what it
    is: a "receipt.pdf" stored as a program or a JPEG). Saving it stays possible."""
    name = safe_file_name(file_name)
    extension = _extension(name)
    if runs_as_program(name):
        return OpenRefused("document_not_opened_program", name=name, extension=extension)
    if bytes(content[:4]).startswith(_PROGRAM_SIGNATURES):
        return OpenRefused("document_not_opened_content", name=name)
    named = _by_name(name)
    stored = (media_type or "").split(";")[0].strip().lower()
    if named is not None and named.lower() != stored:
        return OpenRefused(
            "document_not_opened_mismatch", name=name, named=extension, stored=stored or "?"
        )
    return None


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
