"""How a list names a referenced record: a person, a department, an invoice number.

A grid never shows a UUID: every table some foreign key points to has a ``Naming`` in the
registry (domain.tables; tests/db/test_listing.py checks it), turned here into SQL and
joined LEFT on demand by :class:`Joins`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement, FromClause

from dicel_desktop.domain.tables import TABLES, Naming, TableInfo

#: How a referenced record is named in a list: a function of (joiner, alias) returning
#: an expression, NULL when there is no referenced record. Made from the registry's
#: ``Naming`` of every table some foreign key points to (a test checks each has one): a
#: grid never shows a UUID.
DisplayFn = Callable[["Joins", FromClause], ColumnElement[Any]]


def _joined(sep: str, *parts: ColumnElement[Any]) -> ColumnElement[Any]:
    # concat_ws skips NULLs; NULLIF turns "no referenced row" back into NULL, so the
    # name sorts in the NULL segment rather than first as an empty string.
    return sa.func.nullif(sa.func.concat_ws(sep, *parts, type_=sa.Text), "", type_=sa.Text)


#: One part of a name: its texts, and whether they are shown joined by spaces (first and
#: last name) or there is just the one text.
_Part = tuple[tuple[ColumnElement[Any], ...], bool]


def _parts(naming: Naming, joins: Joins, alias: FromClause) -> list[_Part]:
    """The parts of a record's name, in order. The name shows them (``FK_DISPLAY``); a
    lookup searches each text on its own (``FK_SEARCH``), so both follow the registry."""
    parts: list[_Part] = []
    if naming.number:
        parts.append(((alias.c[naming.number],), False))
    if naming.names and naming.joined:
        parts.append((tuple(alias.c[n] for n in naming.names), True))
    elif len(naming.names) == 1:
        parts.append(((alias.c[naming.names[0]],), False))
    elif naming.names:
        first = sa.func.coalesce(*(alias.c[n] for n in naming.names), type_=sa.Text)
        parts.append(((first,), False))
    if naming.person:
        users = joins.ref(alias, naming.person)
        parts.append(((users.c.first_name, users.c.last_name), True))
    return parts


def _display(naming: Naming) -> DisplayFn:
    def display(joins: Joins, alias: FromClause) -> ColumnElement[Any]:
        shown = [
            _joined(" ", *texts) if joined else texts[0]
            for texts, joined in _parts(naming, joins, alias)
        ]
        return shown[0] if len(shown) == 1 else _joined(" — ", *shown)

    return display


#: Every table the registry names (domain.tables), by name.
FK_DISPLAY: dict[str, DisplayFn] = {
    t.name: _display(t.naming) for t in TABLES.values() if t.naming is not None
}


_ALIASES: dict[tuple[str, str], FromClause] = {}


def _alias(table: FromClause, name: str) -> FromClause:
    """One alias object per (table, name) for the whole program: making an alias copies
    every column of the table, which was most of the time it took to build a Listing."""
    key = (table.name, name)
    alias = _ALIASES.get(key)
    if alias is None:
        alias = _ALIASES.setdefault(key, table.alias(name))
    return alias


class Joins:
    """The FROM clause of one statement: the base table plus LEFT JOINs made on demand."""

    def __init__(self, base: FromClause) -> None:
        self.base = base
        self.clause: FromClause = base
        self._aliases: dict[tuple[str, str], FromClause] = {}

    def ref(self, parent: FromClause, fk_column: str) -> FromClause:
        """LEFT JOIN (once) the table that ``parent.fk_column`` references."""
        key = (parent.name, fk_column)
        alias = self._aliases.get(key)
        if alias is None:
            column = parent.c[fk_column]
            target = next(iter(column.foreign_keys)).column.table
            prefix = "" if parent is self.base else f"{parent.name}_"
            alias = _alias(target, f"r_{prefix}{fk_column}")
            # LEFT JOIN on the referenced primary key: at most one row, counts unchanged.
            self.clause = self.clause.outerjoin(alias, alias.c.id == column)
            self._aliases[key] = alias
        return alias


#: The texts a lookup (services.lookup) searches in a record: each text of its name (the
#: first and the last name separately) and, where the name does not show it, its document
#: number (a client is named by company, found by company or CLI- code too). A function
#: of (joiner, alias), like ``DisplayFn``.
SearchFn = Callable[["Joins", FromClause], list[ColumnElement[Any]]]


def _searched(info: TableInfo) -> SearchFn:
    naming = info.naming
    assert naming is not None

    def searched(joins: Joins, alias: FromClause) -> list[ColumnElement[Any]]:
        texts = [text for texts, _joined in _parts(naming, joins, alias) for text in texts]
        if info.number and info.number not in naming.columns:
            texts.append(alias.c[info.number])
        return texts

    return searched


#: Every table the registry names, by name: what a lookup searches in its records.
FK_SEARCH: dict[str, SearchFn] = {
    t.name: _searched(t) for t in TABLES.values() if t.naming is not None
}
