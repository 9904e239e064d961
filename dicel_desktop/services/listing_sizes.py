"""How big a list is and where its far positions are, for ``services.listing``: the
planner's estimate (``estimate``: no rows read), the exact count under a statement
timeout (``count``), and the distribution of its sort keys that a jump to a fraction of
the list reads a key from (``distribution``: ``pg_stats`` or a block sample, see
services.quantiles). No Qt here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ClauseElement, Executable

from dicel_desktop.services.columns import Kind
from dicel_desktop.services.list_statement import ListStatement
from dicel_desktop.services.name_order import IN_COLUMN_ORDER
from dicel_desktop.services.quantiles import Distribution, SampleDistribution, StatsDistribution

if TYPE_CHECKING:
    from dicel_desktop.services.listing import Listing

#: Rows the far-position sample aims at: ~20k keys put a quantile within ~1-2% of the
#: result even when SYSTEM sampling picks whole blocks of correlated rows.
SAMPLE_TARGET_ROWS = 20_000
#: Default for count(): long enough for a few million rows, short enough that a
#: person waiting for "Count exactly" is not left wondering.
COUNT_TIMEOUT_MS = 5_000


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


def _count_statement(listing: Listing) -> sa.Select[Any]:
    # Only the joins the conditions need: a count has no use for display names.
    stmt = ListStatement(listing, listing.table)
    conds = stmt.conditions()
    return sa.select(listing.table.c.id).select_from(stmt.joins.clause).where(*conds)


def estimate(listing: Listing, conn: sa.Connection) -> int:
    """The planner's estimate of the number of rows (reads no rows)."""
    if not listing.query.filters and not listing.query.search.strip():
        # A whole table: the planner's own arithmetic (rows per page of the last
        # ANALYZE times the pages now) straight from the catalog, without building
        # and planning an EXPLAIN: that cost more than the list's first page.
        with conn.connection.driver_connection.cursor() as cursor:
            cursor.execute(_TABLE_ESTIMATE, {"table": listing.table.name})
            rows, row_security = cursor.fetchone()
        if rows is not None and not row_security:
            return round(rows)
        # Row security: the policies' conditions are in the plan, not in pg_class.
    ((plan,),) = listing._rows(
        conn, ("estimate",), lambda: _ExplainJson(_count_statement(listing)), {}
    )
    return round(plan[0]["Plan"]["Plan Rows"])


def count(
    listing: Listing,
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
    listing.resolve(conn)  # first: the ids found go into the statement
    inner = _count_statement(listing)
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


def distribution(listing: Listing, conn: sa.Connection) -> Distribution:
    """Where the list's sort keys lie (``Listing.key_at``): from the planner's
    statistics where they tell, else from a sample of the result."""
    return _stats_distribution(listing, conn) or _sample_distribution(listing, conn)


def _stats_distribution(listing: Listing, conn: sa.Connection) -> Distribution | None:
    """From pg_stats: free, but only for an unfiltered list on a plain column."""
    if (
        listing.query.filters
        or listing.query.search.strip()
        or listing.sort_spec.kind is Kind.FK
        or listing.sort_spec.derived
        or listing.sort_shown is not None
    ):
        return None
    column = listing.table.c[listing.sort_spec.name]
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
        {"t": listing.table.name, "c": column.name},
    ).all()
    if not rows:
        return None
    return StatsDistribution(null_frac=float(rows[0][0]), items=[(r[1], r[2], r[3]) for r in rows])


def _sample_distribution(listing: Listing, conn: sa.Connection) -> Distribution:
    """From a block sample of the filtered result, sorted by the server."""
    listing.resolve(conn)  # first: the ids found go into the statement
    wanted = max(listing.estimate(conn), 1)
    percent = min(100.0, max(0.01, 100.0 * SAMPLE_TARGET_ROWS / wanted))
    # REPEATABLE: the same blocks each time, so a jump lands in the same place twice.
    sample = sa.tablesample(
        listing.table,
        sa.func.system(percent),
        name=f"{listing.table.name}_sample",
        seed=sa.literal_column("7"),
    )
    stmt = ListStatement(listing, sample)
    key = stmt.key_expr(listing.sort_spec)
    where = stmt.conditions()  # before the FROM: conditions may add joins
    select = (
        sa.select(key, sample.c.id)
        .select_from(stmt.joins.clause)
        .where(*where)
        .order_by(key.asc().nulls_last(), sample.c.id.asc())
    )
    keys = [(r[0], r[1]) for r in conn.execute(select).all()]
    return SampleDistribution(keys)
