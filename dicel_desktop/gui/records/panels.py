"""What a record window shows under its form, in tabs: the records that belong to it
(an invoice's lines), its attached documents, its history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.records.details import DetailsPanel
from dicel_desktop.gui.records.record_window import PanelFactory, RecordWindow

if TYPE_CHECKING:
    from dicel_desktop.gui.records.opener import RecordOpener


def record_panels(opener: RecordOpener) -> PanelFactory:
    """The panels of every record window the opener makes."""

    def panels(window: RecordWindow) -> list[tuple[str, QWidget]]:
        record = window.record
        what = window.spec.record_title.lower()
        found: list[tuple[str, QWidget]] = [
            (detail.title, DetailsPanel(opener, detail, record, what=what))
            for detail in window.spec.details
        ]
        return found

    return panels
