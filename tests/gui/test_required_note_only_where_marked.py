"""A new record's window says "Fields marked * are required." only over a form that
marks a field (eye39 #5: a new guard's form said it, and no field had an asterisk)."""

from __future__ import annotations

import pytest
from offline_form import new_form

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.tables import TABLES
from dicel_desktop.gui.records.titles import header_texts
from dicel_desktop.services.forms import form_spec

NOTE = "Fields marked * are required."


def _note(form) -> str:
    return header_texts(form.spec, None, frozenset())[1]


def _marked(form) -> list[str]:
    return [name for name, label in form.labels.items() if label.text().endswith(" *")]


def test_a_new_guards_form_marks_nothing_and_says_nothing_of_marks(qtbot):
    form = new_form(qtbot, "security_guards", Role.SECURITY)
    assert _marked(form) == []
    assert _note(form) == ""


def test_a_new_invoices_form_marks_its_fields_and_says_so(qtbot):
    form = new_form(qtbot, "invoices", Role.FINANCE)
    assert _marked(form)
    assert _note(form) == NOTE


@pytest.mark.parametrize("table", sorted(t for t in TABLES if form_spec(t, Role.ADMIN).can_insert))
def test_the_note_is_said_exactly_where_a_field_is_marked(qtbot, table):
    form = new_form(qtbot, table, Role.ADMIN)
    assert (_note(form) == NOTE) == bool(_marked(form)), (_note(form), _marked(form))
