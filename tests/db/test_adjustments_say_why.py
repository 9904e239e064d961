"""Migration 0086, as real storekeepers and an administrator: an adjustment changes the
books, so it says what the count found. ``dicel_move_stock`` refuses one without a
reason (DW225, beside Notes, in the person's words) and moves nothing; in still goes
without a note, and out with a reference instead (migration 0088)."""

from __future__ import annotations

import pytest
from logins import Person
from shop import Shop

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import stock


def _as(person, fn, *args, **kwargs):
    with person.session() as session:
        return fn(session, *args, **kwargs)


_MOVE = "SELECT dicel_move_stock(%s, %s, %s, %s, %s, %s)"
#: Nothing a reader would take for a reason: none, empty, blanks, a no-break space, a
#: tab and a line break, an ideographic space.
_UNSAID = (None, "", "   ", "\u00a0\t\n", "\u3000")


def test_an_adjustment_without_a_reason_is_refused_as_psql_would_send_it(shop: Shop):
    torch = shop.item("Torch", stock=5)
    for who in (shop.clerk, shop.admin):
        for quantity in (-1, 2):
            for reference in (None, "adjustment"):
                for notes in _UNSAID:
                    call = (torch, "adjustment", quantity, reference, "CNT-9", notes)
                    assert Person.psql_refusal(who, _MOVE, call) == "DW225", call
    assert shop.stock(torch) == 5 and shop.ledger(torch) == []


def test_the_refusal_says_what_is_missing_and_a_reason_is_kept(shop: Shop):
    torch = shop.item("Torch", stock=5)
    with pytest.raises(DicelError) as refused:
        _as(shop.clerk, stock.move_stock, torch, "adjustment", -1, None, None, "  ")
    error = refused.value
    assert (error.code, error.params.get("field")) == ("stock_adjustment_says_why", "notes")
    assert error.message == (
        "Say in Notes what the count of Torch found: an adjustment changes the books, so it"
        " needs a reason."
    )
    assert shop.stock(torch) == 5

    found = "One broken in the Huye store room"
    _as(shop.clerk, stock.move_stock, torch, "adjustment", -1, "adjustment", None, found)
    assert shop.stock(torch) == 4
    assert shop.ledger(torch, "notes") == [("adjustment", -1, "adjustment", found)]

    # In still goes without a note, out with a reference instead (migration 0088).
    _as(shop.clerk, stock.move_stock, torch, "in", 2)
    _as(shop.clerk, stock.move_stock, torch, "out", 3, "transfer", "TR-2026-07")
    assert shop.stock(torch) == 3
