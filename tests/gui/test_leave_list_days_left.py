"""HR's list of leave requests shows the days each requester has left (daysleft41): a
"Days left" column beside the days asked, each row's figure what the decision dialog's
balance line says is left of that type in that year, in the reader's locale; the list is
not sorted by it (worked out for the rows shown only), and its header says so. As the
demo's HR officer, a real login."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from sqlalchemy import text

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.gui import translations
from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
from dicel_desktop.gui.table_model import TOOLTIP_ROLE
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import leave
from dicel_desktop.services.auth import login
from dicel_desktop.services.listing import Listing, ListQuery, listing_columns

HR = "aline.uwase@dicel.rw"


@pytest.fixture
def hr(demo_dsn: str):
    parts = urlsplit(demo_dsn)
    logged_in = login(parts.hostname, parts.port, parts.path.lstrip("/"), HR, DEMO_PASSWORD)
    yield logged_in
    logged_in.engine.dispose()


@pytest.fixture
def worker(qtbot, hr) -> Iterator[DbWorker]:
    worker = DbWorker(make_session_factory(hr.engine))
    yield worker
    worker.shutdown()


def _expected(hr, su, ids) -> dict:
    """What the balance says is left, per request, as HR reads it."""
    with su.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, employee_id, leave_type, extract(year FROM start_date)::int"
                " FROM leave_requests WHERE id = ANY(:ids)"
            ),
            {"ids": list(ids)},
        ).all()
    with make_session_factory(hr.engine)() as session:
        return {
            request: leave.balance(session, employee, kind, year).remaining
            for request, employee, kind, year in rows
        }


@pytest.mark.parametrize(("language", "label"), [("en", "Days left"), ("fr", "Jours restants")])
def test_hr_reads_each_requesters_days_left_beside_the_days_asked(
    qtbot, hr, su, worker, tmp_path, restore_language, language, label
):
    translations.install_translators(language)
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "leave_requests", settings=settings, locale=QLocale())
    qtbot.addWidget(grid)
    columns = grid.model.query.columns
    assert columns.index("days_left") == columns.index("days_requested") + 1
    qtbot.waitUntil(
        lambda: not grid.model.is_loading and grid.model.rowCount() > 0, timeout=WAIT_MS
    )
    section = columns.index("days_left")
    model = grid.model
    assert model.headerData(section, Qt.Orientation.Horizontal) == label
    shown = min(model.rowCount(), 40)
    ids = [model.record_id(r) for r in range(shown)]
    expected = _expected(hr, su, ids)
    locale = QLocale()
    cells = [model.index(r, section).data() for r in range(shown)]
    said = [
        "" if expected[i] is None else locale.toString(float(expected[i]), "g", 12) for i in ids
    ]
    assert cells == said
    assert any(cell for cell in cells)  # the demo's annual leave has an allowance


def test_the_list_is_not_sorted_by_the_days_left_and_its_header_says_why(qtbot, worker, tmp_path):
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "leave_requests", settings=settings, locale=QLocale())
    qtbot.addWidget(grid)
    grid.resize(1300, 700)
    grid.show()
    qtbot.waitUntil(lambda: not grid.model.is_loading, timeout=WAIT_MS)
    section = grid.model.query.columns.index("days_left")
    before = (grid.model.query.sort, grid.model.query.descending)
    header = grid.view.horizontalHeader()
    sorted_section = header.sortIndicatorSection()
    header.sectionClicked.emit(section)
    grid.view.sortByColumn(section, Qt.SortOrder.AscendingOrder)
    assert (grid.model.query.sort, grid.model.query.descending) == before
    assert header.sortIndicatorSection() == sorted_section  # the arrow stays where it was
    tip = grid.model.headerData(section, Qt.Orientation.Horizontal, TOOLTIP_ROLE)
    assert "not sorted or filtered" in tip
    # Its column's menu offers neither a filter nor a sort; the Filter menu leaves it out.
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    grid.menus.on_header_menu_requested(QPoint(x, header.height() // 2))
    offered = [a.text() for a in grid.column_menu.actions() if a.text()]
    grid.column_menu.close()
    assert offered == ["Columns"]
    grid.menus.on_filter_menu_about_to_show()
    assert "days_left" not in [a.data() for a in grid.filter_button.menu().actions()]


def test_half_a_day_left_is_written_in_the_readers_locale():
    columns = listing_columns("leave_requests")
    listing = Listing(ListQuery("leave_requests", columns))
    slot = 2 + columns.index("days_left")
    row = [None] * (2 + len(columns))
    row[slot] = Decimal("4.5")
    for locale, written in (
        (QLocale(QLocale.Language.French, QLocale.Country.Rwanda), "4,5"),
        (QLocale(QLocale.Language.English, QLocale.Country.Rwanda), "4.5"),
    ):
        cells = CellFormatter(listing, LocaleFormats.from_qlocale(locale)).format_row(tuple(row))
        assert cells[columns.index("days_left")] == written
    row[slot] = None  # a type without a yearly allowance
    cells = CellFormatter(listing, LocaleFormats.from_qlocale(QLocale())).format_row(tuple(row))
    assert cells[columns.index("days_left")] == ""
