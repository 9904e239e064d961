"""Amounts no one could mean are refused by the database.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

* **Amount CHECKs** (``ck_<table>_<column>_positive`` / ``_not_negative``): existing
  rows that break one stop the migration with a list of them (MigrationRefused) before
  anything changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dicel_desktop.db.migrate import MigrationRefused

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, constraint name as the models' convention makes it, expression), frozen here.
AMOUNT_CHECKS: list[tuple[str, str, str]] = [
    (table, f"{column}_{kind}", f"{column} {'>' if kind == 'positive' else '>='} 0")
    for table, kind, column in [
        ("users", "positive", "salary"),
        ("departments", "not_negative", "budget"),
        ("employees", "positive", "salary"),
        ("job_postings", "not_negative", "salary_range_min"),
        ("job_postings", "not_negative", "salary_range_max"),
        ("training_programs", "not_negative", "cost"),
        ("payroll_records", "not_negative", "basic_salary"),
        ("payroll_records", "not_negative", "allowances"),
        ("payroll_records", "not_negative", "deductions"),
        ("payroll_records", "not_negative", "net_salary"),
        ("transactions", "positive", "amount"),
        ("budgets", "not_negative", "allocated_amount"),
        ("expenses", "positive", "amount"),
        ("invoices", "not_negative", "subtotal"),
        ("invoices", "not_negative", "tax_amount"),
        ("invoices", "not_negative", "total_amount"),
        ("invoice_items", "positive", "quantity"),
        ("invoice_items", "not_negative", "unit_price"),
        ("it_assets", "not_negative", "purchase_cost"),
        ("inventory_items", "not_negative", "unit_cost"),
        ("inventory_transactions", "not_negative", "unit_cost"),
        ("inventory_transactions", "not_negative", "total_cost"),
        ("purchase_orders", "not_negative", "total_amount"),
        ("contracts", "not_negative", "total_value"),
        ("leads", "not_negative", "estimated_value"),
        ("opportunities", "not_negative", "estimated_value"),
        ("marketing_campaigns", "not_negative", "budget"),
        ("recovery_cases", "not_negative", "amount_involved"),
    ]
]


def _refuse_nonsense_amounts() -> None:
    """Stop before anything changes when existing rows break a new CHECK."""
    bind = op.get_bind()
    found = []
    for table, _name, expression in AMOUNT_CHECKS:
        bad = bind.execute(
            sa.text(f"SELECT count(*) FROM public.{table} WHERE NOT ({expression})")
        ).scalar_one()
        if bad:
            column = expression.split()[0]
            found.append(f"{table}.{column} in {bad} row(s) (must be {expression})")
    if found:
        raise MigrationRefused(
            "Some amounts mean nothing and must be corrected first: "
            + "; ".join(found)
            + ". Correct those rows (as the database superuser), then run dicel-admin"
            " migrate again."
        )


def upgrade() -> None:
    _refuse_nonsense_amounts()
    for table, name, expression in AMOUNT_CHECKS:
        op.create_check_constraint(name, table, expression)


def downgrade() -> None:
    for table, name, _expression in reversed(AMOUNT_CHECKS):
        op.drop_constraint(name, table, type_="check")
