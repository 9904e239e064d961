"""Remembered passwords, in the OS keyring only (ARCHITECTURE 4), and only when asked.

A password is stored under the service ``DICEL Desktop`` for the user name
``email@host:port/database``: it belongs to a login on one server, not to a profile's
name (IT may rename a profile; two profiles may name the same server).

Nothing here lets a keyring problem crash the program: no backend, a locked or refused
store, a D-Bus error. :func:`keyring_available` says why remembering is off (for the
checkbox's tooltip); :func:`save_password` raises :class:`CredentialStoreError` with a
sentence to show; loading and deleting fail quietly (logged).

These calls may block (a keyring may ask to be unlocked), so the GUI runs them on a
worker thread. ``keyring`` itself is imported on first use: it takes ~75 ms, which the
login window's first paint must not wait for.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QCoreApplication

from dicel_desktop.config import ConnectionProfile
from dicel_desktop.logs import mask_secret

_log = logging.getLogger(__name__)

SERVICE = "DICEL Desktop"

#: keyring's backend is chosen lazily by a global without a lock, and D-Bus backends are
#: not documented as thread-safe: one keyring call at a time.
_lock = threading.Lock()


class CredentialStoreError(Exception):
    """The password could not be stored; the message says why, for the person."""


def _username(profile: ConnectionProfile, email: str) -> str:
    return f"{email.strip().lower()}@{profile.server_key}"


def _unavailable_reason(backend: object) -> str | None:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends
    ):
        return QCoreApplication.translate(
            "Credentials",
            "This computer has no password store (such as Windows Credential Manager, "
            "GNOME Keyring or KWallet), so DICEL cannot remember your password.",
        )
    if isinstance(backend, null.Keyring):
        return QCoreApplication.translate(
            "Credentials",
            "Remembering passwords is turned off on this computer (keyring is disabled).",
        )
    return None


def keyring_available() -> tuple[bool, str]:
    """(True, "") when passwords can be remembered, else (False, why) for a tooltip."""
    try:
        with _lock:
            import keyring

            reason = _unavailable_reason(keyring.get_keyring())
    except Exception as exc:  # a broken backend or keyring config must not stop the login
        _log.warning("The OS keyring could not be opened", exc_info=True)
        return False, QCoreApplication.translate(
            "Credentials", "The password store of this computer could not be opened: {reason}"
        ).format(reason=exc)
    return (False, reason) if reason else (True, "")


def save_password(profile: ConnectionProfile, email: str, password: str) -> None:
    """Remember the password; raises CredentialStoreError with a sentence if it cannot."""
    mask_secret(password)
    available, reason = keyring_available()
    if not available:
        raise CredentialStoreError(reason)
    try:
        with _lock:
            import keyring

            keyring.set_password(SERVICE, _username(profile, email), password)
    except Exception as exc:  # locked store, refused unlock, D-Bus error...
        _log.warning("Could not store a password in the OS keyring", exc_info=True)
        raise CredentialStoreError(
            QCoreApplication.translate(
                "Credentials",
                "Your password could not be remembered: the password store refused it ({reason}).",
            ).format(reason=exc)
        ) from exc


def load_password(profile: ConnectionProfile, email: str) -> str | None:
    """The remembered password, or None (none saved, no keyring, or the keyring failed)."""
    if not email.strip():
        return None
    try:
        with _lock:
            import keyring

            if _unavailable_reason(keyring.get_keyring()):
                return None
            password = keyring.get_password(SERVICE, _username(profile, email))
        mask_secret(password)
        return password
    except Exception:  # the person simply types the password
        _log.warning("Could not read a password from the OS keyring", exc_info=True)
        return None


def delete_password(profile: ConnectionProfile, email: str) -> None:
    """Forget the password if one is remembered; quiet when there is none or no keyring."""
    try:
        with _lock:
            import keyring
            from keyring.errors import PasswordDeleteError

            if _unavailable_reason(keyring.get_keyring()):
                return
            with contextlib.suppress(PasswordDeleteError):  # nothing was remembered
                keyring.delete_password(SERVICE, _username(profile, email))
    except Exception:  # forgetting is best effort; a stale entry is not worth a crash
        _log.warning("Could not delete a password from the OS keyring", exc_info=True)
