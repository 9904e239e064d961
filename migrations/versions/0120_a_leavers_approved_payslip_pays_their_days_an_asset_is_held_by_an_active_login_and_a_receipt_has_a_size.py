"""A leaver's approved payslip pays the days they worked, an asset is given to an active
login, and a receipt of an order has a size.

Revision ID: 0120
Revises: 0119
Create Date: 2026-12-06

Left by earlier stops (/work/reports/psql33b.md F2 and F6, 0116 and 0118's notes):

**A leaver's approved payslip** (F2's rest). 0116 refuses a termination or a suspension
while a *pending* payslip pays the person past the day their pay stops (DW492): the run
is cancelled and made again. An *approved* run cannot be cancelled, and its payslip
still paid the full month. The step is not refused (someone leaving, or suspended for
cause, cannot wait for a payroll to be paid): the approved, unpaid payslip is cut to the
days up to that day, in the same proportion for its basic and its allowances, its
deductions and net computed again at its own rates (``dicel_payslip_amounts``, 0115),
and a line in its notes says so; the audit log names who took the step (trigger
``employees_prorate_approved_payslip``, function ``dicel_prorate_approved_payslip``).
Mark paid… pays the period's payslips as they are then.

**An asset's holder is an active login** (``DW499``, DETAIL ``name``; COLUMN
``assigned_to``; trigger ``it_assets_held_by_an_active_login``, function
``dicel_held_by_an_active_login``): a new asset, or one given to someone else, is not
given to a deactivated login. Asked of a new or changed holder only: a deactivation is
never refused for what the person still holds (they lose access at once); the assets a
deactivated login still holds are the IT list's to show. A superuser is not asked; the
upgrade counts the assets a deactivated login holds.

**A receipt has a size** (F6's rest): ``dicel_receive_purchase_order`` took nine digits a
line while a movement moves at most ``states.MOST_MOVED`` pieces (0118). A quantity
received is a whole number from 0 up (``DW228``, any number of digits now), and at most
100,000 of a line in one receipt (``DW498``, DETAIL ``quantity``, ``most``, ``line``;
COLUMN ``quantity_received``), asked before anything is received. The function is made
again from 0092's body with ``CREATE OR REPLACE`` (owner and grants kept); the downgrade
gives that back and drops the triggers and their functions.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0120"
down_revision: str | None = "0119"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

_0092 = earlier_revision(
    "0092_payments_after_their_invoice_whole_receipts_a_year_of_leave_and_suppliers_as_approved"
)

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW228": ("a quantity received that is not whole", ("quantity", "line")),
    "DW498": (
        "more of a line in one receipt than one movement moves",
        ("quantity", "most", "line"),
    ),
    "DW499": ("an asset given to a deactivated login", ("name",)),
}

# --------------------------------------------------------------------------- payslip

PRORATE_SIGNATURE = "public.dicel_prorate_approved_payslip()"
PRORATE_TRIGGER = "employees_prorate_approved_payslip"
PRORATE_FUNCTION = f"""
CREATE FUNCTION {PRORATE_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
SET "TimeZone" = 'Etc/UTC'
AS $$
DECLARE
    v_paid_to date;
    v_slip record;
    v_days integer;
    v_kept integer;
    v_basic numeric;
BEGIN
    -- Migration 0120: an approved run cannot be cancelled (a pending one is: DW492), and
    -- its payslip paid a leaver the whole month. The step goes through (someone leaving
    -- or suspended cannot wait for a payroll to be paid); their approved, unpaid payslip
    -- pays the days up to the day their pay stops, as the run counts days: up to the
    -- termination date, nothing from the day of a suspension. Basic and allowances by
    -- the same proportion; deductions and net follow at the payslip's own rates
    -- (dicel_payslip_amounts). The audit log names who took the step.
    v_paid_to := CASE NEW.status WHEN 'terminated' THEN NEW.termination_date
                                 ELSE public.dicel_company_day() - 1 END;
    FOR v_slip IN
        SELECT r.id, r.pay_period_start, r.pay_period_end, r.basic_salary, r.allowances,
               r.net_salary
          FROM public.payroll_records r
         WHERE r.employee_id = NEW.id AND r.status = 'approved'
           AND r.pay_period_end > v_paid_to
         ORDER BY r.pay_period_start
           FOR UPDATE
    LOOP
        -- As the run computes basic (salary x days employed / days in the month), up to
        -- then; never above what was approved (a raise since is the next month's).
        v_days := v_slip.pay_period_end - v_slip.pay_period_start + 1;
        v_kept := greatest(least(v_paid_to, v_slip.pay_period_end)
                           - greatest(v_slip.pay_period_start,
                                      coalesce(NEW.hire_date, v_slip.pay_period_start)) + 1, 0);
        v_basic := least(v_slip.basic_salary, round(coalesce(NEW.salary, 0) * v_kept / v_days));
        CONTINUE WHEN v_basic >= v_slip.basic_salary;
        UPDATE public.payroll_records r
           SET basic_salary = v_basic,
               -- The allowances by the same proportion as basic.
               allowances = CASE WHEN v_slip.basic_salary > 0
                                 THEN round(coalesce(v_slip.allowances, 0) * v_basic
                                            / v_slip.basic_salary)
                                 ELSE 0 END,
               notes = concat_ws(E'\\n', nullif(r.notes, ''),
                   format('Prorated on %s: %s, paid %s of the month''s %s days (basic %s,'
                          ' allowances %s, net %s before).',
                          to_char(public.dicel_company_day(), 'YYYY-MM-DD'),
                          CASE NEW.status
                              WHEN 'terminated'
                              THEN 'terminated on ' || to_char(NEW.termination_date, 'YYYY-MM-DD')
                              ELSE 'suspended' END,
                          v_kept, v_days, to_char(v_slip.basic_salary, 'FM999,999,999,990'),
                          to_char(coalesce(v_slip.allowances, 0), 'FM999,999,999,990'),
                          to_char(v_slip.net_salary, 'FM999,999,999,990')))
         WHERE r.id = v_slip.id;
    END LOOP;
    RETURN NULL;
END
$$"""
PRORATE_TRIGGER_SQL = (
    f"CREATE TRIGGER {PRORATE_TRIGGER} AFTER UPDATE OF status ON public.employees FOR EACH ROW"
    " WHEN (OLD.status IS DISTINCT FROM NEW.status"
    " AND NEW.status IN ('terminated', 'suspended'))"
    f" EXECUTE FUNCTION {PRORATE_SIGNATURE}"
)

# --------------------------------------------------------------------------- asset holder

HOLDER_SIGNATURE = "public.dicel_held_by_an_active_login()"
HOLDER_TRIGGER = "it_assets_held_by_an_active_login"
HOLDER_FUNCTION = f"""
CREATE FUNCTION {HOLDER_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_name text;
BEGIN
    -- Migration 0120: an asset is given to someone who still works here. A deactivated
    -- login keeps what it held (a deactivation is never refused for it: the IT list
    -- shows it), but is given nothing new. A superuser is not asked.
    IF public.dicel_current_user_id() IS NULL OR NEW.assigned_to IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.assigned_to IS NOT DISTINCT FROM OLD.assigned_to) THEN
        RETURN NEW;
    END IF;
    SELECT coalesce(nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email)
      INTO v_name
      FROM public.users u WHERE u.id = NEW.assigned_to AND NOT coalesce(u.is_active, true);
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW499',
            MESSAGE = format('user %s is deactivated: nothing is given to them', NEW.assigned_to),
            DETAIL = json_build_object('name', v_name)::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'assigned_to';
    END IF;
    RETURN NEW;
END
$$"""
HOLDER_TRIGGER_SQL = (
    f"CREATE TRIGGER {HOLDER_TRIGGER} BEFORE INSERT OR UPDATE OF assigned_to ON public.it_assets"
    f" FOR EACH ROW EXECUTE FUNCTION {HOLDER_SIGNATURE}"
)
HELD_BY_INACTIVE = """
SELECT count(*) FROM public.it_assets a JOIN public.users u ON u.id = a.assigned_to
 WHERE NOT coalesce(u.is_active, true) AND a.status NOT IN ('retired', 'lost', 'disposed')"""

# --------------------------------------------------------------------------- receipt

#: ``states.MOST_MOVED``, frozen (as 0118 froze it for a movement by hand).
MOST_RECEIVED = 100_000
_WHOLE_0092 = "coalesce(e ->> 'quantity', '') !~ '^\\s*[0-9]{1,9}\\s*$'"
_BEFORE_LOOP = _0092._BEFORE_LOOP
RECEIVE = replaced(
    replaced(_0092.RECEIVE, _WHOLE_0092, "coalesce(e ->> 'quantity', '') !~ '^\\s*[0-9]+\\s*$'"),
    _BEFORE_LOOP,
    f"""    -- Migration 0120: and one receipt takes at most what one movement moves of a
    -- line (states.MOST_MOVED; nine digits of any item overflowed total_cost).
    SELECT btrim(e ->> 'quantity')::numeric AS given,
           (SELECT coalesce(l.description, i.item_name) FROM public.purchase_order_lines l
              LEFT JOIN public.inventory_items i ON i.id = l.item_id
             WHERE l.order_id = v_order AND l.id::text = e ->> 'line_id') AS name
      INTO v_line
      FROM jsonb_array_elements(v_lines) AS e
     WHERE btrim(e ->> 'quantity')::numeric > {MOST_RECEIVED}
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW498',
            MESSAGE = format('refused: %s of a line in one receipt (at most %s)',
                             v_line.given, {MOST_RECEIVED}),
            DETAIL = json_build_object('quantity', v_line.given, 'most', {MOST_RECEIVED},
                                       'line', v_line.name)::text,
            TABLE = 'purchase_order_lines', COLUMN = 'quantity_received';
    END IF;
{_BEFORE_LOOP}""",
)


def upgrade() -> None:
    create_owned_function(PRORATE_FUNCTION, PRORATE_SIGNATURE)
    execute_sql(PRORATE_TRIGGER_SQL)

    held = execute_sql(HELD_BY_INACTIVE).fetchone()[0]
    if held:
        log.warning(
            "%d IT asset(s) in use are held by a deactivated login; they stay, shown as such"
            " in the IT assets list, and a new holder is an active login",
            held,
        )
    create_owned_function(HOLDER_FUNCTION, HOLDER_SIGNATURE)
    execute_sql(HOLDER_TRIGGER_SQL)

    # CREATE OR REPLACE keeps the function's owner and grants.
    execute_sql(RECEIVE)


def downgrade() -> None:
    execute_sql(_0092.RECEIVE)
    execute_sql(f"DROP TRIGGER {HOLDER_TRIGGER} ON public.it_assets")
    execute_sql(f"DROP FUNCTION {HOLDER_SIGNATURE}")
    execute_sql(f"DROP TRIGGER {PRORATE_TRIGGER} ON public.employees")
    execute_sql(f"DROP FUNCTION {PRORATE_SIGNATURE}")
