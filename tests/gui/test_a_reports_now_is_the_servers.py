"""A report's moment (a ticket's or an incident's, DW425, migration 0100) is asked
against the server's now, as the database asks it, not against the desktop's clock: an
office PC ten minutes slow refused the true moment of a report the database would take,
one ten minutes fast let through what the database then refused. The window reads the
server's now with the record (a fact) or as a new form opens, and moves it on by the
steady clock. Against real PostgreSQL (whose clock is the true one here), as the clerks
who keep them; the desktop's clock is put off by ``helpers.desktop_clock_off``."""

from __future__ import annotations

import datetime as dt

from helpers import WAIT_MS, desktop_clock_off, said_before_sending, saved
from sqlalchemy import text


def _minute(moment: dt.datetime) -> dt.datetime:
    """``moment`` to the minute, in the desktop's zone, as the form's editor holds it."""
    return moment.astimezone().replace(second=0, microsecond=0)


def _true_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _as_written(start: dt.datetime, end: dt.datetime) -> set[str]:
    """Every minute from ``start`` to ``end`` as the window writes a moment."""
    from PySide6.QtCore import QLocale

    from dicel_desktop.gui.locale_writing import datetime_pattern

    minute, written = _minute(start), set()
    while minute <= end:
        written.add(QLocale().toString(minute.replace(tzinfo=None), datetime_pattern()))
        minute += dt.timedelta(minutes=1)
    return written


def _new(qtbot, desk, person, table):
    window = desk(person).new(table)
    # The server's clock is read as the form opens, one read on the worker.
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)
    return window


def _incident(window, reported: dt.datetime, description: str) -> None:
    editors = window.form.editors
    editors["incident_type"].set_value("Theft")
    if "location" in editors:
        editors["location"].set_value("Gate 2")
    editors["description"].set_value(description)
    editors["incident_date"].set_value(reported - dt.timedelta(hours=1))
    editors["reported_date"].set_value(reported)


def _said_now(said: str) -> str:
    """The moment a "later than now (...)" sentence gives as now."""
    assert " is later than now (" in said, said
    return said.split(" is later than now (", 1)[1].split(")", 1)[0]


def _stored(logins, table: str, record_id) -> dt.datetime:
    with logins.superuser().connect() as conn:
        return conn.scalar(
            text(f"SELECT reported_date FROM {table} WHERE id = :id"), {"id": record_id}
        )


def test_a_desktop_behind_the_server_takes_the_true_moment(qtbot, logins, desk, monkeypatch):
    """Ten minutes slow, the window said five minutes ago was "later than now" though the
    database takes it."""
    desktop_clock_off(monkeypatch, -10)
    window = _new(qtbot, desk, logins.person("security"), "security_incidents")
    reported = _minute(_true_now() - dt.timedelta(minutes=5))
    _incident(window, reported, "A cable taken from the store.")
    saved(qtbot, window, "reported_date")
    assert _stored(logins, "security_incidents", window.record.id) == reported


def test_a_desktop_ahead_of_the_server_says_the_servers_now(qtbot, logins, desk, monkeypatch):
    """Ten minutes fast, the window let five minutes ahead through to a database that
    refused it; now it says so before sending, with the server's now in the sentence."""
    desktop_clock_off(monkeypatch, 10)
    before = _true_now()
    window = _new(qtbot, desk, logins.person("risk"), "risk_incidents")
    ahead = _minute(_true_now()) + dt.timedelta(minutes=5)
    _incident(window, ahead, "A forged receipt.")
    said = said_before_sending(window, "reported_date")
    assert _said_now(said) in _as_written(before, _true_now()), said
    assert window.record is None
    with logins.superuser().connect() as conn:
        assert not conn.scalar(text("SELECT count(*) FROM risk_incidents"))
    # What the typed moment became is still there to correct.
    assert window.form.editors["reported_date"].value() == ahead
    window.form.editors["reported_date"].set_value(_minute(_true_now()))
    saved(qtbot, window, "reported_date")


def test_a_saved_incident_asks_the_now_read_with_it(qtbot, logins, desk, monkeypatch):
    """A saved incident reads the server's now with its row (no second read)."""
    security = logins.person("security")
    with security.engine.begin() as conn:
        incident = conn.scalar(
            text(
                "INSERT INTO security_incidents (incident_type, location, reported_date,"
                " incident_date, description) VALUES ('Theft', 'Gate 2',"
                " now() - interval '1 hour', now() - interval '2 hours', 'A bag taken.')"
                " RETURNING id"
            )
        )
    desktop_clock_off(monkeypatch, -10)
    before = _true_now()
    window = desk(security).open("security_incidents", incident)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    reported = window.form.editors["reported_date"]
    stored = _stored(logins, "security_incidents", incident)
    reported.set_value(_minute(_true_now()) + dt.timedelta(minutes=5))
    said = said_before_sending(window, "reported_date")
    # Not the desktop's now, ten minutes behind.
    assert _said_now(said) in _as_written(before, _true_now()), said
    assert _stored(logins, "security_incidents", incident) == stored
    moment = _minute(_true_now() - dt.timedelta(minutes=5))
    reported.set_value(moment)
    saved(qtbot, window, "reported_date")
    assert _stored(logins, "security_incidents", incident) == moment


def test_a_window_left_open_asks_the_servers_clock_moved_on(qtbot, logins, desk, monkeypatch):
    """The server's now is read once, with the record or as a new form opens; a window
    left open an hour asks a moment against it an hour on, whatever the desktop's clock
    says."""
    from dicel_desktop.services import record_facts

    desktop_clock_off(monkeypatch, -30)
    steady = record_facts.clock_reading
    it = logins.person("it")
    before = _true_now()
    window = _new(qtbot, desk, it, "it_support_tickets")
    window.form.editors["category"].set_value("Hardware")
    window.form.editors["subject"].set_value("Printer jammed")
    window.form.editors["description"].set_value("Paper stuck in tray 2.")
    monkeypatch.setattr(record_facts, "clock_reading", lambda: steady() + 3600)
    hour = dt.timedelta(hours=1)
    window.form.editors["created_date"].set_value(_minute(_true_now()) + 2 * hour)
    said = said_before_sending(window, "created_date")
    assert _said_now(said) in _as_written(before + hour, _true_now() + hour), said
    # Half an hour ahead is before the server's clock an hour on: not said.
    window.form.editors["created_date"].set_value(_minute(_true_now()) + hour / 2)
    window.save()
    assert window.form.error_text("created_date") == ""
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    monkeypatch.setattr(record_facts, "clock_reading", steady)
    window.form.editors["created_date"].set_value(None)
    saved(qtbot, window, "created_date")

    # A saved ticket's now, read with it, moves on as well.
    monkeypatch.setattr(record_facts, "clock_reading", lambda: steady() + 3600)
    before = _true_now()
    window.form.editors["created_date"].set_value(_minute(_true_now()) + 2 * hour)
    said = said_before_sending(window, "created_date")
    assert _said_now(said) in _as_written(before + hour, _true_now() + hour), said


def test_a_new_incident_opens_reported_at_the_servers_now(qtbot, logins, desk, monkeypatch):
    """A new incident opens reported "now", by the desktop's clock: ten minutes fast, the
    window offered a moment it then refused (the database had refused it before). Once
    the server's now is read, the moment left as it opened is the server's."""
    desktop_clock_off(monkeypatch, 10)
    before = _minute(_true_now())
    window = _new(qtbot, desk, logins.person("security"), "security_incidents")
    reported = window.form.editors["reported_date"]
    assert before <= reported.value() <= _true_now()
    assert not window.form.is_dirty()
    _incident(window, reported.value(), "A window broken at the depot.")
    saved(qtbot, window, "reported_date")
    # A moment the person typed stays theirs (the server's now comes after it here).
    window = desk(logins.person("security")).new("security_incidents")
    typed = _minute(_true_now() - dt.timedelta(hours=2))
    window.form.editors["reported_date"].set_value(typed)
    window.form.editors["reported_date"].edited.emit()
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)
    assert window.form.editors["reported_date"].value() == typed
