"""Expenses, invoices and payroll move on through functions of the database.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27

Every step is a SECURITY DEFINER function owned by dicel_owner (``search_path =
pg_catalog, public, pg_temp``), EXECUTE granted by name (``FUNCTION_EXECUTE``). It checks
the caller's right on ``session_user``, takes the step in one conditional UPDATE (or
under a row lock) with its side effects, in the caller's transaction, and refuses with a
SQLSTATE whose DETAIL is a JSON object of data (DW001-DW004 as every workflow; DW301-DW399
for these rules: see ``services/db_errors.py``).

**Expenses.** ``dicel_decide_expense(expense_id, approve, note)``: a finance login other
than the expense's creator, exactly once (DW001 names who decided and when). An approval
adds the amount to the ``spent_amount`` of the department's *active* budget line for the
expense's category and the year of its date (the oldest such line, should there be two),
in the same transaction; without one the approval is refused (DW301 no line, DW302 a line
that is draft, frozen or closed, DW304 no department, DW303 an expense not in RWF, the
currency of budgets), so every approved expense is carried by exactly one budget line and
``spent_amount`` stays the sum of them. Overspending is not refused: the decision dialog
warns first (``dicel_expense_budget``). ``decision_note`` keeps the decider's note.
``dicel_expenses_to_decide(only_id uuid DEFAULT NULL)`` lists the pending expenses the caller
may decide now (only that one, when given).

**Invoices.** ``subtotal``, ``tax_amount`` and ``total_amount`` are the database's: the
lines' totals, VAT at the setting ``tax.vat_rate_percent`` (18 when absent), recomputed
by triggers on ``invoice_items`` (``invoice_items_hold_invoice`` takes the invoice's row
lock first, so two clerks' lines of one invoice are added one after the other and the
totals count both) and again at issue. ``dicel_issue_invoice``: draft -> sent, with a
client and at least one line. ``dicel_record_invoice_payment``: a posted credit on the
receiving account (same currency), whose reference is the invoice number, never more
than what is outstanding; the invoice becomes paid or partially paid. An invoice's
payments are exactly those credits: no one files a transaction referencing an invoice
number by hand (DW314). ``dicel_mark_overdue_invoices`` moves sent invoices past their
due date, nothing received, to ``overdue`` (a partly paid one stays partially paid: its
due date says it is late): a state, so the list filters on it and the history says from
when; the client runs it as a finance list of invoices opens, and IT may schedule it as
the database superuser.

**Accounts.** ``financial_accounts.balance`` is the sum of the account's posted credits
minus its posted debits, kept by a trigger on ``transactions`` for every DICEL login's
insert, change or delete (a superuser loading data keeps what it gives, as everywhere).
A transaction is a credit or a debit (DW313) in its account's currency (DW311).

**Payroll.** ``payroll_periods``: one run per calendar month (an exclusion constraint:
periods never overlap, a cancelled one may run again). ``dicel_run_payroll`` (HR or
finance) makes a pending payslip for everyone employed in the month (active or on leave,
or terminated within it; not suspended): basic = salary x days employed / days in the
month, allowances = ``payroll.allowance_rate_percent`` of basic; deductions and net are
computed by a trigger from the gross with Rwanda's rules (PAYE bands
``payroll.paye_bands``, RSSB pension ``payroll.pension_rate_percent``, maternity
``payroll.maternity_rate_percent``, CBHI ``payroll.cbhi_rate_percent`` of the net after
those; defaults when absent: 0/10/20/30 % over 60,000/100,000/200,000, 6 %, 0.3 %,
0.5 %), itemised in ``deductions_detail``. HR reviews by adjusting a pending payslip's
allowances (the deductions and net follow). ``dicel_approve_payroll`` (HR or finance,
not the one who ran it), ``dicel_cancel_payroll`` (while pending), ``dicel_pay_payroll``
(finance: one debit of the total net on an RWF account that holds it, the payslips paid).
``dicel_payslip`` gives a payslip as its reader may see it, with the company's name.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from dicel_desktop.db.migrate import DEFINER, SEARCH_PATH, create_owned_function, execute_sql
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: A DICEL login is at work (not a superuser loading or repairing data, which keeps the
#: values it gives, as with migration 0007's provenance).
_DICEL_SESSION = "EXISTS (SELECT FROM public.users u WHERE u.email = session_user)"


def _sql(body: str) -> str:
    return body.replace("@PATH@", SEARCH_PATH).replace("@DEFINER@", DEFINER)


# --------------------------------------------------------------------------- helpers

HELPERS: list[tuple[str, str]] = [
    (
        "dicel_setting_number(text, numeric)",
        r"""
CREATE FUNCTION public.dicel_setting_number(p_key text, p_fallback numeric)
RETURNS numeric LANGUAGE sql STABLE @PATH@
AS $$
    -- A value that is not a plain number counts as absent.
    SELECT coalesce(
        (SELECT s.setting_value::numeric FROM public.system_settings s
          WHERE s.setting_key = p_key
            AND s.setting_value ~ '^\s*-?[0-9]+(\.[0-9]+)?\s*$'),
        p_fallback)
$$""",
    ),
    (
        "dicel_setting_array(text, jsonb)",
        r"""
CREATE FUNCTION public.dicel_setting_array(p_key text, p_fallback jsonb)
RETURNS jsonb LANGUAGE sql STABLE @PATH@
AS $$
    -- JSON settings are valid JSON (a CHECK); one that is not an array counts as absent.
    SELECT coalesce(
        (SELECT s.setting_value::jsonb FROM public.system_settings s
          WHERE s.setting_key = p_key AND s.setting_type = 'json'
            AND jsonb_typeof(s.setting_value::jsonb) = 'array'),
        p_fallback)
$$""",
    ),
    (
        "dicel_setting_text(text)",
        r"""
CREATE FUNCTION public.dicel_setting_text(p_key text)
RETURNS text LANGUAGE sql STABLE @PATH@
AS $$
    SELECT s.setting_value FROM public.system_settings s WHERE s.setting_key = p_key
$$""",
    ),
    (
        "dicel_company_name()",
        r"""
CREATE FUNCTION public.dicel_company_name()
RETURNS text LANGUAGE sql STABLE @DEFINER@
AS $$
    -- What every printed page and payslip carries; the settings table is admin's alone.
    SELECT public.dicel_setting_text('company.name')
$$""",
    ),
    (
        "dicel_person_name(uuid)",
        r"""
CREATE FUNCTION public.dicel_person_name(p_user uuid)
RETURNS text LANGUAGE sql STABLE @PATH@
AS $$
    SELECT nullif(concat_ws(' ', u.first_name, u.last_name), '')
      FROM public.users u WHERE u.id = p_user
$$""",
    ),
    (
        "dicel_vat_rate()",
        r"""
CREATE FUNCTION public.dicel_vat_rate()
RETURNS numeric LANGUAGE sql STABLE @PATH@
AS $$
    SELECT public.dicel_setting_number('tax.vat_rate_percent', 18)
$$""",
    ),
]

# --------------------------------------------------------------------------- expenses

EXPENSES: list[tuple[str, str]] = [
    (
        "dicel_cancel_expense(uuid, text)",
        r"""
CREATE FUNCTION public.dicel_cancel_expense(expense_id uuid, note text)
RETURNS void LANGUAGE plpgsql @DEFINER@
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := expense_id;
    v_note text := nullif(btrim(note), '');
    v_expense public.expenses%ROWTYPE;
BEGIN
    -- Those who file expenses withdraw one filed by mistake, before anyone decides it.
    IF public.dicel_current_user_id() IS NULL
       OR NOT (public.dicel_has_role('finance') OR public.dicel_has_role('admin')) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only finance withdraws expenses',
            DETAIL = json_build_object('deciders', 'finance, admin')::text;
    END IF;
    UPDATE public.expenses x SET status = 'cancelled', decision_note = v_note
     WHERE x.id = v_id AND x.status = 'pending';
    IF FOUND THEN
        RETURN;
    END IF;
    SELECT * INTO v_expense FROM public.expenses x WHERE x.id = v_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW399', MESSAGE = 'no such expense',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    IF v_expense.approved_by IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW001', MESSAGE = 'expense already decided',
            DETAIL = json_build_object('state', v_expense.status,
                'who', public.dicel_person_name(v_expense.approved_by),
                'when', v_expense.approved_date)::text;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'expense not pending',
        DETAIL = json_build_object('state', v_expense.status, 'action', 'withdrawn')::text;
END
$$""",
    ),
    (
        "dicel_decide_expense(uuid, boolean, text)",
        r"""
CREATE FUNCTION public.dicel_decide_expense(expense_id uuid, approve boolean, note text)
RETURNS void LANGUAGE plpgsql @DEFINER@
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := expense_id;
    v_approve boolean := coalesce(approve, false);
    v_note text := nullif(btrim(note), '');
    v_me uuid := public.dicel_current_user_id();
    v_expense public.expenses%ROWTYPE;
    v_budget uuid;
    v_line record;
    v_year integer;
BEGIN
    IF v_me IS NULL OR NOT public.dicel_has_role('finance') THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only finance decides expenses',
            DETAIL = json_build_object('deciders', 'finance')::text;
    END IF;
    SELECT * INTO v_expense FROM public.expenses x WHERE x.id = v_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW399', MESSAGE = 'no such expense',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    IF v_expense.created_by = v_me THEN
        RAISE EXCEPTION USING ERRCODE = 'DW003', MESSAGE = 'an expense of one''s own',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;

    -- The one decision: whoever's UPDATE comes second finds it no longer pending.
    UPDATE public.expenses x
       SET status = CASE WHEN v_approve THEN 'approved' ELSE 'rejected' END,
           approved_by = v_me, approved_date = now(), decision_note = v_note
     WHERE x.id = v_id AND x.status = 'pending'
    RETURNING * INTO v_expense;
    IF NOT FOUND THEN
        SELECT * INTO v_expense FROM public.expenses x WHERE x.id = v_id;
        IF v_expense.approved_by IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'DW001', MESSAGE = 'expense already decided',
                DETAIL = json_build_object(
                    -- A paid expense was approved first, by the person named.
                    'state', CASE WHEN v_expense.status = 'paid' THEN 'approved'
                                  ELSE v_expense.status END,
                    'who', public.dicel_person_name(v_expense.approved_by),
                    'when', v_expense.approved_date)::text;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'expense not pending',
            DETAIL = json_build_object(
                'state', v_expense.status,
                'action', CASE WHEN v_approve THEN 'approved' ELSE 'rejected' END)::text;
    END IF;
    IF NOT v_approve THEN
        RETURN;
    END IF;

    -- An approved expense is carried by its department's budget line: spent moves here,
    -- in the same transaction, or the approval does not happen.
    IF v_expense.currency IS DISTINCT FROM 'RWF' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW303', MESSAGE = 'budgets are kept in RWF',
            DETAIL = json_build_object('currency', v_expense.currency)::text;
    END IF;
    IF v_expense.department_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW304', MESSAGE = 'expense without department',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    v_year := extract(year FROM v_expense.expense_date)::integer;
    UPDATE public.budgets b SET spent_amount = coalesce(b.spent_amount, 0) + v_expense.amount
     WHERE b.id = (SELECT l.id FROM public.budgets l
                    WHERE l.department_id = v_expense.department_id
                      AND l.budget_category = v_expense.expense_category
                      AND l.fiscal_year = v_year AND l.status = 'active'
                    ORDER BY l.created_at, l.id LIMIT 1)
    RETURNING b.id INTO v_budget;
    IF v_budget IS NULL THEN
        SELECT l.status, d.name AS department INTO v_line
          FROM public.departments d
          LEFT JOIN public.budgets l ON l.department_id = d.id
               AND l.budget_category = v_expense.expense_category AND l.fiscal_year = v_year
         WHERE d.id = v_expense.department_id
         ORDER BY l.created_at, l.id LIMIT 1;
        RAISE EXCEPTION USING
            ERRCODE = CASE WHEN v_line.status IS NULL THEN 'DW301' ELSE 'DW302' END,
            MESSAGE = 'no active budget line carries this expense',
            DETAIL = json_build_object(
                'department', v_line.department, 'category', v_expense.expense_category,
                'year', v_year, 'state', v_line.status)::text;
    END IF;
END
$$""",
    ),
    (
        "dicel_expense_budget(uuid)",
        r"""
CREATE FUNCTION public.dicel_expense_budget(expense_id uuid)
RETURNS TABLE (budget_id uuid, department text, category text, fiscal_year integer,
               budget_status text, allocated numeric, spent numeric, remaining numeric,
               amount numeric, currency text, remaining_after numeric, overspends boolean)
LANGUAGE sql STABLE @PATH@
AS $$
    -- Under the caller's own rights (not SECURITY DEFINER): finance reads both tables.
    -- The line an approval would charge (the oldest active one), else any other line
    -- of that department, category and year, so the dialog can say why it would not.
    SELECT b.id, d.name, x.expense_category, extract(year FROM x.expense_date)::integer,
           b.status, b.allocated_amount, b.spent_amount, b.remaining_amount, x.amount,
           x.currency, b.remaining_amount - x.amount, b.remaining_amount - x.amount < 0
      FROM public.expenses x
      LEFT JOIN public.departments d ON d.id = x.department_id
      LEFT JOIN LATERAL (
          SELECT l.id, l.status, l.allocated_amount, l.spent_amount, l.remaining_amount
            FROM public.budgets l
           WHERE l.department_id = x.department_id
             AND l.budget_category = x.expense_category
             AND l.fiscal_year = extract(year FROM x.expense_date)
           ORDER BY l.status = 'active' DESC, l.created_at, l.id LIMIT 1) b ON true
     WHERE x.id = dicel_expense_budget.expense_id
$$""",
    ),
    (
        "dicel_expenses_to_decide(uuid)",
        r"""
CREATE FUNCTION public.dicel_expenses_to_decide(only_id uuid DEFAULT NULL)
RETURNS TABLE (id uuid, title text, detail text, amount numeric, currency text,
               submitted_at timestamptz, submitted_by text)
LANGUAGE plpgsql STABLE @DEFINER@
AS $$
#variable_conflict use_column
BEGIN
    -- plpgsql, not sql: its plans are kept for the session (the inbox reads at every
    -- change); only_id's value picks the plan (an index look-up when given).
    RETURN QUERY
    -- What the approvals inbox lists: pending expenses a finance login may decide now,
    -- never its own; nothing for anyone else.
    SELECT x.id, x.expense_number || ' — ' || x.expense_category,
           nullif(concat_ws(' · ', d.name, nullif(btrim(x.vendor), '')), ''),
           x.amount, x.currency::text, x.created_at, public.dicel_person_name(x.created_by)
      FROM public.expenses x
      LEFT JOIN public.departments d ON d.id = x.department_id
     WHERE x.status = 'pending' AND (only_id IS NULL OR x.id = only_id)
       AND (SELECT public.dicel_has_role('finance'))
       AND (SELECT public.dicel_current_user_id()) IS NOT NULL
       AND x.created_by IS DISTINCT FROM (SELECT public.dicel_current_user_id())
     ORDER BY x.created_at, x.id;
END
$$""",
    ),
]

# --------------------------------------------------------------------------- accounts

ACCOUNTS: list[tuple[str, str]] = [
    (
        "dicel_check_transaction()",
        rf"""
CREATE FUNCTION public.dicel_check_transaction() RETURNS trigger
LANGUAGE plpgsql @PATH@
AS $$
DECLARE
    v_account record;
BEGIN
    -- Not SECURITY DEFINER: current_user tells a workflow function (dicel_owner) from a
    -- clerk; both read accounts and invoices.
    IF NOT {_DICEL_SESSION} THEN
        RETURN NEW;
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.transaction_type IS DISTINCT FROM OLD.transaction_type)
       AND NEW.transaction_type NOT IN ('credit', 'debit') THEN
        RAISE EXCEPTION USING ERRCODE = 'DW313', MESSAGE = 'a transaction is a credit or a debit',
            DETAIL = json_build_object('type', NEW.transaction_type)::text,
            TABLE = TG_TABLE_NAME, COLUMN = 'transaction_type';
    END IF;
    IF NEW.account_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.account_id IS DISTINCT FROM OLD.account_id
            OR NEW.currency IS DISTINCT FROM OLD.currency) THEN
        SELECT a.account_name, a.currency INTO v_account
          FROM public.financial_accounts a WHERE a.id = NEW.account_id;
        IF FOUND AND v_account.currency IS DISTINCT FROM NEW.currency THEN
            RAISE EXCEPTION USING ERRCODE = 'DW311',
                MESSAGE = 'a transaction is in its account''s currency',
                DETAIL = json_build_object('account', v_account.account_name,
                    'account_currency', v_account.currency, 'currency', NEW.currency)::text,
                TABLE = TG_TABLE_NAME, COLUMN = 'currency';
        END IF;
    END IF;
    -- An invoice's payments are the credits referencing its number: they are recorded
    -- with dicel_record_invoice_payment, which moves the invoice on with them.
    IF current_user <> '{OWNER_ROLE}' AND NEW.reference_number IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.reference_number IS DISTINCT FROM OLD.reference_number)
       AND EXISTS (SELECT FROM public.invoices i WHERE i.invoice_number = NEW.reference_number)
    THEN
        RAISE EXCEPTION USING ERRCODE = 'DW314',
            MESSAGE = 'invoice payments are recorded on the invoice',
            DETAIL = json_build_object('invoice', NEW.reference_number)::text,
            TABLE = TG_TABLE_NAME, COLUMN = 'reference_number';
    END IF;
    RETURN NEW;
END
$$""",
    ),
    (
        "dicel_keep_account_balance()",
        rf"""
CREATE FUNCTION public.dicel_keep_account_balance() RETURNS trigger
LANGUAGE plpgsql @DEFINER@
AS $$
BEGIN
    -- balance = posted credits - posted debits; pending, void and reversed entries do
    -- not count. Each change moves the balance by its difference, under the account's
    -- row lock, so concurrent postings all count.
    IF NOT {_DICEL_SESSION} THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.status = 'posted' AND OLD.account_id IS NOT NULL THEN
        UPDATE public.financial_accounts a
           SET balance = coalesce(a.balance, 0)
               - CASE OLD.transaction_type WHEN 'credit' THEN OLD.amount
                                           WHEN 'debit' THEN -OLD.amount ELSE 0 END
         WHERE a.id = OLD.account_id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status = 'posted' AND NEW.account_id IS NOT NULL THEN
        UPDATE public.financial_accounts a
           SET balance = coalesce(a.balance, 0)
               + CASE NEW.transaction_type WHEN 'credit' THEN NEW.amount
                                           WHEN 'debit' THEN -NEW.amount ELSE 0 END
         WHERE a.id = NEW.account_id;
    END IF;
    RETURN NULL;
END
$$""",
    ),
]

# --------------------------------------------------------------------------- invoices

INVOICES: list[tuple[str, str]] = [
    (
        "dicel_invoice_paid(uuid)",
        r"""
CREATE FUNCTION public.dicel_invoice_paid(invoice_id uuid)
RETURNS numeric LANGUAGE sql STABLE @PATH@
AS $$
    -- What has been paid on an invoice: its posted credits, in its currency.
    SELECT coalesce(sum(t.amount), 0)
      FROM public.invoices i
      JOIN public.transactions t ON t.reference_number = i.invoice_number
     WHERE i.id = dicel_invoice_paid.invoice_id AND t.status = 'posted'
       AND t.transaction_type = 'credit' AND t.currency = i.currency
$$""",
    ),
    (
        "dicel_refresh_invoice_totals(uuid)",
        r"""
CREATE FUNCTION public.dicel_refresh_invoice_totals(p_invoice uuid)
RETURNS void LANGUAGE plpgsql @PATH@
AS $$
DECLARE
    v_subtotal numeric;
    v_tax numeric;
BEGIN
    IF p_invoice IS NULL THEN
        RETURN;
    END IF;
    SELECT coalesce(sum(l.total_price), 0) INTO v_subtotal
      FROM public.invoice_items l WHERE l.invoice_id = p_invoice;
    v_tax := round(v_subtotal * public.dicel_vat_rate() / 100, 2);
    UPDATE public.invoices i
       SET subtotal = v_subtotal, tax_amount = v_tax, total_amount = v_subtotal + v_tax
     WHERE i.id = p_invoice
       AND (i.subtotal, i.tax_amount, i.total_amount)
           IS DISTINCT FROM (v_subtotal, v_tax, v_subtotal + v_tax);
END
$$""",
    ),
    (
        "dicel_invoice_starts_empty()",
        r"""
CREATE FUNCTION public.dicel_invoice_starts_empty() RETURNS trigger
LANGUAGE plpgsql @PATH@
AS $$
BEGIN
    -- No role gives totals (they follow the lines): a new invoice has nothing yet.
    NEW.subtotal := coalesce(NEW.subtotal, 0);
    NEW.tax_amount := coalesce(NEW.tax_amount, 0);
    NEW.total_amount := coalesce(NEW.total_amount, 0);
    RETURN NEW;
END
$$""",
    ),
    (
        "dicel_invoice_line_lock()",
        rf"""
CREATE FUNCTION public.dicel_invoice_line_lock() RETURNS trigger
LANGUAGE plpgsql @DEFINER@
AS $$
BEGIN
    -- Before invoice_items_locked_lines (names fire in order), which holds the invoice
    -- FOR SHARE: two clerks' lines of one invoice would each hold it so and wait on
    -- each other to update its totals. Taking the update lock first, they go one after
    -- the other, and the totals computed after each see every line.
    IF {_DICEL_SESSION} THEN
        PERFORM 1 FROM public.invoices i
         WHERE i.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.invoice_id ELSE NEW.invoice_id END
            OR i.id = CASE WHEN TG_OP = 'UPDATE' THEN OLD.invoice_id END
         ORDER BY i.id FOR NO KEY UPDATE;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$""",
    ),
    (
        "dicel_invoice_line_totals()",
        rf"""
CREATE FUNCTION public.dicel_invoice_line_totals() RETURNS trigger
LANGUAGE plpgsql @DEFINER@
AS $$
BEGIN
    IF NOT {_DICEL_SESSION} THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM public.dicel_refresh_invoice_totals(OLD.invoice_id);
    END IF;
    IF TG_OP = 'INSERT'
       OR (TG_OP = 'UPDATE' AND NEW.invoice_id IS DISTINCT FROM OLD.invoice_id) THEN
        PERFORM public.dicel_refresh_invoice_totals(NEW.invoice_id);
    END IF;
    RETURN NULL;
END
$$""",
    ),
    (
        "dicel_issue_invoice(uuid)",
        r"""
CREATE FUNCTION public.dicel_issue_invoice(invoice_id uuid)
RETURNS void LANGUAGE plpgsql @DEFINER@
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := invoice_id;
    v_invoice public.invoices%ROWTYPE;
    v_lines bigint;
    v_subtotal numeric;
    v_tax numeric;
BEGIN
    IF public.dicel_current_user_id() IS NULL OR NOT public.dicel_has_role('finance') THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only finance issues invoices',
            DETAIL = json_build_object('deciders', 'finance')::text;
    END IF;
    -- Under the row lock: a line being added waits, then finds the invoice sent.
    SELECT * INTO v_invoice FROM public.invoices i WHERE i.id = v_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW399', MESSAGE = 'no such invoice',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    IF v_invoice.status IS DISTINCT FROM 'draft' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'invoice already issued',
            DETAIL = json_build_object('state', v_invoice.status, 'action', 'issued')::text;
    END IF;
    IF v_invoice.client_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW305', MESSAGE = 'invoice without client',
            DETAIL = json_build_object('invoice', v_invoice.invoice_number)::text;
    END IF;
    SELECT count(*), coalesce(sum(l.total_price), 0) INTO v_lines, v_subtotal
      FROM public.invoice_items l WHERE l.invoice_id = v_id;
    IF v_lines = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'DW306', MESSAGE = 'invoice without lines',
            DETAIL = json_build_object('invoice', v_invoice.invoice_number)::text;
    END IF;
    -- Issued with today's VAT rate, whatever it was when the lines were typed.
    v_tax := round(v_subtotal * public.dicel_vat_rate() / 100, 2);
    UPDATE public.invoices i
       SET status = 'sent', subtotal = v_subtotal, tax_amount = v_tax,
           total_amount = v_subtotal + v_tax
     WHERE i.id = v_id AND i.status = 'draft';
END
$$""",
    ),
    (
        "dicel_cancel_invoice(uuid, text)",
        r"""
CREATE FUNCTION public.dicel_cancel_invoice(invoice_id uuid, note text)
RETURNS void LANGUAGE plpgsql @DEFINER@
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := invoice_id;
    v_note text := nullif(btrim(note), '');
    v_status text;
BEGIN
    IF public.dicel_current_user_id() IS NULL OR NOT public.dicel_has_role('finance') THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only finance cancels invoices',
            DETAIL = json_build_object('deciders', 'finance')::text;
    END IF;
    -- Nothing received yet: a payment booked on it stays, and so does the invoice.
    UPDATE public.invoices i
       SET status = 'cancelled', notes = nullif(concat_ws(E'\n', i.notes, v_note), '')
     WHERE i.id = v_id AND i.status IN ('draft', 'sent', 'overdue');
    IF FOUND THEN
        RETURN;
    END IF;
    SELECT i.status INTO v_status FROM public.invoices i WHERE i.id = v_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW399', MESSAGE = 'no such invoice',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'invoice not cancellable',
        DETAIL = json_build_object('state', v_status, 'action', 'cancelled')::text;
END
$$""",
    ),
    (
        "dicel_record_invoice_payment(uuid, uuid, numeric, date, text, text)",
        r"""
CREATE FUNCTION public.dicel_record_invoice_payment(
    invoice_id uuid, account_id uuid, amount numeric, paid_on date, payment_method text,
    reference text)
RETURNS uuid LANGUAGE plpgsql @DEFINER@
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := invoice_id;
    v_account_id uuid := account_id;
    v_amount numeric := amount;
    v_paid_on date := coalesce(paid_on, current_date);
    v_method text := nullif(btrim(payment_method), '');
    v_reference text := nullif(btrim(reference), '');
    v_invoice public.invoices%ROWTYPE;
    v_account public.financial_accounts%ROWTYPE;
    v_paid numeric;
    v_state text;
    v_client text;
    v_transaction uuid;
BEGIN
    IF public.dicel_current_user_id() IS NULL OR NOT public.dicel_has_role('finance') THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only finance records payments',
            DETAIL = json_build_object('deciders', 'finance')::text;
    END IF;
    -- Under the invoice's row lock: two payments of one invoice are added one after the
    -- other, and the second sees what the first left outstanding.
    SELECT * INTO v_invoice FROM public.invoices i WHERE i.id = v_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW399', MESSAGE = 'no such invoice',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    IF v_invoice.status = 'draft' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW307', MESSAGE = 'invoice not issued yet',
            DETAIL = json_build_object('invoice', v_invoice.invoice_number)::text;
    END IF;
    IF v_invoice.status NOT IN ('sent', 'partially_paid', 'overdue') THEN
        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'invoice not awaiting payment',
            DETAIL = json_build_object('state', v_invoice.status, 'action', 'paid')::text;
    END IF;
    IF v_amount IS NULL OR v_amount <= 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'DW308', MESSAGE = 'a payment is more than nothing',
            DETAIL = json_build_object('amount', v_amount)::text, COLUMN = 'amount';
    END IF;
    IF v_paid_on > current_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW309', MESSAGE = 'paid in the future',
            DETAIL = json_build_object('date', v_paid_on)::text, COLUMN = 'paid_on';
    END IF;
    SELECT * INTO v_account FROM public.financial_accounts a WHERE a.id = v_account_id;
    IF NOT FOUND OR NOT coalesce(v_account.is_active, true) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW310', MESSAGE = 'account not usable',
            DETAIL = json_build_object('account', v_account.account_name)::text,
            COLUMN = 'account_id';
    END IF;
    IF v_account.currency IS DISTINCT FROM v_invoice.currency THEN
        RAISE EXCEPTION USING ERRCODE = 'DW311', MESSAGE = 'account in another currency',
            DETAIL = json_build_object('account', v_account.account_name,
                'account_currency', v_account.currency,
                'currency', v_invoice.currency)::text,
            COLUMN = 'account_id';
    END IF;
    v_paid := public.dicel_invoice_paid(v_id);
    IF v_amount > v_invoice.total_amount - v_paid THEN
        RAISE EXCEPTION USING ERRCODE = 'DW312', MESSAGE = 'more than is outstanding',
            DETAIL = json_build_object('outstanding', v_invoice.total_amount - v_paid,
                'currency', v_invoice.currency)::text,
            COLUMN = 'amount';
    END IF;
    SELECT c.company_name INTO v_client FROM public.clients c WHERE c.id = v_invoice.client_id;
    -- The credit moves the account's balance (dicel_keep_account_balance).
    INSERT INTO public.transactions (account_id, transaction_type, amount, currency,
                                     description, reference_number, transaction_date)
    VALUES (v_account_id, 'credit', v_amount, v_invoice.currency,
            concat_ws(' ', 'Payment of', v_invoice.invoice_number,
                      CASE WHEN v_client IS NOT NULL THEN 'by ' || v_client END,
                      CASE WHEN v_reference IS NOT NULL THEN '(' || v_reference || ')' END),
            v_invoice.invoice_number, v_paid_on)
    RETURNING id INTO v_transaction;
    v_state := CASE WHEN v_paid + v_amount >= v_invoice.total_amount THEN 'paid'
                    ELSE 'partially_paid' END;
    UPDATE public.invoices i
       SET status = v_state,
           paid_date = CASE WHEN v_state = 'paid' THEN v_paid_on END,
           payment_method = coalesce(v_method, i.payment_method)
     WHERE i.id = v_id;
    RETURN v_transaction;
END
$$""",
    ),
    (
        "dicel_mark_overdue_invoices()",
        r"""
CREATE FUNCTION public.dicel_mark_overdue_invoices()
RETURNS integer LANGUAGE plpgsql @DEFINER@
AS $$
DECLARE
    v_moved integer;
BEGIN
    -- Finance or admin; or the database superuser, which IT may schedule it as
    -- (psql -c 'SELECT dicel_mark_overdue_invoices()' once a day).
    IF NOT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                      WHERE r.rolname = session_user), false)
       AND (public.dicel_current_user_id() IS NULL
            OR NOT (public.dicel_has_role('finance') OR public.dicel_has_role('admin'))) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only finance marks invoices overdue',
            DETAIL = json_build_object('deciders', 'finance')::text;
    END IF;
    -- Nothing received by the due date. A partly paid invoice stays partially paid: money
    -- came, and its due date says it is late. The audit log says when each one became
    -- overdue.
    UPDATE public.invoices i SET status = 'overdue'
     WHERE i.status = 'sent' AND i.due_date < current_date;
    GET DIAGNOSTICS v_moved = ROW_COUNT;
    RETURN v_moved;
END
$$""",
    ),
]

# --------------------------------------------------------------------------- payroll

#: Rwanda's PAYE bands on a monthly gross (RWF), used when the setting is absent.
PAYE_BANDS = (
    '[{"upto": 60000, "rate": 0}, {"upto": 100000, "rate": 10},'
    ' {"upto": 200000, "rate": 20}, {"upto": null, "rate": 30}]'
)

#: The payslips of a period: the payroll records of its dates.
_OF_PERIOD = "r.pay_period_start = v_period.period_start AND r.pay_period_end = v_period.period_end"


def _period_not_pending(action: str) -> str:
    """plpgsql: why a pay period that is not pending cannot be ``action`` (``v_period``
    holds it): already approved, by whom and when (DW001), or in another state (DW004)."""
    return f"""IF v_period.approved_by IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'DW001', MESSAGE = 'pay period already approved',
                DETAIL = json_build_object('state', 'approved',
                    'who', public.dicel_person_name(v_period.approved_by),
                    'when', v_period.approved_date)::text;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'pay period not pending',
            DETAIL = json_build_object('state', v_period.status, 'action', '{action}')::text;"""


PAYROLL: list[tuple[str, str]] = [
    (
        "dicel_payroll_deductions(numeric)",
        rf"""
CREATE FUNCTION public.dicel_payroll_deductions(p_gross numeric)
RETURNS jsonb LANGUAGE plpgsql STABLE @PATH@
AS $$
DECLARE
    v_band jsonb;
    v_lower numeric := 0;
    v_upper numeric;
    v_paye numeric := 0;
    v_pension numeric;
    v_maternity numeric;
    v_cbhi numeric;
BEGIN
    -- Whole francs, each rounded down, as RRA's and RSSB's calculators do.
    FOR v_band IN SELECT b.value FROM jsonb_array_elements(
            public.dicel_setting_array('payroll.paye_bands', '{PAYE_BANDS}'::jsonb)) b
    LOOP
        v_upper := (v_band ->> 'upto')::numeric;
        IF p_gross > v_lower THEN
            v_paye := v_paye + floor((least(p_gross, coalesce(v_upper, p_gross)) - v_lower)
                                     * coalesce((v_band ->> 'rate')::numeric, 0) / 100);
        END IF;
        EXIT WHEN v_upper IS NULL;
        v_lower := v_upper;
    END LOOP;
    v_pension := floor(p_gross
        * public.dicel_setting_number('payroll.pension_rate_percent', 6) / 100);
    v_maternity := floor(p_gross
        * public.dicel_setting_number('payroll.maternity_rate_percent', 0.3) / 100);
    -- Community-based health insurance: a share of the net after tax and RSSB.
    v_cbhi := floor(greatest(p_gross - v_paye - v_pension - v_maternity, 0)
        * public.dicel_setting_number('payroll.cbhi_rate_percent', 0.5) / 100);
    RETURN jsonb_build_array(
        jsonb_build_object('code', 'paye', 'amount', v_paye),
        jsonb_build_object('code', 'pension', 'amount', v_pension),
        jsonb_build_object('code', 'maternity', 'amount', v_maternity),
        jsonb_build_object('code', 'cbhi', 'amount', v_cbhi));
END
$$""",
    ),
    (
        "dicel_payslip_amounts()",
        rf"""
CREATE FUNCTION public.dicel_payslip_amounts() RETURNS trigger
LANGUAGE plpgsql @DEFINER@
AS $$
DECLARE
    v_gross numeric;
BEGIN
    -- The database computes what is deducted and what is paid from basic and
    -- allowances; a superuser loading data keeps what it gives.
    IF NOT {_DICEL_SESSION} THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.basic_salary IS NOT DISTINCT FROM OLD.basic_salary
       AND NEW.allowances IS NOT DISTINCT FROM OLD.allowances THEN
        RETURN NEW;
    END IF;
    v_gross := NEW.basic_salary + coalesce(NEW.allowances, 0);
    NEW.deductions_detail := public.dicel_payroll_deductions(v_gross);
    NEW.deductions := (SELECT coalesce(sum((d.value ->> 'amount')::numeric), 0)
                         FROM jsonb_array_elements(NEW.deductions_detail) d);
    NEW.net_salary := v_gross - NEW.deductions;
    RETURN NEW;
END
$$""",
    ),
    (
        "dicel_run_payroll(date, date)",
        r"""
CREATE FUNCTION public.dicel_run_payroll(period_start date, period_end date)
RETURNS uuid LANGUAGE plpgsql @DEFINER@
AS $$
#variable_conflict use_column
DECLARE
    v_start date := period_start;
    v_end date := period_end;
    v_me uuid := public.dicel_current_user_id();
    v_found record;
    v_unpayable text;
    v_rate numeric := public.dicel_setting_number('payroll.allowance_rate_percent', 0);
    v_period uuid;
    v_count bigint;
BEGIN
    IF v_me IS NULL OR NOT (public.dicel_has_role('hr') OR public.dicel_has_role('finance')) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only HR or finance runs payroll',
            DETAIL = json_build_object('deciders', 'hr, finance')::text;
    END IF;
    IF v_start IS NULL OR v_end IS NULL OR v_start <> date_trunc('month', v_start)::date
       OR v_end <> (date_trunc('month', v_start) + interval '1 month - 1 day')::date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW320', MESSAGE = 'a pay period is a calendar month',
            DETAIL = json_build_object('start', v_start, 'end', v_end)::text;
    END IF;
    SELECT p.status, p.created_by, p.created_at, p.period_start, p.period_end INTO v_found
      FROM public.payroll_periods p
     WHERE p.status <> 'cancelled' AND p.period_start <= v_end AND p.period_end >= v_start
     ORDER BY p.period_start LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW321', MESSAGE = 'this period has run already',
            DETAIL = json_build_object('state', v_found.status,
                'who', public.dicel_person_name(v_found.created_by),
                'when', v_found.created_at, 'day', v_found.created_at::date,
                'start', v_found.period_start, 'end', v_found.period_end)::text;
    END IF;

    -- Who is paid: employed during the month (hired by its end, not gone before its
    -- start), active or on leave, or terminated within it; a suspended person is not.
    SELECT string_agg(e.employee_number, ', ' ORDER BY e.employee_number) INTO v_unpayable
      FROM public.employees e
     WHERE coalesce(e.hire_date, v_start) <= v_end
       AND (e.termination_date IS NULL OR e.termination_date >= v_start)
       AND (coalesce(e.status, 'active') IN ('active', 'on_leave')
            OR (e.status = 'terminated' AND e.termination_date IS NOT NULL))
       AND (e.salary IS NULL OR coalesce(e.salary_currency, 'RWF') <> 'RWF');
    IF v_unpayable IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW323', MESSAGE = 'employees without a salary in RWF',
            DETAIL = json_build_object('employees', v_unpayable)::text;
    END IF;

    BEGIN
        INSERT INTO public.payroll_periods (period_start, period_end)
        VALUES (v_start, v_end) RETURNING id INTO v_period;
    EXCEPTION WHEN exclusion_violation THEN
        -- Someone ran it at the same moment and committed first: say who.
        SELECT p.status, p.created_by, p.created_at, p.period_start, p.period_end
          INTO v_found
          FROM public.payroll_periods p
         WHERE p.status <> 'cancelled' AND p.period_start <= v_end AND p.period_end >= v_start
         ORDER BY p.period_start LIMIT 1;
        RAISE EXCEPTION USING ERRCODE = 'DW321', MESSAGE = 'this period has run already',
            DETAIL = json_build_object('state', v_found.status,
                'who', public.dicel_person_name(v_found.created_by),
                'when', v_found.created_at, 'day', v_found.created_at::date,
                'start', v_found.period_start, 'end', v_found.period_end)::text;
    END;
    -- Payslips of those dates that no run made (brought over from elsewhere). Asked once
    -- the period is ours: a run committed meanwhile is "already run" (above), not this.
    IF EXISTS (SELECT FROM public.payroll_records r
                WHERE r.status <> 'cancelled'
                  AND r.pay_period_start <= v_end AND r.pay_period_end >= v_start) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW322', MESSAGE = 'payslips of these dates exist',
            DETAIL = json_build_object('start', v_start, 'end', v_end)::text;
    END IF;

    -- Deductions and net: dicel_payslip_amounts, as each payslip is inserted.
    INSERT INTO public.payroll_records (employee_id, pay_period_start, pay_period_end,
                                        basic_salary, allowances)
    SELECT e.id, v_start, v_end, w.basic, round(w.basic * v_rate / 100)
      FROM public.employees e
     CROSS JOIN LATERAL (
        SELECT round(e.salary
                     * (least(v_end, coalesce(e.termination_date, v_end))
                        - greatest(v_start, coalesce(e.hire_date, v_start)) + 1)
                     / (v_end - v_start + 1)) AS basic) w
     WHERE coalesce(e.hire_date, v_start) <= v_end
       AND (e.termination_date IS NULL OR e.termination_date >= v_start)
       AND (coalesce(e.status, 'active') IN ('active', 'on_leave')
            OR (e.status = 'terminated' AND e.termination_date IS NOT NULL))
     ORDER BY e.employee_number;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'DW324', MESSAGE = 'no one to pay',
            DETAIL = json_build_object('start', v_start, 'end', v_end)::text;
    END IF;
    RETURN v_period;
END
$$""",
    ),
    (
        "dicel_approve_payroll(uuid, text)",
        rf"""
CREATE FUNCTION public.dicel_approve_payroll(period_id uuid, note text)
RETURNS void LANGUAGE plpgsql @DEFINER@
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := period_id;
    v_note text := nullif(btrim(note), '');
    v_me uuid := public.dicel_current_user_id();
    v_period public.payroll_periods%ROWTYPE;
BEGIN
    IF v_me IS NULL OR NOT (public.dicel_has_role('hr') OR public.dicel_has_role('finance')) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only HR or finance approves payroll',
            DETAIL = json_build_object('deciders', 'hr, finance')::text;
    END IF;
    SELECT * INTO v_period FROM public.payroll_periods p WHERE p.id = v_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW399', MESSAGE = 'no such pay period',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    -- Four eyes: the one who ran it does not approve it.
    IF v_period.created_by = v_me THEN
        RAISE EXCEPTION USING ERRCODE = 'DW003', MESSAGE = 'a run of one''s own',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    UPDATE public.payroll_periods p
       SET status = 'approved', approved_by = v_me, approved_date = now(),
           notes = nullif(concat_ws(E'\n', p.notes, v_note), '')
     WHERE p.id = v_id AND p.status = 'pending'
    RETURNING * INTO v_period;
    IF NOT FOUND THEN
        SELECT * INTO v_period FROM public.payroll_periods p WHERE p.id = v_id;
        {_period_not_pending("approved")}
    END IF;
    UPDATE public.payroll_records r SET status = 'approved'
     WHERE {_OF_PERIOD} AND r.status = 'pending';
END
$$""",
    ),
    (
        "dicel_cancel_payroll(uuid, text)",
        rf"""
CREATE FUNCTION public.dicel_cancel_payroll(period_id uuid, note text)
RETURNS void LANGUAGE plpgsql @DEFINER@
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := period_id;
    v_note text := nullif(btrim(note), '');
    v_me uuid := public.dicel_current_user_id();
    v_period public.payroll_periods%ROWTYPE;
BEGIN
    IF v_me IS NULL OR NOT (public.dicel_has_role('hr') OR public.dicel_has_role('finance')) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only HR or finance cancels payroll',
            DETAIL = json_build_object('deciders', 'hr, finance')::text;
    END IF;
    UPDATE public.payroll_periods p
       SET status = 'cancelled', notes = nullif(concat_ws(E'\n', p.notes, v_note), '')
     WHERE p.id = v_id AND p.status = 'pending'
    RETURNING * INTO v_period;
    IF NOT FOUND THEN
        SELECT * INTO v_period FROM public.payroll_periods p WHERE p.id = v_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'DW399', MESSAGE = 'no such pay period',
                DETAIL = json_build_object('id', v_id)::text;
        END IF;
        {_period_not_pending("cancelled")}
    END IF;
    UPDATE public.payroll_records r SET status = 'cancelled'
     WHERE {_OF_PERIOD} AND r.status = 'pending';
END
$$""",
    ),
    (
        "dicel_pay_payroll(uuid, uuid, date, text)",
        rf"""
CREATE FUNCTION public.dicel_pay_payroll(
    period_id uuid, account_id uuid, paid_on date, payment_method text)
RETURNS uuid LANGUAGE plpgsql @DEFINER@
AS $$
#variable_conflict use_column
DECLARE
    v_id uuid := period_id;
    v_account_id uuid := account_id;
    v_paid_on date := coalesce(paid_on, current_date);
    v_method text := coalesce(nullif(btrim(payment_method), ''), 'bank_transfer');
    v_period public.payroll_periods%ROWTYPE;
    v_account public.financial_accounts%ROWTYPE;
    v_paid record;
    v_total numeric;
    v_transaction uuid;
BEGIN
    IF public.dicel_current_user_id() IS NULL OR NOT public.dicel_has_role('finance') THEN
        RAISE EXCEPTION USING ERRCODE = 'DW002', MESSAGE = 'only finance pays salaries',
            DETAIL = json_build_object('deciders', 'finance')::text;
    END IF;
    SELECT * INTO v_period FROM public.payroll_periods p WHERE p.id = v_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW399', MESSAGE = 'no such pay period',
            DETAIL = json_build_object('id', v_id)::text;
    END IF;
    IF v_period.status = 'paid' THEN
        SELECT t.created_by, t.created_at INTO v_paid
          FROM public.transactions t WHERE t.id = v_period.transaction_id;
        RAISE EXCEPTION USING ERRCODE = 'DW001', MESSAGE = 'pay period already paid',
            DETAIL = json_build_object('state', 'paid',
                'who', public.dicel_person_name(v_paid.created_by),
                'when', v_paid.created_at)::text;
    END IF;
    IF v_period.status = 'pending' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW325', MESSAGE = 'pay period not approved yet',
            DETAIL = json_build_object('start', v_period.period_start,
                'end', v_period.period_end)::text;
    END IF;
    IF v_period.status IS DISTINCT FROM 'approved' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW004', MESSAGE = 'pay period not payable',
            DETAIL = json_build_object('state', v_period.status, 'action', 'paid')::text;
    END IF;
    IF v_paid_on > current_date THEN
        RAISE EXCEPTION USING ERRCODE = 'DW309', MESSAGE = 'paid in the future',
            DETAIL = json_build_object('date', v_paid_on)::text, COLUMN = 'paid_on';
    END IF;
    -- The account's row lock: two payments from it never both spend the same money.
    SELECT * INTO v_account FROM public.financial_accounts a WHERE a.id = v_account_id
       FOR UPDATE;
    IF NOT FOUND OR NOT coalesce(v_account.is_active, true) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW310', MESSAGE = 'account not usable',
            DETAIL = json_build_object('account', v_account.account_name)::text,
            COLUMN = 'account_id';
    END IF;
    IF v_account.currency IS DISTINCT FROM 'RWF' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW311', MESSAGE = 'salaries are paid in RWF',
            DETAIL = json_build_object('account', v_account.account_name,
                'account_currency', v_account.currency, 'currency', 'RWF')::text,
            COLUMN = 'account_id';
    END IF;
    SELECT coalesce(sum(r.net_salary), 0) INTO v_total
      FROM public.payroll_records r WHERE {_OF_PERIOD} AND r.status = 'approved';
    IF coalesce(v_account.balance, 0) < v_total THEN
        RAISE EXCEPTION USING ERRCODE = 'DW326', MESSAGE = 'not enough on the account',
            DETAIL = json_build_object('account', v_account.account_name,
                'balance', coalesce(v_account.balance, 0), 'needed', v_total,
                'currency', 'RWF')::text,
            COLUMN = 'account_id';
    END IF;
    -- The debit moves the account's balance (dicel_keep_account_balance).
    INSERT INTO public.transactions (account_id, transaction_type, amount, currency,
                                     description, reference_number, transaction_date)
    VALUES (v_account_id, 'debit', v_total, 'RWF',
            'Salaries ' || to_char(v_period.period_start, 'FMMonth YYYY'),
            'PAY-' || to_char(v_period.period_start, 'YYYYMM'), v_paid_on)
    RETURNING id INTO v_transaction;
    UPDATE public.payroll_periods p
       SET status = 'paid', paid_date = v_paid_on, account_id = v_account_id,
           transaction_id = v_transaction
     WHERE p.id = v_id AND p.status = 'approved';
    UPDATE public.payroll_records r
       SET status = 'paid', payment_date = v_paid_on, payment_method = v_method
     WHERE {_OF_PERIOD} AND r.status = 'approved';
    RETURN v_transaction;
END
$$""",
    ),
    (
        "dicel_payslip(uuid)",
        r"""
CREATE FUNCTION public.dicel_payslip(payslip_id uuid)
RETURNS TABLE (company_name text, company_address text, company_tin text,
               employee_number text, employee_name text, department text, "position" text,
               period_start date, period_end date, basic_salary numeric, allowances numeric,
               gross numeric, deductions numeric, deductions_detail jsonb,
               net_salary numeric, status text, payment_date date, payment_method text)
LANGUAGE sql STABLE @DEFINER@
AS $$
    -- payroll_records forces row security on its owner with policies naming
    -- session_user: a person gets their own payslips, HR, finance and admin anyone's.
    -- The company's details come from the settings, which only admin reads.
    SELECT public.dicel_setting_text('company.name'),
           public.dicel_setting_text('company.address'),
           public.dicel_setting_text('company.tin'),
           e.employee_number,
           coalesce(public.dicel_person_name(e.user_id), e.employee_number),
           d.name, e.position, r.pay_period_start, r.pay_period_end, r.basic_salary,
           coalesce(r.allowances, 0), r.basic_salary + coalesce(r.allowances, 0),
           coalesce(r.deductions, 0), r.deductions_detail, r.net_salary, r.status,
           r.payment_date, r.payment_method
      FROM public.payroll_records r
      JOIN public.employees e ON e.id = r.employee_id
      LEFT JOIN public.departments d ON d.id = e.department_id
     WHERE r.id = dicel_payslip.payslip_id
$$""",
    ),
]

FUNCTIONS = [*HELPERS, *EXPENSES, *ACCOUNTS, *INVOICES, *PAYROLL]

#: (name, table, CREATE TRIGGER statement)
TRIGGERS: list[tuple[str, str, str]] = [
    (
        # After transactions_locked (names fire in order): a posted entry's type is
        # refused as locked first.
        "transactions_vet",
        "transactions",
        "CREATE TRIGGER transactions_vet BEFORE INSERT OR UPDATE OF account_id, currency,"
        " transaction_type, reference_number ON public.transactions FOR EACH ROW"
        " EXECUTE FUNCTION public.dicel_check_transaction()",
    ),
    (
        "transactions_balance",
        "transactions",
        "CREATE TRIGGER transactions_balance AFTER INSERT OR DELETE OR UPDATE OF status,"
        " account_id, amount, transaction_type ON public.transactions FOR EACH ROW"
        " EXECUTE FUNCTION public.dicel_keep_account_balance()",
    ),
    (
        "invoices_starts_empty",
        "invoices",
        "CREATE TRIGGER invoices_starts_empty BEFORE INSERT ON public.invoices FOR EACH ROW"
        " EXECUTE FUNCTION public.dicel_invoice_starts_empty()",
    ),
    (
        # Named to fire before invoice_items_locked_lines (see the function).
        "invoice_items_hold_invoice",
        "invoice_items",
        "CREATE TRIGGER invoice_items_hold_invoice BEFORE INSERT OR UPDATE OR DELETE"
        " ON public.invoice_items FOR EACH ROW EXECUTE FUNCTION public.dicel_invoice_line_lock()",
    ),
    (
        "invoice_items_totals",
        "invoice_items",
        "CREATE TRIGGER invoice_items_totals AFTER INSERT OR UPDATE OR DELETE"
        " ON public.invoice_items FOR EACH ROW"
        " EXECUTE FUNCTION public.dicel_invoice_line_totals()",
    ),
    (
        "payroll_records_amounts",
        "payroll_records",
        "CREATE TRIGGER payroll_records_amounts BEFORE INSERT OR UPDATE OF basic_salary,"
        " allowances ON public.payroll_records FOR EACH ROW"
        " EXECUTE FUNCTION public.dicel_payslip_amounts()",
    ),
    # The new table gets what every table has (migrations 0001, 0003, 0007, 0008).
    (
        "payroll_periods_set_updated_at",
        "payroll_periods",
        "CREATE TRIGGER payroll_periods_set_updated_at BEFORE UPDATE ON public.payroll_periods"
        " FOR EACH ROW EXECUTE FUNCTION public.set_updated_at()",
    ),
    (
        "payroll_periods_audit",
        "payroll_periods",
        "CREATE TRIGGER payroll_periods_audit AFTER INSERT OR UPDATE OR DELETE"
        " ON public.payroll_periods FOR EACH ROW EXECUTE FUNCTION public.dicel_audit()",
    ),
    (
        "payroll_periods_provenance",
        "payroll_periods",
        "CREATE TRIGGER payroll_periods_provenance BEFORE INSERT ON public.payroll_periods"
        " FOR EACH ROW EXECUTE FUNCTION public.dicel_stamp_provenance('created_by')",
    ),
    (
        "payroll_periods_documents_follow",
        "payroll_periods",
        "CREATE TRIGGER payroll_periods_documents_follow BEFORE DELETE"
        " ON public.payroll_periods FOR EACH ROW"
        " EXECUTE FUNCTION public.dicel_documents_follow_record()",
    ),
]


#: Migration 0007's lock triggers of invoices and payslips, whose totals and amounts no
#: role writes any more: they now freeze only what a clerk still types. (trigger, table,
#: columns before, columns now), frozen here; tests/security/test_catalog.py compares
#: them with the registry.
RELOCKED = (
    (
        "invoices_locked",
        "invoices",
        "'status', '{draft}'",
        ("client_id", "invoice_date", "due_date", "subtotal", "tax_amount", "total_amount",
         "currency"),
        ("client_id", "invoice_date", "due_date", "currency"),
    ),
    (
        "payroll_records_locked",
        "payroll_records",
        "'status', '{pending}'",
        ("employee_id", "pay_period_start", "pay_period_end", "basic_salary", "allowances",
         "deductions", "net_salary"),
        ("allowances",),
    ),
)  # fmt: skip


def _lock_trigger(name: str, table: str, state: str, columns: Sequence[str]) -> str:
    args = ", ".join([state, *(f"'{c}'" for c in columns)])
    return (
        f"CREATE TRIGGER {name} BEFORE UPDATE OF {', '.join(columns)} ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION public.dicel_refuse_locked_change({args})"
    )


#: A payment method is one of these (domain/states.PaymentMethod, as of this revision).
PAYMENT_METHODS = "('bank_transfer', 'mtn_momo', 'airtel_money', 'cheque', 'cash')"
_METHOD_TABLES = ("invoices", "payroll_records")


def upgrade() -> None:
    for table in _METHOD_TABLES:
        op.create_check_constraint(
            op.f(f"ck_{table}_payment_method_allowed"),
            table,
            f"payment_method IN {PAYMENT_METHODS}",
        )
    op.add_column("expenses", sa.Column("decision_note", sa.Text(), nullable=True))
    op.add_column(
        "payroll_records",
        sa.Column("deductions_detail", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    )
    op.create_index(
        "ix_transactions_reference_number", "transactions", ["reference_number"], unique=False
    )
    op.create_table(
        "payroll_periods",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'pending'")),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column("approved_by", sa.UUID(), nullable=True),
        sa.Column("approved_date", sa.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("paid_date", sa.Date(), nullable=True),
        sa.Column("account_id", sa.UUID(), nullable=True),
        sa.Column("transaction_id", sa.UUID(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'paid', 'cancelled')",
            name=op.f("ck_payroll_periods_status_allowed"),
        ),
        sa.CheckConstraint(
            "period_end >= period_start", name=op.f("ck_payroll_periods_period_order")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_payroll_periods_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_payroll_periods_approved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["financial_accounts.id"],
            name=op.f("fk_payroll_periods_account_id_financial_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["transactions.id"],
            name=op.f("fk_payroll_periods_transaction_id_transactions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payroll_periods")),
        postgresql.ExcludeConstraint(
            (sa.text("daterange(period_start, period_end, '[]')"), "&&"),
            where=sa.text("status <> 'cancelled'"),
            using="gist",
            name="ex_payroll_periods_no_overlap",
        ),
    )

    for signature, create in FUNCTIONS:
        create_owned_function(_sql(create), signature)
    for _name, _table, create in TRIGGERS:
        execute_sql(create)
    for name, table, state, _before, now in RELOCKED:
        execute_sql(f"DROP TRIGGER {name} ON public.{table}")
        execute_sql(_lock_trigger(name, table, state, now))
    # Grants and ownership of the new table: migrations/env.py runs sync_grants after the
    # upgrade (FUNCTION_EXECUTE, the permission table).


def downgrade() -> None:
    for name, table, state, before, _now in RELOCKED:
        execute_sql(f"DROP TRIGGER {name} ON public.{table}")
        execute_sql(_lock_trigger(name, table, state, before))
    for name, table, _create in reversed(TRIGGERS):
        execute_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
    op.drop_table("payroll_periods")
    op.drop_index("ix_transactions_reference_number", table_name="transactions")
    op.drop_column("payroll_records", "deductions_detail")
    op.drop_column("expenses", "decision_note")
    for table in _METHOD_TABLES:
        op.drop_constraint(op.f(f"ck_{table}_payment_method_allowed"), table, type_="check")
