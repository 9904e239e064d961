"""Expenses and salaries in francs are whole; a case step tells nothing to an outsider.

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-07

**Whole francs.** Migration 0036 made the invoice payment refuse a fraction of a unit in a
currency without one (RWF, ISO 4217: 0 decimals), yet an expense of 1,000.50 RWF was
still saved, from the form or from psql, and ``dicel_pay_expense`` then debits those
cents from an RWF account. The trigger ``<table>_whole_units`` (function
``dicel_refuse_fraction_of_whole_currency``) now refuses such an amount on
``expenses.amount`` (in ``expenses.currency``) and ``employees.salary`` (in
``salary_currency``; a salary is paid in francs as the payslips are): ``DW330``, DETAIL the
amount and currency, COLUMN the amount's. It looks only at an amount or currency a
statement writes anew: a row already holding cents (made before this revision) can still
be approved, paid or changed otherwise, as the form gives it back unchanged. A NULL
currency is the home currency's (RWF), as the client reads it. The currencies are frozen
here, as 0036 froze them. Transactions, payslips, budgets, prices and invoices are left as
they are (docs/decisions.md, "Francs are whole").

**A case step says nothing of a record the caller may not see.** The tickets' and cases'
step functions (migrations 0011 and 0037) read the record as its owner: one who may call a
step but not see the record was told "only IT, Administration or the person who filed it
may close" (DW002), which says that it exists and who decides it. Each step now asks
first, before any lock and any other answer, ``dicel_can_see_record`` (the caller's own
SELECT right and row security), and refuses one who may not see it as a record that does
not exist (DW403, which a step already gave for a missing record). Whoever sees it and may
not take the step is still told DW002. The functions are made again from
``db/case_functions.py`` for the flows of 0011 and 0037 (a flow declared later gets the
check from its own migration, the generator's default); downgrade gives back their
bodies as 0011 and 0037 made them.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.case_functions import function_definitions
from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
)

revision: str = "0039"
down_revision: str | None = "0038"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: ISO 4217 currencies with minor unit 0, as this revision knows them (0036's list).
WHOLE_CURRENCIES = ("RWF", "BIF", "UGX", "JPY", "KRW", "XAF", "XOF", "CLP")
HOME_CURRENCY = "RWF"

#: table -> (amount column, currency column): the money a person types there is paid in
#: the currency's whole units.
WHOLE_AMOUNTS: dict[str, tuple[str, str]] = {
    "expenses": ("amount", "currency"),
    "employees": ("salary", "salary_currency"),
}

_WHOLE = "'{" + ",".join(WHOLE_CURRENCIES) + "}'::text[]"

REFUSE_FRACTION = f"""
CREATE FUNCTION public.dicel_refuse_fraction_of_whole_currency() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    -- TG_ARGV: [0] the amount column, [1] its currency column.
    v_new jsonb := to_jsonb(NEW);
    v_amount numeric := (v_new ->> TG_ARGV[0])::numeric;
    v_currency text := upper(coalesce(nullif(btrim(v_new ->> TG_ARGV[1]), ''),
                                      '{HOME_CURRENCY}'));
    v_old jsonb;
BEGIN
    IF v_amount IS NULL OR v_amount = trunc(v_amount) OR NOT v_currency = ANY ({_WHOLE}) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- A row holding cents from before: kept as it is, it may still be worked on.
        v_old := to_jsonb(OLD);
        IF (v_old ->> TG_ARGV[0])::numeric = v_amount
           AND upper(coalesce(nullif(btrim(v_old ->> TG_ARGV[1]), ''), '{HOME_CURRENCY}'))
               = v_currency THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION USING
        ERRCODE = 'DW330',
        MESSAGE = format('%s: a fraction of a whole currency (%s %s)', TG_TABLE_NAME,
                         v_amount, v_currency),
        DETAIL = json_build_object('amount', v_amount, 'currency', v_currency)::text,
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[0];
END
$$"""
REFUSE_FRACTION_SIGNATURE = "public.dicel_refuse_fraction_of_whole_currency()"


def _trigger(table: str, amount: str, currency: str) -> str:
    return (
        f"CREATE TRIGGER {table}_whole_units BEFORE INSERT OR UPDATE OF {amount}, {currency}"
        f" ON public.{table} FOR EACH ROW EXECUTE FUNCTION"
        f" public.dicel_refuse_fraction_of_whole_currency('{amount}', '{currency}')"
    )


def _flow_tables() -> tuple[str, ...]:
    """The flows made before this revision (0011's, 0037's); a flow declared later is
    made by its own migration, with the check already (``hides_records`` by default)."""
    return tuple(
        table
        for name in ("0011_cases", "0037_department_flows")
        for table in earlier_revision(name).TABLES
    )


def _case_functions(*, hides_records: bool) -> None:
    """The step functions made again (CREATE OR REPLACE keeps their owner and grants)."""
    for function in function_definitions(
        _flow_tables(), hides_records=hides_records, given_text=False, decided=False
    ):
        execute_sql(function.create_or_replace)


def upgrade() -> None:
    create_owned_function(REFUSE_FRACTION, REFUSE_FRACTION_SIGNATURE)
    for table, (amount, currency) in WHOLE_AMOUNTS.items():
        execute_sql(_trigger(table, amount, currency))
    _case_functions(hides_records=True)


def downgrade() -> None:
    _case_functions(hides_records=False)
    for table in reversed(WHOLE_AMOUNTS):
        execute_sql(f"DROP TRIGGER {table}_whole_units ON public.{table}")
    execute_sql(f"DROP FUNCTION {REFUSE_FRACTION_SIGNATURE}")
