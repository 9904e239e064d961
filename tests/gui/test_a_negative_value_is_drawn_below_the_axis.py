"""A chart's value below zero is a bar below the axis (gui40fix, review40c #5): an
overdrawn account on Finance's "Balance by RWF account", an overspent budget's
"Remaining" on the manager's budget chart. Both were drawn as nothing, as an empty
account is: the value range began at zero. Drawn from values shaped as
``services.dashboards`` answers (the database has no check on either figure)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale
from test_trend_months import _drawn, _inked_near

from dicel_desktop.gui.charts.common import chart_ink
from dicel_desktop.services.dashboards import MANAGED_BUDGET_CHART, ChartValues
from dicel_desktop.services.dashboards_staff_and_money import STAFF_AND_MONEY

DAY = dt.date(2026, 12, 7)


def _cash_by_account():
    return next(c for d in STAFF_AND_MONEY for c in d.charts if c.key == "cash_by_account")


def test_an_overspent_budgets_remaining_is_a_bar_below_the_axis(qtbot) -> None:
    values = ChartValues(
        MANAGED_BUDGET_CHART,
        [
            ("Allocated", Decimal(1_000_000)),
            ("Spent", Decimal(1_500_000)),
            ("Remaining", Decimal(-500_000)),
        ],
    )
    plot = _drawn(qtbot, values, QLocale("en_GB"), width=600)
    qtbot.wait(50)
    low, high = plot.getViewBox().viewRange()[1]
    assert low <= -0.5 < 1.5 <= high  # in millions: the axis reaches the lowest value
    image = plot.grab().toImage()
    ink = chart_ink(plot.palette())
    # "Remaining" is inked below the axis, halfway down, and not above it.
    assert _inked_near(image, plot, 2, -0.25, ink, 2)
    assert not _inked_near(image, plot, 2, 0.25, ink, 2)
    assert _inked_near(image, plot, 1, 0.75, ink, 2)  # "Spent", above, as before


def test_an_overdrawn_account_is_a_bar_to_the_left_of_the_axis(qtbot) -> None:
    """Account names are long: the bars lie sideways, a negative one to the left."""
    values = ChartValues(
        _cash_by_account(),
        [
            ("Operating account, Bank of Kigali", Decimal(3_000_000)),
            ("Petty cash, head office", Decimal(-500_000)),
        ],
    )
    plot = _drawn(qtbot, values, QLocale("en_GB"), width=700)
    qtbot.wait(50)
    assert plot.drawn["kind"] == "sideways"
    low, high = plot.getViewBox().viewRange()[0]
    assert low <= -0.5 < 3.0 <= high
    image = plot.grab().toImage()
    ink = chart_ink(plot.palette())
    assert _inked_near(image, plot, -0.25, 1, ink, 2)
    assert not _inked_near(image, plot, 0.25, 1, ink, 2)


def test_without_a_negative_value_the_axis_starts_at_zero(qtbot) -> None:
    values = ChartValues(
        MANAGED_BUDGET_CHART,
        [("Allocated", Decimal(1_000_000)), ("Spent", Decimal(400_000)),
         ("Remaining", Decimal(600_000))],
    )  # fmt: skip
    plot = _drawn(qtbot, values, QLocale("en_GB"), width=600)
    assert plot.getViewBox().viewRange()[1][0] == 0
