"""A leave across the year end in the leave dialogs (migration 0156): the decision dialog
and the Request leave dialog say the balance of each year the request touches, one line
a year, with the request's working days in it; what goes beyond names its year."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from leave_team import ACROSS_END, ACROSS_START, IN_FIRST, IN_LATER, LATER, NEXT_YEAR, year_end_team
from PySide6.QtCore import QSettings

from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.services.auth import login

START, END = ACROSS_START, ACROSS_END


def _days(count: int) -> str:
    return "1 working day" if count == 1 else f"{count} working days"


@pytest.fixture
def team(db_dsn):
    yield from year_end_team(db_dsn)


def test_the_decision_dialog_says_each_years_balance_on_a_line_of_its_own(qtbot, team, desk):
    request = team.file(team.clerk, (START, END))
    # The later year's allowance lowered since: approving would take it beyond.
    team.setting("leave.allowance.annual", str(IN_LATER - 1))
    window = desk(team.boss).open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    first, later = dialog.balance.text().split("\n")
    assert first.startswith(f"Annual leave in {NEXT_YEAR}: ")
    assert f"Waiting includes this request ({_days(IN_FIRST)})." in first
    assert later.startswith(f"Annual leave in {LATER}: ")
    assert f"Waiting includes this request ({_days(IN_LATER)})." in later
    assert f"Once approved: {IN_LATER} taken of {IN_LATER - 1}." in later
    assert dialog.balance_warning.text() == (
        f"Approving would take 1 day beyond the allowance of {LATER}: the database will"
        " refuse it. Reject it, or ask for a shorter request."
    )
    assert dialog.balance_warning.isVisible()
    # The dialog grows to its facts, nobody of the team being away: the two lines were
    # drawn over the warning, the second cut in half.
    for label in (dialog.balance, dialog.balance_warning):
        qtbot.waitUntil(
            lambda label=label: label.height() >= label.heightForWidth(label.width()),
            timeout=WAIT_MS,
        )


def test_the_request_dialog_says_each_years_balance_and_which_year_is_beyond(qtbot, team, tmp_path):
    team.setting("leave.allowance.annual", str(IN_LATER - 1))
    parts = urlsplit(team.logins.db_dsn)
    logged_in = login(
        "127.0.0.1", parts.port, parts.path.lstrip("/"), team.clerk.email, team.clerk.password
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(logged_in, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "leave" in window.my_work.section_keys(), timeout=WAIT_MS)
    page = window.my_work.show_section("leave")
    page.new_record()
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    for editor, day in ((dialog.start, START), (dialog.end, END)):
        editor.line.setFocus()
        editor.line.selectAll()
        qtbot.keyClicks(editor.line, day.isoformat())
    dialog.reason.setFocus()
    qtbot.waitUntil(lambda: len(dialog.balance.text().split("\n")) == 2, timeout=WAIT_MS)
    first, later = dialog.balance.text().split("\n")
    assert first.startswith(f"In {NEXT_YEAR}: {_days(IN_FIRST)} of this request. ")
    assert later.startswith(f"In {LATER}: {_days(IN_LATER)} of this request. ")
    qtbot.waitUntil(lambda: dialog.beyond.text() != "", timeout=WAIT_MS)
    assert dialog.beyond.text() == (
        f"That is 1 working day beyond what is left for {LATER}: shorten the leave to the"
        " days left."
    )
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    window.close()
