"""The budget chart: allocated, spent and remaining as grouped bars per department or
per category for a fiscal year, and the year's spending month by month against the
straight-line budget.

Figures come from ``services.charts.budget_chart`` on the DB worker (finance and admin:
every department; a department's manager: their own). An over-budget group is hatched
and labelled "Over budget", not only coloured. Hovering a group shows its exact amounts
in the locale's money format; clicking a bar (or a month) asks for the expenses behind
it (``records_requested``).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.charts.budget_items import LabelAxis, MoneyAxis, SignSample
from dicel_desktop.gui.charts.common import (
    ALLOCATED_COLOUR,
    OVER_COLOUR,
    REMAINING_COLOUR,
    SPENT_COLOUR,
    AfterPaint,
    KeyPlot,
    Marker,
    offer_save_as_png,
    plot_widget,
    room_for_tick_labels,
    style_axes,
)
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.numbers import NumberMarks, format_money, write_money
from dicel_desktop.gui.translations import tr_department
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import charts
from dicel_desktop.services.charts import BudgetFigure, OverLine

log = logging.getLogger(__name__)

#: Width of one bar, and where the three bars of a group sit around its centre.
BAR_WIDTH = 0.26
OFFSETS = (-0.28, 0.0, 0.28)
CURRENCY = "RWF"


class BudgetChart(QWidget):
    #: (table, filters): the person clicked a bar; the container opens that list.
    records_requested = Signal(str, object)
    #: New figures are on screen (tests and the benchmark wait for it).
    shown = Signal()

    def __init__(self, worker: DbWorker, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetChart")
        self._worker = worker
        self.role = role
        self.data: charts.BudgetChart | None = None
        self._request: int | None = None
        #: The groups of bars on screen: by department or by category.
        self.figures: tuple[BudgetFigure, ...] = ()
        #: The months' plot waits for the bars to be painted (``_draw``).
        self._months_pending = False

        self.year_box = QComboBox()
        self.year_box.setAccessibleName(self.tr("Fiscal year"))
        self.group_box = QComboBox()
        self.group_box.addItem(self.tr("By department"), "department")
        self.group_box.addItem(self.tr("By category"), "category")
        self.group_box.setAccessibleName(self.tr("Group the bars"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        choosers = QHBoxLayout()
        year_label = QLabel(self.tr("Fiscal &year:"))  # Alt+F is the File menu (keys38)
        year_label.setBuddy(self.year_box)
        choosers.addWidget(year_label)
        choosers.addWidget(self.year_box)
        choosers.addWidget(self.group_box)
        choosers.addWidget(self.status, 1)

        #: The group of bars, and the month, that Enter opens (the arrow keys choose).
        self.current_group = 0
        self.current_month = 1
        self.bars = plot_widget(kind=KeyPlot)
        self._bar_axis = LabelAxis("bottom")
        self.bars.getPlotItem().setAxisItems({"left": MoneyAxis("left"), "bottom": self._bar_axis})
        style_axes(self.bars)
        self.bars.getPlotItem().setLabel("left", self.tr("Million RWF"))
        text = self.palette().color(QPalette.ColorRole.Text)
        self.bars.getPlotItem().addLegend(offset=(-10, 2), colCount=4, labelTextColor=text)
        self.months = plot_widget(kind=KeyPlot)
        self.months.setAccessibleName(self.tr("Spending month by month"))
        self.months.setAccessibleDescription(
            self.tr("The arrow keys choose a month, Enter opens its expenses.")
        )
        self.months.getPlotItem().setAxisItems({"left": MoneyAxis("left")})
        style_axes(self.months)
        self.months.getPlotItem().setLabel("left", self.tr("Million RWF, year to date"))
        self.months.getPlotItem().addLegend(offset=(10, 10), labelTextColor=text)
        locale = QLocale()
        self.months.getPlotItem().getAxis("bottom").setTicks(
            [[(m, locale.monthName(m, QLocale.FormatType.ShortFormat)) for m in range(1, 13)]]
        )

        self._build_items()
        self._bar_marker = Marker(self.bars)
        self._month_marker = Marker(self.months)

        layout = QVBoxLayout(self)
        layout.addLayout(choosers)
        layout.addWidget(self.bars, 3)
        layout.addWidget(self.months, 2)
        offer_save_as_png(self, "budgets")

        self.year_box.activated.connect(self._on_year_box_activated)
        self.group_box.currentIndexChanged.connect(self._draw)
        self.bars.scene().sigMouseMoved.connect(self._on_bars_mouse_moved)
        self.bars.scene().sigMouseClicked.connect(self._on_bars_mouse_clicked)
        self.months.scene().sigMouseClicked.connect(self._on_months_mouse_clicked)
        self.bars.step_requested.connect(self._on_bars_step_requested)
        self.bars.open_requested.connect(self._on_bars_open_requested)
        self.bars.focus_changed.connect(self._on_bars_focus_changed)
        self.months.step_requested.connect(self._on_months_step_requested)
        self.months.open_requested.connect(self._on_months_open_requested)
        self.months.focus_changed.connect(self._on_months_focus_changed)

    # ----------------------------------------------------------------- public API

    def reload(self, year: int | None = None) -> None:
        """Read the figures again (of ``year``, else of the year chosen)."""
        if year is None and self.data is not None:
            year = self.data.year
        if self._request is not None:
            self._worker.cancel(self._request)
        self._request = self._worker.submit(
            functools.partial(charts.budget_chart, year=year), self._on_loaded, self._on_failed
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.data is None and self._request is None:
            self.reload()

    @property
    def drawn(self) -> bool:
        """Both plots show the latest figures (the months follow the bars' paint)."""
        return self.data is not None and not self._months_pending

    def group_at(self, x: float) -> int | None:
        """The group of bars around ``x`` (view coordinates), if any."""
        i = round(x)
        if 0 <= i < len(self.figures) and abs(x - i) <= 0.45:
            return i
        return None

    def tooltip(self, index: int) -> str:
        f = self.figures[index]
        name = self._group_name(f)
        lines = [
            f"<b>{name}</b>",
            self.tr("Allocated: {0}").format(_money(f.allocated)),
            self.tr("Spent: {0}").format(_money(f.spent)),
            self.tr("Remaining: {0}").format(_money(f.remaining)),
        ]
        if f.over_budget:
            lines.append(self.tr("Over budget by {0}").format(_money(f.spent - f.allocated)))
        if f.lines_over and self.data is not None:
            lines.append(self._over_words(f))
            lines += [
                self.tr("{0}: {1} over").format(self._line_name(line), _money(line.over_by))
                for line in self._lines_of(f)
            ]
        return "<br>".join(lines)

    def _over_words(self, f: BudgetFigure) -> str:
        """ "Over budget", or "1 line over budget" where the group's total is within it."""
        if f.over_budget:
            return self.tr("Over budget")
        if f.lines_over == 1:
            return self.tr("1 line over budget")
        return self.tr("{0} lines over budget").format(f.lines_over)

    def _mark(self, f: BudgetFigure) -> str:
        """What stands above a group's bars: "Over budget", or, for a group within its
        total holding lines over, a warning sign and their count (twelve departments
        leave no room for the words; the tooltip and the sentence above say them)."""
        if f.over_budget:
            return self.tr("Over budget")
        return f"\N{WARNING SIGN} {f.lines_over}"

    def sign_words(self) -> str:
        """The legend's words for the warning sign and its count (``_mark``)."""
        return self.tr("Number of lines over budget")

    def _lines_of(self, f: BudgetFigure) -> list[OverLine]:
        """The lines over budget in group ``f`` (its department's, or its category's)."""
        assert self.data is not None
        by_category = self.figures is self.data.by_category
        return [
            line
            for line in self.data.over_lines
            if (line.category if by_category else line.department) == f.label
        ]

    def _line_name(self, line: OverLine) -> str:
        department = tr_department(line.department) or self.tr("No department")
        return f"{department} \N{MIDDLE DOT} {line.category}"

    def _group_name(self, f: BudgetFigure) -> str:
        """A bar's name: a category as written, a department the program knows in the
        reader's words, as its tab (« Stocks », not "Inventory"; eye38, 2)."""
        if self.data is not None and self.figures is self.data.by_category:
            return f.label or self.tr("No department")
        return tr_department(f.label) or self.tr("No department")

    def open_group(self, index: int, month: int | None = None) -> None:
        """Ask for the expenses behind a group of bars (or a month, if given)."""
        if self.data is None or self.data.year is None:
            return
        kwargs: dict[str, object] = {}
        if index >= 0:
            f = self.figures[index]
            key = "department_id" if self._grouping == "department" else "category"
            kwargs[key] = f.key
        self.records_requested.emit(
            "expenses", charts.expense_filters(self.data.year, month=month, **kwargs)
        )

    def bar_position(self, index: int) -> QPoint:
        """Where the spent bar of a group is, in the bar plot's viewport (tests click it)."""
        f = self.figures[index]
        vb = self.bars.getPlotItem().getViewBox()
        scene = vb.mapViewToScene(QPointF(index, float(max(f.spent, f.allocated)) / 2))
        return self.bars.mapFromScene(scene)

    # ----------------------------------------------------------------- drawing

    @property
    def _grouping(self) -> str:
        return self.group_box.currentData()

    def _on_loaded(self, data: charts.BudgetChart) -> None:
        self._request = None
        self.data = data
        if [self.year_box.itemData(i) for i in range(self.year_box.count())] != list(data.years):
            self.year_box.clear()
            for year in data.years:
                self.year_box.addItem(str(year), year)
        if data.year is not None:
            self.year_box.setCurrentIndex(data.years.index(data.year))
        self._draw()

    def _on_failed(self, error: BaseException) -> None:
        self._request = None
        log.info("The budget chart could not be read: %s", error)
        self.status.setText(describe_error(error))

    def _build_items(self) -> None:
        """The plots' items, made once: a redraw gives them new data, which costs a
        fraction of making them (and their legend entries) again."""
        bars = self.bars.getPlotItem()
        self._series: list[pg.BarGraphItem] = []
        for name, colour, offset in (
            (self.tr("Allocated"), ALLOCATED_COLOUR, OFFSETS[0]),
            (self.tr("Spent"), SPENT_COLOUR, OFFSETS[1]),
            (self.tr("Remaining"), REMAINING_COLOUR, OFFSETS[2]),
        ):
            item = pg.BarGraphItem(
                x=[offset],
                height=[0.0],
                width=BAR_WIDTH,
                brush=colour,
                pen=pg.mkPen(colour.darker(130)),
                name=name,
            )
            bars.addItem(item)
            self._series.append(item)
        # Hatched over the spent bar, and a word above it: not colour alone.
        self._over = pg.BarGraphItem(
            x=[OFFSETS[1]],
            height=[0.0],
            width=BAR_WIDTH,
            brush=QBrush(OVER_COLOUR, Qt.BrushStyle.BDiagPattern),
            # Cosmetic (pixels, not units of the axis): a width of 2 units drew a solid
            # block over the neighbouring groups (a user-eye review).
            pen=pg.mkPen(OVER_COLOUR, width=2),
        )
        self._over.setVisible(False)
        bars.addItem(self._over)
        self._over_in_legend = False
        #: The legend's entry for the warning sign and count above a group within its
        #: total holding lines over budget (eye29b: "⚠ 1" had no legend): shown while one is.
        self._sign_sample = SignSample()
        self._sign_in_legend = False
        #: "Over budget" words, one per over-budget group, reused from draw to draw.
        self._over_labels: list[pg.TextItem] = []

        months = self.months.getPlotItem()
        self._straight_line = months.plot(
            [],
            [],
            pen=pg.mkPen(ALLOCATED_COLOUR, width=2, style=Qt.PenStyle.DashLine),
            antialias=True,
            name=self.tr("Straight-line budget"),
        )
        self._spent_line = months.plot(
            [],
            [],
            pen=pg.mkPen(SPENT_COLOUR, width=3),
            antialias=True,
            symbol="o",
            symbolBrush=SPENT_COLOUR,
            name=self.tr("Spent"),
        )
        months.getViewBox().setXRange(0.5, 12.5, padding=0)

    @slot_while_whole(keeps="_worker")
    def _draw(self) -> None:
        """The bars now, the months once the bars are painted (each plot's paint a block of
        its own: the window answers between the two); ``shown`` when both are."""
        if self.data is None:
            return
        self._draw_bars()
        if self._months_pending:
            return  # the months' turn is coming: it draws the latest data
        if self.bars.isVisible():
            self._months_pending = True
            AfterPaint(self.bars.viewport(), self._draw_months)
        else:
            self._draw_months()

    def _draw_bars(self) -> None:
        data = self.data
        assert data is not None
        self.figures = data.by_department if self._grouping == "department" else data.by_category
        bars = self.bars.getPlotItem()
        self._bar_axis.names = [self._group_name(f) for f in self.figures]
        self._bar_axis.picture = None  # the names changed: lay the axis out again
        self._bar_axis.update()
        n = len(self.figures)
        values = (
            [f.allocated for f in self.figures],
            [f.spent for f in self.figures],
            [max(f.remaining, 0) for f in self.figures],
        )
        for item, heights, offset in zip(self._series, values, OFFSETS, strict=True):
            item.setOpts(x=[i + offset for i in range(n)], height=[float(v) for v in heights])
        over = [i for i, f in enumerate(self.figures) if f.over_budget]
        self._over.setVisible(bool(over))
        if over:
            self._over.setOpts(
                x=[i + OFFSETS[1] for i in over],
                height=[float(self.figures[i].spent) for i in over],
            )
        legend = bars.legend
        if bool(over) != self._over_in_legend:
            if over:
                legend.addItem(self._over, self.tr("Over budget"))
            else:
                legend.removeItem(self._over)
            self._over_in_legend = bool(over)
        signed = any(f.lines_over and not f.over_budget for f in self.figures)
        if signed != self._sign_in_legend:
            if signed:
                legend.addItem(self._sign_sample, self.sign_words())
            else:
                legend.removeItem(self.sign_words())
            self._sign_in_legend = signed
        # A word above each group over budget, or holding a line that is (its total may
        # be within budget: the line is what its manager must see).
        marked = [i for i, f in enumerate(self.figures) if f.over_budget or f.lines_over]
        while len(self._over_labels) < len(marked):
            label = pg.TextItem("", color=OVER_COLOUR, anchor=(0.5, 1))
            bars.addItem(label)
            self._over_labels.append(label)
        for k, label in enumerate(self._over_labels):
            label.setVisible(k < len(marked))
            if k < len(marked):
                f = self.figures[marked[k]]
                label.setText(self._mark(f))
                label.setPos(marked[k], float(max(f.spent, f.allocated)))
        bars.getViewBox().setXRange(-0.6, max(n, 1) - 0.4, padding=0)
        top = max([float(max(f.allocated, f.spent)) for f in self.figures] or [1.0])
        # Room above the tallest bar for its label and the legend.
        bars.getViewBox().setYRange(0, top * 1.22, padding=0)
        room_for_tick_labels(self.bars)
        # The words describe both plots: the whole answer is there already.
        self._describe()
        self.current_group = min(self.current_group, max(n - 1, 0))
        self._choose_group(self.current_group)

    def _draw_months(self) -> None:
        self._months_pending = False
        data = self.data
        if data is None:
            return
        axis = list(range(1, 13))
        self._straight_line.setData(axis, [float(v) for v in data.straight_line()])
        # The server's spending, counted to the company's day read with it.
        so_far = data.months_so_far(data.today or dt.date.today())
        self._spent_line.setData(
            axis[:so_far], [float(v) for v in data.cumulative_spent()[:so_far]]
        )
        top = max(float(data.allocated), float(data.cumulative_spent()[-1]), 1.0)
        self.months.getPlotItem().getViewBox().setYRange(0, top * 1.05, padding=0)
        room_for_tick_labels(self.months)
        self._choose_month(self.current_month)
        self.shown.emit()

    def _describe(self) -> None:
        """The chart in words, for screen readers and the status line."""
        data = self.data
        if data is None or data.year is None:
            text = self.tr("No budget you may see.")
            self.status.setText(text)
            self.setAccessibleDescription(text)
            return
        marks = NumberMarks.from_qlocale(QLocale())
        # Each line over its allocation, whatever the grouping: a group's total can hide one.
        over = [
            self.tr("{0} ({1} over)").format(self._line_name(line), _money(line.over_by, marks))
            for line in data.over_lines
        ]
        parts = [
            self.tr("Budgets of {0}: allocated {1}, spent {2}.").format(
                data.year,
                _money(data.allocated, marks),
                _money(sum((f.spent for f in data.by_department), Decimal(0)), marks),
            )
        ]
        parts.append(
            self.tr("Over budget: {0}.").format(", ".join(over))
            if over
            else self.tr("Nothing over budget.")
        )
        self.status.setText(" ".join(parts))
        details = [
            self.tr("{0}: allocated {1}, spent {2}, remaining {3}{4}.").format(
                self._group_name(f),
                _money(f.allocated, marks),
                _money(f.spent, marks),
                _money(f.remaining, marks),
                self.tr(", over budget")
                if f.over_budget
                else (", " + self._over_words(f) if f.lines_over else ""),
            )
            for f in self.figures
        ]
        line = data.cumulative_spent()
        month = max((m for m in range(12) if data.monthly_spent[m] > 0), default=None)
        if month is not None:
            details.append(
                self.tr("Spent to the end of {0}: {1}, against {2} spending evenly.").format(
                    QLocale().monthName(month + 1),
                    _money(line[month], marks),
                    _money(data.straight_line()[month], marks),
                )
            )
        self.bars.setAccessibleDescription(
            self.tr("Budget {0}. The arrow keys choose a group, Enter opens its expenses.").format(
                self.group_box.currentText().lower()
            )
        )
        self.setAccessibleDescription(" ".join(parts + details))

    # ----------------------------------------------------------------- keyboard

    def _choose_group(self, index: int) -> None:
        """Mark the group ``index`` and name it, for Enter and for a screen reader."""
        if not self.figures:
            self.bars.setAccessibleName(self.tr("Budget bars: none"))
            return
        self.current_group = max(0, min(index, len(self.figures) - 1))
        f = self.figures[self.current_group]
        top = float(max(f.allocated, f.spent, Decimal(0)))
        self._bar_marker.place(QRectF(self.current_group - 0.45, 0, 0.9, top))
        self.bars.setAccessibleName(_plain(self.tooltip(self.current_group)))
        if self.bars.hasFocus():
            global_pos = self.bars.mapToGlobal(self.bar_position(self.current_group))
            QToolTip.showText(global_pos, self.tooltip(self.current_group), self.bars)

    def _choose_month(self, month: int) -> None:
        self.current_month = max(1, min(month, 12))
        data = self.data
        if data is None or data.year is None:
            return
        m = self.current_month
        spent = data.cumulative_spent()[m - 1]
        planned = data.straight_line()[m - 1]
        self._month_marker.place(QRectF(m - 0.4, 0, 0.8, float(max(spent, planned))))
        self.months.setAccessibleName(
            self.tr("{0}: spent {1} to date, against {2} spending evenly").format(
                QLocale().monthName(m), _money(spent), _money(planned)
            )
        )

    @slot_while_whole(int, int, keeps="_worker")
    def _on_bars_step_requested(self, across: int, up: int) -> None:
        self._choose_group(self.current_group + (across or -up))

    @slot_while_whole(keeps="_worker")
    def _on_bars_open_requested(self) -> None:
        if self.figures:
            self.open_group(self.current_group)

    @slot_while_whole(bool, keeps="_worker")
    def _on_bars_focus_changed(self, focused: bool) -> None:
        if focused:
            self._choose_group(self.current_group)

    @slot_while_whole(int, int, keeps="_worker")
    def _on_months_step_requested(self, across: int, up: int) -> None:
        self._choose_month(self.current_month + (across or -up))

    @slot_while_whole(keeps="_worker")
    def _on_months_open_requested(self) -> None:
        self.open_group(-1, month=self.current_month)

    @slot_while_whole(bool, keeps="_worker")
    def _on_months_focus_changed(self, focused: bool) -> None:
        if focused:
            self._choose_month(self.current_month)

    # ----------------------------------------------------------------- slots

    @slot_while_whole(int, keeps="_worker")
    def _on_year_box_activated(self, index: int) -> None:
        self.reload(self.year_box.itemData(index))

    def _view_x(self, plot: pg.PlotWidget, scene_pos) -> float | None:
        vb = plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        return vb.mapSceneToView(scene_pos).x()

    @slot_while_whole(object, keeps="_worker")
    def _on_bars_mouse_moved(self, scene_pos) -> None:
        x = self._view_x(self.bars, scene_pos)
        index = self.group_at(x) if x is not None else None
        if index is None:
            QToolTip.hideText()
            return
        global_pos = self.bars.mapToGlobal(self.bars.mapFromScene(scene_pos))
        QToolTip.showText(global_pos, self.tooltip(index), self.bars)

    @slot_while_whole(object, keeps="_worker")
    def _on_bars_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = self._view_x(self.bars, event.scenePos())
        index = self.group_at(x) if x is not None else None
        if index is not None:
            self.open_group(index)

    @slot_while_whole(object, keeps="_worker")
    def _on_months_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = self._view_x(self.months, event.scenePos())
        if x is not None and 1 <= round(x) <= 12:
            self.open_group(-1, month=round(x))


def _plain(html: str) -> str:
    """A tooltip's lines as one sentence for a screen reader."""
    text = html.replace("<br>", "; ")
    for tag in ("<b>", "</b>"):
        text = text.replace(tag, "")
    return text


def _money(amount: Decimal, marks: NumberMarks | None = None) -> str:
    """RWF in the locale's money format (``marks``: the locale's, read once by a caller
    that writes many amounts)."""
    if marks is not None:
        return write_money(amount, CURRENCY, marks)
    return format_money(amount, CURRENCY, QLocale())
