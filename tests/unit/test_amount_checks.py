"""The amount CHECKs of migration 0007 reach the record forms before anything is saved."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dicel_desktop.domain.roles import Role
from dicel_desktop.services.forms import form_spec, validate


@pytest.mark.parametrize(
    ("table", "role", "column", "value", "message"),
    [
        ("employees", Role.HR, "salary", Decimal(0), "Salary must be more than 0."),
        ("expenses", Role.FINANCE, "amount", Decimal("-5"), "Amount must be more than 0."),
        ("invoice_items", Role.FINANCE, "quantity", Decimal(0), "Quantity must be more than 0."),
        (
            "invoice_items",
            Role.FINANCE,
            "unit_price",
            Decimal("-0.01"),
            "Unit price must be at least 0.",
        ),
        # An order's total is the sum of its lines (migration 0013): the lines are typed.
        (
            "purchase_order_lines",
            Role.INVENTORY,
            "unit_price",
            Decimal("-1"),
            "Unit price must be at least 0.",
        ),
    ],
)
def test_a_form_says_what_the_check_will_refuse(table, role, column, value, message) -> None:
    form = form_spec(table, role)
    assert validate(form, {column: value}, new=False)[column].message == message
    assert column not in validate(form, {column: Decimal(1)}, new=False)
