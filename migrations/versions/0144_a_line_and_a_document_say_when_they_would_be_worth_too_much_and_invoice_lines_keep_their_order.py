"""A line, an invoice and an order say when they would be worth more than they record, and
an invoice's lines keep the order they were added in.

Revision ID: 0144
Revises: 0143
Create Date: 2026-12-07

Found as the finance clerk in a review (/work/reports/money40.md, #2 and #3):

**Ten billion francs overflowed in bare words** (#2). An invoice line of 2 x 6,000,000,000
RWF, or one of 9,000,000,000 whose invoice reached 10.62 billion with its VAT, and a
purchase-order line of 100 x 150,000,000, were refused with "numeric field overflow" (the
line's generated ``total_price``, or the document's ``subtotal``/``total_amount``, all
numeric(12,2), written by the totals triggers), which the client could only say as "a
value is not acceptable", no field marked. Now, as DW497 says it of a stock movement:

* a line worth more than its ``total_price`` holds (9,999,999,999.99), on an invoice or a
  purchase order: ``DW901``, DETAIL ``amount``, ``most``, ``currency``; COLUMN
  ``total_price`` (trigger ``<table>_worth_fits``, function ``dicel_line_worth_fits``,
  run after the lines' other BEFORE triggers: who may add a line is asked first);
* an invoice whose lines and VAT would pass what its ``total_amount`` holds: ``DW902``,
  DETAIL ``invoice``, ``amount`` (the total with VAT), ``most``, ``currency``; TABLE
  ``invoices``, COLUMN ``total_amount`` (``dicel_refresh_invoice_totals``);
* an order whose lines would pass its ``total_amount``: ``DW903``, DETAIL ``order``,
  ``amount``, ``most``, ``currency``; TABLE ``purchase_orders``, COLUMN ``total_amount``
  (``dicel_purchase_order_total``).

The bound is the columns' own (numeric(12,2)); a test checks it against the model.

**Lines added together printed in any order** (#3). ``invoice_items.created_at`` took the
transaction's start (``CURRENT_TIMESTAMP``): every line of one transaction tied, and the
invoice's "order they were added" (``created_at``, then id) fell to the random uuid. It
is the clock's now (``clock_timestamp()``), as ``purchase_order_lines`` has it. Lines
stored before keep their ties; the readers break them by description rather than by id
(docs/decisions.md, "money40fix").

The functions are made again from the bodies they had (0014's
``dicel_refresh_invoice_totals``, 0013's ``dicel_purchase_order_total``) with ``CREATE OR
REPLACE`` (owner and grants kept); the downgrade gives those back, drops the triggers and
their function, and the old default.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0144"
down_revision: str | None = "0143"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0013 = earlier_revision("0013_purchasing")
_0014 = earlier_revision("0014_finance_flows")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW901": ("a line worth more than it can record", ("amount", "most", "currency")),
    "DW902": ("an invoice worth more than it can record", ("invoice", "amount", "most")),
    "DW903": ("an order worth more than it can record", ("order", "amount", "most")),
}

#: What a line's ``total_price`` and a document's ``total_amount`` hold: numeric(12,2).
MOST = "9999999999.99"

#: Tables whose lines are priced, with the statement reading their document's currency
#: (a statement of its own: PL/pgSQL plans it only where it runs, and a purchase order's
#: line has no invoice_id).
LINE_TABLES = {
    "invoice_items": (
        "SELECT coalesce(i.currency, 'RWF') INTO v_currency"
        " FROM public.invoices i WHERE i.id = NEW.invoice_id"
    ),
    "purchase_order_lines": "v_currency := 'RWF'",
}

LINE_WORTH_SIGNATURE = "dicel_line_worth_fits()"
LINE_WORTH = f"""
CREATE FUNCTION public.dicel_line_worth_fits() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_worth numeric;
    v_currency text;
BEGIN
    -- Migration 0144: the generated total_price is computed after the BEFORE triggers;
    -- its overflow was a bare 22003. Unbounded numeric here, so nothing overflows.
    v_worth := NEW.quantity::numeric * NEW.unit_price::numeric;
    -- NaN is no worth: the column's CHECK says it in its words (DW043, migration 0142).
    IF v_worth = 'NaN'::numeric THEN
        RETURN NEW;
    END IF;
    IF abs(v_worth) > {MOST} THEN
        IF TG_TABLE_NAME = 'invoice_items' THEN
            {LINE_TABLES["invoice_items"]};
        ELSE
            {LINE_TABLES["purchase_order_lines"]};
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DW901',
            MESSAGE = 'refused: a line worth more than it can record',
            DETAIL = json_build_object('amount', round(v_worth, 2), 'most', {MOST},
                                       'currency', v_currency)::text,
            TABLE = TG_TABLE_NAME, COLUMN = 'total_price';
    END IF;
    RETURN NEW;
END
$$"""

_REFRESH_0014 = earlier_function(_0014, "dicel_refresh_invoice_totals(uuid)", fill=_0014._sql)
REFRESH = replaced(
    _REFRESH_0014,
    """    v_tax := round(v_subtotal * public.dicel_vat_rate() / 100, 2);
""",
    f"""    v_tax := round(v_subtotal * public.dicel_vat_rate() / 100, 2);
    -- Migration 0144: said in words before the invoice's numeric(12,2) overflows.
    IF v_subtotal + v_tax > {MOST} THEN
        RAISE EXCEPTION USING ERRCODE = 'DW902',
            MESSAGE = 'refused: an invoice worth more than it can record',
            DETAIL = (SELECT json_build_object('invoice', i.invoice_number,
                                               'amount', v_subtotal + v_tax, 'most', {MOST},
                                               'currency', coalesce(i.currency, 'RWF'))
                        FROM public.invoices i WHERE i.id = p_invoice)::text,
            TABLE = 'invoices', COLUMN = 'total_amount';
    END IF;
""",
)

_ORDER_TOTAL_0013 = or_replace(_0013.ORDER_TOTAL)
ORDER_TOTAL = replaced(
    _ORDER_TOTAL_0013,
    """    LOOP
        -- A statement of its own""",
    f"""    LOOP
        -- Migration 0144: said in words before the order's numeric(12,2) overflows.
        SELECT coalesce(sum(l.total_price), 0) INTO v_total
          FROM public.purchase_order_lines l WHERE l.order_id = v_order;
        IF v_total > {MOST} THEN
            RAISE EXCEPTION USING ERRCODE = 'DW903',
                MESSAGE = 'refused: an order worth more than it can record',
                DETAIL = (SELECT json_build_object('order', o.po_number, 'amount', v_total,
                                                   'most', {MOST}, 'currency', 'RWF')
                            FROM public.purchase_orders o WHERE o.id = v_order)::text,
                TABLE = 'purchase_orders', COLUMN = 'total_amount';
        END IF;
        -- A statement of its own""",
)
ORDER_TOTAL = replaced(
    ORDER_TOTAL,
    """    v_order uuid;
""",
    """    v_order uuid;
    v_total numeric;
""",
)


def upgrade() -> None:
    create_owned_function(LINE_WORTH, LINE_WORTH_SIGNATURE)
    for table in LINE_TABLES:
        # "worth" sorts after the lines' other BEFORE triggers (hold, claim, locked,
        # set_updated_at): who may write the line is asked first.
        execute_sql(
            f"CREATE TRIGGER {table}_worth_fits BEFORE INSERT OR UPDATE OF quantity, unit_price"
            f" ON public.{table} FOR EACH ROW EXECUTE FUNCTION public.{LINE_WORTH_SIGNATURE}"
        )
    execute_sql(REFRESH)
    execute_sql(ORDER_TOTAL)
    op.execute(
        "ALTER TABLE public.invoice_items ALTER COLUMN created_at SET DEFAULT clock_timestamp()"
    )


def downgrade() -> None:
    op.execute(
        "ALTER TABLE public.invoice_items ALTER COLUMN created_at SET DEFAULT CURRENT_TIMESTAMP"
    )
    execute_sql(_ORDER_TOTAL_0013)
    execute_sql(_REFRESH_0014)
    for table in reversed(LINE_TABLES):
        execute_sql(f"DROP TRIGGER {table}_worth_fits ON public.{table}")
    execute_sql(f"DROP FUNCTION public.{LINE_WORTH_SIGNATURE}")
