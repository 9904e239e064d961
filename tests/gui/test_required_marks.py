"""The * of a required field in a record window: only where the person fills it in."""

from __future__ import annotations

import psycopg
from helpers import WAIT_MS
from logins import new_expense
from offline_form import new_form
from PySide6.QtWidgets import QGroupBox

from dicel_desktop.db.models import Base
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.records.record_form import RecordForm
from dicel_desktop.services.forms import form_spec


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


def _marked(form: RecordForm, name: str) -> bool:
    """Whether a person reads the field's *: beside it, or, where the field stands alone
    in a section named as it and shows no label, in the section's title."""
    label = form.labels[name]
    if label.isVisibleTo(form):
        return label.text().endswith(" *")
    box = form.editors[name].parentWidget()
    return isinstance(box, QGroupBox) and box.title().endswith(" *")


def test_every_field_a_new_record_needs_shows_its_mark(qtbot):
    """NOT NULL, no default, typed by the person: every such field of every table's new
    record shows its * for every role that may create one (a recovery case's
    Description stands alone in its section, whose title had no *)."""
    unmarked = []
    for table, model in sorted(Base.metadata.tables.items()):
        for role in Role:
            spec = form_spec(table, role)
            if not spec.can_insert:
                continue
            needed = [
                c.name
                for c in model.columns
                if not c.nullable
                and c.server_default is None
                and c.computed is None
                and c.name in spec.insertable
            ]
            if not needed:
                continue
            form = new_form(qtbot, table, role)
            unmarked += [(table, role.value, n) for n in needed if not _marked(form, n)]
            form.deleteLater()
    assert unmarked == []
