"""What a login may do to the database itself: connect, nothing else (no TEMPORARY).

PostgreSQL gives a database made with ``CREATE DATABASE ... TEMPLATE`` the default ACL,
not its template's: there, PUBLIC may connect and create temporary objects again. The
test databases are such copies (tests/conftest.py gives each DICEL's ACL, as
``sync-grants`` would), and so is a database restored into one made beforehand:
``sync_grants`` (``dicel-admin migrate`` and ``sync-grants``) makes the ACL again.
"""

from __future__ import annotations

import uuid

import psycopg
from helpers import TEMPLATE_DB, admin_connect, create_database, drop_database, dsn_for

from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.grants import sync_grants

_RIGHTS = """
SELECT has_database_privilege('dicel_user', %(db)s, 'TEMPORARY'),
       has_database_privilege('dicel_user', %(db)s, 'CONNECT'),
       has_database_privilege('dicel_admin', %(db)s, 'CREATE'),
       EXISTS (SELECT FROM pg_database d, aclexplode(coalesce(d.datacl,
                      acldefault('d', d.datdba))) a
               WHERE d.datname = %(db)s AND a.grantee = 0)
"""


def _rights(dsn: str, database: str) -> tuple[bool, bool, bool, bool]:
    """(TEMPORARY for logins, CONNECT for logins, CREATE for admins, anything for PUBLIC)."""
    with admin_connect(dsn) as conn:
        return conn.execute(_RIGHTS, {"db": database}).fetchone()


def test_a_migrated_database_lets_logins_connect_and_nothing_more(pg_superuser_dsn, template_db):
    assert _rights(pg_superuser_dsn, template_db) == (False, True, False, False)


def test_a_copy_of_it_starts_with_postgresqls_default_acl_until_sync_grants(
    pg_superuser_dsn, template_db, _admin
):
    name = f"acl_{uuid.uuid4().hex[:8]}"
    create_database(_admin, name, template=template_db)
    dsn = dsn_for(pg_superuser_dsn, name)
    try:
        # Not copied from the template: PUBLIC may connect and create temporary objects.
        assert _rights(dsn, name) == (True, True, False, True)
        engine = make_engine(dsn, pool_pre_ping=False)
        try:
            with engine.begin() as conn:
                sync_grants(conn)
        finally:
            engine.dispose()
        assert _rights(dsn, name) == (False, True, False, False)
    finally:
        drop_database(_admin, name)


def test_each_tests_database_gets_dicels_acl_as_sync_grants_gives_it(db_dsn):
    with psycopg.connect(db_dsn) as conn:
        database = conn.info.dbname
    assert database != TEMPLATE_DB
    assert _rights(db_dsn, database) == (False, True, False, False)
