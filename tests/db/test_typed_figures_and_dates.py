"""Francs typed into any money column are whole, dates come in their order, and a new
deal is not expected to close on a day past (migration 0089), as real logins, through
the records service and straight in SQL.

Eye27: a new opportunity's Estimated value of 2,500,000.50 RWF was saved; a policy was
saved with its review (01/12/2026) before its effective date (01/01/2027); a new
opportunity was saved expected to close in the past, and was at once overdue.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from finance_data import sql_value
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import records

AHEAD = dt.date.today() + dt.timedelta(days=400)


def _sqlstate(person, statement: str, **params) -> str:
    with pytest.raises(DBAPIError) as refused:
        sql_value(person, statement, **params)
    return refused.value.orig.sqlstate


def _create(person, table: str, values: dict):
    with person.session() as session:
        return records.create_record(session, table, person.role, values)


def _deal(**values) -> dict:
    return {"title": "Static guarding, 2 posts", "stage": "proposal",
            "expected_close_date": AHEAD, **values}  # fmt: skip


def test_a_deals_value_in_francs_is_whole_from_the_form_or_from_sql(logins):
    seller = logins.person(Role.SALES)
    with pytest.raises(DicelError) as cents:
        _create(seller, "opportunities", _deal(estimated_value=Decimal("2500000.50")))
    assert cents.value.code == "amount_has_cents"
    assert cents.value.params["field"] == "estimated_value"
    assert cents.value.message == "Rwandan francs have no cents: type a whole amount."
    insert = (
        "INSERT INTO opportunities (title, stage, estimated_value, expected_close_date)"
        " VALUES ('Mobile patrol', 'proposal', :v, :d) RETURNING id"
    )
    assert _sqlstate(seller, insert, v=Decimal("0.50"), d=AHEAD) == "DW346"
    assert sql_value(seller, "SELECT count(*) FROM opportunities") == 0
    deal = _create(seller, "opportunities", _deal(estimated_value=Decimal("2500000")))
    update = "UPDATE opportunities SET estimated_value = :v WHERE id = :i"
    assert _sqlstate(seller, update, v=Decimal("2500000.25"), i=deal.id) == "DW346"
    # Every other column of the list: a lead's estimate, a campaign's budget.
    leads = "INSERT INTO leads (company_name, estimated_value) VALUES ('Hotel Gorillas', :v)"
    assert _sqlstate(seller, leads, v=Decimal("100.10")) == "DW346"


def test_a_contracts_value_keeps_cents_in_dollars_not_in_francs(logins):
    clerk = logins.person(Role.CLIENT)
    client = sql_value(
        clerk, "INSERT INTO clients (company_name) VALUES ('Kigali Heights') RETURNING id"
    )
    insert = (
        "INSERT INTO contracts (client_id, contract_type, start_date,"
        " total_value, currency) VALUES (:c, 'Guarding', current_date, :v, :cur)"
        " RETURNING id"
    )
    assert _sqlstate(clerk, insert, c=client, v=Decimal("1000.5"), cur="RWF") == "DW346"
    assert sql_value(clerk, insert, c=client, v=Decimal("1000.5"), cur="USD")


def test_a_policy_is_not_reviewed_before_it_takes_effect(logins):
    officer = logins.person(Role.COMPLIANCE)
    values = {
        "policy_name": "Cash handling",
        "policy_category": "Finance",
        "effective_date": dt.date(2027, 1, 1),
        "review_date": dt.date(2026, 12, 1),
    }
    with pytest.raises(DicelError) as early:
        _create(officer, "compliance_policies", values)
    assert early.value.code == "field_on_or_after"
    assert early.value.params["field"] == "review_date"
    insert = (
        "INSERT INTO compliance_policies (policy_name, policy_category,"
        " effective_date, review_date) VALUES ('Cash', 'Finance', :e, :r)"
    )
    assert _sqlstate(officer, insert, e=dt.date(2027, 1, 1), r=dt.date(2026, 12, 1)) == "23514"
    assert sql_value(officer, "SELECT count(*) FROM compliance_policies") == 0
    _create(officer, "compliance_policies", {**values, "review_date": dt.date(2028, 1, 1)})


def test_a_new_deal_is_not_expected_to_close_on_a_day_past(logins):
    seller = logins.person(Role.SALES)
    with pytest.raises(DicelError) as past:
        _create(seller, "opportunities", _deal(expected_close_date=dt.date(2020, 1, 1)))
    assert past.value.code == "close_date_passed"
    assert past.value.params["field"] == "expected_close_date"
    insert = (
        "INSERT INTO opportunities (title, stage, expected_close_date)"
        " VALUES ('Mobile patrol', 'proposal', :d) RETURNING id"
    )
    assert _sqlstate(seller, insert, d=dt.date(2020, 1, 1)) == "DW347"
    # An existing deal may pass its date: the overdue flag says so.
    deal = sql_value(seller, insert, d=AHEAD)
    sql_value(
        seller,
        "UPDATE opportunities SET expected_close_date = :d WHERE id = :i RETURNING id",
        d=dt.date(2020, 1, 1),
        i=deal,
    )
