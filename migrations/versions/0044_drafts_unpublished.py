"""A job posting not published yet has no publication date.

Revision ID: 0044
Revises: 0043
Create Date: 2026-12-09

``job_postings.posted_date`` kept the seed's default, ``CURRENT_DATE``: since migration
0038 a new posting is a ``draft``, yet it showed "Published on" the day it was typed in,
and publishing it (``dicel_publish_job_posting``, which sets the date to today) wrote
over a date nobody had published it on. The default is dropped, a decided difference
from the seed beside 0038's ``draft`` (tests/db/test_seed_catalog.py), and the drafts
already there lose the date they were given: none of them was published. A posting in
any other state keeps its date.

A downgrade gives the default back; the drafts' dates cleared here stay empty (there
was never a day they were published on).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0044"
down_revision: str | None = "0043"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE public.job_postings ALTER COLUMN posted_date DROP DEFAULT")
    op.execute(
        "UPDATE public.job_postings SET posted_date = NULL"
        " WHERE status = 'draft' AND posted_date IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE public.job_postings ALTER COLUMN posted_date SET DEFAULT CURRENT_DATE")
