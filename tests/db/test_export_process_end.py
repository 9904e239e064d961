"""The program's end stops an export's process that does not answer: it is killed and
its hidden ``.part`` file removed (services.export_process.end_running_exports); against
a real PostgreSQL."""

from __future__ import annotations

import os
import signal
import threading

import psycopg
from grid_data import seed_transactions
from helpers import wait_for
from psycopg import sql

from dicel_desktop.db.engine import make_engine
from dicel_desktop.services import export_process
from dicel_desktop.services.auth import connection_url
from dicel_desktop.services.export import ExportFormat
from dicel_desktop.services.export_process import ExportJob, ExportProcess
from dicel_desktop.services.listing import ListQuery

WAIT_S = 60.0


def waiting_export(dsn: str) -> int | None:
    """The server process of the export waiting for the lock, if any."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            " AND datname = current_database()"
        ).fetchone()
    return row[0] if row else None


def connected(dsn: str, pid: int) -> bool:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return bool(
            conn.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchall()
        )


def test_an_export_that_does_not_answer_is_killed_at_the_end_and_its_file_removed(db_dsn, tmp_path):
    seed_transactions(db_dsn, 100)
    engine = make_engine(db_dsn)
    job = ExportJob(
        url=connection_url(engine),
        # The account's name is read from financial_accounts, locked below: the export
        # waits on the server, its temporary file made, for as long as the lock is held.
        query=ListQuery("transactions", ("reference_number", "account_id")),
        path=str(tmp_path / "list.xlsx"),
        fmt=ExportFormat.XLSX.value,
    )
    process = ExportProcess()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            process.run(job)
        except BaseException as error:
            outcome.append(error)

    waiting = threading.Thread(target=run)
    with psycopg.connect(db_dsn, autocommit=True) as admin:
        name = sql.Identifier(admin.execute("SELECT current_database()").fetchone()[0])
        admin.execute(sql.SQL("ALTER DATABASE {} SET lock_timeout = 0").format(name))
        with psycopg.connect(db_dsn) as holder:
            holder.execute("LOCK TABLE financial_accounts IN ACCESS EXCLUSIVE MODE")
            waiting.start()
            wait_for(lambda: list(tmp_path.glob(".list.*.part")), "the export's .part file")
            wait_for(lambda: waiting_export(db_dsn), "the export waits on the server")
            backend = waiting_export(db_dsn)
            child = process._process.pid
            os.kill(child, signal.SIGSTOP)  # it will not hear "cancel"
            try:
                export_process.end_running_exports()
            finally:
                if not outcome:
                    os.kill(child, signal.SIGCONT)
            waiting.join(WAIT_S)
            assert not waiting.is_alive()
            assert outcome and not isinstance(outcome[0], AssertionError)
            assert list(tmp_path.iterdir()) == []  # nothing half-written left
    # A server process waiting for a lock does not see its client go: it ends once it
    # has the lock and finds nobody there.
    wait_for(lambda: not connected(db_dsn, backend), "the killed export's connection ends")
    engine.dispose()
