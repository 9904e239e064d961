"""A salary's currency is said once in the employee form: in its own field, not again
beside the amount ("RWF" beside the salary and in "Salary currency")."""

from __future__ import annotations

from offline_form import new_form

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.records.record_form import RecordForm


def _form(qtbot, table: str, role: Role) -> RecordForm:
    form = new_form(qtbot, table, role)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_the_salary_currency_is_said_once(qtbot):
    form = _form(qtbot, "employees", Role.HR)
    assert form.editors["salary_currency"].isVisible()
    assert not form.editors["salary"].currency_label.isVisible()


def test_an_invoices_amounts_still_say_their_currency(qtbot):
    # Several amounts in one currency: each keeps its code beside it.
    form = _form(qtbot, "invoices", Role.FINANCE)
    shown = [
        name
        for name, editor in form.editors.items()
        if getattr(editor, "currency_label", None) is not None and editor.currency_label.isVisible()
    ]
    assert len(shown) > 1
