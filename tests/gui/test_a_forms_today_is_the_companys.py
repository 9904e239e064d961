"""Every rule a form counts from today is asked on the company's day
(``dicel_company_day()``, migration 0069), as the database asks it, not on the desktop's:
a day feedback was received (DW426) and a new deal's close date (DW347). A new record's
window reads the day as it opens (it loads no row to read it with); a saved one reads it
with the record. The company is put in a time zone a day off the desktop's, so the two
days differ whichever way. Against real PostgreSQL, as the clerks who keep them."""

from __future__ import annotations

import datetime as dt

from helpers import WAIT_MS, company_a_day_off, said_before_sending, saved
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import text


def _new(qtbot, desk, person, table):
    window = desk(person).new(table)
    # The day is read as the form opens, one read on the worker.
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)
    return window


def test_a_new_feedbacks_day_is_asked_on_the_companys_day(qtbot, logins, desk):
    """The window counted "today" on the desktop's clock, the database on the company's:
    a day apart, it refused the company's today, or sent a day the database refused."""
    company_today = company_a_day_off(logins)
    window = _new(qtbot, desk, logins.person("cx"), "customer_feedback")
    window.form.editors["feedback_type"].set_value("suggestion")
    window.form.editors["feedback_date"].set_value(company_today + dt.timedelta(days=1))
    said = said_before_sending(window, "feedback_date")
    # Today is the company's (its day in words, as the window writes dates).
    assert f"later than today ({company_today.day} {company_today:%B %Y})" in said, said
    window.form.editors["feedback_date"].set_value(company_today)
    saved(qtbot, window, "feedback_date")
    with logins.superuser().connect() as conn:
        stored = conn.scalar(
            text("SELECT feedback_date FROM customer_feedback WHERE id = :id"),
            {"id": window.record.id},
        )
    assert stored == company_today


def test_a_saved_feedbacks_day_is_asked_on_the_day_read_with_it(qtbot, logins, desk):
    company_today = company_a_day_off(logins)
    with logins.superuser().begin() as conn:
        feedback = conn.scalar(
            text(
                "INSERT INTO customer_feedback (feedback_type, feedback_date)"
                " VALUES ('suggestion', :day) RETURNING id"
            ),
            {"day": company_today - dt.timedelta(days=3)},
        )
    window = desk(logins.person("cx")).open("customer_feedback", feedback)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    window.form.editors["feedback_date"].set_value(company_today + dt.timedelta(days=1))
    said = said_before_sending(window, "feedback_date")
    assert f"later than today ({company_today.day} {company_today:%B %Y})" in said, said
    window.form.editors["feedback_date"].set_value(company_today)
    saved(qtbot, window, "feedback_date")


def test_a_new_deals_close_date_is_asked_on_the_companys_day(qtbot, logins, desk):
    company_today = company_a_day_off(logins)
    window = _new(qtbot, desk, logins.person("sales"), "opportunities")
    window.form.editors["title"].set_value("Guarding for the Nyabugogo depot")
    window.form.editors["expected_close_date"].set_value(company_today - dt.timedelta(days=1))
    said = said_before_sending(window, "expected_close_date")
    assert said.startswith("A new opportunity cannot be expected to close"), said
    window.form.editors["expected_close_date"].set_value(company_today)
    saved(qtbot, window, "expected_close_date")


def test_leaving_a_shifts_end_says_a_span_too_long(qtbot, logins, desk):
    """Leaving a shift's end asked DW446's rule with a day it does not take (a TypeError
    in the slot since the closing date's change): it says the span beside the end."""
    window = desk(logins.person("security")).new("security_assignments")
    start = dt.datetime(2026, 11, 2, 6, 0).astimezone()
    window.form.editors["shift_start"].set_value(start)
    window.form.editors["shift_end"].set_value(start + dt.timedelta(hours=30))
    line = window.form.editors["shift_end"].findChild(QLineEdit)
    QApplication.sendEvent(line, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert "24" in window.form.error_text("shift_end"), window.form.error_text("shift_end")


def _until_the_companys_midnight(logins) -> float:
    """Seconds from now to the company's next midnight, as the database counts days."""
    with logins.superuser().connect() as conn:
        return conn.scalar(
            text(
                "SELECT extract(epoch FROM (dicel_company_day() + 1)::timestamp"
                " - (now() AT TIME ZONE (SELECT substr(c, 10) FROM pg_proc p,"
                " unnest(p.proconfig) c WHERE p.oid ="
                " 'dicel_company_day(timestamptz)'::regprocedure"
                " AND starts_with(lower(c), 'timezone='))))"
            )
        )


def test_a_window_open_past_the_companys_midnight_asks_the_new_day(
    qtbot, logins, desk, monkeypatch
):
    """The company's day is read once, with the record or as a new form opens; a window
    left open past midnight asked yesterday's, took the day just gone and sent it to a
    database that refused it (review36 F3). It turns at the company's midnight, not the
    desktop's: its zone is a day off the desktop's here (review36b F1)."""
    from dicel_desktop.services import record_facts

    company_today = company_a_day_off(logins)
    next_day = company_today + dt.timedelta(days=1)
    steady = record_facts.clock_reading
    window = _new(qtbot, desk, logins.person("cx"), "customer_feedback")
    window.form.editors["feedback_type"].set_value("suggestion")
    window.form.editors["feedback_date"].set_value(next_day)
    assert "later than today" in said_before_sending(window, "feedback_date")
    left = float(_until_the_companys_midnight(logins))
    # A minute before the company's midnight the day is still today; a minute after, the
    # next, whatever the desktop's own date says.
    monkeypatch.setattr(record_facts, "clock_reading", lambda: steady() + left - 60)
    assert window.company_today == company_today
    monkeypatch.setattr(record_facts, "clock_reading", lambda: steady() + left + 60)
    assert window.company_today == next_day
    monkeypatch.undo()
    # A saved record's day, read with it, moves on as well.
    window.form.editors["feedback_date"].set_value(company_today)
    saved(qtbot, window, "feedback_date")
    assert window.company_today == company_today
    left = float(_until_the_companys_midnight(logins))
    monkeypatch.setattr(record_facts, "clock_reading", lambda: steady() + left + 60)
    assert window.company_today == next_day
    window.form.editors["feedback_date"].set_value(next_day + dt.timedelta(days=1))
    said = said_before_sending(window, "feedback_date")
    assert f"later than today ({next_day.day} {next_day:%B %Y})" in said, said
