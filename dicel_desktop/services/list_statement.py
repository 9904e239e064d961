"""The SQL expressions of one ``ListQuery`` over one FROM (the table, or a sample of it
for far positions): its columns, their currencies, its filters and its quick search.
``services.listing`` builds its statements from these and runs them. No Qt here.

Quick search
    Each word of the search text must occur (substring, case and accents aside:
    ``domain.search_words``, migration 0123) in one of the
    visible text columns (names, document numbers, descriptions), in the name of a
    visible reference (client, account, user ...), or in the label of a visible state
    column (or of a coded text, ``listing_words``). Amounts and dates are not searched:
    the column filters do that. The text columns are joined into one string per row and
    matched with one ``search_folded(...) LIKE`` per word, a third of the cost of
    one ILIKE per column.

Indexed quick search
    On the tables that grow big (``SEARCH_INDEXED``) a substring search would read the
    whole table (0.65 s per million rows). There a pg_trgm GIN index (migration 0018)
    covers the table's search document (``db.models.search``): the texts its list shows
    by default, joined into one string and folded. A word then matches through arms
    each of which an index answers, OR-ed by a BitmapOr: the document, when the list
    shows all its texts (else, and for other texts shown, those texts row by row:
    the role may not read the rest); each shown reference as
    ``fk = ANY('{ids}')`` (a btree on the foreign key); each state whose label holds
    the word, and each code of a coded text with an index (``SEARCHED_CODES``: a
    client's type) whose words hold it. The same rows as the unindexed search.

    The ids of a shown reference are looked up first, in the referenced table (a small
    one), and sent with the page query as a bound array (``Listing.resolve``, run by
    every method that takes a connection). The engine never prepares statements, so
    the server plans each query with its values and counts the ids as it would a
    literal. As ``ARRAY(SELECT ...)`` inside the query the planner could not see how
    few ids the name matched: it guessed thousands of rows, walked the sort column's
    index in display order and read most of the table (issue 11: 880 ms for a rare
    word on a million transactions, no faster than the scan). The ids are those of
    when the Listing first ran: a Listing lives for one search.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import quoted_name
from sqlalchemy.sql.expression import ColumnElement, FromClause
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import UserDefinedType

from dicel_desktop.db.base import search_folded
from dicel_desktop.db.models import Base
from dicel_desktop.db.models.search import QUICK_SEARCH, search_document
from dicel_desktop.domain.search_words import search_folded as folded_here
from dicel_desktop.services.audit_words import SHOWN_AMONG, SHOWN_AS, audit_record
from dicel_desktop.services.columns import COMPUTED, ColumnSpec, Kind, table_spec
from dicel_desktop.services.list_query import Between, Contains, Equals, Filter, Flagged, OneOf
from dicel_desktop.services.monitoring_values import MEASURED, shown_value
from dicel_desktop.services.references import FK_DISPLAY, Joins
from dicel_desktop.services.row_flags import ROW_FLAGS

if TYPE_CHECKING:
    from dicel_desktop.services.listing import Listing

#: Joins the searched columns: a control character no one types into a search box.
_UNIT_SEPARATOR = "\x1f"


#: Tables whose quick search has a pg_trgm index on their search document (0018).
SEARCH_INDEXED = frozenset(QUICK_SEARCH)


#: Above this many matching ids a reference stays a subquery: the word is common enough
#: that the planner's guess is right, and the planner would weigh every id of the array.
LITERAL_IDS_MAX = 10_000


class IdArray(UserDefinedType[Any]):
    """An array of ids, handed to and from psycopg as it is. psycopg reads and writes
    lists of UUIDs itself, and ARRAY's processors would keep ``listing_runs.run`` from
    sending the statement directly."""

    cache_ok = True
    render_bind_cast = True

    def __init__(self, element_type: Any) -> None:
        self.element_type = element_type

    def get_col_spec(self, **kw: Any) -> str:
        return f"{self.element_type.compile(dialect=postgresql.dialect())}[]"


class ArrayOf(ColumnElement[Any]):
    """``ARRAY(SELECT ...)``: the ids a subquery finds, as one array value."""

    inherit_cache = True
    _traverse_internals = [("subquery", InternalTraversal.dp_clauseelement)]

    def __init__(self, select: sa.Select[Any]) -> None:
        self.subquery = select.scalar_subquery()
        self.type = IdArray(select.selected_columns[0].type)


@compiles(ArrayOf, "postgresql")
def _compile_array_of(element: ArrayOf, compiler: Any, **kw: Any) -> str:
    return "ARRAY" + compiler.process(element.subquery, **kw)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


# --------------------------------------------------------------------------- statements


#: (table, column) -> what a list shows of it, made in SQL from the row: an audit
#: entry's action ("Logged in") and record (its name and the fields changed); and every
#: column its table does not store (``columns.COMPUTED``, which holds their SQL).
DERIVED = {
    **SHOWN_AS,
    ("audit_logs", "record_id"): audit_record,
    # A monitoring count as a whole number ("1", not "1.00"): ``monitoring_values``.
    **{(table, name): shown_value(name) for table, name in MEASURED},
    **{
        (table, computed.name): computed.sql
        for table, computeds in COMPUTED.items()
        for computed in computeds
    },
}


#: Stored columns a filter reads as the list shows them: an audit entry's action, where a
#: sign-in is "Logged in" but stored as an UPDATE of users (filtering by "Logged in" found
#: nothing, and "Changed" counted every sign-in: stop 34). A record's id stays filtered
#: as stored (one record's history).
FILTERED_AS_SHOWN = frozenset({("audit_logs", "action")})


#: (table, column) -> the stored value a derived column sorts by: an audit entry's
#: record by its table and id (the entries of one record together), its action as stored.
DERIVED_KEYS = {
    ("audit_logs", "action"): lambda base: base.c.action,
    ("audit_logs", "record_id"): lambda base: sa.func.concat(
        base.c.table_name, " ", sa.cast(base.c.record_id, sa.Text)
    ),
    # A monitoring reading's numbers by their stored value (a column's index serves).
    **{(table, name): (lambda base, name=name: base.c[name]) for table, name in MEASURED},
}


class ListStatement:
    """Expressions of one ListQuery over one FROM (the table, or a sample of it)."""

    def __init__(self, listing: Listing, base: FromClause) -> None:
        self.listing = listing
        self.joins = Joins(base)
        self.base = base

    def expr(self, spec: ColumnSpec) -> ColumnElement[Any]:
        derived = DERIVED.get((spec.table, spec.name))
        if derived is not None:
            return derived(self.base)
        column = self.base.c[spec.name]
        if spec.kind is Kind.FK:
            assert spec.references is not None
            alias = self.joins.ref(self.base, spec.name)
            return FK_DISPLAY[spec.references](self.joins, alias)
        if isinstance(column.type, postgresql.INET):
            # The address as people write it: "10.0.0.5", not the cast's "10.0.0.5/32".
            return sa.func.host(column, type_=sa.Text)
        return column

    def key_expr(self, spec: ColumnSpec) -> ColumnElement[Any]:
        """What the list is sorted and paged by for ``spec``: the column as shown, except
        a derived one, which sorts by what it is made from (:data:`DERIVED_KEYS`): its
        words are worked out for the page's rows only, not for every row of the table
        (sorting an audit log of 2,000 entries by its record's name took 10 s, mostly
        the JIT compiling eighty subqueries: code review)."""
        keyed = DERIVED_KEYS.get((spec.table, spec.name))
        if keyed is not None:
            return keyed(self.base)
        shown = self.listing.sort_shown
        if shown is not None and spec.name == self.listing.sort_spec.name:
            return self._shown_key(spec, *shown)
        return self.expr(spec)

    def _shown_key(
        self, spec: ColumnSpec, by: str, words: tuple[tuple[Any, str], ...]
    ) -> ColumnElement[Any]:
        """The sort column as the list shows it (``ListQuery.shown_by``): the reader's
        words for each listed value of ``by``, else the stored value; compared in the
        order of names (collation ``dicel_names``, migration 0062: ICU's root order,
        which French and Kinyarwanda use), since the words are sentences people read,
        accents and capitals among them, not codes. The words are binds (``sk``/``sv``,
        ``Listing._values``): the same text serves every language. A few tens of rows
        (the settings), no index to keep."""
        by_column = self.base.c[by]
        shown = sa.case(
            *(
                (
                    by_column == sa.bindparam(f"sk{i}", value, type_=by_column.type),
                    sa.bindparam(f"sv{i}", said, type_=sa.Text),
                )
                for i, (value, said) in enumerate(words)
            ),
            else_=sa.cast(self.base.c[spec.name], sa.Text),
        )
        return sa.collate(shown, quoted_name("public.dicel_names", quote=False))

    def currency_expr(self, spec: ColumnSpec) -> ColumnElement[Any] | None:
        return currency_expr_of(self.joins, self.base, spec)

    def conditions(self) -> list[ColumnElement[bool]]:
        listing = self.listing
        query, spec = listing.query, listing.spec
        conds = [self._filter(f, spec.column(f.column)) for f in query.filters]
        if not listing._patterns:
            return conds
        # Each word's pattern is a bind of its own name (w0, w1...): a statement of the
        # same shape serves every search, with the words as new values (``listing_runs._DIRECT``).
        patterns = [
            sa.bindparam(f"w{i}", pattern, type_=sa.String)
            for i, pattern in enumerate(listing._patterns)
        ]
        if listing.table.name in SEARCH_INDEXED:
            conds.extend(self._indexed_word(i, p) for i, p in enumerate(patterns))
            return conds
        texts = [self.expr(c) for c in listing.columns if c.searchable]
        # One LIKE per word over all the text columns joined by a character nobody types
        # (so a word cannot match across two columns): a third of the cost of an ILIKE per
        # column on a big table, and one expression a pg_trgm index could cover later.
        haystack = (
            search_folded(sa.func.concat_ws(_UNIT_SEPARATOR, *texts, type_=sa.Text))
            if texts
            else None
        )
        for pattern, hits in zip(patterns, listing._state_hits, strict=True):
            options: list[ColumnElement[bool]] = []
            if haystack is not None:
                options.append(haystack.like(pattern, escape="\\"))
            options.extend(self._shown_among(name, values) for name, values in hits)
            conds.append(sa.or_(*options) if options else sa.false())
        return conds

    def _indexed_word(self, index: int, pattern: Any) -> ColumnElement[bool]:
        """One word on an indexed table: every arm has an index (see the module doc)."""
        base = self.base
        options: list[ColumnElement[bool]] = []
        own = [c.name for c in self.listing.columns if c.kind is Kind.TEXT and not c.derived]
        document = QUICK_SEARCH[self.listing.table.name]
        if set(document) <= set(own):
            # The caller shows (so may read) every text of the document: the index.
            options.append(search_document(base, document).like(pattern, escape="\\"))
            own = [c for c in own if c not in document]
        if own:
            # Texts outside the document, or a document the role may not read whole:
            # these are read row by row, as on a table without the index.
            options.append(search_document(base, own).like(pattern, escape="\\"))
        for column in self.listing._references:
            ids = self.listing._ids.get((index, column.name))
            if ids is None:
                # Not looked up yet, or too many to write out: the subquery itself.
                found: ColumnElement[Any] = ArrayOf(self.listing._reference_query(column, pattern))
            else:
                # What ``Listing.resolve`` found, as a bound array: the server plans an
                # unnamed statement with its values, so it counts them as it would a
                # literal (module doc), and the SQL text stays the same for any word.
                found = sa.bindparam(
                    f"r{index}_{column.name}",
                    list(ids),
                    type_=IdArray(base.c[column.name].type),
                )
            options.append(base.c[column.name] == sa.any_(found))
        options.extend(
            self._shown_among(name, values) for name, values in self.listing._state_hits[index]
        )
        return sa.or_(*options) if options else sa.false()

    def _shown_among(self, name: str, values: tuple[Any, ...]) -> ColumnElement[bool]:
        """The rows whose ``name`` is one of ``values`` as the list shows it: a state or a
        code as stored; a closed code as shown (an audit entry's action: a sign-in is
        "Logged in", not "Changed"), through the search index (``audit_words.SHOWN_AMONG``)."""
        among = SHOWN_AMONG.get((self.listing.table.name, name))
        if among is not None:
            return among(self.base, values)
        return self.base.c[name].in_(values)

    def _filter(self, f: Filter, spec: ColumnSpec) -> ColumnElement[bool]:
        if isinstance(f, Flagged):
            flag = ROW_FLAGS[self.listing.table.name]
            marked = flag.condition(self.base)
            if f.lapsed is None:
                return marked
            assert flag.lapsed is not None, "a flag without a date passed or coming"
            lapsed = sa.func.coalesce(flag.lapsed(self.base), sa.false())
            return sa.and_(marked, lapsed if f.lapsed else sa.not_(lapsed))
        # A stored column is filtered as stored (a reference by its key); one the table
        # does not store (``columns.COMPUTED``), or one shown other than stored
        # (:data:`FILTERED_AS_SHOWN`), as the list works it out.
        stored = spec.name in self.base.c and (spec.table, spec.name) not in FILTERED_AS_SHOWN
        column = self.base.c[spec.name] if stored else self.expr(spec)
        if isinstance(f, Equals):
            return column == f.value
        if isinstance(f, Contains):
            # Case and accents aside, as the quick search (``domain.search_words``).
            pattern = f"%{escape_like(folded_here(f.text))}%"
            return search_folded(self.expr(spec)).like(pattern, escape="\\")
        if isinstance(f, OneOf):
            values = [v for v in f.values if v is not None]
            cond = column.in_(values) if values else sa.false()
            return sa.or_(cond, column.is_(None)) if None in f.values else cond
        if isinstance(f, Between):
            parts = []
            low, high = f.low, f.high
            if spec.kind is Kind.DATETIME:
                if isinstance(low, dt.date) and not isinstance(low, dt.datetime):
                    low = local_midnight(low)
                if isinstance(high, dt.date) and not isinstance(high, dt.datetime):
                    # Through the whole last day: before the next day's midnight.
                    parts.append(column < local_midnight(high + dt.timedelta(days=1)))
                    high = None
            if low is not None:
                parts.append(column >= low)
            if high is not None:
                parts.append(column <= high)
            within = sa.and_(sa.true(), *parts)
            return sa.or_(column.is_(None), within) if f.or_empty else within
        raise TypeError(f"not a filter: {f!r}")


def currency_expr_of(joins: Joins, base: FromClause, spec: ColumnSpec) -> ColumnElement[Any] | None:
    source = spec.currency
    if source is None or source.column is None:
        return None
    if source.via:
        return joins.ref(base, source.via).c[source.column]
    return base.c[source.column]


@functools.cache
def row_slots(
    table: str, columns: tuple[str, ...], flagged: bool
) -> tuple[list[int | None], int | None]:
    """Where each money column finds its currency in a row (None: no currency column,
    RWF), and where the flag is: columns that share a currency column share the slot.
    A flag whose date may have passed (``RowFlag.lapsed``) is followed by whether it
    has (``Listing.lapsed_slot``)."""
    spec, base = table_spec(table), Base.metadata.tables[table]
    joins = Joins(base)
    slots: list[int | None] = []
    seen: dict[str, int] = {}
    for name in columns:
        expr = currency_expr_of(joins, base, spec.column(name))
        if expr is None:
            slots.append(None)
            continue
        key = str(expr)
        if key not in seen:
            seen[key] = 2 + len(columns) + len(seen)
        slots.append(seen[key])
    return slots, (2 + len(columns) + len(seen) if flagged else None)
