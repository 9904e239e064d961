"""A payer's reference is as long as a reference number, in the database as in the window.

Revision ID: 0091
Revises: 0090
Create Date: 2026-12-05

The payment dialog and ``services.invoicing.record_payment`` hold the payer's reference
(a cheque number, a MoMo transaction id) to a transaction's reference number, 100
characters (stop 27: the box no longer cuts a paste silently, it says the text is too
long). ``dicel_record_invoice_payment`` writes it into the credit's description, a TEXT,
and measured it against 0085's 100,000 only: from psql a reference of 100,000 characters
was booked where the window refuses 101. It is now refused over 100 (DW024, COLUMN
``reference``, TABLE ``transactions``, DETAIL ``length`` and ``most``), measured first as
0085 measured it, in place of 0085's block (its ``octet_length($6)`` is the measure
``measure_arguments`` looks for). A downgrade gives back 0060's body with 0085's block.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql, replaced
from dicel_desktop.db.text_limits import measure_arguments
from dicel_desktop.domain.text_limits import LONG_TEXT

revision: str = "0091"
down_revision: str | None = "0090"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0060 = earlier_revision("0060_money_stays_with_its_invoice_and_its_account")
_0085 = earlier_revision("0085_every_typed_text_has_a_size_limit")

#: transactions.reference_number VARCHAR(100): what the window holds the reference to.
REFERENCE_MOST = 100

PAYMENT = replaced(
    _0060.PAYMENT,
    "\nBEGIN\n",
    "\nBEGIN\n    -- Migration 0091: the reference as long as a reference number, measured first.\n"
    + _0085._too_long("$6", REFERENCE_MOST, "DW024", "'reference'", "'transactions'"),
)


def upgrade() -> None:
    execute_sql(PAYMENT)  # CREATE OR REPLACE: it keeps its owner and grants


def downgrade() -> None:
    execute_sql(_0060.PAYMENT)
    measure_arguments(execute_sql, LONG_TEXT)  # 0085's block, as it was
