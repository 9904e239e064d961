"""A date field's calendar shows which days it offers: the days outside its range are
painted out of reach (Qt refuses a click on them but painted them as the others), and
Today is not offered when today is outside the range (it filled in a day the step then
refused)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from dicel_desktop.gui.editors.dates import DateEditor
from dicel_desktop.services.forms import table_fields


def _ink(calendar, day: dt.date) -> set[QColor]:
    """The colours of the strokes the calendar paints for ``day``'s cell (its text):
    every pixel that is not the white it was painted on."""
    image = QImage(40, 30, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    calendar.paintCell(painter, QRect(0, 0, 40, 30), QDate(day.year, day.month, day.day))
    painter.end()
    colours = {image.pixelColor(x, y).rgb() for x in range(40) for y in range(30)}
    colours.discard(QColor(Qt.GlobalColor.white).rgb())
    return colours


def _darkest(colours) -> int:
    return min(QColor.fromRgb(c).lightness() for c in colours)


def test_days_past_the_last_offered_are_painted_out_of_reach(qtbot):
    editor = DateEditor(table_fields("payroll_periods")["paid_date"])
    qtbot.addWidget(editor)
    # Days of one month, both weekdays (a weekend's red or the next month's grey would
    # stand apart for reasons of their own).
    last = dt.date(2026, 3, 18)
    editor.set_range(dt.date(2026, 2, 1), last)
    editor.open_calendar()
    calendar = editor.popup.calendar
    calendar.setCurrentPage(2026, 3)
    past = _ink(calendar, last - dt.timedelta(days=1))
    ahead = _ink(calendar, last + dt.timedelta(days=1))
    assert past and ahead  # both days are written
    grey = calendar.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    # The day ahead is written in the disabled grey, lighter than an offered day's ink.
    assert grey.rgb() in ahead
    assert _darkest(ahead) > _darkest(past)


def test_today_is_not_offered_outside_the_range_and_says_why(qtbot):
    editor = DateEditor(table_fields("payroll_periods")["paid_date"])
    qtbot.addWidget(editor)
    today = dt.date.today()
    editor.set_range(today - dt.timedelta(days=40), today - dt.timedelta(days=10))
    editor.open_calendar()
    button = editor.popup.today_button
    assert not button.isEnabled()
    assert button.toolTip() == "Today is not one of the days offered here."
    editor.popup.hide()
    editor.set_range(today - dt.timedelta(days=40), today)
    editor.open_calendar()
    assert button.isEnabled()
    assert button.toolTip() == ""
