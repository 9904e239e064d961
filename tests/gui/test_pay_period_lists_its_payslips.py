"""A pay period's window lists its payslips, which point to it by the period's first and
last days rather than by a reference (eye30s, 5: "146 payslips" and none listed, so none
could be checked before approving or paying). The print of the form lists the same rows.
Against real PostgreSQL, under the viewer's row security."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import WAIT_MS, last_march
from sqlalchemy import text

from dicel_desktop.gui.printing.pages import detail_queries
from dicel_desktop.services import payroll
from dicel_desktop.services.printing import MAX_DETAIL_LINES, read_rows

pytestmark = pytest.mark.usefixtures("rwanda")


def _payslips(person, start: dt.date) -> set:
    with person.engine.begin() as conn:
        return set(
            conn.execute(
                text("SELECT id FROM payroll_records WHERE pay_period_start = :s"), {"s": start}
            ).scalars()
        )


def test_a_pay_period_lists_its_own_payslips_and_prints_them(qtbot, logins, desk):
    officer = logins.person("hr", first_name="Grace")
    manager = logins.person("finance", first_name="Jean")
    march, march_end = last_march()
    april = (march.replace(month=4), march.replace(month=4, day=30))
    with officer.session() as session:
        period = payroll.run_payroll(session, march, march_end)
    with officer.session() as session:
        payroll.run_payroll(session, *april)
    own = _payslips(manager, march)
    assert own and own.isdisjoint(_payslips(manager, april[0]))
    # One cancelled (code review 31, F9): no longer one of the period's payslips, in the
    # tab as in the count Mark paid… says.
    cancelled = min(own)
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE payroll_records SET status = 'cancelled' WHERE id = :i"), {"i": cancelled}
        )
    own.discard(cancelled)
    with manager.session() as session:
        assert payroll.period_totals(session, period).employees == len(own)

    window = desk(manager).open("payroll_periods", period)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.panels.count() > 0, timeout=WAIT_MS)
    titles = [window.panels.tabText(i).replace("&", "") for i in range(window.panels.count())]
    window.panels.setCurrentIndex(titles.index("Payslips"))
    panel = window.panels.currentWidget()
    model = panel.grid.model
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=WAIT_MS)
    # March's payslips, not April's; made by Run payroll, never added here.
    assert {model.record_id(r) for r in range(model.rowCount())} == own
    assert not panel.add_button.isVisible()
    # The period's days say the same on every row: not repeated as columns.
    shown = [c.name for c in model.columns]
    assert "pay_period_start" not in shown and "pay_period_end" not in shown

    # The form's print lists the same rows.
    [(title, query)] = detail_queries(window)
    assert title == "Payslips"
    with manager.session() as session:
        chunk = read_rows(session, query, None, MAX_DETAIL_LINES)
    assert {row[0] for row in chunk.rows} == own  # a row's id first
