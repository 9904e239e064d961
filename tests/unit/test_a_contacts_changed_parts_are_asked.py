"""The form asks an emergency contact's phone and e-mail only where they changed, as the
database's ``dicel_contact_shapes`` does (migration 0130; review35c F2)."""

from __future__ import annotations

from dicel_desktop.services.form_rules import validate
from dicel_desktop.services.forms import form_spec

OLD = {"name": "Liliane", "relationship": "Mother", "phone": "788 123 456"}  # before 0130


def _errors(contact, loaded):
    spec = form_spec("employees", "hr")
    return validate(spec, {"emergency_contact": contact}, new=False, loaded=loaded)


def test_a_name_corrected_keeps_its_old_phone_unasked():
    renamed = {**OLD, "name": "Liliane Mazimpaka"}
    assert _errors(renamed, {"emergency_contact": OLD}) == {}
    # The same contact as a new one, or with nothing loaded: its phone is asked.
    assert _errors(renamed, None)["emergency_contact"].code == "contact_phone_not_a_number"
    assert (
        _errors(renamed, {"emergency_contact": None})["emergency_contact"].params["part"] == "phone"
    )


def test_a_changed_phone_and_a_changed_contact_without_a_name_are_asked():
    moved = {**OLD, "phone": "788 123 457"}
    error = _errors(moved, {"emergency_contact": OLD})["emergency_contact"]
    assert (error.code, error.params["cause"]) == ("contact_phone_not_a_number", "no_country_code")
    # The name-and-phone rule is asked of the whole contact once it changed (0132).
    nameless = {"phone": "0788 123 456", "relationship": "Brother"}
    unchanged = {"emergency_contact": nameless}
    assert _errors(nameless, unchanged) == {}
    error = _errors({**nameless, "relationship": "Sister"}, unchanged)["emergency_contact"]
    assert error.code == "contact_without_name"
