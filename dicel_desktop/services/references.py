"""How a list names a referenced record: a person, a department, an invoice number.

A grid never shows a UUID: every table some foreign key points to has a ``Naming`` in the
registry (domain.tables; tests/db/test_listing.py checks it), turned here into SQL and
joined LEFT on demand by :class:`Joins`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import visitors
from sqlalchemy.sql.expression import Alias, ColumnClause, ColumnElement, FromClause, Join

from dicel_desktop.domain.tables import TABLES, Kind, Naming, TableInfo

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

_DASH = "\N{EN DASH}"


def _day(value: ColumnElement[Any], pattern: str = "FMDD FMMonth YYYY") -> ColumnElement[Any]:
    # to_char writes month names in English whatever the server's lc_time (only a TM
    # prefix would translate them), as services.leave_words.day does.
    return sa.func.to_char(sa.cast(value, sa.DateTime()), pattern, type_=sa.Text)


def _span(start: ColumnElement[Any], end: ColumnElement[Any]) -> ColumnElement[Any]:
    """ "3 March 2027", "3-7 March 2027", "28 February - 4 March 2027" (en dashes), or
    both years: as services.leave_words.span writes it (NULL when a day is missing)."""
    return sa.case(
        (start == end, _day(end)),
        (
            sa.func.date_trunc("month", start) == sa.func.date_trunc("month", end),
            _day(start, "FMDD") + _DASH + _day(end),
        ),
        (
            sa.extract("year", start) == sa.extract("year", end),
            _day(start, "FMDD FMMonth") + f" {_DASH} " + _day(end),
        ),
        else_=_day(start) + f" {_DASH} " + _day(end),
    )


def _kind(kind: Kind, alias: FromClause) -> ColumnElement[Any]:
    """The choice in words ("Annual leave"), from the labels a person reads elsewhere."""
    column = alias.c[kind.column]
    labels = {choice.value: kind.of(choice.value) for choice in kind.choices}
    return sa.case(labels, value=column, else_=sa.cast(column, sa.Text))


def _person(naming: Naming, joins: Joins, alias: FromClause) -> FromClause:
    """The users row of the person ``naming.person`` points to: directly, or through a
    table that names its own person (a leave request's employee)."""
    assert naming.person is not None
    target = next(iter(alias.c[naming.person].foreign_keys)).column.table.name
    people = joins.ref(alias, naming.person)
    if target != "users":
        through = TABLES[target].naming
        assert through is not None and through.person, f"{target} names no person"
        people = joins.ref(people, through.person)
    return people


def _parts(naming: Naming, joins: Joins, alias: FromClause) -> list[_Part]:
    """The parts of a record's name, in order, its number first. The name shows them
    (``FK_DISPLAY``); a lookup searches each text on its own (``FK_SEARCH``), so both
    follow the registry."""
    parts: list[_Part] = []
    if naming.number:
        parts.append(((alias.c[naming.number],), False))
    if naming.kind:
        parts.append(((_kind(naming.kind, alias),), False))
    for ref in naming.refs:
        target = next(iter(alias.c[ref].foreign_keys)).column.table.name
        parts.append(((FK_DISPLAY[target](joins, joins.ref(alias, ref)),), False))
    if naming.names and naming.joined:
        parts.append((tuple(alias.c[n] for n in naming.names), True))
    elif len(naming.names) == 1:
        parts.append(((alias.c[naming.names[0]],), False))
    elif naming.names:
        first = sa.func.coalesce(*(alias.c[n] for n in naming.names), type_=sa.Text)
        parts.append(((first,), False))
    if naming.person:
        users = _person(naming, joins, alias)
        parts.append(((users.c.first_name, users.c.last_name), True))
    if len(naming.dates) == 1:
        parts.append(((_day(alias.c[naming.dates[0]]),), False))
    elif naming.dates:
        parts.append(((_span(*(alias.c[d] for d in naming.dates)),), False))
    if naming.year:
        parts.append(((sa.cast(alias.c[naming.year], sa.Text),), False))
    return parts


def _display(naming: Naming) -> DisplayFn:
    def display(joins: Joins, alias: FromClause) -> ColumnElement[Any]:
        shown = [
            _joined(" ", *texts) if joined else texts[0]
            for texts, joined in _parts(naming, joins, alias)
        ]
        # The number stands apart ("INV-2026-0042 — Akagera Logistics", "Jean Mugabo —
        # EMP-000042"); the words beside it read as one phrase ("Annual leave, Eric
        # Habimana, 3-7 March 2027"), unless they are set apart too (a shift's place has
        # its own comma: "Gasabo District, Kigali — Sandrine Rukundo — 4 December 2026").
        number = [shown.pop(0)] if naming.number else []
        if len(shown) > 1:
            shown = [_joined(" — " if naming.set_apart else ", ", *shown)]
        named = shown + number if naming.name_first else number + shown
        return named[0] if len(named) == 1 else _joined(" — ", *named)

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


def name_columns(base: FromClause) -> dict[str, frozenset[str]]:
    """Per table, the columns that naming a record of the table ``base`` reads (its own
    and those of the rows its name joins): who may not read them all is not shown it."""
    joins = Joins(base)
    clauses: list[Any] = [FK_DISPLAY[base.name](joins, base)]
    join = joins.clause
    while isinstance(join, Join):
        clauses.append(join.onclause)
        join = join.left
    found: dict[str, set[str]] = {base.name: {"id"}}
    for clause in clauses:
        for column in visitors.iterate(clause):
            if not isinstance(column, ColumnClause) or column.table is None:
                continue
            source = column.table
            name = source.element.name if isinstance(source, Alias) else source.name
            found.setdefault(name, set()).add(column.name)
    return {name: frozenset(columns) for name, columns in found.items()}
