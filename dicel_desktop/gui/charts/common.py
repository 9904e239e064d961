"""What every chart shares: pyqtgraph's look, "Save as PNG…", the colours of the bands."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRectF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPalette,
    QPen,
    QPicture,
)
from PySide6.QtWidgets import QFileDialog, QGraphicsRectItem, QMenu, QMessageBox, QWidget

from dicel_desktop.gui import band_colours
from dicel_desktop.gui.locale_writing import writing_locale

log = logging.getLogger(__name__)

#: Colours of the three budget figures (Okabe-Ito: told apart with colour blindness too).
ALLOCATED_COLOUR = QColor("#0072B2")
SPENT_COLOUR = QColor("#E69F00")
REMAINING_COLOUR = QColor("#009E73")
OVER_COLOUR = QColor("#D55E00")
#: Score bands of the risk heatmap, low to critical (shared with the risk list).
BAND_COLOURS = band_colours.BAND_COLOURS


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


#: Bars and lines of a one-series chart: the application's accent blue, readable on
#: white and in print.
INK = QColor(37, 99, 160)


def chart_ink(palette: QPalette) -> QColor:
    """The colour of a one-series chart: the accent blue on a light background, the
    palette's highlight on a dark one (yellow in high contrast), where blue is too dim."""
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        return palette.color(QPalette.ColorRole.Highlight)
    return INK


class _FollowPalette(QObject):
    """Gives a plot the new background and axis colours when the theme changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, pg.PlotWidget):
            watched.setBackground(watched.palette().color(QPalette.ColorRole.Base))
            style_axes(watched)
        return False


class NumberAxis(pg.AxisItem):
    """An axis whose numbers are written as the person writes them ("1 600" and "0,5" in
    French, "1,600" in English), as the tiles above the chart write theirs: pyqtgraph
    wrote "1600" and "0.5" whatever the language, and "1e+06" for a million. As many
    decimals as the step between ticks needs, as pyqtgraph chose them."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode or spacing * scale <= 0:
            return super().tickStrings(values, scale, spacing)
        places = max(0, math.ceil(-math.log10(spacing * scale)))
        locale = writing_locale()
        return [locale.toString(float(v * scale), "f", places) for v in values]


def plot_widget(
    parent: QWidget | None = None, *, kind: type[pg.PlotWidget] = pg.PlotWidget
) -> pg.PlotWidget:
    """A plot on the window's own background, without pyqtgraph's zoom and menu (a chart
    here is read and clicked, not explored), whose colours follow the theme."""
    plot = kind(parent=parent)
    palette = plot.palette()
    plot.setBackground(palette.color(QPalette.ColorRole.Base))
    plot.installEventFilter(_FollowPalette(plot))
    item = plot.getPlotItem()
    item.setAxisItems({"left": NumberAxis("left"), "bottom": NumberAxis("bottom")})
    item.setMenuEnabled(False)
    item.hideButtons()
    item.getViewBox().setMouseEnabled(x=False, y=False)
    style_axes(plot)
    # Our own menu ("Save as PNG…") instead of pyqtgraph's.
    plot.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    return plot


#: Arrow keys and the step they ask for: (across, up).
_STEPS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, 1),
    Qt.Key.Key_Down: (0, -1),
}
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class KeyPlot(pg.PlotWidget):
    """A chart whose bars or cells are chosen with the arrow keys and opened with Enter
    (or Space), as a click opens them. The chart marks the part chosen (``Marker``)
    and names it (its accessible name), so a screen reader says what Enter would open.
    """

    #: An arrow key: (across, up), each -1, 0 or 1.
    step_requested = Signal(int, int)
    #: Enter or Space: open what is chosen.
    open_requested = Signal()
    #: The keyboard focus came (True) or went.
    focus_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        shift_f10 = (event.key(), event.modifiers()) == (
            Qt.Key.Key_F10,
            Qt.KeyboardModifier.ShiftModifier,
        )
        if event.key() == Qt.Key.Key_Menu or shift_f10:
            self._request_menu()
            event.accept()
        elif event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif event.key() in _STEPS:
            self.step_requested.emit(*_STEPS[event.key()])
            event.accept()
        elif event.key() in _OPEN_KEYS:
            self.open_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)

    def _request_menu(self) -> None:
        """The menu key: the chart's own menu ("Save as PNG…"), which a plot does not
        pass on by itself (it keeps the right button for pyqtgraph)."""
        owner = self.parentWidget()
        while owner is not None:
            if owner.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
                owner.customContextMenuRequested.emit(self.mapTo(owner, self.rect().center()))
                return
            owner = owner.parentWidget()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)


class Marker:
    """A frame around the bar or cell chosen by keyboard, in the highlight colour (the
    focus ring's), shown while its plot has the focus."""

    def __init__(self, plot: KeyPlot) -> None:
        self._plot = plot
        self.item = QGraphicsRectItem()
        self.item.setZValue(50)  # above bars and cells
        self.item.setVisible(False)
        plot.getPlotItem().addItem(self.item, ignoreBounds=True)
        plot.focus_changed.connect(self._on_plot_focus_changed)

    def place(self, rect: QRectF) -> None:
        pen = QPen(self._plot.palette().color(QPalette.ColorRole.Highlight), 3)
        pen.setCosmetic(True)  # three pixels whatever the scale of the axes
        self.item.setPen(pen)
        self.item.setRect(rect)
        self.item.setVisible(self._plot.hasFocus())

    def _on_plot_focus_changed(self, focused: bool) -> None:
        self.item.setVisible(focused and not self.item.rect().isEmpty())


class AfterPaint(QObject):
    """Calls ``then()`` once ``widget`` has been painted, on a later turn of the event loop
    (or after ``latest_ms`` at the latest: a widget out of sight paints nothing). Two
    plots drawn in one go are painted in one block; drawing the second after the first
    was painted splits that block in two, and the window answers in between."""

    def __init__(self, widget: QWidget, then: Callable[[], None], latest_ms: int = 100) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._run)  # once this paint is done
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        then()


def tick_label_metrics(axis: pg.AxisItem) -> QFontMetricsF:
    """What ``axis`` measures its labels with: its tick font on the QPicture it paints
    into (not the widget's font and screen)."""
    return QFontMetricsF(axis.style["tickFont"] or QFont(), QPicture())


def tick_label_width(axis: pg.AxisItem, text: str) -> float:
    """How wide ``axis`` takes ``text`` to be, as it measures it before writing it."""
    box = QRectF(0, 0, 100, 100)
    return tick_label_metrics(axis).boundingRect(box, Qt.AlignmentFlag.AlignCenter, text).width()


def _label_room(axis: pg.AxisItem) -> float:
    """The room across ``axis`` its labels will take over its present range (their
    widest beside a vertical axis, their tallest under a horizontal one), worked out as
    its paint works it out: the ticks given to it (``setTicks``) or those pyqtgraph
    picks, level by level, a finer level's labels written only while they are not
    crowded. Nothing written takes no room: 0, as its paint sets it (an empty trend's
    months axis kept the 18 pixels it had, then lost them at its first paint, laid out
    and painted again)."""
    low, high = sorted(axis.range)
    vertical = axis.orientation in ("left", "right")
    bounds = axis.geometry()
    length = max(bounds.height() if vertical else bounds.width(), 1.0)
    given = axis._tickLevels  # where pyqtgraph keeps setTicks' levels
    if given is not None:
        levels = [[text for value, text in level if low <= value <= high] for level in given]
    else:
        levels = [
            axis.tickStrings(
                [v for v in values if low <= v <= high],
                axis.autoSIPrefixScale * axis.scale,
                spacing,
            )
            for spacing, values in axis.tickValues(low, high, length)
        ]
    metrics = tick_label_metrics(axis)
    box = QRectF(0, 0, 100, 100)
    along: list[float] = []
    across: list[float] = []
    room = 0.0
    for depth, strings in enumerate(levels[: axis.style["maxTextLevel"] + 1]):
        if not strings:
            continue
        rects = [metrics.boundingRect(box, Qt.AlignmentFlag.AlignCenter, s) for s in strings]
        written = len(along)
        along += [r.height() * 0.8 if vertical else r.width() for r in rects]
        across += [r.width() if vertical else r.height() * 0.8 for r in rects]
        fill = sum(along) / length
        if depth and any(written >= n and fill >= most for n, most in axis.style["textFillLimits"]):
            break  # too crowded: pyqtgraph writes no finer level
        room = max(across)
    return room


def room_for_tick_labels(plot: pg.PlotWidget) -> None:
    """Give each shown axis of ``plot`` the room its labels take before it is painted.

    pyqtgraph measures an axis' labels while painting it: when they need more room (or
    much less) than it has, it widens the axis, lays the plot out again and paints it
    again, so a chart given new data was painted two to four times, its plot jumping
    sideways under the reader's eyes (a first visit of the Finance dashboard: four
    paints after the figures came, the account names' axis going from 30 to 260
    pixels). Measured here as pyqtgraph measures them, the first paint finds its room
    right and changes nothing; a measure that missed costs only the paint it would
    have cost anyway. Call it once the data, ticks and range are set."""
    item = plot.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        if axis.isVisible() and axis.style["showValues"]:
            axis._updateMaxTextSize(_label_room(axis))  # what its paint calls with it
    # The new room in place now, not after the first paint.
    item.layout.activate()


def style_axes(plot: pg.PlotWidget) -> None:
    """Axes in the palette's text colour (again after replacing an axis)."""
    text = plot.palette().color(QPalette.ColorRole.Text)
    for name in ("left", "bottom"):
        axis = plot.getPlotItem().getAxis(name)
        axis.setTextPen(text)
        axis.setPen(text)


def offer_save_as_png(chart: QWidget, name: str) -> None:
    """A context menu on ``chart`` (and its children) with "Save as PNG…": the widget as
    it is on screen, legend and choosers included."""
    chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(pos: QPoint) -> None:
        menu = QMenu(chart)
        action = QAction(QCoreApplication.translate("Charts", "Save as PNG…"), menu)
        action.triggered.connect(lambda: save_as_png(chart, name))
        menu.addAction(action)
        menu.popup(chart.mapToGlobal(pos))

    chart.customContextMenuRequested.connect(show_menu)


def save_as_png(chart: QWidget, name: str, path: str | None = None) -> bool:
    """Ask where (unless ``path``) and write the chart; whether it was written."""
    if path is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _ = QFileDialog.getSaveFileName(
            chart,
            QCoreApplication.translate("Charts", "Save as PNG"),
            f"{folder}/{name}.png",
            QCoreApplication.translate("Charts", "PNG images (*.png)"),
        )
        if not path:
            return False
    if not path.lower().endswith(".png"):
        path += ".png"
    if chart.grab().save(path, "PNG"):
        return True
    log.warning("Could not write the chart to %s", path)
    QMessageBox.warning(
        chart,
        QCoreApplication.translate("Charts", "Save as PNG"),
        QCoreApplication.translate(
            "Charts",
            "The picture could not be written to {path}. Choose a folder you may write to.",
        ).replace("{path}", path),
    )
    return False


class NamedFilters(tuple):
    """The filters of a figure's rows (a tuple of ``services.listing`` filters, as
    ``records_requested`` carries them) with what was clicked in the person's words
    ("Likely x Major", with a multiplication sign): the list they open says whose
    records it shows."""

    words: str

    def __new__(cls, filters, words: str) -> NamedFilters:
        made = super().__new__(cls, filters)
        made.words = words
        return made


def filters_words(filters: object) -> str:
    """What a figure's filters were said as ("" when they were not named)."""
    return getattr(filters, "words", "") or ""
