"""User accounts: create, change and list DICEL users and their PostgreSQL logins.

Each DICEL user is a PostgreSQL LOGIN role named by their lower-cased e-mail and a row
of ``users`` (ARCHITECTURE 4). The work is done in the database by SECURITY DEFINER
functions (migration 0004) that only admins may call; this module checks what a person
typed, computes the password's SCRAM-SHA-256 verifier on the client, so that the
plaintext never reaches the server or its log, calls them, and turns their refusals
into :mod:`dicel_desktop.domain.errors`.

Every function takes a SQLAlchemy ``Connection`` and runs in the caller's transaction:
the caller commits (``with engine.begin() as conn: create_user(conn, ...)``).

What a person types is checked in ``user_checks`` (and the verifier computed there),
the functions' refusals are worded in ``user_refusals``, the user list is read in
``user_list``; their public names are importable from here as before.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import Conflict, InvalidCredentials, InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import auth
from dicel_desktop.services.forms import refuse_too_long
from dicel_desktop.services.user_checks import (
    EMAIL_PATTERN,
    MAX_LOGIN_BYTES,
    MIN_PASSWORD_LENGTH,
    _check_name,
    _check_password,
    _check_role,
    _optional,
    check_new_password,
    normalise_email,
    scram_verifier,
)
from dicel_desktop.services.user_list import (
    Department,
    UserSummary,
    departments,
    get_user,
    list_users,
)
from dicel_desktop.services.user_refusals import _call

log = logging.getLogger(__name__)

__all__ = [
    "EMAIL_PATTERN",
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
    "set_login_expiry",
    "set_password",
]

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


def set_login_expiry(connection: Connection, *, email: str, until: date | datetime | None) -> None:
    """Set when ``email``'s login stops logging in (PostgreSQL's VALID UNTIL), or with
    ``until`` None remove its expiry (migration 0140, ``dicel_set_login_expiry``: an
    administrator's). A day is its start in the company's time zone (the session's, as
    ``VALID UNTIL '2027-06-30'`` in psql reads it). A moment not after now is refused
    (``login_expiry_past``): turning a login off now is Deactivate…, which also ends its
    sessions."""
    login = (email or "").strip().lower()
    _call(
        connection,
        "SELECT public.dicel_set_login_expiry(:email, CAST(:until AS timestamptz))",
        {"email": login, "until": until},
        action="set the login expiry of",
        context={"email": login},
    )


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
