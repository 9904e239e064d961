"""Purchase orders: submit, decide level by level, receive; and what the dialogs show.

Each step is one of the database's functions (migration 0013; README: "The database's
public interface"), run as one unit of work that commits (``services.units``); its
refusals come back as sentences. The reads run as the caller, under their own grants.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import Conflict, DicelError, InvalidInput, NotAllowed, NotFound
from dicel_desktop.domain.states import PurchaseApprovalLevel
from dicel_desktop.services.db_error_words import table_words
from dicel_desktop.services.inbox import shown_version_sql
from dicel_desktop.services.units import call_function

__all__ = [
    "Level",
    "OrderFacts",
    "OrderLine",
    "WaitingOrder",
    "close_purchase_order",
    "decide_purchase_order",
    "order_facts",
    "purchase_orders_to_decide",
    "receive_purchase_order",
    "submit_purchase_order",
    "what_stops_deciding",
    "what_stops_placing",
]

_TABLE = "purchase_orders"


# --------------------------------------------------------------------------- steps


def submit_purchase_order(session: Session, order_id: uuid.UUID) -> None:
    """Draft -> pending: its creator or the stores; it needs a supplier and a line."""
    call_function(
        session,
        "SELECT public.dicel_submit_purchase_order(:order_id)",
        {"order_id": order_id},
        table=_TABLE,
    )


def mark_ordered(session: Session, order_id: uuid.UUID) -> None:
    """Approved -> ordered: the stores sent it to its supplier."""
    call_function(
        session,
        "SELECT public.dicel_mark_purchase_order_ordered(:order_id)",
        {"order_id": order_id},
        table=_TABLE,
    )


_STOPS_PLACING = sa.text(
    """
    SELECT o.status::text, o.supplier_id IS NOT NULL, s.supplier_name, s.status::text,
           EXISTS (SELECT FROM public.purchase_order_lines l WHERE l.order_id = o.id),
           (SELECT i.item_name
              FROM public.purchase_order_lines l
              JOIN public.inventory_items i ON i.id = l.item_id
             WHERE l.order_id = o.id AND i.status = 'discontinued'
             ORDER BY l.created_at, l.id
             LIMIT 1)
      FROM public.purchase_orders o
      LEFT JOIN public.suppliers s ON s.id = o.supplier_id
     WHERE o.id = :id
    """
)


def what_stops_placing(session: Session, order_id: uuid.UUID) -> DicelError | None:
    """Why the database would refuse to place the order now (Submit on a draft, Mark
    ordered on an approved one), as the refusal the step would meet, in the order it
    asks: a draft with no supplier or no line (``dicel_submit_purchase_order``, DW202,
    DW201), then migration 0052's a line for a discontinued item (a draft), a blocked
    supplier, an inactive one; None when none does, or the order is not to be read.
    One read, as the caller."""
    found = session.execute(_STOPS_PLACING, {"id": order_id}).one_or_none()
    session.rollback()
    if found is None:
        return None
    state, has_supplier, supplier, supplier_state, has_lines, discontinued = found
    if state == "draft" and not has_supplier:
        return InvalidInput("po_without_supplier")
    if state == "draft" and not has_lines:
        return InvalidInput("po_without_lines")
    if state == "draft" and discontinued is not None:
        return InvalidInput("po_item_discontinued", item=discontinued)
    if supplier_state == "blocked":
        return Conflict("po_supplier_blocked", supplier=supplier)
    if supplier_state == "inactive":
        return Conflict("po_supplier_inactive", supplier=supplier)
    return None


def _in_level_order(alias: str) -> str:
    """SQL that sorts approval rows ``alias`` by the order their levels decide in, the
    enum's (``PurchaseApprovalLevel``): one definition for every query here."""
    levels = ", ".join(f"'{level.value}'" for level in PurchaseApprovalLevel)
    return f"array_position(ARRAY[{levels}], {alias}.level::text)"


_STOPS_DECIDING = sa.text(
    f"""
    SELECT o.created_by = public.dicel_current_user_id() AS own,
           EXISTS (SELECT FROM public.dicel_purchase_orders_to_decide(o.id)) AS listed,
           EXISTS (SELECT FROM public.purchase_order_approvals a
                    WHERE a.order_id = o.id AND a.decision IS NOT NULL
                      AND a.approver_id = public.dicel_current_user_id()) AS decided_one,
           (SELECT a.level FROM public.purchase_order_approvals a
             WHERE a.order_id = o.id AND a.decision IS NULL
             ORDER BY {_in_level_order("a")}
             LIMIT 1) AS waiting,
           public.dicel_has_role('finance') AS finance,
           public.dicel_has_role('admin') AS admin,
           m.id = public.dicel_current_user_id() AS manager_is_me,
           nullif(concat_ws(' ', m.first_name, m.last_name), '') AS manager,
           d.name AS department
      FROM public.purchase_orders o
      LEFT JOIN public.users c ON c.id = o.created_by
      LEFT JOIN public.departments d ON d.id = c.department_id
      LEFT JOIN public.users m ON m.id = d.manager_id AND m.id <> c.id
                              AND coalesce(m.is_active, true)
     WHERE o.id = :id
    """
)


def what_stops_deciding(
    session: Session, order_id: uuid.UUID, *, approve: bool = True
) -> DicelError | None:
    """Why the caller may not approve (``approve``) or reject the pending order now, as
    the refusal ``dicel_decide_purchase_order`` would give, so the window does not offer
    what it would refuse: their own order (DW003); a level they decided already (DW205);
    a level not theirs: the manager's, someone else's (DW214, DW217 where the department
    has no other manager) or finance's after it (DW204); finance's, outside finance and
    admin (DW216). An approval only, never a rejection, is also refused to whoever
    changed the order (DW005): ``dicel_purchase_orders_to_decide`` leaves it out for
    them. None when nothing stops it, or nothing waits, or the order is not to be read.
    One read, as the caller."""
    found = session.execute(_STOPS_DECIDING, {"id": order_id}).one_or_none()
    session.rollback()
    if found is None or found.waiting is None or (approve and found.listed):
        return None
    if found.own:
        return NotAllowed("own_record_decision", **table_words("purchase_orders"))
    if found.decided_one:
        return NotAllowed("po_one_level_each")
    if found.waiting == "manager":
        # The department's manager, or an administrator where it has no other one.
        mine = bool(found.manager_is_me) or (found.manager is None and bool(found.admin))
        if not mine and found.finance and not found.admin:
            return NotAllowed("po_waits_for_manager_first")
        if not mine and found.manager is None:
            return NotAllowed("po_waits_for_an_administrator")
        if not mine:
            return NotAllowed(
                "po_waits_for_manager", manager=found.manager, department=found.department
            )
    elif not (found.finance or found.admin):
        return NotAllowed("po_waits_for_finance")
    if approve:  # their level, but not listed: they changed the order
        return NotAllowed("changed_record_approval", **table_words("purchase_orders"))
    return None


_WAITING = sa.text(
    f"""
    SELECT a.level::text, a.decided_at,
           coalesce(a.approver_id = public.dicel_current_user_id(), false) AS mine,
           nullif(concat_ws(' ', u.first_name, u.last_name), '') AS approver,
           d.name AS department,
           (SELECT w.level::text FROM public.purchase_order_approvals w
             WHERE w.order_id = o.id AND w.decision IS NULL
             ORDER BY {_in_level_order("w")}
             LIMIT 1) AS waiting
      FROM public.purchase_orders o
      JOIN public.purchase_order_approvals a
        ON a.order_id = o.id AND a.decision = 'approved'
      LEFT JOIN public.users u ON u.id = a.approver_id
      LEFT JOIN public.users c ON c.id = o.created_by
      LEFT JOIN public.departments d ON d.id = c.department_id
     WHERE o.id = :id AND o.status = 'pending'
     ORDER BY a.decided_at DESC
     LIMIT 1
    """
)


@dataclass(frozen=True)
class OrderWaiting:
    """A pending order one of whose levels approved it, waiting for the next."""

    #: The level that approved it, when, by whom; whether it was the caller.
    level: PurchaseApprovalLevel
    decided_at: dt.datetime | None
    approver: str | None
    mine: bool
    #: The department of whoever drew it up: the manager approved it for it.
    department: str | None
    #: The level it now waits for: the first undecided one in the levels' order.
    waiting: PurchaseApprovalLevel
    #: Whether the caller may decide that level now (nothing stops them).
    may_decide: bool


def order_waiting(session: Session, order_id: uuid.UUID) -> OrderWaiting | None:
    """Of a pending order a level approved, what it waits for now, and whether the caller
    may decide it (:func:`what_stops_deciding`); None for any other order, or one not to
    be read. Two reads in one task, as the caller (eye30r, 9: a manager who approved saw
    Approve and Reject grey with the reason only in their tooltips)."""
    found = session.execute(_WAITING, {"id": order_id}).one_or_none()
    session.rollback()
    if found is None or found.waiting is None:
        return None
    stopped = what_stops_deciding(session, order_id)
    return OrderWaiting(
        PurchaseApprovalLevel(found.level),
        found.decided_at,
        found.approver,
        bool(found.mine),
        found.department,
        PurchaseApprovalLevel(found.waiting),
        stopped is None,
    )


def cancel_purchase_order(session: Session, order_id: uuid.UUID, note: str | None = None) -> None:
    """The stores cancel an order until something of it has arrived (draft, pending,
    approved or ordered); ``note`` is added to its notes."""
    call_function(
        session,
        "SELECT public.dicel_cancel_purchase_order(:order_id, :note)",
        {"order_id": order_id, "note": note or None},
        table=_TABLE,
    )


def close_purchase_order(session: Session, order_id: uuid.UUID, reason: str) -> None:
    """The stores end a partly received order as it stands (migration 0071): what arrived
    stays received and in stock, the rest is no longer expected; ``reason`` (required) is
    added to its notes, each line apart ("Torch 3 of 10, Lamp 0 of 4"). The order is then
    ``closed_short`` (migration 0114), a final state."""
    call_function(
        session,
        "SELECT public.dicel_close_purchase_order(:order_id, :reason)",
        {"order_id": order_id, "reason": reason},
        table=_TABLE,
    )


def decide_purchase_order(
    session: Session,
    order_id: uuid.UUID,
    approve: bool,
    note: str | None = None,
    shown: dt.datetime | None = None,
) -> str:
    """Decide the order's level that waits; returns its state after (``pending`` while
    another level waits, ``approved`` or ``rejected``).

    ``shown``: the order's version (``OrderFacts.version``) the decider saw; changed
    since by someone else, nothing is decided (``changed_since_shown_by``)."""
    statement = (
        "SELECT public.dicel_decide_purchase_order(:order_id, :approve, :note)"
        if shown is None
        else "SELECT public.dicel_decide_purchase_order(:order_id, :approve, :note, :shown)"
    )
    return call_function(
        session,
        statement,
        {"order_id": order_id, "approve": approve, "note": note or None, "shown": shown},
        table=_TABLE,
    )


def receive_purchase_order(
    session: Session,
    order_id: uuid.UUID,
    quantities: Mapping[uuid.UUID, int],
    shown_received: Mapping[uuid.UUID, int] | None = None,
) -> str:
    """What arrived, line by line (line id -> quantity; lines left out or at 0 did not
    arrive); returns the order's state after (``partially_received`` or ``received``).
    ``shown_received`` (line id -> what the clerk was shown as arrived before): a line
    received since by someone else refuses the whole receipt (``received_since_shown``,
    migration 0143) rather than booking the same delivery twice."""
    shown = shown_received or {}
    lines = [
        {"line_id": str(line), "quantity": int(quantity)}
        | ({"received": int(shown[line])} if line in shown else {})
        for line, quantity in quantities.items()
        if quantity
    ]
    return call_function(
        session,
        "SELECT public.dicel_receive_purchase_order(:order_id, CAST(:lines AS jsonb))",
        {"order_id": order_id, "lines": json.dumps(lines)},
        table=_TABLE,
    )


# --------------------------------------------------------------------------- reads


@dataclass(frozen=True)
class WaitingOrder:
    """A row of ``dicel_purchase_orders_to_decide()``: an order waiting for the caller."""

    id: uuid.UUID
    title: str
    detail: str
    amount: Decimal
    currency: str
    submitted_at: dt.datetime
    submitted_by: str | None


def purchase_orders_to_decide(session: Session) -> list[WaitingOrder]:
    """The pending orders whose waiting level the caller may decide, oldest first."""
    rows = session.execute(
        sa.text(
            "SELECT id, title, detail, amount, currency, submitted_at, submitted_by"
            " FROM public.dicel_purchase_orders_to_decide()"
        )
    ).all()
    session.rollback()
    return [WaitingOrder(*row) for row in rows]


@dataclass(frozen=True)
class OrderLine:
    id: uuid.UUID
    #: The item's name, or the line's description for what is not a stock item.
    name: str
    item_code: str | None
    quantity: int
    unit_price: Decimal
    total: Decimal
    received: int

    @property
    def awaited(self) -> int:
        return self.quantity - self.received


@dataclass(frozen=True)
class Level:
    #: ``manager`` or ``finance`` (domain.states.PurchaseApprovalLevel).
    level: str
    #: ``approved``, ``rejected``, or None while undecided.
    decision: str | None
    approver: str | None
    note: str | None
    decided_at: dt.datetime | None


@dataclass(frozen=True)
class OrderFacts:
    """What a person deciding or receiving an order has in front of them."""

    id: uuid.UUID
    number: str
    status: str
    supplier: str | None
    order_date: dt.date
    expected_delivery: dt.date | None
    total: Decimal
    created_by: str | None
    department: str | None
    notes: str | None
    version: dt.datetime | None
    lines: tuple[OrderLine, ...]
    levels: tuple[Level, ...]

    @property
    def waiting_level(self) -> Level | None:
        """The level a decision now would decide (None once the order is decided)."""
        if self.status != "pending":
            return None
        return next((lv for lv in self.levels if lv.decision is None), None)


_ORDER = sa.text(
    f"""
    SELECT o.id, o.po_number, o.status, s.supplier_name, o.order_date, o.expected_delivery,
           o.total_amount, nullif(concat_ws(' ', c.first_name, c.last_name), ''), d.name,
           o.notes, {shown_version_sql("purchase_orders", "o")}
      FROM public.purchase_orders o
      LEFT JOIN public.suppliers s ON s.id = o.supplier_id
      LEFT JOIN public.users c ON c.id = o.created_by
      LEFT JOIN public.departments d ON d.id = c.department_id
     WHERE o.id = :id
    """
)
_LINES = sa.text(
    """
    SELECT l.id, coalesce(l.description, i.item_name, ''), i.item_code, l.quantity,
           l.unit_price, l.total_price, l.quantity_received
      FROM public.purchase_order_lines l
      LEFT JOIN public.inventory_items i ON i.id = l.item_id
     WHERE l.order_id = :id
     ORDER BY l.created_at, l.id
    """
)
_LEVELS = sa.text(
    f"""
    SELECT a.level, a.decision, nullif(concat_ws(' ', u.first_name, u.last_name), ''),
           a.note, a.decided_at
      FROM public.purchase_order_approvals a
      LEFT JOIN public.users u ON u.id = a.approver_id
     WHERE a.order_id = :id
     ORDER BY {_in_level_order("a")}
    """
)


def order_facts(session: Session, order_id: uuid.UUID) -> OrderFacts:
    """The order, its lines and its levels, read in one transaction as the caller."""
    found = session.execute(_ORDER, {"id": order_id}).one_or_none()
    if found is None:
        session.rollback()
        raise NotFound("record_gone", record="purchase order")
    lines = tuple(OrderLine(*row) for row in session.execute(_LINES, {"id": order_id}))
    levels = tuple(Level(*row) for row in session.execute(_LEVELS, {"id": order_id}))
    session.rollback()
    return OrderFacts(*found, lines=lines, levels=levels)
