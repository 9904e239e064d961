"""Paged, sorted, filtered listing of any table, for the data grid. No Qt here.

A ``ListQuery`` says what a person looks at (table, visible columns, sort, quick search,
filters); a ``Listing`` turns it into SQLAlchemy Core statements and runs them on a
Connection the caller owns (the GUI's DB worker, a test, a CLI export).

Rows come back as plain tuples: ``(id, sort_key, *visible values, *currency codes)``;
``Listing.currency_slots`` says where each money column finds its currency. A flagged
query (``services.row_flags``) adds the row's flag at the end (``Listing.flag_slot``),
and whether its date has passed where the flag tells (``Listing.lapsed_slot``).

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
    How a word matches (unindexed and indexed) is ``services.list_statement``'s.

    Most words name no reference, so once a list's statements are known the first page
    is sent together with the lookup, as if it would find nothing (one text of both,
    their values written in: both answers come back together); only when the lookup
    does find ids is the page read again with them (``Listing._guessing_no_reference``).

Statements shared between searches
    Each word is a bind of its own name and each reference's ids another, so the SQL
    text of a list's statements depends only on its shape (table, columns, sort,
    filters, number of words, states named): the text a first search compiled is
    sent again, with the new words and ids, by every later Listing of that shape
    (``_DIRECT``). A search typed into a list builds no SQLAlchemy statement and
    compiles nothing: from the search text to the first page is the lookup of the
    references and the page query.

Rights
    Only the visible columns, the sort column, the currency of visible money columns and
    the display columns of referenced tables (``FK_DISPLAY``) are named in any
    statement: the caller passes only columns the role may read, and the role needs
    SELECT on ``id`` and on the referenced tables' display columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

import psycopg
import sqlalchemy as sa
from psycopg.rows import tuple_row
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ClauseElement, ColumnElement, Executable

from dicel_desktop.db.base import search_folded
from dicel_desktop.db.models import Base
from dicel_desktop.db.models.search import SEARCHED_CODES
from dicel_desktop.domain.search_words import search_folded as folded_here
from dicel_desktop.services.audit_words import SHOWN_AMONG
from dicel_desktop.services.code_words import CLOSED_CODES, code_words
from dicel_desktop.services.columns import TYPED_BY, ColumnSpec, Kind, TableSpec, table_spec
from dicel_desktop.services.list_query import (  # noqa: F401  (the Listing's vocabulary)
    Between,
    Contains,
    Equals,
    Filter,
    Flagged,
    ListQuery,
    OneOf,
)
from dicel_desktop.services.list_statement import (
    LITERAL_IDS_MAX,
    SEARCH_INDEXED,
    ArrayOf,
    ListStatement,
    escape_like,
    row_slots,
)
from dicel_desktop.services.name_order import IN_COLUMN_ORDER
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


#: The SQL text of a statement run once through SQLAlchemy, and the values it was run
#: with, per (listing shape, statement): a later Listing of the same shape (the next
#: search typed in the same list) sends that text with its own values straight to
#: psycopg, without building or compiling anything (``Listing._run``).
_DIRECT: dict[tuple[Any, ...], tuple[str, dict[str, Any]]] = {}
#: Shapes are few (a list, its sort, its filters); a bound keeps a long session's
#: filters from growing the cache without end.
_DIRECT_MAX = 1_000


# --------------------------------------------------------------------------- listing


class Listing:
    """The statements of one ListQuery; run them with ``first``, ``after``, ``key_at``...

    Statements are built when first needed, once per shape (direction, segment, with or
    without a key), and reused with new bound values; their SQL text is shared with
    later Listings of the same shape (module doc). Building and compiling them cost more
    than the query itself for a page of a million-row table. Holds caches (those
    statements, the looked-up ids, the key distribution), so keep one Listing per query
    and use it from one thread at a time (the DB worker).
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
        words = query.search.split()
        #: Per word: its LIKE pattern, and the stored values of the shown states whose
        #: label holds it, as (column, values).
        # Folded as the texts searched are: case and accents aside ("arsene", « cloture »).
        folded = [folded_here(w) for w in words]
        self._patterns = tuple(f"%{escape_like(w)}%" for w in folded)
        hits = [self._states_named(w) for w in folded]
        for i, word in enumerate(folded):
            if len(word) < _SAID_AT_LEAST:
                # A short word names nothing alone; beside a longer one, before it or
                # after, it may be a word of the same label ("Logged in": "in" found no
                # sign-in, eye34 #5; « en attente »). It then names what the others name,
                # and only that: no arm the search had not.
                named = {(c, v) for j, h in enumerate(hits) if j != i for c, vs in h for v in vs}
                if named:
                    hits[i] = self._states_named(word, among=frozenset(named))
        self._state_hits = tuple(hits)
        #: The shown references a word is looked up in (indexed tables), and the ids
        #: found per (word, column): None until ``resolve``, or when too many.
        self._references: tuple[ColumnSpec, ...] = ()
        if words and self.table.name in SEARCH_INDEXED:
            self._references = tuple(c for c in self.columns if c.kind is Kind.FK)
        #: Every (word, shown reference) pair, in the order of the look-up's arrays.
        self._lookups: tuple[tuple[int, ColumnSpec], ...] = tuple(
            (i, c) for i in range(len(self._patterns)) for c in self._references
        )
        self._ids: dict[tuple[int, str], tuple[Any, ...] | None] = {}
        self._resolved = not self._references
        # Money columns find their currency at the end of the row (None: no currency
        # column, RWF); ``flag_slot`` is where a row holds its flag (True: mark it).
        slots, self.flag_slot = row_slots(query.table, query.columns, query.flagged)
        #: Of a flag that marks a date passed or coming (a licence expired, or expiring
        #: within 30 days): where a row says whether its date has passed (True: red).
        self.lapsed_slot: int | None = None
        if self.flag_slot is not None and ROW_FLAGS[query.table].lapsed is not None:
            self.lapsed_slot = self.flag_slot + 1
        self.currency_slots: list[int | None] = list(slots)
        #: Where a typed value's type is in a row (``columns.TYPED_BY``), per column;
        #: after the flags, as the statement selects it.
        self.type_slots: list[int | None] = [None] * len(self.columns)
        typed = TYPED_BY.get(query.table)
        if typed is not None and typed[0] in query.columns:
            after = 2 + len(self.columns) + len({s for s in slots if s is not None})
            after += (self.flag_slot is not None) + (self.lapsed_slot is not None)
            self.type_slots[query.columns.index(typed[0])] = after
        self._nullable = self.sort_spec.nullable or self.sort_spec.kind is Kind.FK
        #: The sort column's words as shown, where the list shows it other than stored
        #: (``ListQuery.shown_by``): (by column, ((by value, words), ...)), else None.
        #: The sort key is then those words (``ListStatement.key_expr``), bound values.
        self.sort_shown: tuple[str, tuple[tuple[Any, str], ...]] | None = next(
            (
                (by, words)
                for column, by, words in query.shown_by
                if column == sort and by in query.columns and words
            ),
            None,
        )
        #: What the SQL text of this Listing's statements depends on besides the words
        #: and the ids found (bound values): the key of ``_DIRECT``. None if a filter's
        #: value cannot be a key: then nothing is shared.
        shape: tuple[Any, ...] | None = (
            query.table,
            query.columns,
            sort,
            self.descending,
            query.flagged,
            query.filters,
            self._state_hits,
            None if self.sort_shown is None else (self.sort_shown[0], len(self.sort_shown[1])),
        )
        try:
            hash(shape)
        except TypeError:
            shape = None
        self._shape = shape
        #: The statements, built when first needed (a search whose shape ran before
        #: needs none): (which references are bound arrays, select, sort key, statements).
        self._built: tuple[tuple[bool, ...], sa.Select[Any], ColumnElement[Any], dict] | None = None
        self._fast: dict[tuple[Any, ...], tuple[str, dict[str, Any]]] = {}
        self._distribution: Distribution | None = None

    def _states_named(
        self, word: str, among: frozenset[tuple[str, Any]] | None = None
    ) -> tuple[tuple[str, tuple[Any, ...]], ...]:
        """The stored values of the shown states whose label holds ``word``, as the
        reader sees it (``ListQuery.said``) or in English; and, on a table without the
        search index, of the shown coded texts whose words hold it (their codes are
        searched as text already: "protection" finds "data_protection", « données »
        only through its words); on an indexed table, of those its index lets be
        searched so (``SEARCHED_CODES``: a client's type, « entreprise »). ``word`` is
        folded (``search_words``). With ``among``, only those (column, value) pairs, each
        by a whole word of its words (a short word beside a longer one)."""
        said = dict(self.query.said)
        hits = []

        def begins(column: str, value: Any, *labels: str) -> bool:
            if among is None:
                return any(_begins_a_word(word, label) for label in labels)
            return (column, value) in among and any(
                word in _WORDS.findall(folded_here(label)) for label in labels
            )

        for column in self.columns:
            # A state worked out in SQL (an order line's order's state) is not searched,
            # as no derived column is (``ColumnSpec.searchable``).
            if column.derived:
                continue
            words = dict(said.get(column.name, ()))
            closed = None
            if (self.table.name, column.name) in SHOWN_AMONG:
                closed = CLOSED_CODES[(self.table.name, column.name)]
            if closed is not None:
                # A closed code searched as shown (an audit entry's action, by the words
                # the list shows or in English: "Logged in", « Modifié », eye34 #5),
                # through the index (``audit_words.SHOWN_AMONG``, which also writes the
                # rows' condition): a closed code without it gets no arm of its own here.
                values = tuple(
                    code
                    for code in closed
                    if begins(
                        column.name,
                        code,
                        code_words(self.table.name, column.name, code),
                        words.get(code, ""),
                    )
                )
            elif column.kind is Kind.STATE and column.choices is not None:
                values = tuple(
                    c.value
                    for c in column.choices
                    if begins(column.name, c.value, c.label, words.get(c.value, ""))
                )
            elif words and (
                self.table.name not in SEARCH_INDEXED
                or (column.coded and (self.table.name, column.name) in SEARCHED_CODES)
            ):
                # On an indexed table only with an index of its own: an arm on a column
                # no index covers would turn its search into a scan of the whole table.
                # On another, any column the reader's words are passed for: a coded
                # text, a setting's key by the purpose shown for it (review35b F3).
                values = tuple(v for v, w in words.items() if begins(column.name, v, w))
            else:
                continue
            if values:
                hits.append((column.name, values))
        return tuple(hits)

    # ----------------------------------------------------------------- statements

    def _bound(self) -> tuple[bool, ...]:
        """Per (word, shown reference): whether its ids are a bound array (else the
        subquery): part of what the SQL text depends on."""
        return tuple(self._ids.get((i, c.name)) is not None for i, c in self._lookups)

    def _build(self) -> tuple[tuple[bool, ...], sa.Select[Any], ColumnElement[Any], dict]:
        bound = self._bound()
        if self._built is not None and self._built[0] == bound:
            return self._built
        stmt = ListStatement(self, self.table)
        key = stmt.key_expr(self.sort_spec)
        values = [stmt.expr(c).label(f"c{i}") for i, c in enumerate(self.columns)]
        currencies: list[ColumnElement[Any]] = []
        seen: set[str] = set()
        for column in self.columns:
            expr = stmt.currency_expr(column)
            if expr is not None and str(expr) not in seen:
                seen.add(str(expr))
                currencies.append(expr.label(f"cur{len(currencies)}"))
        flags: list[ColumnElement[Any]] = []
        if self.query.flagged:
            flag = ROW_FLAGS[self.query.table]
            flags.append(flag.condition(self.table).label("flag"))
            if flag.lapsed is not None:
                lapsed = sa.func.coalesce(flag.lapsed(self.table), sa.false())
                flags.append(lapsed.label("lapsed"))
        typed = TYPED_BY.get(self.query.table)
        if typed is not None and typed[0] in self.query.columns:
            flags.append(stmt.base.c[typed[1]].label("typ"))
        where = stmt.conditions()  # before the FROM: conditions may add joins
        select = (
            sa.select(self.table.c.id, key.label("k"), *values, *currencies, *flags)
            .select_from(stmt.joins.clause)
            .where(*where)
        )
        self._built = (bound, select, key, {})
        return self._built

    @property
    def _select(self) -> sa.Select[Any]:
        """The list's SELECT (id, sort key, values, currencies, flag), unordered."""
        return self._build()[1]

    @property
    def _key(self) -> ColumnElement[Any]:
        return self._build()[2]

    @property
    def _id(self) -> ColumnElement[Any]:
        return self.table.c.id

    @property
    def _statements(self) -> dict[tuple[Any, ...], Any]:
        return self._build()[3]

    def _values(self) -> dict[str, Any]:
        """This search's values of the binds named in ``ListStatement.conditions``."""
        values: dict[str, Any] = {f"w{i}": p for i, p in enumerate(self._patterns)}
        for (i, name), ids in self._ids.items():
            if ids is not None:
                values[f"r{i}_{name}"] = list(ids)
        if self.sort_shown is not None:
            # The shown words are values too: a list of the same shape in another
            # language sends the same text with its own (``_DIRECT``).
            for i, (value, words) in enumerate(self.sort_shown[1]):
                values[f"sk{i}"], values[f"sv{i}"] = value, words
        return values

    def _reference_query(self, column: ColumnSpec, pattern: Any) -> sa.Select[Any]:
        """The ids of ``column``'s referenced records whose name matches ``pattern``."""
        assert column.references is not None
        # An alias of its own: a reference to the same table (a supervisor) must not
        # correlate with the outer row.
        referenced = Base.metadata.tables[column.references].alias(f"s_{column.name}")
        joins = Joins(referenced)
        name = FK_DISPLAY[column.references](joins, referenced)
        return (
            sa.select(referenced.c.id)
            .select_from(joins.clause)
            .where(search_folded(name).like(pattern, escape="\\"))
            .correlate(None)
        )

    # ----------------------------------------------------------------- references

    def resolve(self, conn: sa.Connection) -> None:
        """Look up the ids of the shown references a search word names (module doc:
        "Indexed quick search"), once per Listing. Every method that takes a connection
        calls it; a caller compiling the statements itself calls it first."""
        if self._resolved:
            return

        def build() -> sa.Select[Any]:
            # One round trip for all of them: SELECT ARRAY(SELECT ...), ARRAY(SELECT ...).
            patterns = [
                sa.bindparam(f"w{i}", p, type_=sa.String) for i, p in enumerate(self._patterns)
            ]
            return sa.select(
                *(
                    ArrayOf(self._reference_query(c, patterns[i]).limit(LITERAL_IDS_MAX + 1))
                    for i, c in self._lookups
                )
            )

        (found,) = self._run(conn, (self._reference_shape, len(self._patterns)), build, {})
        self._keep_ids(found)

    @property
    def _reference_shape(self) -> tuple[Any, ...]:
        return ("references", self.table.name, tuple(c.name for c in self._references))

    def _keep_ids(self, found: Sequence[Sequence[Any]]) -> None:
        """The lookup's answer: per (word, shown reference) the ids its name matched."""
        for (i, column), ids in zip(self._lookups, found, strict=True):
            self._ids[(i, column.name)] = tuple(ids) if len(ids) <= LITERAL_IDS_MAX else None
        self._resolved = True

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

        def build() -> sa.Select[Any]:
            narrow = ListStatement(self, self.table)
            key = narrow.key_expr(self.sort_spec)
            where = narrow.conditions()
            order = (
                [key.desc(), self.table.c.id.desc()] if desc else [key.asc(), self.table.c.id.asc()]
            )
            return (
                sa.select(key, self.table.c.id)
                .select_from(narrow.joins.clause)
                .where(*where)
                .order_by(*order)
                .offset(sa.bindparam("skip", type_=sa.Integer))
                .limit(1)
            )

        found = self._rows(conn, ("offset", desc), build, {"skip": skip})
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
            params: dict[str, Any] = {"lim": limit - len(rows)}
            if continuing:
                assert key is not None
                params["kv"], params["kid"] = key
            rows.extend(
                self._rows(conn, shape, lambda shape=shape: self._page_statement(shape), params)
            )
            if len(rows) >= limit:
                break
        return rows

    def _rows(
        self,
        conn: sa.Connection,
        shape: tuple[Any, ...],
        build: Callable[[], Executable],
        params: dict[str, Any],
    ) -> list[Row]:
        """Run one of this listing's statements (``build`` makes it) with new values for
        its named binds, after looking up the references' ids (``resolve``)."""
        if not self._resolved:
            rows = self._guessing_no_reference(conn, shape, params)
            if rows is not None:
                return rows
        self.resolve(conn)
        return self._run(conn, (self._shape, self._bound(), shape), build, params)

    def _guessing_no_reference(
        self, conn: sa.Connection, shape: tuple[Any, ...], params: dict[str, Any]
    ) -> list[Row] | None:
        """The references' lookup and the statement as if it found nothing, sent together
        (one message of the simple query protocol: one exchange); the rows when the guess
        held, else None, with the ids found kept (``resolve`` done).

        Most words name no client, account or person, and then the lookup's round trip
        cost as much as the indexed page query itself (issue 11: 1.7 ms against 0.8 ms
        for a word matching nothing). When a word does name one, the guessed page is
        thrown away and the page is read again with the ids: one more query, of the
        document's index only. Only for statements whose SQL text a search of the same
        shape has already sent (``_DIRECT``): the first search of a list runs as before.

        The two go as one text, each statement with its values written in by psycopg
        (``ClientCursor.mogrify``, its quoting of literals): the server parses, plans
        and runs them in turn and answers both at once. Sent in psycopg's pipeline
        instead (extended protocol: Parse, Bind, Describe, Execute per statement, one
        Sync) the same two cost about 0.2 ms more (stop 27: a word matching nothing
        0.95 against 0.75 ms, the page alone 0.54 ms). The server plans a literal as
        it plans a bound value, the engine never preparing statements.
        """
        if self._shape is None:
            return None
        lookup = _DIRECT.get((self._reference_shape, len(self._patterns)))
        guessed_bound = (True,) * len(self._lookups)
        page = _DIRECT.get((self._shape, guessed_bound, shape))
        if lookup is None or page is None:
            return None
        values = self._values()
        empty = {f"r{i}_{c.name}": [] for i, c in self._lookups}
        driver = conn.connection.driver_connection
        # Each text with its own values: SQLAlchemy's names for constants (param_1 ...)
        # may mean different values in the two.
        with psycopg.ClientCursor(driver) as writer:
            both = ";\n".join(
                (
                    writer.mogrify(lookup[0], {**lookup[1], **values}),
                    writer.mogrify(page[0], {**page[1], **values, **empty, **params}),
                )
            )
        with driver.cursor(row_factory=tuple_row) as cursor:
            cursor.execute(both)  # no values: psycopg sends it as one simple Query
            found = cursor.fetchone()
            cursor.nextset()
            rows = cursor.fetchall()
        assert found is not None
        self._keep_ids(found)
        return None if any(found) else rows

    def _run(
        self,
        conn: sa.Connection,
        key: tuple[Any, ...],
        build: Callable[[], Executable],
        params: dict[str, Any],
    ) -> list[Row]:
        """Run a statement with this search's values and ``params``.

        The first run of a statement through SQLAlchemy compiles it; later runs (of this
        Listing, or of any later Listing of the same shape: ``_DIRECT``) send the same
        SQL text straight to psycopg with the new values. For a 200-row page that
        halves the time, SQLAlchemy's per-execution and per-row work being larger than
        PostgreSQL's; for a new search it also saves building and compiling the
        statements (several milliseconds, more than the indexed query). Only done when
        SQLAlchemy would not convert any value itself (no bind or result processors:
        the case for every column type of the models under psycopg). The server plans
        each run with its values (the engine never prepares statements), so a bound
        pattern or array is planned as a literal would be.
        """
        shared = key[0] is not None
        fast = self._fast.get(key)
        if fast is None and shared:
            direct = _DIRECT.get(key)
            if direct is not None:
                fast = direct[0], {**direct[1], **self._values()}
                self._fast[key] = fast
        if fast is not None:
            sql, values = fast
            with conn.connection.driver_connection.cursor(row_factory=tuple_row) as cursor:
                cursor.execute(sql, {**values, **params})
                return cursor.fetchall()
        result = conn.execute(build(), {**self._values(), **params})
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
            self._fast[key] = (context.statement, dict(context.parameters[0]))
            if shared:
                if len(_DIRECT) >= _DIRECT_MAX:
                    _DIRECT.clear()
                _DIRECT[key] = self._fast[key]
        return rows

    def _page_statement(self, shape: tuple[Any, ...]) -> Any:
        segment, continuing, desc, inclusive = shape
        statements = self._statements
        stmt = statements.get(shape)
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
        statements[shape] = stmt
        return stmt

    # ----------------------------------------------------------------- counts

    def _count_statement(self) -> sa.Select[Any]:
        # Only the joins the conditions need: a count has no use for display names.
        stmt = ListStatement(self, self.table)
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
        ((plan,),) = self._rows(
            conn, ("estimate",), lambda: _ExplainJson(self._count_statement()), {}
        )
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
        self.resolve(conn)  # first: the ids found go into the statement
        inner = self._count_statement()
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
        if (
            self.query.filters
            or self.query.search.strip()
            or self.sort_spec.kind is Kind.FK
            or self.sort_spec.derived
            or self.sort_shown is not None
        ):
            return None
        column = self.table.c[self.sort_spec.name]
        type_name = column.type.compile(dialect=postgresql.dialect())
        # pg_stats holds anyarray: cast through text to the column's own array type.
        # Ordered by the server, so text follows its column's collation.
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
                ORDER BY {IN_COLUMN_ORDER}, u.v, u.b
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
        self.resolve(conn)  # first: the ids found go into the statement
        wanted = max(self.estimate(conn), 1)
        percent = min(100.0, max(0.01, 100.0 * SAMPLE_TARGET_ROWS / wanted))
        # REPEATABLE: the same blocks each time, so a jump lands in the same place twice.
        sample = sa.tablesample(
            self.table,
            sa.func.system(percent),
            name=f"{self.table.name}_sample",
            seed=sa.literal_column("7"),
        )
        stmt = ListStatement(self, sample)
        key = stmt.key_expr(self.sort_spec)
        where = stmt.conditions()  # before the FROM: conditions may add joins
        select = (
            sa.select(key, sample.c.id)
            .select_from(stmt.joins.clause)
            .where(*where)
            .order_by(key.asc().nulls_last(), sample.c.id.asc())
        )
        keys = [(r[0], r[1]) for r in conn.execute(select).all()]
        return SampleDistribution(keys)


def listing_columns(table: str, readable: Iterable[str] | None = None) -> tuple[str, ...]:
    """The default visible columns of ``table`` the role may read (all if None)."""
    spec = table_spec(table)
    allowed = set(readable) if readable is not None else None
    return tuple(c for c in spec.default_columns if allowed is None or c in allowed)


#: The fewest letters of a state's words (English or the reader's) that name it: a state
#: arm on a big table has no index, and "a", "en" (« En attente », or inside "Pending"),
#: "by" or "mu" (Kinyarwanda) typed while the list filters as one types would each turn
#: the search into a scan of the whole table (code review 33b, F2).
_SAID_AT_LEAST = 3
_WORDS = re.compile(r"[^\W_]+")


def _begins_a_word(word: str, said: str) -> bool:
    """Whether ``word`` (folded: ``search_words``) begins a word of the reader's ``said``
    label, folded alike, and is long enough to mean it: « annul » names « Annulée »,
    « cloture » « Clôturé », « a » names nothing."""
    if len(word) < _SAID_AT_LEAST:
        return False
    return any(w.startswith(word) for w in _WORDS.findall(folded_here(said)))
