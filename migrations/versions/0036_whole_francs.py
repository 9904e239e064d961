"""A payment in francs is whole francs.

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-06

The Rwandan franc has no minor unit in use (ISO 4217: 0 decimals), yet
``dicel_record_invoice_payment`` booked 1,000.50 RWF typed into the payment dialog. The
invoice then owed 3,786,799.50 RWF, the account's balance ended in .50, and no payment in
whole francs could settle it again (a user-eye review, stop 21).

The function now refuses an amount with a fraction of the unit in a currency without one
(``DW329``, the amount and currency in DETAIL, COLUMN ``amount``), unless the amount is
exactly what is still owed: an invoice already holding cents (its VAT is rounded to cents,
18 % of 1,001 RWF is 180.18; or a fractional payment made before this revision) can still
be settled. The check comes after "more than is owed" (DW312), the more useful of the two
answers for a person who typed both too much and a fraction.

``dicel_pay_expense`` and ``dicel_pay_payroll`` take no amount (they pay the record's own),
so they are left as they are. No CHECK on ``transactions`` either (docs/decisions.md,
"Expenses, invoices and payroll"): the amounts the database computes may hold cents, and a
CHECK would make such an invoice or expense impossible to pay.

The function keeps its signature, owner and grants (CREATE OR REPLACE); downgrade gives
back migration 0014's body.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql

revision: str = "0036"
down_revision: str | None = "0035"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "dicel_record_invoice_payment(uuid, uuid, numeric, date, text, text)"

#: ISO 4217 currencies with minor unit 0, as this revision knows them (frozen here: the
#: client's list, domain/amounts.py, may grow; a later revision would follow it).
WHOLE_CURRENCIES = ("RWF", "BIF", "UGX", "JPY", "KRW", "XAF", "XOF", "CLP")

#: Where the check goes in 0014's body: after the refusal of more than is owed.
_AFTER = """            COLUMN = 'amount';
    END IF;
    SELECT c.company_name INTO v_client"""

_CHECK = f"""            COLUMN = 'amount';
    END IF;
    -- No fraction of a unit a currency does not use (RWF), unless it settles exactly
    -- what is owed (an invoice whose VAT or an earlier payment left cents).
    IF v_invoice.currency IN ({", ".join(f"'{c}'" for c in WHOLE_CURRENCIES)})
       AND v_amount <> trunc(v_amount)
       AND v_amount <> v_invoice.total_amount - v_paid THEN
        RAISE EXCEPTION USING ERRCODE = 'DW329', MESSAGE = 'a fraction of a whole currency',
            DETAIL = json_build_object('amount', v_amount,
                'currency', v_invoice.currency)::text,
            COLUMN = 'amount';
    END IF;
    SELECT c.company_name INTO v_client"""


def _body(*, whole: bool) -> str:
    """0014's function (with the check when ``whole``), as a CREATE OR REPLACE."""
    finance = earlier_revision("0014_finance_flows")
    (create,) = (c for s, c in finance.FUNCTIONS if s == SIGNATURE)
    create = finance._sql(create)
    assert create.count(_AFTER) == 1, "0014's payment function is not as expected"
    if whole:
        create = create.replace(_AFTER, _CHECK)
    replaced = create.replace(
        "CREATE FUNCTION public.dicel_record_invoice_payment(",
        "CREATE OR REPLACE FUNCTION public.dicel_record_invoice_payment(",
    )
    assert replaced != create
    return replaced


def upgrade() -> None:
    execute_sql(_body(whole=True))


def downgrade() -> None:
    execute_sql(_body(whole=False))
