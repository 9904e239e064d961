"""A file attached or replaced after the decider read a leave request, a purchase order or
a pay period is a change of what they were shown (migration 0064), as it is for an
expense (test_files_are_what_was_shown.py). Real logins: the requester, a colleague or
whoever ran the pay adds or swaps a file between the decider's read and their decision;
the decision on the old version is refused with DW007 (in the decider's words, naming who
changed the file) and nothing is decided; read again, the decision passes.
"""

from __future__ import annotations

import pytest
from helpers import last_march
from leave_team import Team, make_team, week
from logins import open_logins
from shop import Shop
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import documents, inbox, leave, payroll, purchasing

MARCH = last_march()


def _as(person, fn, *args, **kwargs):
    with person.session() as session:
        found = fn(session, *args, **kwargs)
        session.commit()
        return found


def _attach(person, table, record_id, name=b"%PDF-1.4 one") -> documents.DocumentInfo:
    return _as(person, documents.attach, table, record_id, "file.pdf", "application/pdf", name)


def _replace(person, document: documents.DocumentInfo) -> None:
    _as(
        person, documents.replace, document.id, "file.pdf", "application/pdf",
        b"%PDF-1.4 swapped", document.updated_at,
    )  # fmt: skip


def _refused_in_sql(person, statement: str, params: dict) -> None:
    """The same stale decision as psql would send it: DW007."""
    with pytest.raises(DBAPIError) as refused, person.engine.begin() as conn:
        conn.execute(text(statement), params)
    assert refused.value.orig.sqlstate == "DW007"


def _refused(call, who: str) -> None:
    with pytest.raises(DicelError) as refused:
        call()
    assert refused.value.code == "changed_since_shown_by"
    assert refused.value.params["who"] == who


# --------------------------------------------------------------------------- leave


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


@pytest.mark.parametrize("change", ["attached", "replaced"])
def test_a_certificate_changed_after_the_supervisor_read_the_leave_stops_it(team: Team, change):
    request = team.file(team.clerk, week(1, days=2), leave_type="sick")
    certificate = _attach(team.clerk, "leave_requests", request) if change == "replaced" else None
    shown = _as(team.boss, leave.decision_facts, request).version
    # Aline swaps (or first attaches) her medical certificate while Jean reads the request.
    if certificate is None:
        _attach(team.clerk, "leave_requests", request)
    else:
        _replace(team.clerk, certificate)

    _refused_in_sql(
        team.boss,
        "SELECT dicel_decide_leave(:r, true, 'ok', :v)",
        {"r": request, "v": shown},
    )
    _refused(
        lambda: _as(team.boss, leave.decide_leave, request, True, "ok", shown=shown),
        "Aline Tester",
    )
    assert team.row(request)["status"] == "pending"
    again = _as(team.boss, leave.decision_facts, request).version
    assert again > shown
    _as(team.boss, leave.decide_leave, request, True, "ok", shown=again)
    assert team.row(request)["status"] == "approved"


# --------------------------------------------------------------------------- orders


def test_a_quote_attached_after_the_manager_read_the_order_stops_it(shop: Shop):
    """A pending order's files stay as they are (replaced or removed, refused: migration
    0040's evidence); a new file is what may come meanwhile."""
    order = shop.draft()
    _attach(shop.clerk, "purchase_orders", order)
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    shown = _as(shop.manager, purchasing.order_facts, order).version
    # A colleague of the stores attaches the supplier's second quote meanwhile.
    _attach(shop.clerk2, "purchase_orders", order, b"%PDF-1.4 second quote")

    _refused_in_sql(
        shop.manager,
        "SELECT dicel_decide_purchase_order(:o, true, 'ok', :v)",
        {"o": order, "v": shown},
    )
    _refused(
        lambda: _as(shop.manager, purchasing.decide_purchase_order, order, True, shown=shown),
        "Diane Tester",
    )
    assert shop.status(order) == "pending"
    again = _as(shop.manager, purchasing.order_facts, order).version
    assert again > shown
    assert (
        _as(shop.manager, purchasing.decide_purchase_order, order, True, shown=again) == "approved"
    )


# --------------------------------------------------------------------------- pay periods


@pytest.fixture
def pay(db_dsn):
    """Grace (HR) runs March; Jean (finance) approves it; Eric is paid."""
    for logins in open_logins(db_dsn):
        officer = logins.person("hr", first_name="Grace", last_name="Mukamana")
        manager = logins.person("finance", first_name="Jean", last_name="Mugabo")
        logins.person("employee", first_name="Eric", last_name="Habimana")
        yield officer, manager, _as(officer, payroll.run_payroll, *MARCH)


def _pay_item(person, period) -> inbox.WaitingItem:
    (item,) = [i for i in _as(person, inbox.waiting_for_me) if i.id == period]
    return item


def _period_status(person, period) -> str:
    with person.engine.begin() as conn:
        return conn.scalar(text("SELECT status FROM payroll_periods WHERE id = :p"), {"p": period})


@pytest.mark.parametrize("change", ["attached", "replaced"])
def test_a_bank_file_changed_after_the_approver_read_the_run_stops_it(pay, change):
    officer, manager, period = pay
    bank_file = _attach(officer, "payroll_periods", period) if change == "replaced" else None
    shown = _pay_item(manager, period)
    # Grace attaches (or swaps) the bank's transfer file while Jean reads the run.
    if bank_file is None:
        _attach(officer, "payroll_periods", period)
    else:
        _replace(officer, bank_file)

    _refused_in_sql(
        manager,
        "SELECT dicel_decide_payroll(:p, true, 'ok', :v)",
        {"p": period, "v": shown.version},
    )
    _refused(lambda: _as(manager, inbox.decide, shown, approve=True), "Grace Mukamana")
    assert _period_status(manager, period) == "pending"
    again = _pay_item(manager, period)
    assert again.version > shown.version
    _as(manager, inbox.decide, again, approve=True)
    assert _period_status(manager, period) == "approved"
