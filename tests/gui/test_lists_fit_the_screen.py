"""A list keeps its short, decisive columns in view on a laptop: where the columns are
wider than the view, the names and free text give up room first (eye31, 3: at 1280
pixels half the lists pushed Status past the right edge beside a client 260 pixels wide
and a description of 290), and a width the person set by hand is kept. Measured on the
real grid, offscreen, against real PostgreSQL."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from sqlalchemy import text

from dicel_desktop.gui.widgets.column_widths import GIVE_LEAST_CHARS
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.services.columns import table_spec

#: The grid's width in a main window 1280 and 1024 pixels wide, beside the tab's pages.
GRID_WIDTHS = {1280: 1080, 1024: 824}
CLIENT = "Kigali Heights Residential Apartments and Offices Ltd"
SUBJECT = "The invoice for the November guard service lists two posts we no longer have"


def _rows_of_a_client(db_engine, statement: str, values: list[dict]) -> None:
    """A client with a long name, and rows of it (``:c`` is the client)."""
    with db_engine.begin() as conn:
        client = conn.scalar(
            text("INSERT INTO clients (company_name) VALUES (:n) RETURNING id"), {"n": CLIENT}
        )
        for each in values:
            conn.execute(text(statement), {"c": client, **each})


@pytest.fixture
def tickets(db_engine):
    _rows_of_a_client(
        db_engine,
        "INSERT INTO client_support_tickets (client_id, category, subject, description,"
        " priority) VALUES (:c, 'billing', :s, 'It does', 'high')",
        [{"s": f"{SUBJECT} ({n})"} for n in range(3)],
    )


def _open(qtbot, worker, tmp_path, width: int) -> DataGrid:
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "client_support_tickets", settings=settings)
    qtbot.addWidget(grid)
    grid.resize(width, 600)
    grid.show()
    model = grid.model
    qtbot.waitUntil(
        lambda: model.rowCount() > 0 and model.is_row_loaded(0) and not model.is_loading,
        timeout=WAIT_MS,
    )
    return grid


def _right_edge(grid: DataGrid, name: str) -> int:
    header = grid.view.horizontalHeader()
    section = [c.name for c in grid.model.columns].index(name)
    return header.sectionViewportPosition(section) + header.sectionSize(section)


def _width(grid: DataGrid, name: str) -> int:
    section = [c.name for c in grid.model.columns].index(name)
    return grid.view.horizontalHeader().sectionSize(section)


@pytest.mark.parametrize("screen", [1280, 1024])
def test_the_state_stays_in_view_and_the_names_give_up_room(
    qtbot, worker, tickets, tmp_path, screen
):
    # The layout this is about: the state after a long subject and a client's name.
    columns = table_spec("client_support_tickets").default_columns
    assert columns.index("status") > columns.index("client_id") > columns.index("subject")
    grid = _open(qtbot, worker, tmp_path, GRID_WIDTHS[screen])
    view = grid.view.viewport()
    qtbot.waitUntil(lambda: _right_edge(grid, "status") <= view.width(), timeout=WAIT_MS)
    assert _right_edge(grid, "priority") <= view.width()
    # The subject and the client were cut, not below the least a name is given.
    metrics = grid.view.fontMetrics()
    least = metrics.horizontalAdvance("n" * GIVE_LEAST_CHARS)
    for name, value in (("subject", SUBJECT), ("client_id", CLIENT)):
        assert least <= _width(grid, name) < metrics.horizontalAdvance(value), name

    # Wide enough again, the client reads whole: the room given up comes back.
    grid.resize(2400, 600)
    qtbot.waitUntil(
        lambda: _width(grid, "client_id") > metrics.horizontalAdvance(CLIENT), timeout=WAIT_MS
    )


def test_a_width_set_by_hand_is_kept_while_the_others_give_up_room(
    qtbot, worker, tickets, tmp_path
):
    grid = _open(qtbot, worker, tmp_path, 2400)
    metrics = grid.view.fontMetrics()
    whole = metrics.horizontalAdvance(CLIENT)
    qtbot.waitUntil(lambda: _width(grid, "client_id") > whole, timeout=WAIT_MS)
    header = grid.view.horizontalHeader()
    client = [c.name for c in grid.model.columns].index("client_id")
    header.resizeSection(client, whole + 20)  # a person drags the client's edge
    grid.resize(GRID_WIDTHS[1280], 600)
    view = grid.view.viewport()
    qtbot.waitUntil(lambda: view.width() < GRID_WIDTHS[1280], timeout=WAIT_MS)
    # The subject gave up room; the client the person widened did not.
    qtbot.waitUntil(
        lambda: _width(grid, "subject") < metrics.horizontalAdvance(SUBJECT), timeout=WAIT_MS
    )
    assert _width(grid, "client_id") == whole + 20
    assert _right_edge(grid, "status") <= view.width()
    grid.close_list()

    # Remembered: the list opened again keeps it, and the state still shows.
    again = _open(qtbot, worker, tmp_path, GRID_WIDTHS[1280])
    assert _width(again, "client_id") == whole + 20
    qtbot.waitUntil(
        lambda: _right_edge(again, "status") <= again.view.viewport().width(), timeout=WAIT_MS
    )


def _tooltip_at(qtbot, grid: DataGrid, row: int, name: str) -> str:
    """What hovering the cell shows: the text of the tooltip Qt puts up, or ""."""
    QToolTip.hideText()  # hidden a moment later, as Qt does
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=WAIT_MS)
    view = grid.view
    section = [c.name for c in grid.model.columns].index(name)
    index = view.model().index(row, section)
    rect = view.visualRect(index)
    event = QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_cell_cut_short_has_its_text_whole_in_a_tooltip(qtbot, worker, tickets, tmp_path):
    grid = _open(qtbot, worker, tmp_path, GRID_WIDTHS[1024])
    metrics = grid.view.fontMetrics()
    qtbot.waitUntil(
        lambda: _width(grid, "client_id") < metrics.horizontalAdvance(CLIENT), timeout=WAIT_MS
    )
    shown = grid.view.model().index(0, [c.name for c in grid.model.columns].index("client_id"))
    assert shown.data() == CLIENT  # the cell holds it whole; the column cuts it
    assert _tooltip_at(qtbot, grid, 0, "client_id") == CLIENT
    # A cell read whole has no tooltip of its own (the priority's word fits).
    assert _tooltip_at(qtbot, grid, 0, "priority") == ""


@pytest.fixture
def invoices(db_engine):
    _rows_of_a_client(
        db_engine,
        "INSERT INTO invoices (client_id, invoice_date, due_date, subtotal, total_amount)"
        " VALUES (:c, '2026-11-02', '2026-12-02', 0, 0)",
        [{}] * 3,
    )


def test_states_and_amounts_give_up_the_room_their_values_do_not_use(
    qtbot, worker, invoices, tmp_path
):
    """An invoice's three amounts are sized for "999,999,999.99 WWW": on a laptop the
    balance due ran past the edge behind them. Once the names have given up all they
    can, they give what their values leave; the state keeps its longest word."""
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "invoices", settings=settings)
    qtbot.addWidget(grid)
    grid.resize(GRID_WIDTHS[1024], 600)
    grid.show()
    model = grid.model
    qtbot.waitUntil(lambda: model.rowCount() == 3 and model.is_row_loaded(0), timeout=WAIT_MS)
    view = grid.view.viewport()
    qtbot.waitUntil(lambda: _right_edge(grid, "balance_due") <= view.width(), timeout=WAIT_MS)
    metrics = grid.view.fontMetrics()
    # Given up, never cut: each state and amount still reads whole.
    for name in ("status", "total_amount", "amount_paid", "balance_due"):
        section = [c.name for c in model.columns].index(name)
        value = grid.view.model().index(0, section).data()
        assert metrics.horizontalAdvance(value) < _width(grid, name), name
    # An amount keeps room for nine whole digits in the company's currency.
    nine = metrics.horizontalAdvance("999,999,999 RWF")
    assert _width(grid, "balance_due") > nine

    # Wide again, each takes back its room ("Partially paid" whole).
    grid.resize(2400, 600)
    partly = metrics.horizontalAdvance("Partially paid")
    qtbot.waitUntil(lambda: _width(grid, "status") > partly, timeout=WAIT_MS)


#: The width of a main window's tab on a 1024-pixel laptop (the window's frame aside).
LAPTOP_TAB = 1020


def _laptop_tab(qtbot, worker, tmp_path, role, module_key: str, table: str):
    """``table``'s list in its department's tab, as wide as on a 1024x640 laptop, with the
    tab's side list of pages beside it; and the tab (qtbot holds it weakly)."""
    from dicel_desktop.domain.modules import MODULES
    from dicel_desktop.gui.tabs.module_tab import ModuleTab

    settings = QSettings(str(tmp_path / "tab.ini"), QSettings.Format.IniFormat)
    module = next(m for m in MODULES if m.key == module_key)
    tab = ModuleTab(worker, module, role, settings)
    qtbot.addWidget(tab)
    tab.resize(LAPTOP_TAB, 560)
    tab.show()
    tab.activate()
    grid = tab.show_table(table)
    model = grid.model
    qtbot.waitUntil(
        lambda: model.rowCount() > 0 and model.is_row_loaded(0) and not model.is_loading,
        timeout=WAIT_MS,
    )
    return tab, grid


def _whole_in_view(grid: DataGrid, name: str) -> bool:
    return _right_edge(grid, name) <= grid.view.viewport().width()


def _reads_whole(grid: DataGrid, name: str, row: int = 0) -> bool:
    """Whether ``name``'s cell in ``row`` has room for its text (not cut with "…")."""
    from dicel_desktop.gui.widgets.column_widths import CELL_PADDING

    section = [c.name for c in grid.model.columns].index(name)
    value = grid.view.model().index(row, section).data()
    needed = grid.view.fontMetrics().horizontalAdvance(value) + CELL_PADDING
    return needed <= _width(grid, name)


def test_in_kinyarwanda_on_a_laptop_an_invoices_state_and_balance_due_read_whole(
    qtbot, worker, invoices, tmp_path, restore_language
):
    """eye32, 5: at 1024x640 in Kinyarwanda "Asigaye kwishyurwa" (balance due) was cut
    mid-word and its amounts lost their "RWF", behind a side list of pages 200 pixels
    wide and a client's name."""
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.gui import translations

    translations.install_translators("rw")
    _tab, grid = _laptop_tab(qtbot, worker, tmp_path, Role.FINANCE, "finance", "invoices")
    qtbot.waitUntil(lambda: _whole_in_view(grid, "balance_due"), timeout=WAIT_MS)
    for name in ("invoice_number", "status", "total_amount", "amount_paid", "balance_due"):
        assert _whole_in_view(grid, name), name
        assert _reads_whole(grid, name), name
    # The client's name gave the room, cut and whole in its tooltip.
    assert not _reads_whole(grid, "client_id")
    assert _tooltip_at(qtbot, grid, 0, "client_id") == CLIENT


def test_a_state_column_is_as_wide_as_its_longest_state_not_its_first_rows(
    qtbot, worker, db_engine, tmp_path, restore_language
):
    """eye32, 5: a list of recovery cases sized its state for the open cases on top, and
    "Byemewe nk'ig…" (written off) was cut further down. Every state of the column reads
    whole, whichever rows come first."""
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.gui import translations
    from dicel_desktop.gui.translations import tr_choice
    from dicel_desktop.gui.widgets.column_widths import CELL_PADDING

    _rows_of_a_client(
        db_engine,
        "INSERT INTO recovery_cases (client_id, case_type, description, amount_involved)"
        " VALUES (:c, 'invoice_debt', 'Unpaid guarding invoices', 3200000)",
        [{}] * 3,
    )
    translations.install_translators("rw")
    _tab, grid = _laptop_tab(qtbot, worker, tmp_path, Role.RECOVERY, "recovery", "recovery_cases")
    status = next(c for c in grid.model.columns if c.name == "status")
    metrics = grid.view.fontMetrics()
    longest = max(
        metrics.horizontalAdvance(tr_choice(status.table, c.label)) for c in status.choices
    )
    # Every row is open: the longest word ("Byahagaritswe by'agateganyo", on hold) is not
    # among them.
    assert _reads_whole(grid, "status")
    section = [c.name for c in grid.model.columns].index("status")
    assert metrics.horizontalAdvance(grid.view.model().index(0, section).data()) < longest
    qtbot.waitUntil(lambda: _whole_in_view(grid, "status"), timeout=WAIT_MS)
    assert _width(grid, "status") >= longest + CELL_PADDING
    # The names gave room for the priority after it: in view, at most a quarter cut (its
    # words are read whole, "Biri hagati").
    view = grid.view.viewport().width()
    assert _right_edge(grid, "priority") - view <= _width(grid, "priority") // 4
    priority = [c.name for c in grid.model.columns].index("priority")
    word = grid.view.model().index(0, priority).data()
    shown = view - grid.view.horizontalHeader().sectionViewportPosition(priority)
    assert shown >= metrics.horizontalAdvance(word) + CELL_PADDING, word
