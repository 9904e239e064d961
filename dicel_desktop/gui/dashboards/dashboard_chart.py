"""A department dashboard's chart: one plot made with its page and given new values at
every load (``draw``), its ticks, ranges and labels' room set from the data before it is
painted, so that a refresh lays nothing out again and a first paint is its only one.

Split from ``dashboard_page`` (which lays out the tiles and charts and reads their
figures); its sentences keep that page's translation context."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.charts.axis_labels import count_step, date_words, label_every
from dicel_desktop.gui.charts.common import (
    chart_ink,
    plot_widget,
    room_for_tick_labels,
    tick_label_width,
)
from dicel_desktop.gui.dashboards.chart_view import ChartView
from dicel_desktop.gui.dashboards.figure_words import dashboard_title, format_value
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.services.dashboards import Chart, ChartValues

__all__ = ["DashboardChart", "dashboard_title", "format_value", "make_chart"]

#: How far past its axis' ends a label under a chart may reach (half a short figure).
EDGE_LABEL_PX = 8
#: Room under a line's zero, as a share of its height: its dots are drawn whole.
LINE_FOOT = 0.03
#: A rating's scale: its chart's axis spans it whole.
RATING_SCALE = (1.0, 5.0)


def _room_at_the_ends(
    across: tuple[float, float],
    written: list[tuple[int, str]],
    label_width: Callable[[str], float],
    width: float,
) -> tuple[float, float]:
    """The range along a chart's labelled axis, widened at either end so that the
    first and last labels written under it, each centred on its tick, are written
    whole: pyqtgraph leaves out a label reaching further past the axis than
    ``EDGE_LABEL_PX`` (the rating trend's "Dec 2026 (so far)", the point a reader looks
    at first, was never written), and past the chart's right edge there is no room."""
    if not written or width <= 0:
        return across
    low, high = across
    (first_x, first), (last_x, last) = min(written), max(written)
    # Half of each label and a pixel for rounding; the first may hang over the corner
    # under the axis beside it, the last has no room past the chart's edge (a long
    # "5 Uku. (kugeza ubu)" was cut there).
    first_half = label_width(first) / 2 - EDGE_LABEL_PX + 1
    last_half = label_width(last) / 2 + 1
    for _ in range(4):  # widening the range narrows each unit: a few rounds settle it
        per_px = (high - low) / width
        low = min(low, first_x - first_half * per_px)
        high = max(high, last_x + last_half * per_px)
    return low, high


def _words(label: str) -> str:
    """A stored state as a person reads it ("in_progress" -> "In progress"); a band's
    leading order digit ("3 High") only sorts it."""
    text = label.split(" ", 1)[1] if label[:1].isdigit() and " " in label[:3] else label
    return tr_label(text.replace("_", " ").capitalize() if text.islower() else text)


def _has_no_value(values: ChartValues) -> bool:
    """Whether a chart's labels hold no value to draw: each without one (None), or each
    a count of 0 (a line at zero all along)."""
    drawn = [v for _label, v in values.points if v is not None]
    return not drawn or (values.chart.format == "count" and not any(drawn))


def _current_period(values: ChartValues, today: dt.date | None) -> int | None:
    """The index of a line's point for the month (or day) not over yet, else None."""
    if values.chart.kind != "line" or today is None or not values.points:
        return None
    last = values.points[-1][0]
    if last in (today.strftime("%Y-%m"), today.isoformat()):
        return len(values.points) - 1
    return None


class DashboardChart(ChartView):
    """One chart of a dashboard; ``drawn`` keeps what was last set (the plot item and its
    kind, ticks, colour, the values and the width they were drawn for)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.drawn: dict[str, object] = {}
        self._redraw_due = False
        self.words_locale = QLocale()
        super().__init__(parent)
        self.getViewBox().sigResized.connect(lambda _box: self._on_resized())

    def draw(self, values: ChartValues, today: dt.date | None) -> None:
        """Draw ``values`` (the page's answer; ``today``: the company's day, whose month
        or day is "so far"): the plot item made once per kind of drawing and given new
        data, ticks and ranges from the data, its labels' room set before its paint."""
        plot, chart = self, values.chart
        title = named = dashboard_title(chart.title)
        # The same answer again (a refresh, a notification about another record) at the
        # same width, ink and language: what is drawn stands (3-8 ms of pyqtgraph's
        # Python on the GUI thread per chart, for nothing).
        seen = (values, today, plot.getViewBox().width(), self._colours(), named)
        if self.drawn.get("seen") == seen:
            return
        if not self.drawn:
            plot.showAxis("left")
            plot.showAxis("bottom")
        drawn = self.drawn
        labels = [
            date_words(label, self.words_locale) or _words(label) for label, _ in values.points
        ]
        # The current month (or day) of a line over time is not over: its point is
        # hollow and said "so far" (a month's first days made the rating trend dive).
        current = _current_period(values, today)
        said = [
            QCoreApplication.translate("DashboardPage", "%1 (so far)").replace("%1", label)
            if i == current
            else label
            for i, label in enumerate(labels)
        ]
        # Drawing only (the figures stay Decimal); money in millions keeps the axis short.
        # A label without a value (a month without ratings) is NaN: a gap in the line.
        scale = 1e6 if chart.format == "money" else 1.0
        heights = [math.nan if v is None else float(v) / scale for _, v in values.points]
        if chart.format == "money":
            title = QCoreApplication.translate("DashboardPage", "%1 (million RWF)").replace(
                "%1", title
            )
        if not values.points:
            # An empty frame reads as a fault: say there is nothing to draw yet.
            title = QCoreApplication.translate(
                "DashboardPage", "%1: no records in this period"
            ).replace("%1", title)
        elif chart.empty and _has_no_value(values):
            # Its months (or days) written under it, none with a value: the chart says
            # what is missing in its own words ("no ratings in these 12 months").
            title = QCoreApplication.translate("dashboards", chart.empty).replace("%1", title)
        self.set_title(title)
        xs = list(range(len(labels)))
        finite = [h for h in heights if not math.isnan(h)]
        top = max([*finite, 1e-9]) * 1.1
        # A value below zero (an overdrawn account, an overspent budget's remaining) is
        # a bar below the axis, which then reaches it (gui40fix: it was drawn as nothing,
        # as an empty account is); without one the axis starts at zero, as before.
        bottom = min([*finite, 0.0]) * 1.1
        # Names longer than a word, or too many to be written side by side, go beside
        # their bars instead: every bar is named (a French "Passé en perte" left every
        # other bar of the recovery chart without its name).
        metrics = QFontMetrics(plot.font())
        sideways = chart.kind == "bars" and (
            any(len(label) > 14 for label in labels)
            or label_every(labels, metrics, plot.getViewBox().width()) > 1
        )
        kind = "line" if chart.kind == "line" else ("sideways" if sideways else "bars")
        item = drawn.get("item")
        if drawn.get("kind") != kind:
            # Made once per kind of drawing; later loads give it new data.
            if item is not None:
                plot.removeItem(item)
            ink = chart_ink(plot.palette())
            if kind == "line":
                # Each value a dot as well as a point of the line: a month with a value
                # between two without one is a line of one point, which draws nothing.
                item = pg.PlotDataItem(pen=pg.mkPen(ink, width=2), symbol="o", symbolBrush=ink)
            else:
                item = pg.BarGraphItem(x=[], height=[], width=0.6, brush=ink)
            plot.addItem(item)
            plot.getViewBox().invertY(kind == "sideways")  # first label on top, as it reads
            drawn["kind"], drawn["item"], drawn["ticks"], drawn["ink"] = kind, item, None, ink
        ink = chart_ink(plot.palette())
        if drawn["ink"] != ink:  # the theme changed since
            if kind == "line":
                item.setPen(pg.mkPen(ink, width=2))
                item.setSymbolBrush(ink)
            else:
                item.setOpts(brush=ink)
            drawn["ink"] = ink
        if kind == "line":
            hollow = pg.mkBrush(plot.palette().color(plot.backgroundRole()))
            full = pg.mkBrush(ink)
            # No value at all: no point to draw (pyqtgraph measures a line of NaN with
            # numpy's "All-NaN slice" warning at every range and paint).
            dotted = xs if any(not math.isnan(h) for h in heights) else []
            item.setData(
                dotted,
                [heights[x] for x in dotted],
                # A label without a value (NaN) breaks the line: a gap, not a fall to 0.
                connect="finite",
                symbolPen=pg.mkPen(ink, width=2),
                symbolBrush=[hollow if x == current else full for x in dotted],
            )
            # Hovered, a point says its month and figure ("Dec. 2026 (so far): 3.00 / 5").
            tips = [
                f"{label}: {format_value(v, chart.format, self.words_locale)}"
                for label, (_, v) in zip(said, values.points, strict=True)
            ]
            item.scatter.opts["hoverable"] = True
            item.scatter.opts["tip"] = lambda x, y, data, tips=tips: (
                tips[round(x)] if 0 <= round(x) < len(tips) else ""
            )
        elif kind == "sideways":
            item.setOpts(x0=0, y=xs, width=heights, height=0.6, x=None)
        else:
            item.setOpts(x=xs, height=heights, width=0.6)
        labelled, other = ("left", "bottom") if kind == "sideways" else ("bottom", "left")
        # Under the plot, fourteen days or twelve months do not all fit: every n-th is
        # written, the others keep a tick. Beside it (sideways) each name has its row.
        every = 1
        if kind != "sideways":
            every = label_every(said, metrics, plot.getViewBox().width())
        written = [(x, said[x]) for x in xs if x % every == 0]
        if current is not None and current % every:
            # The period not over yet is always written, "so far" (its hollow dot said
            # nothing when it fell between two written months): the one written nearest
            # before it makes room.
            written = [(x, label) for x, label in written if abs(x - current) >= every]
            written.append((current, said[current]))
        shown = {x for x, _label in written}
        ticks = [written, [(x, "") for x in xs if x not in shown]]
        # Counts step in whole numbers (pyqtgraph's own steps put 0.2 between 0 and 1);
        # a rating, a whole point of its scale.
        step = count_step(top - bottom) if chart.format == "count" else None
        if chart.format == "rating":
            step = 1.0
        if drawn.get("ticks") != (labelled, ticks, step):
            plot.getAxis(labelled).setTicks(ticks)
            plot.getAxis(other).setTicks(None)
            plot.getAxis(labelled).setTickSpacing()
            plot.getAxis(other).setTickSpacing(step, step)
            drawn["ticks"] = (labelled, ticks, step)
        if xs:
            # Ranges from the data: pyqtgraph's auto-range would measure every item.
            across, up = (-0.6, len(xs) - 0.4), (bottom, top)
            if kind == "line":
                # A point at the lowest value is a whole dot above the axis' foot, not
                # half of one.
                up = (bottom - (top - bottom) * LINE_FOOT, top)
            if chart.format == "rating":
                # The whole scale, 1 to 5: a 3.7 drawn against 3.6 to 4.1 looked a fall.
                low, high = RATING_SCALE
                room = (high - low) * LINE_FOOT
                up = (low - room, high + room)
            if kind == "sideways":
                plot.getViewBox().setRange(xRange=up, yRange=across, padding=0)
            else:
                plot.getViewBox().setRange(xRange=across, yRange=up, padding=0)
        # What the values are, along their axis, in the person's words.
        if chart.axis:
            plot.getAxis(other).setLabel(QCoreApplication.translate("dashboards", chart.axis))
            plot.getAxis(labelled).showLabel(False)
        room_for_tick_labels(plot)
        if xs and kind != "sideways":
            # With the axes' room in place, the plot's width is known: its first and
            # last labels are given theirs.
            axis = plot.getAxis("bottom")
            across = _room_at_the_ends(
                (-0.6, len(xs) - 0.4),
                written,
                functools.partial(tick_label_width, axis),
                plot.getViewBox().width(),
            )
            plot.getViewBox().setXRange(*across, padding=0)
        plot.setAccessibleDescription(self._summary(chart, title, said, values))
        # Which labels fit, and the room at the ends, hold for this width only.
        drawn["values"], drawn["today"] = values, today
        drawn["width"] = plot.getViewBox().width()
        drawn["seen"] = (values, today, drawn["width"], self._colours(), named)

    def _colours(self) -> tuple[str, ...]:
        """The theme's colours a drawing takes: its ink, its title's, a hollow point's."""
        palette = self.palette()
        return tuple(
            c.name()
            for c in (
                chart_ink(palette),
                palette.color(self.foregroundRole()),
                palette.color(self.backgroundRole()),
            )
        )

    def _on_resized(self) -> None:
        """Given another width (the window resized): its labels are chosen and given
        their room again, once the resizing settles (a label chosen at the old width was
        left out, or overlapped, at the new one)."""
        if self.drawn and not self._redraw_due:
            self._redraw_due = True
            QTimer.singleShot(0, self, self._redraw)

    def _redraw(self) -> None:
        self._redraw_due = False
        width = self.drawn.get("width")
        if width is not None and abs(self.getViewBox().width() - float(width)) >= 1:
            self.draw(self.drawn["values"], self.drawn["today"])

    def set_title(self, title: str) -> None:
        """Its title over the whole chart (in the text colour), laid out again only when
        it changed."""
        text = self.palette().color(self.foregroundRole())
        shown = f"{text.name()} {title}"
        if self.property("dashboardTitle") != shown:  # the same title: nothing to lay out
            self.show_title(title, text, f"{self.font().pointSizeF():g}pt")
            self.setProperty("dashboardTitle", shown)

    def _summary(self, chart: Chart, title: str, labels: list[str], values: ChartValues) -> str:
        """The chart in words: its title, then each bar or point and its figure (a point
        without a value, a gap in the line, is left unsaid)."""
        said = [
            f"{label}: {format_value(value, chart.format, self.words_locale)}"
            for label, (_, value) in zip(labels, values.points, strict=True)
            if value is not None
        ]
        if not said:
            return title
        return f"{chart.title}. {'; '.join(said)}."


def make_chart(chart: Chart, parent: QWidget, locale: QLocale) -> DashboardChart:
    """A dashboard's chart, made once with its page (hidden until it is placed)."""
    plot = plot_widget(parent, kind=DashboardChart)
    plot.words_locale = locale
    plot.setObjectName(f"chart_{chart.key}")
    plot.setAccessibleName(chart.title)
    plot.setMinimumHeight(240)
    for side in ("bottom", "left"):
        plot.getAxis(side).enableAutoSIPrefix(False)
        # The main steps' numbers only: where they left room, pyqtgraph wrote the
        # finer steps' too (a budget of 19 million numbered 0 to 19 one by one).
        plot.getAxis(side).setStyle(maxTextLevel=0)
    # A label may reach a few pixels past the axis' ends: the "0" bars lying sideways
    # start from sits on the very edge, and pyqtgraph hid it there.
    plot.getAxis("bottom").setStyle(hideOverlappingLabels=EDGE_LABEL_PX)
    plot.hide()
    return plot
