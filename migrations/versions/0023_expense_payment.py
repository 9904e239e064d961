"""An approved expense is paid through a function of the database.

Revision ID: 0023
Revises: 0021
Create Date: 2026-12-04

``expenses`` had a ``paid`` state that nothing could reach: no role writes ``status``
(it is a workflow's), and no workflow paid. ``dicel_pay_expense(expense_id, account_id,
paid_on)`` (finance; SECURITY DEFINER owned by dicel_owner, as every step of migration
0014) pays an approved expense from one account in the expense's currency: one posted
debit of its amount whose reference is the expense number (as an invoice's payments are
the credits referencing its number; the account's balance follows through
``dicel_keep_account_balance``), and the expense ``paid`` on that day (``paid_date``, a
new column, the function's only). The expense's row lock makes it one payment, however
many finance officers press at once: the others are told who paid it and when (DW001).
Refused: not finance (DW002), not approved (DW004), one's own expense (DW328: whoever
filed an expense does not pay it to themselves), a day in the future (DW309), an account
closed (DW310), in another currency (DW311) or holding less than the amount (DW327).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dicel_desktop.db.migrate import create_owned_function, execute_sql

revision: str = "0023"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "dicel_pay_expense(uuid, uuid, date)"

PAY_EXPENSE = r"""
CREATE FUNCTION public.dicel_pay_expense(expense_id uuid, account_id uuid, paid_on date)
RETURNS uuid LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := expense_id;
    v_account_id uuid := account_id;
    v_paid_on date := coalesce(paid_on, current_date);
    v_me uuid := public.dicel_current_user_id();
    v_expense public.expenses%ROWTYPE;
    v_account public.financial_accounts%ROWTYPE;
    v_paid record;
    v_transaction uuid;
BEGIN
    IF v_me IS NULL OR NOT public.dicel_has_role('finance') THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only finance pays expenses',
            DETAIL = json_build_object('deciders', 'finance')::text;
    END IF;
    -- The expense's row lock: of two officers paying it at once, the second waits here
    -- and then finds it paid.
    SELECT * INTO v_expense FROM public.expenses x WHERE x.id = v_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW399', MESSAGE = 'no such expense',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    IF v_expense.status = 'paid' THEN
        SELECT t.created_by, t.created_at INTO v_paid
          FROM public.transactions t
         WHERE t.reference_number = v_expense.expense_number AND t.transaction_type = 'debit'
         ORDER BY t.created_at DESC, t.id DESC LIMIT 1;
        RAISE EXCEPTION USING ERRCODE = 'DW001', MESSAGE = 'expense already paid',
            DETAIL = json_build_object('state', 'paid',
                'who', public.dicel_person_name(v_paid.created_by),
                'when', v_paid.created_at)::text;
    END IF;
    IF v_expense.status IS DISTINCT FROM 'approved' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'expense not payable',
            DETAIL = json_build_object('state', v_expense.status, 'action', 'paid')::text;
    END IF;
    IF v_expense.created_by = v_me THEN
        RAISE EXCEPTION USING ERRCODE = 'DW328', MESSAGE = 'an expense of one''s own',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    IF v_paid_on > current_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW309', MESSAGE = 'paid in the future',
            DETAIL = json_build_object('date', v_paid_on)::text, COLUMN = 'paid_on';
    END IF;
    -- The account's row lock: two payments from it never both spend the same money.
    SELECT * INTO v_account FROM public.financial_accounts a WHERE a.id = v_account_id
       FOR UPDATE;
    IF NOT FOUND OR NOT coalesce(v_account.is_active, true) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW310', MESSAGE = 'account not usable',
            DETAIL = json_build_object('account', v_account.account_name)::text,
            COLUMN = 'account_id';
    END IF;
    IF v_account.currency IS DISTINCT FROM v_expense.currency THEN
        RAISE EXCEPTION USING ERRCODE = 'DW311', MESSAGE = 'account in another currency',
            DETAIL = json_build_object('account', v_account.account_name,
                'account_currency', v_account.currency, 'currency', v_expense.currency)::text,
            COLUMN = 'account_id';
    END IF;
    IF coalesce(v_account.balance, 0) < v_expense.amount THEN
        RAISE EXCEPTION USING ERRCODE = 'DW327', MESSAGE = 'not enough on the account',
            DETAIL = json_build_object('account', v_account.account_name,
                'balance', coalesce(v_account.balance, 0), 'needed', v_expense.amount,
                'currency', v_expense.currency)::text,
            COLUMN = 'account_id';
    END IF;
    -- The debit moves the account's balance (dicel_keep_account_balance).
    INSERT INTO public.transactions (account_id, transaction_type, amount, currency,
                                     description, reference_number, transaction_date)
    VALUES (v_account_id, 'debit', v_expense.amount, v_expense.currency,
            concat_ws(' · ', v_expense.expense_category || ': ' || v_expense.expense_number,
                      v_expense.vendor),
            v_expense.expense_number, v_paid_on)
    RETURNING id INTO v_transaction;
    UPDATE public.expenses x SET status = 'paid', paid_date = v_paid_on
     WHERE x.id = v_id AND x.status = 'approved';
    RETURN v_transaction;
END
$$"""


def upgrade() -> None:
    op.add_column("expenses", sa.Column("paid_date", sa.Date(), nullable=True))
    # Payments made before: the day of the debit that references the expense. Triggers
    # off for this one statement (a superuser's): it fills in a fact, it changes nothing
    # anyone did, so no audit entry and no new updated_at.
    execute_sql("SET LOCAL session_replication_role = replica")
    execute_sql(
        "UPDATE public.expenses x SET paid_date = t.transaction_date"
        "  FROM (SELECT DISTINCT ON (reference_number) reference_number, transaction_date"
        "          FROM public.transactions WHERE transaction_type = 'debit'"
        "         ORDER BY reference_number, created_at DESC) t"
        " WHERE x.status = 'paid' AND t.reference_number = x.expense_number"
    )
    execute_sql("SET LOCAL session_replication_role = DEFAULT")
    create_owned_function(PAY_EXPENSE, SIGNATURE)


def downgrade() -> None:
    execute_sql(f"DROP FUNCTION IF EXISTS public.{SIGNATURE}")
    op.drop_column("expenses", "paid_date")
