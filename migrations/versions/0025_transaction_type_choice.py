"""A transaction's type is a choice the database keeps: credit or debit.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-04

``transactions.transaction_type`` is the seed's VARCHAR. Migration 0014's trigger
refuses anything but ``credit`` or ``debit`` from a DICEL login (``DW313``), and every
balance and report reads those two words, but nothing said so to the model: the form
offered a free-text box for it (a clerk had to type "credit"), and only the lists showed
it in words, in English. ``transaction_type_allowed`` is the same CHECK as every state
column's (``domain.states.TransactionType``), so the column is a choice everywhere the
model's CHECKs are read: a drop-down in the form, its words in the person's language in
lists, filters and files. The trigger stays: it words the refusal for a person.

The quick search's document of ``transactions`` (migration 0018) held the type as text;
a state is searched by its label instead (services.listing), as every other state, so the
trigram index is built again over the number, description and reference. That reads
every transaction, about a minute per million on a 2-core machine, during which the
table takes no writes (see 0018): run the upgrade out of hours on a big database.

Rows already holding another value (written by the owner or a superuser, whom the
trigger lets through) stop the migration before anything changes, with a sentence that
says how many and which values.
"""

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.migrate import refuse_values_outside

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ck_transactions_transaction_type_allowed"
#: Frozen with this revision (domain.states.TransactionType at the time).
TYPES = ("credit", "debit")
_IN = "transaction_type IN (" + ", ".join(f"'{t}'" for t in TYPES) + ")"
SEARCH_INDEX = "ix_transactions_quick_search_trgm"
#: The search document before and after (db.models.search.QUICK_SEARCH at each time).
DOCUMENT_BEFORE = ("transaction_number", "transaction_type", "description", "reference_number")
DOCUMENT_AFTER = ("transaction_number", "description", "reference_number")


def _search_index(columns: Sequence[str]) -> None:
    # As migration 0018 writes it: the expression db.models.search.search_document builds.
    document = "lower(" + " || E'\\x1f' || ".join(f"coalesce({c}, '')" for c in columns) + ")"
    op.execute(f"DROP INDEX IF EXISTS public.{SEARCH_INDEX}")
    op.execute(
        f"CREATE INDEX {SEARCH_INDEX} ON public.transactions"
        f" USING gin (({document}) dicel_ext.gin_trgm_ops)"
    )


def upgrade() -> None:
    refuse_values_outside(
        op.get_bind(),
        "transactions",
        "transaction_type",
        TYPES,
        "Some transactions are neither a credit nor a debit",
    )
    op.execute(f"ALTER TABLE public.transactions ADD CONSTRAINT {NAME} CHECK ({_IN})")
    _search_index(DOCUMENT_AFTER)


def downgrade() -> None:
    _search_index(DOCUMENT_BEFORE)
    op.execute(f"ALTER TABLE public.transactions DROP CONSTRAINT IF EXISTS {NAME}")
