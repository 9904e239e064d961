"""The shapes of form metadata: what kind of editor a field gets, what a field and a
form say (services/forms.py derives them, services/form_rules.py checks values against
them). No Qt here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from dicel_desktop.services.columns import CurrencySource
from dicel_desktop.services.list_query import Equals, Filter

__all__ = [
    "JSON_SHAPES",
    "STAMP_COLUMNS",
    "Comparison",
    "Detail",
    "FieldKind",
    "FieldSpec",
    "FormSpec",
    "Section",
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
    # A payslip's deductions, itemised by the payroll run (migration 0014).
    "deductions_detail": "deductions",
    # The incident numbers a patrol met (["SEC-2026-000024"], as the demo writes them).
    "incidents_reported": "incident_numbers",
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
    #: Nullable, but the record's first step refuses it empty (an order's supplier,
    #: DW202 on Submit): marked as needed, while a draft is still saved without it.
    needed_to_submit: bool = False
    #: Nullable, but these steps of the record's flow (their actions) refuse it empty
    #: (``entry_rules.STEP_NEEDS``, DW443: a review's period before Share): marked as
    #: needed, the tip naming the steps' buttons; a record is saved without it until then.
    needed_for_steps: tuple[str, ...] = ()
    #: Nullable, but the record's approval refuses it empty (an expense's department,
    #: DW304: no budget carries it): marked as needed, the record still saved without it.
    needed_to_approve: bool = False
    #: VARCHAR(n): at most n characters.
    max_length: int | None = None
    #: A list of texts (TEXT[]): at most so many items (migration 0088, DW025).
    max_items: int | None = None
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
    #: CHOICE: values only a workflow step writes (a won deal's "Closed won"): shown when
    #: a record holds one, never offered to choose.
    step_only: frozenset[str] = frozenset()
    #: REFERENCE: the table pointed to.
    references: str | None = None
    #: MONEY: where its currency comes from.
    currency: CurrencySource | None = None
    #: MONEY: whole units in a currency without a minor unit (RWF): a typed fraction is
    #: refused, as the database refuses it (migration 0039).
    whole_units: bool = False
    #: JSON: a key of ``JSON_SHAPES``' values, or None (raw JSON).
    shape: str | None = None
    #: Generated column: its expression over other fields (``quantity * unit_price``).
    computed: str | None = None
    #: Filled by the server (document number, creator, stamps), or only by a workflow
    #: function (a state, an approver): never typed in a form.
    server_set: bool = False
    #: Server-set at the insert itself (a document number, a stamp, the creator): an
    #: empty one on a new form is "given when saved".
    filled_on_save: bool = False
    #: The server default as a value a new form starts with ('RWF', 0, true, today).
    default: Any = None
    #: The table the field belongs to.
    table: str = ""
    #: A server-set state's default: the state a new record starts in.
    state_default: str | None = None
    #: TEXT holding codes (services.code_words.CODED_TEXT): read as words where it is
    #: only read, as the lists show it.
    coded: bool = False


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
    #: (fact, label): read-only values worked out beside the fields, from
    #: ``Record.facts`` (``services.record_facts``), shown where the reader reads them.
    facts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Detail:
    """Records listed under the form, belonging to it (an invoice's lines)."""

    table: str
    #: The column of ``table`` pointing to this form's record.
    column: str
    title: str
    #: Of the records pointing to it, only those these pass (an item's order lines
    #: still awaited).
    filters: tuple[Filter, ...] = ()
    #: Columns shown whatever the person chose for ``table`` (what the tab is about: an
    #: order line's order state and expected delivery under "On order").
    shows: tuple[str, ...] = ()
    #: Whether one is added from here (Add…): not a record written elsewhere (an order's
    #: line, on its order; a movement, by Move stock…).
    adds: bool = True
    #: The form's column ``column`` holds: its id, or its number where the records name
    #: it by that (an invoice's payments, by ``reference_number``).
    key: str = "id"
    #: Further (column of ``table``, field of the form) pairs that must hold the same
    #: value, where the records point to it by more than one value (a payslip to its
    #: pay period by the period's first and last days).
    also: tuple[tuple[str, str], ...] = ()

    @property
    def pointing(self) -> tuple[str, ...]:
        """The columns of ``table`` pointing to the form's record: the same on every row
        listed, so not shown in its list."""
        return (self.column, *(column for column, _field in self.also))

    def rows_of(self, record_id: object, values: Mapping[str, Any]) -> tuple[Filter, ...]:
        """What picks this detail's rows of one record (its id, ``values`` its fields):
        the rows pointing to it, by ``key`` (and ``also``), that ``filters`` pass. The
        panel under the form and the form's print ask the same (a print of an invoice
        compared its payments' numbers with its id)."""
        pointed = record_id if self.key == "id" else values.get(self.key)
        more = tuple(Equals(column, values.get(field)) for column, field in self.also)
        return (Equals(self.column, pointed), *more, *self.filters)


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
    #: (state column, states): the role changes a record only while it is in these
    #: states (its rights are self-service's: one's own pending leave request).
    update_states: tuple[str, tuple[str, ...]] | None = None
    #: With ``update_states``: the column naming whose record it is; only one's own is
    #: changed (``Record.own``).
    owner: str | None = None

    def editable(self, name: str, *, new: bool) -> bool:
        return name in (self.insertable if new else self.updatable)

    @property
    def read_only(self) -> bool:
        """The role may neither create nor change records here."""
        return not (self.can_insert or self.can_update)
