"""The budget chart and the risk heatmap in the window, on the demo data: what they draw
equals the server's figures for the person looking, a click opens the rows behind it, a
change of an assessment redraws the heatmap, and the pictures are not blank."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS, scalar
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from sqlalchemy import Engine, text

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.gui.charts.budget_chart import BudgetChart
from dicel_desktop.gui.charts.common import save_as_png
from dicel_desktop.gui.charts.risk_heatmap import RiskHeatmap
from dicel_desktop.gui.numbers import format_money
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.auth import login
from dicel_desktop.services.listing import OneOf

pytestmark = pytest.mark.usefixtures("rwanda")


def _email(su: Engine, role: str, *, manager: bool = False) -> str:
    head = "EXISTS" if manager else "NOT EXISTS"
    return scalar(
        su,
        "SELECT email FROM users u WHERE role = :r AND is_active"
        f" AND {head} (SELECT FROM departments d WHERE d.manager_id = u.id)"
        " ORDER BY email LIMIT 1",
        r=role,
    )


@pytest.fixture
def worker_as(qtbot, demo_dsn: str) -> Iterator:
    parts = urlsplit(demo_dsn)
    made: list[tuple[DbWorker, object]] = []

    def make(email: str) -> DbWorker:
        logged_in = login(parts.hostname, parts.port, parts.path.lstrip("/"), email, DEMO_PASSWORD)
        worker = DbWorker(make_session_factory(logged_in.engine))
        made.append((worker, logged_in.engine))
        return worker

    yield make
    for worker, engine in made:
        worker.shutdown()
        engine.dispose()


def _shown(qtbot, chart, show) -> None:
    with qtbot.waitSignal(chart.shown, timeout=WAIT_MS):
        show()


def _not_blank(widget, *, colours: int, painted_share: float = 0.1) -> None:
    """More than ``colours`` distinct colours, and more than ``painted_share`` of it not
    the background."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = image.pixel(2, 2)
    seen: set[int] = set()
    painted = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = image.pixel(x, y)
            seen.add(pixel)
            painted += pixel != background
            total += 1
    assert len(seen) > colours, f"only {len(seen)} colours"
    assert painted / total > painted_share, f"only {painted / total:.0%} painted"


def _loaded(qtbot, grid) -> None:
    qtbot.waitUntil(lambda: not grid.model.is_loading, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: grid.model.rowCount() == 0 or grid.model.is_row_loaded(0), timeout=WAIT_MS
    )


# --------------------------------------------------------------------------- budgets


def _on_the_spending_year(qtbot, chart: BudgetChart, su: Engine) -> None:
    """Once drawn, the chart on the latest year the demo company spent in, chosen in
    Fiscal year as a person would when it opened on another. It opens on this year's
    lines: the demo is dated 2026-11-02 (``DEMO_TODAY``), so from 1 January 2027 this
    year's lines (or, from 2028, the latest ones) hold no expense to draw or click."""
    year = scalar(su, "SELECT max(fiscal_year) FROM budgets WHERE spent_amount > 0")
    qtbot.waitUntil(lambda: chart.drawn and bool(chart.figures), timeout=WAIT_MS)
    if chart.data.year != year:
        chart.year_box.setCurrentIndex(chart.year_box.findData(year))
        chart.year_box.activated.emit(chart.year_box.currentIndex())
        qtbot.waitUntil(
            lambda: chart.data.year == year and chart.drawn and bool(chart.figures),
            timeout=WAIT_MS,
        )


def test_finance_clicks_a_department_and_gets_its_spent_expenses(qtbot, demo_window, su):
    window = demo_window(_email(su, "finance", manager=True))
    finance = window.show_tab("Finance")
    finance.activate()
    chart = finance.show_chart("Budget chart")
    assert isinstance(chart, BudgetChart)
    # Both plots drawn: the months are drawn once the bars have been painted.
    _on_the_spending_year(qtbot, chart, su)
    year = chart.data.year
    departments = scalar(
        su, "SELECT count(DISTINCT department_id) FROM budgets WHERE fiscal_year = :y", y=year
    )
    assert len(chart.figures) == departments > 1

    index = max(range(len(chart.figures)), key=lambda i: chart.figures[i].spent)
    figure = chart.figures[index]
    tip = chart.tooltip(index)
    money = format_money(figure.spent, "RWF", QLocale())
    assert money in tip and "RWF" in money
    assert f"{year}" in chart.accessibleDescription()
    assert format_money(figure.allocated, "RWF", QLocale()) in chart.accessibleDescription()
    _not_blank(chart.bars, colours=8)
    _not_blank(chart.months, colours=4, painted_share=0.03)  # lines, mostly background

    qtbot.mouseClick(
        chart.bars.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_position(index)
    )
    grid = finance.current_grid()
    assert finance.current_table() == "expenses" and grid is not None
    # Opened above the plain list, with the bar's conditions fixed.
    fixed = {f.column: f for f in grid.fixed_filters}
    assert fixed["department_id"].value == figure.key
    assert fixed["status"] == OneOf("status", ("approved", "paid"))
    _loaded(qtbot, grid)
    expected = scalar(
        su,
        "SELECT count(*) FROM expenses WHERE department_id = :d"
        " AND date_part('year', expense_date) = :y AND status IN ('approved', 'paid')",
        d=figure.key,
        y=year,
    )
    assert grid.model.rowCount() == expected > 0


def test_a_manager_sees_their_department_alone(qtbot, worker_as, su):
    email = _email(su, "it", manager=True)
    department = scalar(
        su,
        "SELECT d.id FROM departments d JOIN users u ON u.id = d.manager_id WHERE u.email = :e",
        e=email,
    )
    chart = BudgetChart(worker_as(email), "it")
    qtbot.addWidget(chart)
    chart.resize(900, 700)
    _shown(qtbot, chart, chart.show)
    assert chart.data.source == "managed"
    assert [f.key for f in chart.figures] == [department]
    allocated = scalar(
        su,
        "SELECT sum(allocated_amount) FROM budgets WHERE department_id = :d AND fiscal_year = :y",
        d=department,
        y=chart.data.year,
    )
    assert chart.figures[0].allocated == allocated
    _not_blank(chart, colours=8)


def _worker_of(person) -> DbWorker:
    return DbWorker(make_session_factory(person.engine))


def _legend(chart: BudgetChart) -> list[str]:
    """The bars' legend, entry by entry, as it reads."""
    return [label.text for _sample, label in chart.bars.getPlotItem().legend.items]


def test_an_over_budget_group_is_labelled_and_hatched(qtbot, logins):
    finance = logins.person("finance")
    with logins.superuser().begin() as conn:
        for code, spent in (("IT", "1250000.50"), ("HR", "200000.00")):
            conn.execute(
                text(
                    "INSERT INTO budgets (department_id, fiscal_year, budget_category,"
                    " allocated_amount, spent_amount) VALUES (:d, 2026, 'Hardware', 1000000, :s)"
                ),
                {"d": logins.department(code), "s": Decimal(spent)},
            )
    worker = _worker_of(finance)
    try:
        chart = BudgetChart(worker, "finance")
        qtbot.addWidget(chart)
        chart.resize(900, 700)
        _shown(qtbot, chart, chart.show)
        over = [f.label for f in chart.figures if f.over_budget]
        assert over == ["Department IT"]
        words = [
            item.toPlainText()
            for item in chart.bars.getPlotItem().items
            if hasattr(item, "toPlainText") and item.isVisible()
        ]
        assert words == ["Over budget"]
        assert _legend(chart) == ["Allocated", "Spent", "Remaining", "Over budget"]
        # The sentence names the line over, with how much.
        assert (
            "Over budget: Department IT \N{MIDDLE DOT} Hardware (250,000.50 RWF over)."
            in chart.accessibleDescription()
        )
        index = [f.label for f in chart.figures].index("Department IT")
        tip = chart.tooltip(index)
        assert "Over budget by 250,000.50 RWF" in tip and "1,250,000.50 RWF" in tip
        _not_blank(chart.bars, colours=8)
        # By category, the two lines add up to one group within its budget: the group is
        # not hatched, but says it holds a line over, and which (a user-eye review read
        # "Nothing over budget" beside a line 552,000 RWF over).
        _shown(qtbot, chart, lambda: chart.group_box.setCurrentIndex(1))
        assert [(f.label, f.over_budget, f.lines_over) for f in chart.figures] == [
            ("Hardware", False, 1)
        ]
        words = [
            item.toPlainText()
            for item in chart.bars.getPlotItem().items
            if hasattr(item, "toPlainText") and item.isVisible()
        ]
        assert words == ["\N{WARNING SIGN} 1"]
        # The sign is in the legend, in words (eye29b: "⚠ 1" was explained nowhere), and
        # the hatching's entry is gone with the hatching.
        assert _legend(chart) == ["Allocated", "Spent", "Remaining", "Number of lines over budget"]
        _not_blank(chart.bars, colours=8)
        _shown(qtbot, chart, lambda: chart.group_box.setCurrentIndex(0))
        assert _legend(chart) == ["Allocated", "Spent", "Remaining", "Over budget"]
        _shown(qtbot, chart, lambda: chart.group_box.setCurrentIndex(1))
        assert "1 line over budget" in chart.tooltip(0)
        tip = chart.tooltip(0)
        assert "Department IT \N{MIDDLE DOT} Hardware: 250,000.50 RWF over" in tip
        assert "Over budget: Department IT" in chart.accessibleDescription()
        assert "Nothing over budget" not in chart.accessibleDescription()
    finally:
        worker.shutdown()


def test_a_chart_saves_as_png(qtbot, worker_as, su, tmp_path):
    chart = BudgetChart(worker_as(_email(su, "finance")), "finance")
    qtbot.addWidget(chart)
    chart.resize(800, 600)
    _shown(qtbot, chart, chart.show)
    path = tmp_path / "budgets.png"
    assert save_as_png(chart, "budgets", str(path))
    image = QImage(str(path))
    assert image.width() == chart.width() and image.height() == chart.height()
    _not_blank(chart, colours=8)


# --------------------------------------------------------------------------- risk


def _cells(su: Engine) -> dict[tuple[int, int], int]:
    with su.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT likelihood, impact, count(*) FROM risk_assessments"
                " WHERE status <> 'closed' GROUP BY 1, 2"
            )
        ).all()
    return {(r[0], r[1]): r[2] for r in rows}


def test_the_risk_officer_reads_the_counts_and_clicks_a_cell(qtbot, demo_window, su):
    window = demo_window(_email(su, "risk", manager=True))
    risk = window.show_tab("Risk")
    risk.activate()
    heatmap = risk.show_chart("Risk heatmap")
    assert isinstance(heatmap, RiskHeatmap)
    qtbot.waitUntil(lambda: heatmap.data is not None, timeout=WAIT_MS)
    expected = _cells(su)
    drawn = {
        (lik, imp): int(heatmap.cell_text(lik, imp))
        for lik in range(1, 6)
        for imp in range(1, 6)
        if heatmap.cell_text(lik, imp)
    }
    assert drawn == expected
    assert f"Assessments: {sum(expected.values())} (" in heatmap.accessibleDescription()
    _not_blank(heatmap.plot, colours=5)

    (lik, imp), count = max(expected.items(), key=lambda item: (item[1], item[0]))
    qtbot.mouseClick(
        heatmap.plot.viewport(),
        Qt.MouseButton.LeftButton,
        pos=heatmap.cell_position(lik, imp),
    )
    grid = risk.current_grid()
    assert risk.current_table() == "risk_assessments"
    fixed = {f.column: f for f in grid.fixed_filters}
    assert fixed["likelihood"] == OneOf("likelihood", (lik,))
    assert fixed["impact"] == OneOf("impact", (imp,))
    _loaded(qtbot, grid)
    assert grid.model.rowCount() == count


def _assess(logins, likelihood: int, impact: int):
    with logins.superuser().begin() as conn:
        return conn.execute(
            text(
                "INSERT INTO risk_assessments (risk_category, risk_description, likelihood,"
                " impact) VALUES ('Operational', 'Generator failure', :l, :i) RETURNING id"
            ),
            {"l": likelihood, "i": impact},
        ).scalar_one()


def test_the_heatmap_redraws_when_an_assessment_changes(qtbot, logins):
    officer = logins.person("risk")
    _assess(logins, 4, 5)
    worker = _worker_of(officer)
    heatmap = RiskHeatmap(worker, "risk")
    try:
        qtbot.addWidget(heatmap)
        heatmap.resize(800, 600)
        _shown(qtbot, heatmap, heatmap.show)
        assert heatmap.cell_text(4, 5) == "1" and heatmap.data.total == 1
        qtbot.waitUntil(
            lambda: (
                heatmap._watch.listener is not None and heatmap._watch.listener.mode == "listen"
            ),
            timeout=WAIT_MS,
        )
        # Someone else files a second risk in that cell, then moves the first one away.
        with qtbot.waitSignal(heatmap.shown, timeout=WAIT_MS):
            second = _assess(logins, 4, 5)
        qtbot.waitUntil(lambda: heatmap.cell_text(4, 5) == "2", timeout=WAIT_MS)
        with qtbot.waitSignal(heatmap.shown, timeout=WAIT_MS), logins.superuser().begin() as conn:
            conn.execute(
                text("UPDATE risk_assessments SET likelihood = 1, impact = 1 WHERE id = :id"),
                {"id": second},
            )
        qtbot.waitUntil(lambda: heatmap.cell_text(1, 1) == "1", timeout=WAIT_MS)
        assert heatmap.cell_text(4, 5) == "1"
        assert "Assessments: 2 (" in heatmap.accessibleDescription()
    finally:
        heatmap.stop()
        worker.shutdown()


def test_a_role_without_the_register_sees_no_heatmap(qtbot, demo_window, worker_as, su):
    email = _email(su, "sales")
    window = demo_window(email)
    assert all("Risk heatmap" not in tab.charts for tab in window.module_tabs.values())
    assert all("Budget chart" not in tab.charts for tab in window.module_tabs.values())
    # Made anyway, the widget shows the server's refusal in words, and no count.
    heatmap = RiskHeatmap(worker_as(email), "sales", live=False)
    qtbot.addWidget(heatmap)
    heatmap.show()
    qtbot.waitUntil(lambda: bool(heatmap.status.text()), timeout=WAIT_MS)
    assert heatmap.data is None
    assert "42501" not in heatmap.status.text() and "Traceback" not in heatmap.status.text()
    assert all(not heatmap.cell_text(lik, imp) for lik in range(1, 6) for imp in range(1, 6))


def test_the_category_and_status_filters_narrow_the_counts(qtbot, worker_as, su):
    heatmap = RiskHeatmap(worker_as(_email(su, "risk")), "risk", live=False)
    qtbot.addWidget(heatmap)
    _shown(qtbot, heatmap, heatmap.show)
    category = heatmap.data.categories[0]
    heatmap.category_box.setCurrentIndex(heatmap.category_box.findData(category))
    heatmap.status_box.setCurrentIndex(heatmap.status_box.findText("Closed"))
    _shown(qtbot, heatmap, heatmap.reload)
    expected = scalar(
        su,
        "SELECT count(*) FROM risk_assessments WHERE status = 'closed' AND risk_category = :c",
        c=category,
    )
    assert heatmap.data.total == expected
    assert heatmap.data.statuses == ("closed",) and heatmap.data.category == category
    assert heatmap.category == category  # the chooser kept its choice over the reload
    assert Decimal(heatmap.data.total) == sum(
        Decimal(heatmap.cell_text(lik, imp) or 0) for lik in range(1, 6) for imp in range(1, 6)
    )


def test_the_budget_charts_months_are_drawn_after_its_bars_are_painted(qtbot, demo_window, su):
    """Two plots drawn in one go are painted in one block, during which the window
    answers nothing: the months' line waits for the bars' paint, then ``shown``."""
    window = demo_window(_email(su, "finance", manager=True))
    finance = window.show_tab("Finance")
    finance.activate()
    chart = finance.show_chart("Budget chart")
    _on_the_spending_year(qtbot, chart, su)
    data = chart.data
    shown: list[bool] = []
    chart.shown.connect(lambda: shown.append(True))
    chart._spent_line.setData([], [])  # what the months' plot shows until it is drawn
    chart._on_loaded(data)  # an answer comes: the bars are drawn at once
    assert not chart.drawn and not shown
    assert len(chart._spent_line.getData()[0] or ()) == 0
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert chart.drawn
    assert len(chart._spent_line.getData()[0]) == data.months_so_far(dt.date.today())
    _not_blank(chart.months, colours=4, painted_share=0.03)


def test_the_budget_charts_axes_have_the_room_of_their_labels_before_they_are_painted(
    qtbot, worker_as, su, monkeypatch
):
    """Each plot's axes are given the room of their labels as its data is drawn, not by
    its first paint (which widened them, laid the plot out again and painted it again)."""
    chart = BudgetChart(worker_as(_email(su, "finance")), "finance")
    qtbot.addWidget(chart)
    chart.resize(1000, 760)
    before_paint: dict[str, dict[str, tuple[float, float]]] = {}

    def room(plot) -> dict[str, tuple[float, float]]:
        axes = (plot.getPlotItem().getAxis(side) for side in ("left", "bottom"))
        return {a.orientation: (a.textWidth, a.textHeight) for a in axes}

    draw_bars = chart._draw_bars

    def bars_drawn() -> None:
        draw_bars()
        before_paint["bars"] = room(chart.bars)  # the months wait for this plot's paint

    monkeypatch.setattr(chart, "_draw_bars", bars_drawn)
    chart.shown.connect(lambda: before_paint.setdefault("months", room(chart.months)))
    _shown(qtbot, chart, chart.show)
    assert set(before_paint) == {"bars", "months"}
    for plot in (chart.bars, chart.months):
        plot.viewport().repaint()
    assert {"bars": room(chart.bars), "months": room(chart.months)} == before_paint


def test_the_heatmaps_words_have_their_room_before_its_first_paint(qtbot, worker_as, su):
    """Likelihood's words beside the cells ("Almost certain") are measured when the
    heatmap is made: its first paint does not widen the axis and paint again."""
    heatmap = RiskHeatmap(worker_as(_email(su, "risk")), "risk", live=False)
    qtbot.addWidget(heatmap)
    axes = [heatmap.plot.getPlotItem().getAxis(side) for side in ("left", "bottom")]
    made = [(a.textWidth, a.textHeight) for a in axes]
    heatmap.resize(700, 520)
    _shown(qtbot, heatmap, heatmap.show)
    heatmap.plot.viewport().repaint()
    assert [(a.textWidth, a.textHeight) for a in axes] == made
    assert made[0][0] > 30  # wider than pyqtgraph's first guess: the words were measured
