"""The application's icon, for every window, the taskbar and the Alt+Tab switcher."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from dicel_desktop.resources import app_icon_files


def app_icon() -> QIcon:
    """The icon from its rendered PNGs, one per size, so small sizes stay crisp (a single
    big picture scaled down blurs at 16 px); an empty icon when the files are missing."""
    icon = QIcon()
    for path in app_icon_files():
        icon.addFile(str(path))
    return icon
