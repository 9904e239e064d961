"""What was paid on an invoice and what it still owes, as SQL over its row. No Qt here.

One expression for the Finance dashboard's "Still owed on RWF invoices" and for the
invoices list's "Amount paid" and "Balance due" columns, so that the list a figure opens
adds up to the figure (eye29b: its rows showed only their totals, 31 M RWF more than the
tile). What was received on an invoice is exactly its posted credits in its currency
referencing its number, less the debits reversing them (migrations 0014, 0066; the same
sum as ``dicel_invoice_paid``). Written out rather than calling that function: it runs
with its caller's rights and is granted to finance and admin only, where compliance
reads the same rows; written out, the columns it reads are asked like any column's
(``BALANCE_READS``), and whoever may not read the payments (recovery) is shown neither
the figure nor the columns rather than the totals under their names.
"""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement, FromClause

from dicel_desktop.db.models import Base

#: The payments' columns the sum reads.
PAYMENTS_READ: tuple[tuple[str, str], ...] = tuple(
    ("transactions", c)
    for c in (
        "amount",
        "reference_number",
        "status",
        "transaction_type",
        "currency",
        "reverses_transaction_id",
    )
)
#: Everything the paid amount and the balance read: the invoice's own columns and its
#: payments'. A role that reads them all may be shown them.
BALANCE_READS: tuple[tuple[str, str], ...] = (
    ("invoices", "invoice_number"),
    ("invoices", "status"),
    ("invoices", "currency"),
    ("invoices", "total_amount"),
    *PAYMENTS_READ,
)


def amount_paid(invoice: FromClause) -> ColumnElement[Decimal]:
    """What was received on the invoice row ``invoice`` (the table, or an alias of it in
    the statement the expression goes into), in its currency; 0 when nothing was."""
    t = Base.metadata.tables["transactions"].alias("t")
    signed = sa.case((t.c.transaction_type == "debit", -t.c.amount), else_=t.c.amount)
    return (
        sa.select(sa.func.coalesce(sa.func.sum(signed), 0))
        .where(
            t.c.reference_number == invoice.c.invoice_number,
            t.c.status == "posted",
            t.c.currency == invoice.c.currency,
            sa.or_(
                t.c.transaction_type == "credit",
                sa.and_(t.c.transaction_type == "debit", t.c.reverses_transaction_id.is_not(None)),
            ),
        )
        .correlate(invoice)
        .scalar_subquery()
    )


#: An invoice in these states owes nothing: a draft was never sent, a cancelled one
#: is void (psql30b: the list's "Balance due" had them owe their totals, 118.6 M RWF in
#: the demo, among the debtors a clerk sorts and filters for).
OWES_NOTHING = ("draft", "cancelled")


def balance_due(invoice: FromClause) -> ColumnElement[Decimal]:
    """What the invoice row ``invoice`` still owes: its total less what was received;
    NULL (no balance) for a draft or a cancelled invoice."""
    return sa.case(
        (sa.or_(*(invoice.c.status == state for state in OWES_NOTHING)), sa.null()),
        else_=invoice.c.total_amount - amount_paid(invoice),
    )
