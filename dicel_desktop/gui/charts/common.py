"""What every chart shares: pyqtgraph's look, "Save as PNG…", the colours of the bands."""

from __future__ import annotations

import logging

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QStandardPaths, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

log = logging.getLogger(__name__)

#: Colours of the three budget figures (Okabe-Ito: told apart with colour blindness too).
ALLOCATED_COLOUR = QColor("#0072B2")
SPENT_COLOUR = QColor("#E69F00")
REMAINING_COLOUR = QColor("#009E73")
OVER_COLOUR = QColor("#D55E00")
#: Score bands of the risk heatmap, low to critical.
BAND_COLOURS = {
    "low": QColor("#8fd19e"),
    "medium": QColor("#ffe08a"),
    "high": QColor("#ffa25f"),
    "critical": QColor("#e0474c"),
}


def plot_widget(parent: QWidget | None = None) -> pg.PlotWidget:
    """A plot on the window's own background, without pyqtgraph's zoom and menu (a chart
    here is read and clicked, not explored)."""
    plot = pg.PlotWidget(parent=parent)
    palette = plot.palette()
    plot.setBackground(palette.color(QPalette.ColorRole.Base))
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.getViewBox().setMouseEnabled(x=False, y=False)
    style_axes(plot)
    # Our own menu ("Save as PNG…") instead of pyqtgraph's.
    plot.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    return plot


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
