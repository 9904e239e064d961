"""An order closed short says so in its state, and its line counts each item apart.

Revision ID: 0114
Revises: 0113
Create Date: 2026-12-06

From a user-eye review (eye32 #4), as the stores' clerk: a purchase order closed short
(Close order…, migration 0071) became ``received``, so the list, the form's banner, the
filters and the dashboards said "Received" of an order ten helmets of which never came;
only the notes said otherwise. And the line the close wrote added the units of every
item ("14 of 24 received": 14 tyres plus 10 helmets, a number nobody ordered).

* **A state of its own**: ``closed_short`` (``domain.states.PurchaseOrderStatus``), added
  to ``ck_purchase_orders_status_allowed``. It is a final state: nothing more is received
  on it (0013's receive asks for approved, ordered or partially received), it is not an
  open order (the dashboards' and 0092's DW227 lists of open states leave it out), and
  its lines keep what was ordered and what came. Only ``dicel_close_purchase_order`` sets
  it (no role may UPDATE the status; the owner and a superuser are not asked).
* **The line counts each item apart**: "Closed short on 2026-12-06: Tyre 195/65 R15 14 of
  14, Motorbike helmet 0 of 10 received: <reason>", the order's lines in the order they
  were added, each named as the order shows it (its description, else its item's name).
* **A second close** (or a close after a receipt that finished the order) still gets
  DW001 with who and when, from the audit log's change into the state found.
* **Orders closed short before** (``received`` with a "Closed short on <ISO day>, " line
  in their notes, which only 0071's close wrote: DW021 keeps anyone else from typing it)
  become ``closed_short``; their lines stay as written (the desktop reads both forms).
  So does an order closed by this revision's close (its "Closed short on <ISO day>: "
  line) and made ``received`` by a downgrade: a downgrade and an upgrade give it its
  state back (code review 33, F2; DW021 keeps this form untypeable too).
* **Moved as it was** (code review 33, F6): the upgrade's and the downgrade's change of
  those orders' state run with the triggers off (``session_replication_role``, a
  superuser's, as 0106 and 0112 do): a state put in its own column is nobody's change,
  so no order gets the migration's moment as its "Modified on", no audit entry by
  nobody is written and no one is notified. A second close still names who closed it,
  from the close's own entry.

The close is changed as the database holds it (0071's, its reason read by 0074 and
measured first by 0085), in four places; its signature is kept (CREATE OR REPLACE keeps
its owner and grants). A downgrade gives the orders closed short back ``received``
(their notes keep the line they have), takes the four changes out again and puts back
the CHECK without the state.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.migrate import execute_sql, refuse_values_outside, replaced

revision: str = "0114"
down_revision: str | None = "0113"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# --------------------------------------------------------------------------- the state

CHECK = "ck_purchase_orders_status_allowed"
#: The states before and after this revision (``domain.states.PurchaseOrderStatus``),
#: frozen here.
STATES_BEFORE: tuple[str, ...] = (
    "draft",
    "pending",
    "approved",
    "rejected",
    "ordered",
    "partially_received",
    "received",
    "cancelled",
)
CLOSED_SHORT = "closed_short"
STATES_AFTER: tuple[str, ...] = (*STATES_BEFORE[:-1], CLOSED_SHORT, STATES_BEFORE[-1])

#: An order's notes hold the line a close wrote, at the start of the text or of a line:
#: 0071's ("Closed short on 2026-12-05, 3 of 14 received: ...") or this revision's
#: ("Closed short on 2026-12-06: Tyre 14 of 14, ...": an order closed under 0114 and
#: made received by its downgrade).
CLOSED_BEFORE = r"(^|\n)Closed short on [0-9]{4}-[0-9]{2}-[0-9]{2}(, |: )"


def _check(states: tuple[str, ...]) -> None:
    listed = ", ".join(f"'{s}'" for s in states)
    op.execute(f"ALTER TABLE public.purchase_orders DROP CONSTRAINT IF EXISTS {CHECK}")
    op.execute(
        f"ALTER TABLE public.purchase_orders ADD CONSTRAINT {CHECK} CHECK (status IN ({listed}))"
    )


# --------------------------------------------------------------------------- the close

_FOUND_DONE = """    IF v_po.status = 'received' THEN
        SELECT nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''), a.created_at
          INTO v_who, v_when
          FROM public.audit_logs a LEFT JOIN public.users u ON u.id = a.user_id
         WHERE a.table_name = 'purchase_orders' AND a.record_id = v_order
           AND a.action = 'UPDATE' AND a.new_values ->> 'status' = 'received'
         ORDER BY a.created_at DESC LIMIT 1;
        """
_FOUND_DONE_NOW = f"""    -- Migration 0114: closed short (by the close that went first) or received whole (a
    -- receipt that finished it): who did it, and when. An order closed short before
    -- 0114 was made received by its close (the upgrade moves it with no entry); a
    -- change by no one (a superuser's) is named only when no person's is found.
    IF v_po.status IN ('received', '{CLOSED_SHORT}') THEN
        SELECT nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''), a.created_at
          INTO v_who, v_when
          FROM public.audit_logs a LEFT JOIN public.users u ON u.id = a.user_id
         WHERE a.table_name = 'purchase_orders' AND a.record_id = v_order
           AND a.action = 'UPDATE'
           AND a.new_values ->> 'status' IN ('received', '{CLOSED_SHORT}')
         ORDER BY a.user_id IS NULL, a.created_at DESC LIMIT 1;
        """
_SAID_DONE = "json_build_object('state', 'received', 'action', 'closed',"
_SAID_DONE_NOW = "json_build_object('state', v_po.status, 'action', 'closed',"

_DECLARED = """    v_ordered bigint;
    v_received bigint;
"""
_DECLARED_NOW = """    v_lines text;
"""
_SUMMED = """    SELECT coalesce(sum(l.quantity), 0), coalesce(sum(l.quantity_received), 0)
      INTO v_ordered, v_received
      FROM public.purchase_order_lines l WHERE l.order_id = v_order;
    -- What was received stays received (and in stock); the rest is no longer expected.
    UPDATE public.purchase_orders o
       SET status = 'received',
           notes = concat_ws(E'\\n', nullif(o.notes, ''),
               concat('Closed short on ', to_char(current_date, 'YYYY-MM-DD'), ', ',
                      v_received, ' of ', v_ordered, ' received: ', v_reason))
"""
_EACH = f"""    -- Migration 0114: each line apart, as the order shows it (units of different
    -- items are not added up), in the order the lines were added; a name's blanks and
    -- line breaks as one space, so that the step's line stays one line.
    SELECT string_agg(concat(regexp_replace(btrim(coalesce(l.description, i.item_name, '')),
                                            '\\s+', ' ', 'g'), ' ',
                             l.quantity_received, ' of ', l.quantity),
                      ', ' ORDER BY l.created_at, l.id)
      INTO v_lines
      FROM public.purchase_order_lines l
      LEFT JOIN public.inventory_items i ON i.id = l.item_id
     WHERE l.order_id = v_order;
    -- What was received stays received (and in stock); the rest is no longer expected.
    UPDATE public.purchase_orders o
       SET status = '{CLOSED_SHORT}',
           notes = concat_ws(E'\\n', nullif(o.notes, ''),
               concat('Closed short on ', to_char(current_date, 'YYYY-MM-DD'), ': ',
                      v_lines, ' received: ', v_reason))
"""

CLOSE_SIGNATURE = "dicel_close_purchase_order(uuid, text)"
#: (as 0113 has it, as this revision makes it): the body's changes, each found once.
_CLOSE_CHANGES = (
    (_FOUND_DONE, _FOUND_DONE_NOW),
    (_SAID_DONE, _SAID_DONE_NOW),
    (_DECLARED, _DECLARED_NOW),
    (_SUMMED, _EACH),
)


def _close(*, closed_short: bool) -> None:
    """The close as the database holds it (0074 wrote it from 0071's, 0085 measured its
    reason first), with this revision's changes made or taken out again; CREATE OR
    REPLACE, from pg_get_functiondef: owner and grants kept."""
    create = execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('public.{CLOSE_SIGNATURE}'::regprocedure)"
    ).fetchone()[0]
    for before, after in _CLOSE_CHANGES:
        create = (
            replaced(create, before, after) if closed_short else replaced(create, after, before)
        )
    execute_sql(create)


def _moved(update: str) -> None:
    """``update`` with the triggers off (a superuser's, as 0106's and 0112's data moves):
    no new ``updated_at``, no audit entry by nobody, no notice."""
    execute_sql("SET LOCAL session_replication_role = replica")
    execute_sql(update)
    execute_sql("SET LOCAL session_replication_role = DEFAULT")


def upgrade() -> None:
    refuse_values_outside(
        op.get_bind(),
        "purchase_orders",
        "status",
        STATES_BEFORE,
        "Some purchase orders are in a state the desktop does not know",
    )
    _check(STATES_AFTER)
    _moved(
        f"UPDATE public.purchase_orders SET status = '{CLOSED_SHORT}'"
        f" WHERE status = 'received' AND notes ~ '{CLOSED_BEFORE}'"
    )
    _close(closed_short=True)


def downgrade() -> None:
    _moved(f"UPDATE public.purchase_orders SET status = 'received' WHERE status = '{CLOSED_SHORT}'")
    _check(STATES_BEFORE)
    _close(closed_short=False)
