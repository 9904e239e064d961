"""services.listing and services.paging against a real PostgreSQL: the SQL of the grid.

The oracle for every order is a plain ``ORDER BY ... NULLS LAST/FIRST, id`` over the
whole table: keyset pages, offsets and far positions must agree with it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import psycopg
import pytest
import sqlalchemy as sa
from grid_data import seed_transactions
from helpers import drop_database
from sqlalchemy import exc as sa_exc

from dicel_desktop.db.models import Base
from dicel_desktop.services.columns import Kind, all_table_names, table_spec
from dicel_desktop.services.list_statement import DERIVED
from dicel_desktop.services.listing import (
    FK_DISPLAY,
    Between,
    Contains,
    Equals,
    Listing,
    ListQuery,
    OneOf,
    listing_columns,
)
from dicel_desktop.services.paging import Anchor, Edges, fetch_slots

ROWS = 3000
COLUMNS = listing_columns("transactions")

#: SQL for the oracle's sort key of each column the tests sort by.
ORACLE_KEY = {
    "amount": "t.amount",
    "transaction_date": "t.transaction_date",
    "transaction_number": "t.transaction_number",
    "status": "t.status",
    "description": "t.description",
    "posted_date": "t.posted_date",
    "created_by": "nullif(concat_ws(' ', u.first_name, u.last_name), '')",
    "account_id": "a.account_name",
}


@pytest.fixture(scope="module")
def seeded(revision_templates, _admin):
    """One database of the module's with the seeded transactions (each test seeded its
    own: ~30 databases of 3,000 rows). No test writes it: ``conn`` is a transaction
    rolled back at the test's end, and the oracle and the lock's session only read."""
    name = f"listing_{uuid.uuid4().hex[:8]}"
    dsn = revision_templates.new_database("head", name)
    try:
        ids = seed_transactions(dsn, ROWS)
        yield dsn, ids
    finally:
        drop_database(_admin, name)


@pytest.fixture(scope="module")
def seeded_engine(seeded):
    """A SQLAlchemy Engine on the seeded database, disposed at the module's end."""
    from dicel_desktop.db.engine import make_engine

    engine = make_engine(seeded[0])
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def conn(seeded_engine):
    with seeded_engine.connect() as connection:
        yield connection  # rolled back as it closes


def oracle(dsn: str, sort: str, descending: bool, where: str = "true", params=()) -> list:
    key = ORACLE_KEY[sort]
    order = f"{key} DESC NULLS FIRST, t.id DESC" if descending else f"{key} ASC NULLS LAST, t.id"
    with psycopg.connect(dsn) as c:
        rows = c.execute(
            "SELECT t.id FROM transactions t"
            " LEFT JOIN users u ON u.id = t.created_by"
            " LEFT JOIN financial_accounts a ON a.id = t.account_id"
            f" WHERE {where} ORDER BY {order}",
            params,
        ).fetchall()
    return [r[0] for r in rows]


def walk(listing: Listing, connection, page: int, *, reverse: bool = False) -> list:
    rows = listing.first(connection, page, reverse=reverse)
    out = list(rows)
    while len(rows) == page:
        rows = listing.after(connection, listing.key_of(rows[-1]), page, reverse=reverse)
        out.extend(rows)
    return [r[0] for r in out]


# --------------------------------------------------------------------------- registry


def test_every_table_has_a_grid_description_with_names_for_its_references():
    tables = all_table_names()
    assert len(tables) == 50  # the seed's 45 and five added since
    for name in tables:
        spec = table_spec(name)
        assert spec.columns, name
        spec.column(spec.default_sort[0])  # the default order is a listable column
        for column in spec.columns:
            assert column.name != "id"
            if column.name not in Base.metadata.tables[name].c:
                # Not stored: worked out in the list's SQL (an invoice's balance due).
                assert column.derived and (name, column.name) in DERIVED, column
                # Money has its currency (a stock movement's change in stock is a count).
                assert column.kind is not Kind.MONEY or column.currency is not None
                continue
            sa_column = Base.metadata.tables[name].c[column.name]
            if column.kind is Kind.FK:
                assert column.references in FK_DISPLAY, f"{name}.{column.name}"
            if column.kind is Kind.STATE:
                assert column.choices is not None
            if column.kind is Kind.MONEY:
                assert column.currency is not None
            # A bare id is listed only as a reference's name or as the text its list's
            # SQL makes of it (an audit entry's record).
            assert (
                not isinstance(sa_column.type, (sa.JSON, sa.ARRAY, sa.Uuid))
                or column.kind is Kind.FK
                or column.derived
            )
    assert "password_hash" not in table_spec("users").names
    transactions = table_spec("transactions")
    assert transactions.column("status").choices.__name__ == "TransactionStatus"
    assert transactions.column("amount").currency.column == "currency"
    assert table_spec("invoice_items").column("unit_price").currency.via == "invoice_id"
    assert table_spec("compliance_audits").column("status").choices.__name__ == "AuditStatus"
    assert not table_spec("budgets").column("fiscal_year").grouped


def test_every_column_of_every_table_lists_sorts_and_searches(db_engine):
    """The statements are valid SQL for all 45 tables, whatever the sort column."""
    with db_engine.connect() as connection:
        for name in all_table_names():
            spec = table_spec(name)
            everything = Listing(ListQuery(name, spec.names, search="x pending"))
            assert everything.first(connection, 5) == []
            assert everything.after(connection, (None, uuid.uuid4()), 5, reverse=True) == []
            assert everything.offset(connection, 3, 5) == []
            assert everything.estimate(connection) >= 0
            assert everything.key_at(connection, 0.5) is None  # nothing to sample
            for column in spec.columns:
                if not column.sortable:
                    # Worked out for a page's rows only (a leave request's days left):
                    # a sort would work it out for every row of the table.
                    with pytest.raises(ValueError):
                        Listing(ListQuery(name, (column.name,), sort=column.name))
                    continue
                # Sorted by each column (a reference sorts by the referenced name).
                listing = Listing(ListQuery(name, (column.name,), sort=column.name))
                assert listing.first(connection, 5, reverse=True) == []
                assert listing.after(connection, (None, uuid.uuid4()), 5) == []


# --------------------------------------------------------------------------- keyset pages


@pytest.mark.parametrize(
    "sort",
    ["amount", "transaction_number", "status", "description", "posted_date", "created_by"],
)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_walk_the_list_in_the_oracles_order(seeded, conn, sort, descending):
    dsn, _ = seeded
    listing = Listing(ListQuery("transactions", COLUMNS, sort=sort, descending=descending))
    expected = oracle(dsn, sort, descending)
    assert len(expected) == ROWS
    # 97 rows a page: pages end inside runs of equal keys and inside the NULL segment.
    assert walk(listing, conn, 97) == expected
    assert walk(listing, conn, 97, reverse=True) == expected[::-1]


def test_after_inclusive_starts_at_the_key_and_offset_matches_the_oracle(seeded, conn):
    dsn, _ = seeded
    listing = Listing(ListQuery("transactions", COLUMNS, sort="description"))
    expected = oracle(dsn, "description", False)
    for skip in (0, 1, 199, 2700, 2999):  # the last ones are in the NULL segment
        rows = listing.offset(conn, skip, 10)
        assert [r[0] for r in rows] == expected[skip : skip + 10]
        again = listing.after(conn, listing.key_of(rows[0]), 10, inclusive=True)
        assert [r[0] for r in again] == expected[skip : skip + 10]
    from_end = listing.offset(conn, 5, 10, reverse=True)
    assert [r[0] for r in from_end] == expected[::-1][5:15]


def test_rows_carry_names_and_currencies_not_ids(seeded, conn):
    listing = Listing(ListQuery("transactions", ("account_id", "amount", "created_by")))
    rows = listing.first(conn, 50)
    accounts = {"Main operating account", "USD reserve", "Sales revenue"}
    people = {"Jean Mugabo", "Aline Uwase", "Eric Habimana", None}
    for row in rows:
        assert isinstance(row[0], uuid.UUID)
        assert row[2] in accounts
        assert isinstance(row[3], Decimal)
        assert row[4] in people
        assert row[listing.currency_slots[1]] in {"RWF", "USD"}
    assert listing.currency_slots == [None, 5, None]


def test_repeated_pages_are_the_same_as_through_sqlalchemy(seeded, conn):
    """The second run of a shape bypasses SQLAlchemy: it must return the same tuples."""
    listing = Listing(ListQuery("transactions", COLUMNS, sort="posted_date", search="fuel"))
    first = listing.first(conn, 120)
    second = listing.first(conn, 120)
    assert listing._fast  # the second run took the direct path
    assert first == second
    assert all(type(a) is type(b) for a, b in zip(first[0], second[0], strict=True))


# --------------------------------------------------------------------------- filters, search


def test_filters_select_what_the_oracle_selects(seeded, conn):
    dsn, ids = seeded
    account = ids["accounts"][1]

    def count(*filters, search=""):
        query = ListQuery("transactions", COLUMNS, filters=filters, search=search)
        return Listing(query).count(conn)

    def expected(where, params=()):
        return len(oracle(dsn, "amount", False, where, params))

    assert count(Between("amount", Decimal("1000"), Decimal("250000.50"))) == expected(
        "t.amount BETWEEN 1000 AND 250000.50"
    )
    assert count(Between("amount", None, Decimal("5000"))) == expected("t.amount <= 5000")
    day = dt.date(2024, 2, 29)
    assert count(Between("transaction_date", day, day)) == expected(
        "t.transaction_date = '2024-02-29'"
    )
    # Datetime columns filtered by dates: whole days in the desktop's time zone.
    low, high = dt.date(2023, 6, 1), dt.date(2023, 6, 30)
    start = dt.datetime.combine(low, dt.time()).astimezone()
    end = dt.datetime.combine(high + dt.timedelta(days=1), dt.time()).astimezone()
    assert count(Between("posted_date", low, high)) == expected(
        "t.posted_date >= %s AND t.posted_date < %s", (start, end)
    )
    assert count(OneOf("status", ("void", None))) == expected(
        "t.status = 'void' OR t.status IS NULL"
    )
    assert count(OneOf("status", ())) == 0
    assert count(Contains("account_id", "usd")) == expected("a.account_name ILIKE '%%usd%%'")
    assert count(Equals("account_id", account)) == expected("t.account_id = %s", (account,))
    assert count(Contains("description", "50%")) == expected(
        "t.description LIKE '%%50\\%%%%'"  # a literal percent sign, not a wildcard
    )


def test_quick_search_needs_every_word_in_some_text_name_or_state(seeded, conn):
    dsn, _ = seeded

    def found(text, columns=COLUMNS):
        listing = Listing(ListQuery("transactions", columns, search=text))
        return set(walk(listing, conn, 500))

    fuel_jean = found("FUEL jean")
    assert fuel_jean == set(
        oracle(
            dsn,
            "amount",
            False,
            "t.description ILIKE '%%fuel%%' AND u.first_name = 'Jean'",
        )
    )
    # "pend" is part of the label of the state "pending"; "usd" of an account's name.
    assert found("pend usd") == set(
        oracle(
            dsn,
            "amount",
            False,
            "t.status = 'pending' AND (a.account_name ILIKE '%%usd%%' OR t.description"
            " ILIKE '%%usd%%')",
        )
    )
    # LIKE wildcards typed by a person are plain characters.
    assert found("50%") == set(oracle(dsn, "amount", False, "t.description LIKE '%%50\\%%%%'"))
    assert found("_") == set()
    # A column that is not shown is not searched.
    assert found("fuel", ("transaction_number", "amount")) == set()


# --------------------------------------------------------------------------- counts


def test_estimate_is_close_and_counts_are_exact(seeded, conn):
    listing = Listing(ListQuery("transactions", COLUMNS))
    assert abs(listing.estimate(conn) - ROWS) < ROWS * 0.1
    assert listing.count(conn) == ROWS
    assert listing.count(conn, cap=101) == 101
    filtered = Listing(ListQuery("transactions", COLUMNS, filters=(OneOf("status", ("void",)),)))
    assert (
        filtered.count(conn)
        == conn.execute(
            sa.text("SELECT count(*) FROM transactions WHERE status = 'void'")
        ).scalar_one()
    )
    assert 0 < filtered.estimate(conn) < ROWS


def test_a_whole_table_estimate_agrees_with_the_planner_without_asking_it(seeded, conn):
    listing = Listing(ListQuery("transactions", COLUMNS))
    conn.execute(sa.text("ANALYZE transactions"))
    planned = conn.execute(
        sa.text("EXPLAIN (FORMAT JSON) SELECT id FROM transactions")
    ).scalar_one()[0]["Plan"]["Plan Rows"]
    assert abs(listing.estimate(conn) - planned) <= planned * 0.01
    # A table never analyzed has no statistics in pg_class: the estimate asks the planner.
    conn.execute(
        sa.text(
            "INSERT INTO leads (contact_person, email)"
            " SELECT 'Contact ' || n, 'lead' || n || '@example.rw' FROM generate_series(1, 50) n"
        )
    )
    assert (
        conn.execute(sa.text("SELECT reltuples FROM pg_class WHERE relname = 'leads'")).scalar_one()
        < 0
    )
    assert Listing(ListQuery("leads", ("lead_number",))).estimate(conn) > 0


def test_a_count_that_takes_too_long_gives_up_and_leaves_the_session_usable(seeded, seeded_engine):
    dsn, _ = seeded
    db_engine = seeded_engine
    listing = Listing(ListQuery("transactions", COLUMNS))
    with psycopg.connect(dsn) as locker:
        # Another session holds the table: the count waits for the lock, and the wait
        # counts against the statement timeout.
        locker.execute("LOCK TABLE transactions IN ACCESS EXCLUSIVE MODE")
        with db_engine.connect() as connection:
            assert listing.count(connection, timeout_ms=200) is None
            # Still in a working transaction, with the caller's timeout back.
            timeout = connection.execute(sa.text("SHOW statement_timeout")).scalar_one()
            assert timeout == "0"
            locker.rollback()
            assert listing.count(connection, timeout_ms=2000) == ROWS


# --------------------------------------------------------------------------- far positions


@pytest.mark.parametrize(
    ("sort", "descending", "filters", "source"),
    [
        ("amount", False, (), "statistics"),
        ("transaction_date", True, (), "statistics"),
        ("description", False, (), "statistics"),
        ("created_by", False, (), "sample"),  # a name: no statistics for it
        ("amount", True, (OneOf("status", ("posted", "void")),), "sample"),
    ],
)
def test_key_at_lands_near_the_fraction(seeded, conn, sort, descending, filters, source):
    listing = Listing(
        ListQuery("transactions", COLUMNS, sort=sort, descending=descending, filters=filters)
    )
    order = [r[0] for r in listing.offset(conn, 0, ROWS)]
    for fraction in (0.1, 0.33, 0.5, 0.8, 0.97):
        key = listing.key_at(conn, fraction)
        assert key is not None
        (row,) = listing.after(conn, key, 1, inclusive=True)
        position = order.index(row[0]) / len(order)
        # The statistics and the sample see every row of this small table: within 3%.
        assert abs(position - fraction) < 0.03, (fraction, position)
    assert listing.distribution_source == source


# --------------------------------------------------------------------------- rights


def test_only_the_columns_asked_for_are_named(seeded, conn):
    """A role that may read only some columns can list exactly those."""
    conn.execute(sa.text("CREATE ROLE grid_reader NOLOGIN"))
    conn.execute(sa.text("GRANT USAGE ON SCHEMA public TO grid_reader"))
    conn.execute(
        sa.text(
            "GRANT SELECT (id, transaction_number, amount, currency, transaction_date)"
            " ON transactions TO grid_reader"
        )
    )
    # What a search compares (migration 0123): every DICEL login may call it.
    conn.execute(sa.text("GRANT EXECUTE ON FUNCTION dicel_search_folded(text) TO grid_reader"))
    conn.execute(sa.text("SET LOCAL ROLE grid_reader"))
    columns = ("transaction_number", "amount", "transaction_date")
    listing = Listing(ListQuery("transactions", columns, sort="amount", search="TXN"))
    rows = listing.first(conn, 10)
    assert len(rows) == 10
    assert listing.count(conn) == ROWS
    assert listing.key_at(conn, 0.5) is not None
    with pytest.raises(sa_exc.ProgrammingError, match="permission denied"):
        Listing(ListQuery("transactions", (*columns, "description"))).first(conn, 10)


# --------------------------------------------------------------------------- slots


def _slot_ids(page):
    return [None] * page.lead + [r[0] for r in page.rows]


def test_a_small_list_is_exact_in_every_slot_whatever_the_order(seeded, conn):
    dsn, _ = seeded
    listing = Listing(ListQuery("transactions", COLUMNS, sort="status", descending=True))
    expected = oracle(dsn, "status", True)
    known: dict[int, Edges] = {}
    for slot in (7, 0, 14, 8, 6, 13, 3):
        (page,) = fetch_slots(conn, listing, [slot], total=ROWS, page_size=200, known=known)
        known[slot] = page.edges
        assert _slot_ids(page) == expected[slot * 200 : slot * 200 + 200], page.how
        assert page.edges.anchor is Anchor.START


def test_a_big_list_is_exact_at_both_ends_and_contiguous_in_between(seeded, conn):
    dsn, _ = seeded
    listing = Listing(ListQuery("transactions", COLUMNS, sort="amount"))
    expected = oracle(dsn, "amount", False)
    limit = 500  # as if 3,000 rows were a big table: only 500 rows at each end are exact

    def fetch(slots, known):
        pages = fetch_slots(
            conn, listing, slots, total=ROWS, page_size=100, known=known, exact_limit=limit
        )
        for page in pages:
            known[page.slot] = page.edges
        return {page.slot: page for page in pages}

    known: dict[int, Edges] = {}
    last = fetch([29], known)[29]
    assert last.how == "last" and _slot_ids(last) == expected[-100:]
    near_end = fetch([26], known)[26]
    assert near_end.how == "end" and _slot_ids(near_end) == expected[2600:2700]
    middle = fetch([15, 16], known)
    assert middle[15].how == "fraction" and middle[16].how == "after"
    assert middle[15].edges.anchor is Anchor.FLOAT
    start = expected.index(middle[15].rows[0][0])
    assert abs(start - 1500) < 0.03 * ROWS  # placed by the statistics: approximately
    # Around a far jump, neighbours continue exactly.
    assert _slot_ids(middle[15]) + _slot_ids(middle[16]) == expected[start : start + 200]
    before = fetch([14], known)[14]
    assert before.how == "before"
    assert _slot_ids(before) == expected[start - 100 : start]
    top = fetch([3], known)[3]
    assert top.how == "offset" and _slot_ids(top) == expected[300:400]


def test_a_chain_from_the_start_proves_the_row_count(seeded, conn):
    listing = Listing(ListQuery("transactions", COLUMNS, sort="transaction_number"))
    # The estimate said 3,500: walking from the start finds where the rows really end.
    known: dict[int, Edges] = {}
    pages = []
    for slot in range(16):
        (page,) = fetch_slots(conn, listing, [slot], total=3500, page_size=200, known=known)
        known[slot] = page.edges
        pages.append(page)
    assert [p.total for p in pages[:15]] == [None] * 14 + [ROWS]
    assert len(pages[14].rows) == 200 and pages[14].edges.at_end
    # Past the end: nothing to fetch, no query.
    assert pages[15].how == "past-end" and pages[15].rows == []
    # An estimate too low: the last slot finds more rows than it was told.
    (page,) = fetch_slots(conn, listing, [0], total=150, page_size=200, known={})
    assert page.total is None and page.minimum_total == 151


# --------------------------------------------------------------------------- indexes


@pytest.mark.parametrize(
    ("sort", "index"),
    [
        ("amount", "ix_transactions_amount_id"),
        ("transaction_date", "ix_transactions_transaction_date_id"),
    ],
)
def test_keyset_pages_of_transactions_read_a_composite_index(seeded, conn, sort, index):
    listing = Listing(ListQuery("transactions", ("transaction_number", sort), sort=sort))
    row = listing.offset(conn, 1500, 1)[0]
    stmt = listing._page_statement(("all", True, False, False))
    compiled = stmt.compile(dialect=conn.dialect)
    params = {**compiled.params, "kv": row[1], "kid": row[0], "lim": 200}
    plan = "\n".join(
        r[0] for r in conn.exec_driver_sql("EXPLAIN " + compiled.string, params).fetchall()
    )
    assert index in plan
    assert "Sort" not in plan.split(index)[0]  # no sort above the index scan
