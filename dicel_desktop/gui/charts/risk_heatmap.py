"""The risk heatmap: the 5x5 likelihood x impact grid with the number of assessments in
each cell, coloured by score band, with a legend and the axes in words.

Counts come from ``services.charts.risk_heatmap`` on the DB worker, under the viewer's
grants (risk, compliance, admin). A category and a status chooser filter it; clicking a
cell asks for its assessments (``records_requested``). It redraws when an assessment
changes anywhere: a listener of its own (gui/charts/live.py) hears migration 0017's
notifications.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QPainter,
    QPen,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import RiskStatus
from dicel_desktop.gui.charts.common import (
    BAND_COLOURS,
    KeyPlot,
    Marker,
    NamedFilters,
    offer_save_as_png,
    plot_widget,
    room_for_tick_labels,
)
from dicel_desktop.gui.charts.live import TableWatch
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.risk_words import band_word, impact_word, likelihood_word
from dicel_desktop.gui.translations import tr_choice
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import charts

log = logging.getLogger(__name__)

#: The status chooser: its label and the states it keeps, in this order.
_ALL_STATES = tuple(s.value for s in RiskStatus)


class RiskHeatmap(QWidget):
    #: (table, filters): the person clicked a cell; the container opens that list.
    records_requested = Signal(str, object)
    #: New counts are on screen (tests and the benchmark wait for it).
    shown = Signal()

    def __init__(
        self,
        worker: DbWorker,
        role: Role,
        parent: QWidget | None = None,
        *,
        live: bool = True,
        load_on_show: bool = True,
    ) -> None:
        """``load_on_show=False``: the first counts come from elsewhere (``show_counts``;
        a dashboard reads them in its own query task)."""
        super().__init__(parent)
        self.setObjectName("riskHeatmap")
        self._load_on_show = load_on_show
        self._worker = worker
        self.role = role
        self.data: charts.RiskHeatmap | None = None
        self._request: int | None = None
        self._watch = TableWatch(worker, ("risk_assessments",), self.reload) if live else None
        if self._watch is not None:
            self.destroyed.connect(self._watch.stop)

        self.category_box = QComboBox()
        self.category_box.addItem(self.tr("All categories"), None)
        self.category_box.setAccessibleName(self.tr("Category"))
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("Not closed"), charts.OPEN_RISK_STATES)
        for state in RiskStatus:
            self.status_box.addItem(tr_choice("risk_assessments", state.label), (state.value,))
        self.status_box.addItem(self.tr("Any status"), _ALL_STATES)
        self.status_box.setAccessibleName(self.tr("Status"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        choosers = QHBoxLayout()
        for text, box in (
            (self.tr("&Category:"), self.category_box),
            (self.tr("&Status:"), self.status_box),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            choosers.addWidget(label)
            choosers.addWidget(box)
        choosers.addWidget(self.status, 1)

        #: The cell Enter opens (likelihood, impact); the arrow keys move it.
        self.current_cell = (5, 5)
        self.plot = plot_widget(kind=KeyPlot)
        self.plot.setAccessibleDescription(
            self.tr("The arrow keys choose a cell, Enter opens its assessments.")
        )
        item = self.plot.getPlotItem()
        item.getAxis("left").setTicks([[(i, _likelihood(i)) for i in range(1, 6)]])
        item.getAxis("bottom").setTicks([[(i, _impact(i)) for i in range(1, 6)]])
        item.setLabel("left", self.tr("Likelihood"))
        item.setLabel("bottom", self.tr("Impact"))
        item.getViewBox().setRange(xRange=(0.5, 5.5), yRange=(0.5, 5.5), padding=0)
        item.getViewBox().setAspectLocked(False)
        # Its words' room now (they never change): its first paint is its only one.
        room_for_tick_labels(self.plot)
        self._cells = _Cells()
        item.addItem(self._cells)
        # Never so low that a row is shorter than its number (with the impact's words
        # and title below the cells): in a small window its page scrolls instead.
        below = 3 * QFontMetrics(self.plot.font()).height()
        self.plot.setMinimumHeight(5 * self._cells.row_height() + below)
        self._marker = Marker(self.plot)

        legend = QHBoxLayout()
        legend.addWidget(QLabel(self.tr("Score (likelihood × impact):")))  # noqa: RUF001
        low = 1
        for band, limit in charts.BAND_LIMITS:
            swatch = QFrame()
            swatch.setFixedSize(16, 16)
            swatch.setStyleSheet(
                f"background: {BAND_COLOURS[band].name()}; border: 1px solid #555;"
            )
            legend.addWidget(swatch)
            legend.addWidget(QLabel(f"{_band_word(band)} ({low}–{limit})"))  # noqa: RUF001
            low = limit + 1
        legend.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(choosers)
        layout.addWidget(self.plot, 1)
        layout.addLayout(legend)
        offer_save_as_png(self, "risk-heatmap")

        self.category_box.activated.connect(self.reload)
        self.status_box.activated.connect(self.reload)
        self.plot.scene().sigMouseClicked.connect(self._on_plot_mouse_clicked)
        self.plot.step_requested.connect(self._on_plot_step_requested)
        self.plot.open_requested.connect(lambda: self.open_cell(*self.current_cell))
        self.plot.focus_changed.connect(lambda _focused: self._choose_cell(*self.current_cell))

    def hasHeightForWidth(self) -> bool:
        # Its summary wraps, which made the whole dashboard's layout size its rows by
        # their width with their least heights forgotten: in a 1024 x 640 window the
        # score bands' names lay under the choosers. The summary's least height is its
        # wrapped height already.
        return False

    # ----------------------------------------------------------------- public API

    @slot_while_whole(keeps="_load_on_show")
    def reload(self) -> None:
        """Read the counts again, as the choosers say."""
        if self._request is not None:
            self._worker.cancel(self._request)
        self._request = self._worker.submit(
            functools.partial(charts.risk_heatmap, statuses=self.statuses, category=self.category),
            self._on_loaded,
            self._on_failed,
            # One aggregate, nearly all waiting for the server: the window paints meanwhile.
            at_once=True,
        )

    @property
    def statuses(self) -> tuple[str, ...]:
        return self.status_box.currentData()

    @property
    def category(self) -> str | None:
        return self.category_box.currentData()

    def open_cell(self, likelihood: int, impact: int) -> None:
        filters = charts.assessment_filters(likelihood, impact, self.statuses, self.category)
        self.records_requested.emit(
            "risk_assessments", NamedFilters(filters, self.cell_words(likelihood, impact))
        )

    def cell_words(self, likelihood: int, impact: int) -> str:
        """A cell as the axes word it: "Likely x Major" (a multiplication sign)."""
        return (
            self.tr("%1 × %2")  # noqa: RUF001
            .replace("%1", _likelihood(likelihood))
            .replace("%2", _impact(impact))
        )

    def cell_position(self, likelihood: int, impact: int) -> QPoint:
        """The centre of a cell in the plot's viewport (tests click it)."""
        vb = self.plot.getPlotItem().getViewBox()
        return self.plot.mapFromScene(vb.mapViewToScene(QPointF(impact, likelihood)))

    def cell_text(self, likelihood: int, impact: int) -> str:
        """The number written in a cell ("" when empty)."""
        count = self._cells.counts.get((likelihood, impact), 0)
        return str(count) if count else ""

    def stop(self) -> None:
        """Stop listening (hidden, or the window closes); showing it listens again."""
        if self._watch is not None:
            self._watch.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._watch is not None:
            self._watch.start()
        if self._request is None and self._load_on_show:
            self.reload()
        self._load_on_show = True  # shown again later: read anew

    def hideEvent(self, event: QHideEvent) -> None:
        # Out of sight, nothing to keep current: showing it again reads it anew.
        super().hideEvent(event)
        self.stop()

    # ----------------------------------------------------------------- drawing

    def _on_loaded(self, data: charts.RiskHeatmap) -> None:
        self._request = None
        self.show_counts(data)

    def show_counts(self, data: charts.RiskHeatmap) -> None:
        """Draw these counts (read under the viewer's rights, with the choosers' values)."""
        self.data = data
        offered = [self.category_box.itemData(i) for i in range(1, self.category_box.count())]
        if offered != list(data.categories):
            chosen = self.category
            self.category_box.clear()
            self.category_box.addItem(self.tr("All categories"), None)
            for category in data.categories:
                self.category_box.addItem(category, category)
            self.category_box.setCurrentIndex(max(self.category_box.findData(chosen), 0))
        self._cells.show_counts(data.counts)
        self._describe()
        self._choose_cell(*self.current_cell)
        self.shown.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._request = None
        log.info("The risk heatmap could not be read: %s", error)
        self.status.setText(describe_error(error))

    def _describe(self) -> None:
        data = self.data
        assert data is not None
        by_band = dict.fromkeys((b for b, _ in charts.BAND_LIMITS), 0)
        for (lik, imp), n in data.counts.items():
            by_band[charts.score_band(lik, imp)] += n
        # Counted phrases, so each language agrees them with the count and with the
        # word for assessments ("11 faibles, 1 critique").
        summary = self.tr("Assessments: {0} ({1}).").format(
            data.total, ", ".join(self._band_count(b, n) for b, n in by_band.items())
        )
        self.status.setText(summary)
        cells = [
            self.tr("{0} likelihood, {1} impact: {2}").format(_likelihood(lik), _impact(imp), n)
            for (lik, imp), n in sorted(data.counts.items(), reverse=True)
        ]
        self.setAccessibleDescription(summary + " " + "; ".join(cells))

    def _band_count(self, band: str, n: int) -> str:
        """ "11 low": the assessments of a band, counted in the person's language."""
        if band == "low":
            return self.tr("%n low", "", n)
        if band == "medium":
            return self.tr("%n medium", "", n)
        if band == "high":
            return self.tr("%n high", "", n)
        return self.tr("%n critical", "", n)

    def _choose_cell(self, likelihood: int, impact: int) -> None:
        """Mark a cell and name it (what Enter would open, for a screen reader)."""
        lik, imp = max(1, min(likelihood, 5)), max(1, min(impact, 5))
        self.current_cell = (lik, imp)
        self._marker.place(QRectF(imp - 0.5, lik - 0.5, 1, 1))
        count = self.data.count(lik, imp) if self.data is not None else 0
        self.plot.setAccessibleName(
            self.tr("{0} likelihood, {1} impact: {2} assessments").format(
                _likelihood(lik), _impact(imp), count
            )
        )

    @slot_while_whole(int, int, keeps="_load_on_show")
    def _on_plot_step_requested(self, across: int, up: int) -> None:
        lik, imp = self.current_cell
        self._choose_cell(lik + up, imp + across)

    @slot_while_whole(object, keeps="_load_on_show")
    def _on_plot_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        imp, lik = round(point.x()), round(point.y())
        if 1 <= lik <= 5 and 1 <= imp <= 5:
            self.open_cell(lik, imp)


class _Cells(QGraphicsItem):
    """The 25 cells and their numbers, drawn by one item in one paint: a rectangle and a
    text item per cell cost the view a paint call each (two thirds of the chart's paint),
    and pyqtgraph's text items lay out a text document each time they are painted."""

    def __init__(self) -> None:
        super().__init__()
        #: (likelihood, impact) -> open assessments; absent: none.
        self.counts: dict[tuple[int, int], int] = {}
        self._font = QFont()
        self._font.setPointSize(self._font.pointSize() + 4)
        self._font.setBold(True)
        self._border = QPen(QColor("white"), 0)
        self._ink = QColor("#202020")
        self._brushes: dict[tuple[str, bool], QColor] = {}
        for band, colour in BAND_COLOURS.items():
            faint = QColor(colour)
            # An empty cell keeps its band, fainter: where a risk would land still shows.
            faint.setAlpha(90)
            self._brushes[band, True] = colour
            self._brushes[band, False] = faint

    def row_height(self) -> int:
        """The least height of a row of cells: its number and a little room."""
        return QFontMetrics(self._font).height() + 6

    def show_counts(self, counts: dict[tuple[int, int], int]) -> None:
        counts = {cell: n for cell, n in counts.items() if n}
        if counts != self.counts:
            self.counts = counts
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0.5, 0.5, 5, 5)

    def paint(self, painter: QPainter, _option: object, _widget: object = None) -> None:
        painter.setPen(self._border)
        for lik in range(1, 6):
            for imp in range(1, 6):
                filled = (lik, imp) in self.counts
                painter.setBrush(self._brushes[charts.score_band(lik, imp), filled])
                painter.drawRect(QRectF(imp - 0.5, lik - 0.5, 1, 1))
        if not self.counts:
            return
        # The numbers in pixels, upright: the view's axes scale and flip the cells.
        to_device = painter.transform()
        painter.setTransform(QTransform())
        painter.setFont(self._font)
        painter.setPen(self._ink)
        centre = Qt.AlignmentFlag.AlignCenter
        for (lik, imp), count in self.counts.items():
            cell = to_device.mapRect(QRectF(imp - 0.5, lik - 0.5, 1, 1))
            painter.drawText(cell, centre, str(count))
        painter.setTransform(to_device)


# The words live in gui/risk_words.py: a risk assessment's form and the list say them too.
_band_word = band_word
_likelihood = likelihood_word
_impact = impact_word
