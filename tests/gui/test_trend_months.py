"""A dashboard's trend drawn as the service sends it: every month of its year, those
without a value a gap in the line, an empty year in the chart's own words (trend40).

Drawn from values made here, shaped as ``services.dashboards.load_dashboard`` answers
(tests/db/test_dashboards.py checks that answer against the database), so that an empty
year is seen on any day: the demo's ratings age out a year after it was made."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtGui import QColor, QPainter, QPicture
from PySide6.QtWidgets import QWidget

from dicel_desktop.services.dashboards import ChartValues
from dicel_desktop.services.dashboards_customers import CUSTOMERS

RSQUO = "\u2019"  # French's apostrophe
#: A day late in a year with no rating: its twelve months are January to December.
DAY = dt.date(2027, 12, 31)


def _rating_trend():
    (chart,) = next(d for d in CUSTOMERS if d.module == "cx").charts
    return chart


def _drawn(qtbot, values: ChartValues, locale: QLocale, width: int = 1100):
    """The chart as its dashboard makes it, shown and drawn with ``values``."""
    from dicel_desktop.gui.dashboards.dashboard_chart import make_chart

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(width, 400)
    plot = make_chart(values.chart, holder, locale)
    plot.resize(width, 400)
    plot.show()
    holder.show()
    qtbot.waitExposed(holder)
    plot.draw(values, DAY)
    plot.held_by = holder  # the test holds the chart, the chart its window
    return plot


def _written(axis) -> list[str]:
    """The labels ``axis`` writes as it stands, from the specifications its paint draws."""
    picture = QPicture()
    painter = QPainter(picture)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in texts]


def test_the_service_sends_a_rating_trend_its_twelve_months() -> None:
    """Every month of the year, the current one last, each without a value where no row
    is: the trend's labels do not depend on its rows."""
    chart = _rating_trend()
    assert chart.series is not None and chart.missing is None
    assert chart.series(DAY) == tuple(f"2027-{m:02d}" for m in range(1, 13))
    assert chart.series(dt.date(2027, 3, 1))[0] == "2026-04"


@pytest.mark.parametrize(
    ("code", "locale", "months", "words"),
    [
        ("en", "en_GB", ("Jan 2027", "Dec 2027 (so far)"), ": no ratings in these 12 months"),
        (
            "fr",
            "fr_FR",
            ("janv. 2027", f"déc. 2027 (jusqu{RSQUO}ici)"),
            " : aucune note sur ces 12 mois",
        ),
    ],
)
def test_a_year_without_ratings_writes_its_twelve_months_and_says_no_ratings(
    qtbot, language, code, locale, months, words
) -> None:
    """Twelve months without a rating (the demo company's, a year on): the months are
    written under the axis as for a full year, and the title says what is missing, not
    the generic "no records in this period" over an axis without a month."""
    language(code)
    chart = _rating_trend()
    assert chart.series is not None
    values = ChartValues(chart, [(month, None) for month in chart.series(DAY)])
    plot = _drawn(qtbot, values, QLocale(locale))

    title = plot.getPlotItem().titleLabel.text
    assert title.endswith(words)
    assert "no records" not in title
    # The months a full year writes at this width (every other one, here), its twelve
    # ticks, and its first and last month ("so far").
    full = ChartValues(chart, [(month, Decimal("3.50")) for month in chart.series(DAY)])
    year = _written(_drawn(qtbot, full, QLocale(locale)).getAxis("bottom"))
    axis = plot.getAxis("bottom")
    written = _written(axis)
    assert written == year and len(written) >= 6
    assert (written[0], written[-1]) == months
    assert sorted(x for level in axis._tickLevels for x, _text in level) == list(range(12))
    sides = ("left", "bottom")
    room = {s: (plot.getAxis(s).textWidth, plot.getAxis(s).textHeight) for s in sides}
    assert room["bottom"][1] > 0  # the months have their room under the axis
    qtbot.wait(50)
    plot.viewport().repaint()  # painted: the room stands (late39)
    assert {s: (plot.getAxis(s).textWidth, plot.getAxis(s).textHeight) for s in sides} == room
    # Its description says the same, and no month it has no figure for.
    assert plot.accessibleDescription() == title


def _is_ink(colour: QColor, ink: QColor) -> bool:
    return (
        abs(colour.red() - ink.red())
        + abs(colour.green() - ink.green())
        + abs(colour.blue() - ink.blue())
    ) < 90


def _inked_near(image, plot, x: float, y: float, ink: QColor, radius: int) -> bool:
    """Whether the chart is painted in its ink within ``radius`` pixels of (x, y)."""
    point = plot.mapFromScene(plot.getViewBox().mapViewToScene(QPointF(x, y)))
    ratio = image.devicePixelRatio()
    return any(
        _is_ink(
            image.pixelColor(round((point.x() + dx) * ratio), round((point.y() + dy) * ratio)), ink
        )
        for dx in range(-radius, radius + 1)
        for dy in range(-radius, radius + 1)
    )


def test_a_month_between_months_without_ratings_is_a_dot_and_gaps_stay_open(qtbot) -> None:
    """A month rated alone between months without a rating is a line of one point, which
    draws nothing: its dot is drawn. Months without a rating are gaps: the line does not
    join the months on either side (nor falls to 0 for them)."""
    from dicel_desktop.gui.charts.common import chart_ink

    chart = _rating_trend()
    assert chart.series is not None
    rated = {"2027-01": Decimal("3.00"), "2027-03": Decimal("4.00"), "2027-06": Decimal("2.00")}
    values = ChartValues(chart, [(m, rated.get(m)) for m in chart.series(DAY)])
    plot = _drawn(qtbot, values, QLocale("en_GB"))
    qtbot.wait(50)
    image = plot.grab().toImage()
    ink = chart_ink(plot.palette())

    assert "no ratings" not in plot.getPlotItem().titleLabel.text
    assert _inked_near(image, plot, 5, 2.0, ink, 3), "June's dot, alone, is drawn"
    assert _inked_near(image, plot, 0, 3.0, ink, 3) and _inked_near(image, plot, 2, 4.0, ink, 3)
    # Halfway between January and March, and between March and June: no line.
    assert not _inked_near(image, plot, 1, 3.5, ink, 2)
    assert not _inked_near(image, plot, 3.5, 3.0, ink, 2)
    # Nor a fall to the foot of the scale for a month without a rating.
    assert not _inked_near(image, plot, 1, 1.0, ink, 3)
    # Its months are written under it all the same, the first and the last.
    written = _written(plot.getAxis("bottom"))
    assert (written[0], written[-1]) == ("Jan 2027", "Dec 2027 (so far)")
    # Said in words: the three months rated, the others left unsaid.
    description = plot.accessibleDescription()
    assert description.count(" / 5") == 3 and "Feb 2027" not in description


def test_fourteen_days_without_a_change_say_so_and_a_day_with_one_does_not(qtbot) -> None:
    """A count of nothing is 0 (a value: the line lies at zero), and fourteen days of 0
    say in the audit trend's words that nothing was changed, not "no records"."""
    from dicel_desktop.services.dashboards_oversight import OVERSIGHT

    chart = next(c for d in OVERSIGHT for c in d.charts if c.key == "audit_by_day")
    assert chart.series is not None and chart.missing == 0
    days = chart.series(DAY)
    quiet = _drawn(qtbot, ChartValues(chart, [(day, 0) for day in days]), QLocale("en_GB"))
    assert quiet.getPlotItem().titleLabel.text.endswith(": no changes in these 14 days")
    one = [(day, 1 if day == days[3] else 0) for day in days]
    busy = _drawn(qtbot, ChartValues(chart, one), QLocale("en_GB"))
    assert "no changes" not in busy.getPlotItem().titleLabel.text
