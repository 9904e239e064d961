"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import shutil

import pytest
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
