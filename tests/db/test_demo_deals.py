"""The demo's won and lost deals close on the day they closed (migration 0161).

A user review (stop 45, Sales) saw four won or lost opportunities "closing" months
ahead: the demo gave every deal a close date 20 to 120 days after it opened, closed or
not. Their Mark won… or Mark lost… step writes the day it is taken, so a closed deal's
date is the day of its last change: never after it, never ahead of today.
"""

from __future__ import annotations

import psycopg
import pytest

from dicel_desktop.demo import DEMO_TODAY, generate
from dicel_desktop.demo.context import KIGALI, at


@pytest.mark.parametrize("built", [None, at(DEMO_TODAY, 6, 29)], ids=["at_ten", "before_ten"])
def test_a_closed_deal_of_the_demo_closes_on_the_day_of_its_last_change(built):
    demo = generate("small", DEMO_TODAY, built=built)
    table = demo.tables["opportunities"]
    rows = [dict(zip(table.columns, row, strict=True)) for row in table.rows]
    closed = [r for r in rows if r["status"] in ("won", "lost")]
    assert {r["status"] for r in closed} == {"won", "lost"}
    for deal in closed:
        closed_on = deal["updated_at"].astimezone(KIGALI).date()
        assert deal["expected_close_date"] == closed_on, deal["opportunity_number"]
        assert closed_on <= demo.today
    # Open deals keep a day the seller expects, ahead of the day they opened.
    for deal in rows:
        if deal["status"] in ("active", "on_hold"):
            assert deal["expected_close_date"] > deal["created_at"].date()


def test_the_loaded_demo_has_no_closed_deal_closing_after_it_closed(pristine_demo_dsn):
    """As the database counts days (the company's): what the list and form show."""
    with psycopg.connect(pristine_demo_dsn) as conn:
        closed, later = conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE expected_close_date"
            "        IS DISTINCT FROM dicel_company_day(updated_at)"
            "     OR expected_close_date > dicel_company_day())"
            " FROM opportunities WHERE status IN ('won', 'lost')"
        ).fetchone()
    assert closed > 0
    assert later == 0
