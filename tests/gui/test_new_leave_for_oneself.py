"""New on a leave request is Request leave… for oneself, for anyone but HR (eye36, 2: a
supervisor's New opened the generic form with an open Employee picker, and saving it for
a team member she manages was refused with a sentence telling her to check whom it was
for). HR keeps the form, with its Employee field, to file leave for others."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from leave_team import make_team, week
from logins import open_logins

from dicel_desktop.gui.records.editor_factory import make_editor_factory
from dicel_desktop.gui.records.opener import RecordOpener
from dicel_desktop.gui.records.record_window import RecordWindow
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


@pytest.fixture
def opened(qtbot):
    made: list[tuple[RecordWindow, DbWorker]] = []

    def open_request(person, request_id) -> RecordWindow:
        worker = DbWorker(person.session_factory)
        window = RecordWindow(
            worker,
            "leave_requests",
            person.role.value,
            make_editor_factory(worker),
            record_id=request_id,
        )
        qtbot.addWidget(window)
        made.append((window, worker))
        window.show()
        qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
        return window

    yield open_request
    for window, worker in made:
        window.discard_and_close()
        worker.shutdown()


def test_a_supervisors_new_requests_leave_for_herself(qtbot, team, opened):
    report_leave = team.file(team.clerk, week(2))
    window = opened(team.boss, report_leave)  # she opened her report's request
    assert window.new_button.isVisible()
    assert window.new_button.toolTip() == "Request leave for yourself (Ctrl+N)"

    with qtbot.waitSignal(window.filed_apart, timeout=WAIT_MS) as filed:
        window.new_button.click()
        dialog = window.own_new_dialog
        assert isinstance(dialog, LeaveRequestDialog)
        # The report's request stays in the window, not an empty form for anyone.
        assert window.record is not None and window.record.id == report_leave
        assert not window.form.is_new
        start, end = week(4)
        dialog.start.set_value(start)
        dialog.end.set_value(end)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
        dialog.accept()
    row = team.row(filed.args[0])
    assert row["employee_id"] == team.boss.employee_id  # for herself
    assert row["status"] == "pending"


def test_hr_keeps_the_form_to_file_leave_for_others(qtbot, team, opened):
    window = opened(team.hr, team.file(team.clerk, week(2)))
    window.new_button.click()
    assert window.own_new_dialog is None
    qtbot.waitUntil(lambda: window.form.is_new, timeout=WAIT_MS)
    assert "employee_id" in window.form.editors
    assert window.form.editors["employee_id"].is_read_only() is False


def test_new_from_a_list_of_leave_requests_is_request_leave_too(team):
    # Compliance reads every leave request, and may file its own: New record on its list.
    for person, expected in ((team.compliance, LeaveRequestDialog), (team.hr, RecordWindow)):
        worker = DbWorker(person.session_factory)
        opener = RecordOpener(worker, person.role, make_editor_factory(worker))
        made = opener.new("leave_requests")
        try:
            assert isinstance(made, expected), person.role
        finally:
            if isinstance(made, RecordWindow):
                made.discard_and_close()
            else:
                made.reject()
            worker.shutdown()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "fr",
            "Vous ne pouvez demander un congé que pour vous-même (Mon travail › Mes congés ›"  # noqa: RUF001
            " Demander un congé…) ; les RH saisissent les congés des autres.",
        ),
        (
            "rw",
            "Ushobora gusaba ikiruhuko cyawe gusa (Akazi kanjye › Ibiruhuko byanjye ›"  # noqa: RUF001
            " Saba ikiruhuko…); ibiruhuko by\u2019abandi byandikwa n\u2019abashinzwe abakozi (HR).",
        ),
    ],
)
def test_the_refusal_says_the_rule_in_each_language(restore_language, language, said):
    from dicel_desktop.domain.errors import NotAllowed
    from dicel_desktop.gui import translations
    from dicel_desktop.gui.error_sentences import describe_error

    translations.install_translators(language)
    refusal = NotAllowed("leave_row_denied_add", record="leave request", records="leave requests")
    assert describe_error(refusal) == said
