"""Purchase orders as real people draw them up, submit, decide and receive them, through
``services.purchasing`` (the database's functions, migration 0013) and, for what the
window would not offer, straight SQL as psql would send it.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from decimal import Decimal

import pytest
from logins import Person
from prepared_people import once_a_module
from shop import LIMIT, Shop
from shop import _build as build_shop
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from dicel_desktop.db.engine import make_engine
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import cases, inbox, purchasing, records, stock

_prepared_shop, shop = once_a_module("shop", build_shop)


def _refusal(call) -> DicelError:
    with pytest.raises(DicelError) as refused:
        call()
    return refused.value


def _as(person, fn, *args, **kwargs):
    with person.session() as session:
        return fn(session, *args, **kwargs)


def _total(shop: Shop, order: uuid.UUID) -> Decimal:
    with shop.su.connect() as conn:
        return conn.scalar(
            text("SELECT total_amount FROM purchase_orders WHERE id = :o"), {"o": order}
        )


#: What psql as a person gets: the refusal's SQLSTATE, None when accepted.
_psql = Person.psql_refusal


def _inbox_ids(person) -> list[uuid.UUID]:
    """The orders the approvals inbox lists for ``person`` ("Waiting for me")."""
    with Session(person.engine) as session:
        return [w.id for w in inbox.waiting_for_me(session) if w.kind == "purchase_order"]


def _levels(shop: Shop, order: uuid.UUID) -> list[tuple]:
    with shop.su.connect() as conn:
        return [
            tuple(row)
            for row in conn.execute(
                text(
                    "SELECT a.level, a.decision, u.first_name, a.note"
                    " FROM purchase_order_approvals a LEFT JOIN users u ON u.id = a.approver_id"
                    " WHERE a.order_id = :o"
                    " ORDER BY array_position(ARRAY['manager', 'finance'], a.level::text)"
                ),
                {"o": order},
            )
        ]


# --------------------------------------------------------------------------- lines and total


def test_the_total_is_the_sum_of_the_lines_and_no_one_writes_it(shop: Shop):
    order = shop.draft(lines=[(shop.torch, 10, "12000"), (None, 1, "50000")])
    assert _total(shop, order) == Decimal("170000.00")
    with shop.clerk.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE purchase_order_lines SET quantity = 5"
                " WHERE order_id = :o AND item_id IS NOT NULL"
            ),
            {"o": order},
        )
    assert _total(shop, order) == Decimal("110000.00")
    with shop.clerk.engine.begin() as conn:
        conn.execute(
            text("DELETE FROM purchase_order_lines WHERE order_id = :o AND item_id IS NULL"),
            {"o": order},
        )
    assert _total(shop, order) == Decimal("60000.00")
    for who in (shop.clerk, shop.admin):
        assert (
            _psql(who, "UPDATE purchase_orders SET total_amount = 1 WHERE id = %s", (order,))
            == "42501"
        )
        assert (
            _psql(
                who,
                "INSERT INTO purchase_orders (order_date, total_amount) VALUES (current_date, 5)",
            )
            == "42501"
        )


def test_two_clerks_adding_lines_to_one_draft_at_once_leave_the_right_total(shop: Shop):
    order = shop.draft(lines=[])
    barrier = threading.Barrier(2)
    failures: list[BaseException] = []

    def add(person, price: str) -> None:
        try:
            with person.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
                barrier.wait()
                conn.execute(
                    text(
                        "INSERT INTO purchase_order_lines (order_id, item_id, quantity, unit_price)"
                        " VALUES (:o, :i, 1, :p)"
                    ),
                    {"o": order, "i": shop.torch, "p": Decimal(price)},
                )
                conn.commit()
        except BaseException as error:
            failures.append(error)

    threads = [
        threading.Thread(target=add, args=(shop.clerk, "100")),
        threading.Thread(target=add, args=(shop.clerk2, "20")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert _total(shop, order) == Decimal("120.00")


def test_lines_change_only_while_the_order_is_a_draft(shop: Shop):
    order = shop.draft()
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    for who in (shop.clerk, shop.admin):
        assert (
            _psql(who, "UPDATE purchase_order_lines SET quantity = 1 WHERE order_id = %s", (order,))
            == "DL002"
        )
        assert (
            _psql(who, "DELETE FROM purchase_order_lines WHERE order_id = %s", (order,)) == "DL002"
        )
        assert (
            _psql(
                who,
                "INSERT INTO purchase_order_lines (order_id, description, quantity, unit_price)"
                " VALUES (%s, 'Extra', 1, 1)",
                (order,),
            )
            == "DL002"
        )
    assert _total(shop, order) == Decimal("120000.00")


# --------------------------------------------------------------------------- submitting


def test_an_order_is_submitted_with_lines_and_a_supplier_by_its_creator_or_the_stores(shop: Shop):
    empty = shop.draft(lines=[])
    error = _refusal(lambda: _as(shop.clerk, purchasing.submit_purchase_order, empty))
    assert error.message == "This purchase order has no lines: add what it buys, then submit it."
    nobody = shop.draft(supplier=False)
    error = _refusal(lambda: _as(shop.clerk, purchasing.submit_purchase_order, nobody))
    assert error.code == "po_without_supplier"

    order = shop.draft()
    error = _refusal(lambda: _as(shop.admin, purchasing.submit_purchase_order, order))
    assert error.message == (
        "Only Eric Tester, who drew up this purchase order, or the stores may submit it."
    )
    _as(shop.clerk2, purchasing.submit_purchase_order, order)  # a colleague in the stores
    assert shop.status(order) == "pending"
    error = _refusal(lambda: _as(shop.clerk, purchasing.submit_purchase_order, order))
    # Who submitted it first, and when (migration 0121: the state alone before).
    assert error.code == "already_decided"
    assert error.message.startswith("Already submitted by Diane Tester at ")
    # Finance may not call it at all.
    assert _psql(shop.finance, "SELECT dicel_submit_purchase_order(%s)", (order,)) == "42501"


def test_an_order_is_approved_or_rejected_only_through_the_functions(shop: Shop):
    order = shop.draft()
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    for who in (shop.clerk, shop.manager, shop.finance, shop.admin):
        assert (
            _psql(who, "UPDATE purchase_orders SET status = 'approved' WHERE id = %s", (order,))
            == "42501"
        )
        assert (
            _psql(
                who,
                "UPDATE purchase_order_approvals SET decision = 'approved' WHERE order_id = %s",
                (order,),
            )
            == "42501"
        )
        assert (
            _psql(
                who,
                "INSERT INTO purchase_order_approvals (order_id, level) VALUES (%s, 'finance')",
                (order,),
            )
            == "42501"
        )
    assert shop.status(order) == "pending"


# --------------------------------------------------------------------------- deciding


def test_up_to_the_limit_the_department_manager_approves_alone(shop: Shop):
    order = shop.draft(lines=[(shop.torch, 10, "100000")])  # exactly the limit
    assert _total(shop, order) == LIMIT
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    assert _levels(shop, order) == [("manager", None, None, None)]
    error = _refusal(lambda: _as(shop.finance, purchasing.decide_purchase_order, order, True))
    assert (
        error.message
        == "This purchase order waits for the approval of Jean Mugabo, the manager of Stores."
    )
    error = _refusal(lambda: _as(shop.clerk2, purchasing.decide_purchase_order, order, True))
    assert error.code == "po_waits_for_manager"

    state = _as(
        shop.manager, purchasing.decide_purchase_order, order, True, "Needed for the night shift"
    )
    assert state == "approved"
    assert _levels(shop, order) == [("manager", "approved", "Jean", "Needed for the night shift")]
    with shop.su.connect() as conn:
        approved_by = conn.scalar(
            text("SELECT approved_by FROM purchase_orders WHERE id = :o"), {"o": order}
        )
    assert approved_by == shop.manager.user_id


def test_the_window_knows_who_may_decide_an_order_now(shop: Shop):
    """What stops a decision in the window (purchasing.what_stops_deciding) is what the
    function would refuse, level by level; nothing for whoever the inbox lists."""
    order = shop.draft(lines=[(shop.torch, 100, "12000")])  # above the limit: two levels
    _as(shop.clerk, purchasing.submit_purchase_order, order)

    def stop(person):
        found = _as(person, purchasing.what_stops_deciding, order)
        return None if found is None else found.code

    assert stop(shop.clerk) == "own_record_decision"
    assert stop(shop.finance) == "po_waits_for_manager_first"
    stopped = _as(shop.clerk2, purchasing.what_stops_deciding, order)
    assert stopped is not None and stopped.message == (
        "This purchase order waits for the approval of Jean Mugabo, the manager of Stores."
    )
    assert stop(shop.manager) is None
    assert _as(shop.manager, purchasing.decide_purchase_order, order, True) == "pending"
    # The manager's level is decided: finance's waits, and not for the manager again.
    assert stop(shop.manager) == "po_one_level_each"
    assert stop(shop.clerk2) == "po_waits_for_finance"
    assert stop(shop.finance) is None
    # The database refuses them too (the manager's level is said decided: DW001).
    statement = "SELECT dicel_decide_purchase_order(%s, true, 'ok')"
    for person, code in ((shop.manager, "DW001"), (shop.clerk2, "DW216")):
        assert _psql(person, statement, (order,)) == code
    assert _as(shop.finance, purchasing.decide_purchase_order, order, True) == "approved"
    assert stop(shop.finance) is None  # nothing waits: nothing to stop


def _take_a_line_away(person, order: uuid.UUID) -> None:
    """``person`` deletes the draft's smallest line: a change of what it asks for."""
    with person.engine.begin() as conn:
        conn.execute(
            text(
                "DELETE FROM purchase_order_lines WHERE id = (SELECT id FROM"
                " purchase_order_lines WHERE order_id = :o ORDER BY quantity LIMIT 1)"
            ),
            {"o": order},
        )


def test_whoever_changed_an_order_is_stopped_from_approving_it_not_from_rejecting_it(shop: Shop):
    """A code review: the window's stop turned Reject off too for the manager who had
    changed the clerk's draft, telling him it waits for his own approval; the database
    refuses him the approval only (DW005)."""
    order = shop.draft(lines=[(shop.torch, 1, "1000"), (shop.torch, 2, "1000")])
    _take_a_line_away(shop.manager, order)
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    with shop.manager.session() as session:
        stopped = purchasing.what_stops_deciding(session, order)
        assert stopped is not None and stopped.code == "changed_record_approval"
        assert purchasing.what_stops_deciding(session, order, approve=False) is None
    # And the clerk's colleague is stopped from both: the level is the manager's.
    with shop.clerk2.session() as session:
        assert purchasing.what_stops_deciding(session, order, approve=False).code == (
            "po_waits_for_manager"
        )
    assert _as(shop.manager, purchasing.decide_purchase_order, order, False) == "rejected"


def test_above_the_limit_finance_approves_after_the_manager(shop: Shop):
    order = shop.draft(lines=[(shop.torch, 100, "12000")])  # 1,200,000 RWF
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    error = _refusal(lambda: _as(shop.finance, purchasing.decide_purchase_order, order, True))
    assert error.message == (
        "This purchase order first waits for its department manager's approval; finance "
        "decides it after that."
    )
    assert _as(shop.manager, purchasing.decide_purchase_order, order, True) == "pending"
    error = _refusal(lambda: _as(shop.clerk2, purchasing.decide_purchase_order, order, True))
    assert error.code == "po_waits_for_finance"
    assert (
        _as(shop.finance, purchasing.decide_purchase_order, order, True, "Budgeted") == "approved"
    )
    assert _levels(shop, order) == [
        ("manager", "approved", "Jean", None),
        ("finance", "approved", "Aline", "Budgeted"),
    ]
    facts = _as(shop.finance, purchasing.order_facts, order)
    assert facts.status == "approved" and facts.waiting_level is None
    assert [(lv.level, lv.approver) for lv in facts.levels] == [
        ("manager", "Jean Mugabo"),
        ("finance", "Aline Uwase"),
    ]


def test_without_a_limit_in_the_settings_every_order_goes_to_finance_too(shop: Shop):
    shop.set_limit(None)
    order = shop.draft(lines=[(shop.torch, 1, "10")])
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    assert [level for level, *_ in _levels(shop, order)] == ["manager", "finance"]


def test_a_rejection_at_any_level_rejects_the_order_and_says_who_to_latecomers(shop: Shop):
    order = shop.draft(lines=[(shop.torch, 100, "12000")])
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    assert (
        _as(shop.manager, purchasing.decide_purchase_order, order, False, "Too dear") == "rejected"
    )
    assert _levels(shop, order) == [
        ("manager", "rejected", "Jean", "Too dear"),
        ("finance", None, None, None),  # never reached
    ]
    error = _refusal(lambda: _as(shop.finance, purchasing.decide_purchase_order, order, True))
    assert error.code == "already_decided"
    assert error.message.startswith("Already rejected by Jean Mugabo at ")


def test_nobody_decides_an_order_they_drew_up(shop: Shop):
    mine = shop.draft(by=shop.manager)  # the manager's own order
    _as(shop.manager, purchasing.submit_purchase_order, mine)
    error = _refusal(lambda: _as(shop.manager, purchasing.decide_purchase_order, mine, True))
    assert error.message == "You cannot decide your own purchase order; someone else must."
    # Their department has no other manager: an administrator stands in.
    error = _refusal(lambda: _as(shop.finance, purchasing.decide_purchase_order, mine, True))
    assert error.code == "po_waits_for_an_administrator"
    assert _as(shop.admin, purchasing.decide_purchase_order, mine, True) == "approved"

    by_admin = shop.draft(by=shop.admin)
    _as(shop.admin, purchasing.submit_purchase_order, by_admin)
    error = _refusal(lambda: _as(shop.admin, purchasing.decide_purchase_order, by_admin, True))
    assert error.code == "own_record_decision"
    # Even straight through psql (DW003), and the CHECK would refuse the column anyway.
    assert (
        _psql(shop.admin, "SELECT dicel_decide_purchase_order(%s, true, NULL)", (by_admin,))
        == "DW003"
    )


def test_one_person_decides_one_level_of_an_order(shop: Shop):
    # The finance officer manages the department of the administrator drawing up the order.
    with shop.su.begin() as conn:
        conn.execute(
            text("UPDATE departments SET manager_id = :m WHERE code = 'ADM'"),
            {"m": shop.finance.user_id},
        )
    order = shop.draft(by=shop.admin, lines=[(shop.torch, 100, "12000")])
    _as(shop.admin, purchasing.submit_purchase_order, order)
    assert _as(shop.finance, purchasing.decide_purchase_order, order, True) == "pending"
    error = _refusal(lambda: _as(shop.finance, purchasing.decide_purchase_order, order, True))
    assert error.message == (
        "You approved this purchase order as its department's manager; someone else must "
        "approve it for finance."
    )
    assert _as(shop.finance2, purchasing.decide_purchase_order, order, True) == "approved"


def test_a_decided_or_draft_order_is_not_decided_again(shop: Shop):
    draft = shop.draft()
    error = _refusal(lambda: _as(shop.manager, purchasing.decide_purchase_order, draft, True))
    assert error.message == "This purchase order is draft: it can no longer be decided."
    gone = _refusal(lambda: _as(shop.manager, purchasing.decide_purchase_order, uuid.uuid4(), True))
    assert gone.code == "record_gone"


def test_what_waits_for_each_person_now(shop: Shop):
    small = shop.draft(lines=[(shop.torch, 1, "12000")])
    big = shop.draft(lines=[(shop.torch, 100, "12000")])
    for order in (small, big):
        _as(shop.clerk, purchasing.submit_purchase_order, order)

    waiting = _as(shop.manager, purchasing.purchase_orders_to_decide)
    assert [(w.id, w.detail, w.amount, w.currency) for w in waiting] == [
        (small, "Department manager's approval", Decimal("12000.00"), "RWF"),
        (big, "Department manager's approval (level 1 of 2)", Decimal("1200000.00"), "RWF"),
    ]
    assert waiting[0].title.endswith(" — Kigali Supplies") and waiting[0].title.startswith("PO-")
    assert waiting[0].submitted_by == "Eric Tester"
    assert isinstance(waiting[0].submitted_at, dt.datetime)
    for nobody in (shop.finance, shop.clerk, shop.admin, shop.employee):
        assert _as(nobody, purchasing.purchase_orders_to_decide) == []

    _as(shop.manager, purchasing.decide_purchase_order, big, True)
    assert _as(shop.manager, purchasing.purchase_orders_to_decide)[0].id == small
    for finance in (shop.finance, shop.admin):
        (item,) = _as(finance, purchasing.purchase_orders_to_decide)
        assert (item.id, item.detail) == (big, "Finance approval (level 2 of 2)")


def test_20_concurrent_decisions_leave_exactly_one_per_level_and_tell_the_others_who(shop: Shop):
    order = shop.draft(lines=[(shop.torch, 100, "12000")])
    _as(shop.clerk, purchasing.submit_purchase_order, order)

    def race(people) -> tuple[list[str], list[DicelError]]:
        barrier = threading.Barrier(len(people))
        states: list[str] = []
        refusals: list[DicelError] = []
        lock = threading.Lock()

        def decide(person) -> None:
            # An engine of its own: twenty connections of one login at once.
            engine = make_engine(
                person.engine.url.render_as_string(hide_password=False), poolclass=NullPool
            )
            with Session(engine) as session:
                session.execute(text("SELECT 1"))  # logged in before the start
                session.rollback()
                barrier.wait()
                try:
                    state = purchasing.decide_purchase_order(session, order, True)
                except DicelError as error:
                    with lock:
                        refusals.append(error)
                else:
                    with lock:
                        states.append(state)
            engine.dispose()

        threads = [threading.Thread(target=decide, args=(p,)) for p in people]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return states, refusals

    # The manager's level: twenty windows of the manager at once.
    states, refusals = race([shop.manager] * 20)
    assert states == ["pending"]
    assert {e.code for e in refusals} == {"already_decided"} and len(refusals) == 19
    assert all(e.message.startswith("Already approved by Jean Mugabo at ") for e in refusals)

    # Finance's level: twenty finance officers at once.
    officers = [shop.finance] + [
        shop.logins.person("finance", department="FIN", first_name=f"Officer{n}") for n in range(19)
    ]
    states, refusals = race(officers)
    assert states == ["approved"] and len(refusals) == 19
    with shop.su.connect() as conn:
        winner = conn.execute(
            text(
                "SELECT u.first_name || ' ' || u.last_name FROM purchase_order_approvals a"
                " JOIN users u ON u.id = a.approver_id"
                " WHERE a.order_id = :o AND a.level = 'finance'"
            ),
            {"o": order},
        ).scalar_one()
        audit = conn.execute(
            text(
                "SELECT table_name, count(*) FROM audit_logs WHERE action = 'UPDATE'"
                " AND (record_id = :o OR record_id IN"
                "      (SELECT id FROM purchase_order_approvals WHERE order_id = :o))"
                " AND (new_values ->> 'status' = 'approved' OR new_values ? 'decision')"
                " GROUP BY table_name"
            ),
            {"o": order},
        ).all()
    told = {e.message.rsplit(" at ", 1)[0] for e in refusals}
    assert told == {f"Already approved by {winner}"}
    # One audit entry per decided level, one for the order's approval.
    assert sorted(audit) == [("purchase_order_approvals", 2), ("purchase_orders", 1)]


# --------------------------------------------------------------------------- receiving


def _approved(shop: Shop, lines) -> uuid.UUID:
    order = shop.draft(lines=lines)
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    _as(shop.manager, purchasing.decide_purchase_order, order, True)
    return order


def test_an_order_is_received_in_part_then_in_full_and_its_items_come_into_stock(shop: Shop):
    order = _approved(shop, [(shop.torch, 10, "11500"), (None, 1, "30000")])
    facts = _as(shop.clerk, purchasing.order_facts, order)
    torches, installation = facts.lines
    assert (torches.name, installation.name) == ("Torch", "Installation")

    state = _as(shop.clerk, purchasing.receive_purchase_order, order, {torches.id: 4})
    assert state == "partially_received" and shop.stock(shop.torch) == 4
    state = _as(
        shop.clerk2, purchasing.receive_purchase_order, order, {torches.id: 6, installation.id: 1}
    )
    assert state == "received" and shop.stock(shop.torch) == 10
    with shop.su.connect() as conn:
        movements = conn.execute(
            text(
                "SELECT quantity, unit_cost, reference_type, reference_number, created_by"
                " FROM inventory_transactions WHERE item_id = :i ORDER BY quantity"
            ),
            {"i": shop.torch},
        ).all()
    number = facts.number
    assert [tuple(m) for m in movements] == [
        (4, Decimal("11500.00"), "purchase", number, shop.clerk.user_id),
        (6, Decimal("11500.00"), "purchase", number, shop.clerk2.user_id),
    ]
    assert [line.received for line in _as(shop.clerk, purchasing.order_facts, order).lines] == [
        10,
        1,
    ]


def test_a_receipt_is_refused_with_the_numbers_when_it_is_more_than_awaited(shop: Shop):
    order = _approved(shop, [(shop.torch, 10, "11500")])
    (line,) = _as(shop.clerk, purchasing.order_facts, order).lines
    _as(shop.clerk, purchasing.receive_purchase_order, order, {line.id: 7})
    error = _refusal(
        lambda: _as(shop.clerk, purchasing.receive_purchase_order, order, {line.id: 4})
    )
    assert (
        error.message == "Torch: 4 cannot be received: 10 were ordered and 7 have arrived already."
    )
    error = _refusal(lambda: _as(shop.clerk, purchasing.receive_purchase_order, order, {}))
    assert error.code == "receipt_empty"
    other = _approved(shop, [(shop.torch, 1, "1")])
    error = _refusal(
        lambda: _as(shop.clerk, purchasing.receive_purchase_order, other, {line.id: 1})
    )
    assert error.code == "receipt_line_unknown"
    assert shop.stock(shop.torch) == 7  # nothing of the refused receipts arrived


def test_only_the_stores_receive_an_approved_order(shop: Shop):
    pending = shop.draft()
    _as(shop.clerk, purchasing.submit_purchase_order, pending)
    (line,) = _as(shop.clerk, purchasing.order_facts, pending).lines
    error = _refusal(
        lambda: _as(shop.clerk, purchasing.receive_purchase_order, pending, {line.id: 1})
    )
    assert error.message == "This purchase order is pending: it can no longer be received."
    statement = "SELECT dicel_receive_purchase_order(%s, %s::jsonb)"
    payload = f'[{{"line_id": "{line.id}", "quantity": 1}}]'
    assert _psql(shop.finance, statement, (pending, payload)) == "42501"
    assert _psql(shop.clerk, "UPDATE purchase_order_lines SET quantity_received = 1") == "42501"
    assert shop.stock(shop.torch) == 0


def test_a_decision_moves_the_orders_version_on(shop: Shop):
    order = shop.draft(lines=[(shop.torch, 100, "12000")])
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    before = _as(shop.clerk, purchasing.order_facts, order).version
    _as(shop.manager, purchasing.decide_purchase_order, order, True)
    assert _as(shop.clerk, purchasing.order_facts, order).version > before


def test_the_decision_of_someone_who_decides_no_level_is_refused_by_the_database(shop: Shop):
    order = shop.draft()
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    with shop.employee.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(text("SELECT dicel_decide_purchase_order(:o, true, NULL)"), {"o": order})
    # An employee reads no order: refused as if there were none (migration 0031), where
    # finance, who reads them, is told whose decision it waits for.
    assert refused.value.orig.sqlstate == "DW215"
    assert (
        _psql(shop.finance, "SELECT dicel_decide_purchase_order(%s, true, NULL)", (order,))
        == "DW214"
    )
    assert shop.status(order) == "pending"


def test_a_department_manager_of_any_role_decides_their_level(shop: Shop):
    """The stores' head need not be a storekeeper: the manager level is whoever manages
    the department of the order's creator."""
    head = shop.logins.person("employee", department="INV", first_name="Claudine")
    with shop.su.begin() as conn:
        conn.execute(
            text("UPDATE departments SET manager_id = :m WHERE code = 'INV'"),
            {"m": head.user_id},
        )
    order = shop.draft()
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    assert [o.id for o in _as(head, purchasing.purchase_orders_to_decide)] == [order]
    assert _as(head, purchasing.decide_purchase_order, order, True, "Go ahead") == "approved"
    assert _levels(shop, order) == [("manager", "approved", "Claudine", "Go ahead")]


def test_an_approved_order_is_marked_ordered_then_received_by_the_stores(shop: Shop):
    order = _approved(shop, [(shop.torch, 2, "11500")])
    assert _psql(shop.finance, "SELECT dicel_mark_purchase_order_ordered(%s)", (order,)) == "42501"
    _as(shop.clerk2, purchasing.mark_ordered, order)
    assert shop.status(order) == "ordered"
    error = _refusal(lambda: _as(shop.clerk, purchasing.mark_ordered, order))
    assert error.message.startswith("Already ordered by Diane Tester at ")  # 0121
    (line,) = _as(shop.clerk, purchasing.order_facts, order).lines
    assert _as(shop.clerk, purchasing.receive_purchase_order, order, {line.id: 2}) == "received"
    draft = shop.draft()
    error = _refusal(lambda: _as(shop.clerk, purchasing.mark_ordered, draft))
    assert error.code == "wrong_state" and shop.status(draft) == "draft"


def test_an_order_is_cancelled_by_the_stores_until_something_of_it_arrives(shop: Shop):
    pending = shop.draft()
    _as(shop.clerk, purchasing.submit_purchase_order, pending)
    _as(shop.clerk2, purchasing.cancel_purchase_order, pending, "Supplier closed")
    assert shop.status(pending) == "cancelled"
    with shop.su.connect() as conn:
        notes = conn.scalar(text("SELECT notes FROM purchase_orders WHERE id = :o"), {"o": pending})
    assert notes == "Supplier closed"
    # Cancelled, it waits for nobody and cannot be decided.
    assert _as(shop.manager, purchasing.purchase_orders_to_decide) == []
    error = _refusal(lambda: _as(shop.manager, purchasing.decide_purchase_order, pending, True))
    assert error.message.startswith("Already cancelled by Diane Tester at ")  # 0121

    arriving = _approved(shop, [(shop.torch, 5, "11500")])
    (line,) = _as(shop.clerk, purchasing.order_facts, arriving).lines
    _as(shop.clerk, purchasing.receive_purchase_order, arriving, {line.id: 1})
    error = _refusal(lambda: _as(shop.clerk, purchasing.cancel_purchase_order, arriving))
    assert error.message == (
        "This purchase order is partially received: it can no longer be cancelled."
    )
    assert shop.stock(shop.torch) == 1
    draft = shop.draft()
    error = _refusal(lambda: _as(shop.finance, purchasing.cancel_purchase_order, draft))
    assert error.code == "denied_change" and shop.status(draft) == "draft"  # no EXECUTE
    # Nor by UPDATE, for anyone.
    assert _psql(shop.clerk, "UPDATE purchase_orders SET status = 'cancelled'") == "42501"


def test_nobody_approves_an_order_whose_lines_they_changed(shop: Shop):
    # Found with psql: a manager rewrote a clerk's draft (just under the finance limit),
    # submitted it and approved it alone (migration 0027).
    changed = shop.draft(lines=[(shop.torch, 10, "50000")])  # the clerk's
    with shop.manager.engine.begin() as conn:
        conn.execute(
            text("UPDATE purchase_order_lines SET quantity = 9 WHERE order_id = :o"),
            {"o": changed},
        )
    untouched = shop.draft(lines=[(shop.torch, 10, "50000")])
    _as(shop.clerk, purchasing.submit_purchase_order, changed)
    _as(shop.clerk, purchasing.submit_purchase_order, untouched)
    # It waits for somebody else: the manager's inbox offers the untouched order alone.
    assert _inbox_ids(shop.manager) == [untouched]
    error = _refusal(lambda: _as(shop.manager, purchasing.decide_purchase_order, changed, True))
    assert error.message == "You changed this purchase order: someone else must approve it."
    assert (
        _psql(shop.manager, "SELECT dicel_decide_purchase_order(%s, true, NULL)", (changed,))
        == "DW005"
    )
    assert _levels(shop, changed) == [("manager", None, None, None)]

    # A line taken away counts too; a rejection stays theirs to make (it spends nothing).
    shortened = shop.draft(lines=[(shop.torch, 1, "1000"), (shop.torch, 2, "1000")])
    _take_a_line_away(shop.manager, shortened)
    _as(shop.clerk, purchasing.submit_purchase_order, shortened)
    assert shortened not in _inbox_ids(shop.manager)
    error = _refusal(lambda: _as(shop.manager, purchasing.decide_purchase_order, shortened, True))
    assert error.code == "changed_record_approval"
    assert _as(shop.manager, purchasing.decide_purchase_order, shortened, False) == "rejected"


def test_moving_an_orders_creator_into_ones_department_does_not_make_it_ones_to_approve(
    shop: Shop,
):
    # Found with psql: HR, who may not touch orders, moved a clerk into HR and approved
    # the clerk's order as HR's manager (migration 0027).
    hr = shop.logins.person("hr", department="HR", first_name="Aline")
    with shop.su.begin() as conn:
        conn.execute(
            text("UPDATE departments SET manager_id = :m WHERE code = 'HR'"), {"m": hr.user_id}
        )
    order = shop.draft()  # the clerk's, in the stores
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    with hr.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE employees SET department_id = (SELECT id FROM departments"
                " WHERE code = 'HR') WHERE user_id = :c"
            ),
            {"c": shop.clerk.user_id},
        )
    assert _psql(hr, "SELECT dicel_decide_purchase_order(%s, true, NULL)", (order,)) == "DW005"
    assert order not in _inbox_ids(hr)
    assert _levels(shop, order) == [("manager", None, None, None)]


# --------------------------------------------------------------------------- suppliers and items


def _supplier_step(person, action: str, supplier: uuid.UUID) -> None:
    with person.session() as session:
        cases.take_step(session, "suppliers", action, supplier)


def test_no_order_is_placed_with_a_blocked_or_inactive_supplier(shop: Shop):
    # Found as the demo's logins: the stores blocked a supplier, then a clerk's order to
    # it was submitted, approved and marked ordered (migration 0052).
    approved = _approved(shop, [(shop.torch, 2, "11500")])
    pending = shop.draft()
    _as(shop.clerk, purchasing.submit_purchase_order, pending)
    sent = _approved(shop, [(shop.torch, 1, "11500")])
    _as(shop.clerk, purchasing.mark_ordered, sent)
    draft = shop.draft()
    by_admin = shop.draft(by=shop.admin)
    _supplier_step(shop.manager, "block", shop.supplier)

    blocked = (
        "Kigali Supplies is blocked: no order may be placed with it until the stores unblock it."
    )
    error = _refusal(lambda: _as(shop.clerk, purchasing.submit_purchase_order, draft))
    assert (error.code, error.message) == ("po_supplier_blocked", blocked)
    error = _refusal(lambda: _as(shop.admin, purchasing.submit_purchase_order, by_admin))
    assert error.message == blocked
    assert _psql(shop.clerk2, "SELECT dicel_submit_purchase_order(%s)", (draft,)) == "DW218"
    # An order approved before is left approved, but not sent while the block lasts.
    error = _refusal(lambda: _as(shop.clerk2, purchasing.mark_ordered, approved))
    assert error.message == blocked
    assert _psql(shop.admin, "SELECT dicel_mark_purchase_order_ordered(%s)", (approved,)) == "DW218"
    # One pending is still decided (and, approved, not sent either).
    assert _as(shop.manager, purchasing.decide_purchase_order, pending, True) == "approved"
    assert _refusal(lambda: _as(shop.clerk, purchasing.mark_ordered, pending)).message == blocked
    # What was sent before is still received; what waits may be cancelled.
    (line,) = _as(shop.clerk, purchasing.order_facts, sent).lines
    assert _as(shop.clerk, purchasing.receive_purchase_order, sent, {line.id: 1}) == "received"
    _as(shop.clerk, purchasing.cancel_purchase_order, pending, "Supplier blocked")
    assert [shop.status(o) for o in (draft, by_admin, approved, pending)] == [
        "draft",
        "draft",
        "approved",
        "cancelled",
    ]

    # Marked inactive (no longer dealt with): the same, in its own words.
    _supplier_step(shop.manager, "unblock", shop.supplier)
    _supplier_step(shop.clerk, "deactivate", shop.supplier)
    error = _refusal(lambda: _as(shop.clerk, purchasing.submit_purchase_order, draft))
    assert (error.code, error.message) == (
        "po_supplier_inactive",
        "Kigali Supplies is marked inactive: no order may be placed with it until the stores"
        " reactivate it.",
    )
    assert _psql(shop.clerk, "SELECT dicel_mark_purchase_order_ordered(%s)", (approved,)) == "DW219"
    assert [shop.status(o) for o in (draft, approved)] == ["draft", "approved"]

    # Active again: the orders go.
    _supplier_step(shop.clerk, "reactivate", shop.supplier)
    _as(shop.clerk, purchasing.submit_purchase_order, draft)
    _as(shop.clerk, purchasing.mark_ordered, approved)
    assert [shop.status(o) for o in (draft, approved)] == ["pending", "ordered"]


def _line(person, order: uuid.UUID, item: uuid.UUID, quantity: int = 1):
    with person.session() as session:
        return records.create_record(
            session,
            "purchase_order_lines",
            person.role,
            {"order_id": order, "item_id": item, "quantity": quantity, "unit_price": 9000},
        )


def test_a_discontinued_item_is_not_ordered_again_though_its_stock_is_still_issued(shop: Shop):
    helmet = shop.item("Helmet", stock=4)
    draft = shop.draft()
    kept = _line(shop.clerk, draft, helmet)  # added while the helmet was still stocked
    with shop.clerk.session() as session:
        cases.take_step(session, "inventory_items", "discontinue", helmet)

    said = (
        "Helmet is discontinued and is no longer ordered: choose another item, or remove its"
        " line from this purchase order."
    )
    # A new line for it, through the form and with SQL, by the stores and admin.
    for who in (shop.clerk, shop.admin):
        error = _refusal(lambda who=who: _line(who, draft, helmet))
        assert (error.code, error.message) == ("po_item_discontinued", said)
        assert error.params.get("field") == "item_id"
        assert (
            _psql(
                who,
                "INSERT INTO purchase_order_lines (order_id, item_id, quantity, unit_price)"
                " VALUES (%s, %s, 1, 1)",
                (draft, helmet),
            )
            == "DW220"
        )
    # A line changed to it.
    (torches,) = [
        line
        for line in _as(shop.clerk, purchasing.order_facts, draft).lines
        if line.name == "Torch"
    ]
    assert (
        _psql(
            shop.clerk,
            "UPDATE purchase_order_lines SET item_id = %s WHERE id = %s",
            (helmet, torches.id),
        )
        == "DW220"
    )
    # The line added before is still corrected, but the order is not submitted with it.
    with shop.clerk.engine.begin() as conn:
        conn.execute(
            text("UPDATE purchase_order_lines SET quantity = 2 WHERE id = :l"), {"l": kept.id}
        )
    error = _refusal(lambda: _as(shop.clerk, purchasing.submit_purchase_order, draft))
    assert error.message == said
    assert shop.status(draft) == "draft"
    with shop.clerk.session() as session:
        shown = records.load_record(session, "purchase_order_lines", shop.clerk.role, kept.id)
        records.delete_record(
            session, "purchase_order_lines", shop.clerk.role, kept.id, shown.version
        )
    _as(shop.clerk, purchasing.submit_purchase_order, draft)
    assert shop.status(draft) == "pending"
    # What is left of it is still issued.
    with shop.clerk.session() as session:
        stock.move_stock(session, helmet, "out", 3, notes="To the Huye site team")
    assert shop.stock(helmet) == 1


# --------------------------------------------------------------------------- the limit's words


def test_the_limits_description_says_what_the_levels_do_at_the_limit(shop: Shop):
    """The demo's setting says "above this total" (migration 0013 plans finance's level
    when ``total > limit``): an order of exactly the limit is the manager's alone."""
    from dicel_desktop.demo.people import SETTINGS

    said = {key: words for key, _value, _kind, words, _public in SETTINGS}
    assert said["po.approval_threshold_rwf"].startswith("Purchase orders above this total")
    assert "from this" not in said["po.approval_threshold_rwf"]
    # The expense limit is not enforced, and says so.
    assert "not enforced" in said["expense.approval_threshold_rwf"]

    shop.set_limit(LIMIT)
    at_limit = shop.draft(lines=[(None, 1, str(LIMIT))])
    above = shop.draft(lines=[(None, 1, str(LIMIT + 1))])
    for order in (at_limit, above):
        _as(shop.clerk, purchasing.submit_purchase_order, order)
    assert [level for level, *_ in _levels(shop, at_limit)] == ["manager"]
    assert [level for level, *_ in _levels(shop, above)] == ["manager", "finance"]
