"""What each department's dashboard shows: the catalogue ``DASHBOARDS`` (one
``Dashboard`` per module), and the ``Figure`` and ``Chart`` its entries are made of.

Declared as data so adding a figure is one entry. A figure is one SQL aggregate over the
rows of one table that pass the filters of the list it opens (``services.listing``
filters, so the list a figure opens holds exactly the rows it counted); a chart is one
aggregate grouped by a label. Kept apart from the reading (``services/dashboards.py``:
rights, statements, ``load_dashboard``), which takes any entry alike: what a department
sees changes here, how any dashboard is read there. Nothing here touches the database.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.sql.expression import ColumnElement

from dicel_desktop.db.models import Base
from dicel_desktop.domain.states import (
    AttendanceStatus,
    AuditStatus,
    Choice,
    OpportunityStage,
    PurchaseOrderStatus,
    RecoveryStatus,
)
from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP
from dicel_desktop.services.charts import BAND_LIMITS
from dicel_desktop.services.invoice_balance import PAYMENTS_READ, balance_due
from dicel_desktop.services.listing import (
    Between,
    Equals,
    Filter,
    Flagged,
    OneOf,
)
from dicel_desktop.services.order_awaited import OPEN_ORDER, value_awaited
from dicel_desktop.services.order_awaited import VALUE_READS as ORDER_VALUE_READS
from dicel_desktop.services.row_flags import ROW_FLAGS

Format = Literal["count", "money", "percent", "rating"]
Filters = Callable[[dt.date], tuple[Filter, ...]]


def _none(_today: dt.date) -> tuple[Filter, ...]:
    return ()


@dataclass(frozen=True)
class Figure:
    key: str
    #: The words under the figure.
    title: str
    #: The table aggregated, and the list a click opens.
    table: str
    #: A SQL aggregate over the table's rows (``count(*)``, ``sum(amount)``), or one
    #: made in SQLAlchemy over the table (what a list of it shows too: an invoice's
    #: balance due, ``services.invoice_balance``).
    aggregate: str | ColumnElement[Any]
    #: The list's filters for a day: the aggregate reads the rows they pass.
    filters: Filters = _none
    #: Columns the aggregate reads (the filters' columns are added): all must be readable.
    reads: tuple[str, ...] = ()
    format: Format = "count"
    #: Anything counted here waits for someone (items to order, invoices to chase): a
    #: value above zero is marked on the dashboard, as the list marks its rows.
    attention: bool = False
    #: (table, column) of other tables a subquery of the aggregate reads (an invoice's
    #: payments): all must be readable too, or the figure is left out.
    reads_elsewhere: tuple[tuple[str, str], ...] = ()
    #: The rows the figure cannot count for want of what it reads (an asset with no
    #: maintenance date is never "due"): their count is said under the figure, in
    #: ``undated_words`` ("Assets with no maintenance date: %1"), when there are some.
    undated: Filters | None = None
    undated_words: str = ""
    #: Columns the list a click opens shows, whatever columns the person chose for the
    #: table: what the figure is made of, so the list adds up to it (an invoice's amount
    #: paid and balance due under "Still owed on RWF invoices").
    shows: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    table: str
    #: The SQL of a bar's (or point's) label; the chart is ``GROUP BY`` it, in its order.
    label: str
    aggregate: str
    filters: Filters = _none
    reads: tuple[str, ...] = ()
    kind: Literal["bars", "line"] = "bars"
    format: Format = "count"
    #: Every label the chart has on a day, in order, for a count over time or over a
    #: fixed scale: a label no row has is drawn at zero (a quiet day is a dip in the
    #: line, not a missing day; no critical incident is a bar at zero, not no bar).
    series: Callable[[dt.date], tuple[str, ...]] | None = None
    #: What the values are, written along the value axis ("Tickets", "Average rating").
    axis: str = ""


@dataclass(frozen=True)
class Dashboard:
    module: str
    figures: tuple[Figure, ...]
    charts: tuple[Chart, ...]
    #: Names of chart widgets made outside this module (the GUI's ``CHART_FACTORIES``).
    extra_charts: tuple[str, ...] = ()


def _month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


_OPEN_TICKET = ("open", "in_progress", "on_hold")
_OPEN_ORDER = OPEN_ORDER
_OPEN_RISK = ("open", "mitigating", "monitoring")
_OPEN_CASE = ("open", "in_progress", "on_hold")
_RECEIVABLE = ("sent", "partially_paid", "overdue")
_INVOICES = Base.metadata.tables["invoices"]
_ORDERS = Base.metadata.tables["purchase_orders"]
_LIVE_ASSET = ("active", "in_repair", "in_storage")
_IN_FORCE = ("approved", "active")
#: Audit entries that record a change, not a sign-in (the list's action, ``audit_words``).
_CHANGES = OneOf("action", ("INSERT", "UPDATE", "DELETE"))


def _ranked(column: str, values: tuple[str, ...] | type[Choice]) -> str:
    """A label that sorts in ``values``' order ("1 low", "2 medium"): the GUI reads the
    leading digit as order only. A choice's states come in the order of its workflow
    (draft before pending before approved), not the alphabet's."""
    if isinstance(values, type):
        values = tuple(choice.value for choice in values)
    assert len(values) <= 9, "one digit sorts as text; more would put 10 before 2"
    cases = " ".join(f"WHEN '{v}' THEN '{i} {v}'" for i, v in enumerate(values, 1))
    return f"CASE {column} {cases} ELSE {column} END"


def _every_level(values: tuple[str, ...]) -> Callable[[dt.date], tuple[str, ...]]:
    """The ranked labels (``_ranked``) of a fixed scale, low to critical: a level no
    record has is a bar at zero ("Critical: 0" is news), not a missing bar."""
    return lambda _d: tuple(f"{i} {v}" for i, v in enumerate(values, 1))


def _last_days(count: int) -> Callable[[dt.date], tuple[str, ...]]:
    """The ISO dates of the ``count`` days up to a day: a count-by-day chart's labels."""
    return lambda d: tuple((d - _days(n)).isoformat() for n in reversed(range(count)))


_PRIORITY = ("low", "medium", "high", "critical")

#: The stages an active deal is at (migration 0050: closed won or lost only with its
#: step, which ends it): the pipeline, every stage a bar, at zero when no deal is there.
_PIPELINE = tuple(
    s.value
    for s in OpportunityStage
    if s not in (OpportunityStage.CLOSED_WON, OpportunityStage.CLOSED_LOST)
)

#: Score bands of likelihood x impact (1..25), as the risk heatmap colours them.
#: The heatmap's bands (services/charts.BAND_LIMITS), so the two never disagree.
_SCORE_BAND = (
    "CASE "
    + " ".join(
        f"WHEN risk_score <= {limit} THEN '{n} {band.capitalize()}'"
        for n, (band, limit) in enumerate(BAND_LIMITS[:-1], start=1)
    )
    + f" ELSE '{len(BAND_LIMITS)} {BAND_LIMITS[-1][0].capitalize()}' END"
)
#: The lowest score of the critical band.
_CRITICAL = BAND_LIMITS[-2][1] + 1
#: What the "{name}" placeholders of the titles stand for (the GUI fills them in after
#: translating the title).
TITLE_PARAMS = {"critical": _CRITICAL}

DASHBOARDS: dict[str, Dashboard] = {
    d.module: d
    for d in (
        Dashboard(
            "hr",
            (
                Figure(
                    "headcount",
                    QT_TRANSLATE_NOOP("dashboards", "Headcount"),
                    "employees",
                    "count(*)",
                    lambda d: (OneOf("status", ("active", "on_leave")),),
                ),
                Figure(
                    "on_leave",
                    QT_TRANSLATE_NOOP("dashboards", "On leave today"),
                    "leave_requests",
                    "count(*)",
                    lambda d: (
                        OneOf("status", ("approved",)),
                        Between("start_date", None, d),
                        Between("end_date", d, None),
                    ),
                ),
                Figure(
                    "pending_leave",
                    QT_TRANSLATE_NOOP("dashboards", "Leave requests pending"),
                    "leave_requests",
                    "count(*)",
                    lambda d: (OneOf("status", ("pending",)),),
                ),
                Figure(
                    "attendance",
                    QT_TRANSLATE_NOOP("dashboards", "Attendance this month"),
                    "attendance_records",
                    "100.0 * count(*) FILTER (WHERE status IN "
                    "('present', 'late', 'half_day', 'remote')) / nullif(count(*), 0)",
                    lambda d: (Between("date", _month_start(d), d),),
                    reads=("status",),
                    format="percent",
                ),
            ),
            (
                Chart(
                    "attendance_by_status",
                    QT_TRANSLATE_NOOP("dashboards", "Attendance this month by status"),
                    "attendance_records",
                    _ranked("status", AttendanceStatus),
                    "count(*)",
                    lambda d: (Between("date", _month_start(d), d),),
                    reads=("status",),
                    axis=QT_TRANSLATE_NOOP("dashboards", "Attendance records"),
                ),
            ),
        ),
        Dashboard(
            "finance",
            (
                Figure(
                    "cash",
                    QT_TRANSLATE_NOOP("dashboards", "Cash in RWF accounts"),
                    "financial_accounts",
                    "coalesce(sum(balance), 0)",
                    lambda d: (Equals("is_active", True), OneOf("currency", ("RWF",))),
                    reads=("balance",),
                    format="money",
                ),
                # Not the invoices' totals: a partly paid invoice is owed only its rest.
                # Whoever may not read the payments (recovery) is not shown the totals
                # under this name either: the figure is left out.
                Figure(
                    "receivables",
                    QT_TRANSLATE_NOOP("dashboards", "Still owed on RWF invoices"),
                    "invoices",
                    # The list's "Balance due" column, added up (one expression).
                    sa.func.coalesce(sa.func.sum(balance_due(_INVOICES)), 0),
                    lambda d: (OneOf("status", _RECEIVABLE), OneOf("currency", ("RWF",))),
                    reads=("total_amount", "invoice_number"),
                    format="money",
                    reads_elsewhere=PAYMENTS_READ,
                    shows=("amount_paid", "balance_due"),
                ),
                # Money late, whatever the invoice's state: sent or partly paid past the
                # due date, and those already marked overdue (a partly paid invoice stays
                # partially paid when late). Not named after the state Overdue, which a
                # clerk filtering on it would find fewer of.
                Figure(
                    "past_due",
                    QT_TRANSLATE_NOOP("dashboards", "Invoices past due"),
                    "invoices",
                    "count(*)",
                    lambda d: (
                        OneOf("status", _RECEIVABLE),
                        Between("due_date", None, d - _days(1)),
                    ),
                    attention=True,
                ),
                # What was approved waits for Finance's Mark paid…: once HR approves a
                # pay period it leaves Finance's Waiting for me (which lists decisions)
                # and would show nowhere else (eye30s #2). Approved and paid are two
                # states, so "approved" is exactly "approved, not yet paid".
                Figure(
                    "payroll_to_pay",
                    QT_TRANSLATE_NOOP("dashboards", "Pay periods approved, not yet paid"),
                    "payroll_periods",
                    "count(*)",
                    lambda d: (OneOf("status", ("approved",)),),
                    attention=True,
                ),
                Figure(
                    "expenses_to_pay",
                    QT_TRANSLATE_NOOP("dashboards", "Expenses approved, not yet paid"),
                    "expenses",
                    "count(*)",
                    lambda d: (OneOf("status", ("approved",)),),
                    attention=True,
                ),
                Figure(
                    "budget_use",
                    QT_TRANSLATE_NOOP("dashboards", "Budget used this year"),
                    "budgets",
                    "100.0 * sum(spent_amount) / nullif(sum(allocated_amount), 0)",
                    lambda d: (Equals("fiscal_year", d.year),),
                    reads=("spent_amount", "allocated_amount"),
                    format="percent",
                ),
            ),
            (
                Chart(
                    "cash_by_account",
                    QT_TRANSLATE_NOOP("dashboards", "Balance by RWF account"),
                    "financial_accounts",
                    "account_name",
                    "coalesce(sum(balance), 0)",
                    lambda d: (Equals("is_active", True), OneOf("currency", ("RWF",))),
                    reads=("balance", "account_name"),
                    format="money",
                    axis=QT_TRANSLATE_NOOP("dashboards", "Balance"),
                ),
            ),
        ),
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
                    QT_TRANSLATE_NOOP("dashboards", "Open purchase orders by state"),
                    "purchase_orders",
                    _ranked("status", PurchaseOrderStatus),
                    "count(*)",
                    lambda d: (OneOf("status", _OPEN_ORDER),),
                    axis=QT_TRANSLATE_NOOP("dashboards", "Purchase orders"),
                ),
            ),
        ),
        Dashboard(
            "clients",
            (
                # The contracts list's amber rows: active and ending within its
                # SOON_DAYS (30), not yet past their end (fixi: the tile said 60 days,
                # the list marked 30). The words say the flag's number of days.
                Figure(
                    "contracts_ending",
                    QT_TRANSLATE_NOOP("dashboards", "Contracts ending in 30 days"),
                    "contracts",
                    "count(*)",
                    lambda d: (Flagged("end_date", lapsed=False),),
                    reads=ROW_FLAGS["contracts"].columns,
                ),
                # Still active past their end date: the contracts list's red rows, not
                # among those ending (to renew, or to mark expired).
                Figure(
                    "contracts_past_end",
                    QT_TRANSLATE_NOOP("dashboards", "Contracts active past their end date"),
                    "contracts",
                    "count(*)",
                    lambda d: (Flagged("end_date", lapsed=True),),
                    reads=ROW_FLAGS["contracts"].columns,
                    attention=True,
                ),
                # Signed, begun and not ended: a contract activated ahead of its start
                # date is signed, not yet in force (eye30r: one starting in January
                # counted); one still active past its end date is the red tile's.
                Figure(
                    "contracts_active",
                    QT_TRANSLATE_NOOP("dashboards", "Contracts in force"),
                    "contracts",
                    "count(*)",
                    lambda d: (
                        OneOf("status", ("active",)),
                        Between("start_date", None, d),
                        Between("end_date", d, None, or_empty=True),
                    ),
                ),
                Figure(
                    "client_tickets",
                    QT_TRANSLATE_NOOP("dashboards", "Client tickets open"),
                    "client_support_tickets",
                    "count(*)",
                    lambda d: (OneOf("status", _OPEN_TICKET),),
                ),
            ),
            (
                Chart(
                    "client_tickets_by_priority",
                    QT_TRANSLATE_NOOP("dashboards", "Open client tickets by priority"),
                    "client_support_tickets",
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
            "sales",
            (
                Figure(
                    "pipeline",
                    QT_TRANSLATE_NOOP("dashboards", "Pipeline value"),
                    "opportunities",
                    "coalesce(sum(estimated_value), 0)",
                    lambda d: (OneOf("status", ("active",)),),
                    reads=("estimated_value",),
                    format="money",
                ),
                Figure(
                    "weighted",
                    QT_TRANSLATE_NOOP("dashboards", "Weighted pipeline"),
                    "opportunities",
                    "coalesce(round(sum(estimated_value * probability / 100.0), 2), 0)",
                    lambda d: (OneOf("status", ("active",)),),
                    reads=("estimated_value", "probability"),
                    format="money",
                ),
                Figure(
                    "opportunities_open",
                    QT_TRANSLATE_NOOP("dashboards", "Opportunities open"),
                    "opportunities",
                    "count(*)",
                    lambda d: (OneOf("status", ("active",)),),
                ),
            ),
            (
                Chart(
                    "weighted_by_stage",
                    QT_TRANSLATE_NOOP("dashboards", "Weighted pipeline by stage"),
                    "opportunities",
                    _ranked("stage", _PIPELINE),
                    "coalesce(round(sum(estimated_value * probability / 100.0), 2), 0)",
                    lambda d: (OneOf("status", ("active",)),),
                    reads=("stage", "estimated_value", "probability"),
                    format="money",
                    series=_every_level(_PIPELINE),
                    axis=QT_TRANSLATE_NOOP("dashboards", "Weighted value"),
                ),
            ),
        ),
        Dashboard(
            "cx",
            (
                Figure(
                    "rating",
                    QT_TRANSLATE_NOOP("dashboards", "Average rating, last 90 days"),
                    "customer_feedback",
                    "round(avg(rating), 2)",
                    lambda d: (Between("feedback_date", d - _days(90), d),),
                    reads=("rating",),
                    format="rating",
                ),
                Figure(
                    "open_complaints",
                    QT_TRANSLATE_NOOP("dashboards", "Complaints open"),
                    "customer_feedback",
                    "count(*)",
                    # Open until resolved or closed: one answered and not resolved is
                    # still open (eye30r, 7), and its list shows it.
                    lambda d: (
                        OneOf("feedback_type", ("complaint",)),
                        OneOf("status", ("received", "under_review", "responded")),
                    ),
                ),
            ),
            (
                Chart(
                    "rating_trend",
                    QT_TRANSLATE_NOOP("dashboards", "Average rating by month"),
                    "customer_feedback",
                    "to_char(feedback_date, 'YYYY-MM')",
                    "round(avg(rating), 2)",
                    lambda d: (Between("feedback_date", _month_start(d - _days(335)), d),),
                    reads=("rating", "feedback_date"),
                    kind="line",
                    format="rating",
                    axis=QT_TRANSLATE_NOOP("dashboards", "Average rating"),
                ),
            ),
        ),
        Dashboard(
            "risk",
            (
                Figure(
                    "open_assessments",
                    QT_TRANSLATE_NOOP("dashboards", "Assessments open"),
                    "risk_assessments",
                    "count(*)",
                    lambda d: (OneOf("status", _OPEN_RISK),),
                ),
                Figure(
                    "critical_assessments",
                    QT_TRANSLATE_NOOP(
                        "dashboards",
                        "Open assessments scored critical ({critical}+)",
                    ),
                    "risk_assessments",
                    "count(*)",
                    lambda d: (OneOf("status", _OPEN_RISK), Between("risk_score", _CRITICAL, None)),
                    attention=True,
                ),
            ),
            (
                Chart(
                    "score_bands",
                    QT_TRANSLATE_NOOP("dashboards", "Open assessments by score band"),
                    "risk_assessments",
                    _SCORE_BAND,
                    "count(*)",
                    lambda d: (OneOf("status", _OPEN_RISK),),
                    reads=("risk_score",),
                    series=_every_level(tuple(band.capitalize() for band, _ in BAND_LIMITS)),
                    axis=QT_TRANSLATE_NOOP("dashboards", "Assessments"),
                ),
            ),
            # The likelihood x impact grid, drawn by gui/charts/risk_heatmap.py.
            extra_charts=("risk_heatmap",),
        ),
        Dashboard(
            "recovery",
            (
                Figure(
                    "open_cases",
                    QT_TRANSLATE_NOOP("dashboards", "Cases open"),
                    "recovery_cases",
                    "count(*)",
                    lambda d: (OneOf("status", _OPEN_CASE),),
                ),
                Figure(
                    "open_amount",
                    QT_TRANSLATE_NOOP("dashboards", "Amount involved in open cases"),
                    "recovery_cases",
                    "coalesce(sum(amount_involved), 0)",
                    lambda d: (OneOf("status", _OPEN_CASE),),
                    reads=("amount_involved",),
                    format="money",
                ),
                # Cases in the state Recovered now: a case closed afterwards leaves it.
                # The figure says what it adds up: the amount involved ...
                Figure(
                    "amount_marked_recovered",
                    QT_TRANSLATE_NOOP("dashboards", "Amount involved in cases marked recovered"),
                    "recovery_cases",
                    "coalesce(sum(amount_involved), 0)",
                    lambda d: (OneOf("status", ("recovered",)),),
                    reads=("amount_involved",),
                    format="money",
                ),
                # ... and, of the same cases, what came back (migration 0106: a case may
                # be recovered in part).
                Figure(
                    "amount_recovered",
                    QT_TRANSLATE_NOOP("dashboards", "Amount recovered in cases marked recovered"),
                    "recovery_cases",
                    "coalesce(sum(amount_recovered), 0)",
                    lambda d: (OneOf("status", ("recovered",)),),
                    reads=("amount_recovered",),
                    format="money",
                ),
            ),
            (
                Chart(
                    "amount_by_state",
                    QT_TRANSLATE_NOOP("dashboards", "Amount involved by case state"),
                    "recovery_cases",
                    _ranked("status", RecoveryStatus),
                    "coalesce(sum(amount_involved), 0)",
                    reads=("status", "amount_involved"),
                    format="money",
                    axis=QT_TRANSLATE_NOOP("dashboards", "Amount involved"),
                ),
            ),
        ),
        Dashboard(
            "compliance",
            (
                # Two figures: a policy past its review date is late work, marked; one due
                # within 30 days is work coming (one figure of both said "due in 30 days"
                # of policies all past their date).
                Figure(
                    "review_overdue",
                    QT_TRANSLATE_NOOP("dashboards", "Policies overdue for review"),
                    "compliance_policies",
                    "count(*)",
                    # The rows the policies list marks, so the list opens on them.
                    lambda d: (Flagged("review_date"),),
                    reads=ROW_FLAGS["compliance_policies"].columns,
                    attention=True,
                ),
                Figure(
                    "review_due",
                    QT_TRANSLATE_NOOP("dashboards", "Policies due for review within 30 days"),
                    "compliance_policies",
                    "count(*)",
                    lambda d: (
                        OneOf("status", _IN_FORCE),
                        Between("review_date", d, d + _days(30)),
                    ),
                ),
                Figure(
                    "audits_running",
                    QT_TRANSLATE_NOOP("dashboards", "Audits scheduled or in progress"),
                    "compliance_audits",
                    "count(*)",
                    lambda d: (OneOf("status", ("scheduled", "in_progress")),),
                ),
            ),
            (
                Chart(
                    "audits_by_state",
                    QT_TRANSLATE_NOOP("dashboards", "Audits by state"),
                    "compliance_audits",
                    _ranked("status", AuditStatus),
                    "count(*)",
                    reads=("status",),
                    axis=QT_TRANSLATE_NOOP("dashboards", "Audits"),
                ),
            ),
        ),
        Dashboard(
            "admin",
            (
                Figure(
                    "logins_today",
                    QT_TRANSLATE_NOOP("dashboards", "People who logged in today"),
                    "users",
                    "count(*)",
                    lambda d: (Between("last_login", d, d),),
                ),
                Figure(
                    "active_users",
                    QT_TRANSLATE_NOOP("dashboards", "Active accounts"),
                    "users",
                    "count(*)",
                    lambda d: (Equals("is_active", True),),
                ),
                # The product runs no jobs of its own (no scheduler, no import queue: work
                # is done by a person's action or by a trigger in the same transaction),
                # so there is no failed job to count. The one recurring automatic work
                # the database records is the monitoring agent's checks: one that did not
                # answer ("unknown") or crossed its critical threshold has failed.
                Figure(
                    "failed_checks",
                    QT_TRANSLATE_NOOP(
                        "dashboards", "System checks failed or not answering, last 30 days"
                    ),
                    "system_monitoring",
                    "count(*)",
                    lambda d: (
                        OneOf("status", ("critical", "unknown")),
                        Between("recorded_at", d - _days(29), d),
                    ),
                ),
                # Records changed, not sign-ins: those are the first figure, and they
                # were most of this one (eye33 #10). As the audit log shows its action.
                Figure(
                    "audit_today",
                    QT_TRANSLATE_NOOP("dashboards", "Records created, changed or deleted today"),
                    "audit_logs",
                    "count(*)",
                    lambda d: (Between("created_at", d, d), _CHANGES),
                ),
            ),
            (
                Chart(
                    "audit_by_day",
                    QT_TRANSLATE_NOOP(
                        "dashboards", "Records created, changed or deleted, last 14 days"
                    ),
                    "audit_logs",
                    "to_char(created_at, 'YYYY-MM-DD')",
                    "count(*)",
                    lambda d: (Between("created_at", d - _days(13), d), _CHANGES),
                    reads=("created_at",),
                    kind="line",
                    series=_last_days(14),
                    axis=QT_TRANSLATE_NOOP("dashboards", "Records"),
                ),
            ),
        ),
    )
}
