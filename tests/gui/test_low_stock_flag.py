"""Items below their minimum stock are marked in the items list (services.row_flags): the
mark comes with the row's page and follows the row as the list scrolls, and painting the
marked rows still makes no call into Python."""

from __future__ import annotations

import psycopg
import pytest
from helpers import WAIT_MS, python_calls_in_a_repaint
from PySide6.QtCore import QLocale, QSettings, Qt

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.widgets.column_widths import CELL_PADDING, GIVE_LEAST_CHARS
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.row_flags import row_flag
from dicel_desktop.services.visibility import columns_for

ITEMS = 400
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


def _low(n: int) -> bool:
    """Every seventh item is short; every 35th of those discontinued (never marked)."""
    return n % 7 == 0


@pytest.fixture
def items(db_dsn):
    with psycopg.connect(db_dsn) as conn:
        conn.execute(
            "INSERT INTO inventory_items (item_name, category, current_stock, minimum_stock,"
            " status)"
            " SELECT format('Item %%s', lpad(n::text, 4, '0')), 'Spares',"
            "        CASE WHEN n %% 7 = 0 THEN 2 ELSE 20 END, 10,"
            "        CASE WHEN n %% 35 = 0 THEN 'discontinued' ELSE 'active' END"
            " FROM generate_series(1, %s) AS n",
            (ITEMS,),
        )
    return db_dsn


@pytest.fixture
def grid(qtbot, items, db_engine, tmp_path):
    worker = DbWorker(make_session_factory(db_engine))
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(
        worker,
        "inventory_items",
        columns_for(Role.INVENTORY, "inventory_items"),
        settings=settings,
        locale=QLocale(QLocale.Language.English, QLocale.Country.Rwanda),
    )
    qtbot.addWidget(grid)
    grid.resize(1000, 500)
    grid.show()
    # Sorted by name: "Item 0001" first.
    grid.model.sort(grid.model.columns.index(grid.spec.column("item_name")), Qt.AscendingOrder)
    qtbot.waitUntil(lambda: _ready(grid, 0), timeout=WAIT_MS)
    yield grid
    grid.close_list()
    worker.shutdown()


def _ready(grid, top: int) -> bool:
    model = grid.model
    return (
        model.rowCount() == ITEMS
        and not model.is_loading
        and all(model.is_row_loaded(r) for r in grid.rows.rows_on_screen())
        and _name(grid, top) == f"Item {top + 1:04d}"
    )


def _name(grid, row: int) -> str:
    window = grid.view.model()
    column = grid.model.columns.index(grid.spec.column("item_name"))
    return window.index(row - grid.rows.base, column).data()


def _marks(grid) -> dict[str, bool]:
    """Item name -> whether its row is marked, for the rows on screen."""
    window = grid.view.model()
    found = {}
    for row in grid.rows.rows_on_screen():
        r = row - grid.rows.base
        backgrounds = {window.index(r, c).data(_BACKGROUND) is not None for c in range(3)}
        tooltips = {window.index(r, c).data(_TOOLTIP) for c in range(3)}
        assert len(backgrounds) == 1 and len(tooltips) == 1, "a row is marked whole"
        marked = backgrounds.pop()
        said = "Below its minimum stock: time to order more."
        assert tooltips.pop() == (said if marked else None)
        found[_name(grid, row)] = marked
    return found


def _expected(names) -> dict[str, bool]:
    return {name: _low(int(name.split()[1])) and int(name.split()[1]) % 35 != 0 for name in names}


def test_items_below_their_minimum_are_marked_and_the_mark_follows_them(qtbot, grid):
    first = _marks(grid)
    assert len(first) > 7 and any(first.values()) and not all(first.values())
    assert first == _expected(first)
    # Scrolled by one row then by a screen: rows come into window rows that showed
    # another item (marked or not) before, and go back to what they were.
    for top in (1, 3, 180, 33):
        grid.scrollbar.setValue(top)
        qtbot.waitUntil(lambda t=top: _ready(grid, t), timeout=WAIT_MS)
        marks = _marks(grid)
        assert marks == _expected(marks), top
    assert "Item 0035" in _marks(grid) and not _marks(grid)["Item 0035"]  # discontinued


def test_painting_marked_rows_makes_no_call_into_python(qtbot, grid):
    assert any(_marks(grid).values())
    assert python_calls_in_a_repaint(grid.view.viewport()) == []


def test_the_flag_needs_every_column_it_reads():
    assert row_flag("inventory_items", ["current_stock", "minimum_stock", "status"]) is not None
    assert row_flag("inventory_items", ["current_stock", "status"]) is None
    assert row_flag("transactions", ["amount"]) is None
    for role in (Role.INVENTORY, Role.FINANCE, Role.ADMIN, Role.COMPLIANCE):
        assert row_flag("inventory_items", columns_for(role, "inventory_items")) is not None


def test_the_first_column_holds_the_symbol_and_the_whole_text(qtbot, db_dsn, db_engine, tmp_path):
    """A user-eye review: flagged rows read "CASE-2026-000…", the symbol taking the room
    of the text's end. The first column of a flagged list is fitted to its widest text
    with room for the symbol too."""
    from PySide6.QtWidgets import QStyle

    with psycopg.connect(db_dsn) as conn:
        conn.execute(
            "INSERT INTO inventory_items (item_name, category, current_stock, minimum_stock)"
            " SELECT format('Generator spare parts kit, model %%s', n), 'Spares', 2, 10"
            " FROM generate_series(1, 5) AS n"
        )
    worker = DbWorker(make_session_factory(db_engine))
    grid = DataGrid(
        worker,
        "inventory_items",
        columns_for(Role.INVENTORY, "inventory_items"),
        settings=QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat),
        locale=QLocale(QLocale.Language.English, QLocale.Country.Rwanda),
    )
    qtbot.addWidget(grid)
    # Room for every column (narrower, names give up room on purpose: test_lists_fit_the_
    # screen).
    grid.resize(2000, 500)
    grid.show()
    try:
        qtbot.waitUntil(
            lambda: grid.model.rowCount() == 5 and grid.model.is_row_loaded(0), timeout=WAIT_MS
        )
        qtbot.waitUntil(lambda: grid.widths.fitted, timeout=WAIT_MS)
        view = grid.view
        assert grid.model.columns[0].name == "item_name"
        widest = view.fontMetrics().horizontalAdvance("Generator spare parts kit, model 5")
        icon = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
        # The cell's own padding, as every column has it, and the symbol beside it.
        assert view.horizontalHeader().sectionSize(0) >= widest + CELL_PADDING + icon
        # Narrower, the name gives up room, but the symbol does not take the name's.
        grid.resize(1000, 500)
        least = view.fontMetrics().horizontalAdvance("n" * GIVE_LEAST_CHARS) + CELL_PADDING
        qtbot.waitUntil(
            lambda: view.horizontalHeader().sectionSize(0) < widest + CELL_PADDING + icon,
            timeout=WAIT_MS,
        )
        assert view.horizontalHeader().sectionSize(0) >= least + icon
    finally:
        grid.close_list()
        worker.shutdown()
