"""The database work of a list, as named operations: open, fetch pages, count. No Qt.

The grid's model submits these to the DB worker (``DbWorker.submit(partial(op, ...))``);
a CLI export and the tests call them directly, with a Session or a Connection. Each
takes plain values and returns plain snapshots (tuples and dataclasses, no ORM
objects), so what the GUI shows is what the tests check.

``open_list`` returns the list's ``Listing`` with its first page: the statements of a
query are built once and reused for every later page and count of that list (building
them costs more than running a page query: see ``services.listing.Listing``). The other
operations take that Listing, or a ``ListQuery`` when there is none to reuse (a one-off
count, a script).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.services.listing import COUNT_TIMEOUT_MS, Listing, ListQuery
from dicel_desktop.services.paging import EXACT_LIMIT, Edges, SlotPage, fetch_slots

Db = Session | sa.Connection


@dataclass(frozen=True, slots=True)
class Opened:
    """A list as it opens: its statements, its row count (the planner's estimate when the
    first page is full), its first page."""

    listing: Listing
    estimate: int
    first: SlotPage


def open_list(
    db: Db, query: ListQuery, *, page_size: int, exact_limit: int = EXACT_LIMIT
) -> Opened:
    """Build the statements of ``query`` and fetch the first ``page_size`` rows.

    The first page is asked for in full whatever an estimate would say: statistics can
    be stale, and an estimate of 0 for a table that has rows would show an empty list.
    It comes first: when it is not full it holds the whole list and its length is the
    count, so the planner is not asked (a search that finds a few rows, the common
    case, saves that EXPLAIN's round trip and planning).
    """
    conn = _connection(db)
    listing = Listing(query)
    (first,) = fetch_slots(
        conn,
        listing,
        [0],
        total=page_size + 1,
        page_size=page_size,
        known={},
        exact_limit=exact_limit,
    )
    estimate = first.total if first.total is not None else listing.estimate(conn)
    return Opened(listing, estimate, first)


def fetch_pages(
    db: Db,
    listing: Listing | ListQuery,
    slots: Sequence[int],
    *,
    total: int,
    page_size: int,
    known: Mapping[int, Edges] | None = None,
    exact_limit: int = EXACT_LIMIT,
) -> list[SlotPage]:
    """The rows of ``slots`` (slot ``s`` holds rows ``s * page_size`` onwards) in a list
    of ``total`` rows; ``known`` holds the edges of slots already loaded, which pages
    next to them continue exactly (see ``services.paging``)."""
    return fetch_slots(
        _connection(db),
        _listing(listing),
        list(slots),
        total=total,
        page_size=page_size,
        known=dict(known or {}),
        exact_limit=exact_limit,
    )


def count_rows(
    db: Db,
    listing: Listing | ListQuery,
    *,
    cap: int | None = None,
    timeout_ms: int = COUNT_TIMEOUT_MS,
    parallel: bool = True,
) -> int | None:
    """The exact number of rows of the list (at most ``cap``), or None when counting took
    longer than ``timeout_ms`` (the server stopped it; nothing else is undone).

    ``cap`` tells a small result (counted exactly, cheaply) from a big one (``cap``
    rows or more); ``parallel=False`` keeps a count nobody waits for to one server
    process.
    """
    return _listing(listing).count(
        _connection(db), cap=cap, timeout_ms=timeout_ms, parallel=parallel
    )


def _connection(db: Db) -> sa.Connection:
    return db.connection() if isinstance(db, Session) else db


def _listing(listing: Listing | ListQuery) -> Listing:
    return listing if isinstance(listing, Listing) else Listing(listing)
