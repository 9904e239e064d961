"""How ``services.listing`` runs its statements: the SQL text SQLAlchemy compiled once
sent again straight to psycopg with new values (``run``), shared between Listings of the
same shape (``_DIRECT``), and a search's reference lookup sent together with its page
as if it found nothing (``guess_no_reference``). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import psycopg
import sqlalchemy as sa
from psycopg.rows import tuple_row
from sqlalchemy.sql.expression import Executable

if TYPE_CHECKING:
    from dicel_desktop.services.listing import Listing, Row


#: The SQL text of a statement run once through SQLAlchemy, and the values it was run
#: with, per (listing shape, statement): a later Listing of the same shape (the next
#: search typed in the same list) sends that text with its own values straight to
#: psycopg, without building or compiling anything (``run``).
_DIRECT: dict[tuple[Any, ...], tuple[str, dict[str, Any]]] = {}
#: Shapes are few (a list, its sort, its filters); a bound keeps a long session's
#: filters from growing the cache without end.
_DIRECT_MAX = 1_000


def guess_no_reference(
    listing: Listing, conn: sa.Connection, shape: tuple[Any, ...], params: dict[str, Any]
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
    if listing._shape is None:
        return None
    lookup = _DIRECT.get((listing._reference_shape, len(listing._patterns)))
    guessed_bound = (True,) * len(listing._lookups)
    page = _DIRECT.get((listing._shape, guessed_bound, shape))
    if lookup is None or page is None:
        return None
    values = listing._values()
    empty = {f"r{i}_{c.name}": [] for i, c in listing._lookups}
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
    listing._keep_ids(found)
    return None if any(found) else rows


def run(
    listing: Listing,
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
    fast = listing._fast.get(key)
    if fast is None and shared:
        direct = _DIRECT.get(key)
        if direct is not None:
            fast = direct[0], {**direct[1], **listing._values()}
            listing._fast[key] = fast
    if fast is not None:
        sql, values = fast
        with conn.connection.driver_connection.cursor(row_factory=tuple_row) as cursor:
            cursor.execute(sql, {**values, **params})
            return cursor.fetchall()
    result = conn.execute(build(), {**listing._values(), **params})
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
        listing._fast[key] = (context.statement, dict(context.parameters[0]))
        if shared:
            if len(_DIRECT) >= _DIRECT_MAX:
                _DIRECT.clear()
            _DIRECT[key] = listing._fast[key]
    return rows
