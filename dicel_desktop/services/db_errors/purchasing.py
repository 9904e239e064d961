"""Purchasing and stock (migration 0013 on): the registration of their codes
(DW201-DW228, DW290, DW291, DW496, DW498, DW503). Their sentences are in
``domain/messages/purchasing.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dicel_desktop.domain.amounts import Amount
from dicel_desktop.domain.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    NotFound,
)
from dicel_desktop.services.db_errors.detail import detail_params
from dicel_desktop.services.db_errors.registry import register_sqlstate

#: Quantities in a purchasing or stock refusal's DETAIL (DW206, DW210, DW496, DW498).
_QUANTITY_KEYS = ("stock", "quantity", "ordered", "received", "most")


def _stock_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`detail_params`, with its quantities kept as numbers (``Amount``), written
    grouped in the reader's locale ("999,999"; "999 999" in French)."""
    params = detail_params(diag, values)
    for key in _QUANTITY_KEYS:
        if params.get(key):
            params[key] = Amount.parse(params[key]) or params[key]
    return params


#: Purchasing and stock (migration 0013; README: "The database's public interface").
for _state, _code, _family in (
    ("DW201", "po_without_lines", InvalidInput),
    ("DW202", "po_without_supplier", InvalidInput),
    ("DW203", "po_not_yours_to_submit", NotAllowed),
    ("DW204", "po_waits_for_manager_first", NotAllowed),
    ("DW205", "po_one_level_each", NotAllowed),
    ("DW207", "stock_quantity_wrong", InvalidInput),
    ("DW208", "stock_movement_type_unknown", InvalidInput),
    ("DW209", "stock_item_gone", NotFound),
    ("DW210", "receipt_too_much", InvalidInput),
    ("DW211", "receipt_line_unknown", Conflict),
    ("DW212", "receipt_empty", InvalidInput),
    ("DW213", "stores_only", NotAllowed),
    ("DW214", "po_waits_for_manager", NotAllowed),
    ("DW215", "record_gone", NotFound),
    ("DW216", "po_waits_for_finance", NotAllowed),
    ("DW217", "po_waits_for_an_administrator", NotAllowed),
    # Placing an order with a blocked or inactive supplier, ordering a discontinued item
    # (migration 0052).
    ("DW218", "po_supplier_blocked", Conflict),
    ("DW219", "po_supplier_inactive", Conflict),
    ("DW220", "po_item_discontinued", InvalidInput),
    # A movement on an order outside receiving, stock added to a discontinued item
    # (migration 0059).
    ("DW221", "stock_received_on_an_order", NotAllowed),
    ("DW222", "stock_item_discontinued", Conflict),
    # A movement by hand citing an order's number; a count's surplus of a discontinued
    # item without a note (migration 0066).
    ("DW223", "stock_cites_an_order", NotAllowed),
    ("DW224", "stock_count_says_what", InvalidInput),
    # An adjustment without a reason (migration 0086).
    ("DW225", "stock_adjustment_says_why", InvalidInput),
    # An issue without a reference or a reason (migration 0088).
    ("DW226", "stock_issue_says_where", InvalidInput),
    # A supplier of open orders renamed, or given another tax number or terms; a
    # quantity received that is not a whole number from 0 up (migration 0092).
    ("DW227", "supplier_named_by_open_orders", Conflict),
    ("DW228", "receipt_quantity_not_whole", InvalidInput),
    # A movement of more pieces than one moves (migration 0118: states.MOST_MOVED).
    ("DW496", "movement_too_many", InvalidInput),
    # More of a line in one receipt than one movement moves (migration 0120: the same
    # states.MOST_MOVED).
    ("DW498", "receipt_too_many", InvalidInput),
    # A line named twice in one receipt (migration 0128).
    ("DW503", "receipt_line_twice", InvalidInput),
    # A partly received order closed without a reason (migration 0071).
    ("DW291", "po_close_says_why", InvalidInput),
):
    register_sqlstate(_state, _code, _family, _stock_params)


def _stock_too_low_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`_stock_params`, with ``left`` "none" where the stock is 0: its sentence says
    none is left rather than "only 0 left in stock" (words38)."""
    params = _stock_params(diag, values)
    stock = params.get("stock")
    if isinstance(stock, Amount) and stock.value <= 0:
        params["left"] = "none"
    return params


#: Too little in stock for an issue (migration 0013), in a sentence of its own where
#: none is left.
register_sqlstate(
    "DW206",
    "stock_too_low",
    Conflict,
    _stock_too_low_params,
    by_param=("left", {"none": "stock_too_low_none_left"}),
)


def _reference_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW290's movement type and reference type as the schema's words ("In", "Sale"),
    which the sentence shows in the person's language."""
    params = detail_params(diag, values)
    for key in ("movement", "reference_type"):
        value = params.get(key) or ""
        params[key] = value[:1].upper() + value[1:]
    return params


#: A movement referring to what does not fit its type (migration 0071).
register_sqlstate("DW290", "stock_reference_unfit", InvalidInput, _reference_params)


def _received_since_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW229: :func:`_stock_params`, ``said`` ``nobody`` when no login received it."""
    params = _stock_params(diag, values)
    params["said"] = "someone" if params.get("who") else "nobody"
    return params


#: A receipt on what the clerk was shown as arrived, where a receipt was booked since on
#: a line (migration 0143): ``line``, ``quantity`` since, ``received`` now, ``who``,
#: ``when`` (of its last receipt).
register_sqlstate(
    "DW229",
    "received_since_shown",
    Conflict,
    _received_since_params,
    by_param=("said", {"nobody": "received_since_shown_nobody"}),
)
