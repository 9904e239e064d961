"""The security suite's one database (``world``), built by ``security_world``.

The helpers live in ``security_world.py`` rather than here: a test module that imports
``conftest`` gets whichever conftest pytest loaded first, which is another folder's when
a run names files of several folders.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from helpers import create_database, drop_database, dsn_for
from psycopg import sql
from security_world import Person, World, build_people

from dicel_desktop.db.grants import sync_grants


@pytest.fixture(scope="session")
def world(pg_superuser_dsn: str, template_db: str, _admin: psycopg.Connection) -> Iterator[World]:
    from dicel_desktop.db.engine import make_engine

    name = f"security_{uuid.uuid4().hex[:8]}"
    create_database(_admin, name, template=template_db)
    dsn = dsn_for(pg_superuser_dsn, name)
    engine = make_engine(dsn, pool_pre_ping=False)
    people: dict[str, Person] = {}
    world = None
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            people, departments = build_people(conn, engine)
        # A database cloned from a template has PostgreSQL's default database ACL (PUBLIC
        # may connect and create temporary objects), whatever the template's was:
        # sync-grants gives it DICEL's, as IT does after a restore (db/grants.py).
        with engine.begin() as sa_conn:
            sync_grants(sa_conn)
        engine.dispose()
        world = World(dsn, people, departments)
        yield world
    finally:
        if world is not None:
            world.close()
        engine.dispose()
        drop_database(_admin, name)
        # Logins are cluster-wide: the suite leaves none behind.
        for person in people.values():
            if person.email:
                _admin.execute(
                    sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(person.email))
                )
