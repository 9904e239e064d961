"""Move stock's boxes are as wide as their hints whole, in every language: Kinyarwanda's
reference hint ("Inyemezabuguzi y'itangwa, urupapuro rw'iyimurwa…") was cut."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QStyle, QStyleOptionFrame

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.move_stock_dialog import MoveStockDialog


@pytest.fixture
def language(qapp, request):
    before = QLocale()
    translations.install_translators(request.param)
    yield request.param
    translations.install_translators("en")
    QLocale.setDefault(before)


def _room(line) -> int:
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    inside = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
    margins = line.textMargins()
    return inside.width() - margins.left() - margins.right() - 4  # Qt's two pixels a side


@pytest.mark.parametrize("language", ["rw", "fr", "en"], indirect=True)
def test_move_stock_shows_its_hints_whole(qtbot, worker, language):
    dialog = MoveStockDialog(
        worker, uuid.uuid4(), role=Role.INVENTORY
    )  # no such item: its facts stay unread
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for line in (dialog.reference_number, dialog.notes):
        hint = line.placeholderText()
        assert hint
        assert _room(line) >= line.fontMetrics().horizontalAdvance(hint), (language, hint)
