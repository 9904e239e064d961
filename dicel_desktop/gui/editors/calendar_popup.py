"""The pieces of a date field: the text box that asks for the calendar, and the calendar
that drops down below it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.collected import slot_while_whole

__all__ = ["BoundedCalendar", "CalendarPopup", "DateLine"]


class BoundedCalendar(QCalendarWidget):
    """A month whose days outside the range offered look out of reach. Qt's calendar
    refuses a click on them but paints them as the others (its cell format greys only
    the days of the months around), so a payment dialog offering up to today showed
    the rest of the month as if it could be picked."""

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        if self.minimumDate() <= date <= self.maximumDate():
            super().paintCell(painter, rect, date)
            return
        painter.save()
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.locale().toString(date.day()))
        painter.restore()


class CalendarPopup(QFrame):
    """The calendar below a date field: Enter or a click picks, Esc closes."""

    picked = Signal(QDate)
    #: "Today" (or "Now"): the editor knows what that means for its kind.
    today_requested = Signal()
    cleared = Signal()

    def __init__(
        self, parent: QWidget, *, locale: QLocale, today_text: str, clearable: bool
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = BoundedCalendar()
        # The person's locale: month names, and the week starting on their first day.
        self.calendar.setLocale(locale)
        self.calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        self.today_button = QPushButton(today_text)
        self.today_button.clicked.connect(self._today)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self._clear)
        self.clear_button.setVisible(clearable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.today_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        layout.addLayout(buttons)
        self.setFocusProxy(self.calendar)

    @slot_while_whole(QDate, keeps="calendar")
    def _pick(self, date: QDate) -> None:
        self.hide()
        self.picked.emit(date)

    @slot_while_whole(keeps="calendar")
    def _today(self) -> None:
        self.hide()
        self.today_requested.emit()

    @slot_while_whole(keeps="calendar")
    def _clear(self) -> None:
        self.hide()
        self.cleared.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateLine(QLineEdit):
    """The text of a date; asks for the calendar (Alt+Down, F4) and a day more or less
    (Up, Down) rather than handling them itself."""

    calendar_requested = Signal()
    step_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
        ):
            self.calendar_requested.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.isReadOnly():
            self.step_requested.emit(1 if key == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)
