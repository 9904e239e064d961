"""domain/column_rules.py: what no role writes by hand, every name still reached through
domain.permissions (where the grants, the forms and the tests import it from)."""

from __future__ import annotations

from dicel_desktop.domain import column_rules, permissions


def test_every_column_rule_is_reexported_by_the_permission_table():
    for name in column_rules.__all__:
        assert name in permissions.__all__, name
        assert getattr(permissions, name) is getattr(column_rules, name), name
