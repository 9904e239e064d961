"""What a record form shows, derived from the models, the permission table and a short
layout declaration per table (services.form_layouts). No Qt here. The shapes it fills in
live in services/form_types.py, the checks of values in services/form_rules.py (both
re-exported here: ``from dicel_desktop.services.forms import validate`` works).

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

import re
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from dicel_desktop.db.models import Base
from dicel_desktop.domain import permissions as perm
from dicel_desktop.domain.case_flows import FLOWS, step_only_values
from dicel_desktop.domain.entry_rules import FORM_REQUIRED, STEP_NEEDS
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.tables import table_info
from dicel_desktop.domain.text_limits import most_characters, most_items
from dicel_desktop.services.code_words import CODED_TEXT
from dicel_desktop.services.columns import (
    column_label,
    currency_source,
    is_money,
    is_ungrouped_int,
    is_whole_units,
    state_enums,
)
from dicel_desktop.services.form_rules import (
    Rules,
    check_rule_error,
    compute,
    parse_checks,
    span_error,
    span_fields,
    validate,
)
from dicel_desktop.services.form_types import (
    JSON_SHAPES,
    STAMP_COLUMNS,
    Comparison,
    Detail,
    FieldKind,
    FieldSpec,
    FormSpec,
    Section,
)

__all__ = [
    "JSON_SHAPES",
    "NOW_WHEN_SAVED",
    "STAMP_COLUMNS",
    "Comparison",
    "Detail",
    "FieldKind",
    "FieldSpec",
    "FormSpec",
    "Section",
    "check_rule_error",
    "compute",
    "form_spec",
    "refuse_too_long",
    "span_error",
    "span_fields",
    "text_limit",
    "validate",
]


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")

#: Nullable columns the record's submission refuses empty where no step's trigger does:
#: a draft order may be saved without its supplier, but ``dicel_submit_purchase_order``
#: refuses it (DW202, the function's own rule). What a case step needs is
#: ``entry_rules.STEP_NEEDS`` (``FieldSpec.needed_for_steps``), not written here again
#: (code review 33b, F4).
NEEDED_TO_SUBMIT = frozenset({("purchase_orders", "supplier_id")})
#: Nullable columns the record's approval refuses empty: an expense without its
#: department is filed, but no budget carries it (DW304), so nobody may approve it.
NEEDED_TO_APPROVE = frozenset({("expenses", "department_id")})

#: What a new record's field starts with where the database has no default: the day of
#: an order, the moment an incident is reported (they are mostly written as it happens;
#: the person changes it for one written afterwards). "today" is now for a timestamp.
NEW_RECORD_DEFAULTS: Mapping[tuple[str, str], Any] = {
    ("purchase_orders", "order_date"): "today",
    ("security_incidents", "reported_date"): "today",
    ("risk_incidents", "reported_date"): "today",
    # A new policy's first version.
    ("compliance_policies", "version"): "1.0",
}


# --------------------------------------------------------------------------- fields


#: A moment the database stamps on insert when the form leaves it empty (a ticket's
#: "Reported on", CURRENT_TIMESTAMP): the form starts it empty and says so (eye28: an
#: empty box the person wondered about; the code review: a value filled when the form
#: opened would stamp that minute, not the saving's).
NOW_WHEN_SAVED = "now when saved"


def _server_default(column: sa.Column) -> Any:
    """A simple server default as the value a new form starts with."""
    default = column.server_default
    if default is None:
        return None
    text = str(getattr(default, "arg", "")).strip()
    if text.upper() in ("CURRENT_DATE",):
        return "today"
    if text.upper() in ("CURRENT_TIMESTAMP", "NOW()"):
        return NOW_WHEN_SAVED
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


def _max_length(table: str, column: sa.Column) -> int | None:
    """The most characters a text field keeps: a VARCHAR's length, a TEXT's limit
    (domain/text_limits.py, the database's CHECK of migration 0085)."""
    t = column.type
    if not isinstance(t, sa.String):
        return None
    if t.length:
        return t.length
    return most_characters(table, column.name)


def text_limit(table: str, column: str) -> int | None:
    """The most characters ``table.column`` keeps (as its form field's ``max_length``),
    for a box of a dialog or a service's argument that ends up in that column."""
    return _max_length(table, Base.metadata.tables[table].c[column])


def refuse_too_long(table: str, column: str, value: str | None, *, field: str) -> str | None:
    """``value`` as it is measured and is to be sent: stripped, None when nothing is
    left. Raise ``field_too_long`` (``params["field"]``: ``field``, the caller's name of
    the argument, which a dialog shows the sentence under) when it is longer than
    ``table.column`` keeps: refused before any database work, in the person's words
    rather than as the database's bare refusal (a VARCHAR's 22001 says no field). Send
    what this returns: the database measures what it is given, trailing blanks too."""
    most = text_limit(table, column)
    text = (value or "").strip()
    length = len(text)
    if most is not None and length > most:
        raise InvalidInput(
            "field_too_long",
            label=column_label(table, column),
            limit=most,
            length=length,
            field=field,
        )
    return text or None


#: A server default that is the moment of the save.
_NOW = frozenset({"now()", "current_timestamp", "current_date", "localtimestamp"})


def _stamped_when_saved(table: sa.Table, column: sa.Column) -> bool:
    """A moment the server stamps when the row is saved: written by no role
    (``FUNCTION_ONLY_COLUMNS``), so an INSERT leaves it to its default, the moment
    (``now()``): when a case's file was uploaded (migration 0103), when a transaction
    was posted. Worked out, not listed a second time beside those (review 30, F7)."""
    if column.name not in perm.FUNCTION_ONLY_COLUMNS.get(table.name, frozenset()):
        return False
    default = getattr(column.server_default, "arg", None)
    if isinstance(default, sa.TextClause):
        said = default.text
    elif isinstance(default, sa.sql.functions.FunctionElement):
        said = f"{default.name}()"
    else:
        return False
    return said.strip().lower() in _NOW


def _needed_for_steps(table: str, column: sa.Column) -> tuple[str, ...]:
    """The steps (their actions, in the flow's order) that refuse ``column`` empty, a
    nullable column of ``entry_rules.STEP_NEEDS`` a record is saved without until then
    (a review's period before Share, a shift's guard before Start or Complete; DW443)."""
    states = STEP_NEEDS.get((table, column.name))
    flow = FLOWS.get(table)
    if not column.nullable or not states or flow is None:
        return ()
    return tuple(dict.fromkeys(step.action for step in flow.steps if step.target in states))


def _field(table: sa.Table, column: sa.Column, enums, rules: Rules) -> FieldSpec:
    info = table_info(table.name)
    kind = _kind(table, column, enums)
    t = column.type
    filled_on_save = (
        column.name in STAMP_COLUMNS
        or column.name == info.number
        or column.name in info.provenance
        or _stamped_when_saved(table, column)
    )
    server_set = filled_on_save or column.name in perm.FUNCTION_ONLY_COLUMNS.get(
        table.name, frozenset()
    )
    computed = str(column.computed.sqltext) if column.computed is not None else None
    has_default = column.server_default is not None or computed is not None
    return FieldSpec(
        name=column.name,
        label=column_label(table.name, column.name),
        kind=kind,
        required=(not column.nullable and not has_default and not server_set)
        or (table.name, column.name) in FORM_REQUIRED,
        needed_to_submit=(table.name, column.name) in NEEDED_TO_SUBMIT,
        needed_for_steps=_needed_for_steps(table.name, column),
        needed_to_approve=(table.name, column.name) in NEEDED_TO_APPROVE,
        max_length=_max_length(table.name, column),
        max_items=most_items(table.name, column.name) if isinstance(t, sa.ARRAY) else None,
        precision=getattr(t, "precision", None) if isinstance(t, sa.Numeric) else None,
        scale=getattr(t, "scale", None) if isinstance(t, sa.Numeric) else None,
        grouped=not (kind is FieldKind.INT and is_ungrouped_int(column.name)),
        choices=enums.get(column.name),
        step_only=step_only_values(table.name, column.name),
        references=(
            next(iter(column.foreign_keys)).column.table.name
            if kind is FieldKind.REFERENCE
            else None
        ),
        currency=currency_source(table, column) if kind is FieldKind.MONEY else None,
        whole_units=kind is FieldKind.MONEY and is_whole_units(table.name, column.name),
        shape=JSON_SHAPES.get(column.name) if kind is FieldKind.JSON else None,
        computed=computed,
        server_set=server_set,
        filled_on_save=filled_on_save,
        default=(
            NEW_RECORD_DEFAULTS.get((table.name, column.name), _server_default(column))
            if not server_set
            else None
        ),
        state_default=_server_default(column) if server_set and kind is FieldKind.CHOICE else None,
        table=table.name,
        coded=kind is FieldKind.TEXT and (table.name, column.name) in CODED_TEXT,
        **rules.bounds.get(column.name, {}),
    )


def table_fields(name: str) -> dict[str, FieldSpec]:
    """Every column of ``name`` but ``id`` as a field, in the model's order."""
    return dict(_table_fields(name))


@cache
def _table_fields(name: str) -> tuple[tuple[str, FieldSpec], ...]:
    table = Base.metadata.tables[name]
    enums = state_enums(table)
    rules = parse_checks(table)
    return tuple(
        (column.name, _field(table, column, enums, rules))
        for column in table.columns
        if column.name != "id"
    )


@cache
def _comparisons(name: str) -> tuple[Comparison, ...]:
    return tuple(parse_checks(Base.metadata.tables[name]).comparisons)


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
    states = perm.self_service_update_states(role, table)
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
        update_states=states,
        owner=perm.SELF_SERVICE_OWNER.get(table) if states is not None else None,
    )
