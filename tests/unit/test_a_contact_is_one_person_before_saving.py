"""The form refuses an emergency contact that is not one person written as texts before
sending it (DW032, migration 0135, psql36 #1), and asks it, as the database does, only
when it is new or changed."""

from __future__ import annotations

import pytest

from dicel_desktop.domain.contact_rules import contact_fault
from dicel_desktop.services.form_rules import validate
from dicel_desktop.services.forms import form_spec

OLD = ["Mama", "call 07 88"]  # stored before 0135


def _errors(contact, loaded=None, table="employees", role="hr"):
    spec = form_spec(table, role)
    return validate(spec, {"emergency_contact": contact}, new=False, loaded=loaded)


@pytest.mark.parametrize(
    ("contact", "fault"),
    [
        (OLD, ("array", None)),
        ("call my brother, any time", ("string", None)),
        ({"name": "Mama", "phone": 788123456}, ("number", "phone")),
        ({"name": "Mama", "phone": 788123456.0}, ("number", "phone")),
        ({"name": "Mama", "email": False, "phone": "0788 123 456"}, ("boolean", "email")),
        ({"name": {"first": "Ana"}, "phone": "0788 123 456"}, ("object", "name")),
    ],
)
def test_a_list_a_text_or_a_part_not_text_is_said_before_saving(contact, fault):
    assert contact_fault(contact) == fault
    error = _errors(contact)["emergency_contact"]
    assert (error.code, error.params["field"]) == ("contact_not_one_person", "emergency_contact")
    assert error.message.startswith("The emergency contact is one person, each part a text")
    # On a guard's record too.
    assert _errors(contact, table="security_guards", role="security")["emergency_contact"].code == (
        "contact_not_one_person"
    )


def test_one_person_and_no_contact_pass_and_an_old_list_stays_while_unchanged():
    for contact in (
        {"name": "Ana", "relationship": None, "phone": "0788 123 456", "email": None},
        {"name": "Ana", "phone": "0788 123 456", "note": 3},  # other keys are not asked
        None,
    ):
        assert contact_fault(contact) is None
        assert _errors(contact) == {}
    assert _errors(OLD, {"emergency_contact": OLD}) == {}
    assert _errors(["Papa"], {"emergency_contact": OLD})["emergency_contact"].code == (
        "contact_not_one_person"
    )
