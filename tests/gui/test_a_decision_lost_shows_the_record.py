"""A decision dialog refused because someone else's step came first ("Already cancelled
by Aline Uwase at 10:42", race34's DW001) shows the record as it is now, read again
through the dialog's own operation, and turns its decision buttons off, leaving Close:
they stayed on, and a second click said the same refusal again (sus34). As two real
logins; the dialogs are grabbed to $DICEL_SHOTS when it is set, to be looked at."""

from __future__ import annotations

import os

import pytest
from helpers import WAIT_MS
from leave_team import make_team, week
from logins import open_logins
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.services import leave


def _grab(widget, name: str) -> None:
    shots = os.environ.get("DICEL_SHOTS")
    if shots:
        widget.grab().save(os.path.join(shots, f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_expense_withdrawn_meanwhile_is_shown_withdrawn_and_approve_goes_off(
    qtbot, logins, desk, restore_language, rwanda, language
):
    from finance_data import budget
    from logins import new_expense

    from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog
    from dicel_desktop.services import expenses

    translations.install_translators(language)
    clerk = logins.person("finance", first_name="Aline", last_name="Uwase", department="FIN")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo", department="FIN")
    budget(manager, logins.department("FIN"), "Fuel")
    expense = new_expense(clerk, department_id=logins.department("FIN")).id
    window = desk(manager).open("expenses", expense)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    dialog = ExpenseDecisionDialog.open_for(window, True)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    # The state in the expense's own words: « Annulée », as the refusal's « Déjà annulée ».
    pending, cancelled = ("Pending", "Cancelled") if language == "en" else ("En attente", "Annulée")
    assert dialog.state.text() == pending
    qtbot.waitUntil(lambda: dialog.after.text() != "", timeout=WAIT_MS)
    assert dialog.form.isRowVisible(dialog.after)

    with clerk.session() as session:  # meanwhile, at the clerk's desk
        expenses.cancel_expense(session, expense, "Filed twice")
    dialog.decide_button.click()
    qtbot.waitUntil(lambda: dialog.state.text() != pending, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.state.text() == cancelled
    already = "Already cancelled by Aline Uwase at " if language == "en" else "Déjà annulée par "
    assert dialog.message.text().startswith(already), dialog.message.text()
    assert not dialog.decide_button.isEnabled()
    assert dialog.decide_button.toolTip() == dialog.message.text()
    # Withdrawn, it is past approving: no "Left after approval", no others beside it.
    qtbot.waitUntil(lambda: not dialog.form.isRowVisible(dialog.after), timeout=WAIT_MS)
    assert not dialog.form.isRowVisible(dialog.others)
    assert not dialog.warning.isVisible()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.isEnabled() and close.text() == ("Close" if language == "en" else "Fermer")
    _grab(dialog, f"expense-lost-{language}")
    close.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


@pytest.fixture
def team(db_dsn):
    for opened in open_logins(db_dsn):
        yield make_team(opened)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_leave_request_cancelled_meanwhile_is_shown_cancelled_and_nothing_is_left_to_decide(
    qtbot, team, desk, restore_language, language
):
    translations.install_translators(language)
    request = team.file(team.clerk, week(1))
    window = desk(team.boss).open("leave_requests", request)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    dialog = window.step_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    waiting = dialog.balance.text()
    with team.clerk.session() as session:  # meanwhile, the employee changes their mind
        leave.cancel_leave(session, request, None)
    qtbot.keyClick(dialog.note, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    # The state's name, as the request's own window and lists write it.
    cancelled = "Cancelled" if language == "en" else "Annulée"
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.is_busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.facts.status != "pending", timeout=WAIT_MS)
    assert dialog.state.text() == cancelled
    already = "Already cancelled by Aline Tester at " if language == "en" else "Déjà annulée par "
    assert dialog.message.text().startswith(already), dialog.message.text()
    # Its balance as it is now: the request no longer waits in it.
    assert dialog.balance.text() != waiting
    assert not dialog.approve_button.isEnabled() and not dialog.reject_button.isEnabled()
    assert dialog.close_button.isEnabled()
    assert team.row(request)["status"] == "cancelled"
    _grab(dialog, f"leave-lost-{language}")


@pytest.fixture
def shop(db_dsn):
    from shop import open_shop

    yield from open_shop(db_dsn)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_order_approved_meanwhile_by_another_is_shown_approved_and_nothing_is_left_to_decide(
    qtbot, shop, desk, restore_language, rwanda, language
):
    """Fix35: Finance's two officers each open the order waiting for Finance; Claude
    approves it while Aline's dialog is open. Her Approve is refused (DW001): the dialog
    reads the order again, says who approved it and when, shows Finance's level decided,
    and leaves only Close."""
    from dicel_desktop.gui.workflows.decide_purchase_order_dialog import (
        DecidePurchaseOrderDialog,
    )
    from dicel_desktop.services import purchasing

    translations.install_translators(language)
    order = shop.draft(lines=[(shop.torch, 100, "12000")])  # above the manager's limit
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    with shop.manager.session() as session:
        assert purchasing.decide_purchase_order(session, order, True) == "pending"
    window = desk(shop.finance).open("purchase_orders", order)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    dialog = DecidePurchaseOrderDialog.open_for(
        window, window.worker, order, approve=True, seen=window.record.decision_version
    )
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.approve_button.isEnabled()
    deciding = dialog.deciding.text()

    with shop.finance2.session() as session:  # meanwhile, at the other officer's desk
        assert purchasing.decide_purchase_order(session, order, True) == "approved"
    qtbot.keyClicks(dialog.note, "Checked the quotes")
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: dialog.deciding.text() != deciding, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    already = "Already approved by Claude Tester at " if language == "en" else "Déjà approuvé"
    said = dialog.message.text()
    assert said.startswith(already), said
    nothing_left = (
        "This purchase order is approved: there is nothing left to decide."
        if language == "en"
        else "Ce bon de commande est approuvé : il n\N{RIGHT SINGLE QUOTATION MARK}y a plus"
        " rien à décider."
    )
    assert dialog.deciding.text() == nothing_left
    finance_level = dialog.view.levels.text().splitlines()[-1]
    assert "Claude Tester" in finance_level, finance_level
    for button in (dialog.approve_button, dialog.reject_button):
        assert not button.isEnabled() and button.toolTip() == said
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.isEnabled() and close.text() == ("Close" if language == "en" else "Fermer")
    assert dialog.note.toPlainText() == "Checked the quotes"  # kept as typed
    assert shop.status(order) == "approved"
    # The window under it shows it approved too, its steps gone.
    qtbot.waitUntil(lambda: window.record.values.get("status") == "approved", timeout=WAIT_MS)
    _grab(dialog, f"order-lost-{language}")
    close.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_pay_period_approved_meanwhile_by_another_is_shown_approved_and_approve_goes_off(
    qtbot, logins, desk, restore_language, rwanda, language
):
    """Fix35: two finance officers open March's run; Claude approves it while Jean's
    Approve period… is open. Jean's approval is refused (DW001): the dialog reads the
    period again, shows it approved, says who approved it and when, and leaves only
    Close."""
    import datetime as dt

    from dicel_desktop.gui.workflows.payroll_decision_dialog import (
        PayrollDecisionDialog,
        PeriodStep,
    )
    from dicel_desktop.services import payroll

    translations.install_translators(language)
    officer = logins.person("hr", first_name="Aline", last_name="Uwase")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo")
    other = logins.person("finance", first_name="Claude", last_name="Habimana")
    logins.person("employee")
    # This month's run, approved before the month is over: the amber line says so.
    today = dt.date.today()
    start = today.replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if today == end:
        pytest.skip("on a month's last day no day of it is still to come")
    with officer.session() as session:
        period = payroll.run_payroll(session, start, end)
    window = desk(manager).open("payroll_periods", period)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    dialog = PayrollDecisionDialog.open_for(window, PeriodStep.APPROVE)
    qtbot.waitUntil(lambda: dialog.payslips.text() not in ("", "…"), timeout=WAIT_MS)
    # French says it of « la paie » (eye35 §10): « Approuvée », « Déjà approuvée ».
    pending, approved = ("Pending", "Approved") if language == "en" else ("En attente", "Approuvée")
    assert dialog.state.text() == pending
    assert dialog.month_running.isVisibleTo(dialog)

    with other.session() as session:  # meanwhile, at the other officer's desk
        payroll.approve_payroll(session, period, "")
    qtbot.keyClicks(dialog.note, "Checked with HR")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.state.text() != pending, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.state.text() == approved
    already = (
        "Already approved by Claude Habimana at " if language == "en" else "Déjà approuvée par "
    )
    said = dialog.message.text()
    assert said.startswith(already), said
    # The note typed was not recorded, and it says so (eye35b #7): it stays to copy.
    not_recorded = (
        "Your note was not recorded; it is still above, to copy."
        if language == "en"
        else "Votre note n\N{RIGHT SINGLE QUOTATION MARK}a pas été enregistrée ;"
        " elle est toujours au-dessus, à copier."
    )
    assert said.endswith(" " + not_recorded), said
    # Nothing is left to approve early: the "month not over" warning goes.
    qtbot.waitUntil(lambda: not dialog.month_running.isVisibleTo(dialog), timeout=WAIT_MS)
    assert not dialog.ok_button.isEnabled()
    assert dialog.ok_button.toolTip() == said.removesuffix(" " + not_recorded)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.isEnabled() and close.text() == ("Close" if language == "en" else "Fermer")
    assert dialog.note.toPlainText() == "Checked with HR"
    qtbot.waitUntil(lambda: window.record.values.get("status") == "approved", timeout=WAIT_MS)
    _grab(dialog, f"payroll-lost-{language}")
    close.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def test_an_expense_withdrawn_shows_its_budget_line_as_a_waiting_one_would(
    qtbot, logins, desk, rwanda
):
    # review35b F6: withdrawn, the dialog showed the line's RWF numbers whenever there was
    # a line; waiting, only where the line takes the expense (in RWF, of a department). A
    # USD expense withdrawn meanwhile showed numbers it never showed while it waited.
    import dataclasses

    from finance_data import budget
    from logins import new_expense

    from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog
    from dicel_desktop.services import expenses

    clerk = logins.person("finance", first_name="Aline", last_name="Uwase", department="FIN")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo", department="FIN")
    budget(manager, logins.department("FIN"), "Fuel")
    expense = new_expense(clerk, department_id=logins.department("FIN")).id
    window = desk(manager).open("expenses", expense)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    dialog = ExpenseDecisionDialog.open_for(window, True)
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.after.text() != "", timeout=WAIT_MS)
    line = manager.call(expenses.expense_budget, expense)
    assert line is not None and line.budget_id is not None
    in_dollars = dataclasses.replace(line, currency="USD")
    shown = {}
    for status in ("pending", "cancelled"):
        dialog.record = dataclasses.replace(
            dialog.record, values={**dialog.record.values, "status": status}
        )
        for said in (line, in_dollars):
            dialog.show_budget(said)
            shown[status, said.currency] = (dialog.budget.text(), dialog.budget_numbers.text())
    assert shown["cancelled", "USD"] == shown["pending", "USD"]
    assert shown["pending", "USD"][1] == "—"
    assert shown["cancelled", "RWF"] == shown["pending", "RWF"]
    assert "RWF" in shown["pending", "RWF"][1]
    dialog.reject()
