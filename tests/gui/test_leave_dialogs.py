"""Leave in the window, as real logins and by keyboard only: requesting it from My work,
deciding it from the dialog that opens over the request, cancelling it."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from leave_team import NEXT_YEAR, make_team, monday_before, week
from prepared_people import once_a_module
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.cancel_leave_dialog import CancelLeaveDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog
from dicel_desktop.services import leave
from dicel_desktop.services.auth import login

_prepared_team, team = once_a_module("team", make_team)


@pytest.fixture
def main_window(qtbot, team, tmp_path):
    windows: list[MainWindow] = []

    def open_window(person) -> MainWindow:
        parts = urlsplit(team.logins.db_dsn)
        logged_in = login(
            "127.0.0.1", parts.port, parts.path.lstrip("/"), person.email, person.password
        )
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(logged_in, settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        return window

    yield open_window
    for window in windows:
        window.close()


def key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def focused():
    return QApplication.focusWidget()


def type_date(qtbot, day: dt.date) -> None:
    """Type a date into the focused date field, as ISO (every locale reads it)."""
    qtbot.keyClicks(focused(), day.isoformat())


# --------------------------------------------------------------------------- requesting


def test_a_request_dialog_closed_while_its_days_wait_asks_nothing_after(qtbot, team):
    """A full run met its preview's pause ending after the dialog closed and its worker
    shut down ("the DB worker has been shut down" in the next test's setup)."""
    worker = DbWorker(team.clerk.session_factory)
    try:
        dialog = LeaveRequestDialog(worker)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
        qtbot.keyClick(dialog.end.line, Qt.Key.Key_Up)  # a day later: the pause starts
        assert dialog._preview_timer.isActive()
        dialog.reject()
    finally:
        worker.shutdown()
    assert not dialog._preview_timer.isActive()


def test_a_person_requests_leave_from_my_leave_seeing_days_and_balance_first(
    qtbot, team, main_window
):
    start, end = week(0)
    team.holiday(start + dt.timedelta(days=2), "Heroes' Day (test)")
    window = main_window(team.clerk)
    qtbot.waitUntil(lambda: "leave" in window.my_work.section_keys(), timeout=WAIT_MS)
    page = window.my_work.show_section("leave")
    key(qtbot, page.grid.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.preview is not None)
    dialog = page.dialog
    assert focused() is dialog.leave_type
    assert "18 working days a year, 0 taken, 0 waiting" in dialog.balance.text()

    key(qtbot, focused(), Qt.Key.Key_Tab)
    type_date(qtbot, end)  # the last day first, by mistake
    key(qtbot, focused(), Qt.Key.Key_Tab)
    type_date(qtbot, start)
    key(qtbot, focused(), Qt.Key.Key_Tab)
    # Both chosen, in the wrong order: said so, not "choose the first and the last day".
    qtbot.waitUntil(
        lambda: dialog.working_days.text() == "The last day comes before the first.",
        timeout=WAIT_MS,
    )
    key(qtbot, focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    type_date(qtbot, start)
    key(qtbot, focused(), Qt.Key.Key_Tab)
    type_date(qtbot, end)
    key(qtbot, focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Family visit in Rubavu")
    qtbot.waitUntil(lambda: dialog.working_days.text().startswith("4 working days"))
    assert "Heroes' Day (test)" in dialog.working_days.text()

    with qtbot.waitSignal(dialog.filed, timeout=WAIT_MS) as filed:
        key(qtbot, focused(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    row = team.row(filed.args[0])
    assert (row["employee_id"], row["days_requested"], row["reason"]) == (
        team.clerk.employee_id,
        4,
        "Family visit in Rubavu",
    )
    qtbot.waitUntil(lambda: page.grid.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.status.text() == "Your request was filed; it now waits for a decision."


def _request_dialog(qtbot, main_window, person):
    window = main_window(person)
    qtbot.waitUntil(lambda: "leave" in window.my_work.section_keys(), timeout=WAIT_MS)
    page = window.my_work.show_section("leave")
    page.new_record()
    dialog = page.dialog
    qtbot.waitUntil(lambda: focused() is dialog.leave_type, timeout=WAIT_MS)
    return dialog


def _retype(qtbot, editor, text: str) -> None:
    editor.line.setFocus()
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, text)
    key(qtbot, editor.line, Qt.Key.Key_Tab)


def test_a_refused_request_says_why_beside_the_dates_and_keeps_what_was_typed(
    qtbot, team, main_window
):
    team.file(team.clerk, week(4, days=2))
    dialog = _request_dialog(qtbot, main_window, team.clerk)
    key(qtbot, dialog.leave_type, Qt.Key.Key_Tab)
    type_date(qtbot, week(4)[0])
    key(qtbot, focused(), Qt.Key.Key_Tab)
    type_date(qtbot, week(4)[1])
    key(qtbot, focused(), Qt.Key.Key_Tab)
    # The balance of the year the leave starts in (this year's, before a date).
    qtbot.waitUntil(lambda: f"in {NEXT_YEAR}: 18" in dialog.balance.text(), timeout=WAIT_MS)
    assert ", 2 waiting for a decision, 16 left" in dialog.balance.text()
    qtbot.keyClicks(focused(), "Wedding")
    key(qtbot, focused(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.message.isVisible(), timeout=WAIT_MS)
    assert dialog.message.text().startswith("These dates overlap the annual leave of ")
    assert dialog.isVisible() and dialog.reason.toPlainText() == "Wedding"
    assert dialog.start.isAncestorOf(focused())


def test_days_beyond_the_balance_are_said_before_the_press_and_request_is_off(
    qtbot, team, main_window
):
    """eye30r, 5: the employee learned it from the refusal, HR's form said it first."""
    team.file(team.clerk, week(0, days=15))
    dialog = _request_dialog(qtbot, main_window, team.clerk)
    _retype(qtbot, dialog.start, week(4)[0].isoformat())
    _retype(qtbot, dialog.end, week(4)[1].isoformat())  # 5 working days, 3 left
    beyond = "That is 2 working days beyond what is left: shorten the leave to the days left."
    qtbot.waitUntil(lambda: dialog.beyond.text() == beyond, timeout=WAIT_MS)
    assert dialog.beyond.isVisible()
    assert dialog.beyond.palette().color(dialog.beyond.foregroundRole()).name() == "#c62828"
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # as Enter would: nothing is asked
    assert not dialog.is_busy and not dialog.message.isVisible()

    _retype(qtbot, dialog.end, week(4, days=3)[1].isoformat())  # 3 of 3 left
    qtbot.waitUntil(lambda: dialog.working_days.text().startswith("3 working"), timeout=WAIT_MS)
    assert not dialog.beyond.isVisible() and dialog.beyond.text() == ""
    assert dialog.ok_button.isEnabled()


def test_a_year_without_a_balance_is_said_and_the_days_are_not_asked_for(qtbot, team, main_window):
    """eye32 #6: with both days of 2300 chosen, the refusal (DW461) showed under
    "Choose the first and the last day", a row left from before they were chosen."""
    dialog = _request_dialog(qtbot, main_window, team.clerk)
    qtbot.waitUntil(
        lambda: dialog.working_days.text() == "Choose the first and the last day.",
        timeout=WAIT_MS,
    )
    _retype(qtbot, dialog.start, "2300-01-04")
    _retype(qtbot, dialog.end, "2300-01-05")
    qtbot.waitUntil(lambda: "2300" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.message.isVisible()
    assert dialog.working_days.text() == ""


def test_a_date_that_does_not_read_is_said_beside_it_not_called_missing(qtbot, team, main_window):
    """eye30r, 6: "31/02" was "Give the first and the last day of the leave"."""
    dialog = _request_dialog(qtbot, main_window, team.clerk)
    _retype(qtbot, dialog.start, f"{NEXT_YEAR}-02-31")
    _retype(qtbot, dialog.end, f"{NEXT_YEAR}-03-05")
    said = f"Start date: \u201c{NEXT_YEAR}-02-31\u201d is not a date."
    error = dialog.date_errors[dialog.start]
    qtbot.waitUntil(lambda: error.isVisible(), timeout=WAIT_MS)
    assert error.text() == said
    assert "Choose the first" not in dialog.working_days.text()
    assert not dialog.date_errors[dialog.end].isVisible()
    dialog.accept()
    assert not dialog.is_busy
    assert not dialog.message.isVisible()  # not "Give the first and the last day"
    assert error.text() == said and dialog.start.isAncestorOf(focused())

    _retype(qtbot, dialog.start, f"{NEXT_YEAR}-03-01")
    qtbot.waitUntil(lambda: not error.isVisible(), timeout=WAIT_MS)


# --------------------------------------------------------------------------- deciding


def test_the_supervisor_opens_the_request_on_its_decision_and_approves_by_keyboard(
    qtbot, team, desk
):
    request = team.file(team.clerk, week(1))
    away = team.file(team.mate, (week(1)[0] + dt.timedelta(days=2), week(2)[1]))
    opener = desk(team.boss)
    window = opener.open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    assert dialog.heading.text() == "Annual leave of Aline Tester"
    assert "18 working days a year, 0 taken, 5 waiting" in dialog.balance.text()
    assert "Once approved: 5 taken of 18." in dialog.balance.text()
    names = [dialog.away.topLevelItem(i).text(0) for i in range(dialog.away.topLevelItemCount())]
    assert names == ["Eric Tester"]
    assert dialog.away.topLevelItem(0).text(2) == "Pending"
    assert away  # Eric's own request, seen by his supervisor
    # Each column wider than its widest entry: a name does not run into its dates.
    metrics = dialog.away.fontMetrics()
    for column in range(3):
        widest = metrics.horizontalAdvance(dialog.away.topLevelItem(0).text(column))
        assert dialog.away.columnWidth(column) >= widest + metrics.horizontalAdvance("M")

    assert focused() is dialog.note
    qtbot.keyClicks(dialog.note, "Enjoy Rubavu")
    key(qtbot, dialog.note, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.step_dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.message.text() == "Approved.", timeout=WAIT_MS)
    row = team.row(request)
    assert (row["status"], row["approved_by"], row["notes"]) == (
        "approved",
        team.boss.user_id,
        "Enjoy Rubavu",
    )
    assert window.record.values["status"] == "approved"
    assert window.step_buttons == []  # nothing left for the supervisor to do


def test_enter_presses_the_focused_decision_button_and_nothing_else(qtbot, team, desk):
    """Enter in the note is a new line and decides nothing (no button is the default);
    nor does Enter on the team list (a dialog shown without a default made its first
    autoDefault button, Approve, the default: code review); Enter on a focused button
    presses it, as Space does."""
    request = team.file(team.clerk, week(1))
    team.file(team.mate, week(1))  # someone else away then: the team list shows
    boss = desk(team.boss)
    window = boss.open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.away.isVisible, timeout=WAIT_MS)
    dialog.away.setFocus()
    key(qtbot, dialog.away, Qt.Key.Key_Return)
    # A decision taken is a task on the worker as the key is pressed: once the worker
    # is idle, it would have reached the server and closed the dialog.
    qtbot.waitUntil(lambda: not boss.worker.is_busy, timeout=WAIT_MS)
    assert dialog.isVisible() and not dialog.is_busy
    assert team.row(request)["status"] == "pending"
    dialog.note.setFocus()
    assert focused() is dialog.note
    qtbot.keyClicks(dialog.note, "Enjoy")
    key(qtbot, dialog.note, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.note, "Rubavu")
    assert dialog.isVisible() and dialog.note.toPlainText() == "Enjoy\nRubavu"
    assert team.row(request)["status"] == "pending"
    key(qtbot, dialog.note, Qt.Key.Key_Tab)
    assert focused() is dialog.approve_button
    key(qtbot, dialog.approve_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.step_dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.message.text() == "Approved.", timeout=WAIT_MS)
    row = team.row(request)
    assert (row["status"], row["notes"]) == ("approved", "Enjoy\nRubavu")


def test_a_decider_second_to_decide_is_told_who_decided_and_when(qtbot, team, desk):
    request = team.file(team.clerk, week(0))
    window = desk(team.hr).open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    with team.boss.session() as session:  # meanwhile, at the supervisor's desk
        leave.decide_leave(session, request, True, None)
    key(qtbot, dialog.note, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.is_busy, timeout=WAIT_MS)
    at = team.row(request)["approved_date"].astimezone().strftime("%H:%M")
    assert dialog.message.text() == f"Already approved by Jean Mugabo at {at}."
    assert not dialog.approve_button.isEnabled() and not dialog.reject_button.isEnabled()
    assert team.row(request)["status"] == "approved"
    key(qtbot, dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.step_dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.record.values["status"] == "approved", timeout=WAIT_MS)


def test_a_request_changed_while_the_dialog_was_open_is_shown_again_with_the_note_kept(
    qtbot, team, desk
):
    request = team.file(team.clerk, week(1, days=2))
    window = desk(team.boss).open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    assert "(2 working days)" in dialog.dates.text()
    qtbot.keyClicks(dialog.note, "Enjoy Rubavu")
    # Meanwhile the employee makes their two days five (migration 0032).
    with team.clerk.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE leave_requests SET end_date = %(e)s WHERE id = %(r)s",
            {"e": week(1, days=5)[1], "r": request},
        )
    key(qtbot, dialog.note, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: not dialog.is_busy and "(5 working days)" in dialog.dates.text(), timeout=WAIT_MS
    )
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("Aline Tester changed this leave request at ")
    assert dialog.message.text().endswith("Look at it again before deciding.")
    assert dialog.note.toPlainText() == "Enjoy Rubavu"
    assert dialog.approve_button.isEnabled() and dialog.isVisible()
    assert team.row(request)["status"] == "pending"
    # Seen, the five days are approved.
    key(qtbot, dialog.note, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.step_dialog is None, timeout=WAIT_MS)
    row = team.row(request)
    assert (row["status"], row["days_requested"], row["notes"]) == ("approved", 5, "Enjoy Rubavu")


def _certificate(person, request):
    from dicel_desktop.services import documents

    with person.session() as session:
        found = documents.attach(
            session, "leave_requests", request, "certificate.pdf", "application/pdf",
            b"%PDF-1.4 medical certificate",
        )  # fmt: skip
        session.commit()
    return found


def test_a_request_whose_certificate_came_after_it_was_saved_is_decided_from_its_window(
    qtbot, team, desk
):
    """Migration 0064 compares a decision with the later of the request's and its files'
    changes: the dialog passes that version as it read it, so a certificate attached
    after the request was last saved does not refuse every decision (DW007)."""
    request = team.file(team.clerk, week(1, days=2), leave_type="sick")
    _certificate(team.clerk, request)
    window = desk(team.boss).open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    assert dialog.facts.version > window.record.version
    key(qtbot, dialog.note, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.step_dialog is None, timeout=WAIT_MS)
    assert team.row(request)["status"] == "approved"


def test_a_certificate_attached_while_the_dialog_was_open_is_shown_before_deciding(
    qtbot, team, desk
):
    request = team.file(team.clerk, week(1, days=2), leave_type="sick")
    window = desk(team.boss).open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    shown = dialog.facts.version
    qtbot.keyClicks(dialog.note, "Get well")
    _certificate(team.clerk, request)  # meanwhile, Aline attaches her certificate
    key(qtbot, dialog.note, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.facts.version > shown, timeout=WAIT_MS)
    assert dialog.message.text().startswith("Aline Tester changed this leave request at ")
    assert dialog.note.toPlainText() == "Get well"
    assert team.row(request)["status"] == "pending"
    # Read again, the decision passes.
    key(qtbot, dialog.note, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.step_dialog is None, timeout=WAIT_MS)
    assert team.row(request)["status"] == "approved"


def test_who_may_not_decide_gets_no_decision_step(qtbot, team, desk):
    request = team.file(team.clerk, week(0))
    window = desk(team.compliance).open("leave_requests", request)
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    # Asked as the record was shown: answered once the worker is idle again.
    qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)
    assert window.step_buttons == [] and window.step_dialog is None


# --------------------------------------------------------------------------- cancelling


def test_the_employee_cancels_an_approved_leave_by_keyboard(qtbot, team, desk):
    request = team.file(team.clerk, week(0))
    with team.boss.session() as session:
        leave.decide_leave(session, request, True, None)
    window = desk(team.clerk).open("leave_requests", request)
    qtbot.waitUntil(
        lambda: [b.text() for b in window.step_buttons] == ["Cancel &leave…"], timeout=WAIT_MS
    )
    assert window.step_dialog is None  # nothing opens at once for the employee
    key(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, CancelLeaveDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    assert dialog.question.text().startswith("Cancel your annual leave (Mon ")
    assert dialog.question.text().endswith("It was approved: its days go back to the balance.")
    qtbot.waitUntil(lambda: focused() is dialog.keep_button, timeout=WAIT_MS)
    key(qtbot, dialog.keep_button, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # &Your reason
    assert focused() is dialog.note
    qtbot.keyClicks(dialog.note, "Trip postponed")
    key(qtbot, dialog.note, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.message.text() == "The leave is cancelled.", timeout=WAIT_MS)
    row = team.row(request)
    assert (row["status"], row["notes"]) == ("cancelled", "Trip postponed")
    assert window.step_buttons == []


def test_an_hr_officers_own_started_leave_offers_cancel_to_another_officer_only(qtbot, team, desk):
    # psql32 F1 (migration 0112): HR's Cancel leave… was offered on the officer's own
    # approved leave once it had started, and gave its days back. Their own request is
    # theirs as any employee's; another officer still cancels it.
    other = team.logins.person("hr", first_name="Honore", last_name="Gatete", department="HR")
    start = monday_before(7)
    request = team.file(team.hr, (start, start + dt.timedelta(days=1)))
    with other.session() as session:
        leave.decide_leave(session, request, True, None)
    own = desk(team.hr).open("leave_requests", request)
    qtbot.waitUntil(lambda: own.record is not None and not own.is_busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not own.worker.is_busy, timeout=WAIT_MS)
    assert own.step_buttons == []
    # The officer, who cancels others' leave every day, is told why not hers (eye32 #8).
    with team.hr.session() as session:
        said = leave.why_not_cancel(session, request)
    assert said is not None
    qtbot.waitUntil(lambda: "another HR officer cancels it" in own.subtitle.text(), timeout=WAIT_MS)
    assert own.subtitle.text().endswith(
        f"Your own leave started on {said.params['start']}: another HR officer cancels it."
    )
    theirs = desk(other).open("leave_requests", request)
    qtbot.waitUntil(
        lambda: [b.text() for b in theirs.step_buttons] == ["Cancel &leave…"], timeout=WAIT_MS
    )
    assert "another HR officer" not in theirs.subtitle.text()


def test_the_employees_own_decided_request_offers_nothing_to_save(qtbot, team, desk):
    # A user-eye review: on her own rejected request an employee was offered its reason
    # and Save, and the database refused the save ("Your role may not save…"): row
    # security lets a person change their request only while it is pending.
    pending = team.file(team.clerk, week(1))
    rejected = team.file(team.clerk, week(3))
    with team.boss.session() as session:
        leave.decide_leave(session, rejected, False, "Month-end closing")
    opener = desk(team.clerk)

    window = opener.open("leave_requests", rejected)
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    assert all(editor.is_read_only() for editor in window.form.editors.values())
    assert not window.save_button.isEnabled()
    assert window.subtitle.text() == "This leave request is rejected: you can no longer change it."
    window.save()  # Ctrl+S sends nothing either
    assert not window.is_busy

    # While pending, the request is still hers to correct.
    window = opener.open("leave_requests", pending)
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    assert not window.form.editors["reason"].is_read_only()
    assert window.save_button.isEnabled()


def test_a_reports_pending_request_is_read_only_for_their_supervisor(qtbot, team, desk):
    # Noticed with the fix above: the supervisor (an employee login) was offered the
    # reason of their report's pending request and Save; row security lets only the
    # person whose request it is change it.
    request = team.file(team.clerk, week(1))
    window = desk(team.boss).open("leave_requests", request)
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    assert window.record.own is False
    assert all(editor.is_read_only() for editor in window.form.editors.values())
    assert not window.save_button.isEnabled()
    assert window.subtitle.text() == "You can read this leave request; your role cannot change it."
    # The decision is still theirs to take, in its dialog.
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)


def test_a_file_attached_after_the_window_read_the_request_stops_its_decision(qtbot, team, desk):
    """The decision is on what the window showed, its files included (migration 0064):
    a certificate attached after the window read the request, and before the decision
    dialog was opened again, refuses the decision until it is looked at."""
    from dicel_desktop.services import documents

    request = team.file(team.clerk, week(1, days=2))
    window = desk(team.boss).open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    key(qtbot, dialog, Qt.Key.Key_Escape)  # the supervisor looks at the window first
    qtbot.waitUntil(lambda: window.step_dialog is None, timeout=WAIT_MS)
    with team.clerk.session() as session:  # meanwhile, at the employee's desk
        documents.attach(
            session, "leave_requests", request, "note.pdf", "application/pdf", b"%PDF-1.4 x"
        )
        session.commit()
    (decide,) = [b for b in window.step_buttons if b.text() == "&Approve or reject…"]
    decide.click()
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    key(qtbot, dialog.note, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.message.text().startswith("Aline Tester changed this leave request at ")
    assert team.row(request)["status"] == "pending"
    # Looked at again, it is decided.
    key(qtbot, dialog.note, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.step_dialog is None, timeout=WAIT_MS)
    assert team.row(request)["status"] == "approved"


def test_hr_who_changed_the_request_is_told_approve_is_someone_elses_and_rejects(qtbot, team, desk):
    """Migration 0093 (DW005): the dialog learns it from the refusal, as for an expense;
    Approve goes off saying why, Reject stays, and the note typed is kept."""
    request = team.file(team.clerk, week(1))
    with team.psql(team.hr) as conn:
        conn.execute("UPDATE leave_requests SET reason = 'Wedding' WHERE id = %s", (request,))
        conn.commit()
    window = desk(team.hr).open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.note, "Audit week")
    key(qtbot, dialog.note, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.is_busy, timeout=WAIT_MS)
    said = "You changed this leave request: someone else must approve it."
    assert dialog.message.text() == said
    assert not dialog.approve_button.isEnabled() and dialog.approve_button.toolTip() == said
    assert dialog.reject_button.isEnabled() and dialog.note.toPlainText() == "Audit week"
    assert team.row(request)["status"] == "pending"
    key(qtbot, dialog.note, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.step_dialog is None, timeout=WAIT_MS)
    row = team.row(request)
    assert (row["status"], row["approved_by"], row["notes"]) == (
        "rejected",
        team.hr.user_id,
        "Audit week",
    )
