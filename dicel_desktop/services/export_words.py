"""What a list's export says and which columns it writes, for ``services.export``: the
words of its file in the person's language (``ExportWords``, translated by the GUI), and
the export's columns (``export_columns``: the visible ones, each amount followed by its
currency). No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.sql.expression import ColumnElement

from dicel_desktop.services.columns import ColumnSpec, Kind

if TYPE_CHECKING:
    from dicel_desktop.services.listing import Listing


@dataclass(frozen=True)
class ExportWords:
    """The words a file shows a person, in their language: the GUI translates them
    (gui/export_dialog.py), since nothing below it may; without, the specs' English.
    Plain data, so an export's process gets them over its pipe."""

    #: Column name -> its header, as the grid heads it.
    headers: Mapping[str, str] = field(default_factory=dict)
    #: State column name -> {stored value: label}, as the grid shows them (XLSX: CSV
    #: keeps the stored codes, see the module docstring).
    states: Mapping[str, Mapping[Any, str]] = field(default_factory=dict)
    #: A money column's currency, when the list has one currency column ...
    currency: str = "Currency"
    #: ... and when it has several ("{column}": the money column's header).
    currency_of: str = "Currency ({column})"
    #: A worksheet's name ("{number}": 1, 2 ...), where the list has no title.
    sheet: str = "Sheet {number}"
    #: The list's title as the window words it ("Agents de sécurité"): the first
    #: sheet's name, then "Agents de sécurité (2)" ... (``sheet_name``).
    title: str = ""
    #: How a date and a moment read in a cell, as Excel number formats: the patterns
    #: the window writes them in (gui.locale_writing.excel_format), dd/mm/yyyy in
    #: French, Kinyarwanda and English in Rwanda.
    date_format: str = "yyyy-mm-dd"
    datetime_format: str = "yyyy-mm-dd hh:mm:ss"
    #: A coded text's words (services.code_words) -> the same in the person's language
    #: (XLSX, as the grid shows them: ``code_words.known_words``, translated).
    coded: Mapping[str, str] = field(default_factory=dict)

    def header(self, spec: ColumnSpec) -> str:
        return self.headers.get(spec.name, spec.label)

    def state_labels(self, spec: ColumnSpec) -> dict[Any, str]:
        assert spec.choices is not None
        translated = self.states.get(spec.name, {})
        return {c.value: translated.get(c.value, c.label) for c in spec.choices}


ENGLISH = ExportWords()


@dataclass(frozen=True)
class ExportColumn:
    header: str
    kind: Kind
    spec: ColumnSpec | None
    expr: ColumnElement[Any]
    #: A money column's currency: the index of its currency column among the export's
    #: columns (None: the row names none, the home currency).
    currency_at: int | None = None


def export_columns(listing: Listing, words: ExportWords = ENGLISH) -> list[ExportColumn]:
    """The visible columns, each money column followed by its currency the first time
    that currency column appears (an amount without its currency means nothing)."""
    selected = listing._select.selected_columns  # the grid's own expressions and joins
    columns: list[ExportColumn] = []
    seen: set[int] = set()
    placed: dict[int, int] = {}  # currency slot -> its column's index in the export
    slots = [s for s in listing.currency_slots if s is not None]
    for i, spec in enumerate(listing.columns):
        slot = listing.currency_slots[i]
        currency_at = None
        if slot is not None:
            currency_at = placed.get(slot, len(columns) + 1)
        columns.append(
            ExportColumn(words.header(spec), spec.kind, spec, selected[f"c{i}"], currency_at)
        )
        if slot is not None and slot not in seen:
            seen.add(slot)
            placed[slot] = len(columns)
            if len(set(slots)) == 1:
                header = words.currency
            else:
                header = words.currency_of.format(column=words.header(spec))
            index = slot - 2 - len(listing.columns)
            columns.append(ExportColumn(header, Kind.TEXT, None, selected[f"cur{index}"]))
    return columns
