"""A connection the server dropped costs one failed task, never a dead window.

The logged-in engine has no pre-ping (a round trip per task): after the server ends a
session (restart, idle timeout, an admin's pg_terminate_backend), the next use fails
once, SQLAlchemy empties the pool, and the following one reconnects.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from _provisioning_fixtures import PASSWORD, Accounts, open_accounts
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.services.auth import login


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


def test_a_dropped_connection_fails_one_task_and_the_next_reconnects(accounts: Accounts):
    email = accounts.create("finance")
    parts = urlsplit(accounts.db_dsn)
    logged_in = login(parts.hostname, parts.port, parts.path.lstrip("/"), email, PASSWORD)
    try:
        with logged_in.engine.connect() as conn:
            assert conn.execute(text("SELECT session_user")).scalar_one() == email
        ended = accounts.superuser.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = %s",
            (email,),
        ).fetchone()[0]
        assert ended >= 1
        with pytest.raises(DBAPIError) as failed, logged_in.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        assert failed.value.connection_invalidated
        with logged_in.engine.connect() as conn:
            assert conn.execute(text("SELECT session_user")).scalar_one() == email
    finally:
        logged_in.close()
