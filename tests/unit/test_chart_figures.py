"""What the budget chart's spending line covers (services/charts.py), without a database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dicel_desktop.services.charts import BudgetChart

TODAY = dt.date(2026, 12, 4)


def _chart(year: int | None) -> BudgetChart:
    return BudgetChart((2026,), year, (), (), (Decimal(1),) * 12, "tables")


def test_the_spending_line_stops_at_the_month_under_way():
    assert _chart(2026).months_so_far(TODAY) == 12
    assert _chart(2026).months_so_far(dt.date(2026, 3, 1)) == 3
    assert _chart(2025).months_so_far(dt.date(2026, 3, 1)) == 12  # a year gone: all of it
    assert _chart(2027).months_so_far(TODAY) == 0  # a year to come: nothing spent yet
    assert _chart(None).months_so_far(TODAY) == 0
