"""The * of a required field in a record window: only where the person fills it in."""

from __future__ import annotations

import psycopg
import pytest
from logins import new_expense, open_logins

WAIT_MS = 30_000  # a deadline for a failing test on a busy machine, not a measurement


@pytest.fixture
def logins(db_dsn):
    yield from open_logins(db_dsn)


def _open(qtbot, opener, table, record_id):
    window = opener.open(table, record_id)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    return window


def test_a_field_frozen_by_the_records_state_is_not_marked_required(qtbot, logins, desk, db_dsn):
    """An approved expense's amount can no longer change (the window says so): a * beside
    it would ask the clerk for something they cannot give."""
    finance = logins.person("finance")
    expense = new_expense(finance, vendor="Kobil", description="Fuel for the generator")
    opener = desk(finance)

    pending = _open(qtbot, opener, "expenses", expense.id)
    labels = pending.form.labels
    assert labels["amount"].text() == "Amount *" and labels["amount"].toolTip() == "Required"
    assert labels["expense_date"].text() == "Expense date *"
    # Saving makes the whole form read-only for a moment: the marks do not blink.
    pending.form.set_read_only(True)
    assert labels["amount"].text() == "Amount *"
    pending.form.set_read_only(False)
    pending.close()

    with psycopg.connect(db_dsn, autocommit=True) as superuser:  # as a workflow would
        superuser.execute("UPDATE expenses SET status = 'approved' WHERE id = %s", (expense.id,))
    approved = _open(qtbot, opener, "expenses", expense.id)
    labels = approved.form.labels
    assert approved.form.editors["amount"].is_read_only()
    assert labels["amount"].text() == "Amount" and labels["amount"].toolTip() == ""
    assert labels["expense_date"].text() == "Expense date"
