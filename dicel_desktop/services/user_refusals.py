"""The provisioning functions' refusals (migration 0004 and after: SQLSTATEs of class
"DU", and DW601), turned into :mod:`dicel_desktop.domain.errors` with the values their
messages need: :func:`_call` runs one call of such a function for ``services.users``.
No Qt here.
"""

from __future__ import annotations

import contextlib
import json

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.db import revisions
from dicel_desktop.domain.errors import (
    Conflict,
    DicelError,
    InvalidInput,
    NotAllowed,
    NotFound,
    SchemaMismatch,
)
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.user_checks import MAX_LOGIN_BYTES

# --------------------------------------------------------------------------- errors

# The functions of migration 0004 refuse with their own SQLSTATEs, class "DU" (unused by
# PostgreSQL): DU001 not an e-mail, DU002 too long for a role name, DU003 not a SCRAM
# verifier, DU004 not one of the thirteen roles, DU005 user exists, DU006 no such user,
# DU008 no such department, DU009 employee number taken, DU010 not on one's own account,
# DU011 empty name, DU012 not an active DICEL user, DU013 not a DICEL login, DU014 a
# role of that name exists; migration 0010: DU015 the login's group role was granted
# outside DICEL (PostgreSQL 16+ lets only the granter take it back); migration 0047: DW601
# the change would leave the company without an active administrator; migration 0054:
# DU016 the login of an employee who has left (terminated) stays inactive; migration 0121:
# DU017 nor does a suspended employee's come back until HR reinstates them.
# Migration 0122: DU018 no login is linked to a suspended employee. Migration 0140: DU020
# a login's expiry set to a moment not after now.


def _call(
    connection: Connection,
    statement: str,
    params: dict,
    *,
    action: str,
    context: dict,
) -> list:
    """Run one call of a provisioning function; its refusals become DicelErrors.

    ``action`` names what was attempted (for "not allowed"); ``context`` holds the values
    the messages need (email, role, ...).
    """
    try:
        return list(connection.execute(text(statement), params))
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42883" and not _context(exc):
            # No such function: the schema predates migration 0004.
            raise _schema_too_old(connection) from exc
        error = _translate(exc, action=action, context=context)
        if error is None:
            raise
        raise error from exc


def _context(exc: DBAPIError) -> str | None:
    """Where in a function the error arose; None for the statement the client sent."""
    return getattr(getattr(exc.orig, "diag", None), "context", None)


def _schema_too_old(connection: Connection) -> SchemaMismatch:
    database = "unknown"  # if even that cannot be read
    # The failed statement aborted this transaction: ask on a connection of its own.
    with contextlib.suppress(DBAPIError), connection.engine.connect() as other:
        database = revisions.current_revision(other) or "empty"
    return SchemaMismatch(
        "schema_too_old", database_revision=database, client_revision=revisions.head_revision()
    )


def _detail_value(detail: str, key: str) -> str:
    """A value of a refusal whose DETAIL is a JSON object (the DW codes); "" if none."""
    try:
        found = json.loads(detail)
    except ValueError:
        return ""
    return str(found.get(key) or "") if isinstance(found, dict) else ""


def _translate(exc: DBAPIError, *, action: str, context: dict) -> DicelError | None:
    original = exc.orig
    sqlstate = getattr(original, "sqlstate", None)
    email = context.get("email", "")
    diag = getattr(original, "diag", None)
    detail = getattr(diag, "message_detail", None) or ""
    top_level = not _context(exc)
    match sqlstate:
        case "DU001":
            return InvalidInput("invalid_email", email=email)
        case "DU002":
            return InvalidInput(
                "email_too_long",
                email=email,
                length=len(email.encode("utf-8")),
                limit=MAX_LOGIN_BYTES,
            )
        case "DU003":
            return InvalidInput("password_not_hashed")
        case "DU004":
            return InvalidInput(
                "unknown_role",
                role=context.get("role", ""),
                allowed=", ".join(r.value for r in Role),
            )
        case "DU005":
            return Conflict("user_exists", email=email)
        case "DU006":
            return NotFound("user_not_found", email=context.get("old_email", email))
        case "DU008":
            return NotFound("unknown_department", code=context.get("department_code", ""))
        case "DU009":
            return Conflict("employee_taken", employee_number=context.get("employee_number", ""))
        case "DU010":
            return NotAllowed("cannot_change_self", action=action)
        case "DU011":
            return InvalidInput("missing_name", field=detail.replace("_", " ") or "name")
        case "DU012":
            return NotAllowed("not_a_dicel_user", email=email)
        case "DU013":
            return NotAllowed("not_a_managed_login", email=email)
        case "DU014":
            return Conflict("login_name_taken", email=email)
        case "DU015":
            return NotAllowed("role_granted_outside_dicel", email=email)
        case "DU016":
            # An employee who has left (migration 0054): DETAIL names their number.
            return NotAllowed(
                "login_of_a_leaver", email=email, employee=_detail_value(detail, "employee")
            )
        case "DU017":
            # Suspended (migration 0121): DETAIL names their number.
            return NotAllowed(
                "login_of_a_suspended_employee",
                email=email,
                employee=_detail_value(detail, "employee"),
            )
        case "DU018":
            # A new login for a suspended employee's number (migration 0122).
            return NotAllowed(
                "login_for_a_suspended_employee",
                email=email,
                employee=_detail_value(detail, "employee"),
            )
        case "DU019":
            # An employee number no employee has (migration 0128).
            return NotFound("employee_number_unknown", employee=_detail_value(detail, "employee"))
        case "DU020":
            # A login's expiry not after now (migration 0140): that is Deactivate….
            return InvalidInput("login_expiry_past", email=email)
        case "DW601":
            # The company's last administrator whose login never expires (0047, 0153, 0155).
            last = _detail_value(detail, "email") or email
            return NotAllowed("last_administrator", email=last)
        case "42501" if top_level:
            # Refused at the top: no EXECUTE on the function for this person's role. A
            # refusal from inside a function is a defect of the schema, not theirs.
            return NotAllowed("not_allowed", action=action)
    return None
