"""The screenshot's wait for a window to settle (gui/screenshot._settle)."""

from __future__ import annotations

import types

import shiboken6
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from dicel_desktop.gui import screenshot


def test_a_button_deleted_later_is_gone_from_the_picture(qtbot):
    """eye36, notes: pressing New on a leave form rebuilt its step buttons with
    deleteLater, and a --screenshot still showed the old record's "Cancel leave…":
    processEvents() runs no deferred deletion outside an event loop."""
    window = QWidget()
    qtbot.addWidget(window)
    old = QPushButton("Cancel leave…", window)
    window.show()
    old.deleteLater()
    # The same wait as a --screenshot's, with a worker that has nothing to do.
    idle = types.SimpleNamespace(worker=types.SimpleNamespace(is_busy=False))
    screenshot._settle(QApplication.instance(), idle)
    assert not shiboken6.isValid(old)
    assert window.findChildren(QPushButton) == []
