"""Connection profiles: the site file IT deploys (``dicel.toml``) and the user's own additions.

The site file is looked for in three places; the first one found is the one in effect
(so a stale copy elsewhere never mixes in):

1. beside the program: the folder of the executable in a packaged build, the
   virtualenv's folder in a pip install (``/opt/dicel/dicel.toml``);
2. the system config folder (``/etc/xdg/dicel-desktop``, ``C:\\ProgramData\\dicel-desktop``);
3. the user's config folder (``~/.config/dicel-desktop``, ``%LOCALAPPDATA%\\dicel-desktop``).

Profiles a person adds in the login window go to ``profiles.toml`` in the user's config
folder, never into the site file, so IT's file (and its comments) is never rewritten.

Both files hold ``[[profile]]`` tables::

    [[profile]]
    name = "Head office"          # shown in the login window; unique
    host = "db.dicel.rw"          # required
    port = 5432                   # default 5432
    database = "dicel_erp_db"     # default dicel_erp_db
    sslmode = "verify-full"       # libpq's sslmode; default: libpq's (prefer)
    sslrootcert = "dicel-ca.pem"  # CA file; relative paths are relative to this file
    installer = '\\\\fs1\\dicel'  # where the installer is (for "a newer version exists")
    live_updates = "auto"         # auto | listen | poll: "poll" behind a pooler in
                                  # transaction mode (PgBouncer), where LISTEN cannot work

A file that cannot be read or parsed, or a profile that is wrong, is skipped with a
:class:`ProfileProblem` that names the file and line; the other profiles still load.

No Qt here: the CLI and tests use it too.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "DEFAULT_DATABASE",
    "DEFAULT_PORT",
    "LIVE_UPDATES",
    "SITE_FILE_NAME",
    "SSL_MODES",
    "USER_FILE_NAME",
    "ConnectionProfile",
    "LoadedProfiles",
    "ProfileProblem",
    "SiteProfile",
    "load_profiles",
    "read_profiles",
    "save_user_profiles",
    "site_file_candidates",
    "user_profiles_file",
]

SITE_FILE_NAME = "dicel.toml"
USER_FILE_NAME = "profiles.toml"
APP_DIR_NAME = "dicel-desktop"
DEFAULT_PORT = 5432
#: The seed's database name (ARCHITECTURE 6); the demo database has it too.
DEFAULT_DATABASE = "dicel_erp_db"
#: libpq's values for sslmode, weakest first.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
#: How new work reaches the window (services.work_listener): find out, LISTEN, or poll.
LIVE_UPDATES = ("auto", "listen", "poll")

_KEYS = {
    "name", "host", "port", "database", "sslmode", "sslrootcert", "live_updates", "installer"
}  # fmt: skip
_PROFILE_HEADER = re.compile(r"^\s*\[\[\s*profile\s*\]\]")
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass(frozen=True)
class ConnectionProfile:
    """Where a DICEL database is: what the login window offers in its server list."""

    name: str
    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    sslmode: str | None = None
    #: Absolute path of the CA file (relative paths are resolved when the file is read).
    sslrootcert: str | None = None
    #: One of LIVE_UPDATES: "poll" where the connection goes through a pooler in
    #: transaction mode; "auto" finds out by itself.
    live_updates: str = "auto"
    #: Where the DICEL Desktop installer is (a share, a URL), for the notice of a client
    #: older than the site expects; the database's setting, when set, comes first.
    installer: str | None = None
    #: The file the profile came from; None for one made in memory (demo mode, tests).
    source: Path | None = field(default=None, compare=False)
    #: True for a profile the person added themself (they may remove it; IT's they may not).
    user_defined: bool = field(default=False, compare=False)

    @property
    def server_key(self) -> str:
        """``host:port/database``: what a saved password belongs to (not the profile's name,
        which IT may rename without the password changing)."""
        return f"{self.host}:{self.port}/{self.database}"


# The site profile file is the same thing under another name in ARCHITECTURE.md.
SiteProfile = ConnectionProfile


@dataclass(frozen=True)
class ProfileProblem:
    """Something wrong in a profile file; the profile (or the whole file) was skipped."""

    file: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else str(self.file)
        return f"{where}: {self.message}"


@dataclass
class LoadedProfiles:
    profiles: list[ConnectionProfile]
    problems: list[ProfileProblem]
    #: The site file in effect, or None when there is none.
    site_file: Path | None


# --------------------------------------------------------------------------- where


def _beside_program() -> Path | None:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    if sys.prefix != sys.base_prefix:
        # A virtualenv (how IT installs with pip, and a checkout's .venv): its root folder,
        # not bin/ or Scripts/, which differ between Linux and Windows.
        return Path(sys.prefix)
    return None  # a system-wide Python: /usr is no place for it; the system folder is


def site_file_candidates() -> list[Path]:
    """Where ``dicel.toml`` is looked for, in order; the first that exists is used."""
    from platformdirs import site_config_path, user_config_path

    folders = [
        _beside_program(),
        site_config_path(APP_DIR_NAME, appauthor=False),
        user_config_path(APP_DIR_NAME, appauthor=False),
    ]
    return [folder / SITE_FILE_NAME for folder in folders if folder is not None]


def user_profiles_file() -> Path:
    """The file that holds the profiles a person added themself."""
    from platformdirs import user_config_path

    return user_config_path(APP_DIR_NAME, appauthor=False) / USER_FILE_NAME


# --------------------------------------------------------------------------- reading


def read_profiles(
    site_candidates: list[Path] | None = None, user_file: Path | None = None
) -> LoadedProfiles:
    """The site file's profiles, then the user's own, with what was wrong in either."""
    candidates = site_file_candidates() if site_candidates is None else site_candidates
    user_file = user_profiles_file() if user_file is None else user_file
    problems: list[ProfileProblem] = []
    site_file = next((path for path in candidates if path.is_file()), None)
    profiles: list[ConnectionProfile] = []
    if site_file is not None:
        profiles += _read_file(site_file, problems, user_defined=False)
    if user_file.is_file():
        profiles += _read_file(user_file, problems, user_defined=True)
    return LoadedProfiles(_unique(profiles, problems), problems, site_file)


def load_profiles() -> list[ConnectionProfile]:
    """The profiles in effect (problems dropped; use :func:`read_profiles` to show them)."""
    return read_profiles().profiles


def _unique(profiles: list[ConnectionProfile], problems: list[ProfileProblem]):
    seen: dict[str, ConnectionProfile] = {}
    for profile in profiles:
        first = seen.get(profile.name.casefold())
        if first is None:
            seen[profile.name.casefold()] = profile
            continue
        problems.append(
            ProfileProblem(
                profile.source or Path(),
                None,
                f'the profile "{profile.name}" is skipped: {first.source} already has a '
                "profile of that name",
            )
        )
    return list(seen.values())


def _read_file(
    path: Path, problems: list[ProfileProblem], *, user_defined: bool
) -> list[ConnectionProfile]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        problems.append(ProfileProblem(path, None, f"cannot be read: {reason}"))
        return []
    import tomllib  # here, not at the top: ~8 ms the login window's first paint need not wait

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib (3.11) puts the position only in the message: "... (at line 3, column 7)".
        match = _TOML_LINE.search(str(exc))
        detail = _TOML_LINE.sub("", str(exc)).strip()
        problems.append(
            ProfileProblem(
                path,
                int(match.group(1)) if match else None,
                f"is not a valid TOML file ({detail}); none of its profiles are used",
            )
        )
        return []

    for key in document.keys() - {"profile"}:
        problems.append(ProfileProblem(path, None, f'unknown setting "{key}" ignored'))
    tables = document.get("profile", [])
    if not isinstance(tables, list):
        problems.append(
            ProfileProblem(path, None, "profiles must be written as [[profile]] tables")
        )
        return []
    # tomllib does not tell where a table starts: the n-th [[profile]] header is the n-th table.
    header_lines = [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if _PROFILE_HEADER.match(line)
    ]
    profiles = []
    for index, table in enumerate(tables):
        line = header_lines[index] if index < len(header_lines) else None
        profile = _profile_from_table(table, path, line, problems, user_defined=user_defined)
        if profile is not None:
            profiles.append(profile)
    return profiles


def _profile_from_table(
    table: dict,
    path: Path,
    line: int | None,
    problems: list[ProfileProblem],
    *,
    user_defined: bool,
) -> ConnectionProfile | None:
    name = table.get("name")
    label = f'the profile "{name}"' if isinstance(name, str) and name.strip() else "a profile"

    def skip(reason: str) -> None:
        problems.append(ProfileProblem(path, line, f"{label} is skipped: {reason}"))

    for key in sorted(table.keys() - _KEYS):
        # Kept, not skipped: a newer site file must still work with an older client. The
        # message still shows every start, so a typo ("ssl_mode") does not go unseen.
        problems.append(ProfileProblem(path, line, f'{label}: unknown setting "{key}" ignored'))

    if not isinstance(name, str) or not name.strip():
        skip('it has no name (name = "...")')
        return None
    host = table.get("host")
    if not isinstance(host, str) or not host.strip():
        skip('it has no server address (host = "...")')
        return None
    port = table.get("port", DEFAULT_PORT)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        skip(f"port must be a whole number from 1 to 65535, not {port!r}")
        return None
    database = table.get("database", DEFAULT_DATABASE)
    if not isinstance(database, str) or not database.strip():
        skip('database must be a name in quotes (database = "dicel_erp_db")')
        return None
    sslmode = table.get("sslmode")
    if sslmode is not None and sslmode not in SSL_MODES:
        skip(f"sslmode must be one of {', '.join(SSL_MODES)}, not {sslmode!r}")
        return None
    sslrootcert = table.get("sslrootcert")
    if sslrootcert is not None:
        if not isinstance(sslrootcert, str) or not sslrootcert.strip():
            skip("sslrootcert must be the path of the CA file in quotes")
            return None
        ca_file = (path.parent / os.path.expanduser(sslrootcert)).resolve()
        if not ca_file.is_file():
            # libpq would only say so at login, in its own words; this names the file now.
            skip(f"its CA file {ca_file} does not exist")
            return None
        sslrootcert = str(ca_file)
    live_updates = table.get("live_updates", "auto")
    if live_updates not in LIVE_UPDATES:
        skip(f"live_updates must be one of {', '.join(LIVE_UPDATES)}, not {live_updates!r}")
        return None
    installer = table.get("installer")
    if installer is not None and (not isinstance(installer, str) or not installer.strip()):
        skip("installer must be the installer's folder or address in quotes")
        return None
    return ConnectionProfile(
        name=name.strip(),
        host=host.strip(),
        port=port,
        database=database.strip(),
        sslmode=sslmode,
        sslrootcert=sslrootcert,
        live_updates=live_updates,
        installer=installer.strip() if installer else None,
        source=path,
        user_defined=user_defined,
    )


# --------------------------------------------------------------------------- writing


def save_user_profiles(profiles: list[ConnectionProfile], path: Path | None = None) -> Path:
    """Write the person's own profiles (replacing the file); returns the file written.

    Written by hand rather than with tomli-w: a few flat keys of strings and one integer
    do not justify a dependency, and read_profiles() reads the result back (tested).
    """
    path = user_profiles_file() if path is None else path
    lines = [
        "# Connection profiles added in DICEL Desktop's login window.",
        f"# The site profiles IT deploys are in {SITE_FILE_NAME}, not here.",
    ]
    for profile in profiles:
        lines += ["", "[[profile]]"]
        lines.append(f"name = {_toml_string(profile.name)}")
        lines.append(f"host = {_toml_string(profile.host)}")
        lines.append(f"port = {int(profile.port)}")
        lines.append(f"database = {_toml_string(profile.database)}")
        if profile.sslmode:
            lines.append(f"sslmode = {_toml_string(profile.sslmode)}")
        if profile.sslrootcert:
            lines.append(f"sslrootcert = {_toml_string(profile.sslrootcert)}")
        if profile.live_updates != "auto":
            lines.append(f"live_updates = {_toml_string(profile.live_updates)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    # Through a temporary file, so a crash mid-write never leaves half a file behind.
    scratch = path.with_name(path.name + ".new")
    scratch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(scratch, path)
    return path


def _toml_string(value: str) -> str:
    """A TOML basic string: backslash, quote and control characters escaped."""
    out = []
    for char in value:
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
