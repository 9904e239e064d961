"""The main window, a record form and the decision dialogs walked by Tab alone (see
tab_walk.py): every enabled control is reached and has a name a screen reader says."""

from __future__ import annotations

import pytest
from finance_data import budget
from helpers import WAIT_MS
from logins import new_expense, open_logins
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from tab_walk import check_walk, spoken_name, walk

from dicel_desktop.db.engine import make_engine
from dicel_desktop.gui.tabs.module_tab import ModuleTab
from dicel_desktop.gui.workflows.decide_purchase_order_dialog import DecidePurchaseOrderDialog
from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.services import purchasing

pytestmark = pytest.mark.usefixtures("rwanda")


@pytest.fixture(scope="module")
def heads(demo_dsn: str) -> dict[str, str]:
    """role -> a department head of the demo company with that role."""
    engine = make_engine(demo_dsn)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT DISTINCT ON (role) role, email FROM users u WHERE is_active"
                    " AND EXISTS (SELECT FROM departments d WHERE d.manager_id = u.id)"
                    " ORDER BY role, email"
                )
            ).all()
    finally:
        engine.dispose()
    return dict(rows)


@pytest.fixture
def open_as(demo_window, heads):
    """The main window as the head of a role's department (their e-mail in ``heads``)."""
    return lambda role: demo_window(heads[role])


def _settle_list(qtbot, tab: ModuleTab) -> None:
    grid = tab.current_grid()
    assert grid is not None
    qtbot.waitUntil(lambda: not grid.model.is_loading, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: grid.view.isVisible(), timeout=WAIT_MS)


@pytest.mark.parametrize("role", ["finance", "risk"])
def test_each_dashboard_and_a_list_of_each_tab_by_tab_alone(qtbot, open_as, role):
    window = open_as(role)
    bar = window.tabs.tabBar()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        if isinstance(tab, ModuleTab):
            if tab.dashboard is not None:
                dashboard = tab.show_dashboard()
                qtbot.waitUntil(lambda d=dashboard: d.loaded, timeout=WAIT_MS)
                for extra in dashboard.extras:  # the heatmap's counts
                    qtbot.waitUntil(lambda e=extra: e.data is not None, timeout=WAIT_MS)
            check_walk(qtbot, tab, bar)
            if tab.tables:
                tab.show_table(tab.tables[0])
                _settle_list(qtbot, tab)
                stops = check_walk(qtbot, tab, bar)
                assert tab.current_grid().view in stops
            for title in tab.charts:  # the budget chart, the risk heatmap
                chart = tab.show_chart(title)
                qtbot.waitUntil(lambda c=chart: c.data is not None, timeout=WAIT_MS)
                check_walk(qtbot, tab, bar)
        else:  # My work: each of its pages
            for row in range(tab.sections.count()):
                tab.sections.setCurrentRow(row)
                grid = tab.current_grid()
                if grid is not None:  # its rows arrive (a list's controls show with them)
                    qtbot.waitUntil(lambda g=grid: not g.model.is_loading, timeout=WAIT_MS)
                check_walk(qtbot, tab, bar)


def test_a_tab_stop_without_a_name_is_caught(qtbot, open_as):
    """The walk is no formality: a control with no name and no label is reported."""
    window = open_as("finance")
    tab = window.show_tab("Finance")
    tab.activate()
    tab.show_table(tab.tables[0])
    _settle_list(qtbot, tab)
    grid = tab.current_grid()
    grid.search_box.setAccessibleName("")
    grid.search_box.setPlaceholderText("")
    assert spoken_name(grid.search_box) == ""
    with pytest.raises(AssertionError, match="reached without a name"):
        check_walk(qtbot, tab, window.tabs.tabBar())


# --------------------------------------------------------------------------- forms


def _open(qtbot, opener, table, record_id):
    window = opener.open(table, record_id)
    qtbot.waitUntil(
        lambda: window.record is not None and not window.is_busy and window.panels_ready,
        timeout=WAIT_MS,
    )
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    return window


def _first_field(window):
    return next(iter(window.form.editors.values()))


def test_a_record_form_by_tab_alone(qtbot, logins, desk):
    clerk = logins.person("finance", first_name="Aline", department="FIN")
    expense = new_expense(clerk, department_id=logins.department("FIN")).id
    window = _open(qtbot, desk(clerk), "expenses", expense)
    stops = check_walk(qtbot, window, window.focusWidget() or _first_field(window))
    named = {spoken_name(w) for w in stops}
    assert {"Amount", "Description"} <= {n.removesuffix(" (RWF)") for n in named}

    # A field's error is read with it when the focus comes back to it.
    window.form.show_errors({"amount": "Amount must be more than zero."})
    amount = QApplication.focusWidget()
    assert spoken_name(amount).startswith("Amount")
    interface = QAccessible.queryAccessibleInterface(amount)
    assert interface.text(QAccessible.Text.Description) == "Amount must be more than zero."
    window.form.clear_errors()
    assert interface.text(QAccessible.Text.Description) == ""


def test_a_new_record_is_walked_through_what_may_be_written_then_save(qtbot, logins, desk):
    """A new expense: its number ("Given when saved") and its state ("Set when decided")
    are read only and were Tab stops among the fields; Tab skips them now (a click
    still selects them for copying), and goes on from the last field to Save first."""
    clerk = logins.person("finance", first_name="Aline", department="FIN")
    window = desk(clerk).new("expenses")
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    editors = window.form.editors
    read_only = [e for e in editors.values() if e.is_read_only() and e.isVisible()]
    assert read_only  # the case in question: a new expense shows some
    stops = walk(qtbot, QApplication.focusWidget() or _first_field(window))
    owners = [_editor_of(w, editors) for w in stops]
    assert not [e.field.name for e in owners if e is not None and e.is_read_only()]
    for editor in read_only:
        line = editor.focusProxy() or editor
        assert line.focusPolicy() & Qt.FocusPolicy.ClickFocus  # a click still selects it
    last_field = max(i for i, e in enumerate(owners) if e is not None)
    assert stops[last_field + 1] is window.save_button
    assert stops.index(window.save_button) < stops.index(window.print_button)


def _editor_of(widget, editors):
    return next((e for e in editors.values() if e is widget or e.isAncestorOf(widget)), None)


def test_the_expense_decision_by_tab_alone(qtbot, logins, desk):
    clerk = logins.person("finance", first_name="Aline", department="FIN")
    manager = logins.person("finance", first_name="Jean", department="FIN")
    # A budget line to charge: without one Approve is off (the approval is sure to fail).
    budget(manager, logins.department("FIN"), "Fuel")
    expense = new_expense(clerk, department_id=logins.department("FIN")).id
    window = _open(qtbot, desk(manager), "expenses", expense)
    dialog = ExpenseDecisionDialog.open_for(window, approve=True)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.budget.text() != "", timeout=WAIT_MS)
    stops = check_walk(qtbot, dialog, dialog.note)
    assert dialog.decide_button in stops


def test_the_purchase_order_decision_by_tab_alone(qtbot, db_dsn, desk):
    from shop import open_shop

    for shop in open_shop(db_dsn):
        order = shop.draft()
        with shop.clerk.session() as session:
            purchasing.submit_purchase_order(session, order)
        window = _open(qtbot, desk(shop.manager), "purchase_orders", order)
        dialog = DecidePurchaseOrderDialog.open_for(window, window.worker, order, approve=True)
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda d=dialog: d.facts is not None, timeout=WAIT_MS)
        stops = check_walk(qtbot, dialog, QApplication.focusWidget() or dialog)
        assert dialog.approve_button in stops


def test_the_leave_decision_by_tab_alone(qtbot, db_dsn, desk):
    from leave_team import make_team, week

    for logins in open_logins(db_dsn):
        team = make_team(logins)
        request = team.file(team.clerk, week(1))
        window = desk(team.boss).open("leave_requests", request)
        qtbot.waitUntil(
            lambda w=window: isinstance(w.step_dialog, LeaveDecisionDialog), timeout=WAIT_MS
        )
        dialog = window.step_dialog
        qtbot.waitUntil(lambda d=dialog: d.facts is not None, timeout=WAIT_MS)
        qtbot.waitExposed(dialog)
        stops = check_walk(qtbot, dialog, dialog.note)
        assert dialog.note in stops and len(stops) > 2


def test_walk_stops_where_a_control_keeps_the_tab(qtbot, host):
    """A control that takes Tab for itself (a text box typing a tab) ends the walk."""
    from PySide6.QtWidgets import QPlainTextEdit

    box = QPlainTextEdit()
    after = host(box)
    assert walk(qtbot, box) == [box]
    assert after not in walk(qtbot, box)


@pytest.mark.parametrize("demo", [False, True])
def test_the_login_window_by_tab_alone(qtbot, demo):
    from dicel_desktop.gui.login_window import LoginWindow

    window = LoginWindow(demo=demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    stops = check_walk(qtbot, window, window.ui.emailEdit)
    assert window.ui.passwordEdit in stops and window.ui.loginButton in stops
