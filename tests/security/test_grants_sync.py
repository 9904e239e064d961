"""sync-grants: repeatable, undoes changes made by hand, refuses a non-superuser."""

from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest

from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.grants import expected_grants, grants_in_database, sync_grants

_ACLS = """
SELECT c.relname, c.relacl::text, (SELECT array_agg(a.attname || '=' || a.attacl::text
                                    ORDER BY a.attname) FROM pg_attribute a
                                    WHERE a.attrelid = c.oid AND a.attacl IS NOT NULL)::text
FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
UNION ALL
SELECT p.oid::regprocedure::text, p.proacl::text, pg_get_userbyid(p.proowner)
FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
ORDER BY 1
"""


def _acls(dsn: str) -> list:
    with psycopg.connect(dsn) as conn:
        return conn.execute(_ACLS).fetchall()


def _dicel_admin(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dicel_desktop.cli.admin", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_sync_twice_changes_nothing(db_dsn: str):
    before = _acls(db_dsn)
    engine = make_engine(db_dsn, pool_pre_ping=False)
    try:
        for _ in range(2):
            with engine.begin() as conn:
                sync_grants(conn)
            assert _acls(db_dsn) == before
    finally:
        engine.dispose()


def test_sync_grants_undoes_grants_made_by_hand(db_dsn: str):
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("GRANT ALL ON clients TO dicel_employee")
        conn.execute("GRANT SELECT ON employees TO PUBLIC")
        conn.execute("GRANT SELECT (salary) ON employees TO dicel_sales")
        conn.execute("REVOKE SELECT ON departments FROM dicel_user")
        conn.execute("GRANT EXECUTE ON FUNCTION dicel_create_user TO dicel_user")
        conn.execute("ALTER TABLE leads OWNER TO CURRENT_USER")
    result = _dicel_admin("--dsn", db_dsn, "sync-grants")
    assert result.returncode == 0, result.stderr
    assert "synchronised" in result.stdout
    engine = make_engine(db_dsn, pool_pre_ping=False)
    try:
        with engine.connect() as conn:
            assert grants_in_database(conn) == expected_grants()
            owner = conn.exec_driver_sql(
                "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'leads'"
            ).scalar_one()
            assert owner == "dicel_owner"
            granted = conn.exec_driver_sql(
                "SELECT has_function_privilege('dicel_user',"
                " 'dicel_create_user(text,text,text,text,text,text,text,text)', 'EXECUTE')"
            ).scalar_one()
            assert granted is False
    finally:
        engine.dispose()


def test_sync_grants_refuses_a_role_that_cannot_grant(db_dsn: str):
    engine = make_engine(db_dsn, pool_pre_ping=False)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE ROLE dicel_sync_test_nobody NOLOGIN")
            conn.exec_driver_sql("SET LOCAL ROLE dicel_sync_test_nobody")
            with pytest.raises(PermissionError):
                sync_grants(conn)
            conn.exec_driver_sql("RESET ROLE")
            conn.exec_driver_sql("DROP ROLE dicel_sync_test_nobody")
    finally:
        engine.dispose()
