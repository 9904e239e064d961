""" "Waiting for me" decides with the facts (eye29, finding 2), in the main window as real
logins over TCP: one item selected, Approve… opens that item's own decision dialog (the
leave request's balance, the expense's budget line); several, the bulk dialog lists each
with its key fact, read from the database, and decides each."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import psycopg
import pytest
from finance_data import budget, spent
from helpers import WAIT_MS, last_march
from leave_team import make_team, week
from logins import new_expense
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shop import Shop, open_shop
from sqlalchemy import text

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.services import leave, payroll, purchasing

pytestmark = pytest.mark.usefixtures("rwanda")


@pytest.fixture
def shop(db_dsn) -> Iterator[Shop]:
    yield from open_shop(db_dsn)


def _inbox(qtbot, window: MainWindow, count: int):
    """The person's inbox, with ``count`` items, its list focused."""
    page = window.my_work.inbox
    qtbot.waitUntil(lambda: page.model.rowCount() == count, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "waiting" in window.my_work.section_keys(), timeout=WAIT_MS)
    window.my_work.show_section("waiting")
    page.view.setFocus()
    return page


def _press_approve(qtbot, page) -> None:
    """Tab from the list to Approve…, and Space: as a keyboard user does."""
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.approve_button
    qtbot.keyClick(page.approve_button, Qt.Key.Key_Space)


def _status(db_dsn: str, table: str, record_id) -> str:
    with psycopg.connect(db_dsn) as conn:
        return conn.execute(f"SELECT status FROM {table} WHERE id = %s", (record_id,)).fetchone()[0]


# --------------------------------------------------------------------------- one item


def test_one_leave_request_is_approved_in_its_own_dialog_with_its_balance(
    qtbot, logins, open_window
):
    team = make_team(logins)
    request = team.file(team.clerk, week(1))
    window = open_window(team.boss)
    page = _inbox(qtbot, window, 1)
    shown = page.model.item(0).version
    qtbot.keyClick(page.view, Qt.Key.Key_Down)  # the one row, chosen as a click would
    assert len(page.selected_items()) == 1
    _press_approve(qtbot, page)

    qtbot.waitUntil(lambda: isinstance(page.dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    # The facts its record window shows: the employee's balance, the team's leave.
    assert dialog.heading.text() == "Annual leave of Aline Tester"
    assert "18 working days a year, 0 taken, 5 waiting" in dialog.balance.text()
    assert "Once approved: 5 taken of 18." in dialog.balance.text()
    # Approve… was chosen: the note keeps the focus (keys38), and Tab from it reaches
    # Approve first.
    assert QApplication.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "Enjoy Rubavu")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.approve_button
    with qtbot.waitSignal(dialog.decided, timeout=WAIT_MS):
        qtbot.keyClick(dialog.approve_button, Qt.Key.Key_Return)

    row = team.row(request)
    assert (row["status"], row["approved_by"], row["notes"]) == (
        "approved",
        team.boss.user_id,
        "Enjoy Rubavu",
    )
    # Decided once, on the version the inbox showed (DW007 did not refuse it).
    updates = team.audit_updates(request)
    assert len(updates) == 1 and updates[0]["status"] == "approved"
    assert shown is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert window.tabs.tabText(0) == "My work"


def test_one_leave_request_changed_after_it_was_shown_is_shown_again_before_deciding(
    qtbot, logins, open_window
):
    team = make_team(logins)
    request = team.file(team.clerk, week(1, days=2))
    window = open_window(team.boss)
    page = _inbox(qtbot, window, 1)
    page.view.selectRow(0)
    _press_approve(qtbot, page)
    qtbot.waitUntil(lambda: isinstance(page.dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    assert "(2 working days)" in dialog.dates.text()
    # Meanwhile the employee makes their two days five.
    with team.clerk.engine.begin() as conn:
        conn.execute(
            text("UPDATE leave_requests SET end_date = :e WHERE id = :r"),
            {"e": week(1, days=5)[1], "r": request},
        )
    # The note has the focus (keys38): Tab reaches Approve, chosen in the inbox.
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.approve_button
    qtbot.keyClick(dialog.approve_button, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: not dialog.is_busy and "(5 working days)" in dialog.dates.text(), timeout=WAIT_MS
    )
    dialog.approve_button.setFocus()  # the facts read again move no focus
    assert dialog.message.text().startswith("Aline Tester changed this leave request at ")
    assert team.row(request)["status"] == "pending"
    # Seen, the five days are approved.
    with qtbot.waitSignal(dialog.decided, timeout=WAIT_MS):
        qtbot.keyClick(dialog.approve_button, Qt.Key.Key_Return)
    assert (team.row(request)["status"], team.row(request)["days_requested"]) == ("approved", 5)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)


def test_one_expense_is_approved_in_its_own_dialog_with_its_budget_line(
    qtbot, db_dsn, logins, open_window
):
    clerk = logins.person("finance", first_name="Aline", department="FIN")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo", department="FIN")
    fin = logins.department("FIN")
    line = budget(manager, fin, "Fuel", allocated=Decimal("1000000"))
    expense = new_expense(clerk, department_id=fin, amount=Decimal("25000.00")).id
    window = open_window(manager)
    page = _inbox(qtbot, window, 1)
    page.view.selectRow(0)
    _press_approve(qtbot, page)

    qtbot.waitUntil(lambda: isinstance(page.dialog, ExpenseDecisionDialog), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.after.text() != "", timeout=WAIT_MS)
    assert "Fuel 2026, Department FIN" in dialog.budget.text()
    assert dialog.budget_numbers.text() == "1,000,000 RWF / 0 RWF / 1,000,000 RWF"
    assert dialog.after.text() == "975,000 RWF"
    # Approve… was chosen: the dialog takes that decision only.
    assert dialog.decide_button.text() == "&Approve"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.note, "Generator ran all week")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.decide_button
    with qtbot.waitSignal(dialog.step_taken, timeout=WAIT_MS):
        qtbot.keyClick(dialog.decide_button, Qt.Key.Key_Return)

    assert _status(db_dsn, "expenses", expense) == "approved"
    assert spent(manager, line) == Decimal("25000.00")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)


# --------------------------------------------------------------------------- several


def test_several_are_listed_each_with_its_fact_and_each_is_decided(
    qtbot, db_dsn, shop, open_window
):
    logins = shop.logins
    decider = shop.finance  # Aline Uwase, finance
    report = logins.person("employee", first_name="Eric", supervisor=decider, department="FIN")
    with shop.su.begin() as conn:
        conn.execute(
            text("DELETE FROM system_settings WHERE setting_key = 'leave.allowance.annual'")
        )
        conn.execute(
            text(
                "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                " VALUES ('leave.allowance.annual', '18', 'number')"
            )
        )
    # Leave: three working days of Eric's.
    with report.session() as session:
        request = leave.request_leave(session, "annual", *week(2, days=3), "Wedding")
    # An expense its line can take, and one with no line (its approval is refused).
    fin = logins.department("FIN")
    budget(decider, fin, "Fuel", allocated=Decimal("100000"))
    fuel = new_expense(shop.finance2, department_id=fin, amount=Decimal("30000.00")).id
    taxis = new_expense(
        shop.finance2, department_id=fin, expense_category="Taxis", amount=Decimal("8000.00")
    ).id
    # A pay period HR ran.
    officer = logins.person("hr", first_name="Grace", department="HR")
    with officer.session() as session:
        # The last March that is over: a fixed one ages out of the 12 months payroll
        # runs back for (March 2026 from April 2027).
        period = payroll.run_payroll(session, *last_march())
    with psycopg.connect(db_dsn) as conn:
        payslips, net = conn.execute(
            "SELECT count(*), sum(net_salary) FROM payroll_records"
            " WHERE pay_period_start = %s AND status <> 'cancelled'",
            (last_march()[0],),
        ).fetchone()
    # An order above the manager's limit, approved by the manager: finance's level waits.
    order = shop.draft(lines=[(shop.torch, 100, "12000")])
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    with shop.manager.session() as session:
        assert purchasing.decide_purchase_order(session, order, True) == "pending"

    window = open_window(decider)
    page = _inbox(qtbot, window, 5)
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_items()) == 5
    _press_approve(qtbot, page)
    qtbot.waitUntil(lambda: isinstance(page.dialog, BulkDecisionDialog), timeout=WAIT_MS)
    dialog = page.dialog
    assert dialog.heading.text() == "Approve these 5 items?"
    assert not dialog.go_button.isEnabled()  # not blind: once the facts are read
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT_MS)
    assert dialog.go_button.isEnabled()

    money = ValueFormatter(LocaleFormats.from_qlocale()).money
    facts = {item.id: fact for item, fact in zip(dialog.items, dialog.facts, strict=True)}
    year = week(2)[0].year
    assert facts[request] == f"3 working days; once approved, 15 of 18 days left for {year}."
    assert facts[fuel] == "Budget Fuel 2026, Department FIN: 70,000 RWF left after approval."
    assert facts[taxis] == (
        "There is no budget line for this: approving is refused until finance creates one."
        " Rejecting is possible."
    )
    assert facts[period] == f"{payslips} payslips, {money(net, 'RWF')} net to pay."
    assert facts[order] == "Total 1,200,000 RWF; waiting for: finance."
    # Each entry shows its fact under it.
    entries = [dialog.list.item(row).text().splitlines() for row in range(dialog.list.count())]
    assert [lines[1].strip() for lines in entries] == dialog.facts

    qtbot.keyClicks(dialog.note, "Seen")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.decisions is not None, timeout=WAIT_MS)
    assert dialog.summary.text() == "4 approved. 1 not decided: the reason is beside it."
    assert _status(db_dsn, "leave_requests", request) == "approved"
    assert _status(db_dsn, "expenses", fuel) == "approved"
    assert _status(db_dsn, "expenses", taxis) == "pending"
    assert _status(db_dsn, "payroll_periods", period) == "approved"
    assert _status(db_dsn, "purchase_orders", order) == "approved"
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.model.item(0).id == taxis


def test_one_pay_period_changed_after_it_was_shown_is_not_cancelled_blind(
    qtbot, db_dsn, logins, open_window
):
    """Reject… of one run opens its Cancel run step, on the version the inbox showed: a
    payslip changed since is said, the run read again, and the next press cancels it (a
    code review: it was cancelled whatever changed, and a refused retry never read it
    again)."""
    from dicel_desktop.gui.workflows.payroll_decision_dialog import PayrollDecisionDialog

    officer = logins.person("hr", first_name="Grace", department="HR")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo", department="FIN")
    eric = logins.person("employee", first_name="Eric", department="FIN")
    with officer.session() as session:
        period = payroll.run_payroll(session, *last_march())
    window = open_window(manager)
    page = _inbox(qtbot, window, 1)
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.reject_button
    qtbot.keyClick(page.reject_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(page.dialog, PayrollDecisionDialog), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.payslips.text() != "…" and not dialog.is_busy, timeout=WAIT_MS)
    # Meanwhile HR raises a payslip's allowances: the run is not what was shown.
    with officer.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE payroll_records SET allowances = allowances + 10000"
                " WHERE employee_id = :e AND pay_period_start = :s"
            ),
            {"e": eric.employee_id, "s": last_march()[0]},
        )
    first = dialog.record.decision_version
    qtbot.keyClicks(dialog.note, "Wrong month")
    dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: not dialog.is_busy and "changed" in dialog.message.text(), timeout=WAIT_MS
    )
    assert _status(db_dsn, "payroll_periods", period) == "pending"
    # Read again, the note kept: the next press cancels it.
    qtbot.waitUntil(lambda: dialog.record.decision_version != first, timeout=WAIT_MS)
    assert dialog.note.toPlainText() == "Wrong month"
    with qtbot.waitSignal(dialog.step_taken, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert _status(db_dsn, "payroll_periods", period) == "cancelled"
