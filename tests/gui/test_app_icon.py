"""The application icon every window shows (and the taskbar and Alt+Tab with it)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from dicel_desktop.gui.app_icon import app_icon


def test_the_icon_has_a_drawn_picture_for_small_and_large_sizes(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
    # The 16 px picture is its own drawing, not the big one shrunk: a blue tile whose
    # middle holds the white letter.
    small = icon.pixmap(QSize(16, 16)).toImage()
    corner, middle = QColor(small.pixel(3, 12)), QColor(small.pixel(5, 8))
    assert corner.blue() > 2 * corner.red()
    assert min(middle.red(), middle.green(), middle.blue()) > 200
