"""A pending pay period in "Waiting for me" (migration 0051), in the main window of a
finance manager logged in over TCP: the run another login makes appears without a
refresh, opens its record, and is approved or cancelled from the list."""

from __future__ import annotations

import psycopg
import pytest
from helpers import WAIT_MS, last_march
from logins import Logins, Person, new_expense
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.workflows.payroll_decision_dialog import PayrollDecisionDialog, PeriodStep
from dicel_desktop.services import payroll

MARCH = last_march()


@pytest.fixture
def people(logins: Logins) -> tuple[Person, Person]:
    """(HR's payroll officer, who runs it; a finance manager, who may approve it)."""
    officer = logins.person("hr", first_name="Grace", last_name="Mukamana")
    return officer, logins.person("finance", first_name="Jean", last_name="Mugabo")


def _run(person: Person):
    with person.session() as session:
        return payroll.run_payroll(session, *MARCH)


def _period(db_dsn: str, period_id) -> tuple:
    with psycopg.connect(db_dsn) as conn:
        return conn.execute(
            "SELECT p.status,"
            " (SELECT count(*) FROM payroll_records r WHERE r.pay_period_start = p.period_start"
            "   AND r.status <> 'cancelled'),"
            " (SELECT sum(r.net_salary) FROM payroll_records r"
            "   WHERE r.pay_period_start = p.period_start AND r.status <> 'cancelled')"
            " FROM payroll_periods p WHERE p.id = %s",
            (period_id,),
        ).fetchone()


def test_a_run_appears_with_its_month_payslips_and_total_and_opens_its_record(
    qtbot, db_dsn, people, open_window
):
    officer, manager = people
    window = open_window(manager)
    page = window.my_work.inbox
    assert page.model.rowCount() == 0

    period = _run(officer)  # another login, another connection
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    _status, payslips, net = _period(db_dsn, period)
    item = page.model.item(0)
    assert (item.kind, item.id) == ("payroll", period)
    cells = [page.model.index(0, column).data() for column in range(6)]
    money = ValueFormatter(LocaleFormats.from_qlocale()).money(net, "RWF")
    assert cells[:4] == ["Pay period", f"March {MARCH[0].year}", f"{payslips} payslips", money]
    assert cells[4] and cells[5] == "Grace Mukamana"
    assert window.tabs.tabText(0) == "My work (1)"

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    window.my_work.show_section("waiting")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ("payroll_periods", period) in window.records.windows, timeout=WAIT_MS)
    record = window.records.windows[("payroll_periods", period)]
    qtbot.waitUntil(lambda: not record.is_busy, timeout=WAIT_MS)
    record.discard_and_close()


def test_rejecting_a_run_from_the_list_cancels_it_in_its_own_dialog(
    qtbot, db_dsn, people, open_window
):
    # One item: the pay period's own dialog (as its window's "Cancel run…"), with what
    # the run adds up to, not a line saying "Reject this item?".
    officer, manager = people
    period = _run(officer)
    window = open_window(manager)
    page = window.my_work.inbox
    assert page.model.rowCount() == 1
    window.my_work.show_section("waiting")
    page.view.selectRow(0)
    page.reject_button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PayrollDecisionDialog), timeout=WAIT_MS)
    dialog = page.dialog
    assert dialog.step is PeriodStep.CANCEL
    assert dialog.heading.text() == f"Cancel the payroll run of March {MARCH[0].year}"
    _status, payslips, net = _period(db_dsn, period)
    money = ValueFormatter(LocaleFormats.from_qlocale()).money(net, "RWF")
    qtbot.waitUntil(lambda: dialog.payslips.text() == str(payslips), timeout=WAIT_MS)
    assert dialog.net.text() == money
    assert dialog.ok_button.text() == "Cancel the &run"
    qtbot.keyClicks(dialog.note, "Wrong month")
    with qtbot.waitSignal(dialog.step_taken, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert _period(db_dsn, period)[0] == "cancelled"
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert window.tabs.tabText(0) == "My work"


def test_rejecting_a_run_with_an_expense_says_what_became_of_each(
    qtbot, db_dsn, logins, people, open_window
):
    # The summary said "2 rejected." when one of the two was a pay period, whose run the
    # rejection cancelled (its line said "Run cancelled").
    officer, manager = people
    clerk = logins.person("finance", first_name="Aline", department="FIN")
    expense = new_expense(clerk, department_id=logins.department("FIN")).id
    period = _run(officer)
    window = open_window(manager)
    page = window.my_work.inbox
    assert {page.model.item(row).kind for row in range(page.model.rowCount())} == {
        "payroll",
        "expense",
    }
    window.my_work.show_section("waiting")
    page.view.selectAll()
    page.reject_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    assert dialog.cancels_runs.isVisible()
    assert dialog.cancels_runs.text().startswith("Rejecting a pay period cancels its payroll run")
    qtbot.waitUntil(dialog.go_button.isEnabled, timeout=WAIT_MS)  # once the facts are read
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.decisions is not None, timeout=WAIT_MS)
    assert dialog.summary.text() == "1 rejected, 1 pay period cancelled."
    # Decided: no longer asked "Reject these 2 items?" nor warned of what rejecting does.
    assert dialog.heading.text() == "Decided:"
    assert not dialog.cancels_runs.isVisible()
    lines = [dialog.list.item(row).text().splitlines() for row in range(dialog.list.count())]
    assert "— Run cancelled" in "".join(line[0] for line in lines)
    assert _period(db_dsn, period)[0] == "cancelled"
    with manager.session() as session:
        assert (
            session.scalar(text("SELECT status FROM expenses WHERE id = :id"), {"id": expense})
            == "rejected"
        )
