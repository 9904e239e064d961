"""The day a window proposes, or offers as today, is the company's day
(``dicel_company_day()``, migration 0069), as the database counts the day it then asks,
not the desktop's date: a new feedback's received day (DW426), the day a payment was
received (DW309) or paid out, the day a recovery case was settled (DW430) and the one a
write-off stamps, and a date field's Today. A laptop on UTC at 23:30 Kigali time is still
"yesterday"; a clock a day off is a day off. The company is put in a time zone whose day
is not the desktop's (``helpers.company_a_day_off``), so the two differ whichever way,
and each day proposed is then saved, as the clerks who keep them, against real
PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import company_a_day_off
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

WAIT_MS = 30_000  # a deadline for a failing test on a busy machine, not a measurement

pytestmark = pytest.mark.usefixtures("rwanda")


def _todays_button(qtbot, editor) -> tuple[dt.date, QDate]:
    """The day the calendar's Today gives the (emptied) field, and the day it opens on."""
    editor.set_value(None)
    editor.open_calendar()
    opened_on = editor.popup.calendar.selectedDate()
    qtbot.mouseClick(editor.popup.today_button, Qt.MouseButton.LeftButton)
    assert editor.popup.isHidden()
    return editor.value(), opened_on


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_a_new_feedback_opens_received_on_the_companys_day(qtbot, logins, desk):
    """It opened received on the desktop's date: a day ahead of the company's, the
    window refused its own proposal (and the database would have); a day behind, it
    filed the feedback a day early."""
    company_today = company_a_day_off(logins)
    window = desk(logins.person("cx")).new("customer_feedback")
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)  # the clock read
    received = window.form.editors["feedback_date"]
    assert received.value() == company_today
    assert not window.form.is_dirty()  # a default, not something typed
    # The calendar opens on the company's day, and its Today is that day.
    assert _todays_button(qtbot, received) == (company_today, _qdate(company_today))
    window.form.editors["feedback_type"].set_value("suggestion")
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.record is not None, window.message.text()
    with logins.superuser().connect() as conn:
        stored = conn.scalar(
            text("SELECT feedback_date FROM customer_feedback WHERE id = :id"),
            {"id": window.record.id},
        )
    assert stored == company_today


def test_a_date_fields_today_is_the_desktops_until_the_company_day_is_read(qapp):
    """Where nothing was read (a role that reads no fact, a read that failed), today is
    the desktop's: the database decides."""
    from dicel_desktop.gui.editors.dates import DateEditor
    from dicel_desktop.services.forms import FieldKind, FieldSpec

    editor = DateEditor(FieldSpec("paid_on", "Paid on", FieldKind.DATE))
    editor.set_value("today")
    assert editor.value() == dt.date.today()
    editor.count_today_by(lambda: None)
    assert editor.value() == dt.date.today()
    ahead = dt.date.today() + dt.timedelta(days=1)
    editor.count_today_by(lambda: ahead)
    assert editor.value() == ahead  # proposed, still as proposed: it follows
    typed = dt.date(2026, 3, 2)
    editor.set_value(typed)
    editor.count_today_by(lambda: ahead - dt.timedelta(days=2))
    assert editor.value() == typed  # a day given stays
    QApplication.processEvents()
