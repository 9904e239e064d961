"""What the audit log's list says about each entry, worked out in its SQL (it is large
and keyset-paged: nothing per row in Python). No Qt here.

* The action: a change to ``users`` that stamped only ``last_login`` is a sign-in
  (``dicel_record_login``, migration 0004), shown as "Logged in", not "Changed · Users".
* The record: what the record windows title it, its number or its name
  (``references.FK_DISPLAY``, else its document number), read from the record as it is
  now, else (deleted) from the values the entry kept; then, for a change, the fields it
  changed (the audit trigger keeps only those, migration 0003), as the forms label them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.sql.expression import ColumnElement, FromClause

from dicel_desktop.db.models import Base
from dicel_desktop.db.models.search import QUICK_SEARCH, search_document
from dicel_desktop.domain.permissions import readable_columns, rights
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.tables import TABLES
from dicel_desktop.services.references import FK_DISPLAY, Joins, _alias, name_columns

__all__ = [
    "LOGIN",
    "SHOWN_AMONG",
    "SHOWN_AS",
    "audit_action",
    "audit_record",
    "shown_action_among",
]

#: The action shown for a sign-in (``code_words.AUDIT_ACTIONS`` words it).
LOGIN = "LOGIN"
#: Stamps that say nothing a reader asks about when listed as changed.
_UNSAID = ("updated_at",)


def audit_action(base: FromClause) -> ColumnElement[Any]:
    """The entry's action, or ``LOGIN`` for a sign-in's ``last_login`` stamp."""
    changed_only_login = sa.and_(
        base.c.action == "UPDATE",
        base.c.table_name == "users",
        base.c.new_values.op("?")("last_login"),
        base.c.new_values.op("-")(sa.literal("last_login"))
        == sa.cast(sa.literal("{}"), postgresql.JSONB),
    )
    return sa.case((changed_only_login, LOGIN), else_=base.c.action)


#: How the quick search document of an entry (``db.models.search.QUICK_SEARCH``: its
#: action, then its table, folded) begins, per action as shown: a sign-in is an UPDATE of
#: users. \x1f is the document's separator.
_DOCUMENT_BEGINS = {
    "INSERT": "insert\x1f",
    "UPDATE": "update\x1f",
    "DELETE": "delete\x1f",
    LOGIN: "update\x1fusers\x1f",
}


def shown_action_among(base: FromClause, actions: tuple[str, ...]) -> ColumnElement[bool]:
    """Entries whose action as shown (:func:`audit_action`) is one of ``actions``: what a
    word of the quick search matches when it names an action as the reader sees it
    ("Changed", « Modifié », "Yinjiye"; eye34 #5). Written through the search document,
    whose trigram index covers the audit log, so that the word's arm stays an index scan
    beside its other arms: the action alone has no index, and an arm on it would read
    the whole log (each entry's shown action is then checked on what the index found)."""
    document = search_document(base, QUICK_SEARCH["audit_logs"])
    begins = [document.like(_DOCUMENT_BEGINS[a] + "%") for a in actions if a in _DOCUMENT_BEGINS]
    if not begins:
        return sa.false()
    return sa.and_(sa.or_(*begins), audit_action(base).in_(actions))


#: (table, column) -> the column as a person reads it, made in SQL from the row: the one
#: rule for the list, its filter and search, and the record's window (which said
#: "Changed" of a sign-in the list calls "Logged in").
SHOWN_AS: dict[tuple[str, str], Callable[[FromClause], ColumnElement[Any]]] = {
    ("audit_logs", "action"): audit_action,
    # Its record by name, as the list's Record column ("Jean Mugabo"), not its id (eye35b
    # #6); defined below, looked up when a statement is built.
    ("audit_logs", "record_id"): lambda base: audit_record(base),
}
#: (table, column) of a closed code (``code_words.CLOSED_CODES``) -> the rows whose code,
#: as shown, is one of some codes, written so the table's search index still serves the
#: word's arm: the one owner of whether and how a word naming such a code is searched
#: (``listing_words._states_named`` finds the codes, ``ListStatement._shown_among`` the rows).
#: A closed code without one is searched as any coded text is, or not at all.
SHOWN_AMONG: dict[tuple[str, str], Callable[[FromClause, tuple[str, ...]], ColumnElement[bool]]] = {
    ("audit_logs", "action"): shown_action_among,
}


def _readers() -> list[Role]:
    return [role for role in Role if rights(role, "audit_logs").select]


@cache
def _named_tables() -> tuple[str, ...]:
    """The tables whose records every reader of the audit log may read the names of: a
    column it may not read would refuse the whole list (column grants)."""
    named = []
    for table in sorted(Base.metadata.tables):
        info = TABLES.get(table)
        if table in FK_DISPLAY:
            needs = name_columns(Base.metadata.tables[table])
        elif info is not None and info.number:
            needs = {table: frozenset({"id", info.number})}
        else:
            continue
        if all(
            set(readable_columns(role, name, columns)) == set(columns)
            for role in _readers()
            for name, columns in needs.items()
        ):
            named.append(table)
    return tuple(named)


def _label_of(table: str, column: str) -> str:
    from dicel_desktop.services.columns import column_label

    return column_label(table, column)


def _plain(column: str) -> str:
    """What the SQL below makes of a column's name with no label of its own."""
    text = column.replace("_", " ")
    return text[:1].upper() + text[1:]


@cache
def _labels() -> dict[str, str]:
    """``table.column`` -> its label, where it is not the column's name made plain."""
    found = {}
    for table in Base.metadata.tables.values():
        for column in table.columns:
            label = _label_of(table.name, column.name)
            if label != _plain(column.name):
                found[f"{table.name}.{column.name}"] = label
    return found


def _name(base: FromClause) -> ColumnElement[Any]:
    """The record's name as its window titles it; from the entry's own values once the
    record is gone (a deletion keeps them all)."""
    whens = []
    for table in _named_tables():
        alias = _alias(Base.metadata.tables[table], f"audit_{table}")
        joins = Joins(alias)
        number = TABLES[table].number
        shown = FK_DISPLAY[table](joins, alias) if table in FK_DISPLAY else alias.c[number]
        now = (
            sa.select(sa.cast(shown, sa.Text))
            .select_from(joins.clause)
            .where(alias.c.id == base.c.record_id)
            .scalar_subquery()
        )
        kept = (
            [
                base.c.old_values.op("->>")(sa.literal(number)),
                base.c.new_values.op("->>")(sa.literal(number)),
            ]
            if number
            else []
        )
        whens.append((table, sa.func.coalesce(now, *kept, type_=sa.Text) if kept else now))
    return sa.case(dict(whens), value=base.c.table_name, else_=sa.null())


def _fields(base: FromClause) -> ColumnElement[Any]:
    """For a change: the fields it changed, as labelled, in the order of their names."""
    key = sa.func.jsonb_object_keys(base.c.new_values).column_valued("field_name", sa.Text)
    plain = sa.func.concat(
        sa.func.upper(sa.func.left(key, 1)),
        sa.func.replace(sa.func.substr(key, 2), "_", " "),
    )
    labelled = sa.func.coalesce(
        sa.cast(sa.literal(json.dumps(_labels()), sa.Text), postgresql.JSONB).op("->>")(
            sa.func.concat(base.c.table_name, ".", key)
        ),
        plain,
    )
    return (
        sa.select(
            sa.func.string_agg(
                labelled, postgresql.aggregate_order_by(sa.literal_column("', '"), key)
            )
        )
        .where(
            *(key != unsaid for unsaid in _UNSAID),
            # A value the entry names on both sides, unchanged, is context: a file's
            # owner at the time (migration 0084).
            base.c.old_values.op("->")(key).is_distinct_from(base.c.new_values.op("->")(key)),
        )
        .scalar_subquery()
    )


def audit_record(base: FromClause) -> ColumnElement[Any]:
    """ "INV-2026-000959: Status, Paid amount" (a change), "Jean Mugabo" (a sign-in or a
    new record), "Status" alone where the record has no name to show."""
    fields = sa.case(
        (
            sa.and_(base.c.action == "UPDATE", audit_action(base) != LOGIN),
            _fields(base),
        ),
        else_=sa.null(),
    )
    return sa.func.concat_ws(": ", _name(base), fields, type_=sa.Text)
