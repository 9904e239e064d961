"""A pay period's window says how many payslips it holds and their gross and net pay,
read in SQL (``payroll.period_totals``): it showed only dates and states."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import WAIT_MS, last_march

from dicel_desktop.gui.numbers import format_money
from dicel_desktop.services import payroll

MARCH = last_march()

pytestmark = pytest.mark.usefixtures("rwanda")


def test_the_pay_period_window_adds_up_its_payslips(qtbot, logins, desk):
    from PySide6.QtCore import QLocale

    officer = logins.person("hr", salary=Decimal("800000"))
    logins.person("employee", salary=Decimal("500000"))
    with officer.session() as session:
        period = payroll.run_payroll(session, *MARCH)
    with officer.session() as session:
        totals = payroll.period_totals(session, period)
    assert totals is not None and totals.employees >= 2
    window = desk(officer).open("payroll_periods", period)
    line = window.summary_line
    qtbot.waitUntil(lambda: line.isVisible(), timeout=WAIT_MS)
    gross = format_money(totals.gross, "RWF", QLocale())
    net = format_money(totals.net, "RWF", QLocale())
    assert line.text() == f"{totals.employees} payslips · gross pay {gross} · net pay {net}"


def test_other_windows_have_no_summary(qtbot, logins, desk):
    officer = logins.person("hr")
    window = desk(officer).open("employees", officer.employee_id)
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    assert not window.summary_line.isVisible()
