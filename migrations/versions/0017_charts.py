"""Charts: a department manager's own budget figures, and word when a risk changes.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04

* ``dicel_managed_budget_lines(fiscal_year integer)`` and
  ``dicel_managed_monthly_spending(fiscal_year integer)`` (SECURITY DEFINER, STABLE;
  EXECUTE dicel_user): the budget chart of a department's manager who may not read
  ``budgets`` or ``expenses`` (an IT manager has the IT role). They return the figures
  of the departments whose ``manager_id`` is the caller, and nothing for anyone else:
  allocated, spent and remaining per year, department and category (every line; a NULL
  year gives every year),
  and the approved or paid RWF expenses per month. Aggregates only, never rows. Finance
  and admin read the tables themselves under their own grants (services/charts.py), so
  these functions widen nobody's view beyond their own departments' totals.
* ``risk_assessments_notify_work``: migration 0015's ``dicel_notify_work`` trigger on
  ``risk_assessments`` too, so an open heatmap redraws when an assessment changes.
"""

from collections.abc import Sequence

from dicel_desktop.db.migrate import create_owned_function, execute_sql

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SETTINGS = "STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"

#: What the expenses of the budget's "spent" are: approved, and later paid (migration
#: 0014 adds an approval to spent_amount). Budgets are in RWF.
SPENDING_STATES = ("approved", "paid")

MANAGED_BUDGET_LINES = f"""
CREATE FUNCTION public.dicel_managed_budget_lines(fiscal_year integer DEFAULT NULL)
RETURNS TABLE (year integer, department_id uuid, department text, category text,
               allocated numeric, spent numeric, remaining numeric)
LANGUAGE sql {_SETTINGS}
AS $$
    -- NULL: every year (the chart's choice of years).
    SELECT b.fiscal_year, b.department_id, d.name::text, b.budget_category::text,
           sum(b.allocated_amount), sum(coalesce(b.spent_amount, 0)),
           sum(b.allocated_amount - coalesce(b.spent_amount, 0))
      FROM public.budgets b
      JOIN public.departments d ON d.id = b.department_id
     WHERE (dicel_managed_budget_lines.fiscal_year IS NULL
            OR b.fiscal_year = dicel_managed_budget_lines.fiscal_year)
       AND d.manager_id = public.dicel_current_user_id()
     GROUP BY b.fiscal_year, b.department_id, d.name, b.budget_category
$$"""

MANAGED_MONTHLY_SPENDING = f"""
CREATE FUNCTION public.dicel_managed_monthly_spending(fiscal_year integer)
RETURNS TABLE (month integer, spent numeric)
LANGUAGE sql {_SETTINGS}
AS $$
    SELECT extract(month FROM x.expense_date)::integer, sum(x.amount)
      FROM public.expenses x
      JOIN public.departments d ON d.id = x.department_id
     WHERE x.expense_date >= make_date(dicel_managed_monthly_spending.fiscal_year, 1, 1)
       AND x.expense_date < make_date(dicel_managed_monthly_spending.fiscal_year + 1, 1, 1)
       AND x.status IN ({", ".join(f"'{s}'" for s in SPENDING_STATES)})
       AND x.currency = 'RWF'
       AND d.manager_id = public.dicel_current_user_id()
     GROUP BY 1
$$"""

#: (signature, CREATE statement) of the functions this revision adds.
FUNCTIONS: list[tuple[str, str]] = [
    ("dicel_managed_budget_lines(integer)", MANAGED_BUDGET_LINES),
    ("dicel_managed_monthly_spending(integer)", MANAGED_MONTHLY_SPENDING),
]

#: Tables added to migration 0015's notifying ones.
NOTIFYING_TABLES = ("risk_assessments",)


def upgrade() -> None:
    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)
    for table in NOTIFYING_TABLES:
        execute_sql(
            f"CREATE TRIGGER {table}_notify_work AFTER INSERT OR UPDATE OR DELETE"
            f" ON public.{table} FOR EACH ROW EXECUTE FUNCTION public.dicel_notify_work()"
        )


def downgrade() -> None:
    for table in reversed(NOTIFYING_TABLES):
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_notify_work ON public.{table}")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
