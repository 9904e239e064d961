"""Fixtures shared by the GUI tests."""

from __future__ import annotations

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
