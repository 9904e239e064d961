"""Fixtures and helpers shared by test_provisioning.py and test_login.py.

Login roles are cluster-wide and outlive the test's database: every e-mail a test uses
comes from ``accounts.email()`` (unique per test) and its role is dropped afterwards.
Each test module declares the ``accounts`` fixture with ``yield from open_accounts(...)``
(a fixture imported from here would trip the linter's redefinition check).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg
import pytest
from helpers import admin_connect
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy import Engine

from dicel_desktop.db.engine import make_engine
from dicel_desktop.services import users

PASSWORD = "Correct-Horse-7"


def dsn_as(dsn: str, user: str, password: str) -> str:
    """``dsn`` with another user and password."""
    parts = urlsplit(dsn)
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc))


def tcp_address(dsn: str) -> tuple[str, int, str]:
    """(host, port, dbname) of a libpq URL, or skip when it is not a TCP address."""
    params = conninfo_to_dict(dsn)
    host = str(params.get("host") or "")
    if not host or host.startswith("/"):
        pytest.skip("login tests need the test server on TCP (DICEL_TEST_DSN names a socket)")
    return host, int(params.get("port") or 5432), str(params["dbname"])


def can_connect(dsn: str) -> bool:
    try:
        psycopg.connect(dsn, connect_timeout=5).close()
    except psycopg.OperationalError:
        return False
    return True


@dataclass
class Accounts:
    """Makes unique e-mails and users for one test; their roles are dropped afterwards."""

    db_dsn: str
    superuser: psycopg.Connection
    emails: set[str] = field(default_factory=set)
    engines: list[Engine] = field(default_factory=list)

    def email(self, name: str = "user") -> str:
        address = f"{name}-{uuid.uuid4().hex[:10]}@test.dicel.rw"
        self.emails.add(address)
        return address

    def remember(self, email: str) -> str:
        """Also drop this role afterwards (an e-mail made outside email())."""
        self.emails.add(email.lower())
        return email

    def engine(self, dsn: str) -> Engine:
        engine = make_engine(dsn, pool_pre_ping=False)
        self.engines.append(engine)
        return engine

    def superuser_engine(self) -> Engine:
        return self.engine(self.db_dsn)

    def engine_as(self, email: str, password: str = PASSWORD) -> Engine:
        return self.engine(dsn_as(self.db_dsn, email, password))

    def create(self, role: str, *, name: str | None = None, password: str = PASSWORD) -> str:
        """A user made by the superuser (as IT does for the first admin); their e-mail."""
        email = self.email(name or role)
        with self.superuser_engine().begin() as conn:
            users.create_user(
                conn,
                email=email,
                first_name=role.capitalize(),
                last_name="Tester",
                role=role,
                password=password,
            )
        return email

    def role_exists(self, email: str) -> bool:
        row = self.superuser.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname = %s", (email.lower(),)
        ).fetchone()
        return bool(row and row[0])

    def close(self) -> None:
        for engine in self.engines:
            engine.dispose()
        for email in sorted(self.emails):
            # A login still connected somewhere would keep nothing from being dropped,
            # but its sessions would linger: end them first.
            self.superuser.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (email,),
            )
            if self.role_exists(email):
                # Rights a test gave it (CONNECT on the database) would block DROP ROLE.
                role = sql.Identifier(email)
                self.superuser.execute(sql.SQL("DROP OWNED BY {}").format(role))
                self.superuser.execute(sql.SQL("DROP ROLE {}").format(role))


def open_accounts(db_dsn: str) -> Iterator[Accounts]:
    """Body of the ``accounts`` fixture that each test module declares."""
    with admin_connect(db_dsn) as superuser:
        made = Accounts(db_dsn, superuser)
        try:
            yield made
        finally:
            made.close()
