"""What a person types for a user account, checked before anything is sent: the e-mail
that names the login, the password's rules, the role, the names; and the password's
SCRAM-SHA-256 verifier, computed here by libpq so that the plaintext never reaches the
server or its log. ``services.users`` runs the operations with them. No Qt here.
"""

from __future__ import annotations

import psycopg
from sqlalchemy import Connection

from dicel_desktop.domain import contact_rules
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.logs import mask_secret

__all__ = [
    "EMAIL_PATTERN",
    "MAX_LOGIN_BYTES",
    "MIN_PASSWORD_LENGTH",
    "check_new_password",
    "normalise_email",
    "scram_verifier",
]

#: PostgreSQL truncates identifiers past 63 bytes (NAMEDATALEN - 1), and a login role is
#: named by the e-mail: a longer address could not log in as itself.
MAX_LOGIN_BYTES = 63
MIN_PASSWORD_LENGTH = 8

#: The same pattern as migration 0004's EMAIL_RE (a test checks they agree), kept in
#: domain/contact_rules.py since 0125: every e-mail field takes this shape.
EMAIL_PATTERN = contact_rules.EMAIL_PATTERN


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
