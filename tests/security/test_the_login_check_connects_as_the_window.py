"""The login check (pool40, ``services.login_check``) connects with what the window's
engine sends: a password with a space and a query value with a space reach the server as
they are (review40 #2). Before, it re-rendered the login's URL as a libpq URI: libpq
refused the password ("unexpected spaces"), read ``+`` in a query value as itself, and
the check said nothing for a login turned off. Real logins on the test's own server,
through a TCP proxy that keeps what the client sends."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import psycopg
import pytest
from logins import Logins, open_logins

from dicel_desktop.domain.roles import Role
from dicel_desktop.services import users
from dicel_desktop.services.auth import LoggedIn, default_application_name, login
from dicel_desktop.services.login_check import refusal_of_login

PASSWORD = "correct horse battery staple"
#: A site profile's CA file under a folder with a space (sslmode prefer on a server
#: without TLS: libpq never opens it, but it is in every connection's parameters).
CA_FILE = r"C:\Program Files\DICEL\company-ca.crt"


@pytest.fixture
def logins(db_dsn: str) -> Iterator[Logins]:
    yield from open_logins(db_dsn)


class RecordingProxy:
    """Passes bytes both ways between a client and PostgreSQL, keeping what each
    client connection sent first (its startup message, with its parameters)."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sent: list[bytearray] = []
        self._sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self._sockets += [client, server]
            kept = bytearray()
            self.sent.append(kept)
            threading.Thread(target=self._pass, args=(client, server, kept), daemon=True).start()
            threading.Thread(target=self._pass, args=(server, client, None), daemon=True).start()

    @staticmethod
    def _pass(source: socket.socket, sink: socket.socket, kept: bytearray | None) -> None:
        try:
            while chunk := source.recv(65536):
                if kept is not None:
                    kept += chunk
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def startup_parameters(self, index: int) -> dict[str, str]:
        """The parameters of connection ``index``'s startup message (protocol 3.0),
        after any SSL or GSS request the server declined."""
        data = bytes(self.sent[index])
        while len(data) >= 8:
            length = int.from_bytes(data[:4], "big")
            if data[4:8] == b"\x00\x03\x00\x00":
                fields = data[8:length].split(b"\x00")
                pairs = [f.decode() for f in fields[:-2]]
                return dict(zip(pairs[::2], pairs[1::2], strict=True))
            data = data[length:]
        raise AssertionError("no startup message in plain text")

    def close(self) -> None:
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.close()


def _server(db_dsn: str) -> tuple[str, int, str]:
    parts = urlsplit(db_dsn)
    return parts.hostname or "127.0.0.1", parts.port or 5432, parts.path.lstrip("/")


def _with_password(logins: Logins, password: str = PASSWORD) -> str:
    person = logins.person(Role.EMPLOYEE)
    with logins.superuser().begin() as conn:
        users.set_password(conn, email=person.email, password=password)
    return person.email


def test_a_login_whose_password_has_a_space_is_said_refused_once_turned_off(
    logins: Logins, db_dsn: str
):
    email = _with_password(logins)
    host, port, dbname = _server(db_dsn)
    logged_in: LoggedIn = login(host, port, dbname, email, PASSWORD, sslrootcert=CA_FILE)
    try:
        assert refusal_of_login(logged_in.engine) is None  # still allowed
        with psycopg.connect(db_dsn, autocommit=True) as su:
            su.execute(f'ALTER ROLE "{email}" NOLOGIN')
        refusal = refusal_of_login(logged_in.engine)
        assert refusal is not None and refusal.code == "login_refused"
    finally:
        logged_in.close()


@pytest.mark.parametrize("password", [PASSWORD, "no-space-in-this-one"])
def test_the_check_sends_the_parameters_the_windows_engine_sends(
    logins: Logins, db_dsn: str, password: str
):
    """With either password: the query values (application_name, with spaces) too."""
    email = _with_password(logins, password)
    host, port, dbname = _server(db_dsn)
    proxy = RecordingProxy(host, port)
    try:
        logged_in = login("127.0.0.1", proxy.port, dbname, email, password, sslrootcert=CA_FILE)
        try:
            engine_connections = len(proxy.sent)  # the login's probe and its engine
            assert refusal_of_login(logged_in.engine) is None
            assert len(proxy.sent) == engine_connections + 1
            checked = proxy.startup_parameters(-1)
            window = proxy.startup_parameters(engine_connections - 1)
        finally:
            logged_in.close()
    finally:
        proxy.close()
    assert checked == window
    # "DICEL Desktop/0.1.0 (Linux)", not "DICEL+Desktop/0.1.0+(Linux)".
    assert checked["application_name"] == default_application_name()
    assert checked["user"] == email
