""" "Waiting for me" in the main window, as a supervisor uses it: logged in over TCP as
real logins, new requests filed by their reports from other connections.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from inbox_helpers import file_leave
from logins import Logins, Person
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from dicel_desktop.gui.desktop_notice import DesktopNotice
from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.gui.tabs.inbox_page import InboxPage
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.services import work_listener
from dicel_desktop.services.auth import login


@pytest.fixture
def team(db_dsn: str, logins: Logins) -> tuple[Person, Person]:
    """(supervisor, their report)."""
    boss = logins.person("employee", first_name="Grace", last_name="Uwase")
    return boss, logins.person("employee", first_name="Eric", last_name="Habimana", supervisor=boss)


@pytest.fixture
def open_window(qtbot, db_dsn: str, tmp_path) -> Iterator[Callable[..., MainWindow]]:
    parts = urlsplit(db_dsn)
    server = (parts.hostname or "127.0.0.1", parts.port or 5432, parts.path.lstrip("/"))
    windows: list[MainWindow] = []

    def open_window(person: Person, **options) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(login(*server, person.email, person.password, **options), settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        my_work = window.my_work
        qtbot.waitUntil(lambda: my_work.inbox.loaded and my_work.me is not None, timeout=WAIT_MS)
        return window

    yield open_window
    for window in windows:
        window.close()
        assert window.live_inbox.listener.join(WAIT_MS / 1000)


def activate(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=WAIT_MS)


def section_text(window: MainWindow, key: str) -> str:
    sections = window.my_work.sections
    for i in range(sections.count()):
        if window.my_work.section_keys()[i] == key:
            return sections.item(i).text()
    raise KeyError(key)


def test_a_new_request_appears_with_its_count_without_a_refresh(qtbot, team, open_window):
    boss, report = team
    window = open_window(boss)
    page = window.my_work.inbox
    assert page.model.rowCount() == 0
    assert window.tabs.tabText(0) == "My work"

    leave = file_leave(report)  # another login, another connection
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    item = page.model.item(0)
    assert (item.kind, item.id) == ("leave", leave)
    assert page.model.index(0, 0).data() == "Leave"
    assert page.model.index(0, 5).data() == "Eric Habimana"
    assert window.tabs.tabText(0) == "My work (1)"
    qtbot.waitUntil(lambda: "waiting" in window.my_work.section_keys(), timeout=WAIT_MS)
    assert section_text(window, "waiting") == "Waiting for me (1)"
    # eye36, 1: its tooltip (the title whole, when the list cuts it) has the count too.
    keys = window.my_work.section_keys()
    tip = window.my_work.sections.item(keys.index("waiting")).toolTip()
    assert tip == "Waiting for me (1)"

    file_leave(report, week=4)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "My work (2)", timeout=WAIT_MS)
    # The tab is still "My work" to the menus and the remembered tab.
    assert window.tab_titles()[0] == "My work"
    assert page.status.text() == "Live"


def test_where_the_profile_says_poll_new_work_still_arrives(qtbot, team, open_window, monkeypatch):
    monkeypatch.setattr(work_listener, "POLL_INTERVAL_S", 0.2)
    boss, report = team
    window = open_window(boss, live_updates="poll")
    assert window.live_inbox.listener.mode == "poll"
    leave = file_leave(report)
    page = window.my_work.inbox
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.model.item(0).id == leave
    assert window.tabs.tabText(0) == "My work (1)"
    assert page.status.text() == "Checked at intervals"


def test_new_work_gives_a_desktop_notice_only_while_the_window_is_behind(qtbot, team, open_window):
    boss, report = team
    window = open_window(boss)
    page = window.my_work.inbox
    activate(qtbot, window)
    file_leave(report)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert window.live_inbox.notice.last is None  # in front: the count on the tab says it

    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    activate(qtbot, elsewhere)
    file_leave(report, week=4)
    qtbot.waitUntil(lambda: window.live_inbox.notice.last is not None, timeout=WAIT_MS)
    title, words, how = window.live_inbox.notice.last
    assert title == "Waiting for your decision"
    assert words == "Leave: " + page.model.item(1).title + ", from Eric Habimana"
    # A tray message where the desktop has a tray; otherwise the taskbar entry is marked.
    assert how == ("tray" if DesktopNotice.desktop_has_tray() else "alert")


def test_enter_opens_the_record_of_the_current_item(qtbot, team, open_window):
    boss, report = team
    leave = file_leave(report)
    window = open_window(boss)
    activate(qtbot, window)
    window.my_work.show_section("waiting")
    page = window.my_work.inbox
    assert page.model.rowCount() == 1
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ("leave_requests", leave) in window.records.windows, timeout=WAIT_MS)
    record = window.records.windows[("leave_requests", leave)]
    qtbot.waitUntil(lambda: not record.is_busy, timeout=WAIT_MS)
    record.discard_and_close()


def test_approving_several_at_once_by_keyboard_reports_the_one_decided_meanwhile(
    qtbot, db_dsn, logins, team, open_window
):
    boss, report = team
    hr = logins.person("hr", first_name="Jean", last_name="Mugabo")
    requests = [file_leave(report, week=week, days=1) for week in (2, 4, 6)]
    window = open_window(boss)
    page = window.my_work.inbox
    assert page.model.rowCount() == 3
    activate(qtbot, window)

    # To the section with the keyboard: the list of sections, End, then into the page.
    window.my_work.sections.setFocus()
    qtbot.keyClick(window.my_work.sections, Qt.Key.Key_End)
    assert window.my_work.stack.currentWidget() is page
    qtbot.keyClick(window.my_work.sections, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.view
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_items()) == 3
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.approve_button
    qtbot.keyClick(page.approve_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    assert dialog.heading.text() == "Approve these 3 items?"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note, timeout=WAIT_MS)
    # Each with its days and balance, read before anyone may decide.
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    assert all(fact.startswith("1 working day; ") for fact in dialog.facts), dialog.facts
    qtbot.keyClicks(dialog.note, "Enjoy")

    # Meanwhile HR decides the second request, from another desk.
    with hr.engine.begin() as conn:
        conn.execute(
            text("SELECT public.dicel_decide_leave(:id, true, 'Covered')"), {"id": requests[1]}
        )
        decided_at = conn.scalar(
            text("SELECT approved_date FROM leave_requests WHERE id = :id"), {"id": requests[1]}
        )
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.decisions is not None, timeout=WAIT_MS)

    # Each entry: the item and what became of it, then its fact under it.
    outcomes = [dialog.list.item(i).text().splitlines()[0] for i in range(dialog.list.count())]
    by_request = {d.item.id: text for d, text in zip(dialog.decisions, outcomes, strict=True)}
    at = decided_at.astimezone().strftime("%H:%M")
    assert by_request[requests[1]].endswith(
        f"Not decided: Already approved by Jean Mugabo at {at}."
    )
    assert by_request[requests[0]].endswith("— Approved")
    assert by_request[requests[2]].endswith("— Approved")
    assert dialog.summary.text() == "2 approved. 1 not decided: the reason is beside it."

    assert QApplication.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert window.tabs.tabText(0) == "My work"
    assert isinstance(window.my_work.stack.currentWidget(), InboxPage)


def test_polling_what_was_decided_here_leaves_the_list_at_once(
    qtbot, team, open_window, monkeypatch
):
    monkeypatch.setattr(work_listener, "POLL_INTERVAL_S", 3600)
    boss, report = team
    file_leave(report)
    window = open_window(boss, live_updates="poll")
    page = window.my_work.inbox
    assert page.model.rowCount() == 1
    window.my_work.show_section("waiting")
    page.view.selectRow(0)
    page.reject_button.click()
    # One item: its own dialog, Reject chosen.
    qtbot.waitUntil(lambda: isinstance(page.dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    # The note has the focus, not Reject (keys38): Tab from it reaches Reject first.
    assert dialog.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "Not in the closing week")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reject_button
    with qtbot.waitSignal(dialog.decided, timeout=WAIT_MS) as decided:
        qtbot.keyClick(dialog.reject_button, Qt.Key.Key_Return)
    assert decided.args == [False]
    # Not an hour later: the window reads its inbox again after its own decisions.
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert window.tabs.tabText(0) == "My work"

    # The same after a record of the inbox's tables was saved in this window.
    file_leave(report, week=4)
    window.records.table_changed.emit("leave_requests")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)


def test_someone_who_decides_nothing_gets_the_section_when_something_waits(
    qtbot, logins, open_window
):
    loner = logins.person("employee", first_name="Alice")
    window = open_window(loner)
    qtbot.waitUntil(lambda: window.my_work.me is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.my_work.inbox.loaded, timeout=WAIT_MS)
    assert "waiting" not in window.my_work.section_keys()

    # Made someone's supervisor after logging in: their request waits for them now.
    newcomer = logins.person("employee", first_name="Bosco", supervisor=loner)
    file_leave(newcomer)
    qtbot.waitUntil(lambda: "waiting" in window.my_work.section_keys(), timeout=WAIT_MS)
    assert section_text(window, "waiting") == "Waiting for me (1)"
