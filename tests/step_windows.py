"""What the tests of record windows' steps share: a row as the database holds it, and a
record's window opened and in front."""

from __future__ import annotations

import uuid

from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from dicel_desktop.gui.records.opener import RecordOpener


def row_of(logins, table: str, record: uuid.UUID, *columns: str) -> tuple:
    """``columns`` of ``record`` as the database holds them (read as its superuser)."""
    with logins.superuser().connect() as conn:
        return tuple(
            conn.execute(
                text(f"SELECT {', '.join(columns)} FROM {table} WHERE id = :id"), {"id": record}
            ).one()
        )


def open_in_front(qtbot, opener: RecordOpener, table: str, record: uuid.UUID):
    """``record``'s window, loaded and the active window (its mnemonics answer)."""
    window = opener.open(table, record)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    return window
