"""Demo mode: a private PostgreSQL in the user's data folder, migrated and filled once.

The first run creates the cluster, the ``dicel_erp_db`` database, migrates it and loads
the demo company; later runs reuse all of it (and only migrate if this client is newer).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg
from platformdirs import user_data_path
from psycopg import sql

from dicel_desktop.localdb import LocalCluster

DEMO_DATABASE = "dicel_erp_db"


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
    from dicel_desktop.db import migrate

    folder = folder or demo_folder()
    folder.mkdir(parents=True, exist_ok=True)
    cluster = LocalCluster(folder)
    superuser_dsn = cluster.start()
    with psycopg.connect(superuser_dsn, autocommit=True) as admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (DEMO_DATABASE,)
        ).fetchone()
        if not exists:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DEMO_DATABASE)))
    dsn = with_database(superuser_dsn, DEMO_DATABASE)
    if migrate.database_revision(dsn) != migrate.head_revision():
        migrate.upgrade(dsn)
    created = False
    if load_data and _is_empty(dsn):
        _load_demo_company(dsn, progress)
        created = True
    return DemoDatabase(cluster, superuser_dsn, dsn, created)


def _is_empty(dsn: str) -> bool:
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT NOT EXISTS (SELECT 1 FROM users)").fetchone()[0]


def _load_demo_company(dsn: str, progress: Callable[[str], None] | None = None) -> None:
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo import load_demo_data

    engine = make_engine(dsn, pool_pre_ping=False)
    try:
        # One transaction: an interrupted first run leaves an empty database, which the
        # next run fills again (_is_empty), never a half-filled one.
        with engine.begin() as connection:
            load_demo_data(connection, "small", progress=progress)
    finally:
        engine.dispose()
