"""Every window that waits on the server says so in its own place (wait40), not only the
status bar at the main window's foot, which a dialog may cover: a list ("Loading… (no
answer from the server yet)" beside its busy bar), a decision dialog ("Approving… (…)"),
a case step's dialog ("Working… (…)"). Once the status bar says it (the watch's fourth
look), not before; what was typed stays; the answer, or the connection lost, ends it.

The server is hung for real: the backends of the person's connections are stopped
(SIGSTOP, ``slow_server.stopped_backends``). The watch's looks are made by the test, one
after another: no clock decides anything here."""

from __future__ import annotations

import pytest
from leave_team import make_team, week
from logins import open_logins
from PySide6.QtCore import QSettings
from shop import open_shop
from slow_server import stopped_backends
from sqlalchemy import text

from dicel_desktop.gui.connection_watch import WAIT_CHECKS, ConnectionWatch
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.gui.workflows.cases import step_label
from dicel_desktop.gui.workflows.decide_purchase_order_dialog import DecidePurchaseOrderDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.services import purchasing

WAIT_MS = 30_000  # a deadline for a failing test on a busy machine, not a measurement
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
