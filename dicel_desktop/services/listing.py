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
    does find ids is the page read again with them (``listing_runs.guess_no_reference``).

Statements shared between searches
    Each word is a bind of its own name and each reference's ids another, so the SQL
    text of a list's statements depends only on its shape (table, columns, sort,
    filters, number of words, states named): the text a first search compiled is
    sent again, with the new words and ids, by every later Listing of that shape
    (``listing_runs._DIRECT``). A search typed into a list builds no SQLAlchemy statement and
    compiles nothing: from the search text to the first page is the lookup of the
    references and the page query.

Rights
    Only the visible columns, the sort column, the currency of visible money columns and
    the display columns of referenced tables (``FK_DISPLAY``) are named in any
    statement: the caller passes only columns the role may read, and the role needs
    SELECT on ``id`` and on the referenced tables' display columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement, Executable

from dicel_desktop.db.base import search_folded
from dicel_desktop.db.models import Base
from dicel_desktop.domain.search_words import search_folded as folded_here
from dicel_desktop.services.columns import (
    CLOSED_BY,
    TYPED_BY,
    ColumnSpec,
    Kind,
    TableSpec,
    table_spec,
)
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
from dicel_desktop.services.listing_runs import guess_no_reference, run
from dicel_desktop.services.listing_sizes import (  # noqa: F401  (importable here as before)
    COUNT_TIMEOUT_MS,
    SAMPLE_TARGET_ROWS,
    count,
    distribution,
    estimate,
)
from dicel_desktop.services.listing_words import state_hits
from dicel_desktop.services.quantiles import Distribution, Key, StatsDistribution
from dicel_desktop.services.references import FK_DISPLAY, Joins
from dicel_desktop.services.row_flags import ROW_FLAGS

Row = tuple[Any, ...]


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
        if not self.sort_spec.sortable:
            raise ValueError(f"{query.table} is not sorted by {sort}: worked out per page")
        for f in query.filters:
            # KeyError for a column the grid does not know; a column worked out for a
            # page's rows only is not filtered by (it would be worked out for every row).
            if not self.spec.column(f.column).sortable:
                raise ValueError(f"{query.table} is not filtered by {f.column}")
        words = query.search.split()
        #: Per word: its LIKE pattern, and the stored values of the shown states whose
        #: label holds it, as (column, values).
        # Folded as the texts searched are: case and accents aside ("arsene", « cloture »).
        folded = [folded_here(w) for w in words]
        self._patterns = tuple(f"%{escape_like(w)}%" for w in folded)
        self._state_hits = state_hits(self, folded)
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
        #: Where a row says whether the record a reference names is closed (a closed
        #: account, ``columns.CLOSED_BY``), per column; after every other slot, as the
        #: statement selects them. None: not a reference that is marked.
        self.closed_slots: list[int | None] = [None] * len(self.columns)
        after = 2 + len(self.columns) + len({s for s in slots if s is not None})
        after += (self.flag_slot is not None) + (self.lapsed_slot is not None)
        after += any(s is not None for s in self.type_slots)
        for i, column in enumerate(self.columns):
            if column.kind is Kind.FK and column.references in CLOSED_BY:
                self.closed_slots[i] = after
                after += 1
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
        for i, column in enumerate(self.columns):
            if self.closed_slots[i] is not None:
                assert column.references is not None
                # The alias the shown name joined: no second join.
                account = stmt.joins.ref(self.table, column.name)
                open_column = account.c[CLOSED_BY[column.references]]
                flags.append(sa.not_(sa.func.coalesce(open_column, sa.true())).label(f"cl{i}"))
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
            # language sends the same text with its own (``listing_runs._DIRECT``).
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

        (found,) = run(self, conn, (self._reference_shape, len(self._patterns)), build, {})
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
            rows = guess_no_reference(self, conn, shape, params)
            if rows is not None:
                return rows
        self.resolve(conn)
        return run(self, conn, (self._shape, self._bound(), shape), build, params)

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

    def estimate(self, conn: sa.Connection) -> int:
        """The planner's estimate of the number of rows (reads no rows)."""
        return estimate(self, conn)

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
        return count(self, conn, cap=cap, timeout_ms=timeout_ms, parallel=parallel)

    # ----------------------------------------------------------------- far positions

    def key_at(self, conn: sa.Connection, fraction: float) -> Key | None:
        """A key about ``fraction`` of the way through the list (in its order), or None
        when nothing is known (empty result)."""
        if self._distribution is None:
            self._distribution = distribution(self, conn)
        fraction = min(max(fraction, 0.0), 1.0)
        asc = 1.0 - fraction if self.descending else fraction
        return self._distribution.key_at(asc)

    @property
    def distribution_source(self) -> str | None:
        """ "statistics" or "sample" once ``key_at`` has been used (for tests and logs)."""
        if self._distribution is None:
            return None
        return "statistics" if isinstance(self._distribution, StatsDistribution) else "sample"


def listing_columns(table: str, readable: Iterable[str] | None = None) -> tuple[str, ...]:
    """The default visible columns of ``table`` the role may read (all if None)."""
    spec = table_spec(table)
    allowed = set(readable) if readable is not None else None
    return tuple(c for c in spec.default_columns if allowed is None or c in allowed)
