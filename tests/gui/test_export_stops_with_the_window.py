"""An export beside the window's work: the one DB worker stays free while it runs, and
closing its dialog, the main window, or the program stops it without leaving anything
behind; against a real PostgreSQL.

Each export here waits on the server for a lock this test holds on financial_accounts
(the account's name is read from it), so it is known to be running, whatever the speed
of the machine, until the test lets go or the export is stopped."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from grid_data import seed_transactions
from helpers import wait_for
from psycopg import sql
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import text

import dicel_desktop
from dicel_desktop.db.engine import make_engine, make_session_factory
from dicel_desktop.db.grants import DATABASE_SETTINGS
from dicel_desktop.demo import DEMO_PASSWORD, demo_users
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.export_dialog import ExportDialog, ExportRun, running_exports
from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.auth import login
from dicel_desktop.services.export import ExportFormat, ExportResult
from dicel_desktop.services.listing import ListQuery

#: The account's name makes the export read financial_accounts, which the tests lock.
QUERY = ListQuery("transactions", ("reference_number", "amount", "account_id"))
WAIT_MS = 60_000


def exports_waiting(dsn: str) -> list[int]:
    """The server processes waiting for a lock: the exports this test holds up."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity"
            " WHERE datname = current_database() AND wait_event_type = 'Lock'"
        ).fetchall()
    return [pid for (pid,) in rows]


@contextlib.contextmanager
def locked(dsn: str) -> Iterator[psycopg.Connection]:
    """financial_accounts locked, and exports that wait for it waiting as long as it
    takes (the database's lock_timeout, db.grants, would end them after 10 s)."""
    with psycopg.connect(dsn, autocommit=True) as admin:
        database = admin.execute("SELECT current_database()").fetchone()[0]
        name = sql.Identifier(database)
        admin.execute(sql.SQL("ALTER DATABASE {} SET lock_timeout = 0").format(name))
        try:
            with psycopg.connect(dsn) as holder:
                holder.execute("LOCK TABLE financial_accounts IN ACCESS EXCLUSIVE MODE")
                yield holder  # its rollback lets go
        finally:
            timeout = sql.Literal(DATABASE_SETTINGS["lock_timeout"])
            admin.execute(sql.SQL("ALTER DATABASE {} SET lock_timeout = {}").format(name, timeout))


def test_the_db_worker_answers_while_an_export_runs(qtbot, db_dsn, db_engine, tmp_path):
    seed_transactions(db_dsn, 200)
    worker = DbWorker(make_session_factory(db_engine))
    run = ExportRun(worker, QUERY, tmp_path / "list.csv", ExportFormat.CSV)
    outcome: list[object] = []
    run.finished.connect(outcome.append)
    run.failed.connect(outcome.append)
    try:
        with locked(db_dsn) as holder:
            run.start()
            qtbot.waitUntil(lambda: exports_waiting(db_dsn) != [], timeout=WAIT_MS)
            answers: list[object] = []
            worker.submit(lambda s: s.execute(text("SELECT 42")).scalar(), answers.append)
            # Answered while the export is still held up on the server: it does not
            # queue behind the export (which took the worker for its whole run).
            qtbot.waitUntil(lambda: answers == [42], timeout=WAIT_MS)
            assert outcome == [], outcome
            assert run.running
            assert running_exports(worker) == [run]
            holder.rollback()
            qtbot.waitUntil(lambda: outcome != [], timeout=WAIT_MS)
        assert isinstance(outcome[0], ExportResult), outcome[0]
        assert outcome[0].rows == 200
        assert running_exports(worker) == []
    finally:
        worker.shutdown()


def test_closing_the_export_dialog_stops_the_export(qtbot, db_dsn, db_engine, tmp_path):
    seed_transactions(db_dsn, 200)
    worker = DbWorker(make_session_factory(db_engine))
    dialog = ExportDialog(worker, QUERY, tmp_path / "list.xlsx", ExportFormat.XLSX)
    qtbot.addWidget(dialog)
    try:
        with locked(db_dsn):
            dialog.start()
            qtbot.waitUntil(lambda: exports_waiting(db_dsn) != [], timeout=WAIT_MS)
            dialog.reject()  # Escape
            # The export's statement ends while the lock is still held: it was stopped.
            qtbot.waitUntil(lambda: exports_waiting(db_dsn) == [], timeout=WAIT_MS)
            assert dialog.run.cancelled and not dialog.run.running
            qtbot.waitUntil(lambda: list(tmp_path.iterdir()) == [], timeout=WAIT_MS)
            assert dialog.message is None
    finally:
        worker.shutdown()


def _finance_window(qtbot, demo_dsn, tmp_path) -> MainWindow:
    parts = urlsplit(demo_dsn)
    engine = make_engine(demo_dsn)
    with engine.connect() as conn:
        email = next(u.email for u in demo_users(conn) if u.role == Role.FINANCE.value)
    engine.dispose()
    logged_in = login(parts.hostname, parts.port, parts.path.lstrip("/"), email, DEMO_PASSWORD)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(logged_in, settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_closing_the_window_asks_then_stops_the_export(qtbot, demo_dsn, tmp_path, monkeypatch):
    window = _finance_window(qtbot, demo_dsn, tmp_path)
    grid = window.show_tab("Finance").show_table("transactions")
    qtbot.waitUntil(lambda: grid.model.rowCount() > 0 and not grid.model.is_loading)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(out / "finance.xlsx"), "")
    )
    with locked(demo_dsn):
        window.action_export.trigger()
        run = grid.export_dialog.run
        qtbot.waitUntil(lambda: exports_waiting(demo_dsn) != [], timeout=WAIT_MS)

        window.close()
        question = window.export_question
        assert question is not None
        assert question.text() == "An export is still being written: stop it and close?"
        button = QMessageBox.StandardButton
        question.button(button.Cancel).click()  # Keep exporting
        assert window.isVisible() and run.running
        assert exports_waiting(demo_dsn) != []

        window.close()
        assert window.export_question is not question  # asked again
        window.export_question.button(button.Yes).click()  # Stop and close
        assert not window.isVisible()
        assert run.cancelled
        # The statement ends while the lock is still held, and no file is left.
        qtbot.waitUntil(lambda: exports_waiting(demo_dsn) == [], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: list(out.iterdir()) == [], timeout=WAIT_MS)


#: The program with an export under way ends (a quit, a logout's exit): as gui/app.run
#: ends, then the interpreter's own exit.
QUIT_MIDWAY = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path


    def main():
        from PySide6.QtWidgets import QApplication
        from dicel_desktop.db.engine import make_engine, make_session_factory
        from dicel_desktop.gui.export_dialog import ExportRun
        from dicel_desktop.gui.worker import DbWorker
        from dicel_desktop.services.export import ExportFormat
        from dicel_desktop.services.listing import ListQuery

        dsn, folder = sys.argv[1], Path(sys.argv[2])
        app = QApplication([])
        worker = DbWorker(make_session_factory(make_engine(dsn)))
        query = ListQuery("transactions", ("reference_number", "amount", "account_id"))
        run = ExportRun(worker, query, folder / "list.xlsx", ExportFormat.XLSX)
        run.start()
        deadline = time.monotonic() + 60
        while not list(folder.glob(".list.*.part")) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        print("writing" if list(folder.glob(".*.part")) else "not started")
        sys.stdout.flush()
        sys.stdin.readline()  # the test has seen the export wait on its lock
        worker.shutdown()
        app.shutdown()


    if __name__ == "__main__":  # the export's process imports this module too (spawn)
        main()
    """
)


def test_quitting_midway_stops_the_export_and_leaves_no_partial_file(db_dsn, tmp_path):
    seed_transactions(db_dsn, 200)
    out = tmp_path / "out"
    out.mkdir()
    script = tmp_path / "quit_midway.py"
    script.write_text(QUIT_MIDWAY)
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(dicel_desktop.__file__).parent.parent),
    }
    with locked(db_dsn):
        program = subprocess.Popen(
            [sys.executable, str(script), db_dsn, str(out)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        assert program.stdout is not None and program.stdin is not None
        assert program.stdout.readline().strip() == "writing"
        wait_for(lambda: exports_waiting(db_dsn) != [], "the export waits on the server")
        assert [p.name[:6] for p in out.iterdir()] == [".list."]  # its hidden .part file
        program.stdin.write("\n")
        program.stdin.flush()
        assert program.wait(WAIT_MS / 1000) == 0
        # The program has ended: nothing half-written is left, and the export's
        # statement (still held up by the lock) was ended with it.
        assert list(out.iterdir()) == []
        wait_for(lambda: exports_waiting(db_dsn) == [], "the export's statement ends")


@pytest.fixture(autouse=True)
def _no_export_left():
    yield
    # Every export a test started has ended (a test that fails must not leave one).
    from dicel_desktop.services import export_process

    getattr(export_process, "end_running_exports", lambda: None)()
