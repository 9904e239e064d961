"""HR's Waiting for me cut the away words ("…is on leave until Thursday 10 Decem…") while
the Title column was half empty (eye40b, 7): the details take the spare width, and their
whole text is the cell's tooltip."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from dicel_desktop.gui.tabs.inbox_model import InboxModel
from dicel_desktop.gui.tabs.inbox_page import InboxPage
from dicel_desktop.services.inbox import WaitingItem

ITEM = WaitingItem(
    "leave", uuid.uuid4(), "Annual leave, 22-24 December", "3 working days", None, None,
    dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC), "Josiane Murekatete", None,
    away_supervisor="Jean Mugabo", away_until=dt.date(2026, 12, 10),
)  # fmt: skip


def test_the_details_whole_text_is_their_tooltip(qapp) -> None:
    model = InboxModel()
    model.set_items(
        [ITEM, dataclasses.replace(ITEM, id=uuid.uuid4(), detail=None, away_supervisor=None)]
    )
    details = model.index(0, 2)
    said = model.data(details)
    assert "Jean Mugabo is on leave until" in said and "10 December" in said, said
    assert model.data(details, Qt.ItemDataRole.ToolTipRole) == said
    # No empty tooltip where there are no details.
    assert not model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)


def test_the_details_take_the_spare_width(qtbot, worker) -> None:
    page = InboxPage(worker)
    qtbot.addWidget(page)
    page.resize(1366, 500)
    page.show_items([ITEM])
    page.show()
    qtbot.waitExposed(page)
    header = page.view.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    metrics = page.view.fontMetrics()
    said = page.model.data(page.model.index(0, 2))
    assert header.sectionSize(2) > metrics.horizontalAdvance(said), (header.sectionSize(2), said)
