"""A list's flags and lapsed marks count from the company's day (``dicel_company_day()``,
migration 0069), as the database's rules do, not from the session's ``current_date``,
which the session's own time zone moves (services/row_flags.py).

No clock is read: the sessions are set to UTC+14 and UTC-12, 26 hours apart, so at any
moment one of them is on another day than the company (Africa/Kigali); in both the
licence that expired yesterday (the company's yesterday) is lapsed, and the one expiring
today is not.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from dicel_desktop.db.engine import make_engine
from dicel_desktop.services.dashboards import load_dashboard
from dicel_desktop.services.listing import Listing, ListQuery, listing_columns


@pytest.mark.parametrize("zone", ["Etc/GMT-14", "Etc/GMT+12"])
def test_a_licence_lapses_on_the_companys_day_whatever_the_sessions_zone(db_dsn, zone):
    engine = make_engine(db_dsn)
    try:
        with engine.begin() as conn:
            rows = conn.execute(
                text(
                    "INSERT INTO security_guards (license_number, license_expiry, status)"
                    " SELECT n, public.dicel_company_day() + d, 'active'"
                    " FROM (VALUES ('YESTERDAY', -1), ('TODAY', 0), ('TOMORROW', 1)) AS v(n, d)"
                    " RETURNING license_number, id"
                )
            ).all()
        ids = {number: record for number, record in rows}
        listing = Listing(
            ListQuery("security_guards", listing_columns("security_guards"), flagged=True)
        )
        with engine.connect() as conn:
            conn.execute(text(f"SET TIME ZONE '{zone}'"))
            found = listing.first(conn, 1000)
        lapsed = {row[0] for row in found if row[listing.flag_slot] and row[listing.lapsed_slot]}
        coming = {
            row[0] for row in found if row[listing.flag_slot] and not row[listing.lapsed_slot]
        }
    finally:
        engine.dispose()
    assert lapsed == {ids["YESTERDAY"]}
    assert coming == {ids["TODAY"], ids["TOMORROW"]}


def test_a_dashboard_counts_on_the_companys_day_whatever_the_sessions_zone(db_dsn):
    """The dashboards' figures ("due this week", "overdue") count from the day the flags
    count from: 26 hours apart, one of the two sessions is on another day than the
    company, whose day the dashboard keeps in both."""
    engine = make_engine(db_dsn)
    try:
        days = {}
        for zone in ("Etc/GMT-14", "Etc/GMT+12"):
            with engine.connect() as conn:
                conn.execute(text(f"SET TIME ZONE '{zone}'"))
                company = conn.execute(text("SELECT public.dicel_company_day()")).scalar_one()
                days[zone] = (load_dashboard(conn, "hr").today, company)
    finally:
        engine.dispose()
    assert all(shown == company for shown, company in days.values()), days
