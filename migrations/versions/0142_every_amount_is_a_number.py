"""Every amount is a number: no numeric column, and no workflow function taking an amount,
takes NaN.

Revision ID: 0142
Revises: 0141
Create Date: 2026-12-08

Found with psql in review psql40 (/work/reports/psql40.md, finding 1, high). PostgreSQL's
NUMERIC takes ``'NaN'``, which sorts above every number, so every money CHECK of the
schema (``amount > 0``, ``salary > 0``, ``unit_price >= 0``) let it through: one INSERT
of a finance clerk made the operating account's balance NaN for good (the balance moves
by differences, and NaN - NaN is NaN), an approved NaN expense a budget line's spent
amount, a NaN unit price an invoice's and an order's totals; HR stored a NaN salary,
Sales a NaN deal. The window refused NaN already (``gui/numbers.py``); the database now
does too, for every writer:

* **A CHECK on every numeric column** (``ck_<table>_<column>_a_number``:
  ``col IS NULL OR col <> 'NaN' OR dicel_amount_is_a_number(col, table, column)``), made from
  the catalog by ``db/number_checks.add_number_checks``, so a later migration's column
  is covered the same way (the test over the schema fails for one without it).
  Derived columns kept by triggers (a balance, a budget's spent amount, an invoice's and
  an order's totals, the login's copy of a salary) have it too: they never become NaN.
  NaN calls the function, which refuses with ``DW043`` (COLUMN, TABLE; DETAIL ``text``):
  the window's own sentence for a typed "NaN" ("Amount: “NaN” is not a number.").
  A CHECK rather than 0103's trigger: one comparison a row, a superuser's rows too.
* **Workflow functions taking an amount** (``dicel_record_invoice_payment``,
  ``dicel_stock_movement``) refuse NaN first with the same code, COLUMN the argument:
  a block at the top of the body as the database holds it
  (``number_checks.check_amount_arguments``, delimited so the downgrade takes it out).
  0106's ``dicel_recover_recovery_case`` refuses NaN already (DW435) and is left.
* **Stored NaN**. Derived columns are recomputed where they hold NaN: an account's
  balance from its posted entries (its rule: posted credits - posted debits), an
  invoice's totals from its lines (``dicel_refresh_invoice_totals``, today's VAT rate),
  an order's total from its lines, a login's salary from its employee's. Any NaN left
  after that (a typed amount, a budget's spent amount, or a derived one whose inputs are
  NaN) stops the upgrade before anything changes, naming each column, its count and
  its first rows: IT corrects them as the database superuser and upgrades again.

A downgrade drops the CHECKs, the blocks and the function.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    MigrationRefused,
    create_owned_function,
    execute_sql,
)
from dicel_desktop.db.number_checks import (
    NOT_A_NUMBER,
    NUMBER_FUNCTION,
    NUMBER_SIGNATURE,
    add_number_checks,
    check_amount_arguments,
    drop_number_checks,
    stored_nan,
    uncheck_amount_arguments,
)
from dicel_desktop.domain.roles import BASE_GROUP_ROLE

revision: str = "0142"
down_revision: str | None = "0141"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {NOT_A_NUMBER: ("an amount that is not a number (NaN)", ("text",))}

NUMBER = f"""
CREATE FUNCTION public.{NUMBER_FUNCTION}(value numeric, p_table text, p_column text)
RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0142: a numeric column's CHECK calls this for NaN, which sorts above
    -- every number and so passed every money CHECK: refused in words (DW043).
    IF value IS NULL OR value <> 'NaN'::numeric THEN
        RETURN true;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '{NOT_A_NUMBER}',
        MESSAGE = format('refused: NaN is not an amount (%s.%s)', p_table, p_column),
        DETAIL = json_build_object('text', 'NaN')::text,
        COLUMN = p_column, TABLE = p_table;
END
$$"""

#: Derived columns recomputed where they hold NaN, each by its own rule: (what, SQL).
RECOMPUTED: tuple[tuple[str, str], ...] = (
    (
        "financial_accounts.balance",
        """UPDATE public.financial_accounts AS a
              SET balance = (SELECT coalesce(sum(CASE t.transaction_type
                                                     WHEN 'credit' THEN t.amount
                                                     WHEN 'debit' THEN -t.amount
                                                     ELSE 0 END), 0)
                               FROM public.transactions AS t
                              WHERE t.account_id = a.id AND t.status = 'posted')
            WHERE a.balance = 'NaN'::numeric""",
    ),
    (
        "invoices' totals",
        """SELECT public.dicel_refresh_invoice_totals(i.id)
             FROM public.invoices AS i
            WHERE 'NaN'::numeric IN (i.subtotal, i.tax_amount, i.total_amount)""",
    ),
    (
        "purchase_orders.total_amount",
        """UPDATE public.purchase_orders AS o
              SET total_amount = (SELECT coalesce(sum(l.total_price), 0)
                                    FROM public.purchase_order_lines AS l
                                   WHERE l.order_id = o.id)
            WHERE o.total_amount = 'NaN'::numeric""",
    ),
    (
        "users.salary",
        """UPDATE public.users AS u SET salary = e.salary
             FROM public.employees AS e
            WHERE e.user_id = u.id AND u.salary = 'NaN'::numeric""",
    ),
)


def _refuse_stored_nan() -> None:
    found = stored_nan(execute_sql)
    if not found:
        return
    said = "; ".join(
        f"{table}.{column}: {count} row(s)" + (f" ({', '.join(ids)})" if ids else "")
        for table, column, count, ids in found
    )
    raise MigrationRefused(
        "Some amounts are NaN (not a number), which this version refuses: "
        f"{said}. Give each its real amount, or remove the row, as the database superuser"
        " (an account's balance, an invoice's or an order's totals are recomputed here once"
        " their entries and lines are numbers), then run dicel-admin migrate again."
    )


def upgrade() -> None:
    # A NaN written between the look and its table's CHECK stops the VALIDATE with
    # DW043, which names its column too.
    for _what, sql in RECOMPUTED:
        execute_sql(sql)
    _refuse_stored_nan()
    create_owned_function(NUMBER, NUMBER_SIGNATURE)
    # EXECUTE from the permission table (sync-grants after the upgrade); granted here
    # too, for a database left at this revision: the CHECKs run as the writer.
    execute_sql(f"GRANT EXECUTE ON FUNCTION {NUMBER_SIGNATURE} TO {BASE_GROUP_ROLE}")
    add_number_checks(execute_sql)
    check_amount_arguments(execute_sql)


def downgrade() -> None:
    uncheck_amount_arguments(execute_sql)
    drop_number_checks(execute_sql)
    execute_sql(f"DROP FUNCTION {NUMBER_SIGNATURE}")
