"""Sorting the system settings by Description follows the words the list shows: a
setting DICEL reads is described by its purpose in the reader's language, and the sort
went by the stored English description, so the French list sorted by Description read
« Le taux de TVA… » before « Congé annuel… » (review35b F3). As the demo's administrator,
a real login, paging a few rows at a time (keyset pages, as on any big list)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QLocale, QSettings, Qt

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.domain.search_words import search_folded
from dicel_desktop.gui import translations
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.auth import login

ADMIN = "jean.mugabo@dicel.rw"
PAGE = 7  # several pages for the demo's settings: the keyset carries the shown words


@pytest.fixture
def worker(qtbot, demo_dsn: str) -> Iterator[DbWorker]:
    parts = urlsplit(demo_dsn)
    logged_in = login(parts.hostname, parts.port, parts.path.lstrip("/"), ADMIN, DEMO_PASSWORD)
    worker = DbWorker(make_session_factory(logged_in.engine))
    yield worker
    worker.shutdown()
    logged_in.engine.dispose()


def _first_word(said: str) -> str:
    """The first word's letters, case and accents aside: what any reader's order agrees
    on ("L'adresse" before "Le taux", « Congé » with "conge")."""
    found = re.match(r"[a-z]*", search_folded(said))
    assert found is not None
    return found.group(0)


def _descriptions(qtbot, grid: DataGrid, descending: bool) -> list[str]:
    model = grid.model
    column = model.query.columns.index("description")
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(column, order)
    qtbot.waitUntil(
        lambda: (
            model.query.sort == "description"
            and model.query.descending == descending
            and not model.is_loading
        ),
        timeout=WAIT_MS,
    )
    shown = []
    for row in range(model.rowCount()):
        qtbot.waitUntil(lambda row=row: model.row_cells(row) is not None, timeout=WAIT_MS)
        cells = model.row_cells(row)
        assert cells is not None
        shown.append(cells[column])
    return shown


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_sorting_by_description_follows_the_purpose_shown(
    qtbot, worker, tmp_path, restore_language, language
):
    translations.install_translators(language)
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "system_settings", settings=settings, locale=QLocale(), page_size=PAGE)
    qtbot.addWidget(grid)
    assert {"setting_key", "description"} <= set(grid.model.query.columns)
    rising = _descriptions(qtbot, grid, descending=False)
    assert len(rising) > 3 * PAGE
    # The list shows purposes in the reader's words (not what the rows store).
    assert translations.setting_purpose("tax.vat_rate_percent") in rising
    words = [_first_word(said) for said in rising]
    assert words == sorted(words), rising
    falling = _descriptions(qtbot, grid, descending=True)
    assert falling == rising[::-1]
