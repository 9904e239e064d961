"""What a printed list or form reads: the company's name for the page header, and a
list's rows in keyset pages (one worker call per page, so a long list never holds the
worker, and a cancelled print stops between two pages). No Qt."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.services.listing import Listing, ListQuery, Row

log = logging.getLogger(__name__)

Db = Session | sa.Connection
Key = tuple[Any, Any]


#: A server function giving the company's name to every login, where there is one (the
#: settings table is the administrators': see ``company_name``).
COMPANY_FUNCTION = "public.dicel_company_name()"


def company_name(db: Db) -> str:
    """The legal name every printed page carries (system setting ``company.name``);
    empty when it is not set or this login may not read it.

    ``system_settings`` is the administrators' table (the payslip reads the name through
    a SECURITY DEFINER function). Read through ``dicel_company_name()`` where the server
    has it, else from the table where this login may read it; otherwise the pages go
    without the name rather than the print failing. Asked first, not tried: a refused
    statement would abort the worker's transaction.
    """
    function, table = db.execute(
        sa.text(
            "SELECT to_regprocedure(:function) IS NOT NULL"
            "       AND has_function_privilege(:function, 'EXECUTE'),"
            "       has_table_privilege('public.system_settings', 'SELECT')"
        ),
        {"function": COMPANY_FUNCTION},
    ).one()
    if function:
        return db.execute(sa.text(f"SELECT {COMPANY_FUNCTION}")).scalar() or ""
    if table:
        return (
            db.execute(
                sa.text(
                    "SELECT setting_value FROM public.system_settings"
                    " WHERE setting_key = 'company.name'"
                )
            ).scalar()
            or ""
        )
    log.info("this login may not read the company's name: pages printed without it")
    return ""


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


#: The most lines of one detail a printed record lists (an order's lines, an invoice's):
#: a form's print is a page or two, not a list's.
MAX_DETAIL_LINES = 500


def read_details(db: Db, queries: list[ListQuery]) -> list[RowChunk]:
    """The lines belonging to a record being printed (one ``ListQuery`` per detail
    table, filtered on the record), each in its list's order."""
    return [read_rows(db, query, None, MAX_DETAIL_LINES) for query in queries]
