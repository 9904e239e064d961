"""Exporting a list from the window: the file dialog, the progress, Cancel, the message
at the end; against a real PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import multiprocessing
import os
import sys
from urllib.parse import urlsplit

import openpyxl
import psycopg
import pytest
from grid_data import seed_transactions
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from dicel_desktop.db.engine import make_engine, make_session_factory
from dicel_desktop.demo import DEMO_PASSWORD, demo_users
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui import export_dialog
from dicel_desktop.gui.export_dialog import LAST_FOLDER_KEY, ExportDialog
from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.gui.numbers import write_count
from dicel_desktop.gui.table_model import PLACEHOLDER
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.auth import login
from dicel_desktop.services.export import ExportFormat
from dicel_desktop.services.listing import Equals, ListQuery

RWANDA = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def choose_file(monkeypatch, path, chosen_filter=""):
    """The save dialog answers ``path`` (and remembers what it was asked)."""
    asked = []

    def answer(parent, caption, start, filters):
        asked.append(start)
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def wait_message(qtbot, dialog: ExportDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.message is not None, timeout=60_000)
    assert dialog.message is not None
    return dialog.message


def test_the_grids_export_button_saves_the_list_and_says_how_many_rows(
    qtbot, db_dsn, db_engine, settings, tmp_path, monkeypatch
):
    seed_transactions(db_dsn, 1_200)
    worker = DbWorker(make_session_factory(db_engine))
    grid = DataGrid(worker, "transactions", settings=settings, locale=RWANDA)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitUntil(lambda: grid.model.rowCount() > 0 and not grid.model.is_loading)
    out = tmp_path / "out"
    out.mkdir()
    choose_file(
        monkeypatch,
        out / "my transactions",
        "CSV for other programs: stored codes, ISO dates (*.csv)",
    )
    try:
        grid.export_button.click()
        message = wait_message(qtbot, grid.export_dialog)
        path = out / "my transactions.csv"  # the extension of the chosen type added
        assert message.text() == f"Exported 1,200 rows to {path}."
        buttons = [b.text() for b in message.buttons()]
        assert "Open folder" in buttons
        with open(path, encoding="utf-8-sig", newline="") as file:
            assert len(list(csv.reader(file))) == 1 + 1_200
        # The next export starts in the same folder (asked, then not chosen: no second
        # export to wait for).
        assert settings.value(LAST_FOLDER_KEY) == str(out)
        asked_again = choose_file(monkeypatch, "")
        assert grid.export_list() is None
        assert asked_again[-1].startswith(str(out))
    finally:
        grid.close_list()
        worker.shutdown()


def test_one_row_is_said_as_one_row(qtbot, db_dsn, db_engine, settings, tmp_path, monkeypatch):
    seed_transactions(db_dsn, 1)
    worker = DbWorker(make_session_factory(db_engine))
    grid = DataGrid(worker, "transactions", settings=settings, locale=RWANDA)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitUntil(lambda: grid.model.rowCount() > 0 and not grid.model.is_loading)
    choose_file(monkeypatch, tmp_path / "one.xlsx")
    try:
        message = wait_message(qtbot, grid.export_list())
        assert message.text() == f"Exported 1 row to {tmp_path / 'one.xlsx'}."
    finally:
        grid.close_list()
        worker.shutdown()


def test_a_folder_that_is_not_there_is_said_in_words(
    qtbot, db_dsn, db_engine, settings, tmp_path, monkeypatch
):
    seed_transactions(db_dsn, 50)
    worker = DbWorker(make_session_factory(db_engine))
    grid = DataGrid(worker, "transactions", settings=settings)
    qtbot.addWidget(grid)
    choose_file(monkeypatch, tmp_path / "gone" / "list.xlsx")
    try:
        dialog = grid.export_list()
        message = wait_message(qtbot, dialog)
        assert message.icon() == QMessageBox.Icon.Warning
        assert message.text().startswith("The list was not exported. The list could not be")
        assert "Choose a folder you can write to" in message.text()
        assert "Traceback" not in message.text()
        assert list(tmp_path.glob("**/*.xlsx")) == []
    finally:
        grid.close_list()
        worker.shutdown()


def _activity(dsn: str, pid: int) -> tuple[str, str] | None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(
            "SELECT state, query FROM pg_stat_activity WHERE pid = %s", (pid,)
        ).fetchone()


def _waiting_for_a_lock(dsn: str) -> list[tuple[int, str]]:
    """The statements waiting for the test's lock on financial_accounts. Not any wait for
    a lock: a statement may wait a moment on another (likely the estimate's
    pg_relation_size of transactions while autovacuum truncates it), and stop 43's fresh
    run caught a SELECT waiting so where the XLSX export's DECLARE was expected."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(
            "SELECT DISTINCT a.pid, a.query FROM pg_stat_activity a"
            " JOIN pg_locks l ON l.pid = a.pid AND NOT l.granted"
            " WHERE a.datname = current_database()"
            " AND l.relation = 'financial_accounts'::regclass"
        ).fetchall()


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.XLSX])
def test_cancel_ends_the_export_query_on_the_server(qtbot, db_dsn, db_engine, tmp_path, fmt):
    seed_transactions(db_dsn, 1_000)
    worker = DbWorker(make_session_factory(db_engine))
    # The account's name comes from financial_accounts, which this test locks: the
    # export's statement (in the export's own process) waits on the server until it is
    # cancelled, so nothing but the cancel can end it.
    query = ListQuery("transactions", ("reference_number", "amount", "account_id"))
    path = tmp_path / f"big.{fmt}"
    dialog = ExportDialog(worker, query, path, fmt)
    qtbot.addWidget(dialog)
    with psycopg.connect(db_dsn) as holder:
        holder.execute("LOCK TABLE financial_accounts IN ACCESS EXCLUSIVE MODE")
        try:
            # Children of earlier tests may not have ended yet (the suite saw two): this
            # export's process is the one started now.
            earlier = {child.pid for child in multiprocessing.active_children()}
            dialog.start()
            waiting: list[tuple[int, str]] = []

            def the_export_waits() -> bool:
                waiting[:] = _waiting_for_a_lock(db_dsn)
                return bool(waiting)

            qtbot.waitUntil(the_export_waits, timeout=60_000)
            ((pid, sql),) = waiting
            # CSV streams a COPY; XLSX reads a server-side cursor.
            assert sql.split()[0] == ("COPY" if fmt is ExportFormat.CSV else "DECLARE")
            # The export's process yields the CPU to the window at once (an idle-class
            # task on Linux, below-normal priority elsewhere).
            (child,) = (c for c in multiprocessing.active_children() if c.pid not in earlier)
            if sys.platform.startswith("linux"):
                assert os.sched_getscheduler(child.pid) == os.SCHED_IDLE
            elif hasattr(os, "getpriority"):
                assert os.getpriority(os.PRIO_PROCESS, child.pid) > os.getpriority(
                    os.PRIO_PROCESS, 0
                )
            cancel = dialog.findChild(QPushButton)
            assert cancel.text() == "Cancel"
            cancel.click()
            # The statement ends while the lock is still held, and its connection with it.
            qtbot.waitUntil(lambda: _activity(db_dsn, pid) is None, timeout=30_000)
            qtbot.waitUntil(lambda: not worker.is_busy, timeout=30_000)
            assert list(tmp_path.iterdir()) == []
            assert dialog.message is None  # a cancelled export says nothing more
            assert not dialog.isVisible()
        finally:
            holder.rollback()
            worker.shutdown()


def test_ctrl_e_exports_the_finance_list_as_the_finance_login_sees_it(
    qtbot, demo_dsn, tmp_path, monkeypatch
):
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
    grid = window.show_tab("Finance").show_table("transactions")  # it opens on its dashboard
    assert window.action_export.shortcut().toString() == "Ctrl+E"
    assert export_dialog.LAST_FOLDER_KEY == LAST_FOLDER_KEY
    choose_file(monkeypatch, tmp_path / "finance.xlsx")
    window.action_export.trigger()
    message = wait_message(qtbot, grid.export_dialog)
    with logged_in.engine.connect() as conn:
        seen = conn.exec_driver_sql("SELECT count(*) FROM transactions").scalar()
    path = tmp_path / "finance.xlsx"
    assert message.text() == f"Exported {QLocale().toString(seen)} rows to {path}."
    window.close()


@pytest.fixture
def in_french(qapp):
    from dicel_desktop.gui import translations

    before = QLocale()
    translations.install_translators("fr")
    yield
    translations.install_translators("en")
    QLocale.setDefault(before)


def test_in_french_no_row_is_said_as_french_says_it(
    qtbot, db_dsn, db_engine, settings, tmp_path, monkeypatch, in_french
):
    """The end message is one sentence in each language's plural forms (code review 29,
    F7): French counts 0 as one ("0 ligne exportée"), where a "1 row" branch said "0
    lignes exportées"."""
    seed_transactions(db_dsn, 3)
    worker = DbWorker(make_session_factory(db_engine))
    nothing = (Equals("transaction_number", "none such"),)
    grid = DataGrid(worker, "transactions", settings=settings, fixed_filters=nothing)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitUntil(lambda: not grid.model.is_loading)
    path = tmp_path / "vide.csv"
    choose_file(monkeypatch, path)
    try:
        message = wait_message(qtbot, grid.export_list())
        assert message.text() == f"0 ligne exportée dans {path}."
    finally:
        grid.close_list()
        worker.shutdown()


def test_a_counted_sentence_writes_its_count_as_the_person_reads_numbers(qapp):
    """Qt writes %n bare; the count is written with the offices' marks, and the "1" of a
    placeholder still to fill in is left alone."""
    english, french = RWANDA, QLocale(QLocale.Language.French, QLocale.Country.Rwanda)
    kinyarwanda = QLocale(QLocale.Language.Kinyarwanda, QLocale.Country.Rwanda)
    assert write_count("Exported 1048575 rows to %1.", 1_048_575, english) == (
        "Exported 1,048,575 rows to %1."
    )
    assert write_count("Imirongo 1200 yoherejwe muri %1.", 1_200, kinyarwanda) == (
        "Imirongo 1,200 yoherejwe muri %1."
    )
    assert write_count("Dans %1 : 1 ligne, 1 fois", 1, french) == "Dans %1 : 1 ligne, 1 fois"
    said = write_count("2500 lignes exportées dans %1.", 2_500, french)
    assert said == f"2{french.groupSeparator()}500 lignes exportées dans %1."


def test_in_french_the_spreadsheet_is_headed_and_labelled_as_the_grid(
    qtbot, db_dsn, db_engine, settings, tmp_path, monkeypatch, in_french
):
    seed_transactions(db_dsn, 300)
    worker = DbWorker(make_session_factory(db_engine))
    grid = DataGrid(worker, "transactions", settings=settings)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitUntil(lambda: grid.model.rowCount() == 300 and not grid.model.is_loading)
    path = tmp_path / "opérations.xlsx"
    choose_file(monkeypatch, path)
    try:
        message = wait_message(qtbot, grid.export_list())
        assert message.icon() == QMessageBox.Icon.Information
    finally:
        grid.close_list()
        worker.shutdown()
    model = grid.model
    shown = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    book = openpyxl.load_workbook(path)
    (sheet,) = book.worksheets
    rows = list(sheet.iter_rows(values_only=True))
    formats = [
        [(type(c.value), c.number_format) for c in row] for row in sheet.iter_rows(min_row=2)
    ]
    book.close()
    # Named after the list as the window titles it in French.
    assert sheet.title == grid.spec.label == "Écritures"
    # Dates are dates, written as the window writes them (dd/mm/yyyy); amounts are
    # numbers grouped in thousands.
    date_at = rows[0].index("Date de l\u2019écriture")
    amount_at = rows[0].index("Montant")
    assert {f[date_at] for f in formats} == {(dt.datetime, "dd/mm/yyyy")}
    posted_at = rows[0].index("Date de comptabilisation")
    posted = {f[posted_at] for f in formats if f[posted_at][0] is not type(None)}
    assert posted == {(dt.datetime, "dd/mm/yyyy hh:mm")}
    amounts = {f[amount_at] for f in formats if f[amount_at][0] is not type(None)}
    # (RWF amounts with cents keep them: two decimals, never rounded away.)
    assert amounts and {fmt for _type, fmt in amounts} <= {"#,##0", "#,##0.00"}
    assert {kind for kind, _fmt in amounts} <= {int, float}
    header = [h for h in rows[0] if h != "Devise"]  # the amount's currency, added
    assert header == shown and "Devise" in rows[0]
    assert "Montant" in header  # French indeed, not the English labels
    status = shown.index("Statut")

    # Each state as the grid words it, row by row in the grid's order (the rows the
    # grid has read so far: it reads a page at a time).
    def shown_at(row: int, column: int) -> str | None:
        return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)

    loaded = [r for r in range(model.rowCount()) if shown_at(r, 0) != PLACEHOLDER]
    assert len(loaded) >= 100
    in_file = [row[rows[0].index("Statut")] for row in rows[1:]]
    assert [in_file[r] for r in loaded] == [shown_at(r, status) or None for r in loaded]
    assert set(in_file) & {"Comptabilisée", "En attente", "Comptabilisé"}
    # A transaction's type too: a choice, worded in French as in the grid.
    kind = shown.index("Type")
    in_file = [row[rows[0].index("Type")] for row in rows[1:]]
    assert [in_file[r] for r in loaded] == [shown_at(r, kind) for r in loaded]
    assert set(in_file) == {"Crédit", "Débit"}


class _Answers:
    """A worker that keeps what the export's thread queues for the GUI thread, to run it
    when the test says (after the dialog is gone)."""

    def __init__(self) -> None:
        self.queued: list = []

    def call_in_gui(self, fn, *args) -> None:
        self.queued.append((fn, args))


class _Ends:
    """An export process that ends at once: with ``outcome`` returned, or raised."""

    def __init__(self, outcome) -> None:
        self.outcome = outcome

    def run(self, job, progress, stop):
        progress(1, 1)
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome


@pytest.mark.parametrize("ends", ["done", "failed"])
def test_an_answer_queued_for_a_dialog_deleted_meanwhile_goes_nowhere(qtbot, tmp_path, ends):
    """The export's thread marks it ended, then queues its answer: a dialog closed (and
    deleted) in between got "Internal C++ object already deleted"."""
    import shiboken6

    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.services.export import ExportResult
    from dicel_desktop.services.listing import listing_columns

    path = tmp_path / "guards.csv"
    outcome = ExportResult(path, 3) if ends == "done" else DicelError("connection_lost")
    answers = _Answers()
    query = ListQuery("security_guards", listing_columns("security_guards"))
    dialog = ExportDialog(answers, query, path, ExportFormat.CSV, process=_Ends(outcome))
    export_dialog.PROGRESS_INTERVAL_S, interval = 0, export_dialog.PROGRESS_INTERVAL_S
    try:
        dialog.run._wait(None)  # the waiting thread's whole run, here
    finally:
        export_dialog.PROGRESS_INTERVAL_S = interval
    assert dialog.run.ended and len(answers.queued) == 2  # a progress report, the end
    shiboken6.delete(dialog)
    for fn, args in answers.queued:
        fn(*args)  # raised RuntimeError


def test_a_lists_title_makes_a_file_name_every_system_takes():
    from dicel_desktop.gui.export_dialog import file_name

    assert file_name("Risk assessments: Likely \u00d7 Major") == (
        "Risk assessments - Likely \u00d7 Major"
    )
    assert file_name("Invoices past due") == "Invoices past due"
    assert file_name('a/b\\c?"d"') == "a - b - c - d"
    assert file_name(":/") == "export"
