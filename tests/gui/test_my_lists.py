"""The lists of My work as an employee reads them, and New record where one may add.

Logged in over TCP as the demo people; the window is 1400 pixels wide, as in the review
whose screenshots showed a payslip's net pay cut at the right edge.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from dicel_desktop.db.engine import make_engine
from dicel_desktop.demo import demo_users
from dicel_desktop.gui.translations import install_translators

WINDOW = (1400, 860)
#: The columns a payslip is read for.
PAY = ("net_salary", "status", "payment_date")


@pytest.fixture(scope="module")
def people(demo_dsn: str) -> dict[str, str]:
    """role -> the e-mail of a showcase demo login with that role."""
    engine = make_engine(demo_dsn)
    try:
        with engine.connect() as conn:
            found: dict[str, str] = {}
            for user in demo_users(conn):
                found.setdefault(user.role, user.email)
    finally:
        engine.dispose()
    return found


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_as(demo_window, people, settings):
    return lambda role: demo_window(people[role], size=WINDOW, settings=settings)


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    from PySide6.QtCore import QLocale

    before = QLocale()
    install_translators(request.param)
    yield request.param
    install_translators("en")
    QLocale.setDefault(before)


def _section(qtbot, window, key):
    my_work = window.my_work
    qtbot.waitUntil(lambda: my_work.me is not None, timeout=15_000)
    my_work.show_section(key)
    grid = window.current_grid()
    assert grid is not None
    model = grid.model
    qtbot.waitUntil(
        lambda: not model.is_loading and model.rowCount() > 0 and model.is_row_loaded(0),
        timeout=20_000,
    )
    return grid


def _in_view(grid, column: str) -> bool:
    header = grid.view.horizontalHeader()
    section = grid.visible_columns.index(column)
    left = header.sectionViewportPosition(section)
    return left >= 0 and left + header.sectionSize(section) <= header.viewport().width()


def test_my_payslips_show_the_pay_not_my_own_name_on_every_row(qtbot, open_as, language):
    window = open_as("employee")
    grid = _section(qtbot, window, "payslips")
    assert "employee_id" not in grid.visible_columns
    assert "employee_id" not in {c.name for c in grid.readable}  # nor in the chooser
    for column in PAY:
        assert _in_view(grid, column), f"{column} is cut at 1400 pixels ({language})"


@pytest.mark.parametrize("key", ["leave", "attendance"])
def test_my_leave_and_attendance_do_not_name_me_on_every_row(qtbot, open_as, key):
    window = open_as("employee")
    grid = _section(qtbot, window, key)
    assert "employee_id" not in grid.visible_columns
    assert grid.visible_columns  # the rest of the list is there


def test_hr_reads_the_payroll_by_employee_and_my_choice_of_columns_leaves_it_so(qtbot, open_as):
    window = open_as("hr")
    mine = _section(qtbot, window, "payslips")
    assert "employee_id" not in mine.visible_columns
    mine.set_visible_columns(["pay_period_start", "net_salary"])  # chosen in My payslips
    payroll = window.show_tab("Human Resources").show_table("payroll_records")
    assert payroll.visible_columns[0] == "employee_id"
    assert "basic_salary" in payroll.visible_columns


def test_new_record_is_greyed_on_a_list_the_role_cannot_add_to(qtbot, open_as):
    window = open_as("employee")
    new = window.action_new_record
    _section(qtbot, window, "payslips")
    assert not new.isEnabled()
    assert new.toolTip() == "Your role cannot add to “My payslips”."
    _section(qtbot, window, "leave")
    assert new.isEnabled()  # a leave request of one's own


def test_new_record_is_offered_where_the_role_adds(qtbot, open_as):
    window = open_as("hr")
    window.show_tab("Human Resources").show_table("employees")
    assert window.action_new_record.isEnabled()
    compliance = open_as("compliance")
    compliance.show_tab("Finance").show_table("invoices")
    assert not compliance.action_new_record.isEnabled()
    assert compliance.action_new_record.toolTip() == "Your role cannot add to “Invoices”."


def test_the_list_actions_greyed_on_a_dashboard_say_why(qtbot, open_as):
    """On a dashboard New record and Find were greyed with tips repeating their names."""
    window = open_as("hr")
    window.show_tab("Human Resources")
    assert window.current_grid() is None  # the tab opens on its dashboard
    for action in (window.action_new_record, window.action_find, window.action_export):
        assert not action.isEnabled()
        assert action.toolTip() == "This page shows no list: open one to use this"
    window.show_tab("Human Resources").show_table("employees")
    assert window.action_find.isEnabled()
    assert window.action_find.toolTip() == "Find"  # its own text, where it acts


def test_the_side_list_keeps_its_titles_whole_beside_a_wide_page(qtbot, open_as, language):
    """French Recovery at 1400 pixels: the dashboard's long tile titles took the room,
    and the side list read "Dossiers de recouvrem". The tiles now break their titles; the
    side list is never narrower than its longest title, and the window keeps its size."""
    window = open_as("recovery")
    tab = window.show_tab("Recovery" if language == "en" else "Recouvrement")
    tab.activate()
    tab.show_dashboard()
    qtbot.waitUntil(lambda: tab.dashboard.loaded, timeout=20_000)
    tab.show_table("recovery_cases")
    side = tab.lists
    widest = max(
        side.visualItemRect(side.item(i)).x()
        + side.sizeHintForIndex(side.model().index(i, 0)).width()
        for i in range(side.count())
    )
    assert side.viewport().width() >= widest
    assert window.width() == WINDOW[0]


def test_every_bar_of_a_dashboard_chart_is_named(qtbot, open_as, language):
    """French Recovery: "Passé en perte" was too wide to write all six states under their
    bars, so every other bar had no name. Bars whose names do not all fit lie sideways."""
    window = open_as("recovery")
    tab = window.show_tab("Recovery" if language == "en" else "Recouvrement")
    tab.activate()
    tab.show_dashboard()
    qtbot.waitUntil(lambda: tab.dashboard.loaded, timeout=20_000)
    plot = tab.dashboard.charts["amount_by_state"]
    values = next(c for c in tab.dashboard.data.charts if c.chart.key == "amount_by_state")
    side = "left" if plot.getViewBox().yInverted() else "bottom"
    written = [text for _x, text in plot.getAxis(side)._tickLevels[0] if text]
    assert len(written) == len(values.points) >= 5


def test_my_reviews_list_the_reviews_hr_shared_with_me(qtbot, open_as, demo_dsn, people):
    """HR shares a review with the employee it is about (migration 0045); My reviews is
    where they read it: theirs only, shared ones only, without their own name."""
    from sqlalchemy import text

    engine = make_engine(demo_dsn)
    try:
        with engine.connect() as conn:
            expected = conn.scalar(
                text(
                    "SELECT count(*) FROM performance_reviews r"
                    " JOIN employees e ON e.id = r.employee_id JOIN users u ON u.id = e.user_id"
                    " WHERE u.email = :email AND r.status <> 'draft'"
                ),
                {"email": people["employee"]},
            )
    finally:
        engine.dispose()
    assert expected  # the demo's employee has reviews of past years
    window = open_as("employee")
    grid = _section(qtbot, window, "reviews")
    assert grid.table == "performance_reviews"
    qtbot.waitUntil(lambda: grid.model.is_exact, timeout=20_000)
    assert grid.model.rowCount() == expected
    assert "employee_id" not in grid.visible_columns
