"""dicel_desktop.localdb against real PostgreSQL programs: no mocks."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from helpers import new_cluster_folder

from dicel_desktop.localdb import LocalCluster, LocalDbError, find_server_binaries

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
EXE = ".exe" if os.name == "nt" else ""


@pytest.fixture(scope="module")
def shared_cluster() -> Iterator[LocalCluster]:
    """One cluster for the module (initdb costs ~1 s); each test finds it running."""
    folder = new_cluster_folder()
    cluster = LocalCluster(folder, durable=False)
    try:
        yield cluster
    finally:
        try:
            cluster.stop()
        finally:
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def cluster(shared_cluster: LocalCluster) -> LocalCluster:
    shared_cluster.start()
    return shared_cluster


def server_pid(cluster: LocalCluster) -> int:
    return int((cluster.data_dir / "postmaster.pid").read_text().splitlines()[0])


def with_password(dsn: str, password: str) -> str:
    parts = urlsplit(dsn)
    netloc = f"{parts.username}:{password}@{parts.hostname}:{parts.port}"
    return parts._replace(netloc=netloc).geturl()


def test_find_server_binaries() -> None:
    folder = find_server_binaries()
    for program in ("pg_ctl", "initdb", "postgres"):
        assert (folder / f"{program}{EXE}").is_file()


def test_start_gives_a_scram_dsn_on_loopback(cluster: LocalCluster) -> None:
    dsn = cluster.start()
    assert cluster.exists()
    assert cluster.is_running()
    parts = urlsplit(dsn)
    assert (parts.scheme, parts.username, parts.hostname, parts.port, parts.path) == (
        "postgresql",
        "postgres",
        "127.0.0.1",
        cluster.port,
        "/postgres",
    )
    assert dsn == cluster.dsn
    with psycopg.connect(dsn) as conn:
        assert conn.execute("SHOW password_encryption").fetchone() == ("scram-sha-256",)
        assert conn.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
        assert conn.execute("SELECT host(inet_server_addr())").fetchone() == ("127.0.0.1",)
        assert conn.execute("SHOW server_encoding").fetchone() == ("UTF8",)
        if os.name != "nt":  # a short folder also gets a Unix socket, in the data folder
            sockets = conn.execute("SHOW unix_socket_directories").fetchone()
            assert sockets == (str(cluster.data_dir),)
        rules = conn.execute("SELECT type, address, auth_method FROM pg_hba_file_rules").fetchall()
        # the postgres role's own password is stored as a SCRAM verifier
        verifier = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'")
        assert verifier.fetchone()[0].startswith("SCRAM-SHA-256$")
    assert {method for _, _, method in rules} == {"scram-sha-256"}
    assert {address for kind, address, _ in rules if kind == "host"} == {"127.0.0.1", "::1"}

    mode = stat.S_IMODE(cluster.password_file.stat().st_mode)
    if os.name != "nt":
        assert mode == 0o600
    if IS_ROOT:
        import pwd

        assert cluster.password_file.stat().st_uid == pwd.getpwnam("postgres").pw_uid


def test_wrong_or_no_password_is_refused(cluster: LocalCluster) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(with_password(cluster.dsn, "not-the-password"), connect_timeout=5)
    no_password = f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres"
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(no_password, connect_timeout=5, passfile=os.devnull)


def test_start_twice_is_harmless(cluster: LocalCluster) -> None:
    pid = server_pid(cluster)
    assert cluster.start() == cluster.dsn
    assert server_pid(cluster) == pid
    # another object on the same folder reuses the running server too
    again = LocalCluster(cluster.folder, durable=False)
    assert again.start() == cluster.dsn
    assert server_pid(cluster) == pid


def test_restart_keeps_data_and_port(cluster: LocalCluster) -> None:
    port = cluster.port
    with psycopg.connect(cluster.dsn, autocommit=True) as conn:
        conn.execute(
            "DROP TABLE IF EXISTS kept; CREATE TABLE kept (x int); INSERT INTO kept VALUES (42)"
        )
    cluster.stop()
    assert not cluster.is_running()
    cluster.stop()  # harmless when stopped
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(cluster.dsn, connect_timeout=2)

    # A new object (as on the next run of the program) remembers the port.
    reopened = LocalCluster(cluster.folder, durable=False)
    assert reopened.port == port
    assert reopened.start() == cluster.dsn
    assert reopened.port == port
    with psycopg.connect(reopened.dsn) as conn:
        assert conn.execute("SELECT x FROM kept").fetchall() == [(42,)]


def test_a_taken_port_is_replaced(cluster: LocalCluster) -> None:
    old_port = cluster.port
    cluster.stop()
    with socket.socket() as squatter:
        if os.name != "nt":  # the server's closed connections leave the port in TIME_WAIT
            squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        squatter.bind(("127.0.0.1", old_port))
        squatter.listen()
        dsn = cluster.start()
    assert cluster.port != old_port
    assert urlsplit(dsn).port == cluster.port
    assert int(cluster.port_file.read_text()) == cluster.port
    with psycopg.connect(dsn) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_a_requested_port_in_use_is_a_clear_error(cluster: LocalCluster) -> None:
    cluster.stop()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        busy = squatter.getsockname()[1]
        with pytest.raises(LocalDbError, match=f"Port {busy} .* in use"):
            LocalCluster(cluster.folder, port=busy, durable=False).start()


def test_context_manager_starts_and_stops(cluster: LocalCluster) -> None:
    cluster.stop()
    with LocalCluster(cluster.folder, durable=False) as running:
        assert running.is_running()
        with psycopg.connect(running.dsn) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    assert not cluster.is_running()


def test_start_failure_shows_the_server_log(cluster: LocalCluster) -> None:
    cluster.stop()
    auto_conf = cluster.data_dir / "postgresql.auto.conf"
    original = auto_conf.read_bytes()
    try:
        with auto_conf.open("a") as conf:
            conf.write("shared_buffers = 'plenty'\n")
        with pytest.raises(LocalDbError, match="did not start") as failure:
            cluster.start()
        message = str(failure.value)
        assert "Last lines of" in message
        assert "shared_buffers" in message
        assert not cluster.is_running()
    finally:
        auto_conf.write_bytes(original)


def test_dsn_needs_an_initialised_cluster(tmp_path: Path) -> None:
    with pytest.raises(LocalDbError, match="not initialised"):
        _ = LocalCluster(tmp_path / "nothing-here").dsn


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_unreachable_folder_is_a_clear_error() -> None:
    blocked = Path(tempfile.mkdtemp(prefix="dicel-blocked-"))  # mode 0700, owned by us
    try:
        if IS_ROOT:
            # root passes anywhere, but the postgres OS user that runs the server cannot.
            expected = "cannot be reached by the OS user 'postgres'"
        else:
            blocked.chmod(0o500)  # we cannot create anything inside
            expected = "Cannot create the database folder"
        cluster = LocalCluster(blocked / "cluster", durable=False)
        with pytest.raises(LocalDbError, match=expected) as failure:
            cluster.init()
        assert str(blocked) in str(failure.value)
        assert not cluster.exists()
    finally:
        blocked.chmod(0o700)
        shutil.rmtree(blocked)


def test_long_folder_runs_without_a_unix_socket() -> None:
    folder = new_cluster_folder() / ("long-" * 20)
    assert len(os.fsencode(folder / "data" / ".s.PGSQL.65535")) > 107
    try:
        with LocalCluster(folder, durable=False) as cluster:
            with psycopg.connect(cluster.dsn) as conn:
                assert conn.execute("SHOW unix_socket_directories").fetchone() == ("",)
            assert not list(cluster.data_dir.glob(".s.PGSQL.*"))
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)
