"""The sort arrow points up for an ascending list and down for a descending one, as
Windows and office programs draw it (Qt's Fusion draws Qt's SortUp, given for a
descending sort, as an up arrow: gui/widgets/sort_arrow.py)."""

from __future__ import annotations

import pytest
from arrow_probe import arrow_direction
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from dicel_desktop.gui.widgets.sort_arrow import use_office_sort_arrow


@pytest.fixture
def header(qtbot):
    model = QStandardItemModel(3, 2)
    model.setHorizontalHeaderLabels(["Name", "Hire date"])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    header = view.horizontalHeader()
    header.resizeSection(0, 160)
    header.setSortIndicatorShown(True)
    yield header  # the view stays alive while the test uses its header


def test_qt_alone_points_up_on_a_descending_list(header):
    # What the clerks saw (Fusion), kept as the reason for the proxy style.
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert arrow_direction(header, 0) == "up"


@pytest.mark.parametrize(
    ("order", "direction"),
    [(Qt.SortOrder.AscendingOrder, "up"), (Qt.SortOrder.DescendingOrder, "down")],
)
def test_the_lists_arrow_points_the_office_way(header, order, direction):
    use_office_sort_arrow(header)
    header.setSortIndicator(0, order)
    assert arrow_direction(header, 0) == direction
