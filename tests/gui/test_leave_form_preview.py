"""HR's leave request form says the working days and the employee's balance as they are
typed, as the Request leave dialog does (gui/workflows/leave_form_preview.py), as a real
HR login against real PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import WAIT_MS
from leave_team import NEXT_YEAR, make_team, week
from logins import open_logins
from PySide6.QtCore import Qt

from dicel_desktop.gui.records.editor_factory import make_editor_factory
from dicel_desktop.gui.records.record_window import RecordWindow
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.leave_request_dialog import PREVIEW_DELAY_MS
from dicel_desktop.services import leave


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


@pytest.fixture
def hr_window(qtbot, team):
    opened: list[tuple[RecordWindow, DbWorker]] = []

    def open_window(record_id=None) -> RecordWindow:
        worker = DbWorker(team.hr.session_factory)
        window = RecordWindow(
            worker,
            "leave_requests",
            team.hr.role.value,
            make_editor_factory(worker),
            record_id=record_id,
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(
            lambda: (record_id is None or window.record is not None) and not window.is_busy,
            timeout=WAIT_MS,
        )
        opened.append((window, worker))
        return window

    yield open_window
    for window, worker in opened:
        window.discard_and_close()
        worker.shutdown()


def _type_date(qtbot, window: RecordWindow, name: str, day: dt.date) -> None:
    editor = window.form.editors[name]
    line = editor.focusProxy() or editor
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over what it held
    qtbot.keyClicks(line, day.isoformat())
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def _choose(window: RecordWindow, name: str, value, label: str | None = None) -> None:
    editor = window.form.editors[name]
    if label is None:
        editor.set_value(value)
    else:
        editor.set_value(value, label)
    editor.edited.emit()


def _line(qtbot, window: RecordWindow, holding: str) -> str:
    preview = window.companion
    qtbot.waitUntil(
        lambda: preview.line.isVisible() and holding in preview.line.text(), timeout=WAIT_MS
    )
    return preview.line.text()


def test_a_new_request_shows_the_employees_days_and_balance_as_typed(qtbot, team, hr_window):
    start, end = week(1, days=3)
    team.holiday(start + dt.timedelta(days=1), "Feast of the test")
    # The clerk already waits for two days: her balance, not HR's, is shown.
    team.file(team.clerk, week(3, days=2))
    window = hr_window()
    assert not window.companion.line.isVisible()  # nothing chosen yet

    _choose(window, "employee_id", team.clerk.employee_id, "Aline")
    _choose(window, "leave_type", "annual")
    _type_date(qtbot, window, "start_date", start)
    _type_date(qtbot, window, "end_date", end)

    text = _line(qtbot, window, "working days (not counted")
    assert text.startswith("2 working days (not counted: Feast of the test (")
    assert (
        f"Annual leave in {NEXT_YEAR}: 18 working days a year, 0 taken,"
        " 2 waiting for a decision, 16 left to request." in text
    )
    assert "as saved" not in text  # a new request counts in nothing yet

    # Another employee: their balance follows.
    _choose(window, "employee_id", team.mate.employee_id, "Eric")
    text = _line(qtbot, window, "0 waiting")
    assert "18 left to request" in text


def test_a_span_over_a_year_is_said_not_counted(qtbot, team, hr_window):
    window = hr_window()
    _choose(window, "employee_id", team.clerk.employee_id, "Aline")
    _choose(window, "leave_type", "unpaid")
    start = week(1)[0]
    _type_date(qtbot, window, "start_date", start)
    _type_date(qtbot, window, "end_date", start.replace(year=start.year + 3))
    text = _line(qtbot, window, "year at most")
    assert text.startswith("A leave request covers a year at most.")
    # The database's year (DW119): a year on is refused, the day before is counted.
    _type_date(qtbot, window, "end_date", start.replace(year=start.year + 1))
    qtbot.wait(1)
    assert _line(qtbot, window, "year at most").startswith("A leave request covers a year")
    _type_date(qtbot, window, "end_date", start.replace(year=start.year + 1) - dt.timedelta(days=1))
    assert "working days" in _line(qtbot, window, "working days")


def test_a_pending_request_counts_itself_as_saved(qtbot, team, hr_window):
    request = team.file(team.clerk, week(2, days=2))
    window = hr_window(request)
    text = _line(qtbot, window, "as saved")
    assert text.startswith("2 working days")
    assert "2 waiting for a decision, 16 left to request." in text
    assert text.endswith("Waiting includes this request as saved (2 working days).")

    # HR stretches it to four days: the days follow the dates typed.
    _type_date(qtbot, window, "end_date", week(2, days=4)[1])
    assert _line(qtbot, window, "4 working days").startswith("4 working days")


def test_a_decided_request_shows_no_preview(qtbot, team, hr_window):
    request = team.file(team.clerk, week(2, days=2))
    with team.boss.session() as session:
        leave.decide_leave(session, request, True, "Enjoy")
        session.commit()
    window = hr_window(request)
    # Any read asked has come back and been shown (there must be none to show).
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)
    qtbot.wait(1)
    assert window.companion.preview is None
    assert not window.companion.line.isVisible()


def test_a_request_over_the_balance_is_said_before_save(qtbot, team, hr_window):
    """HR learned it from the refusal (a user-eye review): the form says it first."""
    window = hr_window()
    _choose(window, "employee_id", team.clerk.employee_id, "Aline")
    _choose(window, "leave_type", "annual")
    start, end = week(1)[0], week(4)[1]  # four weeks: 20 working days of 18
    _type_date(qtbot, window, "start_date", start)
    _type_date(qtbot, window, "end_date", end)
    text = _line(qtbot, window, "beyond")
    assert text.endswith(
        "That is 2 working days beyond what is left: shorten the leave to the days left."
    )
    assert window.companion.over_balance
    # Within the balance, nothing is said.
    _type_date(qtbot, window, "end_date", week(1)[1])
    assert "beyond" not in _line(qtbot, window, "5 working days")
    assert not window.companion.over_balance


def test_a_window_closed_while_typing_asks_nothing_after(qtbot, team):
    """A full run met the pause's timer firing after the window closed and its worker
    shut down ("the DB worker has been shut down" in the event loop)."""
    worker = DbWorker(team.hr.session_factory)
    window = RecordWindow(worker, "leave_requests", team.hr.role.value, make_editor_factory(worker))
    qtbot.addWidget(window)
    window.show()
    _choose(window, "leave_type", "annual")  # starts the pause
    assert window.companion._timer.isActive()
    window.discard_and_close()
    worker.shutdown()
    qtbot.wait(2 * PREVIEW_DELAY_MS)  # the pause would have ended: nothing is asked
    assert not window.companion._timer.isActive()
