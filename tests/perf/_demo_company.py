"""A scratch database holding the small demo company, with a demo login's URL for each
role a benchmark opens records as (the form and record-window benchmarks): real logins
over TCP, so grants and row security cost what they cost."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg
from helpers import create_database, demo_logins, drop_database, dsn_for, to_url
from psycopg import sql
from psycopg.conninfo import make_conninfo


@dataclass(frozen=True)
class DemoCompany:
    superuser_dsn: str
    #: Role -> the demo login's libpq URL.
    logins: dict[str, str]


@contextmanager
def demo_company(
    pg_superuser_dsn: str,
    template_db: str,
    admin: psycopg.Connection,
    prefix: str,
    roles: Iterable[str],
) -> Iterator[DemoCompany]:
    """The small demo company in a database named ``prefix``_…, a login of each of
    ``roles``; the database and the demo's logins dropped after."""
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo import DEMO_PASSWORD, demo_users, load_demo_data

    name = f"{prefix}_{uuid.uuid4().hex[:6]}"
    create_database(admin, name, template=template_db)
    dsn = dsn_for(pg_superuser_dsn, name)
    before = demo_logins(admin)
    engine = make_engine(dsn)
    wanted = set(roles)
    try:
        with engine.begin() as conn:
            load_demo_data(conn, "small")
        with engine.connect() as conn:
            people = demo_users(conn)
        parts = urlsplit(dsn)
        host = parts.hostname if parts.hostname and not parts.hostname.startswith("/") else None
        logins: dict[str, str] = {}
        for person in people:
            if person.role in wanted and person.role not in logins:
                url = make_conninfo(
                    dsn, user=person.email, password=DEMO_PASSWORD, host=host or "127.0.0.1"
                )
                logins[person.role] = to_url(url)
        yield DemoCompany(dsn, logins)
    finally:
        engine.dispose()
        drop_database(admin, name)
        for login in sorted(demo_logins(admin) - before):
            admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))
