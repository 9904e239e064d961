"""One login holding a table lock does not stall everyone's windows (db/grants.py,
``DATABASE_SETTINGS``).

Found with psql: ``BEGIN; LOCK TABLE documents IN ACCESS EXCLUSIVE MODE; SELECT
pg_sleep(600);`` as the employee login works (LOCK needs only UPDATE, DELETE or TRUNCATE,
and every login may DELETE documents whose record it may change), and every desktop
reading documents hung for as long. PostgreSQL cannot refuse the LOCK to a role that may
delete; the database's defaults make the others give up after ``lock_timeout`` with
"the records are busy" instead, and end a transaction left idle.
"""

from __future__ import annotations

import contextlib
import threading

import psycopg
import pytest
import sqlalchemy as sa
from security_world import World

from dicel_desktop.db.grants import DATABASE_SETTINGS
from dicel_desktop.domain.errors import Conflict
from dicel_desktop.services import documents
from dicel_desktop.services.db_errors import explain

#: Past this the locker's session is ended whatever happened: without the setting, the
#: read would wait for it and then succeed, and the test fail rather than hang.
RELEASE_AFTER_S = 45.0


@pytest.mark.parametrize("role", ["employee", "finance", "admin"])
def test_every_login_starts_with_the_databases_timeouts(world: World, role: str):
    with psycopg.connect(world.dsn(role)) as conn:
        shown = {
            setting: conn.execute(f"SHOW {setting}").fetchone()[0] for setting in DATABASE_SETTINGS
        }
    assert shown == {"lock_timeout": "10s", "idle_in_transaction_session_timeout": "10min"}


def test_a_table_locked_by_one_login_is_busy_for_another_not_a_hang(world: World):
    locker = psycopg.connect(world.dsn("employee"))
    released = threading.Event()
    sleeper = guard = threading.Thread(target=lambda: None)

    pid = locker.info.backend_pid

    def release() -> None:
        if not released.wait(RELEASE_AFTER_S):  # the lock goes with the locker's session
            with psycopg.connect(world.superuser_dsn, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    try:
        locker.execute("LOCK TABLE documents IN ACCESS EXCLUSIVE MODE")  # the review's
        sleeper = threading.Thread(
            target=lambda: _quietly(locker.execute, "SELECT pg_sleep(%s)", (RELEASE_AFTER_S,))
        )
        sleeper.start()
        guard = threading.Thread(target=release)
        guard.start()
        # Another person opens a record's files, as the documents panel reads them.
        engine = sa.create_engine(
            "postgresql+psycopg://", creator=lambda: psycopg.connect(world.dsn("hr"))
        )
        try:
            with engine.connect() as conn, pytest.raises(sa.exc.DBAPIError) as refused:
                documents.list_documents(
                    conn, "leave_requests", world.people["employee"].rows["leave_requests"]
                )
        finally:
            engine.dispose()
        said = explain(refused.value)
        assert isinstance(said, Conflict) and said.code == "record_busy", said
        # lock_not_available: it gave up on its own, the lock still held (had the guard
        # ended the locker's session, the read would have gone through).
        assert refused.value.orig.sqlstate == "55P03"
    finally:
        released.set()
        locker.cancel_safe()
        for thread in (sleeper, guard):
            if thread.ident is not None:  # started
                thread.join(RELEASE_AFTER_S)
        locker.close()


def _quietly(call, *args) -> None:
    with contextlib.suppress(psycopg.Error):  # cancelled at the end of the test
        call(*args)
