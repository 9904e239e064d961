"""Indexes that keep the grid's quick search instant on the tables that grow big.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04

The quick search (services/listing.py, "Indexed quick search") asks, per word typed,
whether the word occurs in a row's own text columns, in the name of a visible reference
or in the label of a visible state. Without an index that reads the whole table (0.65 s
per million transactions). Two kinds of index make each part an index scan, OR-ed by a
BitmapOr:

* a pg_trgm GIN index on the table's search document, ``lower(coalesce(a, '') ||
  E'\\x1f' || coalesce(b, '') ...)`` over the texts the table's list shows by default, exactly the
  expression ``db.models.search.search_document`` builds (tests/db/test_search_index.py checks
  that the plan uses it, table by table). ``LIKE '%word%'`` uses it for words of three
  letters or more.
* a btree on the foreign keys a list shows by name, where the seed has none: the
  search looks the name up in the referenced table and the rows by
  ``fk = ANY(ARRAY(...))``.

pg_trgm is in schema ``dicel_ext`` since migration 0009 (see there why).

Time: building a GIN trigram index reads and splits every text of the table: about a
minute per million transactions on a 2-core machine, during which the table takes no
writes (CREATE INDEX, not CONCURRENTLY: alembic runs each migration in one transaction,
which CONCURRENTLY cannot run in, and 0009 did the same). Run the upgrade out of hours
on a big database.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGRAM_OPS = "dicel_ext.gin_trgm_ops"

#: Per table, the own text columns its list shows by default, in that order, as
#: ``db.models.search.QUICK_SEARCH`` has them then; INET columns are read as text.
DOCUMENTS: dict[str, tuple[str, ...]] = {
    "transactions": ("transaction_number", "transaction_type", "description", "reference_number"),
    "inventory_transactions": ("reference_number",),
    "audit_logs": ("action", "table_name", "ip_address::text"),
    "clients": (
        "client_code",
        "company_name",
        "contact_person",
        "email",
        "phone",
        "tax_number",
        "industry",
        "client_type",
    ),
    "invoices": ("invoice_number",),
    "expenses": ("expense_number", "expense_category", "description", "vendor"),
    "employees": ("employee_number", "position", "work_location"),
}

#: (table, foreign key) a list shows by name and no index of the seed or of an earlier
#: migration covers.
FOREIGN_KEYS: list[tuple[str, str]] = [
    ("transactions", "created_by"),
    ("inventory_transactions", "created_by"),
    ("audit_logs", "user_id"),
    ("invoices", "client_id"),
    ("invoices", "created_by"),
    ("expenses", "department_id"),
    ("expenses", "approved_by"),
    ("expenses", "created_by"),
    ("employees", "user_id"),
]


def document_sql(columns: Sequence[str]) -> str:
    joined = " || E'\\x1f' || ".join(f"coalesce({c}, '')" for c in columns)
    return f"lower({joined})"


def upgrade() -> None:
    for table, columns in DOCUMENTS.items():
        op.execute(
            f"CREATE INDEX ix_{table}_quick_search_trgm ON {table}"
            f" USING gin (({document_sql(columns)}) {TRIGRAM_OPS})"
        )
    for table, column in FOREIGN_KEYS:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in reversed(FOREIGN_KEYS):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
    for table in reversed(DOCUMENTS):
        op.execute(f"DROP INDEX ix_{table}_quick_search_trgm")
