"""A search reads past accents: "arsene" finds "Arsène", « cloture » finds « Clôturé ».

Revision ID: 0123
Revises: 0122
Create Date: 2026-12-06

French clerks type without accents; Rwandan names carry them. Every search a clerk types
compared lower case only: a picker did not find "Arsène" for "arsene", nor the grid's
quick search. Now both sides are folded the same way (``domain/search_words.py``): the
words in Python, the data here as ``db.base.search_folded`` writes it::

    CASE WHEN octet_length(t) = length(t) THEN lower(t COLLATE "C")
         ELSE dicel_search_folded(t) END

``dicel_search_folded(text)``: NFD, the combining marks U+0300-U+036F removed, then lower
case; an SQL function using its argument once, so PostgreSQL inlines it whatever the
argument. A text all ASCII (one byte a character) is only lowered, under C. A quick
search document asks each of its texts (``coalesce(a, '')``...) whether it is ASCII and
is joined once in either branch (``db.models.search.search_document``).

Measured, a query counting the rows a word matches in 600,000 transaction-like rows by
a sequential scan (PostgreSQL 15, a busy 2-core machine, median of 8 interleaved runs):
``lower(document)`` 383 ms (its lowering under C.UTF-8, the database's, is dearer
than the byte count); the guard above on the whole document 381 ms; the same guard in a
PL/pgSQL function 508 ms, and without ``COLLATE "C"`` about 450-500 ms (which is why the
guard is written out, not a function: an SQL function using its argument more than once
is inlined only when the argument is cheap, and an eight-column document is not). In
another run, ``lower(document)`` 225 ms, the guard on the document 259 ms (it joins the
document three times), the guard asking each text 202 ms: what the documents use. Accented text costs
6-9 us a row (NFD); ``translate()`` over the accented Latin letters 33-155 us (it walks
its whole list for each character); ``unaccent()`` 1.6-2.6 us, but STABLE, an
extension, and a rules file Python would have to copy.

The indexes that serve these searches are made again on the folded texts: the quick
search documents of 0018 (as ``db.models.search.QUICK_SEARCH`` has them now: 0025 took
the transaction's type out) and the pickers' trigram indexes of 0009. Time: as 0018's,
about a minute per million transactions on a 2-core machine, the table taking no
writes meanwhile; run it out of hours on a big database.

A client's type is searched by its words in the reader's language too (« entreprise »,
"leta"), as a state is: ``client_type IN (...)``, an arm with a btree of its own
(``ix_clients_client_type``) beside the document's, so the quick search of clients
stays a bitmap of index scans.

A table analyzed before is analyzed again: the planner weighs a word by the statistics
of the index's expression.

The downgrade gives the indexes back on ``lower()``, drops the client type's btree and
the function.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from alembic import op

from dicel_desktop.db.migrate import create_owned_function, execute_sql

revision: str = "0123"
down_revision: str | None = "0122"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGRAM_OPS = "dicel_ext.gin_trgm_ops"

# Frozen with this revision: domain/search_words.MARKS as written here.
_MARKS = r"\u0300-\u036f"

FOLDED_SIGNATURE = "dicel_search_folded(text)"
# No SET search_path (it would keep the function from being inlined, and it runs as the
# caller): every name is pg_catalog's.
FOLDED = f"""
CREATE FUNCTION public.dicel_search_folded(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    -- Migration 0123: a text as a search compares it (domain/search_words.py).
    SELECT pg_catalog.lower(pg_catalog.regexp_replace(
        pg_catalog.normalize($1, 'NFD'), '[{_MARKS}]+', '', 'g'))
$$"""


def folded(text: str) -> str:
    """``text`` as a search compares it: db.base.search_folded's SQL at this revision."""
    return (
        f'CASE WHEN octet_length({text}) = length({text}) THEN lower({text} COLLATE "C")'
        f" ELSE public.dicel_search_folded({text}) END"
    )


def folded_document(columns: Sequence[str]) -> str:
    """A quick search document folded: db.models.search.search_document's SQL at this
    revision (each text asked whether it is ASCII, the document joined once a row)."""
    texts = [f"coalesce({c}, '')" for c in columns]
    joined = " || E'\\x1f' || ".join(texts)
    ascii_only = " AND ".join(f"octet_length({t}) = length({t})" for t in texts)
    return (
        f'CASE WHEN {ascii_only} THEN lower(({joined}) COLLATE "C")'
        f" ELSE public.dicel_search_folded({joined}) END"
    )


#: Per table, the texts of its quick search document (db.models.search.QUICK_SEARCH at
#: this revision); INET columns read as text.
DOCUMENTS: dict[str, tuple[str, ...]] = {
    "transactions": ("transaction_number", "description", "reference_number"),
    "inventory_transactions": ("reference_number",),
    "audit_logs": ("action", "table_name", "CAST(ip_address AS TEXT)"),
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

#: The pickers' trigram indexes (0009): table -> the texts searched, name then number.
PICKERS: dict[str, tuple[str, ...]] = {
    "clients": ("company_name", "client_code"),
    "inventory_items": ("item_name", "item_code"),
    "invoices": ("invoice_number",),
}

CLIENT_TYPE_INDEX = "ix_clients_client_type"


def _lowered_document(columns: Sequence[str]) -> str:
    """As 0018 wrote it."""
    return "lower(" + " || E'\\x1f' || ".join(f"coalesce({c}, '')" for c in columns) + ")"


def _lowered(text: str) -> str:
    return f"lower({text})"


def _indexes(fold: Callable[[str], str], fold_document: Callable[[Sequence[str]], str]) -> None:
    for table, columns in DOCUMENTS.items():
        execute_sql(f"DROP INDEX public.ix_{table}_quick_search_trgm")
        execute_sql(
            f"CREATE INDEX ix_{table}_quick_search_trgm ON public.{table}"
            f" USING gin (({fold_document(columns)}) {TRIGRAM_OPS})"
        )
    for table, columns in PICKERS.items():
        texts = ", ".join(f"({fold(c)}) {TRIGRAM_OPS}" for c in columns)
        execute_sql(f"DROP INDEX public.ix_{table}_search_trgm")
        execute_sql(f"CREATE INDEX ix_{table}_search_trgm ON public.{table} USING gin ({texts})")
    for table in dict.fromkeys((*DOCUMENTS, *PICKERS)):
        # The planner weighs a search by the statistics of the index's expression, which
        # only a whole table's ANALYZE gathers: again where the table had been analyzed
        # (reltuples -1 tells the planner and the grid's estimate to look at its size).
        (analyzed,) = execute_sql(
            f"SELECT reltuples >= 0 FROM pg_class WHERE oid = 'public.{table}'::regclass"
        ).fetchone()
        if analyzed:
            execute_sql(f"ANALYZE public.{table}")


def upgrade() -> None:
    # EXECUTE for every login (the grid's searches run as the person): sync-grants after
    # the upgrade (domain/permissions.py FUNCTION_EXECUTE).
    create_owned_function(FOLDED, FOLDED_SIGNATURE)
    _indexes(folded, folded_document)
    op.create_index(CLIENT_TYPE_INDEX, "clients", ["client_type"])


def downgrade() -> None:
    op.drop_index(CLIENT_TYPE_INDEX, table_name="clients")
    _indexes(_lowered, _lowered_document)
    execute_sql(f"DROP FUNCTION public.{FOLDED_SIGNATURE}")
