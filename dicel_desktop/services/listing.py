"""Paged, sorted, filtered listing of any table, for the data grid. No Qt here.

A ``ListQuery`` says what a person looks at (table, visible columns, sort, quick search,
filters); a ``Listing`` turns it into SQLAlchemy Core statements and runs them on a
Connection the caller owns (the GUI's DB worker, a test, a CLI export).

Rows come back as plain tuples: ``(id, sort_key, *visible values, *currency codes)``;
``Listing.currency_slots`` says where each money column finds its currency. A flagged
query (``services.row_flags``) adds the row's flag at the end (``Listing.flag_slot``).

Keyset paging
    Every page is ``WHERE (sort_key, id) > (:k, :id) ORDER BY sort_key, id LIMIT n``
    (``<`` and DESC backwards), so a page costs the same at row 10 and at row 900,000
    when an index on (sort column, id) exists (migration 0005 adds the ones the big
    tables need). ``id`` breaks ties, so the order is total and pages never overlap.

Nullable sort keys
    The order is ``sort_key ASC NULLS LAST, id ASC`` and, descending, its exact reverse
    (``DESC NULLS FIRST, id DESC``: PostgreSQL's defaults, so one btree serves both). A
    row comparison with NULL is never true, so a keyset scan runs over two segments in
    turn: the non-NULL keys by ``(k, id)``, then the NULL keys by ``id`` alone (the
    other way round descending). The second query runs only when the first did not
    fill the page. Keys are ``(value, id)`` with ``value`` None in the NULL segment.

Far positions without OFFSET
    ``key_at(fraction)`` finds the sort key at a fraction of the result: from the
    planner's statistics (``pg_stats``: null fraction, most common values, histogram,
    interpolated inside a bucket for numbers and dates) when the list is unfiltered and
    sorted by a plain column; otherwise from a block sample of the result
    (``TABLESAMPLE SYSTEM``, sorted by the server): see services.quantiles. The caller
    then fetches ``after(key, inclusive=True)``.
    ``offset()`` exists for the first and last few thousand rows only (see
    ``services.paging``): a bounded OFFSET there is cheap and exact.

Row counts
    ``estimate()`` is the planner's row estimate for the filtered query (``EXPLAIN
    (FORMAT JSON)``, no rows read); ``count()`` counts exactly under ``SET LOCAL
    statement_timeout`` and returns None when that was too slow; ``count(cap=n)`` stops
    at n rows, which tells small results (counted exactly, cheaply) from big ones.

Quick search
    Each word of the search text must occur (substring, case-insensitive) in one of the
    visible text columns (names, document numbers, descriptions), in the name of a
    visible reference (client, account, user ...), or in the label of a visible state
    column. Amounts and dates are not searched: the column filters do that. The text
    columns are joined into one string per row and matched with one
    ``lower(...) LIKE`` per word, a third of the cost of one ILIKE per column.

Indexed quick search
    On the tables that grow big (``SEARCH_INDEXED``) a substring search would read the
    whole table (0.65 s per million rows). There a pg_trgm GIN index (migration 0018)
    covers the table's search document (``db.models.search``): the texts its list shows
    by default, lowered and joined into one string. A word then matches through arms
    each of which an index answers, OR-ed by a BitmapOr: the document, when the list
    shows all its texts (else, and for other texts shown, those texts row by row:
    the role may not read the rest); each shown reference as
    ``fk = ANY('{ids}')`` (a btree on the foreign key); each state whose label holds
    the word. The same rows as the unindexed search.

    The ids of a shown reference are looked up first, in the referenced table (a small
    one), and written into the page query as a literal array (``Listing.resolve``, run
    by every method that takes a connection). As ``ARRAY(SELECT ...)`` inside the query
    the planner could not see how few ids the name matched: it guessed thousands of
    rows, walked the sort column's index in display order and read most of the table
    (issue 11: 880 ms for a rare word on a million transactions, no faster than the
    scan). The ids are those of when the Listing first ran: a Listing lives for one
    search.

Rights
    Only the visible columns, the sort column, the currency of visible money columns and
    the display columns of referenced tables (``FK_DISPLAY``) are named in any
    statement: the caller passes only columns the role may read, and the role needs
    SELECT on ``id`` and on the referenced tables' display columns.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import sqlalchemy as sa
from psycopg.rows import tuple_row
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ClauseElement, ColumnElement, Executable, FromClause
from sqlalchemy.sql.visitors import InternalTraversal

from dicel_desktop.db.models import Base
from dicel_desktop.db.models.search import QUICK_SEARCH, search_document
from dicel_desktop.services.columns import ColumnSpec, Kind, TableSpec, table_spec
from dicel_desktop.services.quantiles import (
    Distribution,
    Key,
    SampleDistribution,
    StatsDistribution,
)
from dicel_desktop.services.references import FK_DISPLAY, Joins
from dicel_desktop.services.row_flags import ROW_FLAGS

Row = tuple[Any, ...]
#: Rows the far-position sample aims at: ~20k keys put a quantile within ~1-2% of the
#: result even when SYSTEM sampling picks whole blocks of correlated rows.
SAMPLE_TARGET_ROWS = 20_000
#: Default for count(): long enough for a few million rows, short enough that a
#: person waiting for "Count exactly" is not left wondering.
COUNT_TIMEOUT_MS = 5_000


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True)
class Contains:
    """Text columns and references (by the referenced record's name): a substring."""

    column: str
    text: str


@dataclass(frozen=True)
class Between:
    """Numbers, money, dates: an inclusive range; either end may be None (open).

    For a datetime column, ``date`` bounds mean whole days in the local time zone.
    """

    column: str
    low: Any = None
    high: Any = None


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
    the caller checked the role reads them all, as for the flag itself."""

    column: str


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

    def sorted_by(self, column: str, descending: bool = False) -> ListQuery:
        return replace(self, sort=column, descending=descending)


# --------------------------------------------------------------------------- EXPLAIN


#: Rows in a whole table as the planner reckons them; NULL before the first ANALYZE.
_TABLE_ESTIMATE = """
    SELECT CASE WHEN c.relpages > 0 AND c.reltuples >= 0
                THEN c.reltuples / c.relpages
                     * (pg_relation_size(c.oid) / current_setting('block_size')::int)
           END,
           c.relrowsecurity
    FROM pg_class c
    WHERE c.oid = to_regclass(%(table)s)
"""


class _ExplainJson(Executable, ClauseElement):
    inherit_cache = False

    def __init__(self, statement: sa.Select[Any]) -> None:
        self.statement = statement


@compiles(_ExplainJson, "postgresql")
def _compile_explain(element: _ExplainJson, compiler: Any, **kw: Any) -> str:
    return "EXPLAIN (FORMAT JSON) " + compiler.process(element.statement, **kw)


#: Joins the searched columns: a control character no one types into a search box.
_UNIT_SEPARATOR = "\x1f"


#: Tables whose quick search has a pg_trgm index on their search document (0018).
SEARCH_INDEXED = frozenset(QUICK_SEARCH)


#: Above this many matching ids a reference stays a subquery: the word is common enough
#: that the planner's guess is right, and the literal would only lengthen the SQL.
LITERAL_IDS_MAX = 10_000


class _ReferenceIds(ColumnElement[Any]):
    """The ids of the referenced records whose name holds a word, as an array.

    Written as ``ARRAY(SELECT ...)`` until ``Listing.resolve`` has run the SELECT, then
    as the literal array of what it found, so the planner counts them (module doc).
    ``fk = ANY(array)`` is a btree lookup even inside an OR; ``IN (SELECT ...)`` there
    is not. The ids are part of SQLAlchemy's cache key: a statement compiled before
    they were known, or with others, is not reused for them.
    """

    inherit_cache = True
    _traverse_internals = [
        ("subquery", InternalTraversal.dp_clauseelement),
        ("ids", InternalTraversal.dp_plain_obj),
    ]

    def __init__(self, select: sa.Select[Any], key: tuple[str, str, str]) -> None:
        self.query = select
        self.subquery = select.scalar_subquery()
        self.key = key
        self.element_type = select.selected_columns[0].type
        self.type = postgresql.ARRAY(self.element_type)
        self.resolved = False
        #: None once resolved: too many to write out (LITERAL_IDS_MAX).
        self.ids: tuple[Any, ...] | None = None


@compiles(_ReferenceIds, "postgresql")
def _compile_reference_ids(element: _ReferenceIds, compiler: Any, **kw: Any) -> str:
    if element.ids is None:
        return "ARRAY" + compiler.process(element.subquery, **kw)
    type_name = element.element_type.compile(dialect=compiler.dialect)
    literal = ",".join(_literal_id(i) for i in element.ids)
    return f"'{{{literal}}}'::{type_name}[]"


def _literal_id(value: Any) -> str:
    # Ids as read from the database: a UUID or an integer, written out in a form that
    # holds nothing to quote (hex digits and dashes, or digits).
    return str(value) if isinstance(value, uuid.UUID) else str(int(value))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


# --------------------------------------------------------------------------- statements


class _Statement:
    """Expressions of one ListQuery over one FROM (the table, or a sample of it)."""

    def __init__(self, listing: Listing, base: FromClause) -> None:
        self.listing = listing
        self.joins = Joins(base)
        self.base = base

    def expr(self, spec: ColumnSpec) -> ColumnElement[Any]:
        column = self.base.c[spec.name]
        if spec.kind is Kind.FK:
            assert spec.references is not None
            alias = self.joins.ref(self.base, spec.name)
            return FK_DISPLAY[spec.references](self.joins, alias)
        if isinstance(column.type, postgresql.INET):
            return sa.cast(column, sa.Text)
        return column

    def currency_expr(self, spec: ColumnSpec) -> ColumnElement[Any] | None:
        source = spec.currency
        if source is None or source.column is None:
            return None
        if source.via:
            return self.joins.ref(self.base, source.via).c[source.column]
        return self.base.c[source.column]

    def conditions(self) -> list[ColumnElement[bool]]:
        query, spec = self.listing.query, self.listing.spec
        conds = [self._filter(f, spec.column(f.column)) for f in query.filters]
        words = query.search.split()
        if not words:
            return conds
        if self.listing.table.name in SEARCH_INDEXED:
            conds.extend(self._indexed_word(word) for word in words)
            return conds
        texts = [self.expr(c) for c in self.listing.columns if c.searchable]
        # One LIKE per word over all the text columns joined by a character nobody types
        # (so a word cannot match across two columns): a third of the cost of an ILIKE per
        # column on a big table, and one expression a pg_trgm index could cover later.
        haystack = (
            sa.func.lower(sa.func.concat_ws(_UNIT_SEPARATOR, *texts, type_=sa.Text))
            if texts
            else None
        )
        for word in words:
            options: list[ColumnElement[bool]] = []
            if haystack is not None:
                pattern = f"%{_escape_like(word.lower())}%"
                options.append(haystack.like(pattern, escape="\\"))
            for column in self.listing.columns:
                if column.kind is Kind.STATE and column.choices is not None:
                    hits = [c.value for c in column.choices if word.lower() in c.label.lower()]
                    if hits:
                        options.append(self.base.c[column.name].in_(hits))
            conds.append(sa.or_(*options) if options else sa.false())
        return conds

    def _indexed_word(self, word: str) -> ColumnElement[bool]:
        """One word on an indexed table: every arm has an index (see the module doc)."""
        pattern = f"%{_escape_like(word.lower())}%"
        base = self.base
        options: list[ColumnElement[bool]] = []
        own = [c.name for c in self.listing.columns if c.kind is Kind.TEXT]
        document = QUICK_SEARCH[self.listing.table.name]
        if set(document) <= set(own):
            # The caller shows (so may read) every text of the document: the index.
            options.append(search_document(base, document).like(pattern, escape="\\"))
            own = [c for c in own if c not in document]
        if own:
            # Texts outside the document, or a document the role may not read whole:
            # these are read row by row, as on a table without the index.
            options.append(search_document(base, own).like(pattern, escape="\\"))
        for column in self.listing.columns:
            if column.kind is Kind.FK:
                assert column.references is not None
                # An alias of its own: a reference to the same table (a supervisor)
                # must not correlate with the outer row.
                referenced = Base.metadata.tables[column.references].alias(f"s_{column.name}")
                joins = Joins(referenced)
                name = FK_DISPLAY[column.references](joins, referenced)
                ids = (
                    sa.select(referenced.c.id)
                    .select_from(joins.clause)
                    .where(sa.func.lower(name).like(pattern, escape="\\"))
                    .correlate(None)
                )
                found = _ReferenceIds(ids, (column.references, column.name, pattern))
                self.listing._reference_ids.append(found)
                options.append(base.c[column.name] == sa.any_(found))
            elif column.kind is Kind.STATE and column.choices is not None:
                hits = [c.value for c in column.choices if word.lower() in c.label.lower()]
                if hits:
                    options.append(base.c[column.name].in_(hits))
        return sa.or_(*options) if options else sa.false()

    def _filter(self, f: Filter, spec: ColumnSpec) -> ColumnElement[bool]:
        if isinstance(f, Flagged):
            return ROW_FLAGS[self.listing.table.name].condition(self.base)
        if isinstance(f, Equals):
            return self.base.c[spec.name] == f.value
        if isinstance(f, Contains):
            return self.expr(spec).ilike(f"%{_escape_like(f.text)}%", escape="\\")
        column = self.base.c[spec.name]
        if isinstance(f, OneOf):
            values = [v for v in f.values if v is not None]
            cond = column.in_(values) if values else sa.false()
            return sa.or_(cond, column.is_(None)) if None in f.values else cond
        if isinstance(f, Between):
            parts = []
            low, high = f.low, f.high
            if spec.kind is Kind.DATETIME:
                if isinstance(low, dt.date) and not isinstance(low, dt.datetime):
                    low = _local_midnight(low)
                if isinstance(high, dt.date) and not isinstance(high, dt.datetime):
                    # Through the whole last day: before the next day's midnight.
                    parts.append(column < _local_midnight(high + dt.timedelta(days=1)))
                    high = None
            if low is not None:
                parts.append(column >= low)
            if high is not None:
                parts.append(column <= high)
            return sa.and_(sa.true(), *parts)
        raise TypeError(f"not a filter: {f!r}")


# --------------------------------------------------------------------------- listing


class Listing:
    """The statements of one ListQuery; run them with ``first``, ``after``, ``key_at``...

    Statements are built once per shape (direction, segment, with or without a key) and
    reused with new bound values: SQLAlchemy then skips rebuilding and re-keying them,
    which cost more than the query itself for a page of a million-row table.
    Holds caches (those statements, the key distribution), so keep one Listing per
    query and use it from one thread at a time (the DB worker).
    """

    def __init__(self, query: ListQuery) -> None:
        self.spec: TableSpec = table_spec(query.table)
        self.table: sa.Table = Base.metadata.tables[query.table]
        if not query.columns:
            raise ValueError("a list needs at least one column")
        sort = query.sort or self.spec.default_sort[0]
        if query.sort is None:
            query = replace(query, sort=sort, descending=self.spec.default_sort[1])
        self.query = query
        self.columns: tuple[ColumnSpec, ...] = tuple(self.spec.column(c) for c in query.columns)
        self.sort_spec = self.spec.column(sort)
        self.descending = query.descending
        for f in query.filters:
            self.spec.column(f.column)  # KeyError for a column the grid does not know
        #: The shown references' ids matching a search word, to look up before running
        #: (``resolve``); and what was found, per (table, column, pattern).
        self._reference_ids: list[_ReferenceIds] = []
        self._resolved_ids: dict[tuple[str, str, str], tuple[Any, ...] | None] = {}

        stmt = _Statement(self, self.table)
        self._key = stmt.expr(self.sort_spec)
        self._id = self.table.c.id
        values = [stmt.expr(c).label(f"c{i}") for i, c in enumerate(self.columns)]
        # Money columns find their currency at the end of the row; columns that share a
        # currency column share the slot. None means "no currency column: RWF".
        currencies: list[ColumnElement[Any]] = []
        self.currency_slots: list[int | None] = []
        seen: dict[str, int] = {}
        for column in self.columns:
            expr = stmt.currency_expr(column)
            if expr is None:
                self.currency_slots.append(None)
                continue
            key = str(expr)
            if key not in seen:
                seen[key] = 2 + len(values) + len(currencies)
                currencies.append(expr.label(f"cur{len(currencies)}"))
            self.currency_slots.append(seen[key])
        #: Where a row holds its flag (True: mark it), or None.
        self.flag_slot: int | None = None
        flags: list[ColumnElement[Any]] = []
        if query.flagged:
            self.flag_slot = 2 + len(values) + len(currencies)
            flags.append(ROW_FLAGS[query.table].condition(self.table).label("flag"))
        where = stmt.conditions()  # before the FROM: conditions may add joins
        self._select = (
            sa.select(self._id, self._key.label("k"), *values, *currencies, *flags)
            .select_from(stmt.joins.clause)
            .where(*where)
        )
        self._nullable = self.sort_spec.nullable or self.sort_spec.kind is Kind.FK
        self._statements: dict[tuple[Any, ...], Any] = {}
        self._fast: dict[tuple[Any, ...], tuple[str, dict[str, Any]]] = {}
        self._distribution: Distribution | None = None

    # ----------------------------------------------------------------- references

    def resolve(self, conn: sa.Connection) -> None:
        """Look up the ids of the shown references a search word names (module doc:
        "Indexed quick search"), once per Listing. Every method that takes a connection
        calls it; a caller compiling the statements itself calls it first."""
        pending = [e for e in self._reference_ids if not e.resolved]
        lookups = {e.key: e.query for e in pending if e.key not in self._resolved_ids}
        if lookups:
            # One round trip for all of them: SELECT ARRAY(SELECT ...), ARRAY(SELECT ...).
            arrays = [
                _ReferenceIds(query.limit(LITERAL_IDS_MAX + 1), key)
                for key, query in lookups.items()
            ]
            found = conn.execute(sa.select(*arrays)).one()
            for key, ids in zip(lookups, found, strict=True):
                ids = tuple(ids)
                self._resolved_ids[key] = ids if len(ids) <= LITERAL_IDS_MAX else None
        for element in pending:
            element.ids = self._resolved_ids[element.key]
            element.resolved = True

    # ----------------------------------------------------------------- pages

    def first(self, conn: sa.Connection, limit: int, *, reverse: bool = False) -> list[Row]:
        """The first ``limit`` rows in the list's order (the last ones, nearest first,
        with ``reverse``)."""
        return self._scan(conn, None, limit, reverse=reverse, inclusive=False)

    def after(
        self,
        conn: sa.Connection,
        key: Key,
        limit: int,
        *,
        reverse: bool = False,
        inclusive: bool = False,
    ) -> list[Row]:
        """Rows after ``key`` in the list's order (before it, nearest first, with
        ``reverse``); ``inclusive`` takes the row at ``key`` too."""
        return self._scan(conn, key, limit, reverse=reverse, inclusive=inclusive)

    def offset(
        self, conn: sa.Connection, skip: int, limit: int, *, reverse: bool = False
    ) -> list[Row]:
        """Rows after skipping ``skip`` (from the end with ``reverse``, nearest first).

        Only for small ``skip`` (the top and bottom few thousand rows): OFFSET reads and
        throws away every skipped row. It does so in a narrow query (sort key and id,
        often from the index alone), then fetches the page by keyset from there.
        """
        desc = self.descending != reverse
        shape = ("offset", desc)
        stmt = self._statements.get(shape)
        if stmt is None:
            narrow = _Statement(self, self.table)
            key = narrow.expr(self.sort_spec)
            where = narrow.conditions()
            order = (
                [key.desc(), self.table.c.id.desc()] if desc else [key.asc(), self.table.c.id.asc()]
            )
            stmt = (
                sa.select(key, self.table.c.id)
                .select_from(narrow.joins.clause)
                .where(*where)
                .order_by(*order)
                .offset(sa.bindparam("skip", type_=sa.Integer))
                .limit(1)
            )
            self._statements[shape] = stmt
        found = self._rows(conn, shape, stmt, {"skip": skip})
        if not found:
            return []
        return self._scan(conn, (found[0][0], found[0][1]), limit, reverse=reverse, inclusive=True)

    def key_of(self, row: Row) -> Key:
        return (row[1], row[0])

    def _scan(
        self, conn: sa.Connection, key: Key | None, limit: int, *, reverse: bool, inclusive: bool
    ) -> list[Row]:
        desc = self.descending != reverse
        if not self._nullable:
            segments = ["all"]
        else:
            # Ascending: the non-NULL keys, then the NULL ones; descending the other way.
            segments = ["null", "value"] if desc else ["value", "null"]
            if key is not None:
                segments = segments[segments.index("null" if key[0] is None else "value") :]
        rows: list[Row] = []
        for index, segment in enumerate(segments):
            continuing = key is not None and index == 0
            shape = (segment, continuing, desc, inclusive and continuing)
            stmt = self._page_statement(shape)
            params: dict[str, Any] = {"lim": limit - len(rows)}
            if continuing:
                assert key is not None
                params["kv"], params["kid"] = key
            rows.extend(self._rows(conn, shape, stmt, params))
            if len(rows) >= limit:
                break
        return rows

    def _rows(
        self, conn: sa.Connection, shape: tuple[Any, ...], stmt: Any, params: dict[str, Any]
    ) -> list[Row]:
        """Run one of this listing's statements with new values for its named binds.

        The first run of a shape goes through SQLAlchemy, which compiles it (or finds it
        in its cache); later runs send the same SQL text straight to psycopg with the
        new values: for a 200-row page that halves the time, SQLAlchemy's per-execution
        and per-row work being larger than PostgreSQL's. Only done when SQLAlchemy
        would not convert any value itself (no bind or result processors: the case for
        every column type of the models under psycopg).
        """
        fast = self._fast.get(shape)
        if fast is None:
            self.resolve(conn)
        else:
            sql, values = fast
            with conn.connection.driver_connection.cursor(row_factory=tuple_row) as cursor:
                cursor.execute(sql, {**values, **params})
                return cursor.fetchall()
        result = conn.execute(stmt, params)
        context = result.context
        processors = getattr(result._metadata, "_processors", None)
        direct = (
            processors is not None
            and not any(processors)
            and not context.compiled._bind_processors
            and isinstance(context.parameters[0], dict)
        )
        rows = [tuple(r) for r in result.all()]
        if direct:
            self._fast[shape] = (context.statement, dict(context.parameters[0]))
        return rows

    def _page_statement(self, shape: tuple[Any, ...]) -> Any:
        segment, continuing, desc, inclusive = shape
        stmt = self._statements.get(shape)
        if stmt is not None:
            return stmt
        k, ident = self._key, self._id
        conds: list[ColumnElement[bool]] = []
        if segment == "value":
            conds.append(k.is_not(None))
        elif segment == "null":
            conds.append(k.is_(None))
        if continuing:
            # Typed binds: an aware datetime must not be sent as TIMESTAMP WITHOUT TIME ZONE.
            kid = sa.bindparam("kid", type_=ident.type)
            if segment == "null":
                left, right = ident, kid
            else:
                left = sa.tuple_(k, ident)
                right = sa.tuple_(sa.bindparam("kv", type_=k.type), kid)
            if desc:
                conds.append(left <= right if inclusive else left < right)
            else:
                conds.append(left >= right if inclusive else left > right)
        if segment == "null":
            order = [ident.desc()] if desc else [ident.asc()]
        else:
            order = [k.desc(), ident.desc()] if desc else [k.asc(), ident.asc()]
        stmt = (
            self._select.where(*conds).order_by(*order).limit(sa.bindparam("lim", type_=sa.Integer))
        )
        self._statements[shape] = stmt
        return stmt

    # ----------------------------------------------------------------- counts

    def _count_statement(self) -> sa.Select[Any]:
        # Only the joins the conditions need: a count has no use for display names.
        stmt = _Statement(self, self.table)
        conds = stmt.conditions()
        return sa.select(self.table.c.id).select_from(stmt.joins.clause).where(*conds)

    def estimate(self, conn: sa.Connection) -> int:
        """The planner's estimate of the number of rows (reads no rows)."""
        if not self.query.filters and not self.query.search.strip():
            # A whole table: the planner's own arithmetic (rows per page of the last
            # ANALYZE times the pages now) straight from the catalog, without building
            # and planning an EXPLAIN: that cost more than the list's first page.
            with conn.connection.driver_connection.cursor() as cursor:
                cursor.execute(_TABLE_ESTIMATE, {"table": self.table.name})
                rows, row_security = cursor.fetchone()
            if rows is not None and not row_security:
                return round(rows)
            # Row security: the policies' conditions are in the plan, not in pg_class.
        count_statement = self._count_statement()
        self.resolve(conn)
        plan = conn.execute(_ExplainJson(count_statement)).scalar_one()
        return round(plan[0]["Plan"]["Plan Rows"])

    def count(
        self,
        conn: sa.Connection,
        *,
        cap: int | None = None,
        timeout_ms: int = COUNT_TIMEOUT_MS,
        parallel: bool = True,
    ) -> int | None:
        """The exact number of rows (at most ``cap``), or None if it took over ``timeout_ms``.

        ``parallel=False`` keeps the server to one process: for a count nobody waits for
        (the one after opening a list), which should not take every core of a small server
        while the pages people are looking at are being fetched.
        """
        inner = self._count_statement()
        self.resolve(conn)
        if cap is not None:
            inner = inner.limit(cap)
        stmt = sa.select(sa.func.count()).select_from(inner.subquery())
        settings = {"statement_timeout": str(timeout_ms)}
        if not parallel:
            settings["max_parallel_workers_per_gather"] = "0"
        previous = {
            name: conn.execute(sa.text("SELECT current_setting(:n)"), {"n": name}).scalar()
            for name in settings
        }
        set_local = sa.text("SELECT set_config(:n, :v, true)")
        savepoint = conn.begin_nested()
        try:
            # SET LOCAL: the settings end with the transaction, so nothing leaks to the next
            # user of a pooled (PgBouncer) connection.
            for name, value in settings.items():
                conn.execute(set_local, {"n": name, "v": value})
            result = conn.execute(stmt).scalar_one()
            for name, value in previous.items():
                conn.execute(set_local, {"n": name, "v": value})
        except sa_exc.OperationalError as error:
            savepoint.rollback()  # also undoes the SET LOCAL
            if getattr(error.orig, "sqlstate", None) == "57014":  # query_canceled
                return None
            raise
        savepoint.commit()
        return int(result)

    # ----------------------------------------------------------------- far positions

    def key_at(self, conn: sa.Connection, fraction: float) -> Key | None:
        """A key about ``fraction`` of the way through the list (in its order), or None
        when nothing is known (empty result)."""
        if self._distribution is None:
            self._distribution = self._stats_distribution(conn) or self._sample_distribution(conn)
        fraction = min(max(fraction, 0.0), 1.0)
        asc = 1.0 - fraction if self.descending else fraction
        return self._distribution.key_at(asc)

    @property
    def distribution_source(self) -> str | None:
        """ "statistics" or "sample" once ``key_at`` has been used (for tests and logs)."""
        if self._distribution is None:
            return None
        return "statistics" if isinstance(self._distribution, StatsDistribution) else "sample"

    def _stats_distribution(self, conn: sa.Connection) -> Distribution | None:
        """From pg_stats: free, but only for an unfiltered list on a plain column."""
        if self.query.filters or self.query.search.strip() or self.sort_spec.kind is Kind.FK:
            return None
        column = self.table.c[self.sort_spec.name]
        type_name = column.type.compile(dialect=postgresql.dialect())
        # pg_stats holds anyarray: cast through text to the column's own array type.
        # Ordered by the server, so text follows the database's collation.
        rows = conn.execute(
            sa.text(
                f"""
                SELECT s.null_frac, u.v, u.f, u.b
                FROM pg_stats AS s
                CROSS JOIN LATERAL (
                    SELECT m.v, m.f, false AS b
                    FROM unnest(s.most_common_vals::text::{type_name}[],
                                s.most_common_freqs) AS m(v, f)
                    UNION ALL
                    SELECT h.v, NULL::real, true
                    FROM unnest(s.histogram_bounds::text::{type_name}[]) AS h(v)
                ) AS u
                WHERE s.schemaname = current_schema() AND s.tablename = :t
                  AND s.attname = :c AND NOT s.inherited
                ORDER BY u.v, u.b
                """
            ),
            {"t": self.table.name, "c": column.name},
        ).all()
        if not rows:
            return None
        return StatsDistribution(
            null_frac=float(rows[0][0]), items=[(r[1], r[2], r[3]) for r in rows]
        )

    def _sample_distribution(self, conn: sa.Connection) -> Distribution:
        """From a block sample of the filtered result, sorted by the server."""
        wanted = max(self.estimate(conn), 1)
        percent = min(100.0, max(0.01, 100.0 * SAMPLE_TARGET_ROWS / wanted))
        # REPEATABLE: the same blocks each time, so a jump lands in the same place twice.
        sample = sa.tablesample(
            self.table,
            sa.func.system(percent),
            name=f"{self.table.name}_sample",
            seed=sa.literal_column("7"),
        )
        stmt = _Statement(self, sample)
        key = stmt.expr(self.sort_spec)
        where = stmt.conditions()  # before the FROM: conditions may add joins
        select = (
            sa.select(key, sample.c.id)
            .select_from(stmt.joins.clause)
            .where(*where)
            .order_by(key.asc().nulls_last(), sample.c.id.asc())
        )
        self.resolve(conn)
        keys = [(r[0], r[1]) for r in conn.execute(select).all()]
        return SampleDistribution(keys)


def listing_columns(table: str, readable: Iterable[str] | None = None) -> tuple[str, ...]:
    """The default visible columns of ``table`` the role may read (all if None)."""
    spec = table_spec(table)
    allowed = set(readable) if readable is not None else None
    return tuple(c for c in spec.default_columns if allowed is None or c in allowed)
