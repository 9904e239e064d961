"""Dashboards on screen, as demo people: tiles open their rows, charts are drawn."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from dicel_desktop.demo import DEMO_PASSWORD


@pytest.fixture
def open_tab(qtbot, demo_window, tmp_path):
    def open_(email: str, tab: str):
        settings = QSettings(str(tmp_path / f"{email}.ini"), QSettings.Format.IniFormat)
        window = demo_window(email, size=(1400, 860), settings=settings)
        module = window.show_tab(tab)
        module.activate()
        qtbot.waitUntil(lambda: module.dashboard.loaded, timeout=20_000)
        return window, module

    return open_


def _value(module, key: str):
    return next(v.value for v in module.dashboard.data.figures if v.figure.key == key)


@pytest.mark.parametrize(
    ("email", "tab", "key"),
    [
        ("eric.niyonzima@dicel.rw", "Finance", "past_due"),
        ("aline.uwase@dicel.rw", "Human Resources", "headcount"),
        ("claudine.mukamana@dicel.rw", "IT", "maintenance_due"),
        ("divine.ingabire@dicel.rw", "Inventory", "below_minimum"),
        ("diane.mutoni@dicel.rw", "Risk", "critical_assessments"),
        ("chantal.kayitesi@dicel.rw", "Compliance", "review_overdue"),
    ],
)
def test_a_tile_opens_the_rows_it_counted(qtbot, open_tab, email, tab, key) -> None:
    window, module = open_tab(email, tab)
    assert window.current_grid() is None  # the tab opens on its dashboard
    expected = _value(module, key)
    assert expected > 0
    qtbot.mouseClick(module.dashboard.tiles[key], Qt.MouseButton.LeftButton)
    grid = window.current_grid()
    assert grid is module.drill
    qtbot.waitUntil(lambda: not grid.model.is_loading and grid.model.rowCount() > 0, timeout=20_000)
    assert grid.model.rowCount() == expected
    # It says what it holds: the tile's words head it and title its print and export.
    from dicel_desktop.gui.dashboards.dashboard_chart import dashboard_title

    figure = next(v.figure for v in module.dashboard.data.figures if v.figure.key == key)
    words = dashboard_title(figure.title)
    assert module.drill_title.text() == f"{words}: the records behind the figure"
    assert grid.title == words
    from dicel_desktop.gui.printing.list_job import ListPrintJob

    assert ListPrintJob(grid._worker, grid, grid).title == words
    # The plain list is one click away, unfiltered.
    module.show_table(grid.table)
    assert window.current_grid() is not grid


def test_the_owed_tiles_list_adds_up_to_it_by_what_each_invoice_still_owes(
    qtbot, demo_window, tmp_path
) -> None:
    """eye29b: the list behind "Still owed on RWF invoices" had only the invoices' totals
    (31 M RWF more than the tile), so a clerk who added it up got another number. It
    shows each invoice's amount paid and balance due, whatever columns were chosen for
    the invoices list, and its balances add up to the tile."""
    import json
    from decimal import Decimal

    settings = QSettings(str(tmp_path / "eric.ini"), QSettings.Format.IniFormat)
    # The person chose few columns for invoices, none of them the payments.
    chosen = ["invoice_number", "client_id", "total_amount", "status"]
    settings.setValue("data_grid/invoices/columns", json.dumps(chosen))
    window = demo_window("eric.niyonzima@dicel.rw", size=(1400, 860), settings=settings)
    module = window.show_tab("Finance")
    module.activate()
    qtbot.waitUntil(lambda: module.dashboard.loaded, timeout=20_000)
    owed = _value(module, "receivables")
    qtbot.mouseClick(module.dashboard.tiles["receivables"], Qt.MouseButton.LeftButton)
    grid = window.current_grid()
    assert grid is module.drill
    qtbot.waitUntil(lambda: not grid.model.is_loading and grid.model.rowCount() > 0, timeout=20_000)
    # In the list's order (the state beside the client, list_layouts), the payments added.
    assert grid.visible_columns == (*chosen[:2], "status", chosen[2], "amount_paid", "balance_due")
    model = grid.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[4:6] == ["Amount paid", "Balance due"]

    def amount(text: str) -> Decimal:
        assert text.endswith(" RWF"), text
        return Decimal(text.removesuffix(" RWF").replace(",", ""))

    rows = [model.row_cells(r) for r in range(model.rowCount())]
    assert all(cells is not None for cells in rows)
    totals, paid, due = (
        [amount(cells[c]) for cells in rows]
        for c in (3, 4, 5)  # type: ignore[index]
    )
    assert sum(due) == owed
    assert all(t - p == d for t, p, d in zip(totals, paid, due, strict=True))
    assert sum(paid) > 0 and sum(totals) > owed  # partly paid ones are among them
    # The plain list keeps the person's choice.
    assert module.show_table("invoices").visible_columns == tuple(chosen)


def test_a_viewer_sees_no_tile_for_what_they_may_not_read(open_tab) -> None:
    """The IT manager reads no invoices: Finance's overdue figure is not theirs."""
    _window, module = open_tab("claudine.mukamana@dicel.rw", "IT")
    assert "open_tickets" in module.dashboard.tiles
    assert not any(k in module.dashboard.tiles for k in ("past_due", "receivables"))


def test_no_owed_tile_is_laid_out_for_who_may_not_read_the_payments(qtbot) -> None:
    """Recovery reads invoices, not the transactions paying them: what is still owed is
    not theirs, so no tile waits for it (it would be left empty)."""
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.gui.dashboards.dashboard_page import DashboardPage
    from dicel_desktop.gui.worker import DbWorker

    worker = DbWorker()
    try:
        page = DashboardPage(worker, "finance", role=Role.RECOVERY)
        qtbot.addWidget(page)
        page.prepare()
        assert "past_due" in page.tiles and "receivables" not in page.tiles
        finance = DashboardPage(worker, "finance", role=Role.FINANCE)
        qtbot.addWidget(finance)
        finance.prepare()
        assert "receivables" in finance.tiles
    finally:
        worker.shutdown()


@pytest.mark.parametrize(
    ("email", "tab"),
    [
        ("eric.niyonzima@dicel.rw", "Finance"),
        ("diane.mutoni@dicel.rw", "Risk"),
        ("divine.ingabire@dicel.rw", "Inventory"),
    ],
)
def test_a_dashboard_chart_is_drawn_not_blank(qtbot, open_tab, email, tab) -> None:
    _window, module = open_tab(email, tab)
    assert module.dashboard.charts, "every dashboard has a chart"
    for plot in module.dashboard.charts.values():
        image = plot.grab().toImage()
        ink = 0
        for y in range(0, image.height(), 3):
            for x in range(0, image.width(), 3):
                c = image.pixelColor(x, y)
                if c.blue() > c.red() + 60:  # the bars' blue, not the white ground or grey axes
                    ink += 1
        samples = (image.width() // 3) * (image.height() // 3)
        assert ink / samples > 0.02, f"{plot.objectName()} looks blank"


def test_a_figure_of_what_waits_for_someone_is_marked_when_above_zero(open_tab) -> None:
    _window, module = open_tab("divine.ingabire@dicel.rw", "Inventory")
    tiles = module.dashboard.tiles
    assert _value(module, "below_minimum") > 0
    assert not tiles["below_minimum"].icon().isNull()  # a warning symbol
    assert tiles["below_minimum"].toolTip().startswith("Needs attention")
    assert tiles["open_orders"].icon().isNull()  # open orders are work, not a warning
    # And it is on screen: the tile painted its option's icon after emptying the option
    # (a reference to it), so no symbol was ever seen.
    assert _coloured_pixels(tiles["below_minimum"]) > 20
    assert _coloured_pixels(tiles["open_orders"]) == 0


def _coloured_pixels(tile) -> int:
    """The pixels of ``tile``'s picture in a colour (a warning symbol's yellow), not the
    greys and black of a button and its words."""
    image = tile.grab().toImage()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).hsvSaturation() > 100
    )


def test_policies_past_their_review_date_are_a_figure_of_their_own_marked_as_late(
    qtbot, open_tab
) -> None:
    """Compliance: the policies past their review date have their tile and its warning
    symbol; those merely due within 30 days have another tile, never the symbol."""
    _window, module = open_tab("chantal.kayitesi@dicel.rw", "Compliance")
    tiles = module.dashboard.tiles
    assert _value(module, "review_overdue") > 0
    assert not tiles["review_overdue"].icon().isNull()
    assert tiles["review_overdue"].toolTip().startswith("Needs attention")
    assert tiles["review_overdue"].text().endswith("Policies overdue for review")
    assert tiles["review_due"].icon().isNull()
    assert tiles["review_due"].text().endswith("Policies due for review within 30 days")


def test_the_recovery_amount_opens_the_cases_it_adds_up(qtbot, open_tab) -> None:
    """A money figure: the cases its list shows add up to it."""
    from decimal import Decimal

    window, module = open_tab("innocent.bizimana@dicel.rw", "Recovery")
    value = next(
        v for v in module.dashboard.data.figures if v.figure.key == "amount_marked_recovered"
    )
    qtbot.mouseClick(module.dashboard.tiles[value.figure.key], Qt.MouseButton.LeftButton)
    grid = window.current_grid()
    assert grid is module.drill and grid.table == "recovery_cases"
    qtbot.waitUntil(lambda: not grid.model.is_loading and grid.model.rowCount() > 0, timeout=20_000)
    with window.logged_in.engine.connect() as conn:
        listed = conn.exec_driver_sql(
            "SELECT count(*), sum(amount_involved) FROM recovery_cases WHERE status = 'recovered'"
        ).one()
    assert (grid.model.rowCount(), Decimal(value.value)) == listed


def test_a_manager_without_finance_reaches_their_departments_budget_chart(
    qtbot, open_tab, demo_dsn
) -> None:
    """A department head whose role reads no budgets: their own tab's dashboard shows
    their budget's use, and its tile opens the budget chart of their departments only."""
    from sqlalchemy import text

    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.gui.charts.budget_chart import BudgetChart

    su = make_engine(demo_dsn)
    try:
        with su.connect() as conn:
            email, module_key = conn.execute(
                text(
                    "SELECT u.email, u.role FROM departments d JOIN users u ON u.id = d.manager_id"
                    " WHERE u.role NOT IN ('finance', 'admin', 'compliance') AND u.is_active"
                    " AND EXISTS (SELECT FROM budgets b WHERE b.department_id = d.id"
                    "             AND b.fiscal_year = extract(year FROM current_date))"
                    " ORDER BY u.email LIMIT 1"
                )
            ).one()
            managed = set(
                conn.execute(
                    text(
                        "SELECT d.id FROM departments d JOIN users u ON u.id = d.manager_id"
                        " WHERE u.email = :e AND EXISTS"
                        " (SELECT FROM budgets b WHERE b.department_id = d.id)"
                    ),
                    {"e": email},
                ).scalars()
            )
            with_budgets = conn.execute(
                text("SELECT count(DISTINCT department_id) FROM budgets")
            ).scalar_one()
    finally:
        su.dispose()
    window, module = open_tab(email, module_key)
    assert "Finance" not in window.tab_titles()
    tile = module.dashboard.tiles["managed_budget_use"]
    offered = [module.lists.item(r).text() for r in range(module.lists.count())]
    assert offered[-1] == "Budget chart"  # also in the side list, once the figure is known
    assert "managed_budget" in module.dashboard.charts
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    chart = module.stack.currentWidget()
    assert isinstance(chart, BudgetChart)
    qtbot.waitUntil(lambda: chart.data is not None, timeout=20_000)
    assert chart.data.source == "managed"
    assert {f.key for f in chart.data.by_department} <= managed
    assert chart.data.by_department and with_budgets > len(managed)


def test_administrations_failed_checks_open_the_failed_checks_though_they_are_its(
    qtbot, open_tab
) -> None:
    """The figure counts IT's monitoring table: its rows open in the Administration
    tab, with Back to the dashboard."""
    from dicel_desktop.services.dashboards import load_dashboard

    window, module = open_tab("jean.mugabo@dicel.rw", "Administration")
    assert "failed_checks" in module.dashboard.tiles
    # The demo's readings end on the day it was made: its figure as of that day.
    with window.logged_in.engine.connect() as conn:
        day = conn.exec_driver_sql("SELECT max(recorded_at)::date FROM system_monitoring").scalar()
        value = next(
            v
            for v in load_dashboard(conn, "admin", today=day).figures
            if v.figure.key == "failed_checks"
        )
    assert value.value > 0
    module.dashboard.figure_activated.emit(
        value.figure.table,
        value.filters,
        "System checks failed or not answering, last 30 days",
        (),
    )
    grid = window.current_grid()
    assert grid is module.drill and grid.table == "system_monitoring"
    # Headed, printed and exported as what it holds, not as the whole list.
    assert module.drill_title.text() == (
        "System checks failed or not answering, last 30 days: the records behind the figure"
    )
    assert grid.title == "System checks failed or not answering, last 30 days"
    qtbot.waitUntil(lambda: not grid.model.is_loading and grid.model.rowCount() > 0, timeout=20_000)
    assert grid.model.rowCount() == value.value
    # The side list still marks the dashboard: a click on it goes back there.
    entry = module.lists.visualItemRect(module.lists.item(0)).center()
    qtbot.mouseClick(module.lists.viewport(), Qt.MouseButton.LeftButton, pos=entry)
    assert module.stack.currentWidget() is module.dashboard


def test_three_charts_go_two_to_a_row_and_the_last_takes_the_whole_width(qtbot, open_tab):
    """The risk manager's dashboard: score bands, their department's budget and the
    heatmap. Three in a row left the budget chart too narrow for its bars."""
    _window, module = open_tab("diane.mutoni@dicel.rw", "Risk")
    page = module.dashboard
    charts = [*page.charts.values(), *page.extras]
    assert len(charts) == 3
    grid = page._chart_grid
    places = [grid.getItemPosition(grid.indexOf(chart)) for chart in charts]
    assert places == [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 2)]
    # Laid out on a later turn of the event loop (a busy machine is late).
    qtbot.waitUntil(lambda: charts[2].width() > 1.9 * charts[1].width(), timeout=20_000)
    assert charts[0].width() == charts[1].width()  # the first row shared equally


def test_two_charts_side_by_side_share_the_width_alike(qtbot, open_tab):
    """The recovery manager's amounts by state and their budget: the first kept 600
    pixels, whatever the window's width, and in a 1024-pixel window the budget chart
    was pushed past the window's edge, its bars cut off."""
    window, module = open_tab("innocent.bizimana@dicel.rw", "Recovery")
    page = module.dashboard
    charts = list(page.charts.values())
    assert len(charts) == 2 and not page.extras
    for width in (1400, 1024):
        window.resize(width, 860)
        # Laid out on a later turn of the event loop (a busy machine is late).
        qtbot.waitUntil(lambda: abs(charts[0].width() - charts[1].width()) <= 1, timeout=20_000)
        assert charts[1].geometry().right() < page.width()


def test_the_page_is_laid_out_before_its_figures_come_and_then_shows_every_one(
    qtbot, demo_dsn: str
) -> None:
    """The tiles and charts the role may see stand in their places while the query runs
    (their titles, a pending mark); the answer fills each one in."""
    from dicel_desktop.gui.dashboards.dashboard_page import PENDING

    page, worker, engine = _finance_page(qtbot, demo_dsn)
    try:
        page.show()
        page.load()
        # Before any answer: every figure of Finance in its place, pending.
        assert not page.loaded
        assert set(page.tiles) == {
            "cash",
            "receivables",
            "past_due",
            "payroll_to_pay",
            "expenses_to_pay",
            "budget_use",
        }
        assert all(t.isVisible() and t.text().startswith(PENDING) for t in page.tiles.values())
        assert [p.isVisible() for p in page.charts.values()] == [True]
        # The pending tiles say "coming": no loading line above them (nor its empty
        # space), so nothing moves when the figures come.
        assert not page.status.isVisible()
        # As before the first paint: the page's layout, and its content's in the scroll
        # area.
        page.layout().activate()
        page.findChild(QWidget, "dashboardContent").layout().activate()
        top = page.tiles["cash"].y()
        qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
        assert page.tiles["cash"].y() == top
        assert not page.status.isVisible()
        assert page.data is not None
        assert set(page.tiles) == {v.figure.key for v in page.data.figures}
        for value in page.data.figures:
            tile = page.tiles[value.figure.key]
            assert tile.isVisible() and not tile.text().startswith(PENDING)
        plot = page.charts["cash_by_account"]
        assert plot.getAxis("left").isVisible() and plot.getAxis("bottom").isVisible()
    finally:
        worker.shutdown()
        engine.dispose()


def test_a_refresh_draws_the_new_figures_into_the_plots_already_there(qtbot, open_tab) -> None:
    """A reload gives the chart's items new data rather than making new ones (making a
    plot's items and laying them out cost more than the small dashboards' SQL)."""
    from dataclasses import replace
    from decimal import Decimal

    from dicel_desktop.services.dashboards import ChartValues

    _window, module = open_tab("eric.niyonzima@dicel.rw", "Finance")
    page = module.dashboard
    plot = page.charts["cash_by_account"]
    items_before = list(plot.getPlotItem().items)
    bars = plot.getPlotItem().listDataItems() or [
        i for i in items_before if type(i).__name__ == "BarGraphItem"
    ]
    assert len(bars) == 1
    # The same dashboard again, with other balances: two accounts (names too long to go
    # under a bar, as the demo's: the bars lie beside their names).
    assert page.data is not None
    chart = page.data.charts[0].chart
    other = replace(
        page.data,
        charts=[
            ChartValues(
                chart,
                [
                    ("Main operating account", Decimal(3_000_000)),
                    ("Petty cash, head office", Decimal(1_000_000)),
                ],
            )
        ],
    )
    page._loading = True  # as a reload's answer comes
    page._on_loaded(other)
    assert list(plot.getPlotItem().items) == items_before  # nothing made, nothing piled up
    assert list(bars[0].opts["width"]) == [3.0, 1.0]  # in millions
    ticks = plot.getAxis("left")._tickLevels
    assert [label for _x, label in ticks[0]] == [
        "Main operating account",
        "Petty cash, head office",
    ]
    # A real reload too: the server's figures are back in the same items.
    painted: list[bool] = []
    page.painted.connect(lambda: painted.append(True))
    page.reload()
    qtbot.waitUntil(lambda: bool(painted), timeout=20_000)
    assert list(plot.getPlotItem().items) == items_before
    assert len(bars[0].opts["width"]) == len(page.data.charts[0].points)


def test_the_same_answer_again_leaves_the_chart_as_drawn(qtbot, open_tab, monkeypatch) -> None:
    """A refresh whose figures did not change costs no chart drawing (pyqtgraph's axes
    and bars are milliseconds of Python on the GUI thread each); other figures, or
    another width, are drawn."""
    from dataclasses import replace

    from dicel_desktop.gui.dashboards import dashboard_chart

    window, module = open_tab("eric.niyonzima@dicel.rw", "Finance")
    page = module.dashboard
    plot = page.charts["cash_by_account"]
    fitted: list[object] = []
    fit = dashboard_chart.room_for_tick_labels
    monkeypatch.setattr(
        dashboard_chart, "room_for_tick_labels", lambda p: (fitted.append(p), fit(p))[1]
    )
    assert page.data is not None
    same = replace(page.data, charts=[replace(c) for c in page.data.charts])
    page._loading = True  # as a reload's answer comes
    page._on_loaded(same)
    assert plot not in fitted
    values = page.data.charts[0]
    fewer = replace(values, points=values.points[:1])
    plot.draw(fewer, page.data.today)
    assert fitted == [plot]
    assert len(plot.drawn["item"].opts["width"]) == 1
    plot.draw(values, page.data.today)  # and back
    assert fitted == [plot, plot]
    window.resize(window.width() - 200, window.height())  # narrower: labels chosen again
    qtbot.waitUntil(lambda: len(fitted) == 3, timeout=20_000)


def test_the_risk_heatmap_counts_come_with_the_dashboards_figures(qtbot, demo_window) -> None:
    """One task reads the figures and the heatmap's counts: when the figures are drawn,
    so are the cells (the heatmap does not read them again on its own first)."""
    window = demo_window("diane.mutoni@dicel.rw", size=(1400, 860))
    module = window.show_tab("Risk")
    page = module.dashboard
    seen: list[bool] = []
    page.painted.connect(lambda: seen.append(all(e.data is not None for e in page.extras)))
    module.activate()
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    (heatmap,) = page.extras
    assert seen == [True]
    assert heatmap.data is not None and heatmap.data.total > 0
    assert any(heatmap.cell_text(lik, imp) for lik in range(1, 6) for imp in range(1, 6))


def test_a_trend_reads_its_days_in_the_locales_words_and_counts_in_whole_numbers(
    qtbot, open_tab, rwanda
) -> None:
    """The audit trend's points are "4 Dec", not "2026-12-04", and only as many are
    written under it as fit; its counts step 0, 1, 2... not 0.2 apart."""
    import datetime as dt

    from PySide6.QtCore import QDate, QLocale

    _window, module = open_tab("jean.mugabo@dicel.rw", "Administration")
    plot = module.dashboard.charts["audit_by_day"]
    today = QDate.fromString(dt.date.today().isoformat(), "yyyy-MM-dd")
    words = QLocale().toString(today, "d MMM")
    # Today is not over: its point is said "so far".
    assert f"{words} (so far): " in plot.accessibleDescription()
    assert dt.date.today().isoformat() not in plot.accessibleDescription()
    # Fixed whole steps, whatever range is asked for (pyqtgraph's own would be 0.5 here).
    levels = plot.getAxis("left").tickSpacing(0, 3, 400)
    assert levels and all(step >= 1 and step == int(step) for step, _offset in levels)
    # A day at zero is a whole dot above the axis: the view reaches below zero.
    assert plot.getViewBox().viewRange()[1][0] < 0
    written, unwritten = plot.getAxis("bottom")._tickLevels
    assert len(written) + len(unwritten) == 14
    width = plot.getViewBox().width()
    metrics = QFontMetrics(plot.font())
    assert sum(metrics.horizontalAdvance(text) for _x, text in written) < width


def test_a_dashboard_is_laid_out_before_its_first_visit_and_read_only_then(
    qtbot, demo_window
) -> None:
    """While the window waits on another tab, each module's dashboard is laid out (the
    Risk dashboard's heatmap made: a third of its first visit), one page a turn; nothing
    is read until the tab is chosen, and the heatmap's counts still come with the
    dashboard's figures then."""
    window = demo_window("diane.mutoni@dicel.rw", size=(1400, 860))
    window.tabs.setCurrentWidget(window.my_work)
    pages = [t.dashboard for t in window.module_tabs.values() if t.dashboard is not None]
    assert pages
    qtbot.waitUntil(lambda: all(p.prepared for p in pages), timeout=20_000)
    module = window.module_tabs["risk"]
    page = module.dashboard
    (heatmap,) = page.extras
    assert not any(p.loaded for p in pages) and heatmap.data is None
    assert not window.worker.is_busy
    seen: list[bool] = []
    page.painted.connect(lambda: seen.append(heatmap.data is not None))
    window.show_tab("Risk")
    module.activate()
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    assert seen == [True]
    assert page.extras == [heatmap]  # the one made ahead, not a second
    assert heatmap.data is not None and heatmap.data.total > 0


def test_a_sideways_chart_writes_the_zero_its_bars_start_from(qtbot, open_tab) -> None:
    """Open orders by state lie sideways (their names are long): the count axis under
    them starts at 0 and says so, as a chart standing up does (pyqtgraph hid the label
    at the axis' very edge)."""
    from PySide6.QtGui import QImage, QPainter

    _window, module = open_tab("divine.ingabire@dicel.rw", "Inventory")
    plot = module.dashboard.charts["orders_by_state"]
    assert plot.getViewBox().yInverted(), "drawn sideways"
    axis = plot.getAxis("bottom")

    def written() -> list[str]:
        image = QImage(plot.size(), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            _axis, _ticks, texts = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        return [text for _rect, _flags, text in texts]

    # The figures are in once the page is loaded; the axis is laid out a turn later.
    qtbot.waitUntil(lambda: len(written()) > 2, timeout=WAIT_MS)
    assert written()[:1] == ["0"], written()


def test_a_tile_narrower_than_its_title_breaks_it_rather_than_widen_the_window(qtbot) -> None:
    """A French title ("Montant en jeu des dossiers marqués recouvrés") made the tile,
    so the window, wider than the screen. The tile now asks for a few words' width and
    breaks its title onto a second line; what it says is still all there."""
    from PySide6.QtWidgets import QPushButton

    from dicel_desktop.gui.dashboards.dashboard_page import Tile

    whole = "367 600 000 RWF\nMontant en jeu des dossiers marqués recouvrés"
    tile = Tile()
    qtbot.addWidget(tile)
    tile.setText(whole)
    tile.show()
    metrics = tile.fontMetrics()
    title_width = metrics.horizontalAdvance(whole.split("\n")[1])
    assert tile.minimumSizeHint().width() < title_width
    tile.resize(title_width * 3 // 4 + 2 * 14, 80)
    shown = QPushButton.text(tile).split("\n")
    assert tile.text() == whole
    # Broken between words, nothing cut off.
    assert len(shown) == 3 and shown[0] == "367 600 000 RWF"
    assert " ".join(shown[1:]) == "Montant en jeu des dossiers marqués recouvrés"
    room = tile.width() - 2 * 14
    assert all(metrics.horizontalAdvance(line) <= room for line in shown)
    tile.resize(title_width + 60, 80)  # room again: one line
    assert QPushButton.text(tile) == whole


def test_a_narrow_tile_breaks_its_title_onto_three_lines_rather_than_cut_it(qtbot) -> None:
    """Four tiles in a 1024-pixel window: "Budget de mon servi… / consommé cette ann…"
    where three whole lines fitted in the tile."""
    from PySide6.QtWidgets import QPushButton

    from dicel_desktop.gui.dashboards.dashboard_page import TILE_PADDING, Tile

    title = "Budget de mon service consommé cette année"
    tile = Tile()
    qtbot.addWidget(tile)
    tile.setText(f"67,1 %\n{title}")
    tile.show()
    metrics = tile.fontMetrics()
    for room in (
        metrics.horizontalAdvance("service consommé") + 2,  # three lines
        metrics.horizontalAdvance("Budget de mon service"),  # to the pixel: two
    ):
        tile.resize(room + 2 * TILE_PADDING, 80)
        shown = QPushButton.text(tile).split("\n")
        assert "…" not in QPushButton.text(tile), shown
        assert shown[0] == "67,1 %" and " ".join(shown[1:]) == title
        assert len(shown) <= 4


def test_a_small_window_keeps_the_risk_dashboard_whole_and_apart(qtbot, open_tab):
    """The risk manager's dashboard in a 1024 x 640 window: the score bands' names lay
    under the heatmap's choosers, and a tile's third line was cut off (the heatmap's
    wrapped summary had the page's layout size everything by its width, least heights
    forgotten). Laid out at their least heights, the tiles and charts are taller than
    the window: the page scrolls, rather than make the window taller than a laptop's
    screen."""
    from PySide6.QtCore import QRect

    window, module = open_tab("diane.mutoni@dicel.rw", "Risk")
    page = module.dashboard
    window.resize(1024, 640)
    charts = [*page.charts.values(), *page.extras]
    heatmap = page.extras[0]
    assert len(charts) == 3

    def apart() -> bool:
        rects = [QRect(c.mapTo(page, c.rect().topLeft()), c.size()) for c in charts]
        tiles = list(page.tiles.values())
        return (
            all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
            and all(t.height() >= t.sizeHint().height() for t in tiles)
            and all(c.height() >= c.minimumHeight() for c in charts)
            and heatmap.plot.height() >= heatmap.plot.minimumHeight()
        )

    # Laid out on a later turn of the event loop (a busy machine is late).
    qtbot.waitUntil(apart, timeout=20_000)
    assert heatmap.plot.minimumHeight() > 5 * 20  # a row as high as its number
    assert window.minimumSizeHint().height() < 640
    assert (window.width(), window.height()) == (1024, 640)


def test_a_narrow_charts_title_is_broken_onto_lines_and_the_chart_fits(qtbot) -> None:
    """The recovery manager's amounts by state in a 1024-pixel window: its one-line
    title, over the plot beside a wide axis, made the chart wider than its place, its
    title and last figure cut off ("(millions de R")."""
    from PySide6.QtGui import QColor

    from dicel_desktop.gui.charts.common import plot_widget
    from dicel_desktop.gui.dashboards.chart_view import ChartView

    title = "Montant en jeu par état du dossier (millions de RWF)"
    view = plot_widget(kind=ChartView)
    qtbot.addWidget(view)
    view.getAxis("left").setWidth(93)  # the states' names, written beside their bars
    view.show_title(title, QColor("black"), f"{view.font().pointSizeF():g}pt")
    view.resize(1200, 300)
    view.show()
    qtbot.waitUntil(lambda: view.title_lines == [title], timeout=WAIT_MS)
    view.resize(260, 300)
    qtbot.waitUntil(lambda: len(view.title_lines) > 1, timeout=WAIT_MS)
    assert " ".join(view.title_lines) == title
    item = view.getPlotItem()
    qtbot.waitUntil(lambda: item.geometry().width() <= view.width(), timeout=WAIT_MS)
    label = item.titleLabel
    assert label.geometry().height() >= label.item.boundingRect().height() - 1


def test_a_tile_not_yet_laid_out_keeps_its_title_whole_until_it_has_its_width(qtbot) -> None:
    """A dashboard is laid out ahead, hidden: its tiles, never given a width, broke every
    title onto three lines for a widget's first 100 pixels, and the first visit laid the
    page out twice (tiles 90 pixels high, then 72). Whole lines until a layout gives the
    width; broken then, if the width asks for it."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

    from dicel_desktop.gui.dashboards.dashboard_page import TILE_PADDING, Tile

    title = "Budget de mon service consommé cette année"
    page = QWidget()
    qtbot.addWidget(page)
    tile = Tile(page)
    tile.setText(f"67,1 %\n{title}")
    assert QPushButton.text(tile) == f"67,1 %\n{title}"
    metrics = tile.fontMetrics()
    layout = QHBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(tile)
    page.resize(metrics.horizontalAdvance("service consommé") + 2 + 2 * TILE_PADDING, 200)
    page.show()
    qtbot.waitUntil(lambda: len(QPushButton.text(tile).split("\n")) > 2)
    assert " ".join(QPushButton.text(tile).split("\n")[1:]) == title


@pytest.mark.parametrize(
    ("email", "tab", "width"),
    [
        ("eric.niyonzima@dicel.rw", "Finance", 1400),  # account names lying sideways
        ("claudine.mukamana@dicel.rw", "IT", 1400),  # counts up the side
        ("olivier.hakizimana@dicel.rw", "Customer Experience", 1400),  # a rating's line
        # Days, the last one "(so far)", in a laptop's window: at its tick, half of it
        # reached past the axis' end.
        ("jean.mugabo@dicel.rw", "Administration", 1000),
    ],
)
def test_a_charts_axes_have_the_room_of_their_labels_before_it_is_painted(
    qtbot, demo_window, tmp_path, email, tab, width
) -> None:
    """The room each axis gives its labels is set with the figures, not found by the
    first paint: pyqtgraph widened an axis while painting it, laid the chart out again
    and painted it again (the Finance chart's names went from 30 to 260 pixels after
    its first paint, its bars jumping sideways)."""
    settings = QSettings(str(tmp_path / "axes.ini"), QSettings.Format.IniFormat)
    window = demo_window(email, size=(width, 760), settings=settings)
    module = window.show_tab(tab)
    page = module.dashboard
    at_answer: dict[tuple[str, str], tuple[float, float]] = {}

    def room() -> dict[tuple[str, str], tuple[float, float]]:
        return {
            (key, side): (plot.getAxis(side).textWidth, plot.getAxis(side).textHeight)
            for key, plot in page.charts.items()
            for side in ("left", "bottom")
        }

    # Read when the figures are drawn into the page, before anything is painted.
    page.painted.connect(lambda: at_answer.update(room()))
    module.activate()
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    assert at_answer, "the figures came"
    for plot in page.charts.values():  # each painted since, with its labels
        plot.viewport().repaint()
    assert room() == at_answer
    # And the room is enough: every label the chart writes is drawn, the first and
    # last too (pyqtgraph left out one reaching past the axis' end: the trend's
    # "(so far)", the point a reader looks at first), whole within the chart.
    for key, plot in page.charts.items():
        _labels_are_written_whole(key, plot)


def _drawn_labels(axis) -> list:
    """What ``axis`` writes as it stands: (rectangle, flags, text) per label, from the
    specifications its paint draws (pyqtgraph's, on a picture as it paints)."""
    from PySide6.QtGui import QPainter, QPicture

    picture = QPicture()
    painter = QPainter(picture)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return texts


def _labels_are_written_whole(key: str, plot) -> None:
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        given = axis._tickLevels
        if given is None:
            continue
        texts = _drawn_labels(axis)
        wanted = [text for level in given for _value, text in level if text]
        assert [text for _rect, _flags, text in texts] == wanted, (key, side)
        # Whole within the chart: nothing is cut at its right edge.
        for rect, _flags, text in texts:
            assert axis.mapRectToScene(rect).right() <= plot.viewport().width(), text


def _finance_page(qtbot, demo_dsn: str, *, in_a_shown_window: bool = True):
    """The Finance dashboard as the finance login, on a worker of its own, hidden in a
    window already shown: as a tab's dashboard on a first visit, another page in front
    (a page whose window is not shown yet waits for its first paint to lay out);
    without ``in_a_shown_window``, a window of its own, not shown."""
    from dicel_desktop.db.engine import make_engine, make_session_factory
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.gui.dashboards.dashboard_page import DashboardPage
    from dicel_desktop.gui.worker import DbWorker

    parts = urlsplit(demo_dsn)
    engine = make_engine(
        parts._replace(
            netloc=f"eric.niyonzima%40dicel.rw:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
        ).geturl()
    )
    worker = DbWorker(make_session_factory(engine))
    if not in_a_shown_window:
        page = DashboardPage(worker, "finance", role=Role.FINANCE)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        return page, worker, engine
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1200, 700)
    page = DashboardPage(worker, "finance", role=Role.FINANCE, parent=window)
    page.resize(1200, 700)
    page.hide()
    window.show()
    page.shown_in = window  # held while the test holds the page
    return page, worker, engine


def test_a_first_visit_paints_the_page_once_with_its_figures(qtbot, demo_dsn, monkeypatch):
    """Until the figures come, what was on screen stays: the page was painted empty,
    then again with its figures, and the answer waited behind the empty page's paint."""
    from PySide6.QtCore import QEvent, QObject

    from dicel_desktop.gui.dashboards import dashboard_page

    monkeypatch.setattr(dashboard_page, "HOLD_MS", 60_000)  # an answer always comes first
    page, worker, engine = _finance_page(qtbot, demo_dsn)
    events: list[str] = []

    class Paints(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    paints = Paints()
    try:
        page.painted.connect(lambda: events.append("figures"))
        page.load()
        page.show()
        for plot in page.charts.values():
            plot.viewport().installEventFilter(paints)
        qtbot.waitUntil(lambda: "paint" in events, timeout=20_000)
        assert events[0] == "figures", events  # no paint of the empty page came first
    finally:
        worker.shutdown()
        engine.dispose()


def test_figures_that_come_before_the_window_is_painted_wait_for_it(qtbot, demo_dsn):
    """A window left on its dashboard opens on it: the page asks for its figures before
    the window is shown, and lays out its tiles and charts once it is painted (lazy39).
    Figures that come first wait for that paint, then are drawn into the charts made
    then: nothing of pyqtgraph is made for a window not on screen yet."""
    from dicel_desktop.gui.dashboards.dashboard_page import PENDING

    alone, worker, engine = _finance_page(qtbot, demo_dsn, in_a_shown_window=False)
    try:
        alone.load()
        qtbot.waitUntil(lambda: not worker.is_busy, timeout=20_000)  # the answer came
        assert not alone.prepared and not alone.loaded and alone.charts == {}
        assert alone.status.text() == "Loading the figures…"
        alone.show()
        qtbot.waitUntil(lambda: alone.loaded, timeout=20_000)
        assert set(alone.charts) == {"cash_by_account"}
        assert all(plot.drawn and plot.isVisible() for plot in alone.charts.values())
        assert alone.tiles and not any(t.text().startswith(PENDING) for t in alone.tiles.values())
        assert not alone.status.isVisible()
    finally:
        worker.shutdown()
        engine.dispose()


def test_a_first_visit_whose_figures_are_late_shows_the_page_waiting(qtbot, demo_dsn, monkeypatch):
    """A slow answer does not leave the old picture up: after ``HOLD_MS`` the page is
    shown with its pending tiles."""
    import threading

    from dicel_desktop.gui.dashboards import dashboard_page

    monkeypatch.setattr(dashboard_page, "HOLD_MS", 10)
    page, worker, engine = _finance_page(qtbot, demo_dsn)
    release = threading.Event()
    try:
        worker.submit(lambda _session: release.wait(30), lambda _r: None)  # the worker busy
        page.load()
        page.show()
        assert not page.updatesEnabled()
        qtbot.waitUntil(page.updatesEnabled, timeout=20_000)
        assert not page.loaded  # shown waiting, the figures still to come
        release.set()
        qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
        assert page.updatesEnabled()
    finally:
        release.set()
        worker.shutdown()
        engine.dispose()


def test_a_trends_labels_are_chosen_again_when_the_window_narrows(
    qtbot, demo_window, tmp_path
) -> None:
    """The labels that fit, and the room at the ends, were chosen for the width at load:
    narrowed, the trend lost its "(so far)" label (and others overlapped)."""
    settings = QSettings(str(tmp_path / "narrow.ini"), QSettings.Format.IniFormat)
    window = demo_window("jean.mugabo@dicel.rw", size=(1400, 760), settings=settings)
    module = window.show_tab("Administration")
    module.activate()
    page = module.dashboard
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    plot = page.charts["audit_by_day"]
    _labels_are_written_whole("audit_by_day", plot)
    wide = plot.getAxis("bottom")._tickLevels[0]
    # Narrow enough that fewer days fit (since the side list gives up its room at 14 % of
    # the tab, 900 pixels still fit every other day).
    window.resize(720, 700)
    qtbot.waitUntil(lambda: plot.getAxis("bottom")._tickLevels[0] != wide, timeout=20_000)
    _labels_are_written_whole("audit_by_day", plot)
    assert plot.getAxis("bottom")._tickLevels[0][-1][1].endswith("(so far)")


def test_a_warning_symbol_takes_room_from_the_figures_line_alone(qtbot) -> None:
    """Beside every line, the symbol narrowed the title too: at 1024 pixels a
    Kinyarwanda licence tile lost "...within 30 days", the part that mattered."""
    from PySide6.QtWidgets import QPushButton, QStyle

    from dicel_desktop.gui.dashboards.dashboard_page import TILE_PADDING, Tile

    title = "Impushya z\u2019abashinzwe umutekano zirangira mu minsi 30"
    plain, marked = Tile(), Tile()
    for tile in (plain, marked):
        qtbot.addWidget(tile)
        tile.setText(f"2\n{title}")
        tile.show()
    marked.setIcon(marked.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
    room = plain.fontMetrics().horizontalAdvance("z\u2019abashinzwe umutekano") + 4
    for tile in (plain, marked):
        tile.resize(room + 2 * TILE_PADDING, 120)
    lines = QPushButton.text(plain).split("\n")
    assert lines[1:] == QPushButton.text(marked).split("\n")[1:]
    assert " ".join(lines[1:]) == title  # whole, not cut with "…"


def test_a_value_axis_numbers_its_main_steps_only(qtbot, open_tab) -> None:
    """Where they left room, pyqtgraph numbered the finer steps too: the CX manager's
    budget of about 19 million was numbered 0, 1, 2 ... 19."""

    _window, module = open_tab("olivier.hakizimana@dicel.rw", "Customer Experience")
    for key, plot in module.dashboard.charts.items():
        texts = _drawn_labels(plot.getAxis("left"))
        assert 2 <= len(texts) <= 8, (key, [text for _rect, _flags, text in texts])


def test_a_dashboard_prints_its_figures_and_charts_whole(qtbot, open_tab, monkeypatch):
    """A print of the Risk dashboard on a laptop grabbed the tab: the side list and the
    scroll bar were on paper, the heatmap's legend below the window's edge was not."""
    from PySide6.QtWidgets import QScrollArea

    from dicel_desktop.gui.printing import pages

    window, module = open_tab("diane.mutoni@dicel.rw", "Risk")
    window.resize(1024, 640)
    page = module.dashboard
    scroll = page.findChild(QScrollArea, "dashboardScroll")
    printable = module.printable_page()
    assert printable.objectName() == "dashboardContent"
    assert not printable.isAncestorOf(module.lists) and not module.lists.isAncestorOf(printable)
    # Taller than what the window shows of it: the print takes it whole.
    qtbot.waitUntil(lambda: printable.height() > scroll.viewport().height(), timeout=20_000)
    assert printable.grab().height() == printable.height()

    class Asked(Exception):
        """File > Print asked for a page job of this widget (none is made here)."""

    def widget_job(_worker, widget, _title):
        raise Asked(widget)

    # Where File > Print takes it from when it prints (gui/list_commands.py).
    monkeypatch.setattr(pages, "widget_job", widget_job)
    with pytest.raises(Asked) as asked:
        window._print_current(pdf=True)
    assert asked.value.args == (printable,)


def test_an_empty_trend_keeps_the_room_its_axes_were_given_when_painted(qtbot) -> None:
    """The rating trend with no rating in its twelve months (the demo company's, a year
    after its last: seen on 2027-11-15 and 2027-12-31): its months' axis, writing no
    label, was left the 18 pixels it had before the answer and given 0 by its first
    paint, which laid the chart out and painted it again. Drawn on any day, so no clock
    is moved for it."""
    import datetime as dt

    from PySide6.QtCore import QLocale

    from dicel_desktop.gui.dashboards.dashboard_chart import make_chart
    from dicel_desktop.services.dashboards import ChartValues
    from dicel_desktop.services.dashboards_customers import CUSTOMERS

    (chart,) = next(d for d in CUSTOMERS if d.module == "cx").charts
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(700, 400)
    plot = make_chart(chart, holder, QLocale("en_GB"))
    plot.resize(700, 400)
    plot.show()
    holder.show()
    qtbot.waitExposed(holder)
    plot.draw(ChartValues(chart, []), dt.date(2027, 12, 31))

    sides = ("left", "bottom")

    def room() -> dict[str, tuple[float, float]]:
        return {s: (plot.getAxis(s).textWidth, plot.getAxis(s).textHeight) for s in sides}

    at_answer = room()
    qtbot.wait(50)  # the scene hears of the change, and the chart is painted
    plot.viewport().repaint()
    assert room() == at_answer
    assert "no records in this period" in plot.getPlotItem().titleLabel.text
