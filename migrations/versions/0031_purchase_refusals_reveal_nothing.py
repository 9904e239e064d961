"""A purchase order's refusals tell nothing to whoever may not see the order.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-04

``dicel_decide_purchase_order`` (migration 0013) runs as the tables' owner, and
``purchase_orders`` has no row security: its refusals read the order whatever the
caller's rights. A security review with psql found that any login (an employee, who may
not read a single order) learned from them an order's state, who decided it and when
(DW001, DW004), the manager who decides it and the department of its creator (DW214),
and that it exists at all. The function now asks first whether the caller may see the order under their
own rights (``dicel_can_see_record``: SELECT on the table as ``session_user``, then the
row, as row security shows it to them), or decides one of its levels (a department's
manager may have any role, and sees the order in "Waiting for me"); anyone else is told
what they would be told of an order that does not exist (DW215). The check comes before
the order's row lock, so such a caller cannot hold an order's lock either.

The other steps were read for the same leak and keep what they are: leave's functions
run under the caller's row security (the owner is bound by FORCEd policies naming
``session_user``), and the expense, invoice, payroll and stock functions and the order's
other steps (submitting one included: DW203 names the creator) are called or refuse by
role first, and only by roles that read every record of their table.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
)

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: Whether the session user may see the order: under their own rights, or as the
#: decider of one of its levels. Internal (no login has EXECUTE); called by the steps.
MAY_SEE = f"""
CREATE FUNCTION public.dicel_may_see_purchase_order(p_order uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
    SELECT public.dicel_can_see_record('purchase_orders', p_order)
        OR EXISTS (SELECT FROM public.purchase_orders o
                     JOIN public.purchase_order_approvals a ON a.order_id = o.id
                    WHERE o.id = p_order
                      AND public.dicel_purchase_level_is_mine(o.created_by, a.level))
$$"""
MAY_SEE_SIGNATURE = "dicel_may_see_purchase_order(uuid)"


def _revision_0013():
    return earlier_revision("0013_purchasing")


def _guarded(create: str, before: str) -> str:
    """0013's function with the check inserted before ``before`` (its first read)."""
    module = _revision_0013()
    guard = (
        "    -- Nothing about an order the caller may not see: not even that it exists.\n"
        f"    IF NOT public.dicel_may_see_purchase_order(v_order) THEN\n"
        f"        {module._GONE};\n"
        "    END IF;\n"
    )
    assert create.count(before) == 1, before
    replaced = create.replace(before, guard + before).replace(
        "CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1
    )
    return replaced


def _decide(guarded: bool) -> str:
    decide = _revision_0013().DECIDE
    if not guarded:
        return decide.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    return _guarded(decide, "    -- Every decision on this order waits for the one before it")


def upgrade() -> None:
    create_owned_function(MAY_SEE, MAY_SEE_SIGNATURE)
    execute_sql(_decide(guarded=True))


def downgrade() -> None:
    execute_sql(_decide(guarded=False))
    execute_sql(f"DROP FUNCTION IF EXISTS public.{MAY_SEE_SIGNATURE}")
