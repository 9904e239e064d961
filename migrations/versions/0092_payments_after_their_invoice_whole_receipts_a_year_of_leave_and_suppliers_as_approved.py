"""Payments after their invoice, whole receipts, a year of leave at most, and an order's
supplier as it was approved.

Revision ID: 0092
Revises: 0091
Create Date: 2026-12-05

Found with psql in a review (psql28), each a rule the project keeps elsewhere with a gap
here:

* **An invoice's payment is not dated before the invoice** (``DW348``, COLUMN
  ``paid_on``, DETAIL ``date``, ``earliest``, ``invoice``): not before the invoice's date
  or the day it was written, whichever is earlier (an invoice dated ahead may be paid
  early, on the day the money came). ``dicel_record_invoice_payment`` bounded the day
  only above (DW309): a payment dated 0001-01-01 was booked, and one dated 1990 marked a
  2026 invoice paid in 1990. Expense and payroll payments were already bounded below
  (DW338, migration 0063). The payment dialog offers the days from that day to today
  and says so before asking.
* **A receipt is of whole units** (``DW228``, DETAIL ``quantity`` as given, ``line``):
  ``dicel_receive_purchase_order`` took a negative quantity for "more than is awaited"
  (DW210), and 2.5 or 1e30 came back as bare cast errors (22P02, 22003). Every entry's
  quantity is now read before anything is received: a whole number from 0 up, at most
  nine digits, else refused naming the line.
* **A leave request covers a year at most** (``DW119``, DETAIL ``start_date``,
  ``latest``; trigger ``leave_requests_not_over_a_year``, asked when a request is filed,
  when its dates change and when it is approved): an unpaid leave (no allowance) to
  9999-12-31 was filed, 2.1 million days and 0.9 s of the server counting them, and
  waited in the supervisor's inbox. The rest of a longer absence is filed as another
  request. Its name sorts after ``leave_requests_locked`` (a decided request's dates
  are refused as locked first) and before ``leave_requests_rules`` (refused before the
  days are counted). A request already over a year is not approved (it may still be
  rejected or cancelled); the upgrade says how many there are.
* **An open order's supplier stays as it was approved** (``DW227``, TABLE
  ``suppliers``, COLUMN the first changed, DETAIL ``supplier``, ``orders``): the
  stores may change a supplier's record, and an order's creator renamed the supplier of
  their pending order (name, tax number, terms) after the manager saw it; the manager's
  decision on what was shown (DW007) passed, the order's version had not moved. While
  an order naming the supplier waits for a decision or is approved, ordered or partly
  received, its name, tax number and payment terms are not changed (trigger
  ``suppliers_as_their_open_orders_were_approved``; every session, a superuser loading
  data aside). Contact details (person, e-mail, phone, address) stay open.

A downgrade drops the two triggers and their functions and gives back 0091's payment and
0013's receipt.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

log = logging.getLogger("alembic.runtime.migration")

revision: str = "0092"
down_revision: str | None = "0091"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Refusals of this revision: (what, the keys of its DETAIL).
REFUSALS = {
    "DW119": ("a leave request covering more than a year", ("start_date", "latest")),
    "DW227": ("a supplier of open orders renamed", ("supplier", "orders")),
    "DW228": ("a quantity received that is not whole", ("quantity", "line")),
    "DW348": ("an invoice paid before its date", ("date", "earliest", "invoice")),
}

_0013 = earlier_revision("0013_purchasing")
_0091 = earlier_revision("0091_a_payers_reference_is_as_long_as_a_reference")

# --------------------------------------------------------------------------- DW348

_AFTER_FUTURE = """            DETAIL = json_build_object('date', v_paid_on)::text, COLUMN = 'paid_on';
    END IF;
"""
PAYMENT = replaced(
    _0091.PAYMENT,
    _AFTER_FUTURE,
    _AFTER_FUTURE
    + """    -- Migration 0092: nor before the invoice: its date, or the day it was written if
    -- that is earlier (one dated ahead may be paid early). The day in the company's
    -- zone (this function's TimeZone is pinned, migration 0069).
    IF v_paid_on < least(v_invoice.invoice_date, v_invoice.created_at::date) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW348', MESSAGE = 'paid before the invoice',
            DETAIL = json_build_object('date', v_paid_on,
                'earliest', least(v_invoice.invoice_date, v_invoice.created_at::date),
                'invoice', v_invoice.invoice_number)::text,
            COLUMN = 'paid_on';
    END IF;
""",
)

# --------------------------------------------------------------------------- DW228

#: The most digits a quantity received may have (an integer column).
QUANTITY_DIGITS = 9
_BEFORE_LOOP = """    FOR v_entry IN
        SELECT (e ->> 'line_id')::uuid AS line_id, (e ->> 'quantity')::integer AS quantity"""
RECEIVE = replaced(
    or_replace(_0013.RECEIVE),
    _BEFORE_LOOP,
    f"""    -- Migration 0092: every quantity a whole number from 0 up, read before anything
    -- is received (a negative one read as "more than awaited", 2.5 as a cast error).
    SELECT e ->> 'quantity' AS given,
           (SELECT coalesce(l.description, i.item_name) FROM public.purchase_order_lines l
              LEFT JOIN public.inventory_items i ON i.id = l.item_id
             WHERE l.order_id = v_order AND l.id::text = e ->> 'line_id') AS name
      INTO v_line
      FROM jsonb_array_elements(v_lines) AS e
     WHERE coalesce(e ->> 'quantity', '') !~ '^\\s*[0-9]{{1,{QUANTITY_DIGITS}}}\\s*$'
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW228', MESSAGE = 'a quantity received is whole',
            DETAIL = json_build_object('quantity', left(v_line.given, 40),
                'line', v_line.name)::text;
    END IF;
{_BEFORE_LOOP}""",
)

# --------------------------------------------------------------------------- DW119

A_YEAR_SIGNATURE = "dicel_leave_at_most_a_year()"
A_YEAR = f"""
CREATE FUNCTION public.{A_YEAR_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0092: a request covers a year at most: asked when it is filed, when its
    -- dates change and when it is approved (one filed before this rule is not approved);
    -- before its days are counted (this trigger's name sorts before
    -- leave_requests_rules) and after a decided request's lock (leave_requests_locked).
    IF TG_OP = 'UPDATE'
       AND NEW.start_date IS NOT DISTINCT FROM OLD.start_date
       AND NEW.end_date IS NOT DISTINCT FROM OLD.end_date
       AND NOT (NEW.status = 'approved' AND OLD.status IS DISTINCT FROM 'approved') THEN
        RETURN NEW;
    END IF;
    IF NEW.end_date >= NEW.start_date + interval '1 year' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW119', MESSAGE = 'a leave request covers a year at most',
            DETAIL = json_build_object('start_date', NEW.start_date,
                'latest', (NEW.start_date + interval '1 year' - interval '1 day')::date)::text,
            COLUMN = 'end_date';
    END IF;
    RETURN NEW;
END
$$"""
A_YEAR_TRIGGER = (
    "CREATE TRIGGER leave_requests_not_over_a_year BEFORE INSERT OR UPDATE OF start_date,"
    " end_date, status ON public.leave_requests FOR EACH ROW"
    f" EXECUTE FUNCTION public.{A_YEAR_SIGNATURE}"
)
#: Requests filed before this rule that cover more than a year: said at the upgrade.
OVER_A_YEAR = (
    "SELECT count(*) FROM public.leave_requests"
    " WHERE end_date >= start_date + interval '1 year' AND status IN ('pending', 'approved')"
)

# --------------------------------------------------------------------------- DW227

#: What an order's approver approved of its supplier: who is paid, and on what terms.
APPROVED_COLUMNS: tuple[str, ...] = ("supplier_name", "tax_number", "payment_terms")
#: An order's states from its submission to its last receipt.
OPEN_ORDER_STATES: tuple[str, ...] = ("pending", "approved", "ordered", "partially_received")
AS_APPROVED_SIGNATURE = "dicel_supplier_as_approved()"
_CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in APPROVED_COLUMNS)
_FIRST_CHANGED = "\n".join(
    f"                        WHEN OLD.{c} IS DISTINCT FROM NEW.{c} THEN '{c}'"
    for c in APPROVED_COLUMNS
)
AS_APPROVED = f"""
CREATE FUNCTION public.{AS_APPROVED_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_orders text;
BEGIN
    -- Migration 0092: every session is asked but a superuser's (data loading).
    IF EXISTS (SELECT FROM pg_catalog.pg_roles r
                WHERE r.rolname = session_user AND r.rolsuper) THEN
        RETURN NEW;
    END IF;
    SELECT string_agg(o.po_number, ', ' ORDER BY o.po_number) INTO v_orders
      FROM (SELECT o.po_number FROM public.purchase_orders o
             WHERE o.supplier_id = OLD.id
               AND o.status IN ({", ".join(f"'{s}'" for s in OPEN_ORDER_STATES)})
             ORDER BY o.po_number LIMIT 5) o;
    IF v_orders IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW227',
            MESSAGE = 'a supplier of open orders stays as they were approved',
            DETAIL = json_build_object('supplier', OLD.supplier_name,
                                       'orders', v_orders)::text,
            TABLE = 'suppliers',
            COLUMN = CASE
{_FIRST_CHANGED}
                     END;
    END IF;
    RETURN NEW;
END
$$"""
AS_APPROVED_TRIGGER = (
    "CREATE TRIGGER suppliers_as_their_open_orders_were_approved"
    f" BEFORE UPDATE OF {', '.join(APPROVED_COLUMNS)} ON public.suppliers FOR EACH ROW"
    f" WHEN ({_CHANGED}) EXECUTE FUNCTION public.{AS_APPROVED_SIGNATURE}"
)


def upgrade() -> None:
    execute_sql(PAYMENT)  # CREATE OR REPLACE: owner and grants kept
    execute_sql(RECEIVE)
    create_owned_function(A_YEAR, A_YEAR_SIGNATURE)
    execute_sql(A_YEAR_TRIGGER)
    (over,) = execute_sql(OVER_A_YEAR).fetchone()
    if over:
        log.warning(
            "%s pending or approved leave request(s) cover more than a year: a pending one"
            " can no longer be approved (reject or cancel it, and file it again in parts)",
            over,
        )
    create_owned_function(AS_APPROVED, AS_APPROVED_SIGNATURE)
    execute_sql(AS_APPROVED_TRIGGER)


def downgrade() -> None:
    execute_sql("DROP TRIGGER suppliers_as_their_open_orders_were_approved ON public.suppliers")
    execute_sql(f"DROP FUNCTION public.{AS_APPROVED_SIGNATURE}")
    execute_sql("DROP TRIGGER leave_requests_not_over_a_year ON public.leave_requests")
    execute_sql(f"DROP FUNCTION public.{A_YEAR_SIGNATURE}")
    execute_sql(or_replace(_0013.RECEIVE))
    execute_sql(_0091.PAYMENT)
