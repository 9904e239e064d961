"""A phone's and an e-mail's sentence come from one rule table (review35c F8: two copies of
one function, and the contact's branch a third): a column, the company's setting and an
emergency contact say the same cause for the same text."""

from __future__ import annotations

import pytest

from dicel_desktop.services.form_rules import shape_error, validate
from dicel_desktop.services.forms import form_spec


@pytest.mark.parametrize(
    ("kind", "text", "code", "cause"),
    [
        ("phone", "788 123 456", "phone_not_a_number", "no_country_code"),
        ("email", "a@ikaze.rw, b@ikaze.rw", "email_not_an_address", "two_addresses"),
    ],
)
def test_a_column_and_a_contact_say_the_same_cause(kind, text, code, cause):
    spec = form_spec("employees", "hr")
    column = shape_error(kind, spec.fields["emergency_contact"], text)
    assert (column.code, column.params["cause"]) == (code, cause)
    assert (
        shape_error(
            kind,
            spec.fields["emergency_contact"],
            "0788 123 456" if kind == "phone" else "a@ikaze.rw",
        )
        is None
    )
    contact = {"name": "Liliane", "phone": "0788 123 456", kind: text}
    said = validate(spec, {"emergency_contact": contact}, new=True)["emergency_contact"]
    assert (said.code, said.params["cause"], said.params["part"]) == (
        f"contact_{code}",
        cause,
        kind,
    )
