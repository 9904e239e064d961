"""An employee record's Leave tab reads the leave card when it is first shown, not when
the record window builds its tabs (card40, balance40's left item): HR opening a record for
its address reads no balances. Once shown, it follows changes as before."""

from __future__ import annotations

from helpers import WAIT_MS
from PySide6.QtWidgets import QLabel

from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.leave_card_panel import EmployeeLeaveTab


def _drained(qtbot, worker: DbWorker) -> None:
    """Every task queued before this one has finished (the worker runs them in order)."""
    done: list[object] = []
    Op(worker, lambda _session: 1).on_success(done.append).run()
    qtbot.waitUntil(lambda: done == [1], timeout=WAIT_MS)


def test_the_card_is_read_when_the_tab_is_first_shown(qtbot, logins):
    officer = logins.person("hr")
    employee = logins.person("employee")
    worker = DbWorker(officer.session_factory)
    try:
        tab = EmployeeLeaveTab(worker, employee.employee_id, QLabel("requests"))
        qtbot.addWidget(tab)
        reads: list[object] = []
        tab.card.shown.connect(reads.append)
        # Built, not shown: a change here or elsewhere reads nothing yet.
        tab.on_table_changed("leave_requests")
        tab.on_records_notified("leave_requests")
        _drained(qtbot, worker)
        assert not tab.card._settle.isActive()  # no read waiting for the notifications
        assert reads == []
        assert tab.card.card is None
        # First shown: read, as HR may read the employee's card.
        with qtbot.waitSignal(tab.card.shown, timeout=WAIT_MS):
            tab.show()
        assert tab.card.card is not None
        assert tab.card.card.employee_id == employee.employee_id
        # Shown again (another tab and back): not read again.
        tab.hide()
        tab.show()
        _drained(qtbot, worker)
        assert len(reads) == 1
        # Then it follows a change made in this window, as before.
        with qtbot.waitSignal(tab.card.shown, timeout=WAIT_MS):
            tab.on_table_changed("leave_requests")
        assert len(reads) == 2
    finally:
        worker.shutdown()
