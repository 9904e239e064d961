"""Test harness: a PostgreSQL server for the session, a migrated template, a database per test.

* ``pg_superuser_dsn`` (session): libpq URL of a superuser. ``DICEL_TEST_DSN`` names a
  server to use; otherwise a private cluster (dicel_desktop.localdb, fsync off) is started
  in a fresh temp folder and deleted at the end.
* ``template_db`` (session): the database ``dicel_test_template``, migrated to head once.
* ``db_dsn`` (function): a fresh database cloned from the template, dropped afterwards.
* ``db_engine`` (function): a SQLAlchemy Engine on ``db_dsn``.

Helpers to import in tests live in helpers.py (``from helpers import dsn_for``).
"""

from __future__ import annotations

import os
import shutil
import uuid
import warnings
from collections.abc import Iterator

import psycopg
import pytest
from helpers import (
    TEMPLATE_DB,
    admin_connect,
    create_database,
    drop_database,
    dsn_for,
    new_cluster_folder,
    to_url,
)
from psycopg import sql

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def pg_superuser_dsn() -> Iterator[str]:
    """libpq URL of a PostgreSQL superuser for the whole session."""
    given = os.environ.get("DICEL_TEST_DSN")
    if given:
        yield to_url(given)
        return
    from dicel_desktop.localdb import LocalCluster

    folder = new_cluster_folder()
    cluster = LocalCluster(folder, durable=False)
    try:
        yield cluster.start()
    finally:
        try:
            cluster.stop()
        finally:
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def _admin(pg_superuser_dsn: str) -> Iterator[psycopg.Connection]:
    """One autocommit superuser connection (to ``postgres``) for CREATE/DROP DATABASE."""
    with admin_connect(pg_superuser_dsn) as conn:
        yield conn


@pytest.fixture(scope="session")
def template_db(pg_superuser_dsn: str, _admin: psycopg.Connection) -> Iterator[str]:
    """Name of the database migrated to head that each test's database is cloned from."""
    from dicel_desktop.db.migrate import upgrade

    drop_database(_admin, TEMPLATE_DB)
    create_database(_admin, TEMPLATE_DB)
    upgrade(dsn_for(pg_superuser_dsn, TEMPLATE_DB))
    # CREATE DATABASE ... TEMPLATE fails while anyone is connected to the template.
    left_open = _admin.execute(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
        " WHERE datname = %s AND pid <> pg_backend_pid()",
        (TEMPLATE_DB,),
    ).fetchone()
    if left_open and left_open[0]:
        warnings.warn(
            f"upgrade() left {left_open[0]} connection(s) open to {TEMPLATE_DB}: "
            "dispose its engine",
            stacklevel=1,
        )
    _admin.execute(
        sql.SQL("ALTER DATABASE {} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false").format(
            sql.Identifier(TEMPLATE_DB)
        )
    )
    yield TEMPLATE_DB
    drop_database(_admin, TEMPLATE_DB)


@pytest.fixture
def db_dsn(pg_superuser_dsn: str, template_db: str, _admin: psycopg.Connection) -> Iterator[str]:
    """libpq URL (superuser) of a fresh, migrated database of this test's own."""
    name = f"test_{uuid.uuid4().hex[:8]}"
    create_database(_admin, name, template=template_db)
    try:
        yield dsn_for(pg_superuser_dsn, name)
    finally:
        drop_database(_admin, name)


@pytest.fixture
def db_engine(db_dsn: str):
    """A SQLAlchemy Engine on this test's database, disposed afterwards."""
    from dicel_desktop.db.engine import make_engine

    engine = make_engine(db_dsn)
    try:
        yield engine
    finally:
        engine.dispose()
