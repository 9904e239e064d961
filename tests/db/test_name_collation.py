"""Names sort as people expect (migration 0062): accents and particles do not send a name
to the end of a list. Through the services the grid and the pickers use, as a real login.
"""

from __future__ import annotations

import psycopg
import pytest
from logins import open_logins
from sqlalchemy.orm import Session

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.search_words import search_folded
from dicel_desktop.services.listing import Listing, ListQuery, listing_columns
from dicel_desktop.services.lookup import search_references
from dicel_desktop.services.name_order import name_order

#: In the order a person expects; byte order (C) gives Bosco, Béatrice, Zawadi, de
#: Gaulle, Évariste.
EXPECTED = ["Béatrice", "Bosco", "de Gaulle", "Évariste", "Zawadi"]


def _icu(dsn: str) -> bool:
    """Whether the server was built with ICU (a collation made and rolled back)."""
    with psycopg.connect(dsn) as conn:
        try:
            conn.execute("CREATE COLLATION icu_probe (provider = icu, locale = 'und')")
        except psycopg.errors.FeatureNotSupported:
            return False
        finally:
            conn.rollback()
    return True


@pytest.fixture
def clerk(db_dsn):
    if not _icu(db_dsn):
        pytest.skip("this server has no ICU: dicel_names is byte order (migration 0062)")
    # Inserted out of order, so neither the heap nor the ids hold the answer.
    with psycopg.connect(db_dsn) as conn:
        for name in ("Zawadi", "de Gaulle", "Bosco", "Évariste", "Béatrice"):
            conn.execute(
                "INSERT INTO clients (company_name, contact_person) VALUES (%s, %s)",
                (f"{name} Ltd", name),
            )
    for logins in open_logins(db_dsn):
        yield logins.person(Role.CLIENT, department="CLIENT")


def _walk(listing: Listing, connection, page: int, reverse: bool = False) -> list[str]:
    """Every row, a keyset page at a time, as the grid reads them."""
    rows = listing.first(connection, page, reverse=reverse)
    out = list(rows)
    while len(rows) == page:
        rows = listing.after(connection, listing.key_of(rows[-1]), page, reverse=reverse)
        out.extend(rows)
    return [r[1] for r in out]


@pytest.mark.parametrize("column", ["company_name", "contact_person"])
def test_the_clients_list_sorts_names_as_people_expect(clerk, column):
    suffix = " Ltd" if column == "company_name" else ""
    expected = [f"{name}{suffix}" for name in EXPECTED]
    query = ListQuery("clients", listing_columns("clients"), sort=column)
    with clerk.engine.connect() as connection:
        # Pages of two: the keyset comparison (name, id) > (:k, :id) crosses the accents.
        assert _walk(Listing(query), connection, 2) == expected
        assert (
            _walk(Listing(query.sorted_by(column, descending=True)), connection, 2)
            == (expected[::-1])
        )


def test_a_picker_lists_clients_in_the_same_order(clerk):
    with Session(clerk.engine) as session:
        first = search_references(session, "clients", "", limit=3)
        rest = search_references(session, "clients", "", after=first.after, limit=3)
    # A client is named by its company name alone (domain.tables).
    assert [name for _id, name in first.items + rest.items] == [f"{n} Ltd" for n in EXPECTED]


def test_the_statistics_of_names_are_read_in_the_order_of_names(clerk, db_dsn):
    """A jump in the grid (key_at) and a picker's guess where matches begin (name_order)
    read pg_stats, whose values come back as text: in the names' order, not bytes."""
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("ANALYZE clients")
    query = ListQuery("clients", listing_columns("clients"), sort="company_name")
    with clerk.engine.connect() as connection:
        listing = Listing(query)
        first, last = listing.key_at(connection, 0.0), listing.key_at(connection, 1.0)
        assert listing.distribution_source == "statistics"
        assert (first[0], last[0]) == ("Béatrice Ltd", "Zawadi Ltd")
        order = name_order(connection.connection.driver_connection, "clients", "company_name")
    # The names' order, each as a search compares it (accents away, migration 0123): a
    # picker's guess compares folded words with them.
    assert [name for name, _share in order.points] == [search_folded(f"{n} Ltd") for n in EXPECTED]
