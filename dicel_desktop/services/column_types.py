"""The shapes of what the data grid knows about a table and its columns: a column's
:class:`Kind`, where a money column's currency comes from, a :class:`ColumnSpec` and a
:class:`TableSpec`. ``services.columns`` derives them from the models. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "DEFAULT_CURRENCY",
    "RIGHT_ALIGNED",
    "ColumnSpec",
    "CurrencySource",
    "Kind",
    "TableSpec",
]

#: The company's currency: amounts of tables without a currency column are in it
#: (ARCHITECTURE 3: "The default currency is RWF").
DEFAULT_CURRENCY = "RWF"


class Kind(StrEnum):
    TEXT = "text"
    MONEY = "money"
    NUMBER = "number"
    INT = "int"
    DATE = "date"
    DATETIME = "datetime"
    STATE = "state"
    FK = "fk"
    BOOL = "bool"


#: Kinds shown right-aligned (digits line up).
RIGHT_ALIGNED = frozenset({Kind.MONEY, Kind.NUMBER, Kind.INT})


@dataclass(frozen=True)
class CurrencySource:
    """Where the currency of a money column comes from.

    ``column`` on the same row; or, with ``via``, the column ``column`` of the row that
    the foreign key ``via`` points to (invoice items take their invoice's currency).
    Neither: ``DEFAULT_CURRENCY``.
    """

    column: str | None = None
    via: str | None = None


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    label: str
    kind: Kind
    nullable: bool
    #: Shown when the user has not chosen columns yet.
    default_visible: bool = True
    #: For ``int``: thousands separators (not for years, ratings, percentages).
    grouped: bool = True
    #: For ``money``.
    currency: CurrencySource | None = None
    #: For ``state``: the enum whose ``label`` a person reads.
    choices: type[StrEnum] | None = None
    #: For ``fk``: the referenced table.
    references: str | None = None
    #: Starting width in average characters, where the kind's default is too narrow
    #: (``services.list_layouts``).
    width_chars: int | None = None
    #: For ``text``: values are codes ("credit", "data_protection"), shown as words
    #: (:func:`code_words`).
    coded: bool = False
    #: The table the column belongs to.
    table: str = ""
    #: Worked out in the list's SQL from the row (``list_statement.DERIVED``), not the
    #: column as stored: not quick-searched (no index covers it) nor keyed from the
    #: column's statistics.
    derived: bool = False
    #: A change up or down: written with its sign either way (+7, -20).
    signed: bool = False
    #: The list may be sorted and filtered by it; False for a column the server works out
    #: for a page's rows only (``computed_columns.Computed.sortable``): its header offers
    #: neither, and says why.
    sortable: bool = True

    @property
    def right_aligned(self) -> bool:
        return self.kind in RIGHT_ALIGNED

    @property
    def searchable(self) -> bool:
        """Whether the quick search looks in this column (text and reference names)."""
        return self.kind in (Kind.TEXT, Kind.FK) and not self.derived


@dataclass(frozen=True)
class TableSpec:
    name: str
    label: str
    #: Listable columns in the models' order (``id`` is never one: it is the row's key).
    columns: tuple[ColumnSpec, ...]
    #: The order a list opens in: (column, descending).
    default_sort: tuple[str, bool]

    def column(self, name: str) -> ColumnSpec:
        for spec in self.columns:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.name}.{name} is not a listable column")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def default_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.default_visible)
