"""What a dashboard is made of (``Figure``, ``Chart``, ``Dashboard``) and the helpers
its entries share (open states, ranked labels, a day's series), for the catalogue
``services.dashboard_catalogue`` and its departments' modules. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.sql.expression import ColumnElement

from dicel_desktop.db.models import Base
from dicel_desktop.domain.states import (
    Choice,
    OpportunityStage,
)
from dicel_desktop.services.charts import BAND_LIMITS
from dicel_desktop.services.listing import (
    Filter,
    OneOf,
)
from dicel_desktop.services.order_awaited import OPEN_ORDER

Format = Literal["count", "money", "percent", "rating"]
Filters = Callable[[dt.date], tuple[Filter, ...]]


def _none(_today: dt.date) -> tuple[Filter, ...]:
    return ()


@dataclass(frozen=True)
class Figure:
    key: str
    #: The words under the figure.
    title: str
    #: The table aggregated, and the list a click opens.
    table: str
    #: A SQL aggregate over the table's rows (``count(*)``, ``sum(amount)``), or one
    #: made in SQLAlchemy over the table (what a list of it shows too: an invoice's
    #: balance due, ``services.invoice_balance``).
    aggregate: str | ColumnElement[Any]
    #: The list's filters for a day: the aggregate reads the rows they pass.
    filters: Filters = _none
    #: Columns the aggregate reads (the filters' columns are added): all must be readable.
    reads: tuple[str, ...] = ()
    format: Format = "count"
    #: Anything counted here waits for someone (items to order, invoices to chase): a
    #: value above zero is marked on the dashboard, as the list marks its rows.
    attention: bool = False
    #: (table, column) of other tables a subquery of the aggregate reads (an invoice's
    #: payments): all must be readable too, or the figure is left out.
    reads_elsewhere: tuple[tuple[str, str], ...] = ()
    #: The rows the figure cannot count for want of what it reads (an asset with no
    #: maintenance date is never "due"): their count is said under the figure, in
    #: ``undated_words`` ("Assets with no maintenance date: %1"), when there are some.
    undated: Filters | None = None
    undated_words: str = ""
    #: Columns the list a click opens shows, whatever columns the person chose for the
    #: table: what the figure is made of, so the list adds up to it (an invoice's amount
    #: paid and balance due under "Still owed on RWF invoices").
    shows: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    table: str
    #: The SQL of a bar's (or point's) label; the chart is ``GROUP BY`` it, in its order.
    label: str
    aggregate: str
    filters: Filters = _none
    reads: tuple[str, ...] = ()
    kind: Literal["bars", "line"] = "bars"
    format: Format = "count"
    #: Every label the chart has on a day, in order, for a trend over time or a fixed
    #: scale: a label no row has is still there, at ``missing`` (a quiet day is a dip
    #: in the line, not a missing day; no critical incident is a bar at zero, not no
    #: bar; a month without ratings is a gap in the line, not no month).
    series: Callable[[dt.date], tuple[str, ...]] | None = None
    #: The value of a label no row has: 0 for a count or a sum (a count of nothing is
    #: 0), None for an average (an average of nothing is no value, not 0: drawn as a
    #: gap, never as a rating of 0).
    missing: int | None = 0
    #: What the values are, written along the value axis ("Tickets", "Average rating").
    axis: str = ""
    #: The title when no label has a value (all ``missing``, or all 0 for a count),
    #: naming what is missing ("%1: no ratings in these 12 months"; %1: the title);
    #: empty: the generic "%1: no records in this period" when there is no label at all.
    empty: str = ""


@dataclass(frozen=True)
class Dashboard:
    module: str
    figures: tuple[Figure, ...]
    charts: tuple[Chart, ...]
    #: Names of chart widgets made outside this module (the GUI's ``CHART_FACTORIES``).
    extra_charts: tuple[str, ...] = ()


def _month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


_OPEN_TICKET = ("open", "in_progress", "on_hold")
_OPEN_ORDER = OPEN_ORDER
_OPEN_RISK = ("open", "mitigating", "monitoring")
_OPEN_CASE = ("open", "in_progress", "on_hold")
_RECEIVABLE = ("sent", "partially_paid", "overdue")
_INVOICES = Base.metadata.tables["invoices"]
_ORDERS = Base.metadata.tables["purchase_orders"]
_LIVE_ASSET = ("active", "in_repair", "in_storage")
_IN_FORCE = ("approved", "active")
#: Audit entries that record a change, not a sign-in (the list's action, ``audit_words``).
_CHANGES = OneOf("action", ("INSERT", "UPDATE", "DELETE"))


def _ranked(column: str, values: tuple[str, ...] | type[Choice]) -> str:
    """A label that sorts in ``values``' order ("1 low", "2 medium"): the GUI reads the
    leading digit as order only. A choice's states come in the order of its workflow
    (draft before pending before approved), not the alphabet's."""
    if isinstance(values, type):
        values = tuple(choice.value for choice in values)
    assert len(values) <= 9, "one digit sorts as text; more would put 10 before 2"
    cases = " ".join(f"WHEN '{v}' THEN '{i} {v}'" for i, v in enumerate(values, 1))
    return f"CASE {column} {cases} ELSE {column} END"


def _every_level(values: tuple[str, ...]) -> Callable[[dt.date], tuple[str, ...]]:
    """The ranked labels (``_ranked``) of a fixed scale, low to critical: a level no
    record has is a bar at zero ("Critical: 0" is news), not a missing bar."""
    return lambda _d: tuple(f"{i} {v}" for i, v in enumerate(values, 1))


def _months_back(d: dt.date, count: int) -> dt.date:
    """The first day of the month ``count`` months before ``d``'s."""
    months = d.year * 12 + d.month - 1 - count
    return dt.date(months // 12, months % 12 + 1, 1)


def _last_months(count: int) -> Callable[[dt.date], tuple[str, ...]]:
    """The ``count`` months up to a day's, as "YYYY-MM": a by-month trend's labels (its
    filter starts on ``_months_back(d, count - 1)``, so it reads these months and no
    other)."""
    return lambda d: tuple(_months_back(d, n).strftime("%Y-%m") for n in reversed(range(count)))


def _last_days(count: int) -> Callable[[dt.date], tuple[str, ...]]:
    """The ISO dates of the ``count`` days up to a day: a count-by-day chart's labels."""
    return lambda d: tuple((d - _days(n)).isoformat() for n in reversed(range(count)))


_PRIORITY = ("low", "medium", "high", "critical")

#: The stages an active deal is at (migration 0050: closed won or lost only with its
#: step, which ends it): the pipeline, every stage a bar, at zero when no deal is there.
_PIPELINE = tuple(
    s.value
    for s in OpportunityStage
    if s not in (OpportunityStage.CLOSED_WON, OpportunityStage.CLOSED_LOST)
)

#: Score bands of likelihood x impact (1..25), as the risk heatmap colours them.
#: The heatmap's bands (services/charts.BAND_LIMITS), so the two never disagree.
_SCORE_BAND = (
    "CASE "
    + " ".join(
        f"WHEN risk_score <= {limit} THEN '{n} {band.capitalize()}'"
        for n, (band, limit) in enumerate(BAND_LIMITS[:-1], start=1)
    )
    + f" ELSE '{len(BAND_LIMITS)} {BAND_LIMITS[-1][0].capitalize()}' END"
)
#: The lowest score of the critical band.
_CRITICAL = BAND_LIMITS[-2][1] + 1
#: What the "{name}" placeholders of the titles stand for (the GUI fills them in after
#: translating the title).
TITLE_PARAMS = {"critical": _CRITICAL}
