"""Migration 0066, as real storekeepers: a count that finds more of a discontinued item
than the books is recorded (a positive adjustment referring to a stock count, with a
note saying what was found), while nothing else adds to it; and a movement by hand that
cites a purchase order's number is refused (DW223), receiving's own still written."""

from __future__ import annotations

import uuid

import pytest
from logins import Person
from shop import Shop

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import cases, purchasing, stock


def _as(person, fn, *args, **kwargs):
    with person.session() as session:
        return fn(session, *args, **kwargs)


def _refusal(person, *args) -> DicelError:
    with pytest.raises(DicelError) as refused:
        _as(person, stock.move_stock, *args)
    return refused.value


#: What psql as a person gets: the refusal's SQLSTATE, None when accepted.
_psql = Person.psql_refusal


def _ledger(shop: Shop, item: uuid.UUID) -> list[tuple]:
    return shop.ledger(item, "reference_number", "notes")


_MOVE = "SELECT dicel_move_stock(%s, %s, %s, %s, %s, %s)"


def test_a_count_finds_more_of_a_discontinued_item_and_says_what(shop: Shop):
    helmet = shop.item("Helmet", stock=4)
    _as(shop.clerk, cases.take_step, "inventory_items", "discontinue", helmet)

    # A count without a note of what it found: said beside Notes, nothing moved.
    for notes in (None, "   "):
        error = _refusal(shop.clerk, helmet, "adjustment", 2, "adjustment", "CNT-7", notes)
        assert (error.code, error.params.get("field")) == ("stock_count_says_what", "notes")
        assert error.message == (
            "Helmet is discontinued: a count that found more than the books is recorded with"
            " a note saying what was found. Write it in Notes."
        )
    assert shop.stock(helmet) == 4 and _ledger(shop, helmet) == []

    found = "Two more found in the Huye store room"
    for who in (shop.clerk, shop.admin):
        _as(who, stock.move_stock, helmet, "adjustment", 1, "adjustment", "CNT-7", found)
    assert shop.stock(helmet) == 6
    assert _ledger(shop, helmet) == [("adjustment", 1, "adjustment", "CNT-7", found)] * 2

    # Anything else that adds to it is still refused, with a note or not.
    for kind, reference in (("in", "adjustment"), ("adjustment", "transfer"), ("adjustment", None)):
        assert _psql(shop.clerk, _MOVE, (helmet, kind, 3, reference, None, found)) == "DW222"
    assert shop.stock(helmet) == 6


def test_a_movement_by_hand_does_not_cite_an_orders_number(shop: Shop):
    order = shop.draft(lines=[(shop.torch, 5, "11500")])
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    _as(shop.manager, purchasing.decide_purchase_order, order, True)
    _as(shop.clerk, purchasing.mark_ordered, order)
    facts = _as(shop.clerk, purchasing.order_facts, order)
    number = facts.number
    _as(shop.clerk, stock.move_stock, shop.torch, "in", 3, None, "DN-5531", "Opening count")

    for who in (shop.clerk, shop.admin):
        error = _refusal(who, shop.torch, "out", 1, "transfer", number, "To Huye")
        assert (error.code, error.params.get("field")) == (
            "stock_cites_an_order",
            "reference_number",
        )
        assert error.message == (
            f"{number} is a purchase order's number: what arrives on an order is recorded by"
            " Receive… on the order. Give the number of a delivery note or a transfer slip"
            " instead."
        )
        # Any movement, any reference type, however it is typed; and a number not yet
        # given to an order has the same shape.
        for kind, quantity, ref_type, ref in (
            ("in", 2, None, number),
            ("adjustment", -1, "adjustment", f" {number.lower()} "),
            ("out", 1, "sale", "PO-2031-999999"),
        ):
            assert _psql(who, _MOVE, (shop.torch, kind, quantity, ref_type, ref, None)) == ("DW223")
    assert shop.stock(shop.torch) == 3

    # Other numbers are the stores' to give; receiving the order writes its own.
    _as(shop.clerk, stock.move_stock, shop.torch, "out", 1, "transfer", "TS-2026-04", "Huye")
    (line,) = facts.lines
    assert _as(shop.clerk, purchasing.receive_purchase_order, order, {line.id: 5}) == "received"
    assert shop.stock(shop.torch) == 7
    assert _ledger(shop, shop.torch)[-1][:4] == ("in", 5, "purchase", number)
