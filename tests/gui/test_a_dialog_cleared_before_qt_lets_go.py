"""The dialogs the main window's walk does not open (test_a_window_cleared_before_qt_lets_go
.py has the window's): none keeps a slot PySide made for a plain method in its
``__dict__``, where the collector clears it while Qt still holds the widgets and "Slot
'LeaveRequestDialog::' not found" would be raised into the event loop (slots42b)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from flow_steps import policy_under_review
from helpers import WAIT_MS, user_summary
from kept_slots import add_kept, cleared, slots_kept_in_dict
from leave_team import make_team, week
from logins import open_logins
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QTabWidget
from sqlalchemy import text

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.admin.change_email_dialog import ChangeEmailDialog
from dicel_desktop.gui.admin.change_password_dialog import ChangePasswordDialog
from dicel_desktop.gui.admin.change_role_dialog import ChangeRoleDialog
from dicel_desktop.gui.admin.deactivate_dialog import DeactivateDialog
from dicel_desktop.gui.admin.login_expiry_dialog import LoginExpiryDialog
from dicel_desktop.gui.admin.new_user_dialog import NewUserDialog
from dicel_desktop.gui.admin.reset_password_dialog import ResetPasswordDialog
from dicel_desktop.gui.admin.users_page import UsersPage
from dicel_desktop.gui.crash import CrashDialog, CrashReporter
from dicel_desktop.gui.export_dialog import ExportDialog
from dicel_desktop.gui.login_window import LoginWindow
from dicel_desktop.gui.profile_dialog import ProfileDialog
from dicel_desktop.gui.widgets.document_list import DocumentList
from dicel_desktop.gui.widgets.filter_popup import FilterPopup
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
from dicel_desktop.gui.workflows.cancel_leave_dialog import CancelLeaveDialog
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.gui.workflows.cases import step_label
from dicel_desktop.gui.workflows.close_purchase_order_dialog import ClosePurchaseOrderDialog
from dicel_desktop.gui.workflows.end_leave_early_dialog import EndLeaveEarlyDialog
from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog
from dicel_desktop.gui.workflows.invoice_payment_dialog import InvoicePaymentDialog
from dicel_desktop.gui.workflows.leave_card_panel import EmployeeLeaveTab
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog
from dicel_desktop.gui.workflows.move_stock_dialog import MoveStockDialog
from dicel_desktop.gui.workflows.payment_out_dialog import PaymentOutDialog
from dicel_desktop.gui.workflows.payment_reversal_dialog import PaymentReversalDialog
from dicel_desktop.gui.workflows.payroll_decision_dialog import PayrollDecisionDialog, PeriodStep
from dicel_desktop.gui.workflows.payroll_page import PayrollPage
from dicel_desktop.gui.workflows.payroll_run_dialog import PayrollRunDialog
from dicel_desktop.gui.workflows.receive_purchase_order_dialog import ReceivePurchaseOrderDialog
from dicel_desktop.services.columns import table_spec
from dicel_desktop.services.export import ExportFormat
from dicel_desktop.services.listing import ListQuery, listing_columns
from dicel_desktop.services.records import Record

pytestmark = pytest.mark.usefixtures("rwanda")


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def test_the_leave_dialogs_keep_no_slot_where_the_collector_clears(qtbot, team, desk):
    worker = DbWorker(team.clerk.session_factory)
    try:
        request = LeaveRequestDialog(worker)
        qtbot.addWidget(request)
        request.show()
        qtbot.waitUntil(lambda: request.preview is not None, timeout=WAIT_MS)
        kept_by_request = slots_kept_in_dict(request)
        request.reject()
    finally:
        worker.shutdown()

    filed = team.file(team.clerk, week(1))
    window = desk(team.boss).open("leave_requests", filed)
    qtbot.waitUntil(lambda: isinstance(window.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS)
    decision = window.step_dialog
    qtbot.waitUntil(lambda: decision.facts is not None, timeout=WAIT_MS)
    assert (kept_by_request, slots_kept_in_dict(decision)) == ({}, {})


def test_a_case_step_dialog_keeps_no_slot_where_the_collector_clears(qtbot, logins, desk):
    _, aimable, policy = policy_under_review(logins)
    window = desk(aimable).open("compliance_policies", policy)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    label = step_label("approve", "compliance_policies")
    (button,) = [b for b in window.step_buttons if b.text() == label]
    button.click()
    qtbot.waitUntil(lambda: window.findChild(CaseStepDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(CaseStepDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.isVisible(), timeout=WAIT_MS)
    assert slots_kept_in_dict(dialog) == {}
    dialog.reject()


def test_the_filter_popups_and_the_export_dialog_keep_no_slot_where_the_collector_clears(
    qtbot, worker, tmp_path: Path
):
    spec = table_spec("transactions")
    popups = [
        FilterPopup(spec.column(column))
        for column in ("amount", "posted_date", "status", "reference_number")
    ]
    query = ListQuery("security_guards", listing_columns("security_guards"))
    export = ExportDialog(worker, query, tmp_path / "guards.csv", ExportFormat.CSV)
    for dialog in (*popups, export):
        qtbot.addWidget(dialog)
    assert slots_kept_in_dict(*popups, export) == {}


def test_the_step_dialogs_keep_no_slot_where_the_collector_clears(qtbot, worker):
    """Made on records the database does not hold: their facts stay unread, and every
    connection of their own is made as they are built."""
    invoice = Record(
        "invoices", uuid.uuid4(), {"invoice_number": "INV-2026-000959", "currency": "RWF"}
    )
    leave = Record(
        "leave_requests",
        uuid.uuid4(),
        {
            "leave_type": "annual",
            "start_date": dt.date(2026, 12, 1),
            "end_date": dt.date(2026, 12, 11),
            "days_requested": 9,
        },
    )
    dialogs = [
        BulkDecisionDialog(worker, [], approve=True),
        CancelLeaveDialog(worker, leave),
        ClosePurchaseOrderDialog(worker, Record("purchase_orders", uuid.uuid4(), {})),
        EndLeaveEarlyDialog(worker, leave, today=dt.date(2026, 12, 7)),
        ExpenseDecisionDialog(worker, Record("expenses", uuid.uuid4(), {}), True),
        InvoicePaymentDialog(worker, invoice),
        MoveStockDialog(worker, uuid.uuid4(), role=Role.INVENTORY),
        PaymentOutDialog(worker, "RWF"),
        PaymentReversalDialog(worker, invoice),
        PayrollDecisionDialog(worker, Record("pay_periods", uuid.uuid4(), {}), PeriodStep.APPROVE),
        PayrollRunDialog(worker),
        ReceivePurchaseOrderDialog(worker, uuid.uuid4()),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    # Their reads answered (delivered on this thread) before counting: what a dialog
    # connects on an answer is counted every run, not only when the answer came first.
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)
    assert slots_kept_in_dict(*dialogs) == {}


def test_my_leave_payslips_and_an_employees_tabs_keep_no_slot_where_the_collector_clears(
    qtbot, demo_window, su
):
    """As an HR officer of the demo company: My leave with its card and Request leave,
    Payslips, and an employee's record with its lines and Leave tab."""
    window = demo_window("aline.uwase@dicel.rw")
    my_work = window.my_work
    qtbot.waitUntil(lambda: "leave" in my_work.section_keys(), timeout=WAIT_MS)
    assert "payslips" in my_work.section_keys()
    my_work.show_section("payslips")
    leave = my_work.show_section("leave")
    qtbot.waitUntil(lambda: leave.card.card is not None, timeout=WAIT_MS)
    leave.new_record()
    request = leave.dialog
    qtbot.waitUntil(lambda: request.preview is not None, timeout=WAIT_MS)
    found = slots_kept_in_dict(window, request)
    request.reject()

    with su.connect() as conn:
        employee = conn.scalar(
            text(
                "SELECT e.id FROM employees e JOIN users u ON u.id = e.user_id"
                " WHERE u.email = 'josiane.murekatete@dicel.rw'"
            )
        )
    record = window.records.open("employees", employee)
    qtbot.waitUntil(lambda: not record.is_busy and record.record is not None, timeout=WAIT_MS)
    for holder in record.findChildren(QTabWidget):  # every tab shown once: each is built
        for index in range(holder.count()):
            holder.setCurrentIndex(index)
    qtbot.waitUntil(lambda: record.findChild(EmployeeLeaveTab) is not None, timeout=WAIT_MS)
    card = record.findChild(EmployeeLeaveTab).card
    qtbot.waitUntil(lambda: card.card is not None, timeout=WAIT_MS)
    add_kept(found, slots_kept_in_dict(record))
    print("FOUND", found)
    assert found == {}


def test_the_login_window_and_the_small_dialogs_keep_no_slot_where_the_collector_clears(
    qtbot, tmp_path: Path
):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    login = LoginWindow(settings=settings, user_profiles_file=tmp_path / "profiles.toml")
    profile = ProfileDialog(["Head office"])
    crashed = CrashDialog(None)
    reporter = CrashReporter()  # not installed: Python's and Qt's hooks stay as they are
    files = DocumentList(QLocale())
    for widget in (login, profile, crashed, files):
        qtbot.addWidget(widget)
    try:
        assert slots_kept_in_dict(login, profile, crashed, reporter, files) == {}
    finally:
        qtbot.waitUntil(login.is_idle, timeout=WAIT_MS)


def test_the_administrators_dialogs_keep_no_slot_where_the_collector_clears(qtbot, worker):
    user = user_summary()
    dialogs = [
        NewUserDialog(worker),
        ChangeRoleDialog(worker, user),
        ResetPasswordDialog(worker, user),
        ChangeEmailDialog(worker, user),
        DeactivateDialog(worker, user),
        ChangePasswordDialog(worker, user.email),
        LoginExpiryDialog(worker, user),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    assert slots_kept_in_dict(*dialogs) == {}


def test_the_users_page_keeps_no_slot_of_its_dialog_where_the_collector_clears(
    qtbot, worker, tmp_path: Path
):
    """The users page connects to the dialog it opens."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    users = UsersPage(worker, Role.ADMIN, listing_columns("users"), settings=settings)
    qtbot.addWidget(users)
    users.show()
    users._on_new_triggered()
    assert users.dialog is not None
    try:
        assert slots_kept_in_dict(users) == {}
    finally:
        users.dialog.reject()


def test_the_payroll_page_keeps_no_slot_of_its_dialog_and_goes_whole_once_let_go(
    qtbot, worker, tmp_path: Path
):
    """The payroll page connects to the Run payroll dialog it opens, through slots of its
    class; let go by Python just after the dialog was rejected, it goes, dialog and all.
    (Its lambda on the dialog's signal held the page: freed as the rejected dialog was
    deleted, it deleted the page, which deleted the dialog a second time: a segmentation
    fault in the next processEvents, slots42b's left item, stop 44.)"""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = PayrollPage(worker, Role.HR, listing_columns("payroll_records"), settings=settings)
    qtbot.addWidget(page)
    page.show()
    page._on_run_triggered()
    assert page.dialog is not None
    assert slots_kept_in_dict(page) == {}
    gone: list[str] = []
    page.destroyed.connect(lambda: gone.append("page"))
    page.dialog.destroyed.connect(lambda: gone.append("dialog"))
    page.dialog.reject()
    del page  # the page's last reference: Python deletes it
    QApplication.processEvents()  # the rejected dialog's deferred delete, once crashing
    qtbot.waitUntil(lambda: sorted(gone) == ["dialog", "page"], timeout=WAIT_MS)


def test_a_request_dialog_cleared_before_qt_lets_go_takes_its_signals_quietly(qtbot, worker):
    dialog = LeaveRequestDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: dialog.preview is not None or dialog.message.isVisible(), timeout=WAIT_MS
    )
    leave_type, start, timer = dialog.leave_type, dialog.start, dialog._preview_timer
    buttons, guard = dialog.buttons, dialog.discard_guard
    with cleared(dialog, guard):
        leave_type.currentIndexChanged.emit(1)
        start.edited.emit()
        start.line.editingFinished.emit()
        timer.timeout.emit()
        buttons.rejected.emit()
    dialog.reject()


def test_an_export_dialog_cleared_before_qt_lets_go_takes_its_signals_quietly(
    qtbot, worker, tmp_path: Path
):
    query = ListQuery("security_guards", listing_columns("security_guards"))
    dialog = ExportDialog(worker, query, tmp_path / "guards.csv", ExportFormat.CSV)
    qtbot.addWidget(dialog)
    run = dialog.run
    with cleared(dialog):
        run.progressed.emit(1, 3)
        run.failed.emit("The server stopped answering.")
        run.finished.emit(None)
        dialog.canceled.emit()
