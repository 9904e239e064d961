"""Which rows of a list go in which slot of the grid. No Qt here.

The grid shows ``total`` rows (the planner's estimate until counted) cut into slots of
``page_size`` rows; slot ``s`` holds rows ``s * page_size`` onwards. A slot is filled
by one keyset query, chosen by what is already known around it:

1. A neighbour slot is loaded: continue from its edge key (``after`` its last key,
   ``before`` its first). Pages chained this way are exactly contiguous.
2. The top ``exact_limit`` rows: ``offset`` from the start (bounded, so cheap): exact.
3. The last slot: the last rows of the list (``ORDER BY ... DESC LIMIT n``, reversed).
4. The bottom ``exact_limit`` rows: a bounded ``offset`` from the end: exact from the end.
5. Elsewhere: the key at ``s * page_size / total`` of the way through the list
   (``Listing.key_at``: planner statistics or a sample), then ``after`` it.

Every loaded slot remembers its *anchor*: ``START`` (row numbers counted from the
first row: exact), ``END`` (counted from the last row: exact if the total is) or
``FLOAT`` (placed by a quantile: approximate). Chains only grow into regions where
their anchor is right: the top region accepts only START neighbours, the bottom
region START or END, the middle any. So a list of up to ``exact_limit`` rows is exact
everywhere, and a big one is exact at both ends and locally contiguous in between.

When a START chain reaches the end of the data, the total it proves is reported
(``SlotPage.total``), so an estimate corrects itself as soon as someone scrolls to the
end; a slot beyond the data, or a chain that runs into the start or the end earlier
than the row numbers said (a far-off estimate), is padded with blank rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import sqlalchemy as sa

from dicel_desktop.services.listing import Key, Listing, Row

#: Rows at each end of a list that are reached exactly (bounded OFFSET): 10,000 index
#: entries are a few milliseconds, and small lists are exact everywhere.
EXACT_LIMIT = 10_000


class Anchor(Enum):
    START = "start"
    END = "end"
    FLOAT = "float"


@dataclass(frozen=True, slots=True)
class Edges:
    """What a loaded slot tells its neighbours."""

    first: Key | None
    last: Key | None
    anchor: Anchor
    #: Nothing comes before ``first`` / after ``last``.
    at_start: bool
    at_end: bool

    @property
    def has_keys(self) -> bool:
        return self.first is not None


@dataclass(slots=True)
class SlotPage:
    slot: int
    #: In the list's order, at most ``page_size``.
    rows: list[Row]
    #: Blank rows before ``rows[0]`` inside the slot (a chain that ran into the start).
    lead: int
    edges: Edges
    #: The exact row count this fetch proved (a START chain reached the end), if any.
    total: int | None = None
    #: A lower bound for the row count (a START chain found rows past the estimate).
    minimum_total: int | None = None
    #: How the slot was filled (for tests and the benchmark's log).
    how: str = ""


def _allowed(anchor: Anchor, top: bool, bottom: bool) -> bool:
    if top:
        return anchor is Anchor.START
    if bottom:
        return anchor in (Anchor.START, Anchor.END)
    return True


def fetch_slots(
    conn: sa.Connection,
    listing: Listing,
    slots: list[int],
    *,
    total: int,
    page_size: int,
    known: dict[int, Edges],
    exact_limit: int = EXACT_LIMIT,
) -> list[SlotPage]:
    """Fill ``slots`` (each at most once); ``known`` holds the edges of loaded slots."""
    edges = dict(known)
    pending = sorted({s for s in slots if 0 <= s * page_size < total})
    pages: list[SlotPage] = []
    while pending:
        # Slots next to a loaded one first: they continue a chain instead of starting one.
        pick = next(
            (s for s in pending if s - 1 in edges or s + 1 in edges),
            pending[0],
        )
        pending.remove(pick)
        page = _fetch_slot(conn, listing, pick, total, page_size, edges, exact_limit)
        edges[pick] = page.edges
        pages.append(page)
    return pages


def _fetch_slot(
    conn: sa.Connection,
    listing: Listing,
    slot: int,
    total: int,
    size: int,
    edges: dict[int, Edges],
    exact_limit: int,
) -> SlotPage:
    start = slot * size
    length = min(size, total - start)
    last_slot = (total - 1) // size
    top = start < exact_limit
    bottom = total - start <= exact_limit
    prev, nxt = edges.get(slot - 1), edges.get(slot + 1)

    if prev is not None and prev.has_keys and _allowed(prev.anchor, top, bottom):
        if prev.at_end:
            return _blank(slot, prev.anchor, "past-end")
        assert prev.last is not None
        rows = listing.after(conn, prev.last, length + 1)
        return _forward(slot, start, length, rows, prev.anchor, at_start=False, how="after")
    if nxt is not None and nxt.has_keys and _allowed(nxt.anchor, top, bottom):
        if nxt.at_start:
            return _blank(slot, nxt.anchor, "before-start")
        assert nxt.first is not None
        rows = listing.after(conn, nxt.first, length + 1, reverse=True)
        return _backward(slot, length, rows, nxt.anchor, at_end=False, how="before")
    if top:
        rows = (
            listing.first(conn, length + 1)
            if start == 0
            else listing.offset(conn, start, length + 1)
        )
        return _forward(slot, start, length, rows, Anchor.START, at_start=start == 0, how="offset")
    if slot == last_slot:
        rows = listing.first(conn, length + 1, reverse=True)
        return _backward(slot, length, rows, Anchor.END, at_end=True, how="last")
    if bottom:
        after_slot = total - start - length
        rows = listing.offset(conn, after_slot, length + 1, reverse=True)
        return _backward(slot, length, rows, Anchor.END, at_end=after_slot == 0, how="end")
    key = listing.key_at(conn, start / total)
    rows = [] if key is None else listing.after(conn, key, length + 1, inclusive=True)
    return _forward(slot, start, length, rows, Anchor.FLOAT, at_start=False, how="fraction")


def _blank(slot: int, anchor: Anchor, how: str) -> SlotPage:
    return SlotPage(slot, [], 0, Edges(None, None, anchor, False, False), how=how)


def _forward(
    slot: int,
    start: int,
    length: int,
    rows: list[Row],
    anchor: Anchor,
    *,
    at_start: bool,
    how: str,
) -> SlotPage:
    more = len(rows) > length
    rows = rows[:length]
    page = SlotPage(slot, rows, 0, _edges(rows, anchor, at_start, not more), how=how)
    if anchor is Anchor.START:
        # Row numbers here are exact: the end of the data is the row count.
        if more:
            page.minimum_total = start + length + 1
        else:
            page.total = start + len(rows)
    return page


def _backward(
    slot: int, length: int, rows: list[Row], anchor: Anchor, *, at_end: bool, how: str
) -> SlotPage:
    """``rows`` come nearest first, going backwards; put them back in the list's order."""
    less = len(rows) > length
    rows = rows[:length][::-1]
    lead = length - len(rows)
    return SlotPage(slot, rows, lead, _edges(rows, anchor, not less, at_end), how=how)


def _edges(rows: list[Row], anchor: Anchor, at_start: bool, at_end: bool) -> Edges:
    if not rows:
        return Edges(None, None, anchor, at_start, at_end)
    return Edges((rows[0][1], rows[0][0]), (rows[-1][1], rows[-1][0]), anchor, at_start, at_end)
