"""What a person looks at in a list: its table, visible columns, sort, quick search
and column filters. No Qt, no SQL: ``services.listing`` turns a ``ListQuery`` into
statements (``services.list_statement``) and runs them.

Every filter names a column of the table (``services.columns``); the caller passes only
columns the role may read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Contains:
    """Text columns and references (by the referenced record's name): a substring."""

    column: str
    text: str


@dataclass(frozen=True)
class Between:
    """Numbers, money, dates: an inclusive range; either end may be None (open).

    For a datetime column, ``date`` bounds mean whole days in the local time zone.
    ``or_empty``: rows without a value pass too (a contract with no end date runs on).
    """

    column: str
    low: Any = None
    high: Any = None
    or_empty: bool = False


@dataclass(frozen=True)
class OneOf:
    """States, booleans, short texts: one of these stored values (None matches NULL)."""

    column: str
    values: tuple[Any, ...]


@dataclass(frozen=True)
class Equals:
    """A stored value, references included (by id): for lists a module fixes
    (an invoice's items, my own leave requests), not for people to type."""

    column: str
    value: Any


@dataclass(frozen=True)
class Flagged:
    """The rows the table's flag marks (``services.row_flags``: items below their
    minimum stock), for a figure that counts them (a dashboard's low-stock tile).
    ``column`` is one of the columns the flag reads, as every filter names a column;
    the caller checked the role reads them all, as for the flag itself. ``lapsed``, of a
    flag that marks a date both passed and coming (``RowFlag.lapsed``): True, only the
    rows whose date has passed (licences expired); False, only those still to come
    (expiring within 30 days); None, both."""

    column: str
    lapsed: bool | None = None


Filter = Contains | Between | OneOf | Equals | Flagged


@dataclass(frozen=True)
class ListQuery:
    table: str
    #: Visible columns in display order; the caller's list of columns the role may read.
    columns: tuple[str, ...]
    #: None: the table's default sort (``TableSpec.default_sort``).
    sort: str | None = None
    descending: bool = False
    search: str = ""
    filters: tuple[Filter, ...] = field(default=())
    #: Rows carry the table's flag (``services.row_flags``) as their last value; the
    #: caller checked the role reads what the flag reads.
    flagged: bool = False
    #: The words the reader sees for the coded values the list may show, in their
    #: language: per column, ((stored value, words), ...). A quick search word finds a
    #: state (and a coded text) by these as well as by its English label (eye33 #3: «
    #: Clôturé incomplet » found nothing); the GUI fills them in, as nothing below it
    #: translates. Columns the list does not show are ignored.
    said: tuple[tuple[str, tuple[tuple[Any, str], ...]], ...] = ()
    #: Columns the list shows in other words than stored, chosen by another column's
    #: value, in the reader's language: (column, by column, ((by value, words), ...)).
    #: A setting DICEL reads is described by its purpose, not its stored description
    #: (``gui.translations.setting_purpose``), so sorting by Description sorts by those
    #: words. Only while the by column is shown, as the list shows the words only then;
    #: a row whose by value is not listed keeps its stored value.
    shown_by: tuple[tuple[str, str, tuple[tuple[Any, str], ...]], ...] = ()

    def sorted_by(self, column: str, descending: bool = False) -> ListQuery:
        return replace(self, sort=column, descending=descending)
