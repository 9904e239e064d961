"""A decision dialog never moves the focus while the person may be typing (keys38,
finding 1): the leave decision dialog opened by Reject… in "Waiting for me" gave the
Reject button the focus once the request's facts arrived, a second after it opened, and
the Space of the note being typed rejected the request with no note. The facts are held
back here by a lock the test holds, so the person types before and after they arrive."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from helpers import WAIT_MS
from leave_team import make_team, week
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shop import Shop, open_shop

from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog

pytestmark = pytest.mark.usefixtures("rwanda")


def _focused():
    return QApplication.focusWidget()


def _hold(dsn: str, table: str) -> psycopg.Connection:
    """A transaction holding ``table`` so no one reads it until it is rolled back."""
    conn = psycopg.connect(dsn)
    conn.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
    return conn


def test_a_note_typed_while_the_facts_arrive_stays_a_note(qtbot, logins, open_window, db_dsn):
    team = make_team(logins)
    request = team.file(team.clerk, week(1))
    window = open_window(team.boss)
    page = window.my_work.inbox
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "waiting" in window.my_work.section_keys(), timeout=WAIT_MS)
    window.my_work.show_section("waiting")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)

    held = _hold(db_dsn, "leave_requests")
    try:
        qtbot.keyClick(page.view, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # Re&ject…
        qtbot.waitUntil(lambda: isinstance(page.dialog, LeaveDecisionDialog), timeout=WAIT_MS)
        dialog = page.dialog
        qtbot.waitUntil(lambda: _focused() is dialog.note, timeout=WAIT_MS)
        assert dialog.is_busy and dialog.facts is None  # the facts are still on their way
        qtbot.keyClicks(_focused(), "Back on")
    finally:
        held.rollback()
        held.close()
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    # A wait on purpose: anything the facts' arrival set off (a focus moved on a later
    # turn) would have happened; nothing else marks that it did not.
    qtbot.wait(100)
    qtbot.keyClicks(_focused(), " Monday")

    assert dialog.isVisible()
    assert dialog.note.toPlainText() == "Back on Monday"
    assert team.row(request)["status"] == "pending"
    # Deciding is a deliberate step: Tab from the note reaches the decision chosen.
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.reject_button
    with qtbot.waitSignal(dialog.decided, timeout=WAIT_MS):
        qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    row = team.row(request)
    assert (row["status"], row["notes"]) == ("rejected", "Back on Monday")


@pytest.fixture
def shop(db_dsn) -> Iterator[Shop]:
    yield from open_shop(db_dsn)


def test_a_purchase_order_read_leaves_the_focus_where_the_person_put_it(qtbot, shop, desk, db_dsn):
    from dicel_desktop.gui.workflows.decide_purchase_order_dialog import (
        DecidePurchaseOrderDialog,
    )
    from dicel_desktop.services import purchasing

    order = shop.draft(lines=[(shop.torch, 10, "12000")])
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    window = desk(shop.manager).open("purchase_orders", order)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    window.activateWindow()
    held = _hold(db_dsn, "purchase_orders")
    try:
        dialog = DecidePurchaseOrderDialog.open_for(window, window.worker, order, approve=False)
        qtbot.waitUntil(lambda: _focused() is dialog.note, timeout=WAIT_MS)
        assert dialog.is_busy
        qtbot.keyClicks(dialog.note, "Too many")  # what is typed while it is read is kept
        qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
        moved_to = _focused()
        assert moved_to is not dialog.note
    finally:
        held.rollback()
        held.close()
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    qtbot.wait(100)  # a wait on purpose: anything the facts' arrival set off, as above
    assert _focused() is moved_to
    assert dialog.note.toPlainText() == "Too many"
    dialog.reject()
