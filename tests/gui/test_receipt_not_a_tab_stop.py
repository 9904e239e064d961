"""A new expense's Receipt line says "Save the record first to attach a file" and holds
nothing to read or press: Tab no longer stops there. A file's name still is a Tab stop
where there is one (a record read with the keyboard)."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.usefixtures("rwanda")


def test_tab_passes_the_empty_receipt_line_of_a_new_expense(qtbot, logins, desk):
    window = desk(logins.person("finance", department="FIN")).new("expenses")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    receipt = window.form.editors["receipt_url"]
    qtbot.waitUntil(lambda: "first" in receipt.name.placeholderText(), timeout=WAIT_MS)
    window.form.editors["department_id"].setFocus()  # where a clerk's Tab starts
    visited = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert window.form.editors["description"].focusProxy() in visited  # Tab went on
    assert receipt.name not in visited
