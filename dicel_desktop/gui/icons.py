"""Module icons: one set of line icons (resources/icons/modules/*.svg, 24 x 24, one stroke
width) drawn in the palette's text colour, so they follow the theme (high contrast, dark).

The SVGs say ``stroke="currentColor"``; Qt's SVG renderer has no "current colour", so
the colour is written into the text before it is drawn.
"""

from __future__ import annotations

import logging
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

#: Sizes drawn for each icon: menus and tabs (16), toolbars (24), high-DPI screens.
SIZES = (16, 20, 24, 32, 48)
#: The icon of "My work", which is no department module.
MY_WORK = "my_work"


def icons_dir() -> Path:
    """Where ``resources/icons`` is: beside the package in a checkout, inside a frozen
    build (installer.spec copies ``resources/``)."""
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return root / "resources" / "icons"


@cache
def _svg_text(key: str) -> str | None:
    path = icons_dir() / "modules" / f"{key}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        # A tab without its icon is still a tab: say so in the log, draw nothing.
        log.warning("No module icon at %s", path)
        return None


def _pixmap(svg: str, colour: QColor, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode()))
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def module_icon(key: str, palette: QPalette | None = None) -> QIcon:
    """The icon of a module (``Module.key``, or ``MY_WORK``) in ``palette``'s colours
    (default: the application's); an empty icon if its file is missing."""
    svg = _svg_text(key)
    if svg is None:
        return QIcon()
    palette = palette if palette is not None else QGuiApplication.palette()
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0
    group = QPalette.ColorGroup
    role = QPalette.ColorRole
    colours = (
        (QIcon.Mode.Normal, palette.color(group.Active, role.WindowText)),
        (QIcon.Mode.Active, palette.color(group.Active, role.WindowText)),
        (QIcon.Mode.Selected, palette.color(group.Active, role.HighlightedText)),
        (QIcon.Mode.Disabled, palette.color(group.Disabled, role.WindowText)),
    )
    icon = QIcon()
    for mode, colour in colours:
        for size in SIZES:
            icon.addPixmap(_pixmap(svg, colour, size, ratio), mode)
    return icon
