"""PgBouncer in front of the test server, as IT deploys it (``from pgbouncer import
PgBouncer``): transaction pooling, SCRAM-SHA-256 to the clients, and ``auth_query`` so a
login's password is checked against the server's own verifier (no userlist of people).

Debian's ``pgbouncer`` package (``scripts/setup.sh`` installs it); a test skips where it
is missing. PgBouncer refuses to run as root: as root it runs as the ``postgres`` OS
account, as the test server does (dicel_desktop.localdb).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

#: Debian puts it in /usr/sbin, which a non-root PATH may lack.
_PLACES = ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer")


def pgbouncer_program() -> str:
    """The pgbouncer program, or skip the test."""
    found = shutil.which("pgbouncer") or next((p for p in _PLACES if os.access(p, os.X_OK)), None)
    if found is None:
        pytest.skip("pgbouncer is not installed (apt-get install pgbouncer)")
    return found


def free_port() -> int:
    """A port on which nothing listens (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PgBouncer:
    """PgBouncer on 127.0.0.1:``port`` for the database of ``superuser_dsn``.

    ``server_port`` sends PgBouncer to another port of the server's host (one where
    nothing listens: a server that is down). ``query_wait_timeout``: how long a client's
    query may wait for a server connection before PgBouncer closes it (its default, 120 s,
    when None; 0 waits for ever). Use as a context manager.
    """

    def __init__(
        self,
        superuser_dsn: str,
        *,
        server_port: int | None = None,
        query_wait_timeout: int | None = None,
    ) -> None:
        parts = urlsplit(superuser_dsn)
        self.dbname = parts.path.lstrip("/")
        self.server_host = parts.hostname or "127.0.0.1"
        self.server_port = server_port or parts.port or 5432
        self.auth_user = unquote(parts.username or "postgres")
        self.auth_password = unquote(parts.password or "")
        self.port = free_port()
        self.query_wait_timeout = query_wait_timeout
        self.folder = Path(tempfile.mkdtemp(prefix="dicel-pgbouncer-"))
        self.process: subprocess.Popen[bytes] | None = None
        #: Its log as it was when it stopped.
        self._last_log = ""

    @property
    def log(self) -> str:
        """What PgBouncer logged (its refusals are there as "pooler error: …")."""
        path = self.folder / "pgbouncer.log"
        return path.read_text(errors="replace") if path.exists() else self._last_log

    def __enter__(self) -> PgBouncer:
        program = pgbouncer_program()
        quote = self.auth_password.replace('"', '""')
        (self.folder / "userlist.txt").write_text(f'"{self.auth_user}" "{quote}"\n')
        (self.folder / "pgbouncer.ini").write_text(
            "[databases]\n"
            f"{self.dbname} = host={self.server_host} port={self.server_port}"
            f" dbname={self.dbname}\n"
            "[pgbouncer]\n"
            "listen_addr = 127.0.0.1\n"
            f"listen_port = {self.port}\n"
            "unix_socket_dir =\n"
            "auth_type = scram-sha-256\n"
            f"auth_file = {self.folder / 'userlist.txt'}\n"
            f"auth_user = {self.auth_user}\n"
            "auth_query = SELECT usename, passwd FROM pg_shadow WHERE usename = $1\n"
            "pool_mode = transaction\n"
            f"logfile = {self.folder / 'pgbouncer.log'}\n"
            # What IT's PgBouncer does after a failed server login: refuse for a while.
            "server_login_retry = 15\n"
            + (
                ""
                if self.query_wait_timeout is None
                else f"query_wait_timeout = {self.query_wait_timeout}\n"
            )
        )
        kwargs: dict = {}
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            for path in (self.folder, *self.folder.iterdir()):
                os.chown(path, account.pw_uid, account.pw_gid)
            kwargs.update(user=account.pw_uid, group=account.pw_gid)
        self.process = subprocess.Popen(
            [program, str(self.folder / "pgbouncer.ini")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            **kwargs,
        )
        self._wait_listening()
        return self

    def _wait_listening(self) -> None:
        assert self.process is not None
        for _ in range(200):
            if self.process.poll() is not None:
                raise RuntimeError(f"pgbouncer exited:\n{self.log}")
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            time.sleep(0.05)
        raise RuntimeError(f"pgbouncer did not listen on {self.port}:\n{self.log}")

    def __exit__(self, *exc_info: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._last_log = self.log
        shutil.rmtree(self.folder, ignore_errors=True)
