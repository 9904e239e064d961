"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import shutil
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget


@pytest.fixture
def host(qtbot):
    """Makes a shown, active window holding the widgets given and a line after them (to
    move the focus to); returns that line."""
    windows = []  # qtbot holds widgets weakly: keep them alive for the test

    def make(*widgets: QWidget) -> QLineEdit:
        window = QWidget()
        windows.append(window)
        layout = QVBoxLayout(window)
        for widget in widgets:
            layout.addWidget(widget)
        after = QLineEdit()
        layout.addWidget(after)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return after

    return make


@pytest.fixture
def desk(qapp):
    """Makes a person's desk: a DB worker and a record opener logged in as them (a
    ``logins.Person``); closes their windows and stops the worker after the test."""
    from dicel_desktop.gui.records.editor_factory import make_editor_factory
    from dicel_desktop.gui.records.opener import RecordOpener
    from dicel_desktop.gui.records.panels import record_panels
    from dicel_desktop.gui.worker import DbWorker

    made: list[RecordOpener] = []

    def make(person) -> RecordOpener:
        worker = DbWorker(person.session_factory)
        opener = RecordOpener(worker, person.role, make_editor_factory(worker), record_panels)
        made.append(opener)
        return opener

    yield make
    for opener in made:
        opener.close_all(discard=True)
        opener.worker.shutdown()


@pytest.fixture(scope="session")
def demo_dir():
    """One folder for the demo database of the tests that run the program itself
    (helpers.run_demo): made once, stopped and removed at the end."""
    from helpers import new_cluster_folder

    from dicel_desktop.localdb import LocalCluster

    folder = new_cluster_folder("dicel-demo-shot-")
    yield folder
    LocalCluster(folder).stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def rwanda(qapp):
    """Amounts and dates as the program shows them on a C-locale desktop (gui/app.py
    sets English (Rwanda) there): a module uses it with
    ``pytestmark = pytest.mark.usefixtures("rwanda")``."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Rwanda))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def restore_language(qapp):
    """A test may install another language: English and the default locale come back
    after it."""
    from PySide6.QtCore import QLocale

    from dicel_desktop.gui import translations

    before = QLocale()
    yield
    translations.install_translators("en")
    QLocale.setDefault(before)


@pytest.fixture
def demo_window(qtbot, demo_dsn: str, tmp_path):
    """Opens the main window as a demo person (their e-mail, the demo password) on the
    demo company, 1300 x 820 unless told, shown and active; closes every one it opened
    after the test. ``settings`` defaults to one file for the test."""
    from urllib.parse import urlsplit

    from PySide6.QtCore import QSettings

    from dicel_desktop.demo import DEMO_PASSWORD
    from dicel_desktop.gui.main_window import MainWindow
    from dicel_desktop.services.auth import login

    parts = urlsplit(demo_dsn)
    server = (parts.hostname or "127.0.0.1", parts.port or 5432, parts.path.lstrip("/"))
    shared = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    windows: list[MainWindow] = []

    def open_window(email: str, *, size=(1300, 820), settings=None) -> MainWindow:
        window = MainWindow(login(*server, email, DEMO_PASSWORD), settings=settings or shared)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        # A deadline for a failing test on a busy machine, not a measurement.
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
        return window

    yield open_window
    for window in windows:
        window.close()


@pytest.fixture
def worker(db_engine, qapp):
    """The DB worker on the test database's superuser engine (a file may have its own)."""
    from dicel_desktop.db.engine import make_session_factory
    from dicel_desktop.gui.worker import DbWorker

    worker = DbWorker(make_session_factory(db_engine))
    yield worker
    worker.shutdown()


@pytest.fixture
def expense(db_engine):
    """A pending expense of 12,000 RWF on the test database: a record to attach files to."""
    import sqlalchemy as sa

    with db_engine.begin() as conn:
        return conn.execute(
            sa.text(
                "INSERT INTO expenses (expense_category, amount, vendor, expense_date)"
                " VALUES ('Travel', 12000, 'RwandAir', '2026-03-03') RETURNING id"
            )
        ).scalar_one()


@pytest.fixture(autouse=True)
def _cycles_freed_on_the_gui_thread():
    """What the application's timer does between two of its turns, after each test (a
    test that runs no event loop leaves it no turn); and the automatic collector back
    after each file, for the files that follow (the next window's worker turns it off
    again: gui/gui_thread_gc.py)."""
    from dicel_desktop.gui import gui_thread_gc

    yield
    gui_thread_gc.collect_due()


@pytest.fixture(scope="module", autouse=True)
def _automatic_collector_after_each_file():
    from dicel_desktop.gui import gui_thread_gc

    yield
    gui_thread_gc.collect_anywhere_again()


@pytest.fixture
def open_window(qtbot, db_dsn: str, tmp_path):
    """``open_window(person)``: the main window of ``person``'s real login over TCP, its
    My work read and the window active (a desktop notice needs to know); closed, and its
    inbox's listener joined, after the test."""
    from dicel_desktop.gui.main_window import MainWindow
    from dicel_desktop.services.auth import login

    wait_ms = 30_000  # a deadline for a failing test on a busy machine, not a measurement
    parts = urlsplit(db_dsn)
    server = (parts.hostname or "127.0.0.1", parts.port or 5432, parts.path.lstrip("/"))
    windows = []

    def open_(person):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(login(*server, person.email, person.password), settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        my_work = window.my_work
        qtbot.waitUntil(lambda: my_work.inbox.loaded and my_work.me is not None, timeout=wait_ms)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=wait_ms)
        return window

    yield open_
    for window in windows:
        window.close()
        assert window.live_inbox.listener.join(wait_ms / 1000)


@pytest.fixture
def language(restore_language):
    """``language("fr")`` installs a language for the test; English and the default
    locale come back after it (``restore_language``)."""
    from dicel_desktop.gui import translations

    return translations.install_translators
