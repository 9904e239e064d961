"""Demo mode: a private PostgreSQL in the user's data folder, migrated and filled once.

The first run creates the cluster, the ``dicel_erp_db`` database, migrates it and loads
the demo company, its history ending on that day; later runs reuse all of it (and only
migrate if this client is newer).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg
from platformdirs import user_data_path
from psycopg import sql

from dicel_desktop.localdb import LocalCluster

DEMO_DATABASE = "dicel_erp_db"


# --------------------------------------------------------------------------- clients
#
# Who uses the demo server: each program that uses it (a login window in demo mode, a
# screenshot run) writes ``clients/<pid>`` in the demo folder while it runs. At exit it
# removes its file and stops the server when no other live program has one: the last one
# out stops it, whoever started it. A server left running by a program that was killed
# (kill -9, a crash) has no live client: the next program adopts it (uses it, and stops
# it at exit) instead of taking it for another window's server and leaving it on forever.
# Two programs ending at the same moment may each see the other and leave the server
# on; the next start adopts it.


CLIENTS_DIR = "clients"


def _process_start(pid: int) -> str:
    """When process ``pid`` started, or "" where that cannot be read: with it, a dead
    client's PID reused by another program is not mistaken for the client. Linux: field
    22 of /proc/PID/stat; Windows: the process's creation time (``GetProcessTimes``)."""
    if os.name == "nt":
        import ctypes

        return _windows_process_start(pid, ctypes.windll.kernel32)  # type: ignore[attr-defined]
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    # The command name (field 2) may hold spaces and parentheses: count after its end.
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else ""


def _windows_process_start(pid: int, kernel32: Any) -> str:
    """The creation time of process ``pid`` in 100 ns since 1601 (a FILETIME), as text;
    "" when the process cannot be opened (gone, or another user's without the right)."""
    import ctypes

    query_limited_information = 0x1000
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return ""
    try:
        created, exited, kernel, user = (ctypes.c_ulonglong() for _ in range(4))
        if not kernel32.GetProcessTimes(
            handle,
            ctypes.byref(created),
            ctypes.byref(exited),
            ctypes.byref(kernel),
            ctypes.byref(user),
        ):
            return ""
        return str(created.value) if created.value else ""
    finally:
        kernel32.CloseHandle(handle)


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":
        import ctypes

        synchronize, still_active = 0x00100000 | 0x1000, 259
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True


@dataclass
class ClientLease:
    """This program's entry in the demo folder's client list; ``release()`` at exit."""

    folder: Path
    pid: int

    @property
    def path(self) -> Path:
        return self.folder / CLIENTS_DIR / str(self.pid)

    def others(self) -> list[int]:
        """The other programs using the demo server now (dead entries are removed)."""
        return [pid for pid in live_clients(self.folder) if pid != self.pid]

    def release(self) -> bool:
        """Leave the list; True when no other live program uses the server (so the
        caller stops it)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        return not self.others()


def register_client(folder: Path) -> ClientLease:
    """Put this program on the demo server's client list (see above)."""
    lease = ClientLease(folder, os.getpid())
    lease.path.parent.mkdir(parents=True, exist_ok=True)
    lease.path.write_text(f"{lease.pid} {_process_start(lease.pid)}\n", encoding="ascii")
    return lease


def live_clients(folder: Path) -> list[int]:
    """The PIDs of the live programs on the client list; removes the dead ones' entries."""
    alive: list[int] = []
    try:
        entries = list((folder / CLIENTS_DIR).iterdir())
    except OSError:
        return alive
    for entry in entries:
        try:
            pid_text, _, started = entry.read_text(encoding="ascii").strip().partition(" ")
            pid = int(pid_text)
        except (OSError, ValueError):
            continue
        if _pid_alive(pid) and (not started or _process_start(pid) in ("", started)):
            alive.append(pid)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()
    return sorted(alive)


def demo_folder() -> Path:
    """Where the demo cluster lives: the user's data folder.

    As root (containers, CI) the server runs as the ``postgres`` account, which cannot
    pass through /root; the cluster then goes to /var/lib/dicel-desktop instead.
    """
    override = os.environ.get("DICEL_DEMO_DIR")
    if override:
        return Path(override)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return Path("/var/lib/dicel-desktop/demo")
    return user_data_path("dicel-desktop", appauthor=False) / "demo"


@dataclass
class DemoDatabase:
    cluster: LocalCluster
    superuser_dsn: str
    #: DSN of the demo database as the superuser (for setup only; people log in as themselves).
    dsn: str
    created: bool


def with_database(dsn: str, dbname: str) -> str:
    """The same libpq URL with another database name.

    A URL, not key=value: SQLAlchemy (migrations, the loader) reads only URLs.
    """
    parts = urlsplit(dsn)
    return urlunsplit(parts._replace(path="/" + quote(dbname, safe="")))


def start_demo_database(
    folder: Path | None = None,
    *,
    load_data: bool = True,
    progress: Callable[[str], None] | None = None,
) -> DemoDatabase:
    """Start (and on first use create, migrate and fill) the demo database.

    ``progress`` hears each step of a first fill (minutes), for a status line.
    """
    from dicel_desktop.db import revisions
    from dicel_desktop.db.engine import TCP_KEEPALIVE

    folder = folder or demo_folder()
    folder.mkdir(parents=True, exist_ok=True)
    cluster = LocalCluster(folder)
    # One program at a time starts, migrates and fills a folder's database: two started
    # together (a double click) raced for the server's lock file, or ran one migration
    # twice and left a function half made (a user-eye review). The second waits.
    with _only_one_starting(folder):
        superuser_dsn = cluster.start()
        with psycopg.connect(superuser_dsn, autocommit=True, **TCP_KEEPALIVE) as admin:
            exists = admin.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (DEMO_DATABASE,)
            ).fetchone()
            if not exists:
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DEMO_DATABASE)))
        dsn = with_database(superuser_dsn, DEMO_DATABASE)
        # Alembic (a second to import, and every revision's module) only when the
        # database is behind this client: a start on the same version reads one row.
        if revisions.database_revision(dsn) != revisions.head_revision():
            from dicel_desktop.db import migrate

            migrate.upgrade(dsn)
        created = False
        if load_data and _is_empty(dsn):
            _load_demo_company(dsn, progress)
            created = True
    return DemoDatabase(cluster, superuser_dsn, dsn, created)


@contextlib.contextmanager
def _only_one_starting(folder: Path) -> Iterator[None]:
    """Hold the folder's start lock (``start.lock``, an OS file lock: it goes with the
    process, however it ends) for the block; wait for another process holding it."""
    with open(folder / "start.lock", "a+b") as handle:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # retries 10 s
                    break
                except OSError:
                    continue
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _is_empty(dsn: str) -> bool:
    from dicel_desktop.db.engine import TCP_KEEPALIVE

    with psycopg.connect(dsn, **TCP_KEEPALIVE) as conn:
        return conn.execute("SELECT NOT EXISTS (SELECT 1 FROM users)").fetchone()[0]


def _load_demo_company(dsn: str, progress: Callable[[str], None] | None = None) -> None:
    import sqlalchemy as sa

    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo import load_demo_data

    # The company's history ends on the day the folder is made, not on the loader's
    # fixed day (which keeps the tests' figures the same): a demo run a month later
    # otherwise shows "this month" and "today" empty on every dashboard. The company's
    # day as its database counts it (``dicel_company_day()``, which the dashboards'
    # "today" reads): Kigali's day on this desktop's clock was a day ahead of it for two
    # hours a night where the server's zone is UTC, and dated rows after its today.
    engine = make_engine(dsn, pool_pre_ping=False)
    try:
        # One transaction: an interrupted first run leaves an empty database, which the
        # next run fills again (_is_empty), never a half-filled one.
        with engine.begin() as connection:
            today = connection.execute(sa.text("SELECT public.dicel_company_day()")).scalar_one()
            load_demo_data(connection, "small", today=today, progress=progress)
    finally:
        engine.dispose()
