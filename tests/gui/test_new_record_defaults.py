"""What a new record's form starts with where the database has no default: an incident
is reported now, an order is dated today (services/forms.NEW_RECORD_DEFAULTS)."""

from __future__ import annotations

import datetime as dt

import pytest
from offline_form import new_form
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.records.record_form import RecordForm


@pytest.mark.parametrize(
    ("table", "role"),
    [("security_incidents", Role.SECURITY), ("risk_incidents", Role.RISK)],
)
def test_a_new_incident_is_reported_now(qtbot, table, role):
    """Its required Reported date started empty; it is now, to the minute, and may be
    changed for an incident written down afterwards."""
    before = dt.datetime.now().astimezone().replace(second=0, microsecond=0)
    form = new_form(qtbot, table, role)
    reported = form.editors["reported_date"]
    assert not reported.is_read_only()
    value = reported.value()
    after = dt.datetime.now().astimezone()
    assert value is not None and before <= value <= after


@pytest.mark.parametrize(
    ("table", "role"),
    [("it_support_tickets", Role.IT), ("client_support_tickets", Role.CLIENT)],
)
def test_a_new_tickets_reported_moment_says_it_is_now_when_saved(qtbot, table, role):
    """A user-eye review: a new ticket's "Reported on" was an empty box showing only
    "dd/mm/yyyy hh:mm" (the database stamps it when left empty). The code review: a value
    filled as the form opens would stamp that minute, not the saving's. It starts empty
    and says so."""
    form = new_form(qtbot, table, role)
    editor = form.editors["created_date"]
    assert not editor.is_read_only() and editor.value() is None
    assert editor.line.placeholderText() == "Now, if left empty (dd/mm/yyyy hh:mm)"


def test_a_new_policy_is_version_one(qtbot):
    form = new_form(qtbot, "compliance_policies", Role.COMPLIANCE)
    assert form.editors["version"].value() == "1.0"


def test_a_new_order_is_dated_today(qtbot):
    before = dt.date.today()
    form = new_form(qtbot, "purchase_orders", Role.INVENTORY)
    assert form.editors["order_date"].value() in (before, dt.date.today())


def _note(form: RecordForm, name: str) -> str:
    editor = form.editors[name]
    assert editor.is_read_only()
    line = editor.findChild(QLineEdit) or editor.findChild(QPlainTextEdit)
    return line.placeholderText()


def test_a_new_records_fields_set_by_a_step_say_which(qtbot):
    """A new ticket's Assigned to, Resolved date and Resolution, a new order's total and
    its decision were grey and empty with nothing saying why."""
    ticket = new_form(qtbot, "client_support_tickets", Role.CLIENT)
    assert _note(ticket, "assigned_to") == "Set by Assign…"
    assert _note(ticket, "resolved_date") == "Set when resolved"
    assert _note(ticket, "resolution") == "Set by Resolve…"
    order = new_form(qtbot, "purchase_orders", Role.INVENTORY)
    assert _note(order, "total_amount") == "Sum of the lines"
    assert _note(order, "approved_by") == "Set when decided"
    assert _note(order, "approved_date") == "Set when decided"
    assert _note(order, "po_number") == "Given when saved"
    recovery = new_form(qtbot, "recovery_cases", Role.RECOVERY)
    assert _note(recovery, "assigned_to") == "Set by Assign…"
    # Asked by the step (migration 0106; eye31 11: it was grey and said nothing).
    assert _note(recovery, "amount_recovered") == "Set by Mark recovered…"


def test_a_field_set_by_a_step_names_it_only_where_the_record_is_offered_it(qapp):
    """eye32: a written-off case read "Amount recovered: Set by Mark recovered…", a button
    it no longer has (Reopen… comes first). Where the record's state is not one the step
    is taken from, the field says nothing of it."""
    from dicel_desktop.gui.records.empty_notes import set_by_note

    offered = set_by_note("recovery_cases", "amount_recovered", state="in_progress")
    assert offered == "Set by Mark recovered…"
    for state in ("written_off", "closed"):
        assert set_by_note("recovery_cases", "amount_recovered", state=state) == "", state
