"""The window's settings reach the disk after a pause, not at every choice
(gui/calm_settings.py): Qt alone writes the whole file in the next event-loop turn."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from dicel_desktop.gui.calm_settings import CalmSettings

INI = QSettings.Format.IniFormat


def on_disk(path: Path) -> str:
    # Read as a file: another QSettings in this process would share Qt's unsaved values.
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_a_change_waits_for_the_pause_where_qt_writes_it_in_the_next_turn(qtbot, tmp_path):
    plain_path, calm_path = tmp_path / "plain.ini", tmp_path / "calm.ini"
    plain = QSettings(str(plain_path), INI)
    calm = CalmSettings(str(calm_path), INI, calm_ms=600_000)
    plain.setValue("grid/columns", "number,date")
    calm.setValue("grid/columns", "number,date")

    # Both asked for their write in the same turn; Qt's own has happened.
    qtbot.waitUntil(lambda: "columns=" in on_disk(plain_path))
    assert "columns" not in on_disk(calm_path)
    assert calm.write_pending
    assert calm.value("grid/columns") == "number,date"  # read back before the write

    calm.sync()
    assert 'columns="number,date"' in on_disk(calm_path)
    assert not calm.write_pending


def test_each_pause_ends_in_a_write_of_everything_changed(qtbot, tmp_path):
    path = tmp_path / "calm.ini"
    calm = CalmSettings(str(path), INI, calm_ms=20)
    calm.setValue("main_window/tab", "Finance")
    calm.setValue("finance/page", "transactions")
    qtbot.waitUntil(lambda: "page=transactions" in on_disk(path))
    assert "tab=Finance" in on_disk(path)

    # After a write, the next change starts the clock again.
    calm.setValue("main_window/tab", "My work")
    qtbot.waitUntil(lambda: "tab=My work" in on_disk(path))
    assert "page=transactions" in on_disk(path)
