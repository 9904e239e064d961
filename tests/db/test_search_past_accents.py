"""A clerk typing without accents finds the names that carry them, and typing them still
finds both (migration 0123): the picker, a small table's list, a big table's indexed
list, a client's type by its words in the reader's language. On PostgreSQL."""

from __future__ import annotations

import psycopg
import pytest
from helpers import first_page_plan

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.services.listing import Listing, ListQuery, listing_columns
from dicel_desktop.services.lookup import search_references

CLIENTS = [
    ("Hôtel Arsène Kigali", "corporate"),
    ("Arsene Traders", "sme"),
    ("Clinique Théogène", "ngo"),
    ("Ministère des Finances", "government"),
    ("Bosco Hardware", "corporate"),
]

#: The words a French window shows for the client types (``translations.said_words``).
FRENCH_TYPES = (
    (
        "client_type",
        (
            ("corporate", "Entreprise"),
            ("government", "Administration publique"),
            ("ngo", "ONG"),
            ("sme", "PME"),
        ),
    ),
)


@pytest.fixture
def clients(db_dsn):
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        for name, kind in CLIENTS:
            conn.execute(
                "INSERT INTO clients (company_name, client_type) VALUES (%s, %s)", (name, kind)
            )
        conn.execute(
            "INSERT INTO departments (name, code) VALUES ('Sécurité', 'SEC'), ('Stock', 'STK')"
        )
        conn.execute("ANALYZE clients")
    return db_dsn


def _picked(engine, text: str) -> list[str]:
    with make_session_factory(engine)() as session:
        return [name for _id, name in search_references(session, "clients", text).items]


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("arsene", ["Arsene Traders", "Hôtel Arsène Kigali"]),
        ("ARSÈNE", ["Arsene Traders", "Hôtel Arsène Kigali"]),
        ("theogene", ["Clinique Théogène"]),
        ("hotel kig", ["Hôtel Arsène Kigali"]),
        ("ministere", ["Ministère des Finances"]),
    ],
)
def test_the_picker_finds_a_name_typed_without_or_with_its_accents(
    clients, db_engine, typed, names
):
    assert _picked(db_engine, typed) == names


def test_a_small_tables_list_finds_a_name_typed_without_its_accents(clients, db_engine):
    columns = listing_columns("departments")
    with db_engine.connect() as conn:
        for typed in ("securite", "SÉCURITÉ", "sécu"):
            rows = Listing(ListQuery("departments", columns, search=typed)).first(conn, 50)
            names = [r[2 + columns.index("name")] for r in rows]
            assert names == ["Sécurité"], typed


def _listed(conn, typed: str, said=()) -> set[str]:
    columns = listing_columns("clients")
    rows = Listing(ListQuery("clients", columns, search=typed, said=said)).first(conn, 50)
    return {r[2 + columns.index("company_name")] for r in rows}


def test_the_clients_list_finds_names_typed_without_their_accents(clients, db_engine):
    with db_engine.connect() as conn:
        assert _listed(conn, "arsene") == {"Arsene Traders", "Hôtel Arsène Kigali"}
        assert _listed(conn, "Arsène") == {"Arsene Traders", "Hôtel Arsène Kigali"}
        assert _listed(conn, "theogene clinique") == {"Clinique Théogène"}


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("entreprise", {"Hôtel Arsène Kigali", "Bosco Hardware"}),
        ("administration", {"Ministère des Finances"}),
        ("ong", {"Clinique Théogène"}),
        # Its own words and its code still find it.
        ("corporate", {"Hôtel Arsène Kigali", "Bosco Hardware"}),
    ],
)
def test_a_clients_type_is_found_by_its_words_in_the_readers_language(
    clients, db_engine, typed, names
):
    with db_engine.connect() as conn:
        assert _listed(conn, typed, FRENCH_TYPES) == names


def test_a_clients_type_word_keeps_the_search_on_its_indexes(clients, db_engine):
    # With sequential scans and the walk in name order priced out, the rows are found by
    # a bitmap of every arm's index (an arm without one leaves only the scan): the
    # document's trigram index, and the type's btree for « entreprise ».
    columns = listing_columns("clients")
    listing = Listing(ListQuery("clients", columns, search="entreprise", said=FRENCH_TYPES))
    with db_engine.connect() as conn:
        plan = first_page_plan(listing, conn)  # not the walk in name order
    assert "ix_clients_client_type" in plan, plan
    assert "Seq Scan on clients" not in plan, plan


TEXTS = [
    "Arsène",
    "ÉCOLE Théogène",
    "Cle\u0301mentine",  # the accent typed apart from its letter (NFD)
    "Hervé AIMÉE Ç Œuvre",
    "İstanbul straße",
    "TXN-2026-000042 Fuel",
    "Ikigo cy\u2019ubucuruzi",  # Kinyarwanda's apostrophe
    "",
]


def test_the_window_folds_a_word_as_the_database_folds_its_texts(db_engine):
    # Both sides of a search folded alike: domain/search_words.py, and the SQL the
    # searches and their indexes are written with (db.base.search_folded), as well as
    # dicel_search_folded alone (what a script may call).
    import sqlalchemy as sa

    from dicel_desktop.db.base import search_folded as in_sql
    from dicel_desktop.domain.search_words import search_folded

    with db_engine.connect() as conn:
        written = [conn.execute(sa.select(in_sql(sa.literal(t, sa.Text)))).scalar() for t in TEXTS]
        alone = [
            conn.execute(sa.text("SELECT dicel_search_folded(:t)"), {"t": t}).scalar()
            for t in TEXTS
        ]
    assert written == alone == [search_folded(text) for text in TEXTS]
    assert written[:4] == ["arsene", "ecole theogene", "clementine", "herve aimee c œuvre"]


#: Rows enough that a rare word is worth the trigram index (as a superuser, triggers off
#: as tests/grid_data.py loads: audit rows would prove nothing here).
_MANY = {
    "clients": "INSERT INTO clients (company_name) SELECT 'Client ' || i"
    " FROM generate_series(1, 30000) AS i",
    "inventory_items": "INSERT INTO inventory_items (item_name, category)"
    " SELECT 'Item ' || i, 'Stock' FROM generate_series(1, 30000) AS i",
}


@pytest.mark.parametrize("table", ["clients", "inventory_items"])
def test_the_pickers_folded_search_is_answered_by_its_trigram_index(db_dsn, db_engine, table):
    # The planner can take the trigram index for a rare word only if the picker's
    # expression is the index's (migration 0123 wrote both, folded).
    from dicel_desktop.services.lookup import _search_statement

    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        conn.execute(_MANY[table])
        conn.execute(f"ANALYZE {table}")
    compiled = _search_statement(table, 1, False, True)
    with db_engine.connect() as conn:
        # PostgreSQL 18 prices a GIN scan higher: there the scan of 30,000 rows wins.
        conn.exec_driver_sql("SET enable_seqscan = off")
        values = compiled.params({"w0": "%arsene%", "lim": 51})
        rows = conn.exec_driver_sql("EXPLAIN " + compiled.sql, values).fetchall()
    plan = "\n".join(r[0] for r in rows)
    assert f"Bitmap Index Scan on ix_{table}_search_trgm" in plan, plan


def test_a_columns_contains_filter_finds_a_name_typed_without_its_accents(clients, db_engine):
    from dicel_desktop.services.listing import Contains

    columns = listing_columns("departments")
    with db_engine.connect() as conn:
        for typed in ("securite", "SÉCU"):
            query = ListQuery("departments", columns, filters=(Contains("name", typed),))
            rows = Listing(query).first(conn, 50)
            assert [r[2 + columns.index("name")] for r in rows] == ["Sécurité"], typed
