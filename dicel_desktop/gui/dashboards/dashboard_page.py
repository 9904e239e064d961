"""One widget renders any department's dashboard (``services.dashboards``): a row of
tiles, each a figure and its words that opens its filtered list when clicked, and a chart
area below. All figures and charts of the dashboard arrive in one worker task.

What a person waits for after choosing the tab is the SQL and the paint. So the first
load lays the page out at once (the tiles and charts the role is expected to see, empty)
and starts the query without waiting for that paint (``at_once``): the page is laid out
and painted while the server works, and the answer only fills it in. A chart's plot
items are made once and given new data on every load (``setOpts``/``setData``), with
its ranges set from the data, so a refresh re-lays nothing out."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QIcon,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.permissions import readable_columns
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.charts.axis_labels import count_step, date_words, label_every
from dicel_desktop.gui.charts.common import (
    chart_ink,
    plot_widget,
    room_for_tick_labels,
    tick_label_width,
)
from dicel_desktop.gui.dashboards.chart_view import ChartView
from dicel_desktop.gui.dashboards.tile import TILE_PADDING, Tile
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.numbers import format_decimal, format_money
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.dashboards import (
    DASHBOARDS,
    MANAGED_BUDGET_CHART,
    MANAGED_BUDGET_FIGURE,
    TITLE_PARAMS,
    Chart,
    ChartValues,
    DashboardData,
    Figure,
    FigureValue,
    Format,
    columns_read,
    load_dashboard,
)

log = logging.getLogger(__name__)

#: Chart widgets made outside this package, by the name a dashboard's ``extra_charts``
#: gives: ``factory(worker, role, parent) -> QWidget`` (the risk heatmap). A chart with
#: ``records_requested(table, filters)`` opens its records as a figure does.
CHART_FACTORIES: dict[str, Callable[[DbWorker, Role | None, QWidget], QWidget]] = {}
#: What such a chart reads first, by the same name: ``query(session)``, run in the
#: dashboard's own task; the chart takes the answer with ``show_counts(answer)`` (and
#: was made not to read it itself).
CHART_QUERIES: dict[str, Callable[[Any], Any]] = {}

TILES_PER_ROW = 4
#: A tile's figure, against the desktop's font size (never a fixed size: a person who
#: chose large text gets large figures).
TILE_FONT_SCALE = 1.15
#: How far past its axis' ends a label under a chart may reach (half a short figure).
EDGE_LABEL_PX = 8
#: Room under a line's zero, as a share of its height: its dots are drawn whole.
LINE_FOOT = 0.03
#: A rating's scale: its chart's axis spans it whole.
RATING_SCALE = (1.0, 5.0)
#: How long a first visit keeps what was on screen while its figures are read.
HOLD_MS = 150
#: A tile's figure while the first answer is on its way.
PENDING = "\u2026"


def _read(
    session: Any, module: str, queries: tuple[tuple[str, Callable[[Any], Any]], ...]
) -> tuple[DashboardData, dict[str, Any]]:
    """The worker's task: the dashboard, and the first answers of its charts made
    elsewhere (the heatmap's counts), in one round of the worker."""
    return load_dashboard(session, module), {name: query(session) for name, query in queries}


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


def format_value(value: Decimal | int | None, fmt: Format, locale: QLocale) -> str:
    if value is None:
        return "\u2013"  # an en dash: no rows to measure (a rate over no records)
    if fmt == "money":
        return format_money(Decimal(value), "RWF", locale)
    if fmt == "percent":
        return format_decimal(Decimal(value).quantize(Decimal("0.1")), locale, places=1) + " %"
    if fmt == "rating":
        return format_decimal(Decimal(value).quantize(Decimal("0.01")), locale, places=2) + " / 5"
    return format_decimal(value, locale)


def _words(label: str) -> str:
    """A stored state as a person reads it ("in_progress" -> "In progress"); a band's
    leading order digit ("3 High") only sorts it."""
    text = label.split(" ", 1)[1] if label[:1].isdigit() and " " in label[:3] else label
    return tr_label(text.replace("_", " ").capitalize() if text.islower() else text)


def dashboard_title(title: str) -> str:
    """A figure's or chart's title (services.dashboards), in the person's language."""
    return QCoreApplication.translate("dashboards", title).format_map(TITLE_PARAMS)


class DashboardPage(QWidget):
    """``figure_activated(table, filters)``: a tile was clicked; open that list so."""

    figure_activated = Signal(str, object)
    #: The tile of a manager's own budget was clicked: show the budget chart.
    budget_chart_requested = Signal()
    #: The figures and charts are painted (or the load failed and said so).
    painted = Signal()

    def __init__(
        self,
        worker: DbWorker,
        module: str,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
        *,
        role: Role | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._worker = worker
        self._role = role
        self.dashboard = DASHBOARDS[module]
        self.locale = locale or QLocale()
        self.loaded = False
        self._loading = False
        self.data: DashboardData | None = None
        self.tiles: dict[str, QPushButton] = {}
        self.charts: dict[str, pg.PlotWidget] = {}
        self.extras: list[QWidget] = []
        self._extra_names: list[str] = []
        self._values: dict[str, FigureValue] = {}
        #: Per chart: the plot item drawn into, its kind, and what was last set.
        self._drawn: dict[str, dict[str, object]] = {}
        #: Charts resized since drawn, to draw again on the next turn.
        self._redraw_due: set[str] = set()
        self._all_tiles = {f.key: self._make_tile(f) for f in self.dashboard.figures}
        self._all_plots = {c.key: self._make_plot(c) for c in self.dashboard.charts}
        # Only a department manager who reads no budgets is given these (services).
        budget_tile = self._make_tile(MANAGED_BUDGET_FIGURE)
        budget_tile.setToolTip(self.tr("Open the budget chart of my department"))
        self._all_tiles[MANAGED_BUDGET_FIGURE.key] = budget_tile
        self._all_plots[MANAGED_BUDGET_CHART.key] = self._make_plot(MANAGED_BUDGET_CHART)

        self.status = QLabel(self.tr("Loading the figures…"))
        self.status.setObjectName("dashboardStatus")
        #: The keys of the tiles and charts in the grids, in their order.
        self._placed: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self._tile_grid = QGridLayout()
        self._tile_grid.setSpacing(12)
        for column in range(TILES_PER_ROW):  # tiles share a row's width alike
            self._tile_grid.setColumnStretch(column, 1)
        self._chart_grid = QGridLayout()
        self._chart_grid.setSpacing(12)
        # In a scroll area: a window lower than the tiles and charts at their least
        # height scrolls, rather than squeeze them over one another or hold the main
        # window taller than a laptop's screen (the risk manager's dashboard asked 714
        # pixels of it).
        content = QWidget()
        content.setObjectName("dashboardContent")
        layout = QVBoxLayout(content)
        # Its least size follows its tiles' (a title taking another line when the tiles
        # narrow): the area scrolls further rather than cut that line off.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(self.status)
        layout.addLayout(self._tile_grid)
        layout.addLayout(self._chart_grid, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes from tile to chart (each scrolled into view), not to the area itself.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def load(self) -> None:
        if self._loading:
            return  # one load at a time: its answer paints the latest figures anyway
        self._loading = True
        # The charts made elsewhere take their first answer from this task.
        queries = tuple(
            (name, CHART_QUERIES[name])
            for name in self.dashboard.extra_charts
            if not self.loaded and name in CHART_QUERIES and name in CHART_FACTORIES
        )
        task = functools.partial(_read, module=self.dashboard.module, queries=queries)
        # Nearly all server time: it runs while the page is laid out and painted below.
        self._worker.submit(task, self._on_read, self._on_load_failed, at_once=True)
        self.prepare()
        if not self.loaded:
            # A first visit: the page is painted once, with its figures, rather than empty
            # and then again (each paint of a page of tiles and charts costs more than the
            # small aggregates: the answer waited behind the empty page's paint). What
            # was on screen stays until the answer, or ``HOLD_MS`` at the most.
            self.setUpdatesEnabled(False)
            QTimer.singleShot(HOLD_MS, self, self._paint_again)

    @property
    def prepared(self) -> bool:
        """Whether its tiles and charts are in their places (``prepare``)."""
        return self._placed is not None

    def prepare(self) -> None:
        """Put the tiles and charts the role should see in their places, empty (and make
        the charts made elsewhere: the heatmap), reading nothing. The first load does it
        unless the window did it before, in a quiet moment (``MainWindow``): making the
        Risk dashboard's heatmap alone took about 50 ms of a first visit's 90."""
        if self._placed is not None:
            return
        tiles, charts = self._expected()
        self._place(tiles, charts)
        # The tiles and charts in their places say "coming" themselves (a pending mark,
        # their titles): the line would only be hidden again when the figures come,
        # moving everything up under the person's eyes (and a plot resized is laid out
        # and drawn anew). It stays for a page that expects nothing.
        self.status.setVisible(not (tiles or charts))

    def reload(self) -> None:
        self.load()

    # ----------------------------------------------------------------- painting

    def _expected(self) -> tuple[list[str], list[str]]:
        """The tiles and charts the role should see, by the permission table the grants
        come from; the server's answer has the last word (``_on_loaded``)."""

        def shown(item: Figure | Chart) -> bool:
            if self._role is None:
                return True
            wanted = columns_read(item)
            tables = {table for table, _column in wanted}
            readable = {
                (table, column)
                for table in tables
                for column in readable_columns(
                    self._role, table, [c for t, c in wanted if t == table]
                )
            }
            return readable == wanted

        return (
            [f.key for f in self.dashboard.figures if shown(f)],
            [c.key for c in self.dashboard.charts if shown(c)],
        )

    def _place(self, tile_keys: list[str], chart_keys: list[str]) -> None:
        """Put these tiles and charts (and the charts made elsewhere) in the grids."""
        placed = (tuple(tile_keys), tuple(chart_keys))
        if placed == self._placed:
            return
        self._placed = placed
        self.tiles = {key: self._all_tiles[key] for key in tile_keys}
        self.charts = {key: self._all_plots[key] for key in chart_keys}
        # Taken out and put back in their new places (a manager's budget chart comes
        # between the expected ones).
        for key, tile in self._all_tiles.items():
            self._tile_grid.removeWidget(tile)
            if key not in self.tiles:
                tile.hide()
        for key, plot in self._all_plots.items():
            self._chart_grid.removeWidget(plot)
            if key not in self.charts:
                plot.hide()
        for extra in self.extras:
            self._chart_grid.removeWidget(extra)
        for i, (key, tile) in enumerate(self.tiles.items()):
            if not tile.text():
                figure = self._figure(key)
                tile.setText(f"{PENDING}\n{dashboard_title(figure.title)}")
                tile.setAccessibleName(dashboard_title(figure.title))
            self._tile_grid.addWidget(tile, i // TILES_PER_ROW, i % TILES_PER_ROW)
            tile.show()
        if not self.extras:
            self._make_extras()
        self._place_charts([*self.charts.values(), *self.extras])
        for key, plot in self.charts.items():
            if key not in self._drawn:
                # Until its data comes, a chart is its title alone: axes of a range that
                # will not be shown would be laid out and painted for nothing.
                self._set_title(plot, dashboard_title(self._chart(key).title))
                plot.hideAxis("left")
                plot.hideAxis("bottom")
            plot.show()

    def _figure(self, key: str) -> Figure:
        if key == MANAGED_BUDGET_FIGURE.key:
            return MANAGED_BUDGET_FIGURE
        return next(f for f in self.dashboard.figures if f.key == key)

    def _chart(self, key: str) -> Chart:
        if key == MANAGED_BUDGET_CHART.key:
            return MANAGED_BUDGET_CHART
        return next(c for c in self.dashboard.charts if c.key == key)

    def _make_extras(self) -> None:
        for name in self.dashboard.extra_charts:
            factory = CHART_FACTORIES.get(name)
            if factory is None:
                log.warning("dashboard %s: no chart factory %r", self.dashboard.module, name)
                continue
            extra = factory(self._worker, self._role, self)
            requested = getattr(extra, "records_requested", None)
            if requested is not None:
                requested.connect(self.figure_activated)
            self.extras.append(extra)
            self._extra_names.append(name)

    def _paint_again(self) -> None:
        if not self.updatesEnabled():
            self.setUpdatesEnabled(True)

    def _on_read(self, answer: tuple[DashboardData, dict[str, Any]]) -> None:
        data, extra_answers = answer
        for extra, name in zip(self.extras, self._extra_names, strict=True):
            if name in extra_answers:
                extra.show_counts(extra_answers[name])
        self._on_loaded(data)

    def _on_loaded(self, data: DashboardData) -> None:
        self._loading = False
        self.data = data
        self._values = {v.figure.key: v for v in data.figures}
        # Laid out already unless the server's answer differs from what was expected.
        self._place([v.figure.key for v in data.figures], [c.chart.key for c in data.charts])
        self.status.hide()
        for value in data.figures:
            tile = self._all_tiles[value.figure.key]
            figure = format_value(value.value, value.figure.format, self.locale)
            title = dashboard_title(value.figure.title)
            note = self.undated_note(value)
            tile.setText(f"{figure}\n{title}" + (f"\n{note}" if note else ""))
            tile.setAccessibleName(f"{title}: {figure}" + (f". {note}" if note else ""))
            self._mark_attention(tile, value.figure.attention and bool(value.value))
        for values in data.charts:
            self._draw(self._all_plots[values.chart.key], values)
        if not data.figures and not data.charts:
            self.status.setText(self.tr("Nothing on this dashboard is yours to see."))
            self.status.show()
        self.loaded = True
        self._paint_again()
        self.painted.emit()

    def undated_note(self, value: FigureValue) -> str:
        """What the figure could not count, under it ("Assets with no maintenance date:
        12": a 0 due read as all maintained; a count after a colon needs no plural);
        "" when it counted every row."""
        if not value.undated or not value.figure.undated_words:
            return ""
        words = QCoreApplication.translate("dashboards", value.figure.undated_words)
        return words.replace("%1", format_decimal(value.undated, self.locale))

    def _place_charts(self, charts: list[QWidget]) -> None:
        """Side by side when there are one or two; from three on, two to a row (three in
        a row left a manager's budget chart too narrow for its bars and title), the last
        one alone in its row taking the whole width."""
        for row in range(self._chart_grid.rowCount()):
            self._chart_grid.setRowStretch(row, 0)
        columns = len(charts) if len(charts) <= 2 else 2
        # Side by side, they share the width alike: without a stretch the first kept its
        # size hint (600 pixels) and a narrow window pushed the second past its edge.
        for column in range(2):
            self._chart_grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, chart in enumerate(charts):
            row, column = divmod(index, max(columns, 1))
            alone = index == len(charts) - 1 and column == 0 and columns > 1
            self._chart_grid.addWidget(chart, row, column, 1, columns if alone else 1)
            self._chart_grid.setRowStretch(row, 1)

    def _on_load_failed(self, error: BaseException) -> None:
        self._loading = False
        log.warning("dashboard %s did not load", self.dashboard.module, exc_info=error)
        if self.data is None:
            self._place([], [])  # no empty frames under the sentence
            for extra in self.extras:
                if getattr(extra, "data", True) is None:
                    extra.reload()  # its counts were to come with the figures: read them
        self.status.setText(
            self.tr("The figures could not be loaded: %1").replace("%1", describe_error(error))
        )
        self.status.show()
        self.loaded = True
        self._paint_again()
        self.painted.emit()

    # Tiles and plots are made with the page, hidden, and only filled when the figures
    # come: making a pyqtgraph plot costs more than the small dashboards' SQL.

    def _make_tile(self, figure: Figure) -> QPushButton:
        tile = Tile(self)
        tile.setObjectName(f"tile_{figure.key}")
        tile.setToolTip(self.tr("Open the list of these records"))
        tile.setAccessibleDescription(self.tr("Opens the list of these records"))
        # As high as the row's highest (its words read from the top, tile.Tile): a
        # title on three lines left the others centred lower in their row.
        tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tile.setCursor(Qt.CursorShape.PointingHandCursor)
        font = tile.font()
        font.setPointSizeF(font.pointSizeF() * TILE_FONT_SCALE)
        tile.setFont(font)
        tile.setStyleSheet(f"QPushButton {{ text-align: left; padding: 10px {TILE_PADDING}px; }}")
        tile.clicked.connect(lambda _checked=False, key=figure.key: self._on_tile_clicked(key))
        tile.hide()
        return tile

    def _mark_attention(self, tile: QPushButton, due: bool) -> None:
        """A figure of things waiting for someone, above zero: a warning symbol beside
        it (the list it opens marks the same rows)."""
        if due:
            tile.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            tile.setToolTip(self.tr("Needs attention: open the list of these records"))
        else:
            tile.setIcon(QIcon())
            tile.setToolTip(self.tr("Open the list of these records"))
        # A screen reader hears what the symbol shows.
        tile.setAccessibleDescription(tile.toolTip())

    def _on_tile_clicked(self, key: str) -> None:
        if key == MANAGED_BUDGET_FIGURE.key:
            self.budget_chart_requested.emit()
            return
        value = self._values.get(key)
        if value is not None:
            self.figure_activated.emit(value.figure.table, value.filters)

    def _make_plot(self, chart: Chart) -> pg.PlotWidget:
        plot = plot_widget(self, kind=ChartView)
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
        plot.getViewBox().sigResized.connect(lambda _box, key=chart.key: self._on_plot_resized(key))
        plot.hide()
        return plot

    def _draw(self, plot: pg.PlotWidget, values: ChartValues) -> None:
        chart = values.chart
        if chart.key not in self._drawn:
            plot.showAxis("left")
            plot.showAxis("bottom")
        drawn = self._drawn.setdefault(chart.key, {})
        title = dashboard_title(chart.title)
        labels = [date_words(label, self.locale) or _words(label) for label, _ in values.points]
        # The current month (or day) of a line over time is not over: its point is
        # hollow and said "so far" (a month's first days made the rating trend dive).
        current = self._current_period(values)
        said = [
            self.tr("%1 (so far)").replace("%1", label) if i == current else label
            for i, label in enumerate(labels)
        ]
        # Drawing only (the figures stay Decimal); money in millions keeps the axis short.
        scale = 1e6 if chart.format == "money" else 1.0
        heights = [float(v) / scale for _, v in values.points]
        if chart.format == "money":
            title = self.tr("%1 (million RWF)").replace("%1", title)
        if not values.points:
            # An empty frame reads as a fault: say there is nothing to draw yet.
            title = self.tr("%1: no records in this period").replace("%1", title)
        self._set_title(plot, title)
        xs = list(range(len(labels)))
        top = max([*heights, 1e-9]) * 1.1
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
            item.setData(
                xs,
                heights,
                symbolPen=pg.mkPen(ink, width=2),
                symbolBrush=[hollow if x == current else full for x in xs],
            )
            # Hovered, a point says its month and figure ("Dec. 2026 (so far): 3.00 / 5").
            tips = [
                f"{label}: {format_value(v, chart.format, self.locale)}"
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
        step = count_step(top) if chart.format == "count" else None
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
            across, up = (-0.6, len(xs) - 0.4), (0, top)
            if kind == "line":
                # A point at zero is a whole dot above the axis, not half of one.
                up = (-top * LINE_FOOT, top)
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
        drawn["values"], drawn["width"] = values, plot.getViewBox().width()

    def _on_plot_resized(self, key: str) -> None:
        """A chart given another width (the window resized): its labels are chosen and
        given their room again, once the resizing settles (a label chosen at the old
        width was left out, or overlapped, at the new one)."""
        if key in self._drawn and key not in self._redraw_due:
            self._redraw_due.add(key)
            QTimer.singleShot(0, self, functools.partial(self._redraw, key))

    def _redraw(self, key: str) -> None:
        self._redraw_due.discard(key)
        drawn, plot = self._drawn.get(key, {}), self._all_plots[key]
        width = drawn.get("width")
        if width is not None and abs(plot.getViewBox().width() - float(width)) >= 1:
            self._draw(plot, drawn["values"])

    def _current_period(self, values: ChartValues) -> int | None:
        """The index of a line's point for the month (or day) not over yet, else None."""
        today = self.data.today if self.data is not None else None
        if values.chart.kind != "line" or today is None or not values.points:
            return None
        last = values.points[-1][0]
        if last in (today.strftime("%Y-%m"), today.isoformat()):
            return len(values.points) - 1
        return None

    @staticmethod
    def _set_title(plot: pg.PlotWidget, title: str) -> None:
        text = plot.palette().color(plot.foregroundRole())
        shown = f"{text.name()} {title}"
        if plot.property("dashboardTitle") != shown:  # the same title: nothing to lay out
            size = f"{plot.font().pointSizeF():g}pt"
            if isinstance(plot, ChartView):
                plot.show_title(title, text, size)
            else:
                plot.setTitle(title, color=text, size=size)
            plot.setProperty("dashboardTitle", shown)

    def _summary(self, chart: Chart, title: str, labels: list[str], values: ChartValues) -> str:
        """The chart in words: its title, then each bar or point and its figure."""
        if not values.points:
            return title
        points = "; ".join(
            f"{label}: {format_value(value, chart.format, self.locale)}"
            for label, (_, value) in zip(labels, values.points, strict=True)
        )
        return f"{chart.title}. {points}."
