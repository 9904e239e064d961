"""What a dashboard's charts and tiles say beyond their figures: every chart's value axis
in words ("Tickets"), a rating's trend over its whole scale with the month not over yet
marked so, a figure that could not count some rows saying how many, and a row of tiles
as high as its highest, each read from the top."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import WAIT_MS, scalar
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFontMetrics

from dicel_desktop.services.dashboards import DASHBOARDS, MANAGED_BUDGET_CHART

pytestmark = pytest.mark.usefixtures("rwanda")


@pytest.fixture
def open_tab(qtbot, demo_window, tmp_path):
    def open_(email: str, tab: str):
        settings = QSettings(str(tmp_path / f"{email}.ini"), QSettings.Format.IniFormat)
        window = demo_window(email, size=(1400, 860), settings=settings)
        module = window.show_tab(tab)
        module.activate()
        qtbot.waitUntil(lambda: module.dashboard.loaded, timeout=WAIT_MS)
        return window, module

    return open_


def test_every_dashboard_chart_says_what_its_values_are():
    charts = [c for d in DASHBOARDS.values() for c in d.charts] + [MANAGED_BUDGET_CHART]
    assert [c.key for c in charts if not c.axis] == []


def test_the_audit_charts_axis_counts_what_its_title_and_tile_count():
    """The administration's chart counts records created, changed or deleted (not
    sign-ins: eye33 #10); its axis still said "Audit entries" (eye34 #5)."""
    (chart,) = [c for c in DASHBOARDS["admin"].charts if c.key == "audit_by_day"]
    assert chart.title.startswith(chart.axis + " "), (chart.axis, chart.title)


def test_a_charts_value_axis_is_in_words(open_tab):
    _window, module = open_tab("claudine.mukamana@dicel.rw", "IT")
    plot = module.dashboard.charts["tickets_by_priority"]
    assert plot.getAxis("left").labelText == "Tickets"
    assert plot.getAxis("left").label.isVisible()


@pytest.fixture
def feedback_today(su):
    """A rating given today, so that the trend has a point for this month (removed
    after: the demo company is shared)."""
    from sqlalchemy import text

    with su.begin() as conn:
        made = conn.scalar(
            text(
                "INSERT INTO customer_feedback (feedback_type, rating, feedback_date)"
                " SELECT feedback_type, 3, current_date FROM customer_feedback LIMIT 1"
                " RETURNING id"
            )
        )
    yield
    with su.begin() as conn:
        conn.execute(text("DELETE FROM customer_feedback WHERE id = :i"), {"i": made})


def test_the_rating_trend_spans_its_scale_and_marks_the_month_not_over(open_tab, feedback_today):
    _window, module = open_tab("olivier.hakizimana@dicel.rw", "Customer Experience")
    page = module.dashboard
    plot = page.charts["rating_trend"]
    low, high = plot.getViewBox().viewRange()[1]
    assert low <= 1 and high >= 5  # the whole scale, not the figures' own span
    assert plot.getAxis("left").labelText == "Average rating"
    (values,) = [v for v in page.data.charts if v.chart.key == "rating_trend"]
    this_month = page.data.today.strftime("%Y-%m")
    assert values.points[-1][0] == this_month
    description = plot.accessibleDescription()
    assert description.count("(so far)") == 1
    assert description.rstrip(".").split("; ")[-1].split(":")[0].endswith("(so far)")
    # Its point is hollow: filled with the chart's background, the others with ink.
    scatter = next(i for i in plot.getPlotItem().items if hasattr(i, "scatter")).scatter
    brushes = [QColor(p.brush().color()) for p in scatter.points()]
    background = plot.palette().color(plot.backgroundRole())
    assert brushes[-1] == background and all(b != background for b in brushes[:-1])
    # Said on the chart too, whether or not its month fell among the ones written
    # (user-eye review: a hollow dot under no label), the written ones still apart.
    written, _unwritten = plot.getAxis("bottom")._tickLevels
    last = len(values.points) - 1
    assert written[-1][0] == last and written[-1][1].endswith(" (so far)")
    assert [x for x, _text in written] == sorted({x for x, _text in written})
    metrics = QFontMetrics(plot.font())
    width = plot.getViewBox().width()
    assert sum(metrics.horizontalAdvance(text) for _x, text in written) < width


def test_maintenance_due_says_how_many_assets_have_no_date(open_tab, su):
    _window, module = open_tab("claudine.mukamana@dicel.rw", "IT")
    undated = scalar(
        su,
        "SELECT count(*) FROM it_assets WHERE next_maintenance IS NULL"
        " AND status IN ('active', 'in_repair', 'in_storage')",
    )
    assert undated > 0
    (value,) = [v for v in module.dashboard.data.figures if v.figure.key == "maintenance_due"]
    assert value.undated == undated
    tile = module.dashboard.tiles["maintenance_due"]
    assert tile.text().endswith(f"\nAssets with no maintenance date: {undated}")
    assert f"Assets with no maintenance date: {undated}" in tile.accessibleName()


def _first_ink_row(tile) -> int:
    """The first pixel row of the tile's words (darker than its face)."""
    image = tile.grab().toImage()
    face = QColor(image.pixel(image.width() // 2, 4)).lightness()
    for y in range(image.height()):
        for x in range(8, image.width() // 2):
            if QColor(image.pixel(x, y)).lightness() < face - 120:
                return y
    return -1


def test_a_row_of_tiles_is_as_high_as_its_highest_and_read_from_the_top(qtbot, open_tab):
    _window, module = open_tab("claudine.mukamana@dicel.rw", "IT")
    page = module.dashboard
    tiles = list(page.tiles.values())[:4]  # the first row
    lines = [len(t.text().split("\n")) for t in tiles]
    assert max(lines) > min(lines)  # the maintenance tile says more
    qtbot.waitUntil(lambda: len({t.height() for t in tiles}) == 1, timeout=WAIT_MS)
    tops = [_first_ink_row(t) for t in tiles]
    assert min(tops) > 0 and max(tops) - min(tops) <= 2, tops


def test_today_is_the_companys(open_tab):
    _window, module = open_tab("claudine.mukamana@dicel.rw", "IT")
    assert isinstance(module.dashboard.data.today, dt.date)
