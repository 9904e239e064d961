"""A payment is taken off its invoice by reversing it; a count finds surplus of a
discontinued item; a movement by hand does not cite a purchase order's number.

Revision ID: 0066
Revises: 0065
Create Date: 2026-12-05

**Nothing took a payment off an invoice.** A clerk who recorded a payment on the wrong
invoice, or a cheque that bounced, had no way back: a reversing transaction filed by hand
with the invoice's number is refused (DW314, migration 0060), rightly, since only the
invoice's own step keeps the invoice in step with its money. The step is now
``dicel_reverse_invoice_payment(transaction_id, reason)`` (finance and admin), which in
one transaction, under the invoice's row lock then the account's (the order the payment
takes them in): writes a posted debit of the payment's amount on the payment's account
(its own number; ``reference_number`` the invoice's; the new column
``reverses_transaction_id`` the payment; the reason in its description), so the
account's balance moves back through its trigger (0014); appends the reason to the
invoice's notes; and sets the invoice's state from what is left paid: paid in full stays
``paid``, something ``partially_paid``, nothing ``overdue`` past its due date and
``sent`` before it (as ``dicel_mark_overdue_invoices`` would have it). Both rows are
audited by their tables' triggers, as the session's login. The payment itself stays
posted: the books keep both entries.

``dicel_invoice_paid`` (0014) counts an invoice's posted credits less the posted debits
reversing them. ``reverses_transaction_id`` is UNIQUE (one reversal per payment, whatever
happens at once) and written by no role (domain/permissions.py: a function's column).

Refused, in the person's words: a caller not finance or admin (``DW002``); a transaction
not there (``DW399``); one that is not a posted credit on an invoice's number in its
currency (``DW339``, DETAIL ``transaction``); a reversal (``DW340``, DETAIL
``transaction``, ``reversed``); a payment already reversed (``DW341``, DETAIL
``transaction``, ``reversal``, ``date``: the second of two sessions at once waits for
the invoice's lock and then finds the first one's); a payment of a cancelled invoice
(``DW342``, DETAIL ``invoice``); an empty reason (``DW343``, COLUMN ``reason``).

**A count that finds more of a discontinued item** could not be recorded: 0059 refused a
positive ``adjustment`` on it (DW222) to close the hole of stock "adjusted" in. A
positive adjustment whose reference type is ``adjustment`` (the dialog's "A stock
count") is now accepted on a discontinued item when its note says what the count found
(``DW224``, DETAIL ``item``, COLUMN ``notes``, without one); ``in``, and an adjustment
referring to anything else, are still DW222.

**A movement citing a purchase order's number** read like a receipt in the item's
history: ``dicel_move_stock(item, 'out', 2, 'transfer', 'PO-2026-000138', ...)`` was
accepted. Receiving writes its movements through ``dicel_stock_movement`` (0059), so a
movement through ``dicel_move_stock`` with a reference shaped as an order's number
(``PO_NUMBER_SHAPE``, what ``dicel_doc_number('PO', n)`` makes, upper-cased and trimmed
first) is refused: ``DW223``, DETAIL ``reference``, COLUMN ``reference_number``.

A downgrade drops the function and the column and gives back 0014's
``dicel_invoice_paid`` and 0059's ``dicel_move_stock``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0066"
down_revision: str | None = "0065"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0014 = earlier_revision("0014_finance_flows")
_0059 = earlier_revision("0059_receipts_are_received_and_discontinued_stock_only_goes_down")

# --------------------------------------------------------------------------- invoices

REVERSES = "reverses_transaction_id"

PAID_SIGNATURE = "dicel_invoice_paid(uuid)"
_PAID_CREDITS = """     WHERE i.id = dicel_invoice_paid.invoice_id AND t.status = 'posted'
       AND t.transaction_type = 'credit' AND t.currency = i.currency"""
_PAID_LESS_REVERSALS = f"""     WHERE i.id = dicel_invoice_paid.invoice_id AND t.status = 'posted'
       AND t.currency = i.currency
       -- Migration 0066: less the debits reversing them (dicel_reverse_invoice_payment).
       AND (t.transaction_type = 'credit'
            OR (t.transaction_type = 'debit' AND t.{REVERSES} IS NOT NULL))"""


def _paid(*, reversals: bool) -> str:
    create = earlier_function(_0014, PAID_SIGNATURE, _0014._sql)
    if reversals:
        create = replaced(
            create,
            "SELECT coalesce(sum(t.amount), 0)",
            "SELECT coalesce(sum(CASE t.transaction_type WHEN 'debit' THEN -t.amount"
            " ELSE t.amount END), 0)",
        )
        create = replaced(create, _PAID_CREDITS, _PAID_LESS_REVERSALS)
    return create


REVERSE_SIGNATURE = "dicel_reverse_invoice_payment(uuid, text)"

REVERSE = f"""
CREATE FUNCTION public.dicel_reverse_invoice_payment(transaction_id uuid, reason text)
RETURNS uuid LANGUAGE plpgsql {DEFINER}
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := transaction_id;
    v_reason text := nullif(btrim(reason), '');
    v_payment public.transactions%ROWTYPE;
    v_invoice public.invoices%ROWTYPE;
    v_reversal record;
    v_paid numeric;
    v_state text;
    v_new uuid;
BEGIN
    IF public.dicel_current_user_id() IS NULL
       OR NOT (public.dicel_has_role('finance') OR public.dicel_has_role('admin')) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only finance reverses payments',
            DETAIL = json_build_object('deciders', 'finance, admin')::text;
    END IF;
    SELECT * INTO v_payment FROM public.transactions t WHERE t.id = v_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW399', MESSAGE = 'no such transaction',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    IF v_payment.{REVERSES} IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW340', MESSAGE = 'a reversal is not reversed',
            DETAIL = json_build_object('transaction', v_payment.transaction_number,
                'reversed', (SELECT t.transaction_number FROM public.transactions t
                              WHERE t.id = v_payment.{REVERSES}))::text;
    END IF;
    -- Under the invoice's row lock, as a payment takes it: two reversals of one payment
    -- go one after the other, and the second finds the first.
    SELECT * INTO v_invoice FROM public.invoices i
     WHERE i.invoice_number = v_payment.reference_number FOR UPDATE;
    IF NOT FOUND OR v_payment.transaction_type IS DISTINCT FROM 'credit'
       OR v_payment.status IS DISTINCT FROM 'posted'
       OR v_payment.currency IS DISTINCT FROM v_invoice.currency THEN
        RAISE EXCEPTION USING ERRCODE = 'DW339', MESSAGE = 'not a payment of an invoice',
            DETAIL = json_build_object('transaction', v_payment.transaction_number)::text;
    END IF;
    SELECT t.transaction_number, t.transaction_date INTO v_reversal
      FROM public.transactions t WHERE t.{REVERSES} = v_id;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW341', MESSAGE = 'payment already reversed',
            DETAIL = json_build_object('transaction', v_payment.transaction_number,
                'reversal', v_reversal.transaction_number,
                'date', v_reversal.transaction_date)::text;
    END IF;
    IF v_invoice.status = 'cancelled' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW342', MESSAGE = 'invoice cancelled',
            DETAIL = json_build_object('invoice', v_invoice.invoice_number)::text;
    END IF;
    IF v_reason IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW343', MESSAGE = 'a reversal says why',
            DETAIL = json_build_object('transaction', v_payment.transaction_number)::text,
            COLUMN = 'reason';
    END IF;
    -- The account's row lock, as a payment takes it after the invoice's; the debit moves
    -- the balance back (dicel_keep_account_balance).
    PERFORM 1 FROM public.financial_accounts a WHERE a.id = v_payment.account_id FOR UPDATE;
    INSERT INTO public.transactions (account_id, transaction_type, amount, currency,
                                     description, reference_number, transaction_date,
                                     {REVERSES})
    VALUES (v_payment.account_id, 'debit', v_payment.amount, v_payment.currency,
            concat('Reversal of ', v_payment.transaction_number, ', payment of ',
                   v_invoice.invoice_number, ': ', v_reason),
            v_invoice.invoice_number, current_date, v_id)
    RETURNING id INTO v_new;
    v_paid := public.dicel_invoice_paid(v_invoice.id);
    v_state := CASE WHEN v_paid >= v_invoice.total_amount THEN 'paid'
                    WHEN v_paid > 0 THEN 'partially_paid'
                    WHEN v_invoice.due_date < current_date THEN 'overdue'
                    ELSE 'sent' END;
    UPDATE public.invoices i
       SET status = v_state,
           paid_date = CASE WHEN v_state = 'paid' THEN i.paid_date END,
           notes = concat_ws(E'\\n', i.notes,
               concat('Payment ', v_payment.transaction_number, ' reversed on ',
                      to_char(current_date, 'YYYY-MM-DD'), ': ', v_reason))
     WHERE i.id = v_invoice.id;
    RETURN v_new;
END
$$"""

# --------------------------------------------------------------------------- stock

#: What ``dicel_doc_number('PO', n)`` makes of an order's number ("PO-2026-000138").
PO_NUMBER_SHAPE = "^PO-[0-9]{4}-[0-9]{6,}$"

#: SQLSTATE -> what it refuses and the keys of its DETAIL, as 0059's ``REFUSALS``.
REFUSALS = {
    "DW223": ("a movement citing a purchase order's number", ("reference",)),
    "DW224": ("a count's surplus of a discontinued item without a note", ("item",)),
}


def _raise(code: str, detail: str, column: str) -> str:
    what = REFUSALS[code][0].replace("'", "''")
    return (
        f"RAISE EXCEPTION USING ERRCODE = '{code}', MESSAGE = 'refused: {what}',"
        f" DETAIL = ({detail})::text, COLUMN = '{column}'"
    )


_ORDER_CITED_AFTER = """    -- Migration 0059: a discontinued item is run down, nothing added."""
_ORDER_CITED = f"""    -- Migration 0066: nor does a movement by hand cite an order's number: receiving
    -- writes its own (dicel_stock_movement), and this one would read as a receipt.
    IF upper(btrim($5)) ~ '{PO_NUMBER_SHAPE}' THEN
        {_raise("DW223", "json_build_object('reference', btrim($5))", "reference_number")};
    END IF;
{_ORDER_CITED_AFTER}"""

_DISCONTINUED = """        IF FOUND AND v_item.status = 'discontinued' THEN"""
_DISCONTINUED_UNLESS_COUNTED = f"""        -- Migration 0066: unless a count found more than the books, and says what.
        IF FOUND AND v_item.status = 'discontinued' AND $2 = 'adjustment'
           AND $4 = 'adjustment' AND nullif(btrim($6), '') IS NULL THEN
            {_raise("DW224", "json_build_object('item', v_item.item_name)", "notes")};
        END IF;
        IF FOUND AND v_item.status = 'discontinued'
           AND NOT ($2 = 'adjustment' AND $4 IS NOT DISTINCT FROM 'adjustment') THEN"""


def _move_stock() -> str:
    create = replaced(_0059.MOVE_STOCK, _ORDER_CITED_AFTER, _ORDER_CITED)
    return replaced(create, _DISCONTINUED, _DISCONTINUED_UNLESS_COUNTED)


MOVE_STOCK = _move_stock()


def upgrade() -> None:
    op.add_column("transactions", sa.Column(REVERSES, sa.UUID(), nullable=True))
    op.create_foreign_key(
        op.f(f"fk_transactions_{REVERSES}_transactions"),
        "transactions",
        "transactions",
        [REVERSES],
        ["id"],
    )
    op.create_unique_constraint(op.f(f"uq_transactions_{REVERSES}"), "transactions", [REVERSES])
    # CREATE OR REPLACE keeps each function's owner and grants.
    execute_sql(_paid(reversals=True))
    create_owned_function(REVERSE, REVERSE_SIGNATURE)
    execute_sql(MOVE_STOCK)
    # EXECUTE on the new function: migrations/env.py runs sync_grants after the upgrade
    # (FUNCTION_EXECUTE, the permission table).


def downgrade() -> None:
    execute_sql(_0059.MOVE_STOCK)  # written as CREATE OR REPLACE
    execute_sql(f"DROP FUNCTION public.{REVERSE_SIGNATURE}")
    execute_sql(_paid(reversals=False))
    op.drop_constraint(op.f(f"uq_transactions_{REVERSES}"), "transactions", type_="unique")
    op.drop_constraint(
        op.f(f"fk_transactions_{REVERSES}_transactions"), "transactions", type_="foreignkey"
    )
    op.drop_column("transactions", REVERSES)
