"""What a record form shows and checks, derived from the models, the permission table and
a short layout declaration per table (services.form_layouts). No Qt here.

:func:`form_spec` describes a table's form for one role: its fields (the columns the
role may read, never any other), how each is edited (``FieldKind``), which the role may
fill in on a new record and change on an existing one, the sections they are laid out
in, the records shown below it (an invoice's lines), and the rules a value must follow
before it is sent, taken from the same CHECK constraints the database enforces:
:func:`validate` applies them and says what is wrong in a person's words, field by field.

A field that a role may read but not change is shown read-only: the state of a process
(only a workflow moves it), a document number or creator (the server sets them), a
generated column (recomputed as its inputs change, :func:`compute`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from dicel_desktop.db.models import Base
from dicel_desktop.domain import permissions as perm
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.tables import table_info
from dicel_desktop.services.columns import (
    CurrencySource,
    column_label,
    currency_source,
    is_money,
    is_ungrouped_int,
    state_enums,
)

__all__ = [
    "Comparison",
    "Detail",
    "FieldKind",
    "FieldSpec",
    "FormSpec",
    "Section",
    "check_rule_error",
    "compute",
    "form_spec",
    "validate",
]


class FieldKind(StrEnum):
    TEXT = "text"  # VARCHAR(n), INET: one line
    MULTILINE = "multiline"  # TEXT
    INT = "int"
    DECIMAL = "decimal"  # NUMERIC that is not money (hours, quantities)
    MONEY = "money"  # NUMERIC amount, shown with its currency
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    CHOICE = "choice"  # one of an enum's values (states, types, the role)
    CURRENCY = "currency"  # an ISO 4217 code
    REFERENCE = "reference"  # a foreign key: a record of ``references``, shown by name
    TAGS = "tags"  # TEXT[]
    JSON = "json"  # JSONB: a structured editor for ``shape``, or raw


#: Known shapes of JSONB columns, by column name (gui/editors knows how to edit each).
JSON_SHAPES = {
    "emergency_contact": "contact",
    "bank_details": "bank_details",
    "tax_info": "tax_info",
    "checkpoints": "checkpoints",
    "checkpoints_completed": "checkpoints",
    "questions": "survey_questions",
}

#: Stamps the server keeps: shown at the foot of a form, read-only.
STAMP_COLUMNS = ("created_at", "updated_at")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: FieldKind
    #: NOT NULL with no server default: a new record needs a value.
    required: bool = False
    #: VARCHAR(n): at most n characters.
    max_length: int | None = None
    #: Bounds from CHECK constraints (``rating >= 1 AND rating <= 5``, ``amount > 0``).
    minimum: Decimal | None = None
    minimum_exclusive: bool = False
    maximum: Decimal | None = None
    maximum_exclusive: bool = False
    #: NUMERIC(precision, scale).
    precision: int | None = None
    scale: int | None = None
    #: INT: show thousands separators (not for years, ratings, percentages).
    grouped: bool = True
    #: CHOICE: the enum whose ``label`` a person reads.
    choices: type[StrEnum] | None = None
    #: REFERENCE: the table pointed to.
    references: str | None = None
    #: MONEY: where its currency comes from.
    currency: CurrencySource | None = None
    #: JSON: a key of ``JSON_SHAPES``' values, or None (raw JSON).
    shape: str | None = None
    #: Generated column: its expression over other fields (``quantity * unit_price``).
    computed: str | None = None
    #: Filled by the server (document number, creator, stamps), or only by a workflow
    #: function (a state, an approver): never typed in a form.
    server_set: bool = False
    #: The server default as a value a new form starts with ('RWF', 0, true, today).
    default: Any = None
    #: The table the field belongs to.
    table: str = ""


@dataclass(frozen=True)
class Comparison:
    """A CHECK between two fields: ``left op right`` (``due_date >= invoice_date``).
    Either being empty passes, as in SQL."""

    left: str
    op: str
    right: str


@dataclass(frozen=True)
class Section:
    title: str
    #: Rows of one or two field names; a row of one spans the form's width.
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Detail:
    """Records listed under the form, belonging to it (an invoice's lines)."""

    table: str
    #: The column of ``table`` pointing to this form's record.
    column: str
    title: str


@dataclass(frozen=True)
class FormSpec:
    table: str
    #: The table's name for one record ("Invoice", "Leave request").
    record_title: str
    #: The readable fields, by name, in the model's order.
    fields: Mapping[str, FieldSpec]
    sections: tuple[Section, ...]
    details: tuple[Detail, ...]
    comparisons: tuple[Comparison, ...]
    can_insert: bool
    can_update: bool
    can_delete: bool
    #: Columns the role may give on a new record / change on an existing one.
    insertable: frozenset[str]
    updatable: frozenset[str]
    #: Has ``updated_at`` (the optimistic-lock token): records can be edited.
    versioned: bool = True
    #: The document number column, shown as the record's name when it has one.
    number: str | None = None

    def editable(self, name: str, *, new: bool) -> bool:
        return name in (self.insertable if new else self.updatable)

    @property
    def read_only(self) -> bool:
        """The role may neither create nor change records here."""
        return not (self.can_insert or self.can_update)


# --------------------------------------------------------------------------- checks

_IS_NULL = re.compile(r"^\(?\s*(\w+)\s+IS\s+NULL\s*\)?$", re.IGNORECASE)
_ATOM = re.compile(r"^\(?\s*(\w+)\s*(>=|<=|<>|>|<|=)\s*([\w.'-]+)\s*\)?$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_MIRROR = {">=": "<=", "<=": ">=", ">": "<", "<": ">"}


@dataclass
class _Rules:
    bounds: dict[str, dict[str, Any]] = field(default_factory=dict)
    comparisons: list[Comparison] = field(default_factory=list)


def _parse_checks(table: sa.Table) -> _Rules:
    """Bounds and field comparisons from the table's CHECK constraints.

    Understands what the schema writes: ``a IS NULL OR ... OR <conditions>`` where the
    conditions are ``col op number`` or ``col op col`` joined by AND. Anything else (value
    lists, patterns, ``<>``) is left to the database and its error mapping.
    """
    rules = _Rules()
    for constraint in table.constraints:
        if isinstance(constraint, sa.CheckConstraint):
            _parse_check(table, constraint, rules)
    return rules


def _parse_check(table: sa.Table, constraint: sa.CheckConstraint, rules: _Rules) -> None:
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


# --------------------------------------------------------------------------- fields


def _server_default(column: sa.Column) -> Any:
    """A simple server default as the value a new form starts with."""
    default = column.server_default
    if default is None:
        return None
    text = str(getattr(default, "arg", "")).strip()
    if text.upper() in ("CURRENT_DATE",):
        return "today"
    if text.lower() == "true":
        return True
    if text.lower() == "false":
        return False
    if _NUMBER.match(text):
        return Decimal(text) if "." in text else int(text)
    quoted = re.fullmatch(r"'([^']*)'(::\w+)?", text)
    return quoted.group(1) if quoted else None


def _kind(table: sa.Table, column: sa.Column, enums: Mapping[str, type[StrEnum]]) -> FieldKind:
    if column.foreign_keys:
        return FieldKind.REFERENCE
    if column.name in enums:
        return FieldKind.CHOICE
    t = column.type
    if isinstance(t, postgresql.JSONB | sa.JSON):
        return FieldKind.JSON
    if isinstance(t, sa.ARRAY):
        return FieldKind.TAGS
    if isinstance(t, sa.Boolean):
        return FieldKind.BOOL
    if isinstance(t, sa.Integer):
        return FieldKind.INT
    if isinstance(t, sa.Numeric):
        return FieldKind.MONEY if is_money(table.name, column.name) else FieldKind.DECIMAL
    if isinstance(t, sa.DateTime):
        return FieldKind.DATETIME
    if isinstance(t, sa.Date):
        return FieldKind.DATE
    if isinstance(t, sa.Text):
        return FieldKind.MULTILINE
    if _is_currency(table, column):
        return FieldKind.CURRENCY
    return FieldKind.TEXT


def _is_currency(table: sa.Table, column: sa.Column) -> bool:
    return any(
        isinstance(c, sa.CheckConstraint) and c.name and c.name.endswith(f"{column.name}_iso4217")
        for c in table.constraints
    ) or column.name.endswith("currency")


def _field(table: sa.Table, column: sa.Column, enums, rules: _Rules) -> FieldSpec:
    info = table_info(table.name)
    kind = _kind(table, column, enums)
    t = column.type
    server_set = (
        column.name in STAMP_COLUMNS
        or column.name == info.number
        or column.name in info.provenance
        or column.name in perm.FUNCTION_ONLY_COLUMNS.get(table.name, frozenset())
    )
    computed = str(column.computed.sqltext) if column.computed is not None else None
    has_default = column.server_default is not None or computed is not None
    return FieldSpec(
        name=column.name,
        label=column_label(table.name, column.name),
        kind=kind,
        required=not column.nullable and not has_default and not server_set,
        max_length=getattr(t, "length", None) if isinstance(t, sa.String) else None,
        precision=getattr(t, "precision", None) if isinstance(t, sa.Numeric) else None,
        scale=getattr(t, "scale", None) if isinstance(t, sa.Numeric) else None,
        grouped=not (kind is FieldKind.INT and is_ungrouped_int(column.name)),
        choices=enums.get(column.name),
        references=(
            next(iter(column.foreign_keys)).column.table.name
            if kind is FieldKind.REFERENCE
            else None
        ),
        currency=currency_source(table, column) if kind is FieldKind.MONEY else None,
        shape=JSON_SHAPES.get(column.name) if kind is FieldKind.JSON else None,
        computed=computed,
        server_set=server_set,
        default=_server_default(column) if not server_set else None,
        table=table.name,
        **rules.bounds.get(column.name, {}),
    )


def table_fields(name: str) -> dict[str, FieldSpec]:
    """Every column of ``name`` but ``id`` as a field, in the model's order."""
    return dict(_table_fields(name))


@cache
def _table_fields(name: str) -> tuple[tuple[str, FieldSpec], ...]:
    table = Base.metadata.tables[name]
    enums = state_enums(table)
    rules = _parse_checks(table)
    return tuple(
        (column.name, _field(table, column, enums, rules))
        for column in table.columns
        if column.name != "id"
    )


@cache
def _comparisons(name: str) -> tuple[Comparison, ...]:
    return tuple(_parse_checks(Base.metadata.tables[name]).comparisons)


# --------------------------------------------------------------------------- the form


@cache
def form_spec(table: str, role: Role | str) -> FormSpec:
    """The form of ``table`` as ``role`` sees it (any of the tables, even read-only)."""
    from dicel_desktop.services.form_layouts import details_of, sections_of

    role = Role(role)
    model = Base.metadata.tables[table]
    all_columns = [c.name for c in model.columns]
    readable = set(perm.readable_columns(role, table, all_columns)) - {"id"}
    fields = {name: spec for name, spec in _table_fields(table) if name in readable}
    rights = perm.rights(role, table)
    info = table_info(table)
    # Server-set fields are never typed, even where a grant would still let them through.
    typed = {name for name, spec in fields.items() if not spec.server_set}
    insertable = frozenset(perm.insertable_columns(role, table, all_columns)) & typed
    updatable = frozenset(perm.updatable_columns(role, table, all_columns)) & typed
    return FormSpec(
        table=table,
        record_title=info.record_title,
        fields=fields,
        sections=sections_of(table, fields),
        details=tuple(d for d in details_of(table) if perm.rights(role, d.table).select),
        comparisons=tuple(c for c in _comparisons(table) if c.left in fields and c.right in fields),
        can_insert=rights.insert and bool(insertable),
        can_update=rights.update and bool(updatable) and info.versioned,
        can_delete=rights.delete,
        insertable=insertable,
        updatable=updatable if info.versioned else frozenset(),
        versioned=info.versioned,
        number=info.number if info.number in fields else None,
    )


# --------------------------------------------------------------------------- checking


def _number_text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def _check_value(spec: FieldSpec, value: Any) -> InvalidInput | None:
    label = spec.label
    if value is None or value == "" or value == []:
        return InvalidInput("field_required", label=label) if spec.required else None
    if spec.max_length is not None and isinstance(value, str) and len(value) > spec.max_length:
        return InvalidInput("field_too_long", label=label, limit=spec.max_length, length=len(value))
    if spec.kind is FieldKind.CURRENCY and not re.fullmatch(r"[A-Z]{3}", str(value)):
        return InvalidInput("field_not_a_currency", label=label)
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return _check_number(spec, Decimal(value))
    if spec.choices is not None and value not in {c.value for c in spec.choices}:
        return InvalidInput("field_not_a_choice", label=label)
    return None


def _check_number(spec: FieldSpec, number: Decimal) -> InvalidInput | None:
    label = spec.label
    low, high = spec.minimum, spec.maximum
    if low is not None and high is not None and not (low <= number <= high):
        return InvalidInput(
            "field_between", label=label, minimum=_number_text(low), maximum=_number_text(high)
        )
    if low is not None and (number <= low if spec.minimum_exclusive else number < low):
        code = "field_above" if spec.minimum_exclusive else "field_at_least"
        return InvalidInput(code, label=label, minimum=_number_text(low))
    if high is not None and (number >= high if spec.maximum_exclusive else number > high):
        code = "field_below" if spec.maximum_exclusive else "field_at_most"
        return InvalidInput(code, label=label, maximum=_number_text(high))
    if spec.scale is not None:
        exponent = number.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > spec.scale:
            return InvalidInput("field_too_precise", label=label, scale=spec.scale)
    if spec.precision is not None and spec.scale is not None:
        digits = spec.precision - spec.scale
        if abs(number) >= Decimal(10) ** digits:
            return InvalidInput("field_too_big", label=label, digits=digits)
    if spec.kind is FieldKind.INT and not (-(2**31) <= number < 2**31):
        return InvalidInput("field_too_big", label=label, digits=10)
    return None


_ORDER_CODES = {
    (">=", True): "field_on_or_after",
    (">", True): "field_after",
    (">=", False): "field_at_least_field",
    (">", False): "field_above_field",
}


def _check_comparison(form: FormSpec, rule: Comparison, values: Mapping[str, Any]):
    left, right = values.get(rule.left), values.get(rule.right)
    if left is None or right is None or left == "" or right == "":
        return None
    try:
        ok = left >= right if rule.op == ">=" else left > right
    except TypeError:
        return None  # mixed types: the database decides
    if ok:
        return None
    is_time = isinstance(left, dt.date)
    return _order_error(form.fields[rule.left].label, form.fields[rule.right].label, rule, is_time)


def _order_error(label: str, other: str, rule: Comparison, is_time: bool) -> InvalidInput:
    return InvalidInput(
        _ORDER_CODES[(rule.op, is_time)], label=label, other=other.lower() if is_time else other
    )


def check_rule_error(table: str, constraint: sa.CheckConstraint) -> InvalidInput | None:
    """What a CHECK constraint of ``table`` asks, in the words :func:`validate` uses when it
    is broken: a bound ("Rating must be between 1 and 5") or the order of two fields ("Due
    date must be on or after the invoice date"). ``params["field"]`` names the field to
    show it beside. None for CHECKs of another kind (value lists, patterns, named rules):
    services.db_errors words those."""
    model = Base.metadata.tables[table]
    rules = _Rules()
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


def validate(form: FormSpec, values: Mapping[str, Any], *, new: bool) -> dict[str, InvalidInput]:
    """What is wrong with ``values`` (field -> error), before anything is sent.

    ``values`` holds the form's fields as Python values (None for empty); only fields the
    role may write (for ``new`` records, may insert) are checked one by one; comparisons
    look at every field given. An empty result means the database should accept them, as
    far as the constraints the client can see go.
    """
    errors: dict[str, InvalidInput] = {}
    for name, value in values.items():
        spec = form.fields.get(name)
        if spec is None or not form.editable(name, new=new):
            continue
        problem = _check_value(spec, value)
        if problem is not None:
            errors[name] = problem
    if new:
        for name in form.insertable:
            spec = form.fields[name]
            if spec.required and name not in values and name not in errors:
                errors[name] = InvalidInput("field_required", label=spec.label)
    for rule in form.comparisons:
        if rule.left in errors:
            continue
        problem = _check_comparison(form, rule, values)
        if problem is not None:
            errors[rule.left] = problem
    return errors


# --------------------------------------------------------------------------- generated

_PRODUCT = re.compile(r"^\(?\s*(\w+)\s*([-+*])\s*(\w+)\s*\)?$")


def compute(spec: FieldSpec, values: Mapping[str, Any]) -> Decimal | int | None:
    """A generated column's value from its inputs, as the server will compute it
    (``quantity * unit_price``); None while an input is empty."""
    if spec.computed is None:
        return None
    match = _PRODUCT.match(spec.computed)
    if not match:
        return None
    a, op, b = match.groups()
    x, y = values.get(a), values.get(b)
    if x is None or y is None:
        return None
    result = x * y if op == "*" else x + y if op == "+" else x - y
    if isinstance(result, Decimal) and spec.scale is not None:
        result = result.quantize(Decimal(1).scaleb(-spec.scale))
    return result
