"""What the forms took that they should not (eye27, migration 0089): cents in francs,
a policy reviewed before it takes effect, a new deal closing on a day past, a contract
without its client; and a deal's stage moved without its probability."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from offline_form import new_form, retype

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.records.record_form import RecordForm
from dicel_desktop.services.form_rules import validate


def _saved(form: RecordForm) -> dict[str, str]:
    """As the record window's Save checks a new record: the sentences shown beside."""
    values, unreadable = form.read()
    errors = {n: describe_error(e) for n, e in unreadable.items()}
    for name, error in validate(form.spec, values, new=True).items():
        errors.setdefault(name, describe_error(error))
    form.show_errors(errors)
    return {name: form.error_text(name) for name in errors}


def test_a_deals_value_in_francs_takes_no_cents(qtbot):
    form = new_form(qtbot, "opportunities", Role.SALES)
    retype(qtbot, form.editors["estimated_value"].line, "2500000.50")
    shown = _saved(form)
    assert shown["estimated_value"] == "Rwandan francs have no cents: type a whole amount."
    retype(qtbot, form.editors["estimated_value"].line, "2500000")
    assert "estimated_value" not in _saved(form)


def test_a_policy_is_not_reviewed_before_it_takes_effect(qtbot):
    form = new_form(qtbot, "compliance_policies", Role.COMPLIANCE)
    retype(qtbot, form.editors["effective_date"].line, "01/01/2027")
    retype(qtbot, form.editors["review_date"].line, "01/12/2026")
    shown = _saved(form)
    assert shown["review_date"] == "Review due must be on or after the effective date."


def test_a_new_deal_does_not_close_on_a_day_past(qtbot):
    form = new_form(qtbot, "opportunities", Role.SALES)
    form.editors["expected_close_date"].set_value(dt.date(2020, 1, 1))
    shown = _saved(form)
    assert shown["expected_close_date"] == (
        "A new opportunity cannot be expected to close on a day already past: choose today"
        " or a later day."
    )


def test_a_contract_asks_for_its_client(qtbot):
    form = new_form(qtbot, "contracts", Role.CLIENT)
    assert form.spec.fields["client_id"].required
    assert "*" in form.labels["client_id"].text()
    assert _saved(form)["client_id"] == "Client is required."


def _choose(qtbot, form: RecordForm, field: str, value: str) -> None:
    combo = form.editors[field].combo
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def test_a_deals_stage_brings_its_probability_unless_one_was_typed(qtbot):
    form = new_form(qtbot, "opportunities", Role.SALES)
    probability = form.editors["probability"]
    _choose(qtbot, form, "stage", "proposal")
    assert probability.value() == 50
    _choose(qtbot, form, "stage", "negotiation")  # OPP-2026-000075 kept 50 %
    assert probability.value() == 75
    retype(qtbot, probability.line, "60")
    _choose(qtbot, form, "stage", "qualification")
    assert probability.value() == 60  # the person's own, in this edit
    assert form.read()[0]["stage"] == "qualification"
    form.load(None)
    _choose(qtbot, form, "stage", "prospecting")
    assert probability.value() == 10
    assert isinstance(Decimal(probability.value()), Decimal)
