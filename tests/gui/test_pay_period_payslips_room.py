"""A pay period's window gives its payslips a fair share of its height (eye31, 8: at
1000x600 the Payslips tab showed 3 1/2 rows of 146 under a form given all the rest, and
at 900x820 a band of nothing sat between the form and the tabs). Measured on the real
widgets, offscreen, against real PostgreSQL."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS, last_march
from PySide6.QtWidgets import QApplication

from dicel_desktop.services import payroll

pytestmark = pytest.mark.usefixtures("rwanda")


def _payslips_window(qtbot, logins, desk):
    officer = logins.person("hr", first_name="Grace")
    manager = logins.person("finance", first_name="Jean")
    with officer.session() as session:
        period = payroll.run_payroll(session, *last_march())
    window = desk(manager).open("payroll_periods", period)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.panels.count() > 0, timeout=WAIT_MS)
    titles = [window.panels.tabText(i).replace("&", "") for i in range(window.panels.count())]
    window.panels.setCurrentIndex(titles.index("Payslips"))
    window.show()
    qtbot.waitExposed(window)
    return window, window.panels.currentWidget().grid


def _resized(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().toTuple() == (width, height), timeout=WAIT_MS)
    QApplication.processEvents()


def test_a_laptops_pay_period_window_shows_its_payslips_and_its_buttons(qtbot, logins, desk):
    window, grid = _payslips_window(qtbot, logins, desk)
    _resized(qtbot, window, 1000, 600)
    row = grid.view.verticalHeader().defaultSectionSize()
    # Half a screen of payslips (it was 3 1/2 rows), the form scrolling above them.
    qtbot.waitUntil(lambda: grid.view.viewport().height() >= 6 * row, timeout=WAIT_MS)
    assert window.scroll.verticalScrollBar().maximum() > 0
    for button in (window.save_button, window.close_button):
        bottom = button.mapTo(window, button.rect().bottomLeft()).y()
        assert button.isVisible() and bottom < window.height(), button.text()


def test_a_tall_pay_period_window_gives_its_form_what_it_needs_and_no_more(qtbot, logins, desk):
    window, _grid = _payslips_window(qtbot, logins, desk)
    _resized(qtbot, window, 900, 820)
    # The whole form, and no band of nothing under it: the rest is the payslips'.
    qtbot.waitUntil(
        lambda: window.scroll.height() <= window.split.form_needs() + 2, timeout=WAIT_MS
    )
    assert window.scroll.verticalScrollBar().maximum() == 0
