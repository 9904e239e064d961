"""The audit log in Kinyarwanda and French: what an entry is about takes the width the
other columns leave (it was 60 characters whatever they needed, and cut the address
after it to "127.0."), and the fields a change changed read in the person's words (they
read "Status" in every language)."""

from __future__ import annotations

import json
import uuid

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QLocale, QSettings
from sqlalchemy import text

from dicel_desktop.gui import translations
from dicel_desktop.gui.widgets.data_grid import DataGrid

NUMBER = "POL-2026-900012"


@pytest.fixture
def entries(db_engine):
    """Changes to a policy (gone, so named by the number its entry kept)."""
    with db_engine.begin() as conn:
        for _ in range(3):
            conn.execute(
                text(
                    "INSERT INTO audit_logs (action, table_name, record_id, old_values,"
                    " new_values, ip_address) VALUES ('UPDATE', 'compliance_policies', :r,"
                    " CAST(:old AS jsonb), CAST(:new AS jsonb), '127.0.0.1')"
                ),
                {
                    "r": uuid.uuid4(),
                    "old": json.dumps({"policy_number": NUMBER, "status": "draft"}),
                    "new": json.dumps({"status": "approved", "version": "2.0"}),
                },
            )


@pytest.fixture
def language(qapp, request):
    before = QLocale()
    translations.install_translators(request.param)
    yield request.param
    translations.install_translators("en")
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("language", "fields"),
    [("rw", "Uko ahagaze, Verisiyo"), ("fr", "Statut, Version")],
    indirect=["language"],
)
def test_the_address_is_whole_and_the_fields_in_words(
    qtbot, worker, entries, tmp_path, language, fields
):
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "audit_logs", settings=settings)
    qtbot.addWidget(grid)
    grid.resize(1200, 600)
    grid.show()
    model = grid.model
    qtbot.waitUntil(
        lambda: model.rowCount() > 0 and model.is_row_loaded(0) and not model.is_loading,
        timeout=WAIT_MS,
    )
    qtbot.wait(50)
    names = [c.name for c in model.columns]
    header = grid.view.horizontalHeader()
    rows = [model.row_cells(r) for r in range(model.rowCount()) if model.is_row_loaded(r)]
    ours = [cells for cells in rows if cells[names.index("record_id")].startswith(NUMBER)]
    assert ours, rows
    assert ours[0][names.index("record_id")] == f"{NUMBER}: {fields}"
    # Every column on screen, the address whole.
    total = sum(header.sectionSize(i) for i in range(len(names)))
    assert total <= grid.view.viewport().width(), (total, grid.view.viewport().width())
    metrics = grid.view.fontMetrics()
    address = names.index("ip_address")
    assert header.sectionSize(address) > metrics.horizontalAdvance(ours[0][address])
    grid.close_list()
