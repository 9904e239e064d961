"""A supervisor away, as HR's Waiting for me says it, and HR's End early… on an approved
leave's window (migration 0150, people40 findings 3 and 5). End early… is offered to HR
only, it asks the new last day and why; a refusal is said in the dialog, keeping what
was typed, and the leave then ends on the day chosen."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import WAIT_MS
from leave_team import make_team, week
from logins import open_logins
from PySide6.QtCore import QDate

from dicel_desktop.gui.tabs.inbox_model import InboxModel
from dicel_desktop.gui.workflows.end_leave_early_dialog import EndLeaveEarlyDialog
from dicel_desktop.services import inbox


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def test_hrs_waiting_for_me_says_the_supervisor_is_away_and_until_when(qtbot, team):
    request = team.file(team.clerk, week(1, days=2))
    with team.su() as conn:
        today = conn.execute("SELECT public.dicel_company_day()").fetchone()[0]
        # Jean's own approved leave covers today; it ends on a Thursday 31 December or
        # whichever day: the words name it.
        conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " reason, status, approved_by, approved_date)"
            " VALUES (%s, 'sick', %s, %s, 'Rest', 'approved', %s, now())",
            (team.boss.employee_id, today, today + dt.timedelta(days=6), team.hr.user_id),
        )
    with team.hr.session() as session:
        items = [i for i in inbox.waiting_for_me(session) if i.id == request]
    model = InboxModel()
    model.set_items(items)
    until = today + dt.timedelta(days=6)
    day = QDate(until.year, until.month, until.day)
    words = f"Jean Mugabo is on leave until {day.toString('dddd d MMMM')}"
    assert model.index(0, 2).data() == f"2 working days. {words}"


def _steps(window) -> list[str]:
    return [b.text() for b in window.step_buttons]


def test_hr_ends_a_started_leave_early_from_its_window(qtbot, team, desk):
    request, today = team.started_leave()
    # Offered to HR only: not to the supervisor, nor to the employee.
    for person in (team.boss, team.clerk):
        theirs = desk(person).open("leave_requests", request)
        qtbot.waitUntil(lambda w=theirs: w.record is not None and not w.is_busy, timeout=WAIT_MS)
        qtbot.waitUntil(lambda w=theirs: not w.worker.is_busy, timeout=WAIT_MS)
        assert "End &early…" not in _steps(theirs)
    window = desk(team.hr).open("leave_requests", request)
    qtbot.waitUntil(lambda: "End &early…" in _steps(window), timeout=WAIT_MS)
    (button,) = [b for b in window.step_buttons if b.text() == "End &early…"]
    button.click()
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, EndLeaveEarlyDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    assert dialog.question.text().startswith("End Aline Tester's annual leave (")
    assert dialog.last_day.date() == QDate(today.year, today.month, today.day)

    # No note: refused in words, nothing changed, the day chosen kept.
    dialog.end_button.click()
    # "Ending…" while it runs (gui40fix), then the refusal.
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.message.text() == (
        "Write why the leave ends early: the note stays with the request."
    )
    assert team.row(request)["end_date"] == today + dt.timedelta(days=14)
    assert dialog.last_day.date() == QDate(today.year, today.month, today.day)

    qtbot.keyClicks(dialog.note, "Back at work tomorrow")
    dialog.end_button.click()
    qtbot.waitUntil(
        lambda: window.message.text().startswith("The leave now ends on "), timeout=WAIT_MS
    )
    row = team.row(request)
    assert (row["end_date"], row["notes"]) == (today, "Back at work tomorrow")
    # Ending today, it cannot end earlier again: the step is gone.
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)
    assert "End &early…" not in _steps(window)


def test_end_early_proposes_the_companys_day_whatever_the_desktops_zone(qtbot, team, desk):
    """review40c #4: the day proposed was the desktop's date. A desktop a day behind
    proposed yesterday, which the database refused; one a day ahead, tomorrow, which it
    took (the leave kept a day the employee was back). The company's day is read with
    the request. The desktop's zone is put where its date is not the company's now."""
    import os
    import time

    from dicel_desktop.services.record_facts import COMPANY_CLOCK_SQL

    request, today = team.started_leave()
    window = desk(team.hr).open("leave_requests", request)
    qtbot.waitUntil(lambda: "End &early…" in _steps(window), timeout=WAIT_MS)
    with team.su() as conn:
        hour = conn.execute(f"SELECT ({COMPANY_CLOCK_SQL})").fetchone()[0].hour
    # 14 hours behind Kigali before its noon, 12 ahead after: another date either way.
    zone = "Etc/GMT+12" if hour < 12 else "Etc/GMT-14"
    old = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        assert dt.date.today() != today, "the desktop's date should differ here"
        (button,) = [b for b in window.step_buttons if b.text() == "End &early…"]
        button.click()
        qtbot.waitUntil(
            lambda: isinstance(window.step_dialog, EndLeaveEarlyDialog), timeout=WAIT_MS
        )
        dialog = window.step_dialog
        assert dialog.last_day.date() == QDate(today.year, today.month, today.day)
        qtbot.keyClicks(dialog.note, "Back at work")
        dialog.end_button.click()
        qtbot.waitUntil(
            lambda: window.message.text().startswith("The leave now ends on "), timeout=WAIT_MS
        )
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()
    assert team.row(request)["end_date"] == today
