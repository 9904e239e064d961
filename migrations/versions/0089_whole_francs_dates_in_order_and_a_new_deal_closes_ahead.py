"""Francs are whole in every money column a person types; dates come in their order; a
new deal is not expected to close on a day past.

Revision ID: 0089
Revises: 0088
Create Date: 2026-12-05

Found in a user-eye review (eye27): a new opportunity's Estimated value typed 2500000.50
saved "2,500,000.50 RWF"; a policy saved with its next review (01/12/2026) before its
effective date (01/01/2027); a new opportunity saved expected to close in the past (and
was at once flagged overdue).

**Whole francs.** Migration 0039's trigger ``<table>_whole_units`` (function
``dicel_refuse_fraction_of_whole_currency``) is put on every money column of
``domain.amounts.WHOLE_AMOUNTS`` it was not on: a fraction typed anew in a currency
without a minor unit (the column's currency, or RWF where the row names none) is
refused, ``DW346`` in francs (COLUMN the amount's; DETAIL amount and currency), DW330
in another (as 0039's). A trigger, as 0039 decided, rather than a CHECK: a row holding
cents from before can still be worked on. The function takes a third argument, the code
for francs; 0039's two triggers keep giving DW330.

**Dates in order.** ``domain.entry_rules.ORDERED_DATES``: a CHECK ``ck_<table>_<later>_order``
(``later >= earlier``; NULL passes) for each pair the plan left unchecked, the same the
models carry so the forms say it beside the field first; 23514 is worded from the
constraint (``field_on_or_after``). Added NOT VALID then validated.

**A new deal's close.** ``opportunities_close_ahead`` (BEFORE INSERT): an expected close
date before ``dicel_company_day()`` is ``DW347``, but for the functions' owner and a
superuser (who load a company's history, as 0007's locks let them). An existing deal
may be past its date: that is what the overdue flag is for.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)
from dicel_desktop.db.models.ordered_dates import order_check_sql
from dicel_desktop.domain.amounts import WHOLE_AMOUNTS
from dicel_desktop.domain.entry_rules import order_check_name
from dicel_desktop.domain.roles import OWNER_ROLE

#: The pairs this revision checks, frozen as they were (``domain.entry_rules.ORDERED_DATES``
#: grew after it: migration 0098 adds its own pairs).
ORDERED_DATES: tuple[tuple[str, str, str], ...] = (
    ("compliance_policies", "review_date", "effective_date"),
    ("employees", "termination_date", "hire_date"),
    ("performance_reviews", "review_period_end", "review_period_start"),
    ("purchase_orders", "expected_delivery", "order_date"),
    ("recovery_cases", "target_completion_date", "start_date"),
    ("recovery_cases", "actual_completion_date", "start_date"),
    ("training_programs", "end_date", "start_date"),
    ("it_assets", "warranty_expiry", "purchase_date"),
    ("patrol_logs", "end_time", "start_time"),
)

revision: str = "0089"
down_revision: str | None = "0088"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0039 = earlier_revision("0039_whole_franc_expenses_and_hidden_cases")

#: The code a fraction of a franc gets in the columns this revision adds.
FRANCS_CODE = "DW346"

REFUSE_FRACTION = replaced(
    or_replace(_0039.REFUSE_FRACTION),
    "        ERRCODE = 'DW330',",
    "        -- Migration 0089: TG_ARGV[2], when given, is the code for francs.\n"
    f"        ERRCODE = CASE WHEN TG_NARGS > 2 AND v_currency = '{_0039.HOME_CURRENCY}'"
    " THEN TG_ARGV[2] ELSE 'DW330' END,",
)


def _added() -> list[tuple[str, str, str | None]]:
    return [
        (table, amount, currency)
        for (table, amount), currency in WHOLE_AMOUNTS.items()
        if table not in _0039.WHOLE_AMOUNTS
    ]


def _trigger_name(table: str, amount: str) -> str:
    return f"{table}_{amount}_whole_units"


def _trigger(table: str, amount: str, currency: str | None) -> str:
    columns = f"{amount}, {currency}" if currency else amount
    return (
        f"CREATE TRIGGER {_trigger_name(table, amount)} BEFORE INSERT OR UPDATE OF {columns}"
        f" ON public.{table} FOR EACH ROW EXECUTE FUNCTION"
        f" public.dicel_refuse_fraction_of_whole_currency('{amount}', '{currency or ''}',"
        f" '{FRANCS_CODE}')"
    )


CLOSE_AHEAD_SIGNATURE = "public.dicel_new_deal_closes_ahead()"
CLOSE_AHEAD = f"""
CREATE FUNCTION public.dicel_new_deal_closes_ahead() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0089: a new deal is not expected to close on a day already past (the
    -- company's day); an existing one may be, the overdue flag says so. The
    -- functions' owner and a superuser (whose sessions load history) pass.
    IF NEW.expected_close_date < public.dicel_company_day()
       AND current_user <> '{OWNER_ROLE}'
       AND NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)
    THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW347',
            MESSAGE = format('opportunities: a new deal expected to close on %s, before today',
                             NEW.expected_close_date),
            DETAIL = json_build_object('expected_close_date', NEW.expected_close_date,
                                       'today', public.dicel_company_day())::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'expected_close_date';
    END IF;
    RETURN NEW;
END
$$"""


def _check_name(table: str, later: str) -> str:
    return f"ck_{table}_{order_check_name(later)}"


def upgrade() -> None:
    execute_sql(REFUSE_FRACTION)
    for table, amount, currency in _added():
        execute_sql(_trigger(table, amount, currency))
    for table, later, earlier in ORDERED_DATES:
        name = _check_name(table, later)
        execute_sql(
            f'ALTER TABLE public."{table}" ADD CONSTRAINT "{name}"'
            f" CHECK ({order_check_sql(later, earlier)}) NOT VALID"
        )
        execute_sql(f'ALTER TABLE public."{table}" VALIDATE CONSTRAINT "{name}"')
    create_owned_function(CLOSE_AHEAD, CLOSE_AHEAD_SIGNATURE)
    execute_sql(
        "CREATE TRIGGER opportunities_close_ahead BEFORE INSERT ON public.opportunities"
        " FOR EACH ROW EXECUTE FUNCTION public.dicel_new_deal_closes_ahead()"
    )


def downgrade() -> None:
    execute_sql("DROP TRIGGER opportunities_close_ahead ON public.opportunities")
    execute_sql(f"DROP FUNCTION {CLOSE_AHEAD_SIGNATURE}")
    for table, later, _earlier in reversed(ORDERED_DATES):
        execute_sql(f'ALTER TABLE public."{table}" DROP CONSTRAINT "{_check_name(table, later)}"')
    for table, amount, _currency in reversed(_added()):
        execute_sql(f"DROP TRIGGER {_trigger_name(table, amount)} ON public.{table}")
    execute_sql(or_replace(_0039.REFUSE_FRACTION))
