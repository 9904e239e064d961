"""services.list_operations against a real PostgreSQL: the operations the grid submits.

The grid's model runs exactly these (tests/gui/test_data_grid.py checks it submits
nothing else); a script or an export calls them the same way, with a Session or a
Connection. The oracle is a plain ORDER BY over the whole table, as in test_listing.
"""

from __future__ import annotations

from decimal import Decimal

import psycopg
import pytest
from grid_data import seed_transactions

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.services.list_operations import count_rows, fetch_pages, open_list
from dicel_desktop.services.listing import Between, ListQuery, OneOf, listing_columns
from dicel_desktop.services.paging import Anchor

ROWS = 1000
PAGE = 200
COLUMNS = listing_columns("transactions")


@pytest.fixture
def seeded(db_dsn):
    seed_transactions(db_dsn, ROWS)
    return db_dsn


def oracle(dsn: str, order: str, where: str = "true") -> list:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(f"SELECT t.id FROM transactions t WHERE {where} ORDER BY {order}")
        return [r[0] for r in rows.fetchall()]


def ids(page) -> list:
    return [None] * page.lead + [row[0] for row in page.rows]


def test_a_list_opens_with_its_estimate_and_first_page_from_a_session(seeded, db_engine):
    newest_first = oracle(seeded, "t.transaction_date DESC, t.id DESC")
    with make_session_factory(db_engine)() as session:
        # No sort given: the table's default, newest transaction first.
        opened = open_list(session, ListQuery("transactions", COLUMNS), page_size=PAGE)
    assert opened.listing.query.sort == "transaction_date"
    assert ids(opened.first) == newest_first[:PAGE]
    assert opened.first.edges.anchor is Anchor.START and opened.first.edges.at_start
    assert abs(opened.estimate - ROWS) < ROWS * 0.1
    # The rows are display-ready values: numbers and names, not ORM objects.
    amount = [c for c in COLUMNS].index("amount")
    assert all(isinstance(row[2 + amount], Decimal) for row in opened.first.rows)


def test_a_search_that_fits_one_page_opens_with_its_count_without_asking_the_planner(
    seeded, db_engine, monkeypatch
):
    # The first page holds the whole result: its length is the count, so the round trip
    # and the planning of an EXPLAIN would only delay the rows.
    from dicel_desktop.services.listing import Listing

    def no_estimate(*_args):
        raise AssertionError("the planner was asked for a count the first page gives")

    query = ListQuery("transactions", COLUMNS, search="ref-7")
    with db_engine.connect() as conn:
        expected = [row[0] for row in Listing(query).first(conn, PAGE)]
        monkeypatch.setattr(Listing, "estimate", no_estimate)
        opened = open_list(conn, query, page_size=PAGE)
    assert 0 < len(expected) < PAGE
    assert ids(opened.first) == expected
    assert opened.estimate == opened.first.total == len(expected)


def test_pages_continue_the_opened_list_exactly_and_the_last_proves_the_count(seeded, db_engine):
    by_amount = oracle(seeded, "t.amount, t.id")
    query = ListQuery("transactions", COLUMNS, sort="amount")
    with db_engine.connect() as conn:
        opened = open_list(conn, query, page_size=PAGE)
        known = {0: opened.first.edges}
        pages = fetch_pages(conn, opened.listing, [1, 2], total=ROWS, page_size=PAGE, known=known)
        assert [p.slot for p in pages] == [1, 2]
        assert ids(pages[0]) + ids(pages[1]) == by_amount[PAGE : 3 * PAGE]
        assert [p.how for p in pages] == ["after", "after"]  # continued, not re-placed
        for page in pages:
            known[page.slot] = page.edges
        (last,) = fetch_pages(conn, opened.listing, [4], total=ROWS, page_size=PAGE, known=known)
    assert ids(last) == by_amount[4 * PAGE :]
    # Small lists are exact everywhere: the last page knows where the rows end.
    assert last.total == ROWS


def test_pages_and_counts_take_a_query_when_there_is_no_listing_to_reuse(seeded, db_engine):
    void = OneOf("status", ("void",))
    query = ListQuery("transactions", COLUMNS, sort="amount", descending=True, filters=(void,))
    expected = oracle(seeded, "t.amount DESC, t.id DESC", "t.status = 'void'")
    assert 100 < len(expected) < 300
    with db_engine.connect() as conn:
        total = count_rows(conn, query)
        # The last slot of 100 rows, reached from the start (an exact OFFSET here).
        (page,) = fetch_pages(conn, query, [2], total=total, page_size=100)
    assert total == len(expected)
    assert ids(page) == expected[200:]
    assert page.how == "offset" and page.total == len(expected)


def test_a_capped_count_tells_a_small_list_from_a_big_one(seeded, db_engine):
    small = ListQuery(
        "transactions", COLUMNS, filters=(Between("amount", Decimal("0"), Decimal("1000")),)
    )
    expected_small = len(oracle(seeded, "t.id", "t.amount BETWEEN 0 AND 1000"))
    with make_session_factory(db_engine)() as session:
        everything = open_list(session, ListQuery("transactions", COLUMNS), page_size=PAGE)
        # Up to the cap a count is exact; the cap itself means "at least this many".
        assert count_rows(session, everything.listing, cap=101, parallel=False) == 101
        assert count_rows(session, small, cap=ROWS + 1, parallel=False) == expected_small
        assert count_rows(session, everything.listing) == ROWS


def test_an_empty_result_opens_as_a_list_of_no_rows(seeded, db_engine):
    nothing = ListQuery("transactions", COLUMNS, search="no transaction says this")
    with db_engine.connect() as conn:
        opened = open_list(conn, nothing, page_size=PAGE)
    assert opened.first.rows == []
    assert opened.first.total == 0  # proven by the first page, whatever the estimate


def test_a_count_that_waits_too_long_answers_none_and_the_connection_goes_on(seeded, db_engine):
    query = ListQuery("transactions", COLUMNS)
    with psycopg.connect(seeded) as locker, db_engine.connect() as conn:
        # Another session holds the table: the count waits for the lock until its timeout.
        locker.execute("LOCK TABLE transactions IN ACCESS EXCLUSIVE MODE")
        assert count_rows(conn, query, timeout_ms=200) is None
        locker.rollback()
        assert count_rows(conn, query) == ROWS
