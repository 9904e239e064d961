"""Each department's dashboard painted against its SQL alone (``-k dashboard``).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/perf -k dashboard -s
-p no:randomly``. Issue 11: "each dashboard painted within 1.5x of its SQL alone, and
under 300 ms", on the ``large`` demo company (``perf_db``), as the admin demo login
(Administration reads every module's tables): a real login, so grants and row security
cost what they cost.

What "painted" is: what a person waits for. The main window is open (a fresh one each
round, so every dashboard is seen for the first time, as after a login); the clock starts
when the module's tab is chosen (what a click on it does) and stops when the page's
figures and every chart are on screen: each tile and chart shown after the figures came
has been painted since, and that paint is done. The Risk dashboard's heatmap counts
come from a query of their own: it is painted when those counts are drawn.

SQL alone, in the same round just before: the same queries (``load_dashboard``, and the
heatmap's ``risk_heatmap`` for Risk) run straight on a fresh session in the test's
thread, with the same login.

For information, each round then refreshes the shown dashboard (F5): figures read again
and drawn into the page already on screen; and comes back to it from My work with nothing
read at all: the tab chosen -> the same tiles and charts painted. That last is what any
first visit pays besides its SQL however the figures were read: when it alone passes 1.5x
the SQL, no way of reading meets the ratio on this machine. Prints the table; asserts
only that every dashboard painted its figures.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from _measure import (
    RUNS,
    Line,
    PaintWatch,
    Stats,
    load_note,
    paired,
    print_table,
    settle,
    wait_until,
)

pytestmark = [pytest.mark.perf, pytest.mark.timeout(3600)]

TARGET_MS = 300.0
TARGET_RATIO = 1.5
#: After the window opens: its own first loads (My work's inbox, the status bar) done.
OPEN_SETTLE_MS = 600
#: Between two measurements: the last one's late paints and listeners settled.
BETWEEN_MS = 150


@pytest.fixture(scope="module")
def admin_email(pg_superuser_dsn: str, perf_db) -> str:
    from helpers import demo_email, dsn_for

    return demo_email(dsn_for(pg_superuser_dsn, perf_db.dbname), "admin")


@pytest.fixture(scope="module")
def admin_factory(perf_db, admin_email: str) -> Iterator[Any]:
    """Sessions of the admin login for the SQL alone (this thread, its own engine)."""
    from dicel_desktop.db.engine import make_engine, make_session_factory

    engine = make_engine(
        f"postgresql://{quote(admin_email, safe='')}:{quote(perf_db.password, safe='')}"
        f"@{perf_db.host}:{perf_db.port}/{perf_db.dbname}",
        # As the window's login makes it (services.auth): no pre-ping round trip per read.
        pool_pre_ping=False,
    )
    yield make_session_factory(engine)
    engine.dispose()


def _on_screen(page: Any) -> list[Any]:
    """What a person waits to see: the shown tiles, and the charts' drawing areas."""
    widgets: list[Any] = [t for t in page.tiles.values() if t.isVisible()]
    widgets += [c.viewport() for c in page.charts.values() if c.isVisible()]
    widgets += [getattr(e, "plot", e).viewport() for e in page.extras if e.isVisible()]
    return widgets


def _sql_alone(factory: Any, module: str) -> float:
    from dicel_desktop.services.charts import risk_heatmap
    from dicel_desktop.services.dashboards import DASHBOARDS, load_dashboard

    start = time.perf_counter()
    with factory() as session:
        load_dashboard(session, module)
        if "risk_heatmap" in DASHBOARDS[module].extra_charts:
            risk_heatmap(session)
    return (time.perf_counter() - start) * 1000


def _painted(page: Any, start_work: Any) -> float:
    """ms from ``start_work()`` until the page's figures and charts are on screen."""
    watch = PaintWatch()
    waiting_for: list[Any] = []

    def on_page_painted() -> None:
        # A chart made elsewhere (the heatmap) reads its counts in a task of its own.
        waiting_for.extend(e for e in page.extras if getattr(e, "data", 0) is None)
        for extra in waiting_for:
            extra.shown.connect(on_extra_shown)
        if not waiting_for:
            watch.expect(_on_screen(page))

    def on_extra_shown() -> None:
        if all(e.data is not None for e in waiting_for):
            for extra in waiting_for:
                extra.shown.disconnect(on_extra_shown)
            waiting_for.clear()
            watch.expect(_on_screen(page))

    page.painted.connect(on_page_painted)
    start = time.perf_counter()
    start_work()
    ok = wait_until(lambda: watch.done_at is not None, 60, poll_ms=1)
    page.painted.disconnect(on_page_painted)
    assert ok, f"{page.dashboard.module}: the dashboard never painted its figures"
    assert watch.done_at is not None
    return (watch.done_at - start) * 1000


def _painted_again(page: Any, window: Any, tab: Any) -> float:
    """ms from choosing ``tab`` again (its dashboard loaded, nothing read) until the same
    tiles and charts are painted: the tab's paint alone."""
    watch = PaintWatch()
    start = time.perf_counter()
    window.tabs.setCurrentWidget(tab)
    assert not page._loading, "coming back must read nothing"
    watch.expect(_on_screen(page))
    assert wait_until(lambda: watch.done_at is not None, 60, poll_ms=1)
    assert watch.done_at is not None
    return (watch.done_at - start) * 1000


def test_dashboard_painted_against_its_sql(
    perf_db, admin_email, admin_factory, qapp, tmp_path
) -> None:
    from PySide6.QtCore import QLocale, QSettings, qInstallMessageHandler

    from dicel_desktop.gui.main_window import MainWindow
    from dicel_desktop.services.auth import login
    from dicel_desktop.services.dashboards import DASHBOARDS

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Rwanda))
    previous = qInstallMessageHandler(lambda *_message: None)  # offscreen chatter
    results: dict[str, list[dict[str, float]]] = {m: [] for m in DASHBOARDS}
    prepare_runs: list[float] = []
    try:
        for round_ in range(RUNS + 1):  # the first round warms caches and is dropped
            logged_in = login(
                perf_db.host, perf_db.port, perf_db.dbname, admin_email, perf_db.password
            )
            settings = QSettings(str(tmp_path / f"dash-{round_}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(logged_in, settings=settings)
            window.resize(1280, 800)
            window.show()
            settle(OPEN_SETTLE_MS)
            # The window lays its dashboards out in its quiet moments, one a turn, from
            # 400 ms after it shows (lazy39): waited for, so that a visit is measured as
            # before, when the window made them all before it showed. What that takes is
            # a line of its own below.
            shown_at = time.perf_counter()
            pages = [t.dashboard for t in window.module_tabs.values() if t.dashboard]
            assert wait_until(lambda: all(p.prepared for p in pages), 60)  # noqa: B023
            prepared_ms = (time.perf_counter() - shown_at) * 1000 + OPEN_SETTLE_MS
            settle(BETWEEN_MS)
            if round_:
                prepare_runs.append(prepared_ms)
            try:
                for module in DASHBOARDS:
                    tab = window.module_tabs[module]
                    sql_ms = _sql_alone(admin_factory, module)
                    settle(BETWEEN_MS)
                    page = tab.dashboard
                    assert page is not None and not page.loaded
                    painted_ms = _painted(
                        page, functools.partial(window.tabs.setCurrentWidget, tab)
                    )
                    assert page.data is not None and (page.data.figures or page.data.charts)
                    settle(BETWEEN_MS)
                    refresh_sql_ms = _sql_alone(admin_factory, module)
                    settle(BETWEEN_MS)
                    refresh_ms = _painted(page, page.reload)
                    settle(BETWEEN_MS)
                    window.tabs.setCurrentWidget(window.my_work)
                    settle(BETWEEN_MS)
                    back_ms = _painted_again(page, window, tab)
                    settle(BETWEEN_MS)
                    if round_:
                        results[module].append(
                            {
                                "sql": sql_ms,
                                "painted": painted_ms,
                                "refresh_sql": refresh_sql_ms,
                                "refresh": refresh_ms,
                                "back": back_ms,
                            }
                        )
            finally:
                window.close()
                window.deleteLater()
                settle(200)
    finally:
        qInstallMessageHandler(previous)

    lines = []
    for module, runs in results.items():
        painted = Stats.of([r["painted"] for r in runs])
        sql = Stats.of([r["sql"] for r in runs])
        ratios = paired(runs, runs, "painted", "sql")
        lines.append(
            Line(
                f"{module} dashboard, tab chosen -> painted",
                painted.show("ms"),
                f"SQL alone {sql.show('ms')}",
                f"{ratios.median:.2f}x",
                f"<= {TARGET_RATIO}x and < {TARGET_MS:.0f} ms",
                ratios.median <= TARGET_RATIO and painted.median < TARGET_MS,
            )
        )
    for module, runs in results.items():
        refresh = Stats.of([r["refresh"] for r in runs])
        sql = Stats.of([r["refresh_sql"] for r in runs])
        ratios = paired(runs, runs, "refresh", "refresh_sql")
        lines.append(
            Line(
                f"{module} dashboard, refresh (F5) -> painted",
                refresh.show("ms"),
                f"SQL alone {sql.show('ms')}",
                f"{ratios.median:.2f}x",
                "",
                None,
            )
        )
    for module, runs in results.items():
        back = Stats.of([r["back"] for r in runs])
        sql = Stats.of([r["sql"] for r in runs])
        ratios = paired(runs, runs, "back", "sql")
        lines.append(
            Line(
                f"{module}: tab chosen again -> painted, nothing read",
                back.show("ms"),
                f"SQL alone {sql.show('ms')}",
                f"{ratios.median:.2f}x",
                "",
                None,
            )
        )
    lines.append(
        Line(
            "window shown -> every dashboard laid out, empty",
            Stats.of(prepare_runs).show("ms"),
            "",
            "",
            "",
            None,
        )
    )
    print_table(
        f"Dashboards: painted vs their SQL alone (large demo data,"
        f" {perf_db.transactions:,} transactions; admin login)",
        lines,
        [
            f"{RUNS} rounds after one warm-up round, a fresh main window each; medians;"
            " ratios paired within a round",
            load_note(),
        ],
    )
