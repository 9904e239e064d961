"""What a record asks for: whoever changes it may not approve it (migration 0027, DW005).

A finance clerk who raises a colleague's expense, or a manager who rewrites a draft
order, shaped it as much as its creator did; the database refuses them its approval.
The window says so before they save such a change (gui/records/shaping_notice.py). The
columns are migration 0027's, a leave request's migration 0093's
(``tests/unit/test_shaping.py`` holds them equal: a migration keeps its own copy, so
that later code cannot change what it did).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Table -> the columns whose change makes the person who changed it a shaper.
ASKS_FOR: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "expenses": frozenset(
            {
                "amount",
                "currency",
                "expense_category",
                "department_id",
                "vendor",
                "description",
                "expense_date",
                "receipt_url",
            }
        ),
        "purchase_orders": frozenset({"supplier_id", "order_date", "expected_delivery", "notes"}),
        # Migration 0093: HR changing a colleague's leave (its files count too).
        "leave_requests": frozenset({"leave_type", "start_date", "end_date", "reason"}),
    }
)

#: Table -> the workflow function that approves it (the step a shaper loses).
DECIDED_BY: Mapping[str, str] = MappingProxyType(
    {
        "expenses": "dicel_decide_expense",
        "purchase_orders": "dicel_decide_purchase_order",
        "leave_requests": "dicel_decide_leave",
    }
)
