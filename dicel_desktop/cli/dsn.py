"""The ``--dsn`` of dicel-admin: every form libpq accepts, checked before any connection.

libpq takes a URL (``postgresql://user@host:5432/dbname?sslmode=require``, also with
several hosts) or ``key=value`` pairs (``host=/var/run/postgresql dbname=dicel_erp_db``).
SQLAlchemy reads only single-host URLs, so the other forms are rewritten as a URL whose
parameters are all in the query (``postgresql://?host=...&dbname=...``), which libpq and
SQLAlchemy's psycopg dialect both pass through unchanged.
"""

from __future__ import annotations

from urllib.parse import urlencode

from psycopg import ProgrammingError
from psycopg.conninfo import conninfo_to_dict

from dicel_desktop.cli.errors import AdminError

_URL_SCHEMES = ("postgresql://", "postgres://")

#: What a person is told when the DSN is none of libpq's forms. The DSN itself is never
#: repeated: it may hold a password, and the shell's scrollback outlives the command.
NOT_A_DSN = (
    "The --dsn is not a PostgreSQL connection string: give a URL "
    "(postgresql://USER@HOST:5432/dicel_erp_db) or libpq's key=value pairs "
    "(host=HOST dbname=dicel_erp_db user=USER)."
)


def normalise_dsn(dsn: str) -> str:
    """``dsn`` as a URL SQLAlchemy and libpq both read; AdminError if libpq would refuse it."""
    text = dsn.strip()
    if not text:
        raise AdminError(NOT_A_DSN)
    try:
        params = conninfo_to_dict(text)
    except ProgrammingError:
        raise AdminError(NOT_A_DSN) from None
    if not params:
        raise AdminError(NOT_A_DSN)
    if text.startswith(_URL_SCHEMES) and _sqlalchemy_reads(text):
        return text  # kept as written: the error messages then name what the person typed
    return "postgresql://?" + urlencode(params)


def _sqlalchemy_reads(url: str) -> bool:
    # Imported here: SQLAlchemy is slow to import and `dicel-admin --help` needs none of it.
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
        _ = parsed.port  # "h1:5432,h2" parses, but its port does not
    except (ArgumentError, ValueError):
        return False
    return "," not in (parsed.host or "")
