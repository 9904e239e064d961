"""Purchasing and stock (migration 0013 on): the words of their error codes.

Part of :data:`dicel_desktop.domain.errors.MESSAGES` (see :mod:`dicel_desktop.domain.messages`).
"""

from __future__ import annotations

from collections.abc import Mapping

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

MESSAGES: Mapping[str, str] = {
    # --- purchasing and stock (migration 0013; DETAIL data of SQLSTATEs DW201-DW217)
    "po_without_lines": QT_TRANSLATE_NOOP(
        "errors", "This purchase order has no lines: add what it buys, then submit it."
    ),
    "po_without_supplier": QT_TRANSLATE_NOOP(
        "errors",
        "This purchase order has no supplier: choose one and save the order, then submit it.",
    ),
    "po_not_yours_to_submit": QT_TRANSLATE_NOOP(
        "errors",
        "Only {creator}, who drew up this purchase order, or the stores may submit it.",
    ),
    # Migration 0052: an order is placed (submitted, marked ordered) only with an active
    # supplier, and a discontinued item is not ordered again.
    "po_supplier_blocked": QT_TRANSLATE_NOOP(
        "errors",
        "{supplier} is blocked: no order may be placed with it until the stores unblock it.",
    ),
    "po_supplier_inactive": QT_TRANSLATE_NOOP(
        "errors",
        "{supplier} is marked inactive: no order may be placed with it until the stores "
        "reactivate it.",
    ),
    "po_item_discontinued": QT_TRANSLATE_NOOP(
        "errors",
        "{item} is discontinued and is no longer ordered: choose another item, or remove its "
        "line from this purchase order.",
    ),
    "po_waits_for_manager_first": QT_TRANSLATE_NOOP(
        "errors",
        "This purchase order first waits for its department manager's approval; finance "
        "decides it after that.",
    ),
    "po_one_level_each": QT_TRANSLATE_NOOP(
        "errors",
        "You approved this purchase order as its department's manager; someone else must "
        "approve it for finance.",
    ),
    "po_waits_for_manager": QT_TRANSLATE_NOOP(
        "errors",
        "This purchase order waits for the approval of {manager}, the manager of {department}.",
    ),
    "po_waits_for_finance": QT_TRANSLATE_NOOP(
        "errors",
        "This purchase order now waits for the approval of finance (a finance officer or an "
        "administrator).",
    ),
    "po_waits_for_an_administrator": QT_TRANSLATE_NOOP(
        "errors",
        "The department of whoever drew up this purchase order has no other manager to "
        "approve it, so an administrator approves it.",
    ),
    "receipt_too_much": QT_TRANSLATE_NOOP(
        "errors",
        "{line}: {quantity} cannot be received: {ordered} were ordered and {received} have "
        "arrived already.",
    ),
    "receipt_line_unknown": QT_TRANSLATE_NOOP(
        "errors",
        "One of the lines received is not a line of this purchase order. Reload the order, "
        "then try again.",
    ),
    "receipt_empty": QT_TRANSLATE_NOOP(
        "errors", "Nothing was received: enter the quantity that arrived for at least one line."
    ),
    "stock_too_low": QT_TRANSLATE_NOOP(
        "errors", "{item}: only {stock} left in stock, so {quantity} cannot be issued."
    ),
    # None left said as none, not "only 0 left in stock" (words38; ``left``: "none").
    "stock_too_low_none_left": QT_TRANSLATE_NOOP(
        "errors", "{item}: none is left in stock, so {quantity} cannot be issued."
    ),
    "stock_quantity_wrong": QT_TRANSLATE_NOOP(
        "errors",
        "A stock movement in or out needs a quantity of more than 0; an adjustment corrects "
        "the stock up or down (such as 3 or -3), never by 0.",
    ),
    "stock_movement_type_unknown": QT_TRANSLATE_NOOP(
        "errors", "A stock movement is in, out or an adjustment."
    ),
    "stock_item_gone": QT_TRANSLATE_NOOP(
        "errors", "This stock item no longer exists: someone deleted it."
    ),
    # Migration 0059: a receipt is the order's (DW221); a discontinued item only goes
    # down (DW222).
    "stock_received_on_an_order": QT_TRANSLATE_NOOP(
        "errors",
        "Stock received on a purchase order is recorded by Receive… on the order, so that "
        "the order follows it. Choose what else this movement refers to.",
    ),
    "stock_item_discontinued": QT_TRANSLATE_NOOP(
        "errors",
        "{item} is discontinued: what is left may still be issued or counted down, but no "
        "stock is added to it.",
    ),
    # Migration 0066: a movement by hand does not cite an order (DW223); a count's surplus
    # of a discontinued item says what was found (DW224).
    "stock_cites_an_order": QT_TRANSLATE_NOOP(
        "errors",
        "{reference} is a purchase order's number: what arrives on an order is recorded by "
        "Receive… on the order. Give the number of a delivery note or a transfer slip "
        "instead.",
    ),
    "stock_count_says_what": QT_TRANSLATE_NOOP(
        "errors",
        "{item} is discontinued: a count that found more than the books is recorded with a "
        "note saying what was found. Write it in Notes.",
    ),
    # Migration 0086: every adjustment says what the count found (DW225).
    "stock_adjustment_says_why": QT_TRANSLATE_NOOP(
        "errors",
        "Say in Notes what the count of {item} found: an adjustment changes the books, so "
        "it needs a reason.",
    ),
    # Migration 0088: every issue says what it went to or who took it (DW226).
    "stock_issue_says_where": QT_TRANSLATE_NOOP(
        "errors",
        "Say what this issue of {item} went to (Reference number) or who took it and why "
        "(Notes): stock leaves the books only with a reason.",
    ),
    # Migration 0092: a supplier of open orders stays as they were approved (DW227); a
    # quantity received is a whole number (DW228).
    "supplier_named_by_open_orders": QT_TRANSLATE_NOOP(
        "errors",
        "{supplier} supplies open purchase orders ({orders}): its name, tax number and "
        "payment terms stay as those orders were approved until they are received, closed "
        "or cancelled. Its contact details may still change. Your other values are kept.",
    ),
    # Migration 0118: a movement moves at most states.MOST_MOVED pieces (DW496).
    "movement_too_many": QT_TRANSLATE_NOOP(
        "errors",
        "One movement moves at most {most} pieces, not {quantity}. Check the quantity, or "
        "record it as several movements.",
    ),
    # Migration 0120: one receipt takes at most states.MOST_MOVED of a line (DW498).
    "receipt_too_many": QT_TRANSLATE_NOOP(
        "errors",
        "{line}: one receipt takes at most {most} of a line, not {quantity}. Check the "
        "number, or receive the rest in another receipt. Nothing was received.",
    ),
    # Migration 0128: a receipt names each line once (DW503).
    "receipt_line_twice": QT_TRANSLATE_NOOP(
        "errors",
        "{line} is named {times} times in this receipt: a receipt names each line once. "
        "Add the quantities up on one line. Nothing was received.",
    ),
    "receipt_quantity_not_whole": QT_TRANSLATE_NOOP(
        "errors",
        '{line}: a quantity received is a whole number of units, 0 or more, not "{quantity}".',
    ),
    # Migration 0071: what a movement refers to fits its type (DW290); a partly received
    # order is closed with a reason (DW291).
    "stock_reference_unfit": QT_TRANSLATE_NOOP(
        "errors",
        "A movement “{movement}” cannot refer to “{reference_type}”. Stock in refers to a "
        "transfer, stock out to a sale or a transfer, an adjustment to a stock count; any of "
        "them may refer to nothing. Choose what this movement refers to.",
    ),
    "po_close_says_why": QT_TRANSLATE_NOOP(
        "errors",
        "Say why {order} is closed with part of it not received: the reason is kept in its notes.",
    ),
    "stores_only": QT_TRANSLATE_NOOP(
        "errors",
        "Only the stores (inventory) and administrators move stock, and order, receive or "
        "cancel purchase orders.",
    ),
    "line_says_what": QT_TRANSLATE_NOOP(
        "errors", "A line needs an item or a description of what it buys."
    ),
    # Migration 0143: a receipt on what was shown as arrived, booked since (DW229).
    "received_since_shown": QT_TRANSLATE_NOOP(
        "errors",
        "{quantity} of {line} were received by {who} at {when}, after you opened this. "
        "Check the delivery note: nothing was received.",
    ),
    "received_since_shown_nobody": QT_TRANSLATE_NOOP(
        "errors",
        "{quantity} of {line} were received at {when}, after you opened this. Check the "
        "delivery note: nothing was received.",
    ),
}
