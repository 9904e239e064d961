"""The IT tickets list fits the width a 1280-pixel window gives it, its last column
(Assigned to) whole (eye30s, 10: it was cut): the subject takes what the other columns
leave, down to GIVE_LEAST_CHARS, rather than running them off the view."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QSettings
from sqlalchemy import text

from dicel_desktop.gui.widgets.column_widths import GIVE_LEAST_CHARS
from dicel_desktop.gui.widgets.data_grid import DataGrid

#: The grid's width in a 1280x800 main window, beside the tab's list of pages.
GRID_WIDTH = 1080


@pytest.fixture
def tickets(db_engine):
    with db_engine.begin() as conn:
        for subject in ("Excel crashes when opening the monthly report", "Screen flickers"):
            conn.execute(
                text(
                    "INSERT INTO it_support_tickets (category, subject, description, priority)"
                    " VALUES ('Account & access', :s, 'It does', 'medium')"
                ),
                {"s": subject},
            )


def test_every_column_of_the_it_tickets_list_is_in_view(qtbot, worker, tickets, tmp_path):
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "it_support_tickets", settings=settings)
    qtbot.addWidget(grid)
    grid.resize(GRID_WIDTH, 600)
    grid.show()
    model = grid.model
    qtbot.waitUntil(
        lambda: model.rowCount() > 0 and model.is_row_loaded(0) and not model.is_loading,
        timeout=WAIT_MS,
    )
    names = [c.name for c in model.columns]
    assert names[-1] == "assigned_to"
    header = grid.view.horizontalHeader()
    qtbot.waitUntil(
        lambda: (
            sum(header.sectionSize(i) for i in range(len(names))) <= grid.view.viewport().width()
        ),
        timeout=WAIT_MS,
    )
    # The subject gave up its room, not all of it.
    least = grid.view.fontMetrics().horizontalAdvance("n" * GIVE_LEAST_CHARS)
    assert header.sectionSize(names.index("subject")) >= least
