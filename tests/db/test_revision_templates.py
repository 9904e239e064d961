"""A database the tests get at a revision (``database_at``: a clone of a template made
from the nearest template below it, upgraded on from there) is the database that walking
the chain from empty to that revision makes: the same objects, function bodies, grants,
rows, and the database's own ACL and settings, which a clone does not copy by itself
(tests/revision_templates.py)."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import psycopg
import pytest
from helpers import TEMPLATE_DB, admin_connect, create_database, drop_database, dsn_for
from revision_templates import clone, database_level

from dicel_desktop.db import migrate

#: Everything in the database a revision makes, each a sorted list of rows.
FINGERPRINT = {
    "relations": "SELECT c.relkind::text, c.relname, pg_get_userbyid(c.relowner),"
    " c.relacl::text, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c"
    " WHERE c.relnamespace = 'public'::regnamespace",
    "columns": "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
    " a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attacl::text FROM pg_attribute a"
    " JOIN pg_class c ON c.oid = a.attrelid LEFT JOIN pg_attrdef d"
    " ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
    " WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped",
    "functions": "SELECT p.oid::regprocedure::text, md5(pg_get_functiondef(p.oid)),"
    " pg_get_userbyid(p.proowner), p.proacl::text, p.proconfig::text, p.prosecdef"
    " FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind <> 'a'",
    "triggers": "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled::text"
    " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
    " WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal",
    "constraints": "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
    " FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
    "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    "policies": "SELECT tablename, policyname, permissive, roles::text, cmd, qual, with_check"
    " FROM pg_policies WHERE schemaname = 'public'",
    "schemas": "SELECT nspname, pg_get_userbyid(nspowner), nspacl::text FROM pg_namespace"
    " WHERE nspname !~ '^pg_' AND nspname <> 'information_schema'",
    "default privileges": "SELECT pg_get_userbyid(defaclrole), defaclobjtype::text,"
    " defaclacl::text FROM pg_default_acl",
    "extensions": "SELECT extname, extversion FROM pg_extension",
    "sequences": "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'",
    "revision": "SELECT version_num FROM alembic_version",
}


def _fingerprint(dsn: str) -> dict[str, object]:
    with psycopg.connect(dsn) as conn:
        found: dict[str, object] = {
            what: sorted(conn.execute(query).fetchall(), key=repr)
            for what, query in FINGERPRINT.items()
        }
        tables = [
            t
            for (t,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
        # Rows a revision writes (settings, holidays): how many each table holds.
        found["rows"] = {
            table: conn.execute(f'SELECT count(*) FROM public."{table}"').fetchone()[0]
            for table in tables
        }
    return found


def _name(dsn: str) -> str:
    return urlsplit(dsn).path.lstrip("/")


@pytest.fixture
def walked(pg_superuser_dsn):
    """``walked(revision)``: a database migrated from empty to ``revision``."""
    made: list[str] = []

    def walk(revision: str) -> str:
        name = f"walked_{uuid.uuid4().hex[:8]}"
        with admin_connect(pg_superuser_dsn) as admin:
            create_database(admin, name)
        made.append(name)
        dsn = dsn_for(pg_superuser_dsn, name)
        migrate.upgrade(dsn, revision)
        return dsn

    yield walk
    with admin_connect(pg_superuser_dsn) as admin:
        for name in made:
            drop_database(admin, name)


def test_a_database_at_a_revision_is_the_one_walking_the_chain_there_makes(
    revision_templates, database_at, walked, pg_superuser_dsn
):
    # 0091's template is then made from 0070's clone, upgraded on through 0088 and 0090,
    # which read the database's settings.
    revision_templates.template("0070")
    cloned = database_at("0091")
    afresh = walked("0091")
    assert _fingerprint(cloned) == _fingerprint(afresh)
    with admin_connect(pg_superuser_dsn) as admin:
        level = database_level(admin, _name(afresh))
        assert database_level(admin, _name(cloned)) == level
    acl, _settings, default = level
    # What a clone lacks by itself: PUBLIC may neither connect nor make temporary objects
    # (0002, 0007).
    assert not default
    assert not any(grantee == "PUBLIC" for grantee, _privilege, _grantable in acl)
    assert ("dicel_user", "CONNECT", True) in acl or ("dicel_user", "CONNECT", False) in acl


def test_a_database_at_head_has_the_database_level_rows_of_the_walked_template(
    database_at, pg_superuser_dsn
):
    # The session's template was walked from empty to head; a clone has its files.
    cloned = database_at("head")
    with admin_connect(pg_superuser_dsn) as admin:
        level = database_level(admin, TEMPLATE_DB)
        assert database_level(admin, _name(cloned)) == level
    acl, settings, default = level
    assert not default
    assert ("dicel_user", "CONNECT", False) in acl
    # sync-grants' session defaults, set at the end of every upgrade to head.
    assert {s.split("=")[0] for role, s in settings if role is None} >= {
        "lock_timeout",
        "idle_in_transaction_session_timeout",
    }


def test_a_clone_gets_the_settings_of_its_template_for_everyone_and_for_one_role(
    pg_superuser_dsn, template_db
):
    # A site's zone (ALTER DATABASE ... SET timezone, which 0069's pin reads) and a role's
    # own setting in the database, beside a grant with its option (to dicel_user, made
    # with the session's template).
    template, copy = (f"carry_{uuid.uuid4().hex[:8]}" for _ in range(2))
    with admin_connect(pg_superuser_dsn) as admin:
        create_database(admin, template)
        try:
            for statement in (
                f"ALTER DATABASE {template} SET timezone = 'Africa/Kigali'",
                f"ALTER DATABASE {template} SET lock_timeout = '10s'",
                f"ALTER ROLE CURRENT_USER IN DATABASE {template} SET work_mem = '8MB'",
                f"REVOKE ALL ON DATABASE {template} FROM PUBLIC",
                f"GRANT CONNECT ON DATABASE {template} TO dicel_user WITH GRANT OPTION",
            ):
                admin.execute(statement)
            clone(admin, template, copy)
            acl, settings, default = database_level(admin, copy)
            assert (acl, settings, default) == database_level(admin, template)
            assert ("dicel_user", "CONNECT", True) in acl
            assert "TimeZone=Africa/Kigali" in [s for role, s in settings if role is None]
            assert "work_mem=8MB" in [s for role, s in settings if role is not None]
        finally:
            drop_database(admin, copy)
            drop_database(admin, template)
