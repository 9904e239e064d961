"""The dashboards of Clients, Sales and Customer Experience: entries of the catalogue
(``services.dashboard_catalogue.DASHBOARDS``), declared as data. No Qt here.
"""

from __future__ import annotations

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP
from dicel_desktop.services.dashboard_parts import (
    _OPEN_TICKET,
    _PIPELINE,
    _PRIORITY,
    Chart,
    Dashboard,
    Figure,
    _days,
    _every_level,
    _last_months,
    _months_back,
    _ranked,
)
from dicel_desktop.services.listing import (
    Between,
    Flagged,
    OneOf,
)
from dicel_desktop.services.row_flags import ROW_FLAGS

CUSTOMERS: tuple[Dashboard, ...] = (
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
            # Every deal not yet won or lost, those on hold too (eye39 #6: "open" counted
            # the active ones alone, 38 of 44), as "Complaints open" counts every
            # complaint not resolved. The pipeline's values are what active deals are
            # worth: one on hold is not being pursued.
            Figure(
                "opportunities_open",
                QT_TRANSLATE_NOOP("dashboards", "Opportunities open"),
                "opportunities",
                "count(*)",
                lambda d: (OneOf("status", ("active", "on_hold")),),
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
                # Twelve calendar months, this one the last ("335 days back" gave 11 or
                # 13 on some days: 2027-03-01 read from March 2026).
                lambda d: (Between("feedback_date", _months_back(d, 11), d),),
                reads=("rating", "feedback_date"),
                kind="line",
                format="rating",
                # Every month written under the axis, one without a rating a gap.
                series=_last_months(12),
                missing=None,
                axis=QT_TRANSLATE_NOOP("dashboards", "Average rating"),
                empty=QT_TRANSLATE_NOOP("dashboards", "%1: no ratings in these 12 months"),
            ),
        ),
    ),
)
