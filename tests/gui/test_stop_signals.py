"""Ctrl+C and SIGTERM with a window open, in this process and with real signals: Ctrl+C
asks about unsaved records as the close button does, a second one or SIGTERM closes
without asking and names the dropped records in the log."""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
import shiboken6
from helpers import WAIT_MS
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.gui.stop_signals import StopSignals
from dicel_desktop.services.auth import login

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt", reason="POSIX")


@pytest.fixture
def stop_signals(qapp) -> Iterator[StopSignals]:
    installed = StopSignals(QApplication.instance())
    yield installed
    installed.uninstall()


@pytest.fixture
def window(qtbot, demo_dsn: str, tmp_path) -> Iterator[MainWindow]:
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo import demo_users

    engine = make_engine(demo_dsn)
    with engine.connect() as conn:
        email = next(u.email for u in demo_users(conn) if u.role == "finance")
    engine.dispose()
    parts = urlsplit(demo_dsn)
    logged_in = login(parts.hostname, parts.port, parts.path.lstrip("/"), email, DEMO_PASSWORD)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(logged_in, settings=settings)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close_without_asking()


def _unsaved_expense(window: MainWindow):
    window.show_tab("Finance").show_table("expenses")
    form = window.records.new("expenses")
    editor = form.form.editors["vendor"]
    editor.set_value("Not saved yet")
    editor.edited.emit()
    return form


def test_ctrl_c_asks_about_unsaved_work_then_a_second_one_closes(
    qtbot, window: MainWindow, stop_signals, caplog: pytest.LogCaptureFixture
):
    form = _unsaved_expense(window)
    os.kill(os.getpid(), signal.SIGINT)  # a real signal, through the wake-up socket
    qtbot.waitUntil(lambda: window.unsaved_question is not None, timeout=WAIT_MS)
    assert window.isVisible() and form.isVisible()  # nothing lost while the question waits

    with caplog.at_level(logging.WARNING, logger="dicel_desktop.gui.main_window"):
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    # Closed, and perhaps deleted already (it closes with its window).
    assert not shiboken6.isValid(form) or not form.isVisible()
    assert "unsaved changes dropped in" in caplog.text


def test_sigterm_closes_at_once_and_names_what_was_dropped(
    qtbot, window: MainWindow, stop_signals, caplog: pytest.LogCaptureFixture
):
    _unsaved_expense(window)
    with caplog.at_level(logging.INFO):
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert window.unsaved_question is None  # nobody was asked
    assert "SIGTERM received: closing without asking" in caplog.text
    assert "unsaved changes dropped in" in caplog.text
