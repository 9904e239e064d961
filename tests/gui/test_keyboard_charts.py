"""Dashboards and charts with the keyboard alone, on the demo data: a tile opens its list
on Enter, the arrow keys choose a bar or a heatmap cell and Enter opens the records
behind it, and what is chosen is named for a screen reader."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS, scalar
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMenu
from sqlalchemy import Engine, text

from dicel_desktop.gui.charts.budget_chart import BudgetChart
from dicel_desktop.gui.charts.risk_heatmap import RiskHeatmap
from dicel_desktop.gui.numbers import format_money
from dicel_desktop.gui.risk_words import impact_word, likelihood_word, scale_word, with_word
from dicel_desktop.gui.widgets.column_widths import CELL_PADDING
from dicel_desktop.services.listing import OneOf

pytestmark = pytest.mark.usefixtures("rwanda")


def _head_of(su: Engine, role: str) -> str:
    return scalar(
        su,
        "SELECT email FROM users u WHERE role = :r AND is_active"
        " AND EXISTS (SELECT FROM departments d WHERE d.manager_id = u.id)"
        " ORDER BY email LIMIT 1",
        r=role,
    )


def _loaded(qtbot, grid) -> None:
    qtbot.waitUntil(lambda: not grid.model.is_loading, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: grid.model.rowCount() == 0 or grid.model.is_row_loaded(0), timeout=WAIT_MS
    )


def _tab_to(qtbot, window, widget) -> None:
    """Press Tab until ``widget`` has the focus, as a person would."""
    for _ in range(60):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName() or widget}")


def test_a_dashboard_tile_is_named_and_opens_its_list_on_enter(qtbot, demo_window, su):
    window = demo_window(_head_of(su, "finance"))
    finance = window.show_tab("Finance")
    finance.activate()
    dashboard = finance.show_dashboard()
    qtbot.waitUntil(lambda: dashboard.loaded, timeout=WAIT_MS)
    tile = dashboard.tiles["past_due"]
    (overdue,) = [v.value for v in dashboard.data.figures if v.figure.key == "past_due"]
    assert tile.accessibleName() == f"Invoices past due: {overdue}"

    _tab_to(qtbot, window, tile)
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: finance.drill is not None, timeout=WAIT_MS)
    assert finance.current_table() == "invoices"
    _loaded(qtbot, finance.drill)
    assert finance.drill.model.rowCount() == overdue > 0


def test_the_dashboard_chart_is_reached_by_tab_and_read_in_words(qtbot, demo_window, su):
    window = demo_window(_head_of(su, "finance"))
    finance = window.show_tab("Finance")
    finance.activate()
    dashboard = finance.show_dashboard()
    qtbot.waitUntil(lambda: dashboard.loaded, timeout=WAIT_MS)
    (plot,) = dashboard.charts.values()
    _tab_to(qtbot, window, plot)
    name, balance = next(
        iter(
            _rows(
                su,
                "SELECT account_name, balance FROM financial_accounts"
                " WHERE currency = 'RWF' AND is_active ORDER BY balance DESC LIMIT 1",
            )
        )
    )
    words = plot.accessibleDescription()
    assert plot.accessibleName().startswith("Balance by RWF account")
    assert f"{name}: {format_money(balance, 'RWF', QLocale())}" in words


def _rows(su: Engine, sql: str):
    with su.connect() as conn:
        return conn.execute(text(sql)).all()


def test_the_budget_chart_chooses_a_department_by_arrows_and_opens_it_on_enter(
    qtbot, demo_window, su
):
    window = demo_window(_head_of(su, "finance"))
    finance = window.show_tab("Finance")
    finance.activate()
    chart = finance.show_chart("Budget chart")
    assert isinstance(chart, BudgetChart)
    qtbot.waitUntil(lambda: chart.data is not None and bool(chart.figures), timeout=WAIT_MS)
    target = max(range(len(chart.figures)), key=lambda i: chart.figures[i].spent)
    figure = chart.figures[target]

    _tab_to(qtbot, window, chart.bars)
    qtbot.keyClick(chart.bars, Qt.Key.Key_Home)  # no effect: the arrows choose
    for _ in range(target):
        qtbot.keyClick(chart.bars, Qt.Key.Key_Right)
    assert chart.current_group == target
    spent = format_money(figure.spent, "RWF", QLocale())
    assert chart.bars.accessibleName().startswith(figure.label)
    assert f"Spent: {spent}" in chart.bars.accessibleName()
    qtbot.keyClick(chart.bars, Qt.Key.Key_Return)

    grid = finance.current_grid()
    assert finance.current_table() == "expenses" and grid is not None
    fixed = {f.column: f for f in grid.fixed_filters}
    assert fixed["department_id"].value == figure.key


def test_the_heatmap_chooses_a_cell_by_arrows_and_opens_it_on_enter(qtbot, demo_window, su):
    window = demo_window(_head_of(su, "risk"))
    risk = window.show_tab("Risk")
    risk.activate()
    heatmap = risk.show_chart("Risk heatmap")
    assert isinstance(heatmap, RiskHeatmap)
    qtbot.waitUntil(lambda: heatmap.data is not None, timeout=WAIT_MS)
    (lik, imp), count = max(heatmap.data.counts.items(), key=lambda item: (item[1], item[0]))

    _tab_to(qtbot, window, heatmap.plot)
    assert heatmap.current_cell == (5, 5)  # the top right corner: the gravest
    for _ in range(5 - lik):
        qtbot.keyClick(heatmap.plot, Qt.Key.Key_Down)
    for _ in range(5 - imp):
        qtbot.keyClick(heatmap.plot, Qt.Key.Key_Left)
    assert heatmap.current_cell == (lik, imp)
    assert heatmap.plot.accessibleName().endswith(f"impact: {count} assessments")

    # The menu key offers the chart's own menu, as a right click does.
    qtbot.keyClick(heatmap.plot, Qt.Key.Key_Menu)
    menus = [m for m in heatmap.findChildren(QMenu) if m.isVisible()]
    assert [a.text() for m in menus for a in m.actions()] == ["Save as PNG…"]
    menus[0].close()

    heatmap.plot.setFocus()
    qtbot.keyClick(heatmap.plot, Qt.Key.Key_Enter)

    grid = risk.current_grid()
    assert risk.current_table() == "risk_assessments"
    fixed = {f.column: f for f in grid.fixed_filters}
    assert fixed["likelihood"] == OneOf("likelihood", (lik,))
    assert fixed["impact"] == OneOf("impact", (imp,))
    _loaded(qtbot, grid)
    assert grid.model.rowCount() == count
    # The list says which cell it shows, as the axes word it (it said only "the
    # records behind the figure").
    cell = f"{likelihood_word(lik)} \u00d7 {impact_word(imp)}"
    assert risk.drill_title.text() == f"Risk assessments: {cell}"
    # A scale's number and word read whole ("4 - Likely", not "4 - Lik..."), each
    # column as wide as its widest word before a long text takes the room.
    names = [c.name for c in grid.model.columns]
    header = grid.view.horizontalHeader()
    metrics = grid.view.fontMetrics()
    for column in ("likelihood", "impact", "risk_score"):
        section = names.index(column)
        top = 25 if column == "risk_score" else 5
        widest = max(
            metrics.horizontalAdvance(with_word(str(v), scale_word("risk_assessments", column, v)))
            for v in range(1, top + 1)
        )
        assert header.sectionSize(section) >= widest + CELL_PADDING, column
