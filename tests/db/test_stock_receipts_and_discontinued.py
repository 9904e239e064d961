"""Migration 0059, as real storekeepers: a movement on a purchase order (reference type
``purchase``) is written by receiving the order alone, never by ``dicel_move_stock``
(DW221); a discontinued item's stock is issued and counted down, never added to (DW222)."""

from __future__ import annotations

import threading
import uuid

import psycopg
import pytest
from logins import Person
from shop import Shop
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import cases, purchasing, stock

RECEIVED_BY_RECEIVING = (
    "Stock received on a purchase order is recorded by Receive… on the order, so that the "
    "order follows it. Choose what else this movement refers to."
)


def _as(person, fn, *args, **kwargs):
    with person.session() as session:
        return fn(session, *args, **kwargs)


def _refusal(person, *args, **kwargs) -> DicelError:
    with pytest.raises(DicelError) as refused:
        _as(person, stock.move_stock, *args, **kwargs)
    return refused.value


def _url(person) -> str:
    url = person.engine.url.render_as_string(hide_password=False)
    return url.replace("postgresql+psycopg", "postgresql")


#: What psql as a person gets: the refusal's SQLSTATE, None when accepted.
_psql = Person.psql_refusal


def _ledger(shop: Shop, item: uuid.UUID) -> list[tuple]:
    return shop.ledger(item, "reference_number", "notes")


def _approved(shop: Shop, lines) -> tuple[uuid.UUID, purchasing.OrderFacts]:
    order = shop.draft(lines=lines)
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    _as(shop.manager, purchasing.decide_purchase_order, order, True)
    _as(shop.clerk, purchasing.mark_ordered, order)
    return order, _as(shop.clerk, purchasing.order_facts, order)


_MOVE = "SELECT dicel_move_stock(%s, %s, %s, %s, %s, %s)"


# --------------------------------------------------------------------------- DW221


def test_a_receipt_on_an_order_is_written_by_receiving_it_alone(shop: Shop):
    order, facts = _approved(shop, [(shop.torch, 5, "11500")])
    (line,) = facts.lines
    number = facts.number
    forged = ("in", 5, "purchase", number, f"Received on {number}")
    for who in (shop.clerk, shop.admin):
        error = _refusal(who, shop.torch, *forged)
        assert (error.code, error.message) == ("stock_received_on_an_order", RECEIVED_BY_RECEIVING)
        # The same with psql, in, out or adjusted, with or without a number.
        for kind, quantity, ref in (("in", 5, number), ("out", 1, None), ("adjustment", 2, None)):
            call = (shop.torch, kind, quantity, "purchase", ref, None)
            assert _psql(who, _MOVE, call) == "DW221"
        # Nor written into the ledger by hand.
        insert = (
            "INSERT INTO inventory_transactions (item_id, transaction_type, quantity,"
            " reference_type, reference_number) VALUES (%s, 'in', 5, 'purchase', %s)"
        )
        assert _psql(who, insert, (shop.torch, number)) == "42501"
    assert shop.stock(shop.torch) == 0 and _ledger(shop, shop.torch) == []

    # Receiving writes its movement, once, and the order follows it.
    state = _as(shop.clerk, purchasing.receive_purchase_order, order, {line.id: 5})
    assert state == "received" and shop.stock(shop.torch) == 5
    assert _ledger(shop, shop.torch) == [("in", 5, "purchase", number, f"Received on {number}")]

    # The stores' own references still move stock (those that fit an issue: 0071).
    for reference in ("sale", "transfer", None):
        _as(shop.clerk, stock.move_stock, shop.torch, "out", 1, reference, None, "Issued")
    assert shop.stock(shop.torch) == 2


# --------------------------------------------------------------------------- DW222


def test_a_discontinued_item_is_issued_and_counted_down_but_never_added_to(shop: Shop):
    helmet = shop.item("Helmet", stock=4)
    # Sent to the supplier before the item was discontinued (0052 leaves it as decided).
    order, facts = _approved(shop, [(helmet, 6, "9000")])
    _as(shop.clerk, cases.take_step, "inventory_items", "discontinue", helmet)
    said = (
        "Helmet is discontinued: what is left may still be issued or counted down, but no "
        "stock is added to it."
    )
    for who in (shop.clerk, shop.admin):
        for kind, quantity in (("in", 5), ("adjustment", 1)):
            # (A count's surplus with a note is the count's: migration 0066.)
            error = _refusal(who, helmet, kind, quantity, "sale", None, None)
            assert (error.code, error.message) == ("stock_item_discontinued", said)
            call = (helmet, kind, quantity, "transfer", None, None)
            assert _psql(who, _MOVE, call) == "DW222"
        assert _psql(who, "UPDATE inventory_items SET current_stock = 9") == "42501"
    assert shop.stock(helmet) == 4 and _ledger(shop, helmet) == []
    # A quantity that means nothing is still said as before.
    assert _refusal(shop.clerk, helmet, "in", 0).code == "stock_quantity_wrong"

    # What is left is still issued and counted down.
    _as(shop.clerk, stock.move_stock, helmet, "out", 1, "transfer", None, "To a site")
    _as(shop.clerk2, stock.move_stock, helmet, "adjustment", -2, "adjustment", None, "Count")
    assert shop.stock(helmet) == 1
    assert [(k, q) for k, q, *_ in _ledger(shop, helmet)] == [("out", 1), ("adjustment", -2)]

    # What arrives on the order sent before still goes into stock: the goods are there.
    (line,) = facts.lines
    assert _as(shop.clerk, purchasing.receive_purchase_order, order, {line.id: 6}) == "received"
    assert shop.stock(helmet) == 7
    assert _ledger(shop, helmet)[-1] == (
        "in",
        6,
        "purchase",
        facts.number,
        f"Received on {facts.number}",
    )


def _waits_for_a_lock(shop: Shop, login: str) -> bool:
    with shop.su.connect() as conn:
        return bool(
            conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE usename = :u AND wait_event_type = 'Lock'"
                ),
                {"u": login},
            )
        )


def test_stock_added_while_the_item_is_being_discontinued_waits_and_is_refused(shop: Shop):
    """A Discontinue… not yet committed: the movement waits for it, then sees it."""
    lamp = shop.item("Lamp", stock=2)
    outcome: dict[str, object] = {}

    def clerk_adds() -> None:
        try:
            _as(shop.clerk, stock.move_stock, lamp, "in", 3, "transfer", None, None)
            outcome["added"] = True
        except DicelError as error:
            outcome["refused"] = error

    with psycopg.connect(_url(shop.clerk2)) as other:
        other.execute("SELECT dicel_discontinue_inventory_item(%s)", (lamp,))
        adding = threading.Thread(target=clerk_adds)
        adding.start()
        # The movement waits for the Discontinue… (without the lock it went through).
        while adding.is_alive() and not _waits_for_a_lock(shop, shop.clerk.email):
            adding.join(0.02)
        other.commit()
    adding.join()
    assert "added" not in outcome, "stock was added to an item discontinued meanwhile"
    assert outcome["refused"].code == "stock_item_discontinued"
    assert shop.stock(lamp) == 2
