"""User commands: create-user, set-password, change-own-password, deactivate-user,
reactivate-user, change-role, change-email, set-login-expiry, list-users, restore-logins.

Passwords are read from standard input, never from the command line (where ``ps`` and
the shell history would show them): typed twice without echo at a terminal, else the
first line of the input (``printf '%s\\n' "$PW" | dicel-admin ... create-user ...``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime

from sqlalchemy import Connection

from dicel_desktop.cli.admin import require_dsn
from dicel_desktop.cli.errors import ADMINISTRATOR, AdminError, describe_connection_error
from dicel_desktop.db.engine import make_engine
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.logs import mask_secret
from dicel_desktop.services import users


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "create-user",
        help="create a DICEL user and their login (password from standard input)",
        description="Create a DICEL user and their database login. The password is read "
        "from standard input. The first administrator of a new database is created with "
        "the DSN of the superuser that ran `migrate`.",
    )
    p.add_argument("--email", required=True, help="their e-mail: also their login name")
    p.add_argument("--first-name", required=True)
    p.add_argument("--last-name", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--department", metavar="CODE", help="department code, e.g. HR")
    p.add_argument(
        "--employee-id",
        metavar="NUMBER",
        help="employee number (links HR's employee record when there is one)",
    )
    p.add_argument("--position")
    p.set_defaults(func=_create_user, needs=ADMINISTRATOR, schema="write")

    p = subparsers.add_parser(
        "set-password", help="give a user a new password (from standard input)"
    )
    p.add_argument("--email", required=True)
    p.set_defaults(func=_set_password, needs=ADMINISTRATOR, schema="write")

    p = subparsers.add_parser(
        "change-own-password",
        help="change the password of the DSN's user (new password from standard input)",
    )
    p.set_defaults(func=_change_own_password, schema="write")

    p = subparsers.add_parser(
        "deactivate-user", help="stop a user from logging in (their records are kept)"
    )
    p.add_argument("--email", required=True)
    p.set_defaults(func=_deactivate_user, needs=ADMINISTRATOR, schema="write")

    p = subparsers.add_parser(
        "reactivate-user", help="let a deactivated user log in again (with their password)"
    )
    p.add_argument("--email", required=True)
    p.set_defaults(func=_reactivate_user, needs=ADMINISTRATOR, schema="write")

    p = subparsers.add_parser(
        "change-role",
        help="give a user another role (its rights apply from the commit on)",
        description="Give a user another role: their users row and their login's group "
        "role change together. The database applies the new rights at once; DICEL "
        "Desktop shows the new role's tabs after the person logs in again.",
    )
    p.add_argument("--email", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.set_defaults(func=_change_role, needs=ADMINISTRATOR, schema="write")

    p = subparsers.add_parser(
        "change-email", help="change a user's e-mail and login name (password kept)"
    )
    p.add_argument("--email", required=True, help="the current e-mail")
    p.add_argument("--new-email", required=True)
    p.set_defaults(func=_change_email, needs=ADMINISTRATOR, schema="write")

    p = subparsers.add_parser(
        "set-login-expiry",
        help="set or remove the day a user's login stops logging in (VALID UNTIL)",
        description="Set the moment a user's login is refused from (PostgreSQL's VALID "
        "UNTIL; a day alone is its start in the company's time zone), or remove it with "
        "--none. The same database function as the window's Login expiry…; an "
        "administrator's.",
    )
    p.add_argument("--email", required=True)
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--until", metavar="YYYY-MM-DD[THH:MM]", type=_moment)
    when.add_argument("--none", action="store_true", help="no expiry: the login never expires")
    p.set_defaults(func=_set_login_expiry, needs=ADMINISTRATOR, schema="write")

    p = subparsers.add_parser("list-users", help="list the users and the state of their logins")
    p.set_defaults(func=_list_users, needs=ADMINISTRATOR, schema="read")

    p = subparsers.add_parser(
        "restore-logins",
        help="recreate missing logins from the database (after a restore on a new server)",
    )
    p.set_defaults(func=_restore_logins, needs=ADMINISTRATOR, schema="write")


# --------------------------------------------------------------------------- plumbing


@contextmanager
def _transaction(args: argparse.Namespace) -> Iterator[Connection]:
    """A connection in a transaction that commits on success; DicelErrors become one line."""
    engine = make_engine(require_dsn(args), pool_pre_ping=False)
    try:
        with engine.begin() as connection:
            yield connection
    except DicelError as exc:
        raise AdminError(exc.message) from exc
    finally:
        engine.dispose()


def read_password(
    *, confirm: bool = True, prompt: str = "Password: ", stdin=None, ask=getpass.getpass
) -> str:
    """The password from standard input: asked twice at a terminal, else its first line."""
    stdin = stdin if stdin is not None else sys.stdin
    if stdin.isatty():
        password = ask(prompt)
        if confirm and ask("Again: ") != password:
            raise AdminError(_message("passwords_differ"))
    else:
        line = stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        password = password.removesuffix("\r")  # a file saved on Windows
    if not password:
        raise AdminError(_message("no_password_given"))
    mask_secret(password)
    return password


def _message(code: str, **params: object) -> str:
    return DicelError(code, **params).message


def _print_rows(rows: list[list[str]], out: Callable[[str], None] = print) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


# --------------------------------------------------------------------------- commands


def _create_user(args: argparse.Namespace) -> int:
    # Check the e-mail before asking for a password that would then be thrown away.
    try:
        email = users.normalise_email(args.email)
    except DicelError as exc:
        raise AdminError(exc.message) from exc
    password = read_password(prompt=f"Password for {email}: ")
    try:
        _create_user_in_transaction(args, email, password)
    except AdminError as exc:
        cause = exc.__cause__
        if isinstance(cause, DicelError) and cause.code == "unknown_department":
            raise AdminError(f"{exc} {_department_codes(args)}") from exc
        raise
    print(f"Created {email} ({Role(args.role).label}); they can log in now.")
    return 0


def _department_codes(args: argparse.Namespace) -> str:
    """The sentence listing the valid department codes (a fresh transaction: the failed
    one can run nothing more)."""
    with _transaction(args) as connection:
        found = users.departments(connection)
    if not found:
        return _message("no_departments")
    listed = ", ".join(f"{d.code} ({d.name})" for d in found)
    return _message("department_codes", codes=listed)


def _create_user_in_transaction(args: argparse.Namespace, email: str, password: str) -> None:
    with _transaction(args) as connection:
        users.create_user(
            connection,
            email=email,
            first_name=args.first_name,
            last_name=args.last_name,
            role=args.role,
            password=password,
            department_code=args.department,
            employee_number=args.employee_id,
            position=args.position,
        )


def _set_password(args: argparse.Namespace) -> int:
    email = args.email.strip().lower()
    password = read_password(prompt=f"New password for {email}: ")
    with _transaction(args) as connection:
        users.set_password(connection, email=email, password=password)
    print(f"Password of {email} changed.")
    return 0


def _change_own_password(args: argparse.Namespace) -> int:
    password = read_password(prompt="Your new password: ")
    with _transaction(args) as connection:
        users.change_own_password(connection, new_password=password)
        who = connection.exec_driver_sql("SELECT session_user").scalar_one()
    print(f"Password of {who} changed; use it from your next login.")
    return 0


def _deactivate_user(args: argparse.Namespace) -> int:
    email = args.email.strip().lower()
    with _transaction(args) as connection:
        users.deactivate_user(connection, email=email)
    _end_sessions_after_commit(args, email)
    print(f"{email} can no longer log in; their records are kept.")
    return 0


def _reactivate_user(args: argparse.Namespace) -> int:
    email = args.email.strip().lower()
    with _transaction(args) as connection:
        can_log_in = users.reactivate_user(connection, email=email)
    if can_log_in:
        print(f"{email} is active again and can log in with their previous password.")
        return 0
    print(
        f"{email} is active again but has no login on this server; "
        f"give them a password with set-password --email {email}.",
        file=sys.stderr,
    )
    return 1


def _moment(text: str) -> date | datetime:
    """``--until``: a day (its start in the company's time zone, as the server reads it)
    or a moment (ISO 8601, the company's time zone unless it gives an offset)."""
    try:
        return date.fromisoformat(text) if len(text.strip()) == 10 else datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a day (YYYY-MM-DD) or a moment (YYYY-MM-DDTHH:MM)"
        ) from None


def _set_login_expiry(args: argparse.Namespace) -> int:
    email = args.email.strip().lower()
    until = None if args.none else args.until
    with _transaction(args) as connection:
        users.set_login_expiry(connection, email=email, until=until)
        if until is None:
            print(f"{email}: the login has no expiry now.")
        else:
            when = connection.exec_driver_sql(
                "SELECT to_char(rolvaliduntil, 'YYYY-MM-DD HH24:MI TZ') FROM pg_roles"
                " WHERE rolname = %(email)s",
                {"email": email},
            ).scalar_one()
            print(f"{email}: the login is refused from {when} on.")
    return 0


def _change_role(args: argparse.Namespace) -> int:
    email = args.email.strip().lower()
    with _transaction(args) as connection:
        users.change_role(connection, email=email, role=args.role)
    _end_sessions_after_commit(args, email)
    print(
        f"{email} now has the role {Role(args.role).label}; "
        "DICEL Desktop shows it from their next login."
    )
    return 0


def _end_sessions_after_commit(args: argparse.Namespace, email: str) -> None:
    """End ``email``'s sessions in a transaction of their own, after the change committed
    (migration 0058). A failure is a warning on stderr: the change is done (exit 0)."""

    def end() -> None:
        with _transaction(args) as connection:
            users.end_sessions(connection, email=email)

    left_open = users.end_sessions_after_commit(end, email=email)
    if left_open is not None:
        error = left_open.error
        reason = describe_connection_error(error) if not isinstance(error, AdminError) else None
        reason = (reason or str(error).strip().splitlines()[0]).rstrip(".")
        print(
            f"dicel-admin: warning: their open sessions could not be ended: {reason}; IT can"
            f" end them with SELECT dicel_end_sessions('{email}').",
            file=sys.stderr,
        )


def _change_email(args: argparse.Namespace) -> int:
    with _transaction(args) as connection:
        users.change_email(connection, old_email=args.email, new_email=args.new_email)
    new = args.new_email.strip().lower()
    print(f"{args.email.strip().lower()} is now {new}; the password is unchanged.")
    return 0


def _list_users(args: argparse.Namespace) -> int:
    with _transaction(args) as connection:
        found = users.list_users(connection)
    if not found:
        print("No users yet: create the first administrator with create-user --role admin.")
        return 0
    rows = [["E-MAIL", "NAME", "ROLE", "DEPT", "STATUS", "LAST LOGIN"]]
    for user in found:
        if not user.is_active:
            status = "deactivated"
        elif not user.has_login:
            status = "NO LOGIN (restore-logins)"
        elif not user.can_login:
            status = "LOGIN DISABLED"
        elif user.expired:
            # Refused at login as a wrong password is (VALID UNTIL, set with psql: DICEL
            # sets none); a superuser's ALTER ROLE ... VALID UNTIL 'infinity' undoes it.
            until = f" (valid until {user.valid_until:%Y-%m-%d %H:%M})" if user.valid_until else ""
            status = f"LOGIN EXPIRED{until}"
        else:
            status = "active"
        last = user.last_login.strftime("%Y-%m-%d %H:%M") if user.last_login else "never"
        rows.append(
            [user.email, user.full_name, user.role, user.department_code or "-", status, last]
        )
    _print_rows(rows)
    return 0


def _restore_logins(args: argparse.Namespace) -> int:
    skipped: list[str] = []
    with _transaction(args) as connection:
        count = users.restore_logins(connection, on_skipped=skipped.append)
    print(f"Logins recreated: {count}.")
    for email in skipped:
        print(
            f"Not recreated: {email} has no password set through DICEL; "
            f"give one with set-password --email {email}.",
            file=sys.stderr,
        )
    return 1 if skipped else 0
