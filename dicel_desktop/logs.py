"""The log file of both programs, and what must never reach it.

Each program writes ``dicel-desktop.log`` / ``dicel-admin.log`` in the user's log folder
(``~/.local/state/dicel-desktop/log`` on Linux, ``%LOCALAPPDATA%\\dicel-desktop\\Logs``
on Windows; ``$DICEL_LOG_DIR`` overrides it), rotated at 2 MB with five old files kept,
so IT finds the details of what a person saw as a sentence. ``--debug`` lowers the level
from INFO to DEBUG (SQL statements included).

Passwords and verifiers never reach a log line: every handler carries
:class:`RedactSecrets`, which rewrites the message and the traceback before they are
formatted. It knows the shapes secrets take (a URL's password, ``password=...`` pairs,
``'password': ...`` in a repr, ``PASSWORD '...'`` in SQL, SCRAM and MD5 verifiers), and
the exact values this process was given (:func:`mask_secret`), which catches them in
shapes nobody foresaw (a positional SQL parameter, a keyring error).

No Qt here: the CLI logs through it too.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
from pathlib import Path

__all__ = [
    "LOG_BACKUPS",
    "LOG_MAX_BYTES",
    "RedactSecrets",
    "close_log",
    "current_log_file",
    "log_file",
    "log_folder",
    "mask_secret",
    "redact",
    "setup_logging",
]

APP_DIR_NAME = "dicel-desktop"  # as config.py names the config folders
#: A log file is rotated past this size; LOG_BACKUPS old ones are kept (12 MB at most).
LOG_MAX_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5
_FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"
MASK = "***"
#: Values shorter than this are not masked by value: "a" would blank every word.
_MIN_SECRET_LENGTH = 4

_KEY = r"[\w-]*(?:password|passwd|pwd|secret|verifier|token)[\w-]*"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # scheme://user:PASSWORD@host (libpq and SQLAlchemy URLs)
    (re.compile(r"(\b[a-z][\w+.-]*://[^\s:/@]*:)[^\s@]*@", re.IGNORECASE), rf"\1{MASK}@"),
    # SCRAM-SHA-256$4096:salt$StoredKey:ServerKey, and md5 + 32 hex digits
    (re.compile(r"SCRAM-SHA-256\$[^\s'\"]+", re.IGNORECASE), f"SCRAM-SHA-256${MASK}"),
    (re.compile(r"\bmd5[0-9a-f]{32}\b"), f"md5{MASK}"),
    # 'password': 'x' / "new_password": b'x' in reprs of dicts (SQL parameters)
    (
        re.compile(
            rf"""(['"]{_KEY}['"]\s*:\s*)(?:[a-z]?'(?:[^'\\]|\\.)*'|[a-z]?"(?:[^"\\]|\\.)*"|[^\s,}}]+)""",
            re.IGNORECASE,
        ),
        rf"\1'{MASK}'",
    ),
    # password=x, password='x y' (libpq key=value, URL queries, keyword arguments)
    (
        re.compile(
            rf"""(\b{_KEY}\s*=\s*)(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s&,;)]+)""",
            re.IGNORECASE,
        ),
        rf"\1{MASK}",
    ),
    # ALTER ROLE ... PASSWORD 'x' / ENCRYPTED PASSWORD 'x'
    (re.compile(r"(\bPASSWORD\s+)'(?:[^']|'')*'", re.IGNORECASE), rf"\1'{MASK}'"),
)

_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def mask_secret(secret: str | None) -> None:
    """Mask ``secret`` wherever it would appear in a log line from now on.

    Called with every password this process is given (typed, read from stdin or the
    keyring): the shapes in _PATTERNS miss a password passed as a positional parameter.
    The values stay in this process's memory only, as the password itself does.
    """
    if secret and len(secret) >= _MIN_SECRET_LENGTH:
        with _secrets_lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    """``text`` with every password and verifier in it replaced by ***."""
    if not text:
        return text
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)  # a longer one may hold a shorter
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactSecrets(logging.Filter):
    """Rewrites a record's message, traceback and stack before any handler formats them.

    On the handler (a filter on a logger sees only that logger's own records, not its
    children's). The record is changed in place: every handler then writes the masked one.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_dicel_redacted", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad %-format: logging reports it itself; leave the record
            return True
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._dicel_redacted = True
        return True


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time (pytest swaps it per test)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


class _SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotates like its base, and goes on writing when the rotation fails.

    Windows cannot rename a file another process has open: with two DICEL programs on
    one log (the demo and a site login, or two windows), the rotation at the limit
    failed, and then failed again at every record, each one lost. Here a failed
    rotation is noted once, the records go on into the current file, and the rotation
    is tried again once it has grown by another tenth of the limit."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._retry_at = 0

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if self._retry_at and self.stream is not None and self.stream.tell() < self._retry_at:
            return False
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:
        try:
            super().doRollover()
            self._retry_at = 0
        except OSError as exc:
            if self.stream is None:
                self.stream = self._open()  # the same file, appended to
            self.stream.seek(0, os.SEEK_END)
            first = not self._retry_at
            self._retry_at = self.stream.tell() + max(1, self.maxBytes // 10)
            if first:
                self.stream.write(
                    f"(log rotation put off: {exc.strerror or exc}; another program may"
                    " have this file open)\n"
                )


def log_folder() -> Path:
    override = os.environ.get("DICEL_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_path

    return user_log_path(APP_DIR_NAME, appauthor=False)


def log_file(program: str = "dicel-desktop") -> Path:
    """The log file ``program`` writes (``dicel-desktop`` or ``dicel-admin``)."""
    return log_folder() / f"{program}.log"


#: The file setup_logging opened, for the crash dialog; None before (or if it could not).
_current_file: Path | None = None


def current_log_file() -> Path | None:
    return _current_file


#: The levels setup_logging changed, as they were before its first call.
_levels_before: dict[str, int] | None = None
_LEVELLED = ("", "sqlalchemy.engine")


def close_log() -> None:
    """Take setup_logging's handlers off the root logger, close the file and give the
    loggers back the levels they had (in one process, as tests run, a --debug run must
    not leave SQL statements logged for what follows)."""
    global _current_file, _levels_before
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_dicel_handler", False)]:
        root.removeHandler(handler)
        handler.close()
    if _levels_before is not None:
        for name, level in _levels_before.items():
            logging.getLogger(name).setLevel(level)
        _levels_before = None
    _current_file = None


def setup_logging(
    program: str, *, debug: bool = False, stderr_level: int = logging.WARNING
) -> Path | None:
    """Send the program's log to its rotating file (and warnings on to stderr).

    Returns the log file, or None if it could not be opened (a read-only home folder):
    the program then runs on, logging to stderr only, and says so there once.
    Replaces the handlers a previous call installed (tests, a second main()).
    """
    global _current_file, _levels_before
    level = logging.DEBUG if debug else logging.INFO
    close_log()  # the levels as they were before any call of ours, then saved again
    _levels_before = {name: logging.getLogger(name).level for name in _LEVELLED}
    root = logging.getLogger()
    root.setLevel(level)
    redactor = RedactSecrets()
    formatter = logging.Formatter(_FORMAT)

    path: Path | None = log_file(program)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = _SharedRotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=False
        )
    except OSError as exc:
        file_handler = None
        problem = f"{program}: no log file ({path}: {exc.strerror or exc}); logging to stderr only"
        path = None
    if file_handler is not None:
        file_handler.setLevel(level)
        file_handler.addFilter(redactor)
        file_handler.setFormatter(formatter)
        file_handler._dicel_handler = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)

    if sys.stderr is not None:  # None under pythonw (the Windows GUI launcher)
        stream = _StderrHandler()
        stream.setLevel(logging.DEBUG if debug else stderr_level)
        stream.addFilter(redactor)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream._dicel_handler = True  # type: ignore[attr-defined]
        root.addHandler(stream)
        if file_handler is None:
            print(problem, file=sys.stderr)

    # SQL statements (with their parameters, masked) only when debugging: at INFO they
    # would fill the 12 MB of logs in minutes of scrolling a big list.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO if debug else logging.WARNING)
    logging.captureWarnings(True)
    _current_file = path
    if path is not None:
        logging.getLogger(__name__).info("%s started; logging to %s", program, path)
    return path
