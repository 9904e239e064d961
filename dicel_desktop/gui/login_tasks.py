"""What the login window runs on its DB worker, and the sentence a failed login shows.

A login attempt (``log_in``: ``services.auth.login``, then the password remembered or
forgotten in the keyring) and the keyring's remembered password (``load_password``) run
off the GUI thread, on the login window's own worker (one without sessions: none exists
yet), and make no widget call; ``describe_error`` words what went wrong for the window.
Kept apart from the window (``gui/login_window.py``), which only shows them. Nothing here
imports SQLAlchemy or psycopg at import time: the window must paint before they load
(``log_in`` imports ``services.auth`` when it runs).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from dicel_desktop.config import ConnectionProfile
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui import credentials
from dicel_desktop.gui.error_sentences import is_database_error, sentence

__all__ = [
    "CONNECT_TIMEOUT_S",
    "LoginAttempt",
    "LoginResult",
    "describe_error",
    "load_password",
    "log_in",
]

#: Seconds libpq waits for the server before the login says it cannot be reached.
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class LoginAttempt:
    profile: ConnectionProfile
    email: str
    password: str
    remember: bool


@dataclass(frozen=True)
class LoginResult:
    logged_in: Any
    #: Why the password could not be remembered, or None.
    remember_problem: str | None


def describe_error(exc: BaseException) -> str:
    """A sentence for a person: translated from the error's code, or a general one."""
    if isinstance(exc, DicelError):
        return sentence(exc)
    if is_database_error(exc):
        from dicel_desktop.gui.error_sentences import describe_error as describe_database_error

        return describe_database_error(exc)
    return QCoreApplication.translate(
        "LoginWindow",
        "Logging in failed because of an unexpected problem ({problem}). Try again; "
        "if it happens again, tell IT.",
    ).format(problem=f"{type(exc).__name__}: {exc}")


def log_in(attempt: LoginAttempt, application_name: str | None) -> LoginResult:
    """On the worker thread: log in, then remember or forget the password."""
    from dicel_desktop.services import auth  # SQLAlchemy, psycopg: after the first paint

    profile = attempt.profile
    logged_in = auth.login(
        profile.host,
        profile.port,
        profile.database,
        attempt.email,
        attempt.password,
        sslmode=profile.sslmode,
        sslrootcert=profile.sslrootcert,
        application_name=application_name,
        connect_timeout=CONNECT_TIMEOUT_S,
        live_updates=profile.live_updates,
        installer=profile.installer,
    )
    problem = None
    if attempt.remember:
        try:
            credentials.save_password(profile, attempt.email, attempt.password)
        except credentials.CredentialStoreError as exc:
            problem = str(exc)
    else:
        # Unticked on a successful login: the person no longer wants it kept.
        credentials.delete_password(profile, attempt.email)
    return LoginResult(logged_in, problem)


def load_password(profile: ConnectionProfile, email: str):
    """On the worker thread: ((server, e-mail) asked for, remembered password or None)."""
    return (profile.server_key, email.lower()), credentials.load_password(profile, email)
