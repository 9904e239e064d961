"""A line of words across the top of a window: what went wrong (reddish), or what is
going on or just happened (bluish). Hidden while there is nothing to say; its text can be
selected and copied for IT. A screen reader says each message as it comes: a problem at
once, a note when the reader is done with what it was saying."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

#: (background, text) of a problem, and of a note.
_PROBLEM = ("#fdecea", "#5f1b16")
_NOTE = ("#e8f0fe", "#1a3a6b")

#: Qt's hand-off to a screen reader (a name of this module's, which tests listen to).
update_accessibility = QAccessible.updateAccessibility


class MessageBar(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAutoFillBackground(True)
        self.setContentsMargins(8, 6, 8, 6)
        self.hide()

    def say(self, text: str, *, problem: bool = True) -> None:
        background, words = _PROBLEM if problem else _NOTE
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(words))
        self.setPalette(palette)
        self.setText(text)
        self.show()
        announcement = QAccessibleAnnouncementEvent(self, text)
        politeness = QAccessible.AnnouncementPoliteness
        announcement.setPoliteness(politeness.Assertive if problem else politeness.Polite)
        update_accessibility(announcement)

    def clear_message(self) -> None:
        self.clear()
        self.hide()
