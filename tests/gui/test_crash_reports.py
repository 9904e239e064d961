"""Unexpected exceptions: each route (a slot on the GUI thread, a DB worker callback, a
worker task nobody listens to, a dying thread, Qt's qCritical and qFatal) shows the one
dialog with the log's path and the details to copy, writes the traceback to the log, and
leaves the window working."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qCritical
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from dicel_desktop import logs
from dicel_desktop.gui import crash
from dicel_desktop.gui.worker import DbWorker

# The reporter replaces the hooks pytest-qt would catch these exceptions with.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def reporter(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[crash.CrashReporter]:
    monkeypatch.setenv("DICEL_LOG_DIR", str(tmp_path / "logs"))
    logs.setup_logging("dicel-desktop")
    installed = crash.install()
    yield installed
    if installed.dialog is not None:
        installed.dialog.close()
    crash.uninstall()
    logs.close_log()


class Window(QWidget):
    """A window with a button whose slot has a bug and one that works."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.broken = QPushButton("Broken")
        self.working = QPushButton("Working")
        self.result = QLabel("")
        for widget in (self.broken, self.working, self.result):
            layout.addWidget(widget)
        self.broken.clicked.connect(self._on_broken_clicked)
        self.working.clicked.connect(lambda: self.result.setText("still works"))

    def _on_broken_clicked(self) -> None:
        raise RuntimeError("a bug in a slot")


def _log_text() -> str:
    path = logs.current_log_file()
    assert path is not None
    return path.read_text(encoding="utf-8")


def _dialog_shown(qtbot, reporter: crash.CrashReporter) -> crash.CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    return reporter.dialog


def _still_works(qtbot, window: Window) -> None:
    qtbot.mouseClick(window.working, Qt.MouseButton.LeftButton)
    assert window.result.text() == "still works"


def test_a_bug_in_a_slot_shows_the_dialog_and_the_window_goes_on(qtbot, reporter):
    window = Window()
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.broken, Qt.MouseButton.LeftButton)
    dialog = _dialog_shown(qtbot, reporter)

    assert str(logs.current_log_file()) in dialog.log_label.text()
    assert "Something went wrong" in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    log_text = _log_text()
    assert "RuntimeError: a bug in a slot" in log_text and "_on_broken_clicked" in log_text

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "RuntimeError: a bug in a slot" in copied
    _still_works(qtbot, window)


def test_problems_while_the_dialog_is_open_join_it(qtbot, reporter):
    window = Window()
    qtbot.addWidget(window)
    window.show()
    for _ in range(3):
        qtbot.mouseClick(window.broken, Qt.MouseButton.LeftButton)
    dialog = _dialog_shown(qtbot, reporter)
    qtbot.waitUntil(lambda: dialog.details.count("RuntimeError: a bug in a slot") == 3)
    visible = [w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog)]
    assert [w for w in visible if w.isVisible()] == [dialog]
    assert "3" in dialog.count_label.text()


def test_a_bug_in_a_worker_callback_and_in_a_task_nobody_hears(qtbot, reporter):
    worker = DbWorker()
    try:

        def broken_callback(_result) -> None:
            raise ValueError("a bug in a callback")

        worker.submit(lambda: 42, broken_callback)
        dialog = _dialog_shown(qtbot, reporter)
        assert "ValueError: a bug in a callback" in dialog.details

        def broken_task() -> None:
            raise KeyError("a bug in a task")

        worker.submit(broken_task)  # no on_error: nobody else would say anything
        qtbot.waitUntil(lambda: "a bug in a task" in dialog.details)
        # Logged once, by the worker, with its traceback.
        assert _log_text().count("KeyError: 'a bug in a task'") == 1

        answers: list[int] = []
        worker.submit(lambda: 7, answers.append)
        qtbot.waitUntil(lambda: answers == [7])  # the worker goes on too
    finally:
        worker.shutdown()


def test_a_thread_that_dies_shows_the_dialog(qtbot, reporter):
    def die() -> None:
        raise OSError("a thread's bug")

    thread = threading.Thread(target=die, name="helper-thread")
    thread.start()
    thread.join()
    dialog = _dialog_shown(qtbot, reporter)
    assert "OSError: a thread's bug" in dialog.details
    assert "helper-thread" in _log_text()


def test_qt_critical_shows_the_dialog(qtbot, reporter):
    qCritical("the graphics driver said no")
    dialog = _dialog_shown(qtbot, reporter)
    assert "the graphics driver said no" in dialog.details
    assert "Qt reported a critical problem: the graphics driver said no" in _log_text()


def test_qt_fatal_reaches_the_log_before_the_program_ends(tmp_path: Path):
    script = textwrap.dedent(
        """
        from PySide6.QtCore import qFatal
        from PySide6.QtWidgets import QApplication
        from dicel_desktop import logs
        from dicel_desktop.gui import crash

        app = QApplication([])
        logs.setup_logging("dicel-desktop")
        crash.install()
        qFatal("the end of the world")
        """
    )
    env = {**os.environ, "DICEL_LOG_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode != 0  # Qt aborts: no dialog can stop that
    text = (tmp_path / "dicel-desktop.log").read_text(encoding="utf-8")
    # PySide passes qFatal from Python on with its own words; the line is what matters.
    assert "CRITICAL dicel_desktop.gui.crash: Qt ended the program:" in text
