"""Why a connection was refused, as the server's SQLSTATE rather than its words.

A server that refuses a login sends an ErrorResponse with a SQLSTATE (28P01 wrong
password, 3D000 no such database, 53300 too many connections...), but libpq keeps that
code to itself: psycopg's connection errors have no ``sqlstate`` (psycopg issue #1188),
only libpq's text, whose server part follows the server's ``lc_messages`` (French,
German...). libpq prints the code only in its verbose error mode, which psycopg does not
wrap. So :func:`probe` makes one connection attempt through psycopg's documented
low-level API (``psycopg.pq.PGconn.connect_start``, ``connect_poll``), turns the verbose
mode on through ``PQsetErrorVerbosity`` of the very libpq psycopg uses (ctypes, with the
``pgconn_ptr`` psycopg documents for this), and reads the code from the message.

Where that libpq cannot be found for certain (another packaging; its version differs from
psycopg's), :func:`probe` answers None and the caller falls back to what psycopg says.
No Qt, no SQLAlchemy.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import re
import select
import sys
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import psycopg
from psycopg import pq

log = logging.getLogger(__name__)

__all__ = ["ProbeResult", "probe"]

#: libpq's PGVerbosity: PQERRORS_VERBOSE prints "SEVERITY:  SQLSTATE: message".
_PQERRORS_VERBOSE = 2
#: The code after the (translated) severity: "FATAL:  28P01: ..." / "FATAL:  3D000: ...".
_SQLSTATE = re.compile(r":  ([0-9A-Z]{5}): (.*)")


@dataclass(frozen=True)
class ProbeResult:
    """One connection attempt: ``ok``, or the server's ``sqlstate`` and words (None when
    the failure came from the client side: no server answered, TLS, libpq's own checks)."""

    ok: bool
    sqlstate: str | None
    #: The server's message (in its language), without the severity and the code.
    server_message: str | None
    #: libpq's whole message, for the log.
    message: str
    #: The server asked for the password and libpq sent its proof.
    used_password: bool
    #: Nothing ended the attempt before ``timeout``: nobody answered in time (a server
    #: that does not answer; PgBouncer waiting for a server that is down), whatever was
    #: sent so far.
    timed_out: bool = False


def _candidates() -> list[str]:
    if pq.__impl__ == "binary":
        import psycopg_binary

        package = Path(psycopg_binary.__file__).parent
        # The wheels keep their own libpq beside the package (auditwheel, delvewheel) or
        # inside it (delocate on macOS).
        places = [package.parent / "psycopg_binary.libs", package / ".dylibs", package]
        return [str(p) for place in places if place.is_dir() for p in place.glob("libpq*")]
    name = "libpq.dll" if sys.platform == "win32" else "pq"
    found = ctypes.util.find_library(name)
    return [found] if found else []


@cache
def _set_verbosity():
    """``PQsetErrorVerbosity`` of psycopg's own libpq, or None when it cannot be told."""
    for path in _candidates():
        try:
            library = ctypes.CDLL(path)
            library.PQlibVersion.restype = ctypes.c_int
            if library.PQlibVersion() != pq.version():
                continue  # another libpq: its PGconn is laid out differently
            function = library.PQsetErrorVerbosity
        except (OSError, AttributeError):
            continue
        function.argtypes = [ctypes.c_void_p, ctypes.c_int]
        function.restype = ctypes.c_int
        return function
    log.info("libpq not found for verbose errors: login refusals are told by their words")
    return None


def probe(conninfo: str, timeout: float) -> ProbeResult | None:
    """Try to connect with ``conninfo`` (then close); None if the SQLSTATE cannot be had."""
    set_verbosity = _set_verbosity()
    if set_verbosity is None:
        return None
    try:
        pgconn = pq.PGconn.connect_start(conninfo.encode())
    except psycopg.Error:
        return None
    try:
        set_verbosity(pgconn.pgconn_ptr, _PQERRORS_VERBOSE)
        ok = _poll(pgconn, time.monotonic() + timeout)
        # Given up here, not by libpq (whose failures leave the connection BAD): its
        # message is then only the attempt's heading ("connection to server at …, port …
        # failed: "), with no reason after it.
        timed_out = not ok and pgconn.status != pq.ConnStatus.BAD
        message = pgconn.error_message.decode("utf-8", "replace")
        if timed_out or not message.strip():
            message = f"{message.strip()} timeout expired".strip()
        used_password = bool(pgconn.used_password)
    finally:
        pgconn.finish()
    if ok:
        return ProbeResult(True, None, None, "", used_password)
    match = None if timed_out else _SQLSTATE.search(message)
    return ProbeResult(
        False,
        match.group(1) if match else None,
        match.group(2).strip() if match else None,
        message.strip(),
        used_password,
        timed_out,
    )


def _poll(pgconn: pq.PGconn, deadline: float) -> bool:
    """Drive the non-blocking connection to its end; False on failure or timeout."""
    status = pq.PollingStatus.WRITING
    while True:
        if pgconn.status == pq.ConnStatus.BAD:
            return False
        status = pgconn.connect_poll()
        if status == pq.PollingStatus.OK:
            return True
        if status == pq.PollingStatus.FAILED:
            return False
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        # libpq may change socket between steps (another address, a TLS retry).
        fd = pgconn.socket
        if status == pq.PollingStatus.READING:
            select.select([fd], [], [], left)
        else:
            select.select([], [fd], [], left)
