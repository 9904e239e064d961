"""Errors of the admin tool, and connection failures said in plain words."""

from __future__ import annotations

import psycopg
from sqlalchemy.exc import DBAPIError


class AdminError(Exception):
    """A failure the person running dicel-admin can act on; printed as one line."""


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
        return "The database does not exist on that server: check the database name in the DSN."
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return "Cannot reach the database server: check the host and port, and that it is running."
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return "Unknown database server host name: check the host in the DSN."
    last = text.splitlines()[-1] if text else type(original).__name__
    return f"Cannot connect to the database: {last}"
