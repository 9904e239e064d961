"""A NaN amount is said beside its field in the record window, with the sentence of a
typed "NaN" ("Allocated amount: “NaN” is not a number."), and nothing is saved, whether
the form's own rules or the database (DW043, nan40's migration) refuse it.

No window path sends NaN today: every number box parses what is typed and refuses "NaN"
itself (tests/gui/test_editors_numbers.py). The tests stand in a box that does not check
(its value() gives NaN, as an import or a future editor might). The form's rules then
crashed on it (decimal.InvalidOperation comparing NaN with the field's minimum, on the
GUI thread); and with those rules stood aside too, the refusal that comes back is the
database's own, on a real server, and must land on the same field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import WAIT_MS
from sqlalchemy import text

from dicel_desktop.gui.records import record_saving

SAID = "Allocated amount: “NaN” is not a number."

pytestmark = pytest.mark.usefixtures("rwanda")


def _budget_with_a_nan(qtbot, logins, desk, monkeypatch):
    finance = logins.person("finance")
    department = logins.department("OPS")
    window = desk(finance).new("budgets")
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    form = window.form
    form.editors["department_id"].set_value(department, "Department OPS")
    form.editors["fiscal_year"].set_value(2026)
    form.editors["budget_category"].set_value("Rent")
    amount = form.editors["allocated_amount"]
    amount.set_value(Decimal("1000000"))
    monkeypatch.setattr(amount, "value", lambda: Decimal("NaN"))  # a box that does not check
    return window


def _refused_beside_the_amount(qtbot, logins, window) -> None:
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    form = window.form
    assert form.error_text("allocated_amount") == SAID
    assert form.error_labels["allocated_amount"].isVisible()
    assert "Nothing was saved" in window.message.text()
    assert window.record is None
    with logins.superuser().connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM budgets")) == 0


def test_a_nan_from_a_box_that_does_not_check_is_refused_by_the_form_not_a_crash(
    qtbot, logins, desk, monkeypatch
):
    window = _budget_with_a_nan(qtbot, logins, desk, monkeypatch)
    window.save()
    _refused_beside_the_amount(qtbot, logins, window)


def test_the_databases_refusal_of_a_nan_lands_on_its_field(qtbot, logins, desk, monkeypatch):
    window = _budget_with_a_nan(qtbot, logins, desk, monkeypatch)
    monkeypatch.setattr(record_saving, "validate", lambda *_args, **_kwargs: {})
    window.save()
    _refused_beside_the_amount(qtbot, logins, window)
