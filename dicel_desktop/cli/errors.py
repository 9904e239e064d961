"""Errors of the admin tool, and connection failures and refusals said in plain words."""

from __future__ import annotations

import psycopg
from sqlalchemy.exc import DBAPIError


class AdminError(Exception):
    """A failure the person running dicel-admin can act on; printed as one line."""


#: Which login a command needs, as the refusal of another one says it (a command's
#: ``needs``, set with its parser's defaults).
SUPERUSER = "a superuser's DSN (postgresql://postgres@HOST/dicel_erp_db)"
ADMINISTRATOR = "a DICEL administrator's login (role admin) or a superuser's DSN"
ANY_LOGIN = "a DICEL login"

#: PostgreSQL's "permission denied" (and "must be owner", "must be member of role").
_INSUFFICIENT_PRIVILEGE = "42501"


def describe_connection_error(exc: BaseException) -> str | None:
    """One line for a connection failure, or None if ``exc`` is not one."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, psycopg.OperationalError):
        return None
    text = str(original).strip()
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return "The server refused the login: wrong user name or password."
    if "does not exist" in lowered and "database" in lowered:
        # A new server has none yet (deploy39 #6): not always a typo.
        return (
            "The database does not exist on that server: check the database name in the "
            "DSN, or create it (createdb -O OWNER dicel_erp_db, or CREATE DATABASE "
            "dicel_erp_db as a superuser), then run `dicel-admin migrate`."
        )
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return "Cannot reach the database server: check the host and port, and that it is running."
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return "Unknown database server host name: check the host in the DSN."
    if "permission denied for database" in lowered or "connect privilege" in lowered:
        # A login outside DICEL (IT's own, a DBA's): the server's main line is above its
        # DETAIL, which alone said nothing of what to do (deploy39 #10).
        info = getattr(original, "pgconn", None)
        user = _decoded(getattr(info, "user", None)) or "given"
        dbname = _decoded(getattr(info, "db", None)) or "named"
        return (
            f"The login {user} may not connect to the database {dbname} (no CONNECT "
            "privilege): it is not a DICEL login. Use a superuser's DSN, or a DICEL "
            "administrator's login."
        )
    return f"Cannot connect to the database: {_main_line(text) or type(original).__name__}"


def _decoded(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value or "")


def _main_line(text: str) -> str:
    """libpq's reason, after "connection to server at … failed:", with the server's
    DETAIL after it (the last line alone was the DETAIL)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        if "failed:" in line:
            reason = line.split("failed:", 1)[1].strip()
            return " ".join([reason, *lines[index + 1 :]]).strip()
    return " ".join(lines)


def describe_refusal(exc: BaseException, command: str, needs: str | None) -> str | None:
    """One line for the server refusing the DSN's login what ``command`` does (or the
    grants' own refusal to run as anyone but a superuser), saying which login ``needs``;
    None if ``exc`` is not such a refusal (a bug keeps its traceback)."""
    if needs is None:
        return None
    # Imported here: the grants module loads every model, which `--help` needs none of.
    from dicel_desktop.db.grants import GrantsRefused

    if isinstance(exc, GrantsRefused):
        reason = "it may not change the ownership and grants of the schema"
    else:
        original = exc.orig if isinstance(exc, DBAPIError) else exc
        if getattr(original, "sqlstate", None) != _INSUFFICIENT_PRIVILEGE:
            return None
        diag = getattr(original, "diag", None)
        reason = (getattr(diag, "message_primary", None) or str(original)).strip()
        reason = f"the server said: {reason.splitlines()[0]}" if reason else "refused"
    return f"`{command}` needs {needs}; the DSN's login is not allowed ({reason})."
