"""Indexes the data grid needs on the tables that grow big.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

A grid page is ``WHERE (sort_key, id) > (:k, :id) ORDER BY sort_key, id LIMIT n``
(services/listing.py). With a btree on (sort_key, id) that is one index range scan of
n entries, whatever the position: row 900,000 costs what row 10 costs, in both
directions (DESC scans the same index backwards; NULLs sort last ascending and first
descending, the btree's own order). Without it, PostgreSQL sorts every row past the
key (or, with an index on the sort column alone, every row of each run of equal keys).

Only where a list is both big and commonly sorted that way, since each index costs
every INSERT and UPDATE:

* transactions (the big finance list): by date (its default order) and by amount. Its
  transaction_number is UNIQUE already, so that index serves keyset pages on the number
  (an equal number never needs the id to break a tie). ``idx_transactions_date``
  (seed) is now a prefix of the (date, id) index and redundant, but kept: the seed's
  indexes are kept by name (tests/db/test_seed_catalog.py).
* audit_logs (every change of every table lands here): by time, its default order.

Other sort columns of big tables still work, by a sort on the server. CREATE INDEX (not
CONCURRENTLY: migrations run in one transaction) blocks writes to the table while it
builds: seconds for a million rows; run the upgrade out of hours on a big database.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (name, table, columns): names follow the models' naming convention (ix_<table>_<cols>).
INDEXES = [
    ("ix_transactions_transaction_date_id", "transactions", ["transaction_date", "id"]),
    ("ix_transactions_amount_id", "transactions", ["amount", "id"]),
    ("ix_audit_logs_created_at_id", "audit_logs", ["created_at", "id"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
