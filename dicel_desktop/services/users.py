"""User accounts: create, change and list DICEL users and their PostgreSQL logins.

Each DICEL user is a PostgreSQL LOGIN role named by their lower-cased e-mail and a row
of ``users`` (ARCHITECTURE 4). The work is done in the database by SECURITY DEFINER
functions (migration 0004) that only admins may call; this module checks what a person
typed, computes the password's SCRAM-SHA-256 verifier on the client, so that the
plaintext never reaches the server or its log, calls them, and turns their refusals
into :mod:`dicel_desktop.domain.errors`.

Every function takes a SQLAlchemy ``Connection`` and runs in the caller's transaction:
the caller commits (``with engine.begin() as conn: create_user(conn, ...)``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import psycopg
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.db import revisions
from dicel_desktop.domain import contact_rules
from dicel_desktop.domain.errors import (
    Conflict,
    DicelError,
    InvalidCredentials,
    InvalidInput,
    NotAllowed,
    NotFound,
    SchemaMismatch,
)
from dicel_desktop.domain.roles import Role
from dicel_desktop.logs import mask_secret
from dicel_desktop.services import auth
from dicel_desktop.services.forms import refuse_too_long

log = logging.getLogger(__name__)

__all__ = [
    "MAX_LOGIN_BYTES",
    "MIN_PASSWORD_LENGTH",
    "Department",
    "SessionsLeftOpen",
    "UserSummary",
    "change_email",
    "change_own_password",
    "change_role",
    "check_new_password",
    "create_user",
    "deactivate_user",
    "departments",
    "end_sessions",
    "end_sessions_after_commit",
    "get_user",
    "list_users",
    "normalise_email",
    "reactivate_user",
    "restore_logins",
    "scram_verifier",
    "set_password",
]

#: PostgreSQL truncates identifiers past 63 bytes (NAMEDATALEN - 1), and a login role is
#: named by the e-mail: a longer address could not log in as itself.
MAX_LOGIN_BYTES = 63
MIN_PASSWORD_LENGTH = 8

#: The same pattern as migration 0004's EMAIL_RE (a test checks they agree), kept in
#: domain/contact_rules.py since 0125: every e-mail field takes this shape.
EMAIL_PATTERN = contact_rules.EMAIL_PATTERN


@dataclass(frozen=True)
class UserSummary:
    """One line of the user list (public columns only)."""

    id: uuid.UUID
    email: str
    first_name: str
    last_name: str
    role: str
    department_code: str | None
    position: str | None
    employee_id: str | None
    is_active: bool
    last_login: datetime | None
    #: A login role of that name exists on this cluster.
    has_login: bool
    #: ... and may log in (False once deactivated).
    can_login: bool
    #: It is the account of whoever asks (their own: no changing its role, no
    #: deactivating it).
    is_self: bool = False
    #: The linked employee's status when it keeps the login inactive (``terminated``:
    #: DU016, ``suspended``: DU017), and their number; None otherwise, or when the reader
    #: may not see the employee (the database still refuses).
    employee_status: str | None = None
    employee_number: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def reactivation_refusal(self) -> DicelError | None:
        """Why the database refuses to reactivate this login, known before the click
        (eye34 #9): the login of an employee who has left, or is suspended."""
        match self.employee_status:
            case "terminated":
                return NotAllowed(
                    "login_of_a_leaver", email=self.email, employee=self.employee_number or ""
                )
            case "suspended":
                return NotAllowed(
                    "login_of_a_suspended_employee",
                    email=self.email,
                    employee=self.employee_number or "",
                )
        return None


@dataclass(frozen=True)
class Department:
    """A department a user can be placed in (the new-user form's picker)."""

    code: str
    name: str


# --------------------------------------------------------------------------- checks


def normalise_email(email: str) -> str:
    """The login name for ``email``: stripped, lower-cased, checked.

    Raises InvalidInput ``invalid_email`` or ``email_too_long``.
    """
    login = (email or "").strip().lower()
    if not EMAIL_PATTERN.fullmatch(login):
        raise InvalidInput("invalid_email", email=(email or "").strip())
    length = len(login.encode("utf-8"))
    if length > MAX_LOGIN_BYTES:
        raise InvalidInput("email_too_long", email=login, length=length, limit=MAX_LOGIN_BYTES)
    return login


def _check_password(password: str) -> None:
    # Every new password passes here: from now on no log line may show it.
    mask_secret(password)
    if "\x00" in password:  # libpq takes C strings
        raise InvalidInput("password_invalid")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput("password_too_short", min_length=MIN_PASSWORD_LENGTH)


def check_new_password(password: str, again: str | None = None) -> None:
    """The rules a new password must follow; InvalidInput ``password_too_short``,
    ``password_invalid`` or (when ``again`` is given and differs) ``passwords_differ``."""
    _check_password(password)
    if again is not None and again != password:
        raise InvalidInput("passwords_differ")


def _check_role(role: str | Role) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput(
            "unknown_role", role=str(role), allowed=", ".join(r.value for r in Role)
        ) from None


def _check_name(value: str, field: str) -> str:
    value = (value or "").strip()
    if not value:
        raise InvalidInput("missing_name", field=field.replace("_", " "))
    return value


def _optional(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


# --------------------------------------------------------------------------- verifier


def _pg_connection(connection: Connection) -> psycopg.Connection:
    return connection.connection.driver_connection  # type: ignore[return-value]


def scram_verifier(connection: Connection, email: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed here by libpq.

    Naming the algorithm keeps libpq from asking the server which one to use; nothing is
    sent. SCRAM does not salt with the role name (unlike MD5), so the verifier survives
    a change of e-mail. No password rules are applied: callers check first.
    """
    if "\x00" in password:
        raise InvalidInput("password_invalid")
    pgconn = _pg_connection(connection).pgconn
    verifier = pgconn.encrypt_password(
        password.encode("utf-8"), email.strip().lower().encode("utf-8"), b"scram-sha-256"
    )
    return verifier.decode("ascii")


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
# Migration 0122: DU018 no login is linked to a suspended employee.


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
        case "DW601":
            # The company's last active administrator (migration 0047): DETAIL names them.
            last = _detail_value(detail, "email") or email
            return NotAllowed("last_administrator", email=last)
        case "42501" if top_level:
            # Refused at the top: no EXECUTE on the function for this person's role. A
            # refusal from inside a function is a defect of the schema, not theirs.
            return NotAllowed("not_allowed", action=action)
    return None


# --------------------------------------------------------------------------- operations


def create_user(
    connection: Connection,
    *,
    email: str,
    first_name: str,
    last_name: str,
    role: str | Role,
    password: str,
    department_code: str | None = None,
    employee_number: str | None = None,
    position: str | None = None,
) -> uuid.UUID:
    """Create a DICEL user: its ``users`` row and its login role in one group role.

    ``employee_number`` goes to ``users.employee_id``; when HR already has an employee
    with that number and no login, the employee is linked to the new user. Only admins
    (and the superuser, for the first admin) may do this. Returns the new user's id.
    """
    login = normalise_email(email)
    first_name = _check_name(first_name, "first_name")
    last_name = _check_name(last_name, "last_name")
    checked_role = _check_role(role)
    _check_password(password)
    verifier = scram_verifier(connection, login, password)
    department_code = _optional(department_code)
    employee_number = _optional(employee_number)
    for column, field, value in (
        ("first_name", "first_name", first_name),
        ("last_name", "last_name", last_name),
        ("position", "position", position),
        ("employee_id", "employee_number", employee_number),
    ):
        refuse_too_long("users", column, value, field=field)
    # The number as the database reads it (migration 0128: blanks trimmed, upper case),
    # so a refusal names it as employee numbers are written, not as typed.
    said_number = employee_number.upper() if employee_number else None
    try:
        # A savepoint: after DU009 the connection can still ask whose login has it.
        with connection.begin_nested():
            rows = _create_user_call(
                connection,
                {
                    "email": login,
                    "verifier": verifier,
                    "first_name": first_name,
                    "last_name": last_name,
                    "role": checked_role.value,
                    "department_code": department_code,
                    "employee_number": employee_number,
                    "position": _optional(position),
                },
                context={
                    "email": login,
                    "role": checked_role.value,
                    "department_code": department_code,
                    "employee_number": said_number,
                },
            )
    except Conflict as error:
        if error.code != "employee_taken" or said_number is None:
            raise
        raise _number_taken(connection, said_number) from error
    return rows[0][0]


def _create_user_call(connection: Connection, params: dict, *, context: dict) -> list:
    return _call(
        connection,
        "SELECT public.dicel_create_user(:email, :verifier, :first_name, :last_name, :role,"
        " :department_code, :employee_number, :position)",
        params,
        action="create users",
        context=context,
    )


def _number_taken(connection: Connection, number: str) -> Conflict:
    """DU009 in words: whose login has the employee number ``number`` already (name and
    e-mail, public columns of ``users``), so that the administrator sees a person given a
    second login at once (eye35 §9); the bare sentence when it cannot be read."""
    try:
        with connection.begin_nested():
            holder = connection.execute(
                text(
                    "SELECT u.first_name, u.last_name, u.email FROM public.users u"
                    " WHERE upper(btrim(u.employee_id)) = :number"
                    "    OR u.id = (SELECT e.user_id FROM public.employees e"
                    "                WHERE upper(btrim(e.employee_number)) = :number LIMIT 1)"
                    " ORDER BY upper(btrim(u.employee_id)) = :number DESC NULLS LAST LIMIT 1"
                ),
                {"number": number},
            ).first()
    except DBAPIError:
        holder = None
    if holder is None:
        return Conflict("employee_taken", employee_number=number)
    return Conflict(
        "employee_taken_by",
        employee_number=number,
        holder=f"{holder.first_name} {holder.last_name}",
        holder_email=holder.email,
    )


def set_password(connection: Connection, *, email: str, password: str) -> None:
    """Give a user a new password (an admin resetting a forgotten one).

    If the user's login role is missing (a restore onto a new cluster), it is created.
    """
    login = normalise_email(email)
    _check_password(password)
    _call(
        connection,
        "SELECT public.dicel_set_password(:email, :verifier)",
        {"email": login, "verifier": scram_verifier(connection, login, password)},
        action="set other people's passwords",
        context={"email": login},
    )


def change_own_password(
    connection: Connection, *, new_password: str, current_password: str | None = None
) -> None:
    """Change the password of the person this connection is logged in as.

    The connection must be their own login (the GUI's session; for dicel-admin, a DSN
    with their e-mail as user name). Their other open connections stay open.

    With ``current_password``, it is proved first by logging in with it once more (the
    server is the only judge of a password): InvalidInput ``current_password_wrong`` if
    it is not theirs. A window left open on someone's desk then cannot be used to take
    their account.
    """
    _check_password(new_password)
    if current_password is not None:
        try:
            auth.check_password(connection.engine, current_password)
        except InvalidCredentials:
            raise InvalidInput("current_password_wrong") from None
    user = connection.exec_driver_sql("SELECT session_user").scalar_one()
    _call(
        connection,
        "SELECT public.dicel_change_own_password(:verifier)",
        {"verifier": scram_verifier(connection, user, new_password)},
        action="change your password here",
        context={"email": user},
    )


def deactivate_user(connection: Connection, *, email: str) -> None:
    """Stop a user from logging in. Their row and everything they did are kept."""
    login = (email or "").strip().lower()
    _call(
        connection,
        "SELECT public.dicel_deactivate_user(:email)",
        {"email": login},
        action="deactivate",
        context={"email": login},
    )


def end_sessions(connection: Connection, *, email: str) -> int:
    """End the sessions of ``email``'s login, in a transaction of its own after the one
    that turned it off or changed its role committed: a session opened while that change
    was being made would otherwise keep the old rights (migration 0058). An administrator
    may end anyone's; HR only a turned-off login's (0 for an active one). How many."""
    login = (email or "").strip().lower()
    rows = _call(
        connection,
        "SELECT public.dicel_end_sessions(:email)",
        {"email": login},
        action="end the sessions of",
        context={"email": login},
    )
    return int(rows[0][0])


@dataclass(frozen=True)
class SessionsLeftOpen:
    """A change to ``email``'s login committed (turned off, another role, employment
    ended), but ending the sessions it had open failed after it: the change stands and
    is not to be made again; ``error`` says why the sessions go on. IT ends them with
    ``SELECT dicel_end_sessions('<email>')``."""

    email: str
    error: BaseException


def end_sessions_after_commit(end: Callable[[], object], *, email: str) -> SessionsLeftOpen | None:
    """Run ``end`` (ending ``email``'s sessions, in a transaction of its own after the
    change committed; ``email`` names whose, for the log: their login, or their employee
    record's id when the login is read by ``end`` itself). Its failure (a connection cut,
    DU006, grants not synced) is logged and returned, not raised: the change it follows
    is done, and the person must not be told it failed and try it again."""
    try:
        end()
    except Exception as error:
        log.warning(
            "The change of %s committed, but their open sessions could not be ended",
            email,
            exc_info=error,
        )
        return SessionsLeftOpen(email, error)
    return None


def reactivate_user(connection: Connection, *, email: str) -> bool:
    """Let a deactivated user log in again, with the password they had.

    Returns whether they can log in now: False when their login had gone missing (a
    restore onto a new cluster) and no password set through DICEL was kept to recreate
    it; give them one with :func:`set_password`.
    """
    login = (email or "").strip().lower()
    rows = _call(
        connection,
        "SELECT public.dicel_reactivate_user(:email)",
        {"email": login},
        action="reactivate",
        context={"email": login},
    )
    return bool(rows[0][0])


def change_role(connection: Connection, *, email: str, role: str | Role) -> None:
    """Give a user another of the thirteen roles: their ``users`` row and their login's
    group role change together.

    PostgreSQL checks role membership at every statement, so the new rights hold for
    every statement the person runs from the commit on, on any connection; DICEL Desktop
    builds its tabs and menus at login, so the person sees them after logging in again.
    """
    login = (email or "").strip().lower()
    checked_role = _check_role(role)
    _call(
        connection,
        "SELECT public.dicel_change_role(:email, :role)",
        {"email": login, "role": checked_role.value},
        action="change the role of",
        context={"email": login, "role": checked_role.value},
    )


def change_email(connection: Connection, *, old_email: str, new_email: str) -> None:
    """Change a user's e-mail, renaming their login role; their password keeps working."""
    old_login = (old_email or "").strip().lower()
    new_login = normalise_email(new_email)
    _call(
        connection,
        "SELECT public.dicel_change_email(:old_email, :new_email)",
        {"old_email": old_login, "new_email": new_login},
        action="change the e-mail of",
        context={"email": new_login, "old_email": old_login},
    )


_SUMMARY = """
    SELECT u.id, u.email, u.first_name, u.last_name, u.role, d.code, u.position,
           u.employee_id, coalesce(u.is_active, true), u.last_login,
           r.rolname IS NOT NULL, coalesce(r.rolcanlogin, false), lower(u.email) = session_user,
           e.status, e.employee_number
    FROM public.users u
    LEFT JOIN public.departments d ON d.id = u.department_id
    LEFT JOIN pg_catalog.pg_roles r ON r.rolname = lower(u.email)
    LEFT JOIN LATERAL (
        -- What keeps the login inactive (migrations 0054, 0121: DU016, DU017), as the
        -- trigger reads it: a leaver first.
        SELECT e.status, e.employee_number FROM public.employees e
         WHERE e.user_id = u.id AND e.status IN ('terminated', 'suspended')
         ORDER BY e.status = 'terminated' DESC LIMIT 1
    ) e ON true
"""


def list_users(connection: Connection) -> list[UserSummary]:
    """Every user, active first, then by name; with the state of their login role."""
    rows = _call(
        connection,
        _SUMMARY + " ORDER BY coalesce(u.is_active, true) DESC, u.last_name, u.first_name, u.email",
        {},
        action="list users",
        context={},
    )
    return [UserSummary(*row) for row in rows]


def get_user(connection: Connection, user_id: uuid.UUID) -> UserSummary:
    """One user by id (the row chosen in a list); NotFound if there is none."""
    rows = _call(
        connection, _SUMMARY + " WHERE u.id = :id", {"id": user_id}, action="list users", context={}
    )
    if not rows:
        raise NotFound("record_gone", record="user")
    return UserSummary(*rows[0])


def departments(connection: Connection) -> list[Department]:
    """The departments a user can be placed in, by name (inactive ones left out)."""
    rows = connection.execute(
        text(
            "SELECT code, name FROM public.departments"
            " WHERE coalesce(is_active, true) ORDER BY name, code"
        )
    )
    return [Department(code, name) for code, name in rows]


def restore_logins(
    connection: Connection, *, on_skipped: Callable[[str], None] | None = None
) -> int:
    """Recreate the missing login role of every active user; return how many were made.

    For a new cluster after a database restore (roles are not in a database dump), and
    for demo data inserted straight into ``users``. Each role gets the verifier kept in
    ``users.password_hash`` and its group role. A user whose password_hash is not a
    SCRAM-SHA-256 verifier (its password was never set through DICEL) is skipped and
    passed to ``on_skipped``: give it a password with :func:`set_password`.
    """
    rows = _call(
        connection,
        "SELECT email, restored FROM public.dicel_restore_logins()",
        {},
        action="restore logins",
        context={},
    )
    for email, restored in rows:
        if not restored and on_skipped is not None:
            on_skipped(email)
    return sum(1 for _email, restored in rows if restored)
