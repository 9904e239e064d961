"""Where the names holding some words begin, in the order of names: from pg_stats.

A lookup's first page (services.lookup) is read one of two ways: the names in order from
the btree on (name, id) until a page of matches is found, or every match through the
pg_trgm index, then sorted. The planner weighs them by how many names match, as if
matches were spread evenly through the alphabet. They often are not: every "Kivu ..."
client starts with K, and reading 40% of the table to get there took 30-60 ms on 100,000
clients (150-250 ms on a busy machine), where the trigram index took 3-8 ms.

The planner's own statistics of the name column say where matches begin: its most common
values and histogram bounds are a sample of the names in order, each standing for a
share of the rows. When the first sample name holding every word comes further into the
order than ``WALK_COST`` times the share of matching names, reading in order would cost
more than sorting the matches, and the lookup asks for the trigram index. Names the
sample does not hold (rare words) are left to the planner, which already picks the
trigram index for them.

The statistics are read once per table and login, then kept for ``STATS_TTL_S``: they
change only when autovacuum analyzes the table again. No Qt here.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from psycopg.rows import tuple_row

from dicel_desktop.domain.search_words import search_folded

#: How long a table's name statistics are used before they are read again (seconds).
STATS_TTL_S = 600.0
#: Reading one name in order costs about half of finding one match through the trigram
#: index and sorting it (0.5 against 1 us here): the trigram index wins once the names to
#: read before the first match are more than twice the matches.
WALK_COST = 2.0
#: Matches this close to the start are reached at once, whatever their number.
NEAR_START = 0.05

#: An ORDER BY key that sorts ``u.v``, a value of ``pg_stats`` row ``s``, as its column
#: does: a name (collation dicel_names, migration 0062) in the order of names; NULL for
#: every other column, which the database's own order (u.v after it) then sorts as before.
#: pg_stats hands its values over as anyarray, cast through text: without this, names
#: would come back in byte order ("Bosco" before "Béatrice"), not the btree's.
IN_COLUMN_ORDER = """
    CASE WHEN (
        SELECT a.attcollation
        FROM pg_attribute AS a
        JOIN pg_class AS c ON c.oid = a.attrelid
        JOIN pg_namespace AS n ON n.oid = c.relnamespace
        WHERE n.nspname = s.schemaname AND c.relname = s.tablename AND a.attname = s.attname
    ) = 'public.dicel_names'::regcollation
    THEN u.v::text COLLATE public.dicel_names END
"""

_STATISTICS = f"""
    SELECT s.null_frac, u.v, u.f, u.b
    FROM pg_stats AS s
    CROSS JOIN LATERAL (
        SELECT m.v, m.f, false AS b
        FROM unnest(s.most_common_vals::text::text[], s.most_common_freqs) AS m(v, f)
        UNION ALL
        SELECT h.v, NULL::real, true
        FROM unnest(s.histogram_bounds::text::text[]) AS h(v)
    ) AS u
    WHERE s.schemaname = current_schema() AND s.tablename = %(table)s
      AND s.attname = %(column)s AND NOT s.inherited
    ORDER BY {IN_COLUMN_ORDER}, u.v, u.b
"""


@dataclass(frozen=True)
class NameOrder:
    """A sample of the names in the database's order: (name folded as a search compares
    it, ``search_folded``; share of the rows it stands for)."""

    points: tuple[tuple[str, float], ...]

    def bunched_late(self, words: list[str]) -> bool:
        """The names holding every word (folded) begin so far into the order that
        reading the names in order would cost more than sorting all the matches.

        Where they begin: the first sample name holding the words, less the gap between
        such names were they spread evenly (a sample of 200 names meets a word that 4% of
        the names hold, spread through the alphabet, only 8 times: the first of them
        about an eighth of the way in, though the table's first match is near the top).
        """
        before = 0.0
        first: float | None = None
        share = 0.0
        hits = 0
        for name, weight in self.points:
            if all(word in name for word in words):
                if first is None:
                    first = before
                share += weight
                hits += 1
            before += weight
        if first is None:
            return False  # too rare for the sample: the planner finds them by the index
        start = first - 1.0 / (hits + 1)
        return start > NEAR_START and start > WALK_COST * share


_cache: dict[tuple[Any, ...], tuple[float, NameOrder | None]] = {}
_lock = threading.Lock()


def name_order(connection: Any, table: str, column: str) -> NameOrder | None:
    """The sample of ``table.column``'s names, on a psycopg ``connection``; None before
    the table was first analyzed (or when the login may not read the column)."""
    info = connection.info
    key = (info.host, info.port, info.dbname, info.user, table, column)
    now = time.monotonic()
    with _lock:
        cached = _cache.get(key)
    if cached is not None and now - cached[0] < STATS_TTL_S:
        return cached[1]
    with connection.cursor(row_factory=tuple_row) as cursor:
        cursor.execute(_STATISTICS, {"table": table, "column": column})
        rows = cursor.fetchall()
    order = _from_statistics(rows) if rows else None
    with _lock:
        _cache[key] = (now, order)
    return order


def _from_statistics(rows: list[tuple[float, str, float | None, bool]]) -> NameOrder:
    """Common values weigh their frequency; the histogram's rows (all but NULLs and the
    common values) are shared evenly among its buckets, each given to its lower bound."""
    null_frac = rows[0][0]
    common = sum(f for _n, _v, f, bound in rows if not bound and f)
    bounds = sum(1 for *_, bound in rows if bound)
    bucket = max(0.0, 1.0 - null_frac - common) / (bounds - 1) if bounds > 1 else 0.0
    points = []
    seen_bounds = 0
    for _null, value, frequency, bound in rows:
        if bound:
            seen_bounds += 1
            weight = bucket if seen_bounds < bounds else 0.0
        else:
            weight = frequency or 0.0
        points.append((search_folded(value), weight))
    return NameOrder(tuple(points))
