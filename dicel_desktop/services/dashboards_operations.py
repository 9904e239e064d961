"""The dashboards of IT, Security and Inventory: entries of the catalogue
(``services.dashboard_catalogue.DASHBOARDS``), declared as data. No Qt here.
"""

from __future__ import annotations

import sqlalchemy as sa

from dicel_desktop.domain.states import (
    PurchaseOrderStatus,
)
from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP
from dicel_desktop.services.dashboard_parts import (
    _LIVE_ASSET,
    _OPEN_ORDER,
    _OPEN_TICKET,
    _ORDERS,
    _PRIORITY,
    Chart,
    Dashboard,
    Figure,
    _days,
    _every_level,
    _month_start,
    _ranked,
)
from dicel_desktop.services.listing import (
    Between,
    Flagged,
    OneOf,
)
from dicel_desktop.services.order_awaited import VALUE_READS as ORDER_VALUE_READS
from dicel_desktop.services.order_awaited import value_awaited
from dicel_desktop.services.row_flags import ROW_FLAGS

OPERATIONS: tuple[Dashboard, ...] = (
    Dashboard(
        "it",
        (
            Figure(
                "open_tickets",
                QT_TRANSLATE_NOOP("dashboards", "Open tickets"),
                "it_support_tickets",
                "count(*)",
                lambda d: (OneOf("status", _OPEN_TICKET),),
            ),
            Figure(
                "urgent_tickets",
                QT_TRANSLATE_NOOP("dashboards", "Open tickets, high or critical"),
                "it_support_tickets",
                "count(*)",
                lambda d: (
                    OneOf("status", _OPEN_TICKET),
                    OneOf("priority", ("high", "critical")),
                ),
            ),
            Figure(
                "maintenance_due",
                QT_TRANSLATE_NOOP("dashboards", "Assets due for maintenance"),
                "it_assets",
                "count(*)",
                lambda d: (OneOf("status", _LIVE_ASSET), Between("next_maintenance", None, d)),
                undated=lambda d: (
                    OneOf("status", _LIVE_ASSET),
                    OneOf("next_maintenance", (None,)),
                ),
                undated_words=QT_TRANSLATE_NOOP(
                    "dashboards", "Assets with no maintenance date: %1"
                ),
            ),
            Figure(
                "out_of_warranty",
                QT_TRANSLATE_NOOP("dashboards", "Assets out of warranty"),
                "it_assets",
                "count(*)",
                lambda d: (
                    OneOf("status", _LIVE_ASSET),
                    Between("warranty_expiry", None, d - _days(1)),
                ),
            ),
        ),
        (
            Chart(
                "tickets_by_priority",
                QT_TRANSLATE_NOOP("dashboards", "Open tickets by priority"),
                "it_support_tickets",
                _ranked("priority", _PRIORITY),
                "count(*)",
                lambda d: (OneOf("status", _OPEN_TICKET),),
                reads=("priority",),
                series=_every_level(_PRIORITY),
                axis=QT_TRANSLATE_NOOP("dashboards", "Tickets"),
            ),
        ),
    ),
    Dashboard(
        "security",
        (
            Figure(
                "incidents_month",
                QT_TRANSLATE_NOOP("dashboards", "Incidents this month"),
                "security_incidents",
                "count(*)",
                lambda d: (Between("incident_date", _month_start(d), d),),
            ),
            Figure(
                "incidents_open",
                QT_TRANSLATE_NOOP("dashboards", "Incidents open"),
                "security_incidents",
                "count(*)",
                lambda d: (OneOf("status", ("open", "investigating")),),
            ),
            Figure(
                "patrols_done",
                QT_TRANSLATE_NOOP("dashboards", "Patrols completed this month"),
                "patrol_logs",
                "100.0 * count(*) FILTER (WHERE status = 'completed') / nullif(count(*), 0)",
                lambda d: (Between("start_time", _month_start(d), d),),
                reads=("status",),
                format="percent",
            ),
            # The rows the guards list marks, expired (red) and expiring within 30
            # days (amber) apart, so each list opens on exactly its rows: an expired
            # licence is not "expiring" (eye26).
            Figure(
                "licences_expired",
                QT_TRANSLATE_NOOP("dashboards", "Guard licences expired"),
                "security_guards",
                "count(*)",
                lambda d: (Flagged("license_expiry", lapsed=True),),
                reads=ROW_FLAGS["security_guards"].columns,
                attention=True,
            ),
            Figure(
                "licences_expiring",
                QT_TRANSLATE_NOOP("dashboards", "Guard licences expiring in 30 days"),
                "security_guards",
                "count(*)",
                lambda d: (Flagged("license_expiry", lapsed=False),),
                reads=ROW_FLAGS["security_guards"].columns,
                attention=True,
            ),
            # The shifts the assignments list marks: over, and still scheduled or in
            # progress (eye30s: one such shift sat at row 281 of the list, under the
            # shifts to come, and the dashboard said nothing of it).
            Figure(
                "shifts_unclosed",
                QT_TRANSLATE_NOOP("dashboards", "Shifts over, not closed"),
                "security_assignments",
                "count(*)",
                lambda d: (Flagged("shift_end"),),
                reads=ROW_FLAGS["security_assignments"].columns,
                attention=True,
            ),
        ),
        (
            Chart(
                "incidents_by_severity",
                QT_TRANSLATE_NOOP("dashboards", "Incidents this month by severity"),
                "security_incidents",
                _ranked("severity", _PRIORITY),
                "count(*)",
                lambda d: (Between("incident_date", _month_start(d), d),),
                reads=("severity",),
                series=_every_level(_PRIORITY),
                axis=QT_TRANSLATE_NOOP("dashboards", "Incidents"),
            ),
        ),
    ),
    Dashboard(
        "inventory",
        (
            Figure(
                "below_minimum",
                QT_TRANSLATE_NOOP("dashboards", "Items below minimum"),
                "inventory_items",
                "count(*)",
                # The rows the items list marks, so the list opens on exactly them.
                lambda d: (Flagged("current_stock"),),
                reads=ROW_FLAGS["inventory_items"].columns,
                attention=True,
            ),
            Figure(
                "open_orders",
                QT_TRANSLATE_NOOP("dashboards", "Purchase orders open"),
                "purchase_orders",
                "count(*)",
                lambda d: (OneOf("status", _OPEN_ORDER),),
            ),
            # What is still to arrive, not the open orders' whole totals: goods
            # already received on a partly received order are on the shelf
            # (eye30r). The list it opens shows the same value per order.
            Figure(
                "value_to_arrive",
                QT_TRANSLATE_NOOP("dashboards", "Value still to arrive on open orders"),
                "purchase_orders",
                sa.func.coalesce(sa.func.sum(value_awaited(_ORDERS)), 0),
                lambda d: (OneOf("status", _OPEN_ORDER),),
                reads=("status",),
                format="money",
                reads_elsewhere=ORDER_VALUE_READS,
                shows=("value_awaited",),
            ),
            # The rows the purchase orders list marks late (approved, ordered or
            # partly received past their expected delivery): 13 partly received
            # orders were all late, and nothing on the dashboard said so.
            Figure(
                "orders_late",
                QT_TRANSLATE_NOOP("dashboards", "Orders past expected delivery"),
                "purchase_orders",
                "count(*)",
                lambda d: (Flagged("expected_delivery"),),
                reads=ROW_FLAGS["purchase_orders"].columns,
                attention=True,
            ),
        ),
        (
            Chart(
                "orders_by_state",
                QT_TRANSLATE_NOOP("dashboards", "Open purchase orders by status"),
                "purchase_orders",
                _ranked("status", PurchaseOrderStatus),
                "count(*)",
                lambda d: (OneOf("status", _OPEN_ORDER),),
                axis=QT_TRANSLATE_NOOP("dashboards", "Purchase orders"),
            ),
        ),
    ),
)
