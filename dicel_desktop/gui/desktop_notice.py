"""Telling the person about new work while the window is in the background.

Where the desktop has a system tray that shows messages (Windows, KDE, most GNOME setups
with an AppIndicator extension, macOS), a tray icon appears with the first notice and
shows it as a desktop notification; clicking the message or the icon brings the window
back. Where there is none (plain GNOME without the extension, a kiosk session, the
offscreen platform of the tests), the window's taskbar entry asks for attention instead
(``QApplication.alert``: it flashes or is marked until the window is activated), and the
count stays on the "My work" tab.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

#: How long a notification stays up where the desktop lets the program say.
MESSAGE_MS = 10_000


class DesktopNotice(QObject):
    #: The person clicked the notification or the tray icon.
    clicked = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._tray: QSystemTrayIcon | None = None
        #: The last notice given: (title, text, "tray" or "alert"); tests read it.
        self.last: tuple[str, str, str] | None = None

    @staticmethod
    def desktop_has_tray() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def notify(self, title: str, text: str) -> None:
        if self.desktop_has_tray():
            tray = self._tray or self._make_tray()
            tray.setToolTip(text)
            tray.show()
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
            how = "tray"
        else:
            QApplication.alert(self._window)
            how = "alert"
        self.last = (title, text, how)

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()

    def _make_tray(self) -> QSystemTrayIcon:
        icon = self._window.windowIcon()
        if icon.isNull():
            icon = QApplication.windowIcon()
        if icon.isNull():
            # A tray icon without an icon is invisible on most desktops.
            icon = self._window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self._tray = QSystemTrayIcon(QIcon(icon), self)
        self._tray.messageClicked.connect(self.clicked)
        self._tray.activated.connect(lambda _reason: self.clicked.emit())
        return self._tray
