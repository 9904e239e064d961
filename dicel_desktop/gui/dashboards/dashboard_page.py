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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
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
from dicel_desktop.gui.dashboards.figure_words import dashboard_title, format_value
from dicel_desktop.gui.dashboards.tile import TILE_PADDING, Tile
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.numbers import format_decimal
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.dashboards import (
    DASHBOARDS,
    MANAGED_BUDGET_CHART,
    MANAGED_BUDGET_FIGURE,
    Chart,
    DashboardData,
    Figure,
    FigureValue,
    columns_read,
    load_dashboard,
)

if TYPE_CHECKING:
    from dicel_desktop.gui.dashboards.dashboard_chart import DashboardChart

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


class DashboardPage(QWidget):
    """``figure_activated(table, filters, words, columns)``: a tile was clicked
    (``words``, its title; ``columns``, what its figure is made of, ``Figure.shows``) or
    a chart made elsewhere asked for records (``words`` empty: its filters say what was
    clicked); open that list so."""

    figure_activated = Signal(str, object, str, object)
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
        self.qlocale = locale or QLocale()
        self.loaded = False
        self._loading = False
        #: The read of the figures under way (its request id).
        self._request: int | None = None
        #: Says over the tiles that the server has not answered the read yet, when the
        #: status bar says so (wait40): the tiles alone only wait.
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)
        self.data: DashboardData | None = None
        self.tiles: dict[str, QPushButton] = {}
        self.charts: dict[str, DashboardChart] = {}
        self.extras: list[QWidget] = []
        self._extra_names: list[str] = []
        self._values: dict[str, FigureValue] = {}
        self._all_tiles = {f.key: self._make_tile(f) for f in self.dashboard.figures}
        # Only a department manager who reads no budgets is given these (services).
        budget_tile = self._make_tile(MANAGED_BUDGET_FIGURE)
        budget_tile.setToolTip(self.tr("Open the budget chart of my department"))
        self._all_tiles[MANAGED_BUDGET_FIGURE.key] = budget_tile
        #: The charts made so far, by key: each is made when first placed (``_plot``),
        #: not with the page. Their module brings pyqtgraph and numpy, and every
        #: department's page is made with the main window: made here, they were imported
        #: and built (a finance manager's six dashboards) before the window was shown.
        self._all_plots: dict[str, DashboardChart] = {}
        #: The page waits for its first paint to lay out its tiles and charts (``load``
        #: before its window was shown), and keeps an answer that came before it.
        self._prepare_when_painted = False
        self._early: tuple[DashboardData, dict[str, Any]] | None = None

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
        #: The tiles and charts, whole (``printable``).
        self._content = content
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
        self._request = self._worker.submit(task, self._on_read, self._on_load_failed, at_once=True)
        if not self.prepared and not self.window().isVisible():
            # The window opens on this page (the tab and page it was left on) and is not
            # shown yet: it is shown first, the page saying "Loading the figures…", and
            # the tiles and charts are made and laid out once that is painted (an answer
            # that comes before waits for it).
            self._prepare_when_painted = True
            self.status.installEventFilter(self)
            return
        self.prepare()
        self._hold()

    def _hold(self) -> None:
        if not self.loaded:
            # A first visit: the page is painted once, with its figures, rather than empty
            # and then again (each paint of a page of tiles and charts costs more than the
            # small aggregates: the answer waited behind the empty page's paint). What
            # was on screen stays until the answer, or ``HOLD_MS`` at the most.
            self.setUpdatesEnabled(False)
            QTimer.singleShot(HOLD_MS, self, self._paint_again)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.status and event.type() == QEvent.Type.Paint:
            self.status.removeEventFilter(self)
            # Once this paint is on screen: the window is, with the page's line.
            QTimer.singleShot(0, self, self._prepare_after_paint)
        return super().eventFilter(watched, event)

    def _prepare_after_paint(self) -> None:
        if not self.prepared:
            self.prepare()
            self._hold()

    def printable(self) -> QWidget:
        """What a print of the dashboard shows: its figures and charts at their whole
        size, however the page is scrolled (a grab of the tab put the side list and the
        scroll bar on paper and cut off what was below the window's edge)."""
        return self._content

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
        early, self._early = self._early, None
        if early is not None:
            self._on_read(early)

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
        if self._prepare_when_painted:  # laid out before that paint (a quiet moment)
            self._prepare_when_painted = False
            self.status.removeEventFilter(self)
        placed = (tuple(tile_keys), tuple(chart_keys))
        if placed == self._placed:
            return
        self._placed = placed
        self.tiles = {key: self._all_tiles[key] for key in tile_keys}
        self.charts = {key: self._plot(key) for key in chart_keys}
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
            if not plot.drawn:
                # Until its data comes, a chart is its title alone: axes of a range that
                # will not be shown would be laid out and painted for nothing.
                plot.set_title(dashboard_title(self._chart(key).title))
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

    def _plot(self, key: str) -> DashboardChart:
        """The chart of ``key``, made (hidden) when first asked for."""
        plot = self._all_plots.get(key)
        if plot is None:
            # The charts' module brings pyqtgraph and numpy: imported with the first
            # chart placed, not by a main window that shows none yet.
            from dicel_desktop.gui.dashboards.dashboard_chart import make_chart

            plot = make_chart(self._chart(key), self, self.qlocale)
            self._all_plots[key] = plot
        return plot

    def _make_extras(self) -> None:
        for name in self.dashboard.extra_charts:
            factory = CHART_FACTORIES.get(name)
            if factory is None:
                log.warning("dashboard %s: no chart factory %r", self.dashboard.module, name)
                continue
            extra = factory(self._worker, self._role, self)
            requested = getattr(extra, "records_requested", None)
            if requested is not None:
                requested.connect(
                    lambda table, filters: self.figure_activated.emit(table, filters, "", ())
                )
            self.extras.append(extra)
            self._extra_names.append(name)

    def _paint_again(self) -> None:
        if not self.updatesEnabled():
            self.setUpdatesEnabled(True)

    def _on_read(self, answer: tuple[DashboardData, dict[str, Any]]) -> None:
        if self._prepare_when_painted:
            self._early = answer  # drawn once the page is laid out (``prepare``)
            return
        data, extra_answers = answer
        for extra, name in zip(self.extras, self._extra_names, strict=True):
            if name in extra_answers:
                extra.show_counts(extra_answers[name])
        self._on_loaded(data)

    def _unanswered_busy(self, request_id: int) -> str:
        """ "Loading the figures…" while ``request_id``, this page's read, waits."""
        if not self._loading or request_id != self._request:
            return ""
        return self.tr("Loading the figures…")

    def _say_waiting(self, words: str) -> None:
        self.status.setText(words)
        self.status.show()

    def _on_loaded(self, data: DashboardData) -> None:
        self._loading = False
        self._request = None
        self.data = data
        self._values = {v.figure.key: v for v in data.figures}
        # Laid out already unless the server's answer differs from what was expected.
        self._place([v.figure.key for v in data.figures], [c.chart.key for c in data.charts])
        self.status.hide()
        self.status.setText(self.tr("Loading the figures…"))  # the longer words, gone
        for value in data.figures:
            tile = self._all_tiles[value.figure.key]
            figure = format_value(value.value, value.figure.format, self.qlocale)
            title = dashboard_title(value.figure.title)
            note = self.undated_note(value)
            tile.setText(f"{figure}\n{title}" + (f"\n{note}" if note else ""))
            tile.setAccessibleName(f"{title}: {figure}" + (f". {note}" if note else ""))
            self._mark_attention(tile, value.figure.attention and bool(value.value))
        for values in data.charts:
            self._plot(values.chart.key).draw(values, data.today)
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
        return words.replace("%1", format_decimal(value.undated, self.qlocale))

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
        self._request = None
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

    # Tiles are made with the page, plots when first placed (``_plot``), hidden, and
    # only filled when the figures come: making a pyqtgraph plot costs more than the
    # small dashboards' SQL.

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
            figure = value.figure
            self.figure_activated.emit(
                figure.table, value.filters, dashboard_title(figure.title), figure.shows
            )
