"""Which DICEL Desktop the site expects, and the read-only mode of a client too old.

Two things can be out of date on a desk:

* the program, against what IT deployed: ``dicel-admin set-client-version 1.2.0
  --installer '\\\\server\\share\\dicel'`` writes ``client.expected_version`` and
  ``client.installer_location`` in ``system_settings``; a client older than that says so
  at login, with where the installer is (the setting, else the site profile's
  ``installer``), and goes on;
* the program, against the schema: a database migrated by a newer DICEL has a revision
  this client has never heard of. The client logs in but writes nothing: every
  transaction of its engine starts ``READ ONLY``, so the server refuses any write, and
  that refusal reads as :data:`READ_ONLY_CODE` (services.db_errors).

Versions compare by their numbers ("1.10.0" is newer than "1.9.2"); a suffix
("1.2.0rc1") counts as before the plain release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, event, text

from dicel_desktop.domain.errors import InvalidInput, NotAllowed

__all__ = [
    "EXPECTED_VERSION_KEY",
    "INSTALLER_KEY",
    "READ_ONLY_CODE",
    "ClientUpdate",
    "is_older",
    "make_read_only",
    "read_expectation",
    "read_only_refusal",
    "running_read_only",
    "set_client_version",
    "site_expectation",
]

EXPECTED_VERSION_KEY = "client.expected_version"
INSTALLER_KEY = "client.installer_location"
#: The DicelError code a write refused in read-only mode becomes.
READ_ONLY_CODE = "client_read_only"

_VERSION = re.compile(r"^\s*v?(\d+(?:\.\d+){0,3})([A-Za-z0-9.+-]*)\s*$")


@dataclass(frozen=True)
class ClientUpdate:
    """This client is older than the site expects."""

    client_version: str
    expected_version: str
    #: Where the installer is; None when neither the database nor the profile says.
    installer_location: str | None


def _key(version: str) -> tuple[tuple[int, ...], int, str]:
    match = _VERSION.match(version or "")
    if match is None:
        raise ValueError(version)
    numbers = tuple(int(n) for n in match.group(1).split("."))
    numbers += (0,) * (4 - len(numbers))
    suffix = match.group(2)
    # A pre-release (a suffix) sorts before its release: (1, 2, 0) rc1 < (1, 2, 0).
    return numbers, 0 if suffix else 1, suffix


def is_older(version: str, than: str) -> bool:
    """Whether ``version`` is older than ``than``; False when either is unreadable (a
    version nobody can compare must not nag every login)."""
    try:
        return _key(version) < _key(than)
    except ValueError:
        return False


def site_expectation(connection: Connection) -> tuple[str | None, str | None]:
    """(expected version, installer location) as set by dicel-admin set-client-version;
    (None, None) when unset or the database predates migration 0021."""
    has_function = connection.execute(
        text("SELECT to_regprocedure('public.dicel_client_expectation()') IS NOT NULL")
    ).scalar_one()
    if not has_function:
        return None, None
    expected, installer = connection.execute(
        text("SELECT expected_version, installer_location FROM public.dicel_client_expectation()")
    ).one()
    return expected, installer


def read_expectation(
    connection: Connection, client_version: str, profile_installer: str | None = None
) -> tuple[ClientUpdate | None, str | None]:
    """(the update this client lacks or None, where the installer is or None).

    The database's installer location comes first, then the site profile's."""
    expected, installer = site_expectation(connection)
    installer = installer or profile_installer or None
    if not expected or not is_older(client_version, expected):
        return None, installer
    return ClientUpdate(client_version, expected, installer), installer


def set_client_version(
    connection: Connection, *, version: str, installer_location: str | None = None
) -> None:
    """Write the version the site expects (and where its installer is) for every client
    to compare itself with at login. ``installer_location`` None leaves the current one."""
    try:
        _key(version)
    except ValueError:
        raise InvalidInput("client_version_invalid", version=version) from None
    rows = [(EXPECTED_VERSION_KEY, version.strip(), "The DICEL Desktop version IT deployed")]
    if installer_location is not None:
        rows.append(
            (INSTALLER_KEY, installer_location.strip(), "Where the DICEL Desktop installer is")
        )
    for key, value, description in rows:
        connection.execute(
            text(
                "INSERT INTO public.system_settings"
                " (setting_key, setting_value, setting_type, description)"
                " VALUES (:key, :value, 'string', :description)"
                " ON CONFLICT (setting_key) DO UPDATE SET setting_value = EXCLUDED.setting_value"
            ),
            {"key": key, "value": value, "description": description},
        )


# --------------------------------------------------------------------------- read-only

#: Whether this process's last login was read-only (and where the installer is): the
#: person then reads why a save was refused in these words, not in those of a read-only
#: standby server. One person is logged in per process.
_read_only = False
_installer: str | None = None


def running_read_only() -> bool:
    return _read_only


def read_only_refusal() -> NotAllowed:
    """The refusal of a write in read-only mode, with where the installer is if known."""
    if _installer:
        return NotAllowed("client_read_only_from", installer=_installer)
    return NotAllowed(READ_ONLY_CODE)


def make_read_only(engine: Engine, read_only: bool = True, installer: str | None = None) -> None:
    """Start every transaction of ``engine`` READ ONLY (the server then refuses writes).

    Per transaction, not per session: behind PgBouncer in transaction mode a session
    setting would stay on a server connection other clients get next.
    """
    global _read_only, _installer
    _read_only, _installer = read_only, installer
    if read_only and not event.contains(engine, "begin", _read_only_transaction):
        event.listen(engine, "begin", _read_only_transaction)


def _read_only_transaction(connection: Connection) -> None:
    connection.exec_driver_sql("SET TRANSACTION READ ONLY")
