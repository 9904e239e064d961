"""A closing day past, said by the posting's form in its state's sentence, never as a raw
code (review35c F5)."""

from __future__ import annotations

import datetime as dt

from dicel_desktop.domain.entry_rules import CLOSES_AHEAD
from dicel_desktop.domain.errors import MESSAGES
from dicel_desktop.services import form_day_rules

PAST = dt.date.today() - dt.timedelta(days=3)


def _said(status: str):
    values = {"status": status, "closing_date": PAST}
    return form_day_rules._closes_before_today("job_postings", values, {"closing_date": None})


def test_every_state_a_closing_day_is_asked_in_has_its_sentence():
    for table, _column, states in CLOSES_AHEAD:
        for state in states:
            assert f"posting_closing_date_past_{state}" in MESSAGES, (table, state)
    assert _said("open")[1].code == "posting_closing_date_past_open"


def test_a_state_without_its_own_sentence_gets_the_databases(monkeypatch):
    monkeypatch.setitem(
        form_day_rules._CLOSES_AHEAD, "job_postings", ("closing_date", ("open", "on_hold", "draft"))
    )
    column, error = _said("draft")
    assert (column, error.code) == ("closing_date", "posting_closing_date_past")
    assert not error.message.startswith("posting_closing_date_past")
