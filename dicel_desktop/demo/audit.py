"""The audit trail of the demo year: one row per decision, per order received or closed
short (and each line received) and per hiring.

The audit triggers are off while demo data loads (ARCHITECTURE 4: bulk loading as
superuser), so the trail is written here, in the triggers' shape: ``action`` is the
statement (INSERT / UPDATE), ``old_values`` and ``new_values`` hold the changed columns.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from dicel_desktop import __version__
from dicel_desktop.demo.context import Demo, at, new_id

#: What the audit trigger records: the client's application_name.
_AGENTS = (f"DICEL Desktop/{__version__} (Windows 11)", f"DICEL Desktop/{__version__} (Linux)")


def build(demo: Demo) -> None:
    rng = demo.rng("audit")
    rows = demo.table(
        "audit_logs",
        "id user_id action table_name record_id old_values new_values ip_address "
        "user_agent created_at",
    )
    address = {p.user_id: f"10.20.{n // 200 + 1}.{n % 200 + 20}" for n, p in enumerate(demo.people)}
    events: list[tuple[datetime, Any, str, str, Any, dict | None, dict]] = []
    for table in ("leave_requests", "expenses", "purchase_orders"):
        columns = demo.tables[table].columns
        at_status, at_by, at_when = (columns.index(c) for c in ("status", "approved_by",
                                                               "approved_date"))  # fmt: skip
        for row in demo.tables[table].rows:
            if row[at_by] is None:
                continue
            decision = "rejected" if row[at_status] == "rejected" else "approved"
            events.append((row[at_when], row[at_by], "UPDATE", table, row[0],
                           {"status": "pending"},
                           {"status": decision, "approved_by": str(row[at_by]),
                            "approved_date": row[at_when].isoformat()}))  # fmt: skip
    # An order closed short, as dicel_close_purchase_order leaves it: by the clerk who
    # drew it up, when it last changed (a second close names them: DW001, 0114).
    columns = demo.tables["purchase_orders"].columns
    at_status, at_notes, at_by, at_when = (
        columns.index(c) for c in ("status", "notes", "created_by", "updated_at")
    )
    for row in demo.tables["purchase_orders"].rows:
        if row[at_status] == "closed_short":
            events.append((row[at_when], row[at_by], "UPDATE", "purchase_orders", row[0],
                           {"status": "partially_received", "notes": None},
                           {"status": "closed_short", "notes": row[at_notes]}))  # fmt: skip
    # Each receipt, as dicel_receive_purchase_order leaves it: each line's count by the
    # clerk whose movement brought it in, and the order's state by the first of them, at
    # the arrival (a second close or receipt names them: DW001). The demo receives an
    # order in one arrival, from approved (no "ordered" entry is written either).
    _receipts(demo, events)
    # Each decided level of a purchase order, as dicel_decide_purchase_order writes it
    # (the last level's decision also moved the order itself on: above).
    columns = demo.tables["purchase_order_approvals"].columns
    at_decision, at_by, at_when = (columns.index(c) for c in ("decision", "approver_id",
                                                             "decided_at"))  # fmt: skip
    for row in demo.tables["purchase_order_approvals"].rows:
        if row[at_by] is not None:
            events.append((row[at_when], row[at_by], "UPDATE", "purchase_order_approvals",
                           row[0], {"decision": None},
                           {"decision": row[at_decision], "approver_id": str(row[at_by]),
                            "decided_at": row[at_when].isoformat()}))  # fmt: skip
    hr_head = demo.manager("HR")
    for person in demo.people:
        if person.hire_date >= demo.calendar.start:
            hired = {
                "employee_number": person.number,
                "position": person.title,
                "department_id": str(demo.departments[person.dept].id),
                "hire_date": person.hire_date.isoformat(),
            }
            moment = at(person.hire_date, 8, 15)
            events.append(
                (moment, hr_head.user_id, "INSERT", "employees", person.employee_id, None, hired)
            )
        if person.termination_date:
            events.append((at(person.termination_date, 16), hr_head.user_id, "UPDATE",
                           "employees", person.employee_id, {"status": "active"},
                           {"status": "terminated",
                            "termination_date": person.termination_date.isoformat()}))  # fmt: skip
    events.sort(key=lambda e: (e[0], str(e[4])))
    for moment, actor, action, table, record, old, new in events:
        rows.append((
            new_id(rng), actor, action, table, record, Jsonb(old) if old else None, Jsonb(new),
            address.get(actor), rng.choice(_AGENTS), moment,
        ))  # fmt: skip


def _receipts(demo: Demo, events: list) -> None:
    moves = demo.tables["inventory_transactions"]
    at_ref, at_type, at_item, at_qty, at_by, at_when = (
        moves.columns.index(c)
        for c in ("reference_number", "reference_type", "item_id", "quantity", "created_by",
                  "created_at")
    )  # fmt: skip
    arrived: dict[tuple[str, Any], tuple[datetime, Any, int]] = {}
    for row in moves.rows:
        if row[at_type] == "purchase":
            arrived[(row[at_ref], row[at_item])] = (row[at_when], row[at_by], row[at_qty])
    lines = demo.tables["purchase_order_lines"]
    at_order, at_line_item = (lines.columns.index(c) for c in ("order_id", "item_id"))
    by_order: dict[Any, list[tuple]] = {}
    for line in lines.rows:
        by_order.setdefault(line[at_order], []).append(line)
    orders = demo.tables["purchase_orders"].columns
    at_number, at_status = orders.index("po_number"), orders.index("status")
    for order in demo.tables["purchase_orders"].rows:
        if order[at_status] not in ("received", "partially_received", "closed_short"):
            continue
        came = [
            (arrived[(order[at_number], line[at_line_item])], line[0])
            for line in by_order.get(order[0], ())
            if (order[at_number], line[at_line_item]) in arrived
        ]
        if not came:
            continue
        for (moment, clerk, quantity), line_id in came:
            events.append((moment, clerk, "UPDATE", "purchase_order_lines", line_id,
                           {"quantity_received": 0}, {"quantity_received": quantity}))  # fmt: skip
        (moment, clerk, _quantity), _line = came[0]
        state = "received" if order[at_status] == "received" else "partially_received"
        events.append((moment, clerk, "UPDATE", "purchase_orders", order[0],
                       {"status": "approved"}, {"status": state}))  # fmt: skip
