"""A decision is taken on the record as the decider was shown it (migration 0032).

Found with psql in a security review: a requester who moved their pending leave's end
date after the supervisor had opened the decision got the longer leave approved; the same
for an expense's amount and an order. Real logins, two at a time: the requester (or a
colleague) changes the record between the decider's read and their decision.
"""

from __future__ import annotations

import datetime as dt

import pytest
from leave_team import Team, make_team, week
from logins import new_expense, open_logins
from shop import Shop
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import expenses, inbox, leave, purchasing


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def _as(person, fn, *args, **kwargs):
    with person.session() as session:
        return fn(session, *args, **kwargs)


def _refusal(call) -> DicelError:
    with pytest.raises(DicelError) as refused:
        call()
    return refused.value


def _move_end(person, request, end: dt.date) -> None:
    """The requester corrects their pending request, as the record window saves it."""
    with person.engine.begin() as conn:
        conn.execute(
            text("UPDATE leave_requests SET end_date = :e WHERE id = :r"), {"e": end, "r": request}
        )


# --------------------------------------------------------------------------- leave


def test_a_leave_changed_after_the_supervisor_read_it_is_not_decided(team: Team):
    start, end = week(1, days=2)
    request = team.file(team.clerk, (start, end))
    shown = _as(team.boss, leave.decision_facts, request)
    assert shown.days == 2
    _move_end(team.clerk, request, week(1, days=5)[1])  # two days become five

    error = _refusal(
        lambda: _as(team.boss, leave.decide_leave, request, True, "Fine", shown=shown.version)
    )
    assert error.code == "changed_since_shown_by"
    assert error.message.startswith("Aline Tester changed this leave request at ")
    assert error.message.endswith(", after you opened it. Look at it again before deciding.")
    row = team.row(request)
    assert (row["status"], row["approved_by"], row["days_requested"]) == ("pending", None, 5)

    # Read again, the five days are what is approved.
    again = _as(team.boss, leave.decision_facts, request)
    assert again.days == 5 and again.version > shown.version
    _as(team.boss, leave.decide_leave, request, True, "Fine", shown=again.version)
    assert team.row(request)["status"] == "approved"


def test_a_leave_unchanged_since_it_was_read_is_decided(team: Team):
    request = team.file(team.clerk, week(2, days=3))
    shown = _as(team.boss, leave.decision_facts, request)
    _as(team.boss, leave.decide_leave, request, False, "Not that week", shown=shown.version)
    row = team.row(request)
    assert (row["status"], row["approved_by"]) == ("rejected", team.boss.user_id)


def test_a_decision_taken_meanwhile_is_told_as_already_decided(team: Team):
    request = team.file(team.clerk, week(3, days=1))
    shown = _as(team.boss, leave.decision_facts, request)
    _as(team.hr, leave.decide_leave, request, True)  # HR decides it first
    error = _refusal(
        lambda: _as(team.boss, leave.decide_leave, request, False, shown=shown.version)
    )
    assert error.code == "already_decided"
    assert error.message.startswith("Already approved by Hana Uwase at ")
    assert team.row(request)["status"] == "approved"


# --------------------------------------------------------------------------- expenses


def test_an_expense_raised_after_finance_read_it_is_not_approved(logins_office):
    clerk, manager, department = logins_office
    expense = new_expense(clerk, department_id=department)
    shown = expense.version
    with clerk.engine.begin() as conn:
        conn.execute(text("UPDATE expenses SET amount = 9000000 WHERE id = :e"), {"e": expense.id})
    error = _refusal(
        lambda: _as(manager, expenses.decide_expense, expense.id, True, "", shown=shown)
    )
    assert error.code == "changed_since_shown_by"
    assert error.message.startswith("Aline Uwase changed this expense at ")
    with manager.engine.begin() as conn:
        status = conn.scalar(text("SELECT status FROM expenses WHERE id = :e"), {"e": expense.id})
    assert status == "pending"


def test_the_deciders_own_change_is_no_reason_to_refuse(logins_office):
    clerk, manager, department = logins_office
    expense = new_expense(clerk, department_id=department)
    # The decider corrects its description in the record window, then rejects it from the
    # dialog they had opened before.
    with manager.engine.begin() as conn:
        conn.execute(
            text("UPDATE expenses SET description = 'Diesel, 40 l' WHERE id = :e"),
            {"e": expense.id},
        )
    _as(manager, expenses.decide_expense, expense.id, False, "No receipt", shown=expense.version)
    with manager.engine.begin() as conn:
        status = conn.scalar(text("SELECT status FROM expenses WHERE id = :e"), {"e": expense.id})
    assert status == "rejected"


@pytest.fixture
def logins_office(db_dsn):
    for logins in open_logins(db_dsn):
        clerk = logins.person("finance", first_name="Aline", last_name="Uwase", department="FIN")
        manager = logins.person("finance", first_name="Jean", last_name="Mugabo", department="FIN")
        yield clerk, manager, logins.department("FIN")


# --------------------------------------------------------------------------- orders


def test_an_order_changed_after_its_manager_read_it_is_not_decided(shop: Shop):
    order = shop.draft()
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    shown = _as(shop.manager, purchasing.order_facts, order)
    with shop.clerk2.engine.begin() as conn:  # a colleague of the stores adds a note
        conn.execute(
            text("UPDATE purchase_orders SET notes = 'Deliver to the night shift' WHERE id = :o"),
            {"o": order},
        )
    error = _refusal(
        lambda: _as(
            shop.manager, purchasing.decide_purchase_order, order, True, shown=shown.version
        )
    )
    assert error.code == "changed_since_shown_by"
    assert error.message.startswith("Diane Tester changed this purchase order at ")
    assert shop.status(order) == "pending"
    again = _as(shop.manager, purchasing.order_facts, order)
    assert (
        _as(shop.manager, purchasing.decide_purchase_order, order, True, shown=again.version)
        == "approved"
    )


# --------------------------------------------------------------------------- the inbox


def test_waiting_for_me_decides_only_what_it_listed(team: Team):
    changed = team.file(team.clerk, week(4, days=2))
    kept = team.file(team.mate, week(5, days=2))
    listed = {item.id: item for item in _as(team.boss, inbox.waiting_for_me)}
    assert listed[changed].version is not None
    _move_end(team.clerk, changed, week(4, days=4)[1])

    decisions = _as(team.boss, inbox.decide_all, [listed[changed], listed[kept]], True, "Ok")
    assert [d.decided for d in decisions] == [False, True]
    assert decisions[0].refusal.code == "changed_since_shown_by"
    assert team.row(changed)["status"] == "pending"
    assert team.row(kept)["status"] == "approved"
    # Listed again, it shows the four days and is decided on them.
    (again,) = _as(team.boss, inbox.waiting_for_me)
    assert again.detail == "4 working days"
    assert _as(team.boss, inbox.decide_all, [again], True)[0].decided
