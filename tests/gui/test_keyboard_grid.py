"""A list without a mouse: Tab leaves it (the arrow keys move inside), and the menu key
opens the current column's menu, whose Sort descending sorts the list in SQL."""

from __future__ import annotations

import pytest
from grid_data import seed_transactions
from helpers import WAIT_MS
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker

RWANDA = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)


@pytest.fixture
def grid(qtbot, db_dsn, db_engine, tmp_path):
    seed_transactions(db_dsn, 300)
    worker = DbWorker(make_session_factory(db_engine))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "transactions", settings=settings, locale=RWANDA)
    qtbot.addWidget(grid)
    grid.resize(1200, 600)
    grid.show()
    qtbot.waitUntil(
        lambda: grid.model.rowCount() > 0 and grid.model.is_row_loaded(0), timeout=WAIT_MS
    )
    yield grid
    grid.close_list()
    worker.shutdown()


def test_tab_leaves_the_list_and_the_arrows_move_inside(qtbot, grid, host):
    after = host(grid)
    grid.view.setFocus(Qt.FocusReason.TabFocusReason)
    grid.view.setCurrentIndex(grid.view.model().index(0, 0))
    qtbot.keyClick(grid.view, Qt.Key.Key_Right)
    assert grid.view.currentIndex().column() == 1  # the arrow moved to the next cell
    for _ in range(10):
        if QApplication.focusWidget() is not grid.view:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not grid.view
    assert isinstance(after, QLineEdit)


def test_the_menu_key_sorts_the_current_column(qtbot, grid):
    column = grid.model.query.columns.index("amount")
    grid.view.setFocus()
    grid.view.setCurrentIndex(grid.view.model().index(0, column))
    qtbot.keyClick(grid.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = grid.column_menu
    texts = [a.text() for a in menu.actions()]
    assert "Filter Amount…" in texts
    (descending,) = [a for a in menu.actions() if a.text() == "Sort descending"]
    descending.trigger()
    menu.close()
    qtbot.waitUntil(
        lambda: grid.model.sort_section() == (column, Qt.SortOrder.DescendingOrder),
        timeout=WAIT_MS,
    )
    assert grid.model.sort_column_name == "amount"
    header = grid.view.horizontalHeader()
    assert header.sortIndicatorSection() == column
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_the_search_goes_to_its_first_row_and_esc_clears_it(
    qtbot, grid, host, key
):
    host(grid)
    everything = grid.model.rowCount()
    grid.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClicks(grid.search_box, "Office rent")
    qtbot.keyClick(grid.search_box, key)  # at once: the search is run, not waited for
    assert QApplication.focusWidget() is grid.view
    description = _column(grid, "description")
    qtbot.waitUntil(
        lambda: (
            not grid.model.is_loading
            and str(grid.model.data(grid.model.index(0, description))).startswith("Office rent")
        ),
        timeout=WAIT_MS,
    )
    assert grid.view.currentIndex().row() == 0
    assert [i.row() for i in grid.view.selectionModel().selectedRows()] == [0]

    grid.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClick(grid.search_box, Qt.Key.Key_Escape)  # the search cleared
    assert grid.search_box.text() == "" and QApplication.focusWidget() is grid.search_box
    qtbot.waitUntil(lambda: not grid.model.is_loading, timeout=WAIT_MS)
    assert grid.model.rowCount() == everything
    qtbot.keyClick(grid.search_box, Qt.Key.Key_Escape)  # and the box left, for the rows
    assert QApplication.focusWidget() is grid.view


def _column(grid, name: str) -> int:
    return [c.name for c in grid.model.columns].index(name)
