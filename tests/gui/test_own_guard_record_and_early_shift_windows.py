"""What migration 0095 refuses, shown before the press: one's own guard record is read
only and its steps disabled, saying why; a shift's Start shift… and Mark completed…
are disabled while the shift is ahead, saying when it begins."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication

from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.cases import step_label

OWN_GUARD = (
    "You cannot change your own guard record, shifts or patrols: someone else in security must."
)


def _window(qtbot, opener, table, record):
    window = opener.open(table, record)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    # Asked of the database once the record shows: wait for its answers.
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    QApplication.processEvents()
    return window


def _button(window, table, action):
    label = step_label(action, table)
    (button,) = [b for b in window.step_buttons if b.text() == label]
    return button


def _row(logins, statement, params=()):
    with psycopg.connect(logins.db_dsn, autocommit=True) as conn:
        return conn.execute(statement, params).fetchone()[0]


def _guard(logins) -> object:
    """A guard on duty: a shift is started or completed with one (migration 0107)."""
    yvonne = logins.person("employee", first_name="Yvonne", last_name="Mukandori")
    return _row(
        logins,
        "INSERT INTO security_guards (user_id, license_number) VALUES (%s, 'RNP-7') RETURNING id",
        (yvonne.user_id,),
    )


def test_ones_own_guard_record_is_read_only_and_its_steps_say_why(qtbot, logins, desk):
    helene = logins.person("security", first_name="Helene", last_name="Rwema")
    patrick = logins.person("security", first_name="Patrick", last_name="Habimana")
    guard = _row(
        logins,
        "INSERT INTO security_guards (user_id, license_number) VALUES (%s, 'RNP-1') RETURNING id",
        (helene.user_id,),
    )
    own = _window(qtbot, desk(helene), "security_guards", guard)
    qtbot.waitUntil(lambda: "license_number" in own.form.frozen_fields(), timeout=WAIT_MS)
    assert own.form.editors["license_expiry"].is_read_only()
    assert OWN_GUARD in own.message.text()
    for action in ("suspend", "start_leave", "deactivate"):
        button = _button(own, "security_guards", action)
        assert not button.isEnabled(), action
        assert OWN_GUARD in button.toolTip()
    # Patrick keeps it.
    theirs = _window(qtbot, desk(patrick), "security_guards", guard)
    assert not theirs.form.editors["license_expiry"].is_read_only()
    assert _button(theirs, "security_guards", "suspend").isEnabled()


def test_a_shift_ahead_is_started_and_completed_once_it_begins(qtbot, logins, desk):
    patrick = logins.person("security", first_name="Patrick", last_name="Habimana")
    start = _ahead()
    shift = _row(
        logins,
        "INSERT INTO security_assignments (location, shift_start, shift_end)"
        " VALUES ('Main gate', %s, %s) RETURNING id",
        (start, start + dt.timedelta(hours=12)),
    )
    window = _window(qtbot, desk(patrick), "security_assignments", shift)
    for action, done in (("start", "started"), ("complete", "completed")):
        button = _button(window, "security_assignments", action)
        assert not button.isEnabled(), action
        # The moment in the reader's own way of writing it.
        said = button.toolTip()
        assert f"This assignment cannot be {done} before its shift start, " in said, said
        assert str(start.year) in said, said
        assert "If that is wrong, correct the shift start first." in said, said
    # Cancelling it stays offered.
    assert _button(window, "security_assignments", "cancel").isEnabled()


def test_a_shift_begun_is_started_but_not_completed_before_it_ends(qtbot, logins, desk):
    """Migration 0100: Mark completed… waits for the shift's end, saying when it is."""
    patrick = logins.person("security", first_name="Patrick", last_name="Habimana")
    shift = _row(
        logins,
        "INSERT INTO security_assignments (guard_id, location, shift_start, shift_end)"
        " VALUES (%s, 'Main gate', now() - interval '2 hours', now() + interval '6 hours')"
        " RETURNING id",
        (_guard(logins),),
    )
    window = _window(qtbot, desk(patrick), "security_assignments", shift)
    assert _button(window, "security_assignments", "start").isEnabled()
    complete = _button(window, "security_assignments", "complete")
    assert not complete.isEnabled()
    said = complete.toolTip()
    assert "This assignment cannot be completed before its shift end, " in said, said
    assert "If that is wrong, correct the shift end first." in said


def test_a_suspended_guards_shift_offers_no_start_and_says_why(qtbot, logins, desk):
    """Migration 0095 refuses starting or completing a shift of a guard suspended since
    it was planned (DW417); the window said so only after the press (psql29b)."""
    patrick = logins.person("security", first_name="Patrick", last_name="Habimana")
    yvonne = logins.person("employee", first_name="Yvonne", last_name="Habineza")
    guard = _row(
        logins,
        "INSERT INTO security_guards (user_id, license_number, status)"
        " VALUES (%s, 'RNP-2', 'suspended') RETURNING id",
        (yvonne.user_id,),
    )
    shift = _row(
        logins,
        "INSERT INTO security_assignments (guard_id, location, shift_start, shift_end)"
        " VALUES (%s, 'Main gate', now() - interval '10 hours', now() - interval '2 hours')"
        " RETURNING id",
        (guard,),
    )
    window = _window(qtbot, desk(patrick), "security_assignments", shift)
    said = (
        "Yvonne Habineza is suspended: no shift or patrol may be given to them until "
        "security reinstates them."
    )
    for action in ("start", "complete"):
        button = _button(window, "security_assignments", action)
        assert not button.isEnabled(), action
        assert said in button.toolTip(), action
    # Marking it missed stays offered; cancelling it not, as it has ended (migration 0105).
    assert _button(window, "security_assignments", "miss").isEnabled()
    assert not _button(window, "security_assignments", "cancel").isEnabled()


def test_a_shift_that_ended_is_not_cancelled_and_says_when_it_ended(qtbot, logins, desk):
    """Migration 0105: Cancel assignment… was offered on a shift whose end had passed (it
    was worked or missed): disabled, saying when it ended and what to mark it instead."""
    patrick = logins.person("security", first_name="Patrick", last_name="Habimana")
    end = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0) - dt.timedelta(hours=2)
    guard = _guard(logins)
    shift = _row(
        logins,
        "INSERT INTO security_assignments (guard_id, location, shift_start, shift_end)"
        " VALUES (%s, 'Main gate', %s, %s) RETURNING id",
        (guard, end - dt.timedelta(hours=8), end),
    )
    window = _window(qtbot, desk(patrick), "security_assignments", shift)
    cancel = _button(window, "security_assignments", "cancel")
    assert not cancel.isEnabled()
    said = cancel.toolTip()
    assert "This shift ended on " in said and "so it can no longer be cancelled" in said, said
    assert "mark it completed, or missed if it never started." in said, said
    # The moment in the reader's own way of writing it.
    assert str(end.astimezone().year) in said and end.astimezone().strftime("%H:%M") in said
    # What it is marked instead stays offered.
    for action in ("complete", "miss"):
        assert _button(window, "security_assignments", action).isEnabled(), action
    # Started, it is no longer offered "missed", nor told of it (eye31, 7).
    started = _row(
        logins,
        "INSERT INTO security_assignments (guard_id, location, shift_start, shift_end, status)"
        " VALUES (%s, 'Main gate', %s, %s, 'in_progress') RETURNING id",
        (guard, end - dt.timedelta(hours=8), end),
    )
    window = _window(qtbot, desk(patrick), "security_assignments", started)
    said = _button(window, "security_assignments", "cancel").toolTip()
    assert said.endswith("so it can no longer be cancelled: mark it completed."), said


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_the_held_steps_line_speaks_of_the_start_as_saved(
    qtbot, logins, desk, restore_language, language
):
    """eye33 #6: with another start typed, the line under the steps still quoted the
    saved one and said "correct the shift start first", which the clerk had just done:
    it is the start as saved, and a correction is saved first. In French, no quote mark
    is left alone at a line's start (non-breaking spaces inside « »)."""
    translations.install_translators(language)
    patrick = logins.person("security", first_name="Patrick", last_name="Habimana")
    start = _ahead()
    shift = _row(
        logins,
        "INSERT INTO security_assignments (location, shift_start, shift_end)"
        " VALUES ('Main gate', %s, %s) RETURNING id",
        (start, start + dt.timedelta(hours=12)),
    )
    window = _window(qtbot, desk(patrick), "security_assignments", shift)
    said = window.steps.note.text()
    assert str(start.year) in said, said
    saved = {
        "en": ("as saved", "and save it first"),
        "fr": ("tel qu\u2019enregistré", "et enregistrez"),
        "rw": ("yabitswe", "maze ubike"),
    }[language]
    assert all(words in said for words in saved), said
    assert "« " not in said and " »" not in said, said


def _ahead() -> dt.datetime:
    """A shift's start a month ahead, on the half hour (code review 33b, F7: a start fixed
    in 2031 stopped being ahead on that day)."""
    now = dt.datetime.now(dt.UTC).replace(minute=30, second=0, microsecond=0)
    return now + dt.timedelta(days=30)
