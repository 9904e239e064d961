"""The dashboards of HR and Finance: entries of the catalogue
(``services.dashboard_catalogue.DASHBOARDS``), declared as data. No Qt here.
"""

from __future__ import annotations

import sqlalchemy as sa

from dicel_desktop.domain.states import (
    AttendanceStatus,
)
from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP
from dicel_desktop.services.dashboard_parts import (
    _INVOICES,
    _RECEIVABLE,
    Chart,
    Dashboard,
    Figure,
    _days,
    _month_start,
    _ranked,
)
from dicel_desktop.services.invoice_balance import PAYMENTS_READ, balance_due
from dicel_desktop.services.listing import (
    Between,
    Equals,
    OneOf,
)

STAFF_AND_MONEY: tuple[Dashboard, ...] = (
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
                # Of the days someone was expected at work: a day of leave or a public
                # holiday is not an absence, and counted it lowered the rate.
                "100.0 * count(*) FILTER (WHERE status IN "
                "('present', 'late', 'half_day', 'remote'))"
                " / nullif(count(*) FILTER (WHERE status NOT IN ('on_leave', 'holiday')), 0)",
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
)
