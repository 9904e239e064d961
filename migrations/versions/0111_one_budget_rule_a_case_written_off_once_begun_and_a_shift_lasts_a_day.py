"""One rule for the budget line an expense is charged to; a case is written off once it
has begun.

Revision ID: 0111
Revises: 0110
Create Date: 2026-12-08

From code review 31 (F4). The line an expense is charged to was worked out in three
places: the approval (``dicel_decide_expense``, 0014 and 0048), the decision dialog's
``dicel_expense_budget`` with the other expenses waiting on its line in client SQL, and
the form's note, which copied both in client SQL for the values as typed. They agreed;
a change to one would have been missed in the others.

* ``dicel_expense_budget_for(of_department, of_category, on_day, of_amount,
  in_currency, except_id)``: the line an approval of an expense with these values would
  charge (its department's oldest *active* line of that category and the year of the
  day), else the oldest other line of them (so a refusal can say its state), with what
  it has left, what would be left after this amount, and the other expenses pending on
  it (same department, category, year and currency; ``except_id`` not counted).
  SECURITY INVOKER, as the client SQL it replaces: the caller reads through it exactly
  what their grants let them read of budgets, departments and expenses (EXECUTE for
  finance, compliance and admin, the roles that read both tables). One row, its
  ``department`` NULL when the department is not there (or not the caller's to see).
* ``dicel_expense_budget(expense_id)`` is that function for a stored expense (same
  signature and columns: ``CREATE OR REPLACE`` keeps its owner and grants).
* The approval (``dicel_decide_expense(uuid, boolean, text)``, read from the database
  as 0085 left it, its texts measured first, and changed in two places) charges
  ``budget_id`` of that function when it is active, checked again on the line as
  committed as 0048 does, and its refusal names that line's state (DW301, DW302). A
  line the rule finds active after the charge found none was changed while the
  approval waited (one frozen, another activated): ``40001``, changed meanwhile, and
  the client runs the approval again, rather than DW302 saying the line is active.

From psql review 31b's notes:

* **A case written off before it begins** (``DW444``, COLUMN ``start_date``, DETAIL
  ``action``, ``date`` (the start), ``today``). A write-off stamps the case's actual
  completion date with the company's day; one whose start date is still ahead met the
  CHECK ``ck_recovery_cases_actual_completion_date_order`` and the clerk read the
  database's bare words. Trigger ``recovery_cases_written_off_once_begun`` (BEFORE
  UPDATE OF status, function ``dicel_settled_once_begun``; BEFORE triggers run before
  the CHECK) says it first, from ``entry_rules.SETTLED_ONCE_BEGUN``, frozen here with
  the step's words. A superuser is not asked (the CHECK still holds).

* **A shift or a patrol lasts at most a day** (``DW446``, COLUMN the end's, DETAIL
  ``since``, ``at``, ``most``, ``other``). Each moment was bounded to the years 1900 to
  2200 (DW445), not the span: a patrol begun on 1900-01-02 was completed "1900-01-02 ->
  today", and a started shift's end was moved to 2200, so Mark completed waited until
  then. Triggers ``<table>_within_the_hours`` (BEFORE INSERT OR UPDATE OF the two
  moments, function ``dicel_lasts_at_most``), from ``entry_rules.LONGEST_SPANS`` (24
  hours for both: the demo's shifts are 12, its patrols under two; a double shift is
  24), frozen here. Asked of a new row and of a change of either moment, a patrol's end
  stamped by its step included; a stored span is not asked while it stays (as DW445),
  so the upgrade leaves rows as they are: the demo has none longer, and a longer one
  written before is corrected the next time either moment changes. A superuser is not
  asked.

A downgrade takes the approval's two changes out again (it is then 0110's, to the
byte), gives back 0014's ``dicel_expense_budget``, and drops the new functions and the
three triggers (one ``_once_begun``, two ``_within_the_hours``).
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    SEARCH_PATH,
    create_owned_function,
    earlier_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0111"
down_revision: str | None = "0110"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0014 = earlier_revision("0014_finance_flows")
_0048 = earlier_revision("0048_approval_charges_the_line_it_chose")

# --------------------------------------------------------------------------- F4

BUDGET_FOR_SIGNATURE = "public.dicel_expense_budget_for(uuid, text, date, numeric, text, uuid)"
#: The columns both functions give, then the others waiting (this one's own).
BUDGET_FOR = f"""
CREATE FUNCTION public.dicel_expense_budget_for(
    of_department uuid, of_category text, on_day date, of_amount numeric,
    in_currency text, except_id uuid DEFAULT NULL)
RETURNS TABLE (budget_id uuid, department text, category text, fiscal_year integer,
               budget_status text, allocated numeric, spent numeric, remaining numeric,
               amount numeric, currency text, remaining_after numeric, overspends boolean,
               others_waiting integer, others_amount numeric)
LANGUAGE sql STABLE {SEARCH_PATH}
AS $$
    -- Migration 0111: the one rule for the line an expense is charged to, read by the
    -- approval, the decision dialog and the form's note alike. Under the caller's own
    -- rights (not SECURITY DEFINER): it shows no more than they may read.
    -- The line an approval would charge (the oldest active one), else the oldest other
    -- line of that department, category and year, so the refusal can say why not.
    SELECT b.id, d.name, of_category, extract(year FROM on_day)::integer,
           b.status, b.allocated_amount, b.spent_amount, b.remaining_amount, of_amount,
           in_currency, b.remaining_amount - of_amount, b.remaining_amount - of_amount < 0,
           w.others_waiting, w.others_amount
      FROM (SELECT) AS given
      LEFT JOIN public.departments d ON d.id = of_department
      LEFT JOIN LATERAL (
          SELECT l.id, l.status, l.allocated_amount, l.spent_amount, l.remaining_amount
            FROM public.budgets l
           WHERE l.department_id = of_department
             AND l.budget_category = of_category
             AND l.fiscal_year = extract(year FROM on_day)
           ORDER BY l.status = 'active' DESC, l.created_at, l.id LIMIT 1) b ON true
      -- The other expenses pending on that line: its department, category, year of
      -- their date, and this one's currency.
      CROSS JOIN LATERAL (
          SELECT count(o.id)::integer AS others_waiting,
                 coalesce(sum(o.amount), 0) AS others_amount
            FROM public.expenses o
           WHERE o.department_id = of_department
             AND o.expense_category = of_category
             AND extract(year FROM o.expense_date) = extract(year FROM on_day)
             AND o.currency IS NOT DISTINCT FROM in_currency
             AND o.status = 'pending' AND o.id IS DISTINCT FROM except_id) w
$$"""

BUDGET_SIGNATURE = "dicel_expense_budget(uuid)"
BUDGET_OF_EXPENSE = """
CREATE OR REPLACE FUNCTION public.dicel_expense_budget(expense_id uuid)
RETURNS TABLE (budget_id uuid, department text, category text, fiscal_year integer,
               budget_status text, allocated numeric, spent numeric, remaining numeric,
               amount numeric, currency text, remaining_after numeric, overspends boolean)
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Under the caller's own rights (not SECURITY DEFINER): finance reads both tables.
    -- Migration 0111: the line of dicel_expense_budget_for, the one rule, for the
    -- expense as stored.
    SELECT b.budget_id, b.department, b.category, b.fiscal_year, b.budget_status,
           b.allocated, b.spent, b.remaining, b.amount, b.currency, b.remaining_after,
           b.overspends
      FROM public.expenses x
     CROSS JOIN LATERAL public.dicel_expense_budget_for(
         x.department_id, x.expense_category, x.expense_date, x.amount, x.currency,
         x.id) b
     WHERE x.id = dicel_expense_budget.expense_id
$$"""
BUDGET_OF_EXPENSE_0014 = earlier_function(_0014, BUDGET_SIGNATURE, _0014._sql)

#: The approval's own choice of line (0048's, the text replaced), and the line of the
#: one rule.
_FOR_EXPENSE = """public.dicel_expense_budget_for(
                        v_expense.department_id, v_expense.expense_category,
                        v_expense.expense_date, v_expense.amount, v_expense.currency,
                        v_expense.id) f"""
_CHOSEN = _0048._CHOSEN
_CHOSEN_BY_THE_RULE = f"""     -- Migration 0111: the line of the one rule (dicel_expense_budget_for), if active.
     WHERE b.id = (SELECT f.budget_id FROM {_FOR_EXPENSE}
                    WHERE f.budget_status = 'active')
"""
_REFUSED_LINE = """        SELECT l.status, d.name AS department INTO v_line
          FROM public.departments d
          LEFT JOIN public.budgets l ON l.department_id = d.id
               AND l.budget_category = v_expense.expense_category AND l.fiscal_year = v_year
         WHERE d.id = v_expense.department_id
         ORDER BY l.created_at, l.id LIMIT 1;
"""
_REFUSED_LINE_BY_THE_RULE = f"""        -- The line the rule found instead (none: DW301), as the dialog says it.
        SELECT f.budget_status AS status, f.department INTO v_line
          FROM {_FOR_EXPENSE};
        -- Active now, though the charge above found it not: the lines changed while the
        -- approval waited for one (frozen, another activated). Run it again; DW302 would
        -- say the line is active.
        IF v_line.status = 'active' THEN
            RAISE EXCEPTION USING ERRCODE = '40001',
                MESSAGE = 'the budget lines changed meanwhile; try again';
        END IF;
"""
DECIDE_SIGNATURE = "dicel_decide_expense(uuid, boolean, text)"
#: (as 0110 has it, as this revision makes it): the body's changes, each found once.
_DECIDE_CHANGES = (
    (_CHOSEN, _CHOSEN_BY_THE_RULE),
    (_REFUSED_LINE, _REFUSED_LINE_BY_THE_RULE),
)


def _definition(signature: str) -> str:
    return execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('public.{signature}'::regprocedure)"
    ).fetchone()[0]


def _decide(*, by_the_rule: bool) -> None:
    """The approval as the database holds it (0085 measured its note first there, after
    0048 wrote it), with this revision's changes made or taken out again."""
    create = _definition(DECIDE_SIGNATURE)
    for before, after in _DECIDE_CHANGES:
        create = replaced(create, before, after) if by_the_rule else replaced(create, after, before)
    execute_sql(create)


# --------------------------------------------------------------------------- begun

#: (table, state) -> (the day a step into it writes today, the day it never comes
#: before), with the step's words: ``entry_rules.SETTLED_ONCE_BEGUN`` at this revision.
SETTLED_ONCE_BEGUN: dict[tuple[str, str], tuple[str, str, str]] = {
    ("recovery_cases", "written_off"): ("actual_completion_date", "start_date", "written off"),
}
BEGUN_SIGNATURE = "public.dicel_settled_once_begun()"
BEGUN = f"""
CREATE FUNCTION {BEGUN_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    -- TG_ARGV: [0] the state, [1] the day the step writes, [2] the day it never comes
    -- before, [3] the step's words.
    v_day date := (to_jsonb(NEW) ->> TG_ARGV[1])::date;
    v_begins date := (to_jsonb(NEW) ->> TG_ARGV[2])::date;
BEGIN
    -- Migration 0111: a case written off is settled today; one that begins after that
    -- day is not written off (the table's CHECK on the two days refused it in bare
    -- words). A superuser is not asked (the CHECK still holds).
    IF public.dicel_current_user_id() IS NOT NULL
       AND NEW.status = TG_ARGV[0] AND NEW.status IS DISTINCT FROM OLD.status
       AND v_begins > v_day THEN
        RAISE EXCEPTION USING ERRCODE = 'DW444',
            MESSAGE = format('%s %s begins on %s: it cannot be %s on %s',
                             TG_TABLE_NAME, NEW.id, v_begins, TG_ARGV[3], v_day),
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[2],
            DETAIL = json_build_object('action', TG_ARGV[3], 'date', v_begins,
                                       'today', v_day)::text;
    END IF;
    RETURN NEW;
END
$$"""


def _begun_trigger(table: str, state: str) -> str:
    later, earlier, done = SETTLED_ONCE_BEGUN[(table, state)]
    args = ", ".join(f"'{word}'" for word in (state, later, earlier, done))
    # BEFORE triggers run before the table's CHECKs: this one words the refusal first.
    return (
        f"CREATE TRIGGER {table}_{state}_once_begun BEFORE UPDATE OF status ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION {BEGUN_SIGNATURE[:-2]}({args})"
    )


# --------------------------------------------------------------------------- spans

#: (table, end column) -> (start column, most hours): ``entry_rules.LONGEST_SPANS`` at
#: this revision.
LONGEST_SPANS: dict[tuple[str, str], tuple[str, int]] = {
    ("security_assignments", "shift_end"): ("shift_start", 24),
    ("patrol_logs", "end_time"): ("start_time", 24),
}
SPAN_SIGNATURE = "public.dicel_lasts_at_most()"
SPAN = f"""
CREATE FUNCTION {SPAN_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    -- TG_ARGV: [0] the start's column, [1] the end's, [2] the most hours between them.
    v_start timestamptz := (to_jsonb(NEW) ->> TG_ARGV[0])::timestamptz;
    v_end timestamptz := (to_jsonb(NEW) ->> TG_ARGV[1])::timestamptz;
BEGIN
    -- Migration 0111: a shift or a patrol lasts at most a day. Each moment was bounded
    -- to the years 1900 to 2200 (DW445), not the span between them. Asked of a new row
    -- and of a change of either moment (a step's end stamped now included); a stored
    -- span is not asked while it stays. A superuser is not asked.
    IF public.dicel_current_user_id() IS NOT NULL
       AND v_end - v_start > make_interval(hours => TG_ARGV[2]::integer)
       AND (TG_OP = 'INSERT'
            OR v_start IS DISTINCT FROM (to_jsonb(OLD) ->> TG_ARGV[0])::timestamptz
            OR v_end IS DISTINCT FROM (to_jsonb(OLD) ->> TG_ARGV[1])::timestamptz) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW446',
            MESSAGE = format('%s %s would last from %s to %s: at most %s hours',
                             TG_TABLE_NAME, NEW.id, v_start, v_end, TG_ARGV[2]),
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[1],
            DETAIL = json_build_object('since', v_start, 'at', v_end,
                                       'most', TG_ARGV[2]::integer,
                                       'other', TG_ARGV[0])::text;
    END IF;
    RETURN NEW;
END
$$"""


def _span_trigger(table: str, end: str) -> str:
    start, most = LONGEST_SPANS[(table, end)]
    # Named to run after the table's <table>_within_the_calendar (BEFORE triggers run in
    # name order): a moment outside the years is said as such (DW445) first.
    return (
        f"CREATE TRIGGER {table}_within_the_hours BEFORE INSERT OR UPDATE OF {start}, {end}"
        f" ON public.{table} FOR EACH ROW"
        f" EXECUTE FUNCTION {SPAN_SIGNATURE[:-2]}('{start}', '{end}', '{most}')"
    )


def upgrade() -> None:
    create_owned_function(BUDGET_FOR, BUDGET_FOR_SIGNATURE)
    # CREATE OR REPLACE: owner and grants kept.
    execute_sql(BUDGET_OF_EXPENSE)
    # CREATE OR REPLACE, from pg_get_functiondef: owner and grants kept.
    _decide(by_the_rule=True)

    create_owned_function(BEGUN, BEGUN_SIGNATURE)
    for table, state in SETTLED_ONCE_BEGUN:
        execute_sql(_begun_trigger(table, state))

    create_owned_function(SPAN, SPAN_SIGNATURE)
    for table, end in LONGEST_SPANS:
        execute_sql(_span_trigger(table, end))


def downgrade() -> None:
    for table, _end in reversed(LONGEST_SPANS):
        execute_sql(f"DROP TRIGGER {table}_within_the_hours ON public.{table}")
    execute_sql(f"DROP FUNCTION {SPAN_SIGNATURE}")
    for table, state in reversed(SETTLED_ONCE_BEGUN):
        execute_sql(f"DROP TRIGGER {table}_{state}_once_begun ON public.{table}")
    execute_sql(f"DROP FUNCTION {BEGUN_SIGNATURE}")
    _decide(by_the_rule=False)
    execute_sql(BUDGET_OF_EXPENSE_0014)
    execute_sql(f"DROP FUNCTION {BUDGET_FOR_SIGNATURE}")
