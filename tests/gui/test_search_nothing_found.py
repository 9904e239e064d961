"""Down (or Enter) in a search that found nothing keeps the focus in the search box and
says so in the status bar: it went into an empty list with no word."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from dicel_desktop.gui.widgets.data_grid import DataGrid


@pytest.fixture
def window(qtbot, worker, tmp_path):
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    window = QMainWindow()
    grid = DataGrid(worker, "transactions", settings=settings)
    window.setCentralWidget(grid)
    qtbot.addWidget(window)
    window.resize(1000, 500)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not grid.model.is_loading, timeout=WAIT_MS)
    yield window
    grid.close_list()


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_in_a_search_that_found_nothing_stays_and_says_so(qtbot, window, key):
    grid = window.centralWidget()
    box = grid.search_box
    box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClicks(box, "no such transaction zq")
    qtbot.keyClick(box, key)  # at once: before the search's rows are in
    qtbot.waitUntil(lambda: not grid.model.is_loading, timeout=WAIT_MS)
    assert grid.model.rowCount() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == "Nothing found"
    window.statusBar().clearMessage()
    qtbot.keyClick(box, key)  # the rows known to be none: it stays at once
    assert QApplication.focusWidget() is box
    assert window.statusBar().currentMessage() == "Nothing found"
