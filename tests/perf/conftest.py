"""Fixtures of the benchmarks (run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly``).

* ``perf_db`` (session): a database with the ``large`` demo company (1,000,000
  transactions; about a minute to load) on the session's server (``pg_superuser_dsn``:
  a private cluster unless ``DICEL_TEST_DSN`` names one), and the finance demo login
  the grid runs as: a real login, so grants and row security cost what they cost.
* ``demo_folder`` (session): a demo cluster as ``dicel-desktop --demo`` leaves it
  after its first run (created, migrated, filled, stopped), for the cold-start benchmark.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from helpers import create_database, demo_logins, drop_database, dsn_for, new_cluster_folder
from psycopg import sql

PERF_DB = "dicel_perf"


@dataclass(frozen=True)
class PerfDatabase:
    host: str
    port: int
    dbname: str
    #: The finance demo login (role finance reads transactions) and its password.
    email: str
    password: str
    transactions: int

    def runner_config(self) -> dict[str, object]:
        return {
            "host": self.host,
            "port": self.port,
            "dbname": self.dbname,
            "email": self.email,
            "pw": self.password,
        }


@pytest.fixture(scope="session")
def perf_db(pg_superuser_dsn: str, _admin: psycopg.Connection) -> Iterator[PerfDatabase]:
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.db.migrate import upgrade
    from dicel_desktop.demo import DEMO_PASSWORD, demo_users, load_demo_data
    from dicel_desktop.domain.roles import Role

    drop_database(_admin, PERF_DB)
    create_database(_admin, PERF_DB)
    dsn = dsn_for(pg_superuser_dsn, PERF_DB)
    before = demo_logins(_admin)
    try:
        upgrade(dsn)
        engine = make_engine(dsn)
        try:
            with engine.begin() as conn:
                load_demo_data(conn, "large")
            with engine.connect() as conn:
                finance = next(u for u in demo_users(conn) if u.role == Role.FINANCE.value)
                (transactions,) = conn.exec_driver_sql("SELECT count(*) FROM transactions").one()
        finally:
            engine.dispose()
        parts = urlsplit(dsn)
        yield PerfDatabase(
            host=parts.hostname or "127.0.0.1",
            port=parts.port or 5432,
            dbname=PERF_DB,
            email=finance.email,
            password=DEMO_PASSWORD,
            transactions=transactions,
        )
    finally:
        drop_database(_admin, PERF_DB)
        # Logins are cluster-wide: drop the ones this load made (they own nothing now).
        for login in sorted(demo_logins(_admin) - before):
            _admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))


@pytest.fixture(scope="session")
def demo_folder() -> Iterator[Path]:
    """A demo cluster already created and filled, stopped: what a second start finds."""
    from dicel_desktop.demo_mode import start_demo_database
    from dicel_desktop.localdb import LocalCluster

    folder = new_cluster_folder("dicel-perf-demo-")
    try:
        demo = start_demo_database(folder)
        demo.cluster.stop()
        yield folder
    finally:
        with contextlib.suppress(Exception):  # a run that died may have left it running
            LocalCluster(folder).stop()
        shutil.rmtree(folder, ignore_errors=True)
