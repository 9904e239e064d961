"""The ordered dates the database checks are the ones the forms read: migrations 0089 and
0098 froze theirs, and together they are ``domain.entry_rules.ORDERED_DATES``."""

from __future__ import annotations

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.entry_rules import ORDERED_DATES


def test_the_migrations_pairs_are_the_domains():
    made = (
        earlier_revision(
            "0089_whole_francs_dates_in_order_and_a_new_deal_closes_ahead"
        ).ORDERED_DATES
        + earlier_revision("0098_a_report_comes_after_what_it_reports_and_by_today").ORDERED_DATES
    )
    assert len(set(made)) == len(made)
    assert set(made) == set(ORDERED_DATES)
