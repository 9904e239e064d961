"""An approved expense charges the budget line of its department, category and year as
the line is when charged, not a line moved meanwhile.

Revision ID: 0048
Revises: 0047
Create Date: 2026-12-10

``dicel_decide_expense`` (migration 0014) chose the line in a subquery and charged it by
id: ``UPDATE budgets SET spent_amount = ... WHERE id = (SELECT ... department, category,
year, active)``. Found in stop 22's review of migration 0047: a finance login moving a
line with nothing spent yet to another department (which 0047 still allows) while an
approval waited on that line's row lock let the approval charge it once the move
committed. After the wait PostgreSQL checks the UPDATE's own WHERE again against the
committed row, and that WHERE named only the id. The department, category, year and
state are now in the UPDATE's WHERE too: a line moved away is not charged, and the
approval is refused as for a department without a line (DW301 or DW302, migration
0014), in its transaction, so nothing of it stays.

The function is 0014's, with that one change (taken from 0014's text, which the
upgrade checks it still finds). A downgrade gives 0014's back.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql

revision: str = "0048"
down_revision: str | None = "0047"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "dicel_decide_expense(uuid, boolean, text)"

_CHOSEN = """     WHERE b.id = (SELECT l.id FROM public.budgets l
                    WHERE l.department_id = v_expense.department_id
                      AND l.budget_category = v_expense.expense_category
                      AND l.fiscal_year = v_year AND l.status = 'active'
                    ORDER BY l.created_at, l.id LIMIT 1)
"""
_CHOSEN_AND_STILL_ITS = (
    _CHOSEN
    + """       -- Checked again on the line as committed, should the approval have waited for
       -- it: one moved meanwhile is not this expense's (migration 0048).
       AND b.department_id = v_expense.department_id
       AND b.budget_category = v_expense.expense_category
       AND b.fiscal_year = v_year AND b.status = 'active'
"""
)


def _definition(*, recheck: bool) -> str:
    # Migration 0014, for its text of the function: frozen with it.
    flows = earlier_revision("0014_finance_flows")
    (create,) = [c for s, c in flows.FUNCTIONS if s == SIGNATURE]
    text = flows._sql(create).replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    if text.count(_CHOSEN) != 1:
        raise RuntimeError("migration 0014's dicel_decide_expense is not the one 0048 knows")
    return text.replace(_CHOSEN, _CHOSEN_AND_STILL_ITS) if recheck else text


def upgrade() -> None:
    # CREATE OR REPLACE keeps the function's owner (dicel_owner) and its grants.
    execute_sql(_definition(recheck=True))


def downgrade() -> None:
    execute_sql(_definition(recheck=False))
