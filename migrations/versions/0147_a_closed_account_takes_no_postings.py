"""A closed account takes no postings, and an account is closed once it holds nothing.

Revision ID: 0147
Revises: 0146
Create Date: 2026-12-07

Found with psql in review psql40 (left unfinished there; closed40 here). A finance clerk
inserted a 250,000 RWF debit on the inactive "Collections account (closed)" and its
balance went to -250,000. The four workflow functions that post refuse an inactive
account already (DW310: ``dicel_pay_expense``, ``dicel_pay_payroll``,
``dicel_record_invoice_payment``; DW344: ``dicel_reverse_invoice_payment``), but a
manual entry (finance's and admin's INSERT on ``transactions``) asked nothing, and the
window's account picker offered closed accounts for one.

* **No posting on a closed account** (``DW316``, COLUMN ``account_id``, DETAIL
  ``account``, ``account_number``): trigger ``transactions_account_open`` refuses a
  transaction inserted on an account whose ``is_active`` is false, one moved onto such an
  account, and one made posted there. Under the account's row lock (FOR NO KEY UPDATE,
  the lock the balance's trigger and ``dicel_check_transaction`` take), so closing the
  account and a posting on it are decided one after the other, each seeing the other.
  The plan's NULL ``is_active`` reads as active, as the workflow functions read it. A
  session that is no DICEL login (the superuser loading or repairing history) is not
  asked, as ``dicel_check_transaction`` does not ask it. A transaction already on a
  closed account stays as it is: its description and reference still change.
* **An account is closed once it holds nothing** (``DW317``, COLUMN ``is_active``,
  DETAIL ``account``, ``balance``, ``currency``): trigger
  ``financial_accounts_closes_empty`` refuses ``is_active`` true (or NULL) -> false
  while the balance is not zero. A closed account takes no posting, so money left on it
  (or an overdraft) could never be moved off it again, and it would drop out of the cash
  the dashboard counts while the bank still holds it: finance moves the balance first (a
  transfer out, then in on the account it goes to), then closes. Reopening is never
  refused. Accounts closed before with a balance stay closed (the upgrade says how many).

A downgrade drops both triggers and their functions.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql

revision: str = "0147"
down_revision: str | None = "0146"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW316": ("a posting on a closed account", ("account", "account_number")),
    "DW317": ("closing an account that holds money", ("account", "balance", "currency")),
}

OPEN_SIGNATURE = "public.dicel_account_takes_postings()"
OPEN_TRIGGER = "transactions_account_open"

ACCOUNT_OPEN = f"""
CREATE FUNCTION {OPEN_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_account record;
BEGIN
    -- Migration 0147 (closed40): a closed account takes no new posting (DW316), from
    -- psql as from the window. A definer: the account is read and locked whatever the
    -- writer may read of it.
    IF NOT EXISTS (SELECT FROM public.users u WHERE u.email = session_user) THEN
        RETURN NEW;  -- the superuser loading or repairing history
    END IF;
    IF NEW.account_id IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.account_id IS NOT DISTINCT FROM OLD.account_id
       AND (NEW.status IS NOT DISTINCT FROM OLD.status OR NEW.status IS DISTINCT FROM 'posted')
    THEN
        RETURN NEW;  -- a transaction already there, its description or reference changed
    END IF;
    -- The lock the balance's trigger takes: a closing at the same moment waits, or is
    -- waited for and seen.
    SELECT a.account_name, a.account_number, a.is_active INTO v_account
      FROM public.financial_accounts a WHERE a.id = NEW.account_id
       FOR NO KEY UPDATE;
    IF FOUND AND v_account.is_active IS FALSE THEN
        RAISE EXCEPTION USING ERRCODE = 'DW316',
            MESSAGE = format('account %s is closed: it takes no postings',
                             v_account.account_number),
            DETAIL = json_build_object('account', v_account.account_name,
                                       'account_number', v_account.account_number)::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'account_id';
    END IF;
    RETURN NEW;
END
$$"""

OPEN_TRIGGER_SQL = (
    f"CREATE TRIGGER {OPEN_TRIGGER} BEFORE INSERT OR UPDATE OF account_id, status"
    f" ON public.transactions FOR EACH ROW EXECUTE FUNCTION {OPEN_SIGNATURE}"
)

EMPTY_SIGNATURE = "public.dicel_account_closes_empty()"
EMPTY_TRIGGER = "financial_accounts_closes_empty"

CLOSES_EMPTY = f"""
CREATE FUNCTION {EMPTY_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0147 (closed40): an account is closed once it holds nothing (DW317).
    -- The UPDATE holds the account's row: a posting at the same moment is waited for,
    -- and this row is then the one it left (its balance).
    IF NOT EXISTS (SELECT FROM public.users u WHERE u.email = session_user) THEN
        RETURN NEW;
    END IF;
    IF NEW.is_active IS FALSE AND OLD.is_active IS DISTINCT FROM false
       AND coalesce(NEW.balance, 0) <> 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'DW317',
            MESSAGE = format('account %s holds %s %s: it is not closed',
                             NEW.account_number, NEW.balance, NEW.currency),
            DETAIL = json_build_object('account', NEW.account_name, 'balance', NEW.balance,
                                       'currency', NEW.currency)::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'is_active';
    END IF;
    RETURN NEW;
END
$$"""

EMPTY_TRIGGER_SQL = (
    f"CREATE TRIGGER {EMPTY_TRIGGER} BEFORE UPDATE OF is_active"
    f" ON public.financial_accounts FOR EACH ROW EXECUTE FUNCTION {EMPTY_SIGNATURE}"
)

_CLOSED_HOLDING = (
    "SELECT count(*) FROM public.financial_accounts"
    " WHERE is_active IS FALSE AND coalesce(balance, 0) <> 0"
)


def upgrade() -> None:
    create_owned_function(ACCOUNT_OPEN, OPEN_SIGNATURE)
    execute_sql(OPEN_TRIGGER_SQL)
    create_owned_function(CLOSES_EMPTY, EMPTY_SIGNATURE)
    execute_sql(EMPTY_TRIGGER_SQL)
    (holding,) = execute_sql(_CLOSED_HOLDING).fetchone()
    if holding:
        log.warning(
            "%d closed accounts hold a balance; they stay closed, and take no posting until"
            " finance makes them active again",
            holding,
        )


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {EMPTY_TRIGGER} ON public.financial_accounts")
    execute_sql(f"DROP FUNCTION {EMPTY_SIGNATURE}")
    execute_sql(f"DROP TRIGGER {OPEN_TRIGGER} ON public.transactions")
    execute_sql(f"DROP FUNCTION {OPEN_SIGNATURE}")
