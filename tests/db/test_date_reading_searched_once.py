"""A function's body is searched for what reads the date once a process (migration 0069's
pin runs after every revision from 0069 on: seventeen times in a walk from empty, where
the search over every body was 40% of the walk), and what it finds is what the search
finds."""

from __future__ import annotations

import sqlalchemy as sa

from dicel_desktop.db import company_time


def test_a_body_is_searched_once_however_often_the_schema_is_pinned(db_engine):
    company_time._reads_date_time.cache_clear()
    with db_engine.begin() as conn:
        first = company_time.date_dependent_functions(conn)
        searched = company_time._reads_date_time.cache_info().misses
        assert company_time.date_dependent_functions(conn) == first
        company_time.pin_company_time_zone(conn)
        bodies = conn.execute(sa.text(company_time._FUNCTIONS)).all()
    info = company_time._reads_date_time.cache_info()
    assert searched > 100
    assert info.misses == searched
    assert info.hits >= 2 * searched
    assert [signature for _name, signature, _config in first] == [
        signature
        for name, signature, body, _config in bodies
        if name not in company_time.INSTANT_ONLY and company_time.DATE_TIME.search(body or "")
    ]
