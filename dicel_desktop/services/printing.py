"""What a printed list or form reads: the company's name for the page header, and a
list's rows in keyset pages (one worker call per page, so a long list never holds the
worker, and a cancelled print stops between two pages). No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.services.listing import Listing, ListQuery, Row

Db = Session | sa.Connection
Key = tuple[Any, Any]


def company_name(db: Db) -> str:
    """The legal name every printed page carries (system setting ``company.name``), read
    as the payslip reads it; empty when the setting is not there."""
    return db.execute(sa.text("SELECT public.dicel_setting_text('company.name')")).scalar() or ""


@dataclass(frozen=True, slots=True)
class RowChunk:
    """One page of a list being printed: the Listing to ask again with, its rows, and
    the key to continue after (None: that was the last page)."""

    listing: Listing
    rows: list[Row]
    next_key: Key | None


def read_rows(db: Db, listing: Listing | ListQuery, after: Key | None, limit: int) -> RowChunk:
    """``limit`` rows of the list in its order, after ``after`` (from the start: None).

    Keyset, not OFFSET: page 500 of a long list costs what page 1 does.
    """
    conn = db.connection() if isinstance(db, Session) else db
    if isinstance(listing, ListQuery):
        listing = Listing(listing)
    # One more than asked tells whether another page follows without a second query.
    rows = (
        listing.first(conn, limit + 1) if after is None else listing.after(conn, after, limit + 1)
    )
    more = len(rows) > limit
    rows = rows[:limit]
    next_key = listing.key_of(rows[-1]) if more and rows else None
    return RowChunk(listing, rows, next_key)
