"""Counts a reader still saw wrong (words38): nothing left said as a figure ("0 left to
request", "only 0 left in stock") and a count written without the reader's grouping
(the inbox's "1250 payslips")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from shop import Shop

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.gui.tabs.inbox_model import detail_words
from dicel_desktop.gui.workflows.leave_texts import balance_text
from dicel_desktop.services import stock
from dicel_desktop.services.leave import Balance


def _balance(remaining: int) -> Balance:
    return Balance("annual", 2026, Decimal(18), 15, 3 - remaining, Decimal(remaining))


@pytest.mark.parametrize(
    ("code", "none", "one"),
    [
        ("en", ": none left to request.", ", 1 left to request."),
        ("fr", " : plus rien à demander.", ", 1 encore disponible."),
        # No Kinyarwanda words for it yet: the counted sentence, not an English one.
        ("rw", ", 0 isigaye yasabwa.", ", 1 isigaye yasabwa."),
    ],
)
def test_nothing_left_to_request_is_said_as_none(language, code, none, one):
    language(code)
    assert balance_text(_balance(0)).endswith(none)
    assert balance_text(_balance(1)).endswith(one)


@pytest.mark.parametrize(
    ("code", "said"), [("en", "1,250 payslips"), ("fr", "1\u202f250 bulletins")]
)
def test_the_inboxs_payslips_are_counted_in_the_readers_marks(language, code, said):
    language(code)
    assert detail_words("1250 payslips") == said


def _refusal(shop: Shop, quantity: int) -> DicelError:
    with pytest.raises(DicelError) as refused, shop.clerk.session() as session:
        stock.move_stock(session, shop.torch, "out", quantity, "transfer", None, "To Remera")
    return refused.value


def test_an_issue_from_an_empty_stock_says_none_is_left(shop: Shop, language):
    assert shop.stock(shop.torch) == 0
    empty = _refusal(shop, 2)
    assert empty.code == "stock_too_low_none_left"
    with shop.clerk.session() as session:
        stock.move_stock(session, shop.torch, "in", 1, "transfer", "TR-000001", "From Remera")
    short = _refusal(shop, 2)
    assert short.code == "stock_too_low"
    assert sentence(empty).endswith(": none is left in stock, so 2 cannot be issued.")
    language("fr")
    assert sentence(empty).endswith(
        " : il n\u2019y en a plus en stock, 2 ne peut donc pas être sorti."
    )
    assert "seulement 1 en stock" in sentence(short)
    # Kinyarwanda has no words for it yet: its counted sentence, not an English one.
    language("rw")
    assert "hasigaye 0 gusa mu bubiko" in sentence(empty)
