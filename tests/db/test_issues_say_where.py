"""Migration 0088, as real storekeepers and an administrator (/tmp/psql27w t6): an issue
takes stock off the books, so it says what it went to (a reference number) or who took it
and why (a note). ``dicel_move_stock(item, 'out', 1, NULL, NULL, NULL)`` wrote an issue
saying nothing (the theft hidden as a count 0086 closed for adjustments); now it is
refused (DW226, beside Notes, in the person's words) and moves nothing."""

from __future__ import annotations

import pytest
from logins import Person
from shop import Shop

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import stock

_MOVE = "SELECT dicel_move_stock(%s, %s, %s, %s, %s, %s)"
#: Nothing a reader would take for a reference or a reason.
_UNSAID = (None, "", "   ", "\u00a0\t\n", "\u3000")


def test_an_issue_saying_nothing_is_refused_as_psql_would_send_it(shop: Shop):
    torch = shop.item("Torch", stock=5)
    for who in (shop.clerk, shop.admin):
        for reference_type in (None, "sale", "transfer"):
            for reference in _UNSAID:
                for notes in _UNSAID:
                    call = (torch, "out", 1, reference_type, reference, notes)
                    assert Person.psql_refusal(who, _MOVE, call) == "DW226", call
    assert shop.stock(torch) == 5 and shop.ledger(torch) == []


def test_the_refusal_says_what_is_missing_and_either_is_enough(shop: Shop):
    torch = shop.item("Torch", stock=5)
    with pytest.raises(DicelError) as refused, shop.clerk.session() as session:
        stock.move_stock(session, torch, "out", 1, "sale", " ", "  ")
    error = refused.value
    assert (error.code, error.params.get("field")) == ("stock_issue_says_where", "notes")
    assert error.message == (
        "Say what this issue of Torch went to (Reference number) or who took it and why "
        "(Notes): stock leaves the books only with a reason."
    )
    assert shop.stock(torch) == 5

    with shop.clerk.session() as session:
        stock.move_stock(session, torch, "out", 1, "sale", "INV-2026-0042", None)
        stock.move_stock(session, torch, "out", 2, None, None, "Night shift, Gate 3 guard")
        session.commit()
    assert shop.stock(torch) == 2
    assert shop.ledger(torch, "reference_number", "notes") == [
        ("out", 1, "sale", "INV-2026-0042", None),
        ("out", 2, None, None, "Night shift, Gate 3 guard"),
    ]
    # In still goes with neither.
    with shop.clerk.session() as session:
        stock.move_stock(session, torch, "in", 3)
        session.commit()
    assert shop.stock(torch) == 5
