"""Finding a record to point to by its name: what a foreign-key picker asks. No Qt here.

:func:`search_references` answers the type-ahead: the records of a table whose name or
document number holds every word typed, a page at a time; :func:`reference_name` and
:func:`reference_names` name the records a form already points to. Names are the ones
the grid shows (``references.FK_DISPLAY``, from the registry's ``Naming``), searched in
the texts ``references.FK_SEARCH`` gives (each part of the name, and the document number).

Matching
    Each word must occur, case and accents aside (``domain.search_words``; migration
    0123), anywhere inside one of those texts: "ika com" finds "Ikaze Commercial Bank",
    "0421" finds "CLI-000421" and "INV-2026-000421", "arsene" finds "Arsène". A
    substring rather than a prefix, because clerks type the part they remember (a middle
    name, the digits of a number), as in the grid's quick search.
    ``%`` and ``_`` are letters like any other.

Order and pages
    By the name, then the id (names repeat: two clients may share one), in the
    database's collation. A page is ``WHERE <words> AND (name, id) > (:name, :id) ORDER
    BY name, id LIMIT n + 1``: the extra row only says whether there is more. Every name
    a reference points to is NOT NULL (each has a NOT NULL part of its own table:
    tests/db/test_lookup.py checks the registry; a table nobody points to may be named
    for its window's title alone), so there is no NULL segment to page through, unlike
    the grid's.

    On the big tables (migration 0009, which has the measurements) a page is read either
    as the names in order from a btree on (name, id) until it is full (the empty search,
    words most names hold, words of one or two letters), or as the matching records
    found through a pg_trgm index, then sorted (rarer words of three letters or more).
    The planner chooses, but cannot see that the names holding a word may all sit in one
    stretch of the alphabet ("Kivu ..."): it would read 40% of the names to get there.
    For a first page, the planner's own statistics of the names say where matches begin
    (services.name_order); when that is far in, the lookup asks for the trigram index.
    Still slow: a pair of letters few names hold ("zq": no trigram, the whole table).

Rights
    Everything runs as the logged-in person: grants and row security decide what is
    found. Naming or searching a table whose name columns they may not read raises
    ``NotAllowed`` (the permission table never asks a role to name a table it cannot
    read from a column it can: also checked by the tests).

Speed
    Statements are built once per shape (table, number of words, first or next page) and
    then sent to psycopg as SQL text with new values, skipping SQLAlchemy's work per
    execution: a page of 50 clients read from the index took 0.27 ms this way, 0.56 ms through
    ``Session.execute``.
"""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from dicel_desktop.db.base import search_folded as folded_in_sql
from dicel_desktop.db.models import Base
from dicel_desktop.domain.errors import NotAllowed
from dicel_desktop.domain.search_words import search_folded
from dicel_desktop.domain.tables import in_sentence, table_info
from dicel_desktop.services.compiled import Compiled, compile_statement, run_compiled
from dicel_desktop.services.list_statement import escape_like
from dicel_desktop.services.name_order import name_order
from dicel_desktop.services.references import FK_DISPLAY, FK_SEARCH, Joins

__all__ = [
    "PAGE_SIZE",
    "Page",
    "is_offered",
    "reference_name",
    "reference_names",
    "search_references",
]

log = logging.getLogger(__name__)

#: Names per page: a popup shows about a dozen; the rest come as the list scrolls.
PAGE_SIZE = 50

K = TypeVar("K", bound=Hashable)

#: A position in the order of names: the last (name, id) of the page before.
After = tuple[str, uuid.UUID]
#: The records a link is offered: (state column, its states) (``entry_rules.OFFERED_STATES``).
Offered = tuple[str, tuple[str, ...]]

_INSUFFICIENT_PRIVILEGE = "42501"


@dataclass(frozen=True)
class Page:
    """One page of matches, in the order of names."""

    #: (id, name) of each record.
    items: tuple[tuple[uuid.UUID, str], ...]
    #: Another page follows.
    more: bool

    @property
    def after(self) -> After | None:
        """What to pass as ``after`` for the next page (None for an empty page)."""
        if not self.items:
            return None
        ident, name = self.items[-1]
        return (name, ident)


# --------------------------------------------------------------------------- statements


def _words(text: str) -> list[str]:
    """The distinct words, folded as the searched texts are (case and accents aside)."""
    return list(dict.fromkeys(search_folded(w) for w in text.split()))


def _patterns(text: str) -> list[str]:
    """One LIKE pattern per distinct word."""
    return [f"%{escape_like(w)}%" for w in _words(text)]


def _compile(stmt: sa.Select[Any] | sa.CompoundSelect[Any]) -> Compiled:
    compiled = compile_statement(stmt)
    # Text, UUID and integer values only: nothing SQLAlchemy would convert.
    assert not compiled.processors, compiled.processors
    return compiled


@functools.lru_cache(maxsize=64)
def _name_column(table: str) -> str | None:
    """The column a table's records are named by, when the name is just that column (a
    btree on it and the id may read them in order: migration 0009)."""
    base = Base.metadata.tables[table]
    name = FK_DISPLAY[table](Joins(base), base)
    return name.name if isinstance(name, sa.Column) and name.table is base else None


def _offered_clause(base: sa.Table, only: Offered) -> sa.ColumnElement[bool]:
    """The records ``only`` keeps: a state column holding one of its states, or an
    active flag set (``("is_active", ("true",))``: an account, migration 0147)."""
    column, states = only
    if isinstance(base.c[column].type, sa.Boolean):
        if states != ("true",):
            raise ValueError(f"{base.name}.{column} is a flag: only ('true',) is offered")
        # The plan's NULL reads as active, as the workflow functions read it.
        return sa.func.coalesce(base.c[column], sa.true()).is_(True)
    # A constant of the statement (an array bound once), not IN's expanding list,
    # which a statement compiled once cannot carry.
    offered = sa.cast(
        sa.bindparam("offered", list(states), type_=sa.types.NullType()),
        postgresql.ARRAY(sa.Text),
    )
    clause = base.c[column] == sa.any_(offered)
    if base.name == "users":
        # A login offered by its role is an active one: a deactivated login is
        # given nothing to work (DW401, migration 0116).
        clause = sa.and_(clause, base.c.is_active.is_(True))
    return clause


@functools.lru_cache(maxsize=512)
def _search_statement(
    table: str, words: int, continuing: bool, sorted_matches: bool, only: Offered | None = None
) -> Compiled:
    """``(id, name)`` of the first ``lim`` records in the order of names whose search
    texts hold the ``words`` patterns ``w0``, ``w1``..., after ``(kn, kid)`` when
    ``continuing``. ``sorted_matches``: find every match first (through the trigram
    index), then sort them, rather than leave that choice to the planner. ``only``: the
    records whose state column holds one of the states given."""
    base = Base.metadata.tables[table]
    joins = Joins(base)
    name = FK_DISPLAY[table](joins, base)
    texts = [folded_in_sql(text) for text in FK_SEARCH[table](joins, base)]
    where = [
        sa.or_(*(t.like(sa.bindparam(f"w{i}", type_=sa.Text), escape="\\") for t in texts))
        for i in range(words)
    ]
    if only is not None:
        where.append(_offered_clause(base, only))
    if continuing:
        after = sa.tuple_(
            sa.bindparam("kn", type_=name.type), sa.bindparam("kid", type_=base.c.id.type)
        )
        where.append(sa.tuple_(name, base.c.id) > after)
    stmt = sa.select(base.c.id, name).select_from(joins.clause).where(*where)
    if sorted_matches:
        # OFFSET 0 keeps the planner from reading the matches in the order of names: it
        # finds them the cheapest way (the trigram index), then sorts only them.
        found = stmt.offset(sa.literal_column("0", sa.Integer)).subquery("found")
        stmt, name, ident = (
            sa.select(found.c.id, found.c[name.name]),
            found.c[name.name],
            found.c.id,
        )
    else:
        ident = base.c.id
    stmt = stmt.order_by(name, ident).limit(sa.bindparam("lim", type_=sa.Integer))
    return _compile(stmt)


@functools.lru_cache(maxsize=256)
def _names_statement(tables: tuple[str, ...]) -> Compiled:
    """``(position of the table in tables, id, name)`` of the records whose ids are in
    ``ids<position>``: one round trip for a whole record's references."""
    selects = []
    for position, table in enumerate(tables):
        base = Base.metadata.tables[table]
        joins = Joins(base)
        name = sa.cast(FK_DISPLAY[table](joins, base), sa.Text)
        # Untyped, then cast by the server: psycopg sends a list of UUIDs as an array
        # itself, where SQLAlchemy's ARRAY type would convert every element first.
        ids = sa.cast(sa.bindparam(f"ids{position}"), postgresql.ARRAY(base.c.id.type))
        selects.append(
            sa.select(sa.literal(position, sa.Integer), base.c.id, name)
            .select_from(joins.clause)
            .where(base.c.id == sa.func.any(ids))
        )
    stmt = selects[0] if len(selects) == 1 else sa.union_all(*selects)
    return _compile(stmt)


def _run(session: Session, compiled: Compiled, values: Mapping[str, Any]) -> list[tuple]:
    return run_compiled(session, compiled, values)


def _bunched_late(session: Session, table: str, words: list[str]) -> bool:
    """The first page is better found through the trigram index than by reading the
    names in order (services.name_order). Only for a name the btree orders, and words
    the trigram index can look up (three letters or more)."""
    column = _name_column(table)
    if column is None or not any(len(w) >= 3 for w in words):
        return False
    order = name_order(session.connection().connection.driver_connection, table, column)
    return order is not None and order.bunched_late(words)


def _not_allowed(error: BaseException) -> bool:
    return getattr(error, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE


def _check_named(table: str) -> None:
    if table not in FK_DISPLAY:
        raise ValueError(f"{table!r} has no name in the registry (domain.tables Naming)")


# --------------------------------------------------------------------------- lookups


def search_references(
    session: Session,
    table: str,
    text: str,
    *,
    after: After | None = None,
    limit: int = PAGE_SIZE,
    only: Offered | None = None,
) -> Page:
    """The records of ``table`` whose name or number holds every word of ``text``.

    ``after`` is the last ``(name, id)`` of the page before (``Page.after``); ``only``
    keeps the records in those states (an enrolment's programme: scheduled or in
    progress, migration 0107). Raises ``NotAllowed`` when the person may not read the
    table's names.
    """
    _check_named(table)
    if limit < 1:
        raise ValueError("a page holds at least one record")
    patterns = _patterns(text)
    values: dict[str, Any] = {f"w{i}": p for i, p in enumerate(patterns)}
    values["lim"] = limit + 1  # one more than the page says whether there is more
    if after is not None:
        values["kn"], values["kid"] = after
    try:
        sorted_matches = after is None and _bunched_late(session, table, _words(text))
        statement = _search_statement(table, len(patterns), after is not None, sorted_matches, only)
        rows = _run(session, statement, values)
    except Exception as error:
        if _not_allowed(error):
            log.info("lookup in %s refused: %s", table, error)
            title = in_sentence(table_info(table).title)
            raise NotAllowed("lookup_not_allowed", records=title) from error
        raise
    return Page(items=tuple((r[0], r[1]) for r in rows[:limit]), more=len(rows) > limit)


def reference_names(
    session: Session, references: Mapping[K, tuple[str, uuid.UUID | None]]
) -> dict[K, str | None]:
    """The name of each referenced record: ``{key: (table, id)}`` -> ``{key: name}``.

    One round trip for all of them. None for no reference, and for a record that does not
    exist or that row security hides from the person. Raises ``NotAllowed`` when they may
    not read the names of one of the tables.
    """
    wanted: dict[str, set[uuid.UUID]] = {}
    for table, ident in references.values():
        _check_named(table)
        if ident is not None:
            wanted.setdefault(table, set()).add(ident)
    names: dict[tuple[str, uuid.UUID], str] = {}
    if wanted:
        tables = tuple(sorted(wanted))
        values = {f"ids{i}": sorted(wanted[t]) for i, t in enumerate(tables)}
        try:
            rows = _run(session, _names_statement(tables), values)
        except Exception as error:
            if _not_allowed(error):
                log.info("naming records of %s refused: %s", ", ".join(tables), error)
                titles = ", ".join(in_sentence(table_info(t).title) for t in tables)
                raise NotAllowed("lookup_not_allowed", records=titles) from error
            raise
        names = {(tables[position], ident): name for position, ident, name in rows}
    return {
        key: None if ident is None else names.get((table, ident))
        for key, (table, ident) in references.items()
    }


def reference_name(session: Session, table: str, ident: uuid.UUID) -> str | None:
    """The name of one record of ``table``; None if it does not exist or is hidden."""
    return reference_names(session, {None: (table, ident)})[None]


def is_offered(session: Session, table: str, ident: uuid.UUID, only: Offered) -> bool:
    """Whether the record ``ident`` of ``table`` is one ``only`` keeps, one a picker
    would offer for a new link (an account still active, migration 0147). False for a
    record that is not there or that row security hides."""
    base = Base.metadata.tables[table]
    try:
        found = session.execute(
            sa.select(_offered_clause(base, only)).where(base.c.id == ident)
        ).scalar_one_or_none()
    except Exception as error:
        if _not_allowed(error):
            log.info("asking whether a record of %s is offered refused: %s", table, error)
            title = in_sentence(table_info(table).title)
            raise NotAllowed("lookup_not_allowed", records=title) from error
        raise
    return bool(found)
