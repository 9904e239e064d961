"""An invoice prints from the company to its client: every login reads the company's
details.

Revision ID: 0099
Revises: 0098
Create Date: 2026-12-07

Found in a user-eye review (eye29, finding 8): an invoice printed from its window was
the record's form, with its internal notes ("to be checked before sending"), who created
it and its Payment group, and neither the client's address and tax number nor the
company's TIN; a draft was not marked. A finance clerk prints it to send to the client.
It now prints as an invoice (``gui/workflows/invoice_document.py``), and what it is
issued from is the company: its name, address, TIN, phone and e-mail, in the settings
``company.name``, ``company.address``, ``company.tin``, ``company.phone`` and
``company.email``.

``system_settings`` is the administrators' alone, so a finance login reads none of
them; ``dicel_company_name()`` (migration 0014) gives every login the name for a page's
head, and ``dicel_payslip`` reads the address and TIN as definer. The same details for
any document: ``dicel_company_details()`` returns the five (NULL where not set), SECURITY
DEFINER, owned by ``dicel_owner``, EXECUTE for every login (they are printed on what
the company sends out; no other setting is read through it).

A downgrade drops it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql

revision: str = "0099"
down_revision: str | None = "0098"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DETAILS_SIGNATURE = "public.dicel_company_details()"
DETAILS = f"""
CREATE FUNCTION {DETAILS_SIGNATURE}
RETURNS TABLE (name text, address text, tin text, phone text, email text)
LANGUAGE sql STABLE {DEFINER}
AS $$
    -- Migration 0099: what a document the company sends out says of it (an invoice's
    -- From); the settings table is admin's alone.
    SELECT public.dicel_setting_text('company.name'),
           public.dicel_setting_text('company.address'),
           public.dicel_setting_text('company.tin'),
           public.dicel_setting_text('company.phone'),
           public.dicel_setting_text('company.email')
$$"""


def upgrade() -> None:
    create_owned_function(DETAILS, DETAILS_SIGNATURE)


def downgrade() -> None:
    execute_sql(f"DROP FUNCTION {DETAILS_SIGNATURE}")
