"""A reference or number a person types holds no character that turns the text round
(psql33b F1, migration 0116, DW022): the form says so before anything is sent, with the
database's sentence."""

from __future__ import annotations

import pytest

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.text_rules import TYPED_IDENTIFIERS
from dicel_desktop.services.forms import form_spec, validate

SENTENCE = (
    "This text contains a character that changes the direction of the text, which "
    "makes it read differently from how it was typed: type it again without it."
)


@pytest.mark.parametrize(
    ("table", "role", "column"),
    [
        ("transactions", Role.FINANCE, "reference_number"),
        ("suppliers", Role.INVENTORY, "tax_number"),
        ("it_assets", Role.IT, "serial_number"),
    ],
)
@pytest.mark.parametrize("turn", ["\u202e", "\u2067", "\u202b", "\u200f"])
def test_a_form_refuses_a_number_that_turns_round(table, role, column, turn) -> None:
    assert column in TYPED_IDENTIFIERS[table]
    form = form_spec(table, role)
    errors = validate(form, {column: f"{turn}317000-6202-VNI"}, new=True)
    assert errors[column].message == SENTENCE
    assert column not in validate(form, {column: "INV-REF 317"}, new=True)
