"""Department dashboards: reading the few figures a department lives by, and a chart or two.

What each dashboard shows is data, in ``services/dashboard_catalogue.py``
(``DASHBOARDS``: one ``Dashboard`` per module, re-exported here with the ``Figure`` and
``Chart`` it is made of, as the GUI imports them); this module reads any of them. A
figure is one SQL aggregate over the rows of one table that pass the filters of the list
it opens (``services.listing`` filters, compiled by the listing itself, so the list a
figure opens holds exactly the rows it counted). Everything runs under the viewer's own
login: row security trims the rows as it trims the lists, and a figure or chart reading
a column the viewer may not read is left out, not shown as zero (asked first with
``has_column_privilege``, in the same round trip for the whole dashboard).
No Qt here; the GUI runs ``load_dashboard`` on its DB worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.db.models import Base
from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP
from dicel_desktop.services.columns import table_spec
from dicel_desktop.services.dashboard_catalogue import (
    DASHBOARDS,
    TITLE_PARAMS,
    Chart,
    Dashboard,
    Figure,
    Format,
)
from dicel_desktop.services.list_statement import ListStatement
from dicel_desktop.services.listing import Filter, Listing, ListQuery

__all__ = [
    "DASHBOARDS",
    "MANAGED_BUDGET_CHART",
    "MANAGED_BUDGET_FIGURE",
    "TITLE_PARAMS",
    "Chart",
    "ChartValues",
    "Dashboard",
    "DashboardData",
    "Figure",
    "FigureValue",
    "Format",
    "chart_statement",
    "columns_read",
    "figure_statement",
    "load_dashboard",
    "managed_budget",
    "readable",
]


@dataclass(frozen=True)
class FigureValue:
    figure: Figure
    value: Decimal | int | None
    #: The filters the value was computed with: the click-through opens these.
    filters: tuple[Filter, ...]
    #: How many rows the figure could not count (``Figure.undated``); None: not asked.
    undated: int | None = None


@dataclass(frozen=True)
class ChartValues:
    chart: Chart
    #: (label, value) in the chart's order; None: no value (``Chart.missing``).
    points: list[tuple[str, Decimal | int | None]]


@dataclass(frozen=True)
class DashboardData:
    dashboard: Dashboard
    figures: list[FigureValue] = field(default_factory=list)
    charts: list[ChartValues] = field(default_factory=list)
    #: The company's day the figures were read on (the current month "so far").
    today: dt.date | None = None


#: A department manager whose role reads no budgets (an IT manager has the IT role) sees
#: on their module's dashboard how much of their departments' budget this year is used,
#: through migration 0017's function (totals of the departments they manage, nothing
#: else). The tile opens the budget chart, which shows them the same departments.
MANAGED_BUDGET_FIGURE = Figure(
    "managed_budget_use",
    QT_TRANSLATE_NOOP("dashboards", "My department's budget used this year"),
    "budgets",
    "",
    format="percent",
)
MANAGED_BUDGET_CHART = Chart(
    "managed_budget",
    QT_TRANSLATE_NOOP("dashboards", "My department's budget this year"),
    "budgets",
    "",
    "",
    format="money",
    axis=QT_TRANSLATE_NOOP("dashboards", "Amount"),
)
#: A column of budgets the Finance dashboard reads: whoever reads it has that figure.
_BUDGETS_READ = ("budgets", "allocated_amount")

_MANAGED_TOTALS = sa.text(
    "SELECT sum(allocated), sum(spent) FROM public.dicel_managed_budget_lines(:year)"
)


def managed_budget(
    session: Session | sa.Connection, year: int
) -> tuple[FigureValue, ChartValues] | None:
    """The caller's own departments' budget of ``year`` as a figure (percent used) and a
    chart (allocated, spent, remaining); None when they manage no department with a
    budget that year."""
    allocated, spent = session.execute(_MANAGED_TOTALS, {"year": year}).one()
    if allocated is None:
        return None
    used = (100 * spent / allocated) if allocated else None
    figure = FigureValue(MANAGED_BUDGET_FIGURE, used, ())
    points: list[tuple[str, Decimal | int | None]] = [
        (QT_TRANSLATE_NOOP("labels", "Allocated"), allocated),
        (QT_TRANSLATE_NOOP("labels", "Spent"), spent),
        (QT_TRANSLATE_NOOP("labels", "Remaining"), allocated - spent),
    ]
    return figure, ChartValues(MANAGED_BUDGET_CHART, points)


def _columns(item: Figure | Chart, filters: tuple[Filter, ...]) -> set[tuple[str, str]]:
    own = {(item.table, c) for c in ("id", *item.reads, *(f.column for f in filters))}
    if isinstance(item, Figure) and item.undated is not None:
        own |= {(item.table, f.column) for f in item.undated(dt.date.today())}
    return own | set(item.reads_elsewhere if isinstance(item, Figure) else ())


def columns_read(item: Figure | Chart) -> set[tuple[str, str]]:
    """The (table, column) pairs a figure or chart reads (all must be readable for it to
    be shown): the GUI lays out what it expects before the server's answer comes."""
    return _columns(item, item.filters(dt.date.today()))


def _where(table: str, filters: tuple[Filter, ...]) -> list[sa.ColumnElement[bool]]:
    """The list's own conditions for these filters, so the list shows the rows counted."""
    # Any listable column will do: only the conditions are taken from the listing.
    listing = Listing(ListQuery(table, (table_spec(table).default_sort[0],), filters=filters))
    return ListStatement(listing, listing.table).conditions()


def readable(session: Session | sa.Connection, pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which (table, column) pairs the current login may SELECT: one round trip."""
    if not pairs:
        return set()
    ordered = sorted(pairs)
    rows = session.execute(
        sa.text(
            "SELECT t, c FROM unnest(CAST(:t AS text[]), CAST(:c AS text[])) AS p(t, c) "
            "WHERE has_column_privilege(t, c, 'SELECT')"
        ),
        {"t": [p[0] for p in ordered], "c": [p[1] for p in ordered]},
    )
    return {(t, c) for t, c in rows}


def figure_statement(figure: Figure, filters: tuple[Filter, ...]) -> sa.ScalarSelect[Any]:
    table = Base.metadata.tables[figure.table]
    aggregate = figure.aggregate
    if isinstance(aggregate, str):
        aggregate = sa.literal_column(aggregate)
    return (
        sa.select(aggregate)
        .select_from(table)
        .where(*_where(figure.table, filters))
        .scalar_subquery()
    )


def _undated_statement(figure: Figure, today: dt.date) -> sa.ScalarSelect[Any]:
    """How many rows ``figure`` cannot count (``Figure.undated``)."""
    assert figure.undated is not None
    table = Base.metadata.tables[figure.table]
    return (
        sa.select(sa.func.count())
        .select_from(table)
        .where(*_where(figure.table, figure.undated(today)))
        .scalar_subquery()
    )


def chart_statement(chart: Chart, filters: tuple[Filter, ...]) -> sa.Select[Any]:
    table = Base.metadata.tables[chart.table]
    label = sa.literal_column(chart.label)
    return (
        sa.select(sa.cast(label, sa.Text), sa.literal_column(chart.aggregate))
        .select_from(table)
        .where(*_where(chart.table, filters))
        .group_by(label)
        .order_by(label)
    )


def load_dashboard(
    session: Session | sa.Connection, module: str, today: dt.date | None = None
) -> DashboardData:
    """The figures and chart points of a module's dashboard for the current login: the
    rights in one query, all figures in a second (one scalar subquery each), then one
    query per chart. Figures and charts the login may not read are left out. ``today``
    is the company's day (``dicel_company_day()``), as the lists' flags count from, not
    the session's ``current_date``, which its own time zone moves."""
    dashboard = DASHBOARDS[module]
    if today is None:
        today = session.execute(sa.text("SELECT public.dicel_company_day()")).scalar_one()
    items = [*dashboard.figures, *dashboard.charts]
    filters = {item.key: item.filters(today) for item in items}
    pairs = {p for i in items for p in _columns(i, filters[i.key])}
    allowed = readable(session, pairs | {_BUDGETS_READ})
    shown = [i for i in items if _columns(i, filters[i.key]) <= allowed]
    data = DashboardData(dashboard, today=today)
    figures = [i for i in shown if isinstance(i, Figure)]
    if figures:
        # The rows a figure cannot count, in the same statement (one round trip).
        undated = [f for f in figures if f.undated is not None]
        values = session.execute(
            sa.select(
                *(figure_statement(f, filters[f.key]) for f in figures),
                *(_undated_statement(f, today) for f in undated),
            )
        ).one()
        not_counted = dict(zip((f.key for f in undated), values[len(figures) :], strict=True))
        data.figures.extend(
            FigureValue(f, v, filters[f.key], not_counted.get(f.key))
            for f, v in zip(figures, values[: len(figures)], strict=True)
        )
    for chart in (i for i in shown if isinstance(i, Chart)):
        rows = session.execute(chart_statement(chart, filters[chart.key])).all()
        points = [(str(k), chart.missing if v is None else v) for k, v in rows]
        if chart.series is not None:
            counted = dict(points)
            points = [(label, counted.pop(label, chart.missing)) for label in chart.series(today)]
            points.extend(counted.items())  # none expected: kept rather than hidden
        data.charts.append(ChartValues(chart, points))
    if _BUDGETS_READ not in allowed:
        managed = managed_budget(session, today.year)
        if managed is not None:
            data.figures.append(managed[0])
            data.charts.append(managed[1])
    return data
