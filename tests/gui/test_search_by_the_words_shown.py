"""The quick search finds a state by the words the reader sees (eye33 #3): « Clôturé
incomplet » and Kinyarwanda "bituzuye" found no order, while "Received", a word the
French window never shows, did. As the demo's inventory clerk, a real login."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QLocale, QSettings
from sqlalchemy import text

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.gui import translations
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.auth import login

INVENTORY = "divine.ingabire@dicel.rw"


@pytest.fixture
def worker(qtbot, demo_dsn: str) -> Iterator[DbWorker]:
    parts = urlsplit(demo_dsn)
    logged_in = login(parts.hostname, parts.port, parts.path.lstrip("/"), INVENTORY, DEMO_PASSWORD)
    worker = DbWorker(make_session_factory(logged_in.engine))
    yield worker
    worker.shutdown()
    logged_in.engine.dispose()


def _orders(su, *states: str) -> set[str]:
    with su.connect() as conn:
        rows = conn.execute(
            text("SELECT po_number FROM purchase_orders WHERE status = ANY(:s)"),
            {"s": list(states)},
        )
        return {number for (number,) in rows}


def _found(qtbot, grid: DataGrid, typed: str) -> set[str]:
    grid.search_box.setText(typed)
    grid.search_box.returnPressed.emit()  # no typing pause
    qtbot.waitUntil(
        lambda: grid.model.query.search == typed and not grid.model.is_loading, timeout=WAIT_MS
    )
    number = grid.model.query.columns.index("po_number")
    return {grid.model.index(r, number).data() for r in range(grid.model.rowCount())}


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("fr", "Clôturé incomplet"),
        ("fr", "clôturé INCOMPLET"),
        # Typed without its accent (migration 0123): the label is folded as the word is.
        ("fr", "cloture incomplet"),
        ("fr", "CLOTURE"),
        ("rw", "bituzuye"),
    ],
)
def test_an_order_closed_short_is_found_by_its_state_in_the_readers_words(
    qtbot, su, worker, tmp_path, restore_language, language, typed
):
    translations.install_translators(language)
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "purchase_orders", settings=settings, locale=QLocale())
    qtbot.addWidget(grid)
    assert "po_number" in grid.model.query.columns and "status" in grid.model.query.columns
    closed_short = _orders(su, "closed_short")
    assert closed_short
    assert _found(qtbot, grid, typed) == closed_short


def test_a_french_word_shared_by_states_finds_each_and_english_still_finds(
    qtbot, su, worker, tmp_path, restore_language
):
    translations.install_translators("fr")
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "purchase_orders", settings=settings, locale=QLocale())
    qtbot.addWidget(grid)
    partly, approved = _orders(su, "partially_received"), _orders(su, "approved")
    assert partly and approved
    # « Partiellement reçu »: the partly received orders.
    assert _found(qtbot, grid, "Partiellement") == partly
    assert _found(qtbot, grid, "Approuvé") == approved
    assert _found(qtbot, grid, "Closed short") == _orders(su, "closed_short")
