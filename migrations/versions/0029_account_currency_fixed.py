"""An account's currency is fixed once it has transactions.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-04

Found with psql in stop 19's security review: finance could switch an account holding
1.49 billion RWF to USD, and its balance was silently read as dollars, where the rule is
that amounts in different currencies are never added together (a transaction is in its
account's currency, DW311). ``financial_accounts_currency_fixed`` refuses the change
(``DW315``) once any transaction names the account; a new account may still be
corrected.
"""

from collections.abc import Sequence

from dicel_desktop.db.migrate import create_owned_function, execute_sql

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "dicel_account_currency_fixed()"

FIXED = f"""
CREATE FUNCTION public.{SIGNATURE} RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT FROM public.transactions t WHERE t.account_id = NEW.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW315', MESSAGE = 'the account has transactions',
            DETAIL = json_build_object('account', NEW.account_name,
                                       'account_currency', OLD.currency,
                                       'currency', NEW.currency)::text;
    END IF;
    RETURN NEW;
END
$$"""


def upgrade() -> None:
    create_owned_function(FIXED, SIGNATURE)
    execute_sql(
        "CREATE TRIGGER financial_accounts_currency_fixed BEFORE UPDATE OF currency"
        " ON public.financial_accounts FOR EACH ROW"
        " WHEN (OLD.currency IS DISTINCT FROM NEW.currency)"
        f" EXECUTE FUNCTION public.{SIGNATURE}"
    )


def downgrade() -> None:
    execute_sql(
        "DROP TRIGGER IF EXISTS financial_accounts_currency_fixed ON public.financial_accounts"
    )
    execute_sql(f"DROP FUNCTION IF EXISTS public.{SIGNATURE}")
