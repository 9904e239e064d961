"""What a table's CHECK constraints ask, read the way the schema writes them, and said in
a person's words: bounds per column ("between 1 and 5") and the order of two fields ("on
or after the invoice date"). ``form_rules.validate`` asks them of a form's values;
:func:`check_rule_error` words one CHECK the same way for a refusal of the database
(services.db_errors). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from dicel_desktop.db.models import Base
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.services.columns import column_label
from dicel_desktop.services.form_types import Comparison

__all__ = ["Rules", "check_rule_error", "parse_checks"]


_IS_NULL = re.compile(r"^\(?\s*(\w+)\s+IS\s+NULL\s*\)?$", re.IGNORECASE)
_ATOM = re.compile(r"^\(?\s*(\w+)\s*(>=|<=|<>|>|<|=)\s*([\w.'-]+)\s*\)?$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_MIRROR = {">=": "<=", "<=": ">=", ">": "<", "<": ">"}


@dataclass
class Rules:
    bounds: dict[str, dict[str, Any]] = field(default_factory=dict)
    comparisons: list[Comparison] = field(default_factory=list)


def parse_checks(table: sa.Table) -> Rules:
    """Bounds and field comparisons from the table's CHECK constraints.

    Understands what the schema writes: ``a IS NULL OR ... OR <conditions>`` where the
    conditions are ``col op number`` or ``col op col`` joined by AND. Anything else (value
    lists, patterns, ``<>``) is left to the database and its error mapping.
    """
    rules = Rules()
    for constraint in table.constraints:
        if isinstance(constraint, sa.CheckConstraint):
            _parse_check(table, constraint, rules)
    return rules


def _parse_check(table: sa.Table, constraint: sa.CheckConstraint, rules: Rules) -> None:
    text = " ".join(str(constraint.sqltext).split())
    terms = [t for t in re.split(r"\s+OR\s+", text) if not _IS_NULL.match(t.strip())]
    if len(terms) != 1:
        return
    for atom in re.split(r"\s+AND\s+", terms[0]):
        match = _ATOM.match(atom.strip())
        if not match:
            continue
        left, op, right = match.groups()
        if op in ("<>", "=") or left not in table.c:
            continue
        if _NUMBER.match(right):
            _add_bound(rules.bounds.setdefault(left, {}), op, Decimal(right))
        elif right in table.c and right != "id":
            # The rule is reported on the field that comes later in a person's eyes:
            # the end date, the maximum.
            if op in ("<=", "<"):
                left, op, right = right, _MIRROR[op], left
            rules.comparisons.append(Comparison(left, op, right))


def _add_bound(bounds: dict[str, Any], op: str, value: Decimal) -> None:
    if op in (">=", ">"):
        bounds["minimum"] = value
        bounds["minimum_exclusive"] = op == ">"
    else:
        bounds["maximum"] = value
        bounds["maximum_exclusive"] = op == "<"


def _number_text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


_ORDER_CODES = {
    (">=", True): "field_on_or_after",
    (">", True): "field_after",
    (">=", False): "field_at_least_field",
    (">", False): "field_above_field",
}


def _order_error(label: str, other: str, rule: Comparison, is_time: bool) -> InvalidInput:
    # ``other`` as said mid-sentence in English ("the start date"); ``other_label`` as the
    # form shows it, for a language that quotes labels ("« Date d'effet »", eye30r 10).
    return InvalidInput(
        _ORDER_CODES[(rule.op, is_time)],
        label=label,
        other=other.lower() if is_time else other,
        other_label=other,
    )


def check_rule_error(table: str, constraint: sa.CheckConstraint) -> InvalidInput | None:
    """What a CHECK constraint of ``table`` asks, in the words ``form_rules.validate``
    uses when it is broken: a bound ("Rating must be between 1 and 5") or the order of
    two fields ("Due date must be on or after the invoice date"). ``params["field"]``
    names the field to show it beside. None for CHECKs of another kind (value lists,
    patterns, named rules): services.db_errors words those."""
    model = Base.metadata.tables[table]
    rules = Rules()
    _parse_check(model, constraint, rules)
    if rules.comparisons:
        rule = rules.comparisons[0]
        is_time = isinstance(model.c[rule.left].type, sa.Date | sa.DateTime)
        error = _order_error(
            column_label(table, rule.left), column_label(table, rule.right), rule, is_time
        )
        error.params["field"] = rule.left
        return error
    for name, bounds in rules.bounds.items():
        error = _bounds_error(column_label(table, name), bounds)
        error.params["field"] = name
        return error
    return None


def _bounds_error(label: str, bounds: Mapping[str, Any]) -> InvalidInput:
    low, high = bounds.get("minimum"), bounds.get("maximum")
    if low is not None and high is not None:
        return InvalidInput(
            "field_between", label=label, minimum=_number_text(low), maximum=_number_text(high)
        )
    if low is not None:
        code = "field_above" if bounds.get("minimum_exclusive") else "field_at_least"
        return InvalidInput(code, label=label, minimum=_number_text(low))
    code = "field_below" if bounds.get("maximum_exclusive") else "field_at_most"
    return InvalidInput(code, label=label, maximum=_number_text(high))
