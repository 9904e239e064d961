"""A decider's own change after someone else's hides nothing from a decision on what was
shown (migration 0070). Found in a code review of 0064: the four decisions looked at the
last change since ``shown`` only, so when a colleague swapped a file and the decider then
attached one of their own, the swap passed unseen. Real logins: A changes a file, the
decider attaches one, then decides with the version they were shown.
"""

from __future__ import annotations

import uuid

import pytest
from helpers import last_march
from leave_team import make_team, week
from logins import Person, new_expense, open_logins
from shop import open_shop
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import documents, expenses, inbox, leave, payroll, purchasing

MARCH = last_march()


def _attach(person: Person, table: str, record: uuid.UUID, name: str) -> uuid.UUID:
    """``person`` attaches a file to the record, as the Documents tab does."""
    with person.session() as session:
        found = documents.attach(
            session, table, record, name, "application/pdf", f"%PDF-1.4 {name}".encode()
        ).id
        session.commit()
    return found


def _swap(person: Person, document: uuid.UUID) -> None:
    """``person`` replaces a file's content, as psql would."""
    with person.engine.begin() as conn:
        changed = conn.execute(
            text("UPDATE documents SET content = convert_to('%PDF-1.4 swapped', 'UTF8')"
                 " WHERE id = :d"),
            {"d": document},
        )  # fmt: skip
        assert changed.rowcount == 1


def _refused(person: Person, fn, *args, **kwargs) -> DicelError:
    with pytest.raises(DicelError) as refused, person.session() as session:
        fn(session, *args, **kwargs)
    assert refused.value.code == "changed_since_shown_by"
    return refused.value


def _as(person: Person, fn, *args, **kwargs):
    with person.session() as session:
        return fn(session, *args, **kwargs)


def test_an_expense_whose_receipt_another_swapped_is_not_decided(db_dsn):
    for logins in open_logins(db_dsn):
        clerk = logins.person("finance", first_name="Aline", last_name="Uwase", department="FIN")
        delphine = logins.person("finance", first_name="Delphine", last_name="Ingabire")
        eric = logins.person("finance", first_name="Eric", last_name="Niyonzima")
        expense = new_expense(clerk, department_id=logins.department("FIN")).id
        receipt = _attach(clerk, "expenses", expense, "receipt.pdf")
        (item,) = [i for i in _as(eric, inbox.waiting_for_me) if i.id == expense]

        _swap(delphine, receipt)
        _attach(eric, "expenses", expense, "note.pdf")  # the decider's own, later

        error = _refused(eric, expenses.decide_expense, expense, True, "ok", shown=item.version)
        assert error.params["who"] == "Delphine Ingabire"
        with eric.engine.connect() as conn:
            status = conn.scalar(text("SELECT status FROM expenses WHERE id = :e"), {"e": expense})
        assert status == "pending"


def test_a_leave_whose_certificate_the_requester_swapped_is_not_decided(db_dsn):
    for logins in open_logins(db_dsn):
        team = make_team(logins)
        request = team.file(team.clerk, week(1, days=2), "sick")
        certificate = _attach(team.clerk, "leave_requests", request, "certificate.pdf")
        shown = _as(team.hr, leave.decision_facts, request).version

        _swap(team.clerk, certificate)
        _attach(team.hr, "leave_requests", request, "hr-note.pdf")

        error = _refused(team.hr, leave.decide_leave, request, True, "Get well", shown=shown)
        assert error.params["who"] == "Aline Tester"
        assert team.row(request)["status"] == "pending"


def test_an_order_a_colleague_added_a_quote_to_is_not_decided(db_dsn):
    for shop in open_shop(db_dsn):
        order = shop.draft()
        _attach(shop.clerk, "purchase_orders", order, "quote.pdf")
        _as(shop.clerk, purchasing.submit_purchase_order, order)
        shown = _as(shop.manager, purchasing.order_facts, order).version

        # A pending order's files stay (0040): a colleague adds another quote.
        _attach(shop.clerk2, "purchase_orders", order, "cheaper-quote.pdf")
        _attach(shop.manager, "purchase_orders", order, "manager-note.pdf")

        error = _refused(shop.manager, purchasing.decide_purchase_order, order, True, shown=shown)
        assert error.params["who"] == "Diane Tester"
        assert shop.status(order) == "pending"


def test_a_pay_period_whose_papers_another_swapped_is_not_decided(db_dsn):
    for logins in open_logins(db_dsn):
        officer = logins.person("hr", first_name="Grace", last_name="Mukamana")
        manager = logins.person("finance", first_name="Jean", last_name="Mugabo")
        colleague = logins.person("hr", first_name="Aline", last_name="Uwase")
        logins.person("employee", first_name="Eric", last_name="Habimana")
        with officer.session() as session:
            period = payroll.run_payroll(session, *MARCH)
        papers = _attach(officer, "payroll_periods", period, "bank-file.pdf")
        (shown,) = [i for i in _as(colleague, inbox.waiting_for_me) if i.id == period]

        _swap(officer, papers)
        _attach(colleague, "payroll_periods", period, "checked.pdf")

        error = _refused(colleague, inbox.decide, shown, True)
        assert error.params["who"] == "Grace Mukamana"
        with manager.engine.connect() as conn:
            status = conn.scalar(
                text("SELECT status FROM payroll_periods WHERE id = :p"), {"p": period}
            )
        assert status == "pending"


def test_the_deciders_own_changes_alone_still_pass(db_dsn):
    """Only the decider changed anything since: no surprise, as before."""
    for logins in open_logins(db_dsn):
        clerk = logins.person("finance", first_name="Aline", last_name="Uwase", department="FIN")
        eric = logins.person("finance", first_name="Eric", last_name="Niyonzima")
        expense = new_expense(clerk, department_id=logins.department("FIN")).id
        (item,) = [i for i in _as(eric, inbox.waiting_for_me) if i.id == expense]
        mine = _attach(eric, "expenses", expense, "note.pdf")
        _swap(eric, mine)
        _as(eric, expenses.decide_expense, expense, False, "No receipt", shown=item.version)
        with eric.engine.connect() as conn:
            status = conn.scalar(text("SELECT status FROM expenses WHERE id = :e"), {"e": expense})
        assert status == "rejected"


def test_an_order_the_manager_alone_changed_since_is_decided(db_dsn):
    """Submitting plans the order's levels after stamping it: those entries were shown.
    (Rejected: an order its approver changed is not theirs to approve, DW005.)"""
    for shop in open_shop(db_dsn):
        order = shop.draft()
        _as(shop.clerk, purchasing.submit_purchase_order, order)
        shown = _as(shop.manager, purchasing.order_facts, order).version
        _attach(shop.manager, "purchase_orders", order, "manager-note.pdf")
        decided = _as(shop.manager, purchasing.decide_purchase_order, order, False, shown=shown)
        assert decided == "rejected"
