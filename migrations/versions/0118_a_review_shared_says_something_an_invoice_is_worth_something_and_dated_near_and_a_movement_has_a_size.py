"""A review shared is someone's and says something, an invoice issued is worth something
and dated near its issue, and a movement of stock has a size.

Revision ID: 0118
Revises: 0117
Create Date: 2026-12-06

Found with psql in a review (/work/reports/psql33b.md, F4-F6), as the demo's real logins:

**A review of nobody, or an empty one, was shared** (F4) and then stayed "submitted" for
good: only "the employee it is about" acknowledges it. Share now needs the employee, the
period's start and end (``DW443`` as 0107 makes it, trigger
``performance_reviews_step_needs_<column>``, ``entry_rules.STEP_NEEDS``), and a rating or
some text (``goals_achieved``, ``areas_improvement``, ``next_goals``, ``recommendations``,
blanks aside): ``DW493``, DETAIL ``action``, COLUMN ``overall_rating`` (trigger
``performance_reviews_step_needs_something_said``, function ``dicel_step_needs_one_of``,
``entry_rules.STEP_NEEDS_ONE_OF``). A draft stays free: HR writes it over days. A
superuser is not asked.

**A 0 RWF invoice, and one dated 1900, were issued** (F5): the first went overdue with
nothing to pay, the second was numbered INV-2026-... and overdue at once.
``dicel_issue_invoice`` now refuses a total not above zero (``DW494``, DETAIL ``invoice``,
``amount``, ``currency``; COLUMN ``total_amount``) and an invoice date more than 90 days
before the company's day or more than 31 after it (``DW495``, DETAIL ``invoice``,
``date``, ``earliest``, ``latest``; COLUMN ``invoice_date``;
``entry_rules.INVOICE_DAYS_BEFORE_ISSUE`` and ``..._AFTER_ISSUE``, frozen here). Asked
at issue only: a draft's date is corrected before it goes out, and invoices already sent
stay as they are.

**A movement of any size** (F6): ``dicel_move_stock`` took up to 2^31-1 pieces and
overflowed in bare 22003s (the stock's UPDATE, ``abs()`` of the most negative adjustment,
the movement's ``total_cost`` numeric(12,2)). Now, asked right after who may move stock:
at most 100,000 pieces either way (``DW496``, DETAIL ``quantity``, ``most``; COLUMN
``quantity``; ``states.MOST_MOVED``, frozen here), and a movement worth at most what its
``total_cost`` holds (``DW497``, DETAIL ``item``, ``quantity``, ``amount``, ``currency``;
``states.MOST_MOVED_VALUE``).

The functions are made again from the bodies they had (0014's ``dicel_issue_invoice``,
0090's ``dicel_move_stock``) with ``CREATE OR REPLACE`` (owner and grants kept); the
downgrade gives those back and drops the triggers and their function.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0118"
down_revision: str | None = "0117"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0014 = earlier_revision("0014_finance_flows")
_0090 = earlier_revision(
    "0090_who_counts_leave_is_read_by_one_function_and_an_issues_note_measured"
)
_0107 = earlier_revision(
    "0107_an_enrolment_in_a_programme_a_shift_its_guards_a_case_its_start_and_dates_of_the_calendar"
)

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW493": ("a review shared with no rating and no text", ("action",)),
    "DW494": ("an invoice issued for nothing", ("invoice", "amount", "currency")),
    "DW495": ("an invoice dated far from its issue", ("invoice", "date", "earliest", "latest")),
    "DW496": ("a movement of more pieces than one moves", ("quantity", "most")),
    "DW497": ("a movement worth more than it can record", ("item", "quantity", "amount")),
}

# --------------------------------------------------------------------------- F4

_SHARED = (("submitted", "shared with the employee"),)
#: ``entry_rules.STEP_NEEDS``' entries this revision adds, with their step's words.
NEEDS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("performance_reviews", "employee_id"): _SHARED,
    ("performance_reviews", "review_period_start"): _SHARED,
    ("performance_reviews", "review_period_end"): _SHARED,
}
#: ``entry_rules.STEP_NEEDS_ONE_OF`` at this revision: (table, state, the step's words)
#: -> the columns one of which is filled in.
ONE_OF: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("performance_reviews", "submitted", "shared with the employee"): (
        "overall_rating",
        "goals_achieved",
        "areas_improvement",
        "next_goals",
        "recommendations",
    ),
}
ONE_OF_SIGNATURE = "public.dicel_step_needs_one_of()"
ONE_OF_FUNCTION = f"""
CREATE FUNCTION {ONE_OF_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    -- TG_ARGV: [0] the state, [1] the words of the step into it, then the columns.
    v_column text;
BEGIN
    -- Migration 0118: a record moved into the state says something in one of the
    -- columns (an empty review was shared, and its employee asked to acknowledge a
    -- blank page). A text of blanks says nothing. A superuser is not asked.
    IF public.dicel_current_user_id() IS NULL
       OR NEW.status IS NOT DISTINCT FROM OLD.status
       OR NEW.status IS DISTINCT FROM TG_ARGV[0] THEN
        RETURN NEW;
    END IF;
    FOR i IN 2 .. TG_NARGS - 1 LOOP
        IF nullif(btrim(to_jsonb(NEW) ->> TG_ARGV[i]), '') IS NOT NULL THEN
            RETURN NEW;
        END IF;
    END LOOP;
    RAISE EXCEPTION USING ERRCODE = 'DW493',
        MESSAGE = format('%s %s says nothing: it cannot be %s',
                         TG_TABLE_NAME, NEW.id, TG_ARGV[1]),
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[2],
        DETAIL = json_build_object('action', TG_ARGV[1])::text;
END
$$"""


def _one_of_trigger(table: str, state: str, action: str, columns: tuple[str, ...]) -> str:
    args = ", ".join(f"'{word}'" for word in (state, action, *columns))
    return (
        f"CREATE TRIGGER {table}_step_needs_something_said BEFORE UPDATE OF status ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION {ONE_OF_SIGNATURE[:-2]}({args})"
    )


# --------------------------------------------------------------------------- F5

#: ``entry_rules.INVOICE_DAYS_BEFORE_ISSUE`` and ``INVOICE_DAYS_AFTER_ISSUE``, frozen.
DAYS_BEFORE = 90
DAYS_AFTER = 31
ISSUE_0014 = _0014._sql(
    next(body for name, body in _0014.INVOICES if name == "dicel_issue_invoice(uuid)")
).replace("CREATE FUNCTION ", "CREATE OR REPLACE FUNCTION ", 1)
_ISSUED = """    UPDATE public.invoices i
       SET status = 'sent', subtotal = v_subtotal, tax_amount = v_tax,"""
ISSUE = replaced(
    ISSUE_0014,
    _ISSUED,
    f"""    -- Migration 0118: an invoice is for something (a 0 RWF one went overdue with
    -- nothing to pay) ...
    IF v_subtotal + v_tax <= 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'DW494', MESSAGE = 'invoice for nothing',
            DETAIL = json_build_object('invoice', v_invoice.invoice_number,
                                       'amount', v_subtotal + v_tax,
                                       'currency', v_invoice.currency)::text,
            TABLE = 'invoices', COLUMN = 'total_amount';
    END IF;
    -- ... and dated near the day it goes out, the company's (one dated 1900 was
    -- numbered INV-2026-... and overdue at once).
    IF v_invoice.invoice_date < public.dicel_company_day() - {DAYS_BEFORE}
       OR v_invoice.invoice_date > public.dicel_company_day() + {DAYS_AFTER} THEN
        RAISE EXCEPTION USING ERRCODE = 'DW495', MESSAGE = 'invoice dated far from its issue',
            DETAIL = json_build_object('invoice', v_invoice.invoice_number,
                                       'date', v_invoice.invoice_date,
                                       'earliest', public.dicel_company_day() - {DAYS_BEFORE},
                                       'latest', public.dicel_company_day() + {DAYS_AFTER})::text,
            TABLE = 'invoices', COLUMN = 'invoice_date';
    END IF;
{_ISSUED}""",
)

# --------------------------------------------------------------------------- F6

#: ``states.MOST_MOVED`` and ``MOST_MOVED_VALUE``, frozen.
MOST_MOVED = 100_000
MOST_VALUE = "9999999999.99"
_ASKED_FIRST = """    -- Migration 0085: the reference measured before it is folded."""
MOVE_STOCK = replaced(
    _0090.MOVE_STOCK,
    _ASKED_FIRST,
    f"""    -- Migration 0118: a movement has a size (2^31-1 pieces overflowed in bare words),
    -- read as bigint so that the most negative integer is a number too ...
    IF abs($3::bigint) > {MOST_MOVED} THEN
        RAISE EXCEPTION USING ERRCODE = 'DW496',
            MESSAGE = format('refused: %s pieces in one movement (at most %s)', $3, {MOST_MOVED}),
            DETAIL = json_build_object('quantity', $3, 'most', {MOST_MOVED})::text,
            TABLE = 'inventory_transactions', COLUMN = 'quantity';
    END IF;
    -- ... and is worth what its total_cost, numeric(12,2), holds.
    SELECT i.item_name, i.unit_cost INTO v_item
      FROM public.inventory_items i WHERE i.id = $1;
    IF abs($3::bigint) * v_item.unit_cost > {MOST_VALUE} THEN
        RAISE EXCEPTION USING ERRCODE = 'DW497',
            MESSAGE = 'refused: a movement worth more than it can record',
            DETAIL = json_build_object('item', v_item.item_name, 'quantity', abs($3::bigint),
                                       'amount', abs($3::bigint) * v_item.unit_cost,
                                       'currency', 'RWF')::text,
            TABLE = 'inventory_transactions', COLUMN = 'quantity';
    END IF;
{_ASKED_FIRST}""",
)


def upgrade() -> None:
    for (table, column), states in NEEDS.items():
        execute_sql(_0107._needs_trigger(table, column, states))
    create_owned_function(ONE_OF_FUNCTION, ONE_OF_SIGNATURE)
    for (table, state, action), columns in ONE_OF.items():
        execute_sql(_one_of_trigger(table, state, action, columns))
    # CREATE OR REPLACE keeps each function's owner and grants.
    execute_sql(ISSUE)
    execute_sql(MOVE_STOCK)


def downgrade() -> None:
    execute_sql(_0090.MOVE_STOCK)
    execute_sql(ISSUE_0014)
    for table, _state, _action in ONE_OF:
        execute_sql(f"DROP TRIGGER {table}_step_needs_something_said ON public.{table}")
    execute_sql(f"DROP FUNCTION {ONE_OF_SIGNATURE}")
    for table, column in reversed(NEEDS):
        execute_sql(f"DROP TRIGGER {table}_step_needs_{column} ON public.{table}")
