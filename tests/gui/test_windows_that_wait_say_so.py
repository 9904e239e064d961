"""Every window that waits on the server says so in its own place (wait40), not only the
status bar at the main window's foot, which a dialog may cover: a list ("Loading… (no
answer from the server yet)" beside its busy bar), a decision dialog ("Approving… (…)"),
a case step's dialog ("Working… (…)"). Once the status bar says it (the watch's fourth
look), not before; what was typed stays; the answer, or the connection lost, ends it.

The server is hung for real: the backends of the person's connections are stopped
(SIGSTOP, ``slow_server.stopped_backends``). The watch's looks are made by the test, one
after another: no clock decides anything here."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import psycopg
import pytest
from finance_data import budget
from helpers import WAIT_MS, user_summary
from leave_team import make_team, week
from logins import new_expense, open_logins
from PySide6.QtCore import QSettings
from shop import open_shop
from slow_server import stopped_backends
from sqlalchemy import text

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.admin.change_role_dialog import ChangeRoleDialog
from dicel_desktop.gui.connection_watch import WAIT_CHECKS, ConnectionWatch
from dicel_desktop.gui.dashboards.dashboard_page import DashboardPage
from dicel_desktop.gui.records.history_panel import HistoryPanel
from dicel_desktop.gui.tabs.inbox_page import InboxPage
from dicel_desktop.gui.tabs.my_work_tab import MyWorkTab
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel
from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
from dicel_desktop.gui.workflows.cancel_leave_dialog import CancelLeaveDialog
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.gui.workflows.cases import step_label
from dicel_desktop.gui.workflows.decide_purchase_order_dialog import DecidePurchaseOrderDialog
from dicel_desktop.gui.workflows.end_leave_early_dialog import EndLeaveEarlyDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog
from dicel_desktop.services import inbox, purchasing

NO_ANSWER = "No answer from the server yet — 15 s"

pytestmark = pytest.mark.usefixtures("rwanda")


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


@pytest.fixture
def shop(db_dsn):
    yield from open_shop(db_dsn)


def _watching(worker, parent) -> tuple[ConnectionWatch, list[str]]:
    """The status bar's watch on ``worker``, its looks made by the test; what it said."""
    watch = ConnectionWatch(worker, parent)
    watch.stop()
    said: list[str] = []
    watch.changed.connect(said.append)
    return watch, said


def _looks_until_said(qtbot, watch, said, shown) -> None:
    """The watch's looks at the task the worker waits on: until the status bar says it,
    ``shown()`` (what the window says) has not changed; at that look, it has."""
    worker = watch._worker
    qtbot.waitUntil(lambda: worker.running_request is not None, timeout=WAIT_MS)
    before = shown()
    for _ in range(WAIT_CHECKS):
        watch.check_waiting()
    assert said == [] and shown() == before
    watch.check_waiting()
    assert said == [NO_ANSWER]


def test_a_list_whose_rows_wait_says_so_beside_its_busy_bar(qtbot, logins, desk, tmp_path):
    admin = logins.person("admin")
    logins.department("FIN")
    worker = desk(admin).worker
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "departments", ["code", "name"], settings=settings)
    qtbot.addWidget(grid)
    grid.resize(1000, 500)
    grid.show()
    model = grid.model
    qtbot.waitUntil(lambda: not model.is_loading and model.is_row_loaded(0), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "row" in grid.count_label.text(), timeout=WAIT_MS)
    counted = grid.count_label.text()
    watch, said = _watching(worker, grid)
    with stopped_backends(logins, admin.email):
        grid.refresh()
        _looks_until_said(qtbot, watch, said, grid.count_label.text)
        assert grid.count_label.text() == "Loading… (no answer from the server yet)"
        assert grid.busy.isVisible() and model.is_loading
        watch.check_waiting()  # it waits on: said once, the status bar counts on
        assert grid.count_label.text() == "Loading… (no answer from the server yet)"
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: grid.count_label.text() == counted, timeout=WAIT_MS)
    assert not grid.busy.isVisible()
    assert said[-1] == "Connected"


def test_a_leave_decision_that_waits_says_so_keeps_the_note_and_ends_approved(qtbot, team, desk):
    request = team.file(team.clerk, week(1))
    boss = desk(team.boss)
    window = boss.open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not boss.worker.is_busy, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.note, "Enjoy Rubavu")
    watch, said = _watching(boss.worker, window)
    with stopped_backends(team.logins, team.boss.email):
        dialog.approve_button.click()
        _looks_until_said(qtbot, watch, said, dialog.message.text)
        # Under the note, in the dialog that covers the status bar.
        assert dialog.message.text() == "Approving… (no answer from the server yet)"
        assert dialog.message.isVisible() and dialog.is_busy
        assert dialog.note.toPlainText() == "Enjoy Rubavu"
        assert not dialog.approve_button.isEnabled()
    qtbot.waitUntil(lambda: window.step_dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.message.text() == "Approved.", timeout=WAIT_MS)
    row = team.row(request)
    assert (row["status"], row["notes"]) == ("approved", "Enjoy Rubavu")


def _file_ticket(person) -> object:
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO it_support_tickets (category, subject, description)"
                " VALUES ('Hardware', 'Screen flickers', 'Since Monday.') RETURNING id"
            )
        )


def test_a_case_step_that_waits_says_so_then_the_lost_connection_keeps_the_typing(
    qtbot, logins, desk
):
    requester, tech = logins.person("employee"), logins.person("it")
    ticket = _file_ticket(requester)
    opener = desk(tech)
    window = opener.open("it_support_tickets", ticket)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    (resolve,) = [b for b in window.step_buttons if b.text() == step_label("resolve")]
    resolve.click()
    qtbot.waitUntil(lambda: window.findChild(CaseStepDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(CaseStepDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not opener.worker.is_busy, timeout=WAIT_MS)
    dialog.resolution.setPlainText("Swapped the monitor cable.")
    watch, said = _watching(opener.worker, window)
    with stopped_backends(logins, tech.email) as pids:
        dialog.take_button.click()
        _looks_until_said(qtbot, watch, said, dialog.message.text)
        assert dialog.message.text() == "Working… (no answer from the server yet)"
        assert dialog.is_busy and not dialog.resolution.isEnabled()
        # The server ends the connection (taken up when its process goes on).
        with logins.superuser().connect() as conn:
            for pid in pids:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    # The waiting words are gone for what happened; what was typed is still there.
    assert "no answer" not in dialog.message.text()
    assert dialog.message.text()
    assert dialog.isVisible()
    assert dialog.resolution.toPlainText() == "Swapped the monitor cable."
    assert dialog.resolution.isEnabled()
    assert said[-1] in ("Connection lost — retrying", "Connected")


def test_a_purchase_order_decision_that_waits_says_so_though_it_shows_no_busy_words(
    qtbot, shop, desk
):
    """A step dialog (purchase order, Receive…, Move stock) says nothing while its step
    runs, its buttons off: waited on, it says it is working and waiting, under the note,
    in its plain colour; the answer takes the words away with the dialog."""
    order = shop.draft(lines=[(shop.torch, 10, "12000")])
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    opener = desk(shop.manager)
    window = opener.open("purchase_orders", order)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    dialog = DecidePurchaseOrderDialog.open_for(window, opener.worker, order, approve=True)
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not opener.worker.is_busy, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.note, "For the night shift")
    decided: list[str] = []
    dialog.decided.connect(decided.append)
    watch, said = _watching(opener.worker, window)
    with stopped_backends(shop.logins, shop.manager.email):
        dialog.approve_button.click()
        _looks_until_said(qtbot, watch, said, dialog.message.text)
        assert dialog.message.text() == "Working… (no answer from the server yet)"
        assert dialog.message.isVisible() and dialog.is_busy
        plain = dialog.palette().color(dialog.foregroundRole())
        assert dialog.message.palette().color(dialog.message.foregroundRole()) == plain
        assert dialog.note.toPlainText() == "For the night shift"
    qtbot.waitUntil(lambda: decided == ["approved"], timeout=WAIT_MS)


# --------------------------------------------------------------------------- wait40b


def _connected(qtbot, worker) -> None:
    """The worker has its connection (a backend to stop) and nothing under way."""
    answered: list[object] = []
    worker.submit(lambda s: s.execute(text("SELECT 1")), answered.append, answered.append)
    qtbot.waitUntil(lambda: bool(answered) and not worker.is_busy, timeout=WAIT_MS)


def _summary(person):
    return user_summary(person.email, str(person.role.value))


def test_an_administrators_change_that_waits_says_so_above_its_buttons(qtbot, logins, desk):
    """The admin's user dialogs said their busy words on the OK button alone."""
    admin, clerk = logins.person("admin"), logins.person("employee")
    worker = desk(admin).worker
    _connected(qtbot, worker)
    dialog = ChangeRoleDialog(worker, _summary(clerk))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("hr"))
    done: list[str] = []
    dialog.succeeded.connect(done.append)
    watch, said = _watching(worker, dialog)
    with stopped_backends(logins, admin.email):
        dialog.ok_button.click()
        _looks_until_said(qtbot, watch, said, dialog.message.text)
        assert dialog.message.text() == "Changing… (no answer from the server yet)"
        assert dialog.message.isVisible() and dialog.ok_button.text() == "Changing…"
        plain = dialog.palette().color(dialog.foregroundRole())
        assert dialog.message.palette().color(dialog.message.foregroundRole()) == plain
        assert dialog.role_combo.currentData() == "hr"
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)


def test_a_leave_request_that_waits_says_so_and_keeps_the_reason(qtbot, team, desk):
    worker = desk(team.clerk).worker
    dialog = LeaveRequestDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    start, end = week(4)
    for editor, day in ((dialog.start, start), (dialog.end, end)):
        qtbot.keyClicks(editor.line, day.isoformat())
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: not dialog._preview_timer.isActive() and not worker.is_busy, timeout=WAIT_MS
    )
    dialog.reason.setPlainText("Family visit in Rubavu")
    filed: list[object] = []
    dialog.filed.connect(filed.append)
    watch, said = _watching(worker, dialog)
    with stopped_backends(team.logins, team.clerk.email):
        dialog.ok_button.click()
        _looks_until_said(qtbot, watch, said, dialog.message.text)
        assert dialog.message.text() == "Requesting… (no answer from the server yet)"
        assert dialog.message.isVisible() and dialog.is_busy
        assert dialog.reason.toPlainText() == "Family visit in Rubavu"
    qtbot.waitUntil(lambda: bool(filed), timeout=WAIT_MS)


def test_a_leave_cancellation_says_it_is_cancelling_and_when_it_waits(qtbot, team, desk):
    """Cancel leave showed no busy words at all, only its buttons off."""
    request = team.file(team.clerk, week(2))
    opener = desk(team.clerk)
    window = opener.open("leave_requests", request)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not opener.worker.is_busy, timeout=WAIT_MS)
    dialog = CancelLeaveDialog(opener.worker, window.record, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setPlainText("Plans changed")
    cancelled: list[bool] = []
    dialog.cancelled.connect(lambda: cancelled.append(True))
    watch, said = _watching(opener.worker, window)
    with stopped_backends(team.logins, team.clerk.email):
        dialog.cancel_leave_button.click()
        assert dialog.message.text() == "Cancelling…" and dialog.message.isVisible()
        _looks_until_said(qtbot, watch, said, dialog.message.text)
        assert dialog.message.text() == "Cancelling… (no answer from the server yet)"
        assert dialog.note.toPlainText() == "Plans changed"
    qtbot.waitUntil(lambda: bool(cancelled), timeout=WAIT_MS)
    assert team.row(request)["status"] == "cancelled"


def test_ending_a_leave_early_says_so_and_when_it_waits_esc_waiting_too(qtbot, team, desk):
    """End early… (away40) showed only its buttons off and ignored Esc, in silence, while
    its step waited (a row held by a payroll run is an ordinary wait): it says "Ending…",
    then the longer words; Esc still waits for the answer, as every step dialog does."""
    import datetime as dt

    with team.su() as conn:
        today = conn.execute("SELECT public.dicel_company_day()").fetchone()[0]
        request = conn.execute(
            "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
            " reason, status, approved_by, approved_date)"
            " VALUES (%s, 'annual', %s, %s, 'Rest', 'approved', %s, now()) RETURNING id",
            (team.clerk.employee_id, today - dt.timedelta(days=7),
             today + dt.timedelta(days=14), team.boss.user_id),
        ).fetchone()[0]  # fmt: skip
    opener = desk(team.hr)
    window = opener.open("leave_requests", request)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not opener.worker.is_busy, timeout=WAIT_MS)
    dialog = EndLeaveEarlyDialog(opener.worker, window.record, window, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setPlainText("Back at work")
    ended: list[object] = []
    dialog.ended.connect(ended.append)
    watch, said = _watching(opener.worker, window)
    with stopped_backends(team.logins, team.hr.email):
        dialog.end_button.click()
        assert dialog.message.text() == "Ending…" and dialog.message.isVisible()
        plain = dialog.palette().color(dialog.foregroundRole())
        assert dialog.message.palette().color(dialog.message.foregroundRole()) == plain
        _looks_until_said(qtbot, watch, said, dialog.message.text)
        assert dialog.message.text() == "Ending… (no answer from the server yet)"
        dialog.reject()  # Esc: the step on its way is not abandoned
        assert dialog.isVisible() and dialog.is_busy
        assert dialog.note.toPlainText() == "Back at work"
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)
    assert team.row(request)["end_date"] == today


def test_a_bulk_decision_that_waits_says_so_in_its_summary(qtbot, team, desk):
    request = team.file(team.clerk, week(3))
    worker = desk(team.boss).worker
    with team.boss.session() as session:
        items = [i for i in inbox.waiting_for_me(session) if i.id == request]
    dialog = BulkDecisionDialog(worker, items, approve=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.note, "Enjoy")
    decided: list[object] = []
    dialog.decided.connect(decided.append)
    watch, said = _watching(worker, dialog)
    with stopped_backends(team.logins, team.boss.email):
        dialog.go_button.click()
        _looks_until_said(qtbot, watch, said, dialog.summary.text)
        assert dialog.summary.text() == "Deciding… (no answer from the server yet)"
        assert dialog.summary.isVisible() and dialog.note.text() == "Enjoy"
    qtbot.waitUntil(lambda: bool(decided), timeout=WAIT_MS)
    assert dialog.summary.text() == "1 approved."


def test_a_records_history_that_waits_says_so(qtbot, logins, desk):
    admin = logins.person("admin")
    department = logins.department("FIN")
    worker = desk(admin).worker
    _connected(qtbot, worker)
    panel = HistoryPanel(worker, "departments", department)
    qtbot.addWidget(panel)
    watch, said = _watching(worker, panel)
    with stopped_backends(logins, admin.email):
        panel.show()
        _looks_until_said(qtbot, watch, said, panel.status.text)
        assert panel.status.text() == "Loading the history… (no answer from the server yet)"
    qtbot.waitUntil(lambda: "change" in panel.status.text(), timeout=WAIT_MS)


def test_a_records_files_that_wait_say_so_whatever_is_chosen_meanwhile(qtbot, logins, desk):
    admin = logins.person("admin")
    department = logins.department("FIN")
    worker = desk(admin).worker
    _connected(qtbot, worker)
    panel = DocumentsPanel(worker, "departments")
    qtbot.addWidget(panel)
    panel.show()
    watch, said = _watching(worker, panel)
    with stopped_backends(logins, admin.email):
        panel.set_record(department)
        _looks_until_said(qtbot, watch, said, panel.status.text)
        words = "Loading the files… (no answer from the server yet)"
        assert panel.status.text() == words
        panel.set_read_only(True)  # the state said again meanwhile: still waiting
        assert panel.status.text() == words
    qtbot.waitUntil(lambda: not panel.is_busy, timeout=WAIT_MS)
    assert "no answer" not in panel.status.text()


def test_a_case_step_says_so_when_the_people_who_can_take_it_wait(qtbot, logins, desk):
    """The choice of a person said "Loading the people who can take it…" as its
    placeholder, and nothing more however long the read waited."""
    requester, tech = logins.person("employee"), logins.person("it")
    ticket = _file_ticket(requester)
    opener = desk(tech)
    window = opener.open("it_support_tickets", ticket)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not opener.worker.is_busy, timeout=WAIT_MS)
    (assign,) = [b for b in window.step_buttons if b.text() == step_label("assign")]
    watch, said = _watching(opener.worker, window)
    with stopped_backends(logins, tech.email):
        assign.click()
        qtbot.waitUntil(lambda: window.findChild(CaseStepDialog) is not None, timeout=WAIT_MS)
        dialog = window.findChild(CaseStepDialog)
        assert dialog.assignee is not None
        _looks_until_said(qtbot, watch, said, dialog.assignee.placeholderText)
        assert dialog.assignee.placeholderText() == (
            "Loading the people who can take it… (no answer from the server yet)"
        )
    qtbot.waitUntil(lambda: dialog.assignee.count() > 0, timeout=WAIT_MS)
    assert dialog.assignee.placeholderText() == "Choose a person"


def test_a_list_whose_background_count_waits_says_so_and_the_count_comes_back(
    qtbot, logins, desk, tmp_path
):
    """The count after the rows (not a busy read: the rows are in) said nothing while
    it waited; it says "Counting… (…)" beside the busy bar, and its answer the count."""
    admin = logins.person("admin")
    with logins.superuser().begin() as conn:  # more than a page: the total is counted after
        conn.execute(
            text(
                "INSERT INTO departments (name, code)"
                " SELECT 'Branch ' || n, 'B' || n FROM generate_series(1, 250) AS n"
            )
        )
    worker = desk(admin).worker
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with contextlib.ExitStack() as held:
        stopped: list[bool] = []
        # Left (a failure inside too): no later count stops the server again, for good.
        held.callback(stopped.append, False)

        def stop_before_the_count(_rows: int, exact: bool) -> None:
            # The rows are in and the background count is about to be asked: the server
            # stops answering first (the slot runs before the count's timer starts).
            if not exact and not stopped:
                stopped.append(True)  # once: a later count must not stop it again
                held.enter_context(stopped_backends(logins, admin.email))

        grid = DataGrid(worker, "departments", ["code", "name"], settings=settings)
        qtbot.addWidget(grid)
        grid.model.count_changed.connect(stop_before_the_count)
        grid.resize(1000, 500)
        grid.show()
        model = grid.model
        qtbot.waitUntil(lambda: bool(stopped), timeout=WAIT_MS)
        watch, said = _watching(worker, grid)
        _looks_until_said(qtbot, watch, said, grid.count_label.text)
        assert not model.is_loading
        assert grid.count_label.text() == "Counting… (no answer from the server yet)"
        assert grid.busy.isVisible()
    qtbot.waitUntil(lambda: "no answer" not in grid.count_label.text(), timeout=WAIT_MS)
    assert grid.count_label.text() == grid._count_text
    assert not grid.busy.isVisible()


def test_a_dashboard_that_waits_says_so_over_its_tiles(qtbot, logins, desk):
    clerk = logins.person("finance")
    worker = desk(clerk).worker
    _connected(qtbot, worker)
    page = DashboardPage(worker, "finance", role=Role.FINANCE)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.prepare()
    watch, said = _watching(worker, page)
    with stopped_backends(logins, clerk.email):
        page.load()
        _looks_until_said(qtbot, watch, said, page.status.text)
        assert page.status.text() == "Loading the figures… (no answer from the server yet)"
        assert page.status.isVisible()
    qtbot.waitUntil(lambda: page.loaded, timeout=WAIT_MS)
    assert not page.status.isVisible()


def test_my_profile_that_waits_says_so(qtbot, logins, desk, tmp_path):
    clerk = logins.person("employee")
    worker = desk(clerk).worker
    _connected(qtbot, worker)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    watch = said = None
    with stopped_backends(logins, clerk.email):
        tab = MyWorkTab(worker, Role.EMPLOYEE, clerk.user_id, settings)
        qtbot.addWidget(tab)
        tab.show()
        watch, said = _watching(worker, tab)
        status = tab.profile.status
        _looks_until_said(qtbot, watch, said, status.text)
        assert status.text() == "Loading your profile… (no answer from the server yet)"
    qtbot.waitUntil(lambda: "Besides you" in status.text(), timeout=WAIT_MS)


def test_the_inbox_says_so_when_an_items_record_waits(qtbot, logins, desk):
    """Approve… on an expense reads its record first, the buttons off and nothing said."""
    clerk = logins.person("finance", first_name="Aline", department="FIN")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo", department="FIN")
    fin = logins.department("FIN")
    budget(manager, fin, "Fuel", allocated=Decimal("1000000"))
    new_expense(clerk, department_id=fin, amount=Decimal("25000.00"))
    with manager.session() as session:
        items = inbox.waiting_for_me(session)
    worker = desk(manager).worker
    _connected(qtbot, worker)
    page = InboxPage(worker, role=Role.FINANCE)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    page.show_items(items)
    page.view.selectRow(0)
    watch, said = _watching(worker, page)
    with stopped_backends(logins, manager.email):
        page.approve_button.click()
        _looks_until_said(qtbot, watch, said, page.problem.text)
        assert page.problem.text() == "Loading… (no answer from the server yet)"
        assert page.problem.isVisible() and not page.approve_button.isEnabled()
        page.show_items(items)  # the listener's news meanwhile: the read still waits
        assert page.problem.text() == "Loading… (no answer from the server yet)"
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=WAIT_MS)
    assert not page.problem.isVisible()
    page.dialog.reject()


def test_a_count_answered_while_the_rows_still_wait_leaves_the_words(
    qtbot, logins, desk, db_dsn, tmp_path
):
    """The rows asked for (the end of the list) queue behind a background count that
    waits: the words are said; the count is answered (its time ran out on a lock) while
    the rows' read waits on that lock, and the words stay until the rows come."""
    admin = logins.person("admin")
    with logins.superuser().begin() as conn:
        conn.execute(
            text(
                "INSERT INTO departments (name, code)"
                " SELECT 'Branch ' || n, 'B' || n FROM generate_series(1, 250) AS n"
            )
        )
    worker = desk(admin).worker
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    words = "Loading… (no answer from the server yet)"
    with contextlib.ExitStack() as held:
        stopped: list[bool] = []
        # Left (a failure inside too): no later count stops the server again, for good.
        held.callback(stopped.append, False)

        def stop_before_the_count(_rows: int, exact: bool) -> None:
            if not exact and not stopped:
                stopped.append(True)  # once: a later count must not stop it again
                held.enter_context(stopped_backends(logins, admin.email))

        grid = DataGrid(worker, "departments", ["code", "name"], settings=settings)
        qtbot.addWidget(grid)
        grid.model.count_changed.connect(stop_before_the_count)
        grid.resize(1000, 500)
        grid.show()
        model = grid.model
        settled: list[int] = []
        model.read_settled.connect(settled.append)
        qtbot.waitUntil(lambda: bool(stopped), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: worker.running_request is not None, timeout=WAIT_MS)
        grid.rows.scroll_to_bottom()  # the last rows, asked for behind the count
        qtbot.waitUntil(lambda: model.is_loading, timeout=WAIT_MS)
        watch, said = _watching(worker, grid)
        _looks_until_said(qtbot, watch, said, grid.count_label.text)
        assert grid.count_label.text() == words
        count = grid.unanswered.said_for
        # The rows' read will wait on this lock; the count gives up on it (its 2 s limit).
        locker = psycopg.connect(db_dsn, autocommit=False)
        locker.execute("SET lock_timeout = '10s'")
        locker.execute("LOCK TABLE departments IN ACCESS EXCLUSIVE MODE")
    try:
        qtbot.waitUntil(lambda: count in settled, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not grid._status_timer.isActive(), timeout=WAIT_MS)
        assert model.is_loading
        assert grid.count_label.text() == words and grid.busy.isVisible()
    finally:
        locker.rollback()
        locker.close()
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "no answer" not in grid.count_label.text(), timeout=WAIT_MS)
