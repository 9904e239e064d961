"""`--tab NAME --page TITLE`: the screenshot option pictures a chart page, end to end (a
real run of the program in its own process, on the demo database the GUI tests share);
the other pages (a list page in French too) and refusals are pictured in the tests' own
process (in_process_shot.shoot, on the session's demo company)."""

from __future__ import annotations

import pytest
from helpers import run_demo
from in_process_shot import shoot
from PySide6.QtGui import QColor, QImage

from dicel_desktop.gui.charts.common import ALLOCATED_COLOUR, BAND_COLOURS, SPENT_COLOUR
from dicel_desktop.localdb import LocalCluster

RISK_OFFICER = "diane.mutoni@dicel.rw"

pytestmark = pytest.mark.usefixtures("qapp")  # for the pictures taken here (shoot)


def test_the_heatmap_page_is_pictured_in_its_band_colours(demo_dir, tmp_path):
    target = tmp_path / "heatmap.png"
    result = run_demo(
        demo_dir, "--user", RISK_OFFICER, "--screenshot", str(target),
        "--tab", "Risk", "--page", "Risk heatmap",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    colours = {
        QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 5)
        for y in range(0, image.height(), 5)
    }  # fmt: skip
    # Cells of all four bands are drawn, full (occupied) or faint (empty): at least the
    # full colours of the bands the demo's risks fall in.
    assert sum(c.name() in colours for c in BAND_COLOURS.values()) >= 3
    assert not LocalCluster(demo_dir).is_running(), "the screenshot left the server running"


def test_a_page_the_tab_does_not_have_is_refused_with_its_pages(demo_dsn, tmp_path):
    result = shoot(
        demo_dsn, "--user", RISK_OFFICER, "--screenshot", str(tmp_path / "x.png"),
        "--tab", "Risk", "--page", "Sales pipeline",
    )  # fmt: skip
    assert result.returncode == 2
    assert "no page 'Sales pipeline'" in result.stderr and "Risk heatmap" in result.stderr
    # The risk officer manages the Risk department: their budget's chart is a page too.
    assert "Budget chart" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_managers_budget_chart_is_pictured(demo_dsn, tmp_path):
    # HR's manager reads no budgets by role; the chart of their own department's joins
    # the tab's pages once the dashboard found it. The option looked before (a review:
    # "no page 'Budget chart' on this tab; pages: none").
    target = tmp_path / "budget.png"
    result = shoot(
        demo_dsn, "--user", "aline.uwase@dicel.rw", "--screenshot", str(target),
        "--tab", "Human Resources", "--page", "Budget chart",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    colours = {
        QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    }  # fmt: skip
    assert ALLOCATED_COLOUR.name() in colours and SPENT_COLOUR.name() in colours


def test_a_list_is_a_page_too_by_its_title_in_the_language_shown(demo_dsn, tmp_path):
    """`--page "Dossiers de recouvrement"` pictures the list, at the window's own size:
    the French dashboard's long tile titles no longer force the window wider, nor the
    side list narrower than its titles. (In the tests' process: the program's own run of
    `--language fr --page` is test_screenshot.py's of My work.)"""
    target = tmp_path / "cases.png"
    result = shoot(
        demo_dsn, "--user", "innocent.bizimana@dicel.rw", "--language", "fr",
        "--screenshot", str(target), "--tab", "Recovery", "--page", "Dossiers de recouvrement",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 860)
    refused = shoot(
        demo_dsn, "--user", "innocent.bizimana@dicel.rw", "--screenshot", str(tmp_path / "x.png"),
        "--tab", "Recovery", "--page", "Invoices",
    )  # fmt: skip
    assert refused.returncode == 2 and "Recovery cases" in refused.stderr


def test_a_chart_is_a_page_by_its_title_in_the_language_shown_too(demo_dsn, tmp_path):
    """`--page "Carte des risques"`, as the French side list reads it, was refused with
    the English titles ("no page 'Carte des risques' on this tab; pages: ... Risk
    heatmap")."""
    for title in ("Carte des risques", "Graphique budgétaire"):
        target = tmp_path / "chart.png"
        result = shoot(
            demo_dsn, "--user", RISK_OFFICER, "--language", "fr", "--screenshot", str(target),
            "--tab", "Risk", "--page", title,
        )  # fmt: skip
        assert result.returncode == 0, (title, result.stderr)
        assert target.exists()
        target.unlink()
