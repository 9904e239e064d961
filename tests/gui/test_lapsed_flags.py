"""A date passed is marked apart from one coming (services/row_flags.py, eye26): in the
guards list an expired licence is red, saying "Licence expired", and one expiring within
30 days amber, saying so; a contract still active past its end date red, one ending
within 30 days amber. The dates are the database's."""

from __future__ import annotations

import psycopg
import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QColor

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.visibility import columns_for

_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
RED, AMBER = QColor(220, 40, 40, 60), QColor(255, 160, 0, 70)

EXPIRED = ("Licence expired: the guard may not work until it is renewed.", RED)
EXPIRING = ("Licence expiring within 30 days.", AMBER)
PAST_END = ("Past its end date, still active: renew it or mark it expired.", RED)
ENDING = ("Active and ending within 30 days.", AMBER)

#: license_number -> (status, days from the database's today to the expiry, the look).
GUARDS = {
    "L1": ("active", -12, EXPIRED),
    "L2": ("on_leave", -1, EXPIRED),
    "L3": ("active", 0, EXPIRING),  # expires today: still valid today
    "L4": ("active", 10, EXPIRING),
    "L5": ("active", 100, None),
    "L6": ("suspended", -12, None),  # not at work: not marked
}
#: contract type -> (days from today to the end, the look); all active.
CONTRACTS = {"C1": (-3, PAST_END), "C2": (20, ENDING), "C3": (200, None)}


@pytest.fixture
def filled(db_dsn):
    with psycopg.connect(db_dsn) as conn:
        for number, (status, days, _look) in GUARDS.items():
            conn.execute(
                "INSERT INTO security_guards (license_number, license_expiry, status)"
                " VALUES (%s, public.dicel_company_day() + %s, %s)",
                (number, days, status),
            )
        client = conn.execute(
            "INSERT INTO clients (company_name) VALUES ('Kigali Heights') RETURNING id"
        ).fetchone()[0]
        for kind, (days, _look) in CONTRACTS.items():
            conn.execute(
                "INSERT INTO contracts (client_id, contract_type, start_date, end_date,"
                " status) VALUES (%s, %s, public.dicel_company_day() - 400,"
                " public.dicel_company_day() + %s, 'active')",
                (client, kind, days),
            )
    return db_dsn


def _grid(qtbot, db_engine, tmp_path, table: str, role: Role, key: str):
    worker = DbWorker(make_session_factory(db_engine))
    settings = QSettings(str(tmp_path / f"{table}.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(
        worker,
        table,
        columns_for(role, table),
        settings=settings,
        locale=QLocale(QLocale.Language.English, QLocale.Country.Rwanda),
    )
    qtbot.addWidget(grid)
    grid.resize(1200, 500)
    grid.show()
    column = grid.model.columns.index(grid.spec.column(key))
    grid.model.sort(column, Qt.SortOrder.AscendingOrder)
    return grid, worker, column


def _looks(qtbot, grid, column: int, count: int) -> dict[str, tuple | None]:
    """The key shown -> (tooltip, tint) of its row, or None when unmarked."""
    model = grid.model
    qtbot.waitUntil(
        lambda: (
            model.rowCount() == count
            and not model.is_loading
            and all(model.is_row_loaded(r) for r in grid.rows.rows_on_screen())
        ),
        timeout=WAIT_MS,
    )
    window = grid.view.model()
    found = {}
    for row in grid.rows.rows_on_screen():
        r = row - grid.rows.base
        tooltips = {window.index(r, c).data(_TOOLTIP) for c in range(window.columnCount())}
        assert len(tooltips) == 1, "a row is marked whole"
        background = window.index(r, 0).data(_BACKGROUND)
        tooltip = tooltips.pop()
        look = None if tooltip is None else (tooltip, background.color())
        assert (window.index(r, 0).data(_DECORATION) is None) is (look is None)
        found[window.index(r, column).data()] = look
    return found


def test_an_expired_licence_is_red_and_one_expiring_amber(qtbot, filled, db_engine, tmp_path):
    grid, worker, column = _grid(
        qtbot, db_engine, tmp_path, "security_guards", Role.SECURITY, "license_number"
    )
    try:
        looks = _looks(qtbot, grid, column, len(GUARDS))
        assert looks == {number: look for number, (*_rest, look) in GUARDS.items()}
        # Not the same symbol either: colour alone is missed. Rows 0-3: L1, L2
        # (expired), L3, L4 (expiring).
        window = grid.view.model()
        symbols = [window.index(r, 0).data(_DECORATION).cacheKey() for r in range(4)]
        assert symbols[0] == symbols[1] != symbols[2] == symbols[3]
    finally:
        grid.close_list()
        worker.shutdown()


def test_a_contract_past_its_end_is_red_and_one_ending_amber(qtbot, filled, db_engine, tmp_path):
    grid, worker, column = _grid(
        qtbot, db_engine, tmp_path, "contracts", Role.CLIENT, "contract_type"
    )
    try:
        looks = _looks(qtbot, grid, column, len(CONTRACTS))
        assert looks == {kind: look for kind, (_days, look) in CONTRACTS.items()}
    finally:
        grid.close_list()
        worker.shutdown()


def test_a_critical_risk_is_the_heatmaps_red_and_a_high_one_its_orange(
    qtbot, db_dsn, db_engine, tmp_path
):
    """eye30s, 10: high (10-16) and critical (17-25) rows had the same pink; the heatmap
    colours them orange and red. Both keep the warning symbol."""
    from dicel_desktop.gui.band_colours import BAND_COLOURS

    risks = {"Fire": (5, 5), "Flood": (4, 4), "Theft": (2, 5), "Dust": (3, 3)}  # 25, 16, 10, 9
    with psycopg.connect(db_dsn) as conn:
        for description, (likelihood, impact) in risks.items():
            conn.execute(
                "INSERT INTO risk_assessments (risk_category, risk_description, likelihood,"
                " impact) VALUES ('Operational', %s, %s, %s)",
                (description, likelihood, impact),
            )
    grid, worker, column = _grid(
        qtbot, db_engine, tmp_path, "risk_assessments", Role.RISK, "risk_description"
    )
    try:
        looks = _looks(qtbot, grid, column, len(risks))
        high, critical = QColor(BAND_COLOURS["high"]), QColor(BAND_COLOURS["critical"])
        high.setAlpha(110)
        critical.setAlpha(110)
        assert looks == {
            "Fire": ("Critical risk score, not closed: it needs attention now.", critical),
            "Flood": ("High risk score, not closed: it needs attention.", high),
            "Theft": ("High risk score, not closed: it needs attention.", high),
            "Dust": None,
        }
        window = grid.view.model()
        symbols = {
            window.index(r, 0).data(_DECORATION).cacheKey()
            for r in range(window.rowCount())
            if window.index(r, 0).data(_DECORATION) is not None
        }
        assert len(symbols) == 1, "the same warning symbol for high and critical"
    finally:
        grid.close_list()
        worker.shutdown()
