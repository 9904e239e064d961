"""The pay day is read by whoever approves or pays a payroll.

``payroll.pay_day`` (the day of the month salaries are paid, 25 in the demo) is a row of
``system_settings``, the administrators' alone, and ``dicel_setting_number`` runs as its
caller: an HR or finance login reads nothing of it. The approve and Mark paid dialogs of
a pay period say, when the month is not over, when the usual pay day is (eye30s #3):
``dicel_pay_day()`` returns it (an integer from 1 to 31, NULL when not set), SECURITY
DEFINER, owned by ``dicel_owner``, EXECUTE for every login (no other setting is read
through it).

A downgrade drops it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql

revision: str = "0104"
down_revision: str | None = "0103"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PAY_DAY_SIGNATURE = "public.dicel_pay_day()"
PAY_DAY = f"""
CREATE FUNCTION {PAY_DAY_SIGNATURE}
RETURNS integer
LANGUAGE sql STABLE {DEFINER}
AS $$
    -- Migration 0104: the day of the month salaries are paid; the settings table is
    -- admin's alone. Its bounds (1 to 31) are the setting's CHECK (migration 0096).
    SELECT public.dicel_setting_number('payroll.pay_day', NULL)::integer
$$"""


def upgrade() -> None:
    create_owned_function(PAY_DAY, PAY_DAY_SIGNATURE)


def downgrade() -> None:
    execute_sql(f"DROP FUNCTION {PAY_DAY_SIGNATURE}")
