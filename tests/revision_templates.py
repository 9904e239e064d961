"""Databases at a given revision without walking the chain for each test.

A test of one migration needs a database at the revision before it: walking there from
an empty database took 1-6 s a test (0001 -> 0113 ran a hundred revisions each time). The
session keeps one template database per revision asked for (``dicel_at_0043``), each
made from the nearest template below it (cloned, then upgraded on from there, so the
chain is walked about once a session), and a test gets its own clone of one.

A clone is a copy of the template's files, so its objects, function bodies and grants on
them are the template's; what ``CREATE DATABASE ... TEMPLATE`` does not copy are the
database's own rows in the shared catalogs: its ACL (``pg_database.datacl``: 0002 and
0007 revoke CONNECT and TEMPORARY from PUBLIC, sync-grants grants CONNECT to dicel_user)
and its settings (``pg_db_role_setting``: 0069's ``ALTER DATABASE ... SET timezone``,
sync-grants' lock_timeout and idle_in_transaction_session_timeout). Later revisions read
them (0088 and 0090 read the database's time zone), so :func:`carry_database_level`
makes them again on each clone, with the statements that made them.
tests/db/test_revision_templates.py compares a clone with a database walked to the same
revision.
"""

from __future__ import annotations

import time
import uuid
import warnings

import psycopg
from helpers import create_database, drop_database, dsn_for
from psycopg import sql

#: The database-level rows of a database by name: its ACL, one (grantee, privilege,
#: grantable) a row, the owner named as "owner" (a clone's owner is whoever made it).
DATABASE_ACL = """
SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC'
            WHEN a.grantee = d.datdba THEN 'owner'
            ELSE pg_get_userbyid(a.grantee) END,
       a.privilege_type, a.is_grantable
FROM pg_database d, aclexplode(d.datacl) a
WHERE d.datname = %s
ORDER BY 1, 2
"""
#: Its settings: (role, or NULL for every role; "name=value") a row.
DATABASE_SETTINGS = """
SELECT pg_get_userbyid(NULLIF(s.setrole, 0)), c.setting
FROM pg_db_role_setting s, unnest(s.setconfig) c(setting)
WHERE s.setdatabase = (SELECT oid FROM pg_database WHERE datname = %s)
ORDER BY 1 NULLS FIRST, 2
"""


def database_level(admin: psycopg.Connection, name: str) -> tuple[list, list, bool]:
    """What a clone of ``name`` would not get by itself: its ACL, its settings, and
    whether the ACL is PostgreSQL's default (NULL)."""
    (default,) = admin.execute(
        "SELECT datacl IS NULL FROM pg_database WHERE datname = %s", (name,)
    ).fetchone()
    return (
        admin.execute(DATABASE_ACL, (name,)).fetchall(),
        admin.execute(DATABASE_SETTINGS, (name,)).fetchall(),
        default,
    )


def carry_database_level(admin: psycopg.Connection, template: str, clone: str) -> None:
    """Give ``clone`` the ACL and settings of ``template`` (see the module's note), as
    GRANT/REVOKE ON DATABASE and ALTER DATABASE/ROLE ... SET statements."""
    acl, settings, default = database_level(admin, template)
    target = sql.Identifier(clone)
    if not default:
        # From the default ACL to none at all (the owner's too), then the template's.
        admin.execute(
            sql.SQL(
                "REVOKE ALL ON DATABASE {0} FROM PUBLIC;"
                " REVOKE ALL ON DATABASE {0} FROM CURRENT_USER"
            ).format(target)
        )
        for grantee, privilege, grantable in acl:
            who = (
                sql.SQL(grantee)
                if grantee == "PUBLIC"
                else sql.SQL("CURRENT_USER")
                if grantee == "owner"
                else sql.Identifier(grantee)
            )
            admin.execute(
                sql.SQL("GRANT {} ON DATABASE {} TO {}{}").format(
                    sql.SQL(privilege),
                    target,
                    who,
                    sql.SQL(" WITH GRANT OPTION" if grantable else ""),
                )
            )
    for role, setting in settings:
        name, _, value = setting.partition("=")
        alter = (
            sql.SQL("ALTER DATABASE {}").format(target)
            if role is None
            else sql.SQL("ALTER ROLE {} IN DATABASE {}").format(sql.Identifier(role), target)
        )
        admin.execute(
            sql.SQL("{} SET {} = {}").format(alter, sql.Identifier(name), sql.Literal(value))
        )


def make_template(admin: psycopg.Connection, name: str) -> None:
    """Mark ``name`` a template no one connects to, once the connections of whoever
    built it have ended (CREATE DATABASE ... TEMPLATE fails while anyone is connected).
    A backend ends a moment after its client closes, so disposed engines get a second
    before a connection left open is called a leak."""
    deadline = time.monotonic() + 1.0
    while True:
        (open_now,) = admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (name,)
        ).fetchone()
        if not open_now or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    if open_now:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            (name,),
        )
        warnings.warn(
            f"the upgrade left {open_now} connection(s) open to {name}: dispose its engine",
            stacklevel=2,
        )
    admin.execute(
        sql.SQL("ALTER DATABASE {} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false").format(
            sql.Identifier(name)
        )
    )


def clone(admin: psycopg.Connection, template: str, name: str) -> None:
    """CREATE DATABASE ``name`` from ``template`` with its database-level rows."""
    create_database(admin, name, template=template)
    carry_database_level(admin, template, name)


class RevisionTemplates:
    """The session's template databases by revision (see the module's note)."""

    def __init__(self, superuser_dsn: str, admin: psycopg.Connection, head_template: str):
        from alembic.script import ScriptDirectory

        from dicel_desktop.db import migrate

        self._dsn = superuser_dsn
        self._admin = admin
        script = ScriptDirectory.from_config(migrate.alembic_config())
        #: Every revision, oldest first.
        self.chain = [r.revision for r in reversed(list(script.walk_revisions()))]
        #: revision -> template database; the session's template is head's.
        self.templates = {self.chain[-1]: head_template}
        self._made: list[str] = []

    def template(self, revision: str) -> str:
        """The template database at ``revision`` ("head" for the newest), made from the
        nearest one below it when the session has none yet."""
        from dicel_desktop.db import migrate

        revision = self.chain[-1] if revision == "head" else revision
        if revision in self.templates:
            return self.templates[revision]
        position = self.chain.index(revision)
        below = [r for r in self.chain[:position] if r in self.templates]
        name = f"dicel_at_{revision}_{uuid.uuid4().hex[:6]}"
        if below:
            clone(self._admin, self.templates[below[-1]], name)
        else:
            create_database(self._admin, name)
        self._made.append(name)
        migrate.upgrade(dsn_for(self._dsn, name), revision)
        make_template(self._admin, name)
        self.templates[revision] = name
        return name

    def new_database(self, revision: str, name: str) -> str:
        """A database ``name`` of the caller's own at ``revision``; its libpq URL."""
        clone(self._admin, self.template(revision), name)
        return dsn_for(self._dsn, name)

    def drop(self) -> None:
        for name in self._made:
            drop_database(self._admin, name)
