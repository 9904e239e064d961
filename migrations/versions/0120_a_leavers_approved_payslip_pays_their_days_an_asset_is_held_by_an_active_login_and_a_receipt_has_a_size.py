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

Changed in place on 2026-12-06 (unreleased; code review 34 F1, F3, F4, F5, F10):

* **One lock order with Mark paid…** (F1): the trigger takes the row of each approved
  pay period it touches (``FOR NO KEY UPDATE``) before the payslips, as
  ``dicel_pay_payroll`` locks the period before it sums them. A payment waits for a
  termination taken meanwhile and sums the payslips as cut, or the termination waits
  for the payment and finds them paid: the debit is always the payslips' sum (before,
  the payment summed the full month and then marked the cut payslip paid).
* **A reinstatement gives the days back** (F3): Reinstate… (suspended → active) gives a
  payslip a suspension cut (its last line), still approved and unpaid, the days from
  the reinstatement to the month's end, never above what it paid before the cut; a
  line "Restored on …: reinstated, paid N of the month's D days (basic …, allowances
  …, net … before)." Only the days suspended go unpaid. A cut after such a line counts
  those days as unpaid too.
* **Deductions and net computed here** (F4): at the payslip's own rates
  (``dicel_payroll_deductions``, ``dicel_payslip_rates``), whoever takes the step:
  0115's ``dicel_payslip_amounts`` does nothing for a superuser's session, which left
  net above gross.
* **The payslip's lines are kept** (F5): ``payroll_records_step_lines`` (0074's
  ``dicel_step_lines_stay`` in 0101's exact form): a "Prorated on …" or "Restored on
  …" line typed, changed or removed by hand is DW021; the upgrade counts lines already
  there.
* **One rule for when pay stops** (F10): ``dicel_pay_stops``, ``dicel_payslip_days``,
  ``dicel_payslip_basic`` (``domain.pay_stops``, frozen; a test holds them equal) and
  ``dicel_payslips_cut(employee, action)``, which the trigger applies and the window
  reads. 0116's ``dicel_stop_after_pending_payslip`` asks ``dicel_pay_stops`` too
  (it read ``current_date``; the downgrade gives 0116's back).

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
    or_replace,
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

#: When pay stops and what a payslip pays: ``domain.pay_stops``, frozen here (a test
#: holds them equal: tests/db/test_pay_stops_one_rule.py).
PAY_STOPS_SIGNATURE = "public.dicel_pay_stops(text, date, date, date)"
PAY_STOPS = """
CREATE FUNCTION public.dicel_pay_stops(p_action text, p_today date, p_hire date,
                                       p_termination date) RETURNS date
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0120: the last day a step pays (domain.pay_stops.pay_stops): a
    -- termination up to its date (today, or the earlier day written, never before the
    -- hire date: the step's stamp), a suspension up to the day before.
    SELECT CASE $1
        WHEN 'terminate' THEN greatest($3, least(coalesce($4, $2), $2))
        WHEN 'suspend' THEN $2 - 1
    END
$$"""
PAYSLIP_DAYS_SIGNATURE = "public.dicel_payslip_days(date, date, date, date, date)"
PAYSLIP_DAYS = """
CREATE FUNCTION public.dicel_payslip_days(p_start date, p_end date, p_hire date,
                                          p_first date, p_last date) RETURNS integer
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0120: the days of the month $1..$2 someone hired on $3 was employed from
    -- $4 to $5 (domain.pay_stops.payslip_days).
    SELECT greatest(least($5, $2) - greatest($1, $4, $3) + 1, 0)
$$"""
PAYSLIP_BASIC_SIGNATURE = "public.dicel_payslip_basic(numeric, integer, integer, numeric)"
PAYSLIP_BASIC = """
CREATE FUNCTION public.dicel_payslip_basic(p_salary numeric, p_paid integer,
                                           p_days integer, p_most numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0120: the basic of $2 of the month's $3 days, as the run computes it,
    -- never above $4, what was approved (domain.pay_stops.payslip_basic).
    SELECT least($4, round(coalesce($1, 0) * $2 / $3))
$$"""

#: A line the proration and the reinstatement write into a payslip's notes; their
#: groups: 1 the step's words, 2 the cause of a proration ("suspended", "terminated on
#: …"), 3 the days paid, 4 the month's days, 5-7 basic, allowances and net before.
_LINE_RE = (
    "^(Prorated on [0-9]{4}-[0-9]{2}-[0-9]{2}: (suspended|terminated on [0-9]{4}-[0-9]{2}-[0-9]{2})"
    "|Restored on [0-9]{4}-[0-9]{2}-[0-9]{2}: reinstated), paid ([0-9]+) of the month''s"
    " ([0-9]+) days [(]basic ([0-9,]+), allowances ([0-9,]+), net ([0-9,]+) before[)][.]$"
)
PAYSLIPS_CUT_SIGNATURE = "public.dicel_payslips_cut(uuid, text)"
PAYSLIPS_CUT = f"""
CREATE FUNCTION public.dicel_payslips_cut(p_employee uuid, p_action text)
RETURNS TABLE(payslip uuid, start date, stop date, paid integer, days integer,
              basic numeric, new_basic numeric, allowances numeric,
              new_allowances numeric, currency text)
LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0120: what a step ($2: terminate, suspend, reinstate) does to the
    -- employee's approved, unpaid payslips, as the caller may read them: the trigger
    -- applies it, the window says it before the click. A cut pays the days up to the
    -- day pay stops, less the days of a suspension already ended (a "Restored" line);
    -- a reinstatement gives back the days from today to the month's end to a payslip
    -- a suspension cut (its last line), never above what it paid before the cut.
    WITH s AS (
        SELECT r.id, r.pay_period_start AS start, r.pay_period_end AS stop,
               r.basic_salary AS basic, coalesce(r.allowances, 0) AS allowances,
               coalesce(e.salary_currency, 'RWF') AS currency, e.salary, e.hire_date,
               (r.pay_period_end - r.pay_period_start + 1) AS days,
               public.dicel_pay_stops($2, public.dicel_company_day(), e.hire_date,
                                      e.termination_date) AS paid_to,
               (SELECT m FROM regexp_matches(coalesce(r.notes, ''), '{_LINE_RE}', 'gn')
                      WITH ORDINALITY AS x(m, n) ORDER BY x.n DESC LIMIT 1) AS line
          FROM public.payroll_records r JOIN public.employees e ON e.id = r.employee_id
         WHERE e.id = $1 AND r.status = 'approved'),
    k AS (
        SELECT s.*,
               CASE WHEN $2 = 'reinstate'
                    THEN s.line[3]::integer
                         + public.dicel_payslip_days(s.start, s.stop, s.hire_date,
                                                     public.dicel_company_day(), s.stop)
                    ELSE greatest(public.dicel_payslip_days(s.start, s.stop, s.hire_date,
                                                            s.start, s.paid_to)
                                  - CASE WHEN s.line[1] LIKE 'Restored on %'
                                         THEN public.dicel_payslip_days(
                                                  s.start, s.stop, s.hire_date, s.start, s.stop)
                                              - s.line[3]::integer
                                         ELSE 0 END, 0)
               END AS paid,
               CASE WHEN $2 = 'reinstate' THEN replace(s.line[5], ',', '')::numeric
                    ELSE s.basic END AS most,
               CASE WHEN $2 = 'reinstate' THEN replace(s.line[6], ',', '')::numeric
                    ELSE s.allowances END AS most_allowances
          FROM s
         WHERE CASE WHEN $2 = 'reinstate' THEN s.line[2] = 'suspended'
                    ELSE s.stop > s.paid_to END),
    b AS (
        SELECT k.*, public.dicel_payslip_basic(k.salary, k.paid, k.days, k.most) AS new_basic
          FROM k)
    SELECT b.id, b.start, b.stop, b.paid, b.days, b.basic, b.new_basic, b.allowances,
           -- The allowances in the basic's proportion.
           CASE WHEN b.most > 0 THEN round(b.most_allowances * b.new_basic / b.most)
                ELSE 0 END,
           b.currency
      FROM b
     WHERE CASE WHEN $2 = 'reinstate' THEN b.new_basic > b.basic
                ELSE b.new_basic < b.basic END
     ORDER BY b.start
$$"""

PRORATE_SIGNATURE = "public.dicel_prorate_approved_payslip()"
PRORATE_TRIGGER = "employees_prorate_approved_payslip"
PRORATE_FUNCTION = f"""
CREATE FUNCTION {PRORATE_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
SET "TimeZone" = 'Etc/UTC'
AS $$
DECLARE
    v_action text;
    v_cut record;
    v_detail jsonb;
    v_deductions numeric;
BEGIN
    -- Migration 0120: an approved run cannot be cancelled (a pending one is: DW492), and
    -- its payslip paid a leaver the whole month. The step goes through (someone leaving
    -- or suspended cannot wait for a payroll to be paid); their approved, unpaid payslip
    -- pays the days up to the day their pay stops, as the run counts days, and a
    -- reinstatement gives back the days from its day to the month's end
    -- (dicel_payslips_cut). Deductions and net at the payslip's own rates, computed
    -- here, whoever takes the step (a superuser too). The audit log names who took it.
    v_action := CASE WHEN NEW.status = 'terminated' THEN 'terminate'
                     WHEN NEW.status = 'suspended' THEN 'suspend'
                     WHEN OLD.status = 'suspended' AND NEW.status = 'active' THEN 'reinstate'
                END;
    IF v_action IS NULL THEN
        RETURN NULL;
    END IF;
    -- Mark paid… locks the period, sums its approved payslips and marks them paid: the
    -- period first here too, then the payslips, so a payment waits for this change (and
    -- its sum sees it) or this waits for the payment (and finds the payslips paid).
    PERFORM FROM public.payroll_periods p
     WHERE p.status = 'approved'
       AND EXISTS (SELECT FROM public.payroll_records r
                    WHERE r.employee_id = NEW.id AND r.status = 'approved'
                      AND r.pay_period_start = p.period_start
                      AND r.pay_period_end = p.period_end)
     ORDER BY p.period_start
       FOR NO KEY UPDATE;
    PERFORM FROM public.payroll_records r
     WHERE r.employee_id = NEW.id AND r.status = 'approved'
     ORDER BY r.pay_period_start
       FOR UPDATE;
    FOR v_cut IN SELECT * FROM public.dicel_payslips_cut(NEW.id, v_action) LOOP
        SELECT public.dicel_payroll_deductions(
                   v_cut.new_basic + v_cut.new_allowances,
                   coalesce(public.dicel_payslip_rates(r.deductions_detail),
                            public.dicel_payroll_rates()))
          INTO v_detail
          FROM public.payroll_records r WHERE r.id = v_cut.payslip;
        v_deductions := (SELECT coalesce(sum((d.value ->> 'amount')::numeric), 0)
                           FROM jsonb_array_elements(v_detail) d);
        UPDATE public.payroll_records r
           SET basic_salary = v_cut.new_basic,
               allowances = v_cut.new_allowances,
               deductions_detail = v_detail,
               deductions = v_deductions,
               net_salary = v_cut.new_basic + v_cut.new_allowances - v_deductions,
               notes = concat_ws(E'\\n', nullif(r.notes, ''),
                   format('%s on %s: %s, paid %s of the month''s %s days (basic %s,'
                          ' allowances %s, net %s before).',
                          CASE v_action WHEN 'reinstate' THEN 'Restored' ELSE 'Prorated' END,
                          to_char(public.dicel_company_day(), 'YYYY-MM-DD'),
                          CASE v_action
                              WHEN 'terminate'
                              THEN 'terminated on ' || to_char(NEW.termination_date, 'YYYY-MM-DD')
                              WHEN 'suspend' THEN 'suspended'
                              ELSE 'reinstated' END,
                          v_cut.paid, v_cut.days, to_char(r.basic_salary, 'FM999,999,999,990'),
                          to_char(coalesce(r.allowances, 0), 'FM999,999,999,990'),
                          to_char(r.net_salary, 'FM999,999,999,990')))
         WHERE r.id = v_cut.payslip AND r.status = 'approved';
    END LOOP;
    RETURN NULL;
END
$$"""
PRORATE_TRIGGER_SQL = (
    f"CREATE TRIGGER {PRORATE_TRIGGER} AFTER UPDATE OF status ON public.employees FOR EACH ROW"
    " WHEN (OLD.status IS DISTINCT FROM NEW.status"
    " AND (NEW.status IN ('terminated', 'suspended')"
    " OR (OLD.status = 'suspended' AND NEW.status = 'active')))"
    f" EXECUTE FUNCTION {PRORATE_SIGNATURE}"
)

#: 0116's refusal of a step a pending payslip pays past (DW492), asking the day pay
#: stops of the one rule above.
_0116 = earlier_revision(
    "0116_a_number_reads_one_way_a_leaver_is_paid_as_run_and_an_assignee_may_work_it"
)
_STOP_PAID_TO = """    v_paid_to := CASE NEW.status WHEN 'terminated' THEN NEW.termination_date
                                 ELSE current_date - 1 END;"""
STOP_FUNCTION = replaced(
    or_replace(_0116.STOP_FUNCTION),
    _STOP_PAID_TO,
    """    -- Migration 0120: the day pay stops, one rule with the proration (dicel_pay_stops).
    v_paid_to := public.dicel_pay_stops(
        CASE NEW.status WHEN 'terminated' THEN 'terminate' ELSE 'suspend' END,
        public.dicel_company_day(), NEW.hire_date, NEW.termination_date);""",
)

#: A payslip's step lines (payroll_records.notes): the proration's and the
#: reinstatement's, exactly as written (0101's form for a text that is not a reason).
PAYSLIP_LINES_OPENING = "(prorated|restored) on "
PAYSLIP_LINES_PATTERN = "(prorated|restored) on [0-9]{4}-[0-9]{2}-[0-9]{2}: "
_0101 = earlier_revision(
    "0101_a_complaint_answered_or_resolved_and_a_case_recovered_say_what_and_when"
)
PAYSLIP_LINES_TRIGGER = _0101._trigger(
    "payroll_records", "notes", PAYSLIP_LINES_PATTERN, PAYSLIP_LINES_OPENING
)
PAYSLIP_LINES_TYPED = f"""
SELECT count(*) FROM public.payroll_records r
 WHERE cardinality(public.dicel_step_lines(r.notes, '^[^a-z0-9]*({PAYSLIP_LINES_OPENING})',
                                          '^[^a-z0-9]*({PAYSLIP_LINES_PATTERN})')) > 0"""

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
    create_owned_function(PAY_STOPS, PAY_STOPS_SIGNATURE)
    create_owned_function(PAYSLIP_DAYS, PAYSLIP_DAYS_SIGNATURE)
    create_owned_function(PAYSLIP_BASIC, PAYSLIP_BASIC_SIGNATURE)
    create_owned_function(PAYSLIPS_CUT, PAYSLIPS_CUT_SIGNATURE)
    create_owned_function(PRORATE_FUNCTION, PRORATE_SIGNATURE)
    execute_sql(PRORATE_TRIGGER_SQL)
    # CREATE OR REPLACE keeps the function's owner.
    execute_sql(STOP_FUNCTION)
    typed = execute_sql(PAYSLIP_LINES_TYPED).fetchone()[0]
    if typed:
        log.warning(
            "%d payslip(s) have a line shaped as a proration's in their notes; they stay,"
            " and are kept as they are from now on",
            typed,
        )
    execute_sql(PAYSLIP_LINES_TRIGGER)

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
    # IF EXISTS: a database upgraded to 0120 before it was changed in place has neither
    # the payslip's step lines nor these functions.
    execute_sql("DROP TRIGGER IF EXISTS payroll_records_step_lines ON public.payroll_records")
    execute_sql(or_replace(_0116.STOP_FUNCTION))
    execute_sql(f"DROP TRIGGER {PRORATE_TRIGGER} ON public.employees")
    execute_sql(f"DROP FUNCTION {PRORATE_SIGNATURE}")
    for signature in (
        PAYSLIPS_CUT_SIGNATURE,
        PAYSLIP_BASIC_SIGNATURE,
        PAYSLIP_DAYS_SIGNATURE,
        PAY_STOPS_SIGNATURE,
    ):
        execute_sql(f"DROP FUNCTION IF EXISTS {signature}")
