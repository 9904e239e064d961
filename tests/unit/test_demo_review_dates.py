"""The demo's performance reviews have believable dates (eye44, eye45 #2): this year's
annual reviews were all dated today, before their year was over, and some were already
"Acknowledged". A review is written after its period, changed (shared, signed, filed)
after it is written, and never dated after today; a round written lately is under way."""

from __future__ import annotations

from datetime import date

import pytest

from dicel_desktop.demo import hr, people, talent
from dicel_desktop.demo.context import Demo
from dicel_desktop.demo.loader import DEMO_TODAY


def _reviews(today: date) -> list[dict]:
    demo = Demo(today, "small")
    for generator in (people, hr, talent):  # reviews read the people and their managers
        generator.build(demo)
    table = demo.tables["performance_reviews"]
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


@pytest.mark.parametrize("today", [DEMO_TODAY, date(2026, 12, 8), date(2026, 7, 20)])
def test_a_review_is_written_after_its_period_and_signed_after_it_is_written(today):
    reviews = _reviews(today)
    assert reviews
    for review in reviews:
        written = review["review_date"]
        assert review["review_period_end"] < written < today, review
        assert review["created_at"].date() >= written, review
        assert review["updated_at"] >= review["created_at"], review
        if review["status"] != "draft":  # shared, signed or filed later than written
            assert review["updated_at"] > review["created_at"], review


def test_a_round_written_lately_is_under_way_and_an_old_one_is_done():
    reviews = _reviews(date(2026, 7, 20))
    mid_year = {r["status"] for r in reviews if r["review_period_end"] == date(2026, 6, 30)}
    assert {"draft", "submitted", "acknowledged"} <= mid_year
    last_year = {r["status"] for r in reviews if r["review_period_end"] == date(2025, 12, 31)}
    assert last_year <= {"completed", "acknowledged"} and "completed" in last_year
