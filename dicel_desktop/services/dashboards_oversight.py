"""The dashboards of Risk, Recovery, Compliance and Administration: entries of the catalogue
(``services.dashboard_catalogue.DASHBOARDS``), declared as data. No Qt here.
"""

from __future__ import annotations

from dicel_desktop.domain.states import (
    AuditStatus,
    RecoveryStatus,
)
from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP
from dicel_desktop.services.charts import BAND_LIMITS
from dicel_desktop.services.dashboard_parts import (
    _CHANGES,
    _CRITICAL,
    _IN_FORCE,
    _OPEN_CASE,
    _OPEN_RISK,
    _SCORE_BAND,
    Chart,
    Dashboard,
    Figure,
    _days,
    _every_level,
    _last_days,
    _ranked,
)
from dicel_desktop.services.listing import (
    Between,
    Equals,
    Flagged,
    OneOf,
)
from dicel_desktop.services.row_flags import ROW_FLAGS

OVERSIGHT: tuple[Dashboard, ...] = (
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
                QT_TRANSLATE_NOOP("dashboards", "Amount involved by case status"),
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
                QT_TRANSLATE_NOOP("dashboards", "Audits by status"),
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
                empty=QT_TRANSLATE_NOOP("dashboards", "%1: no changes in these 14 days"),
            ),
        ),
    ),
)
