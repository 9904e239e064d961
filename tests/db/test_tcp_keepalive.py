"""Every connection the program opens gives up on a network that went silent (libpq's
TCP keepalive and user timeout, db.engine.TCP_KEEPALIVE), read back from real
connections: the login's, the work listener's, and an export process's."""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from logins import open_logins

from dicel_desktop.services import export_process
from dicel_desktop.services.auth import connection_url, login
from dicel_desktop.services.export import ExportResult
from dicel_desktop.services.export_process import ExportJob
from dicel_desktop.services.listing import ListQuery
from dicel_desktop.services.work_listener import engine_connector

#: Probed after 30 s idle, then every 10 s, given up after 3; unacknowledged data: 60 s.
EXPECTED = {
    "keepalives": "1",
    "keepalives_idle": "30",
    "keepalives_interval": "10",
    "keepalives_count": "3",
    "tcp_user_timeout": "60000",
}


def keepalive_of(connection) -> dict[str, str | None]:
    """The libpq options the connection was opened with (not server settings: SHOW
    cannot see them)."""
    parameters = connection.info.get_parameters()
    return {name: parameters.get(name) for name in EXPECTED}


@pytest.fixture
def logged_in(db_dsn):
    for logins in open_logins(db_dsn):
        person = logins.person("employee")
        parts = urlsplit(db_dsn)
        session = login(
            parts.hostname, parts.port, parts.path.lstrip("/"), person.email, person.password
        )
        try:
            yield session
        finally:
            session.engine.dispose()


def test_the_logins_connections_give_up_on_a_silent_network(logged_in):
    pooled = logged_in.engine.raw_connection()
    try:
        assert keepalive_of(pooled.driver_connection) == EXPECTED
    finally:
        pooled.close()


def test_the_work_listeners_connection_gives_up_on_a_silent_network(logged_in):
    connection = engine_connector(logged_in.engine)()
    try:
        assert keepalive_of(connection) == EXPECTED
    finally:
        connection.close()


def test_an_export_processs_connection_gives_up_on_a_silent_network(
    logged_in, tmp_path, monkeypatch
):
    # The export process's own code (_child_main), run here so the test can look at the
    # connection it opens from the job's URL.
    seen: list[dict[str, str | None]] = []

    def export_list(conn, query, path: Path, fmt, **_options) -> ExportResult:
        seen.append(keepalive_of(conn.connection.driver_connection))
        return ExportResult(path=path, rows=0)

    monkeypatch.setattr(export_process, "export_list", export_list)
    monkeypatch.setattr(export_process, "_lower_priority", lambda: None)  # this thread's
    orders_in, orders = export_process.multiprocessing.Pipe(duplex=False)
    news, news_out = export_process.multiprocessing.Pipe(duplex=False)
    child = threading.Thread(target=export_process._child_main, args=(orders_in, news_out))
    child.start()
    orders.send(
        ExportJob(
            url=connection_url(logged_in.engine),
            query=ListQuery("transactions", ("reference_number",)),
            path=str(tmp_path / "list.csv"),
            fmt="csv",
        )
    )
    assert news.poll(60)
    kind, *_ = news.recv()
    orders.close()
    child.join(60)
    assert kind == "done"
    assert seen == [EXPECTED]
