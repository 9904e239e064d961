"""A payslip's step lines keep their order and are read as the guard splits them; an
open posting closes ahead; a receipt names a line once; a login's employee number names
an employee.

Revision ID: 0128
Revises: 0127
Create Date: 2026-12-06

Found with psql in a review (/work/reports/psql35.md), as the demo's real logins:

* **Step lines keep their order** (F1). ``dicel_step_lines`` gave a text's step lines
  sorted, so the guard (``<table>_step_lines``, ``dicel_step_lines_stay``) took lines
  moved among themselves for the same lines; ``dicel_payslips_cut`` reads the *last*
  "Prorated on …"/"Restored on …" line, and a swap made a later termination pay the days
  someone was suspended. The lines now come in stored order, so a reorder is a change
  (DW021, ``line`` the first line out of place), in every text steps write lines into.
* **One idea of a line** (F2). The guard splits a text at CR LF, CR or LF; the reader
  matched its pattern line by line where only LF ends a line, so a lone CR beside a
  step's line left it "unchanged" for the guard and unread by ``dicel_payslips_cut``
  (Reinstate… then gave nothing back). The reader now splits as the guard does
  (``LINE_BREAK``) and reads each line as the guard keeps it (NFC).
* **An open posting closes ahead** (F3, DW502 with DETAIL ``action`` ``closing_date``):
  a closing date before the company's day is not written on a posting that is open or on
  hold (cleared, resumed, then the past date put back was an open posting that had
  closed). A date already past stays as it is; a later one, or none, is still HR's; to
  stop applications, Close applications… The trigger ``job_postings_opens_before_it_closes``
  now fires on ``closing_date`` too. A superuser is not asked (as 0119).
* **A receipt names each line once** (F4, ``DW503``, DETAIL ``line``, ``times``): 100,000
  a line a receipt (DW498) was per JSON entry, so one line named three times took
  250,000. Asked after DW498, before anything is received.
* **A login's employee number is an employee's** (F6, ``DU019``, DETAIL ``employee``):
  ``dicel_create_user`` stored any number, linked or not ("EMP-999999", " emp-000152 ").
  The number is read as employee numbers are written (blanks trimmed, upper case; empty
  is none), and must be an employee's; the employee's own spelling is what is stored and
  linked (so " emp-000152 " meets DU018 as "EMP-000152" does). Asked of the superuser
  too: it is what the function stores.

Frozen: 0083's ``dicel_step_lines`` and ``dicel_step_lines_stay``, 0120's
``dicel_payslips_cut`` and ``dicel_receive_purchase_order``, 0119's
``dicel_posting_opens_before_it_closes``; ``dicel_create_user`` is changed as the
database holds it (pg_get_functiondef, as 0122). CREATE OR REPLACE keeps owners and
grants; the downgrade gives each back and the trigger its columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql, or_replace, replaced

revision: str = "0128"
down_revision: str | None = "0127"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW502": (
        "a closing date in the past on an open or on-hold posting",
        ("date", "today", "action"),
    ),
    "DW503": ("a line named twice in one receipt", ("line", "times")),
    "DU019": ("a login given an employee number no employee has", ("employee",)),
}

_0083 = earlier_revision("0083_step_lines_and_order_numbers_as_a_reader_takes_them")
_0119 = earlier_revision(
    "0119_a_cancels_note_is_held_to_its_texts_rules_and_a_posting_opens_before_it_closes"
)
_0120 = earlier_revision(
    "0120_a_leavers_approved_payslip_pays_their_days_an_asset_is_held_by_an_active_login"
    "_and_a_receipt_has_a_size"
)

# --------------------------------------------------------------------------- F1: order

#: What ends a line, for the guard and for the payslip's reader alike (as a regular
#: expression in an E'' literal): CR LF, CR or LF.
LINE_BREAK = "\\r\\n|[\\r\\n]"
assert f"regexp_split_to_table($1, E'{LINE_BREAK}')" in _0083.STEP_LINES_OF

_SORTED = "coalesce(array_agg(normalize(s.l, NFC) ORDER BY normalize(s.l, NFC)), '{}')"
_IN_ORDER = "coalesce(array_agg(normalize(s.l, NFC) ORDER BY s.n), '{}')"
STEP_LINES_OF = replaced(
    replaced(_0083.STEP_LINES_OF, _SORTED, _IN_ORDER),
    "    -- than the shortest a step writes is not matched. No text: no lines. PL/pgSQL: its\n"
    "    -- plan is kept for the session.\n",
    "    -- than the shortest a step writes is not matched. No text: no lines. PL/pgSQL: its\n"
    "    -- plan is kept for the session. Migration 0128: in stored order (they came\n"
    "    -- sorted, so lines moved among themselves were the same lines to the guard).\n",
)

_FIRST_TYPED = """    IF v_line IS NULL THEN
        SELECT l INTO v_line
          FROM (SELECT unnest(v_new) EXCEPT ALL SELECT unnest(v_old)) AS x(l)
         ORDER BY l LIMIT 1;
    END IF;
"""
STEP_LINES_STAY = replaced(
    _0083.STEP_LINES_STAY,
    _FIRST_TYPED,
    _FIRST_TYPED
    + """    -- Migration 0128: the same lines in another order: the first line out of place.
    IF v_line IS NULL THEN
        SELECT v_new[i] INTO v_line FROM generate_subscripts(v_new, 1) AS i
         WHERE v_new[i] IS DISTINCT FROM v_old[i] ORDER BY i LIMIT 1;
    END IF;
""",
)

# --------------------------------------------------------------------------- F2: lines

_LAST_LINE_0120 = (
    f"(SELECT m FROM regexp_matches(coalesce(r.notes, ''), '{_0120._LINE_RE}', 'gn')\n"
    "                      WITH ORDINALITY AS x(m, n) ORDER BY x.n DESC LIMIT 1) AS line"
)
_LAST_LINE = (
    # Migration 0128: the last line of the shape, the notes split as the guard splits
    # them and each line as it keeps it (NFC): a CR beside a line no longer hides it.
    f"(SELECT regexp_match(normalize(x.l, NFC), '{_0120._LINE_RE}')\n"
    f"                  FROM regexp_split_to_table(coalesce(r.notes, ''), E'{LINE_BREAK}')\n"
    "                       WITH ORDINALITY AS x(l, n)\n"
    f"                 WHERE normalize(x.l, NFC) ~ '{_0120._LINE_RE}'\n"
    "                 ORDER BY x.n DESC LIMIT 1) AS line"
)
PAYSLIPS_CUT = replaced(
    replaced(or_replace(_0120.PAYSLIPS_CUT), _LAST_LINE_0120, _LAST_LINE),
    "    -- a suspension cut (its last line), never above what it paid before the cut.\n",
    "    -- a suspension cut (its last line), never above what it paid before the cut.\n"
    "    -- Migration 0128: a line is what the step-lines guard takes as one (LINE_BREAK),\n"
    "    -- and the guard keeps the lines' order, so the last line is the last step's.\n",
)

# --------------------------------------------------------------------------- F3: posting

_OPENS_CHECK = """    IF NEW.status = 'open' AND OLD.status IN ('draft', 'on_hold')
       AND NEW.closing_date < public.dicel_company_day()
       AND NOT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                          WHERE r.rolname = session_user), false) THEN
"""
_CLOSES_AHEAD = """    -- Migration 0128: nor, while it is open or on hold, given a closing date already
    -- past (cleared, resumed, then the past date put back was open after it closed). A
    -- date already past stays; a later one, or none, is HR's; Close applications… stops
    -- them now.
    IF NEW.status IN ('open', 'on_hold')
       AND NEW.closing_date IS DISTINCT FROM OLD.closing_date
       AND NEW.closing_date < public.dicel_company_day()
       AND NOT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                          WHERE r.rolname = session_user), false) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW502',
            MESSAGE = 'refused: a closing date already past on an open or on-hold posting',
            DETAIL = json_build_object('date', NEW.closing_date,
                                       'today', public.dicel_company_day(),
                                       'action', 'closing_date')::text,
            TABLE = 'job_postings', COLUMN = 'closing_date';
    END IF;
"""
OPENS = replaced(or_replace(_0119.OPENS), _OPENS_CHECK, _CLOSES_AHEAD + _OPENS_CHECK)
OPENS_TRIGGER_0119 = _0119.OPENS_TRIGGER
OPENS_TRIGGER = replaced(
    OPENS_TRIGGER_0119, "BEFORE UPDATE OF status ON", "BEFORE UPDATE OF status, closing_date ON"
)

# --------------------------------------------------------------------------- F4: receipt

_BEFORE_LOOP = _0120._BEFORE_LOOP
RECEIVE = replaced(
    _0120.RECEIVE,
    _BEFORE_LOOP,
    """    -- Migration 0128: each line once (100,000 a line a receipt was per entry: one line
    -- named three times took 250,000).
    SELECT d.times, coalesce(l.description, i.item_name) AS name
      INTO v_line
      FROM (SELECT (e ->> 'line_id')::uuid AS id, count(*) AS times
              FROM jsonb_array_elements(v_lines) AS e
             WHERE e ->> 'line_id' IS NOT NULL
             GROUP BY 1 HAVING count(*) > 1) AS d
      JOIN public.purchase_order_lines l ON l.id = d.id AND l.order_id = v_order
      LEFT JOIN public.inventory_items i ON i.id = l.item_id
     ORDER BY l.created_at, l.id
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW503',
            MESSAGE = format('refused: a line named %s times in one receipt', v_line.times),
            DETAIL = json_build_object('line', v_line.name, 'times', v_line.times)::text,
            TABLE = 'purchase_order_lines', COLUMN = 'quantity_received';
    END IF;
"""
    + _BEFORE_LOOP,
)

# --------------------------------------------------------------------------- F6: login

CREATE_USER_SIGNATURE = "public.dicel_create_user(text, text, text, text, text, text, text, text)"
_CREATE_USER_NUMBER = """    IF p_employee_number IS NOT NULL THEN
        IF EXISTS (SELECT FROM public.users WHERE employee_id = p_employee_number) THEN"""
_CREATE_USER_NUMBER_0128 = """    -- Migration 0128: the number as employee numbers are written (blanks trimmed, upper
    -- case; empty is none), and an employee's, in its own spelling: a number that names
    -- nobody was stored on an active login, and " emp-000152 " linked nobody.
    p_employee_number := nullif(upper(btrim(p_employee_number)), '');
    IF p_employee_number IS NOT NULL THEN
        SELECT e.employee_number INTO v_number FROM public.employees e
         WHERE upper(btrim(e.employee_number)) = p_employee_number
         ORDER BY e.employee_number = p_employee_number DESC, e.employee_number LIMIT 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no employee has the number %', p_employee_number
                USING ERRCODE = 'DU019',
                      DETAIL = json_build_object('employee', p_employee_number)::text;
        END IF;
        p_employee_number := v_number;
    END IF;
"""
_CREATE_USER_DECLARED = "    v_id uuid;\nBEGIN\n"
_CREATE_USER_DECLARED_0128 = "    v_id uuid;\n    v_number text;\nBEGIN\n"


def _create_user(*, changed: bool) -> None:
    create = execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('{CREATE_USER_SIGNATURE}'::regprocedure)"
    ).fetchone()[0]
    pairs = (
        (_CREATE_USER_DECLARED, _CREATE_USER_DECLARED_0128),
        (_CREATE_USER_NUMBER, _CREATE_USER_NUMBER_0128 + _CREATE_USER_NUMBER),
    )
    for before, after in pairs:
        create = replaced(create, before, after) if changed else replaced(create, after, before)
    execute_sql(create)


# --------------------------------------------------------------------------- migration


def upgrade() -> None:
    # CREATE OR REPLACE keeps each function's owner and grants.
    execute_sql(STEP_LINES_OF)
    execute_sql(STEP_LINES_STAY)
    execute_sql(PAYSLIPS_CUT)
    execute_sql(OPENS)
    execute_sql("DROP TRIGGER job_postings_opens_before_it_closes ON public.job_postings")
    execute_sql(OPENS_TRIGGER)
    execute_sql(RECEIVE)
    _create_user(changed=True)


def downgrade() -> None:
    _create_user(changed=False)
    execute_sql(_0120.RECEIVE)
    execute_sql("DROP TRIGGER job_postings_opens_before_it_closes ON public.job_postings")
    execute_sql(OPENS_TRIGGER_0119)
    execute_sql(or_replace(_0119.OPENS))
    execute_sql(or_replace(_0120.PAYSLIPS_CUT))
    execute_sql(_0083.STEP_LINES_STAY)
    execute_sql(_0083.STEP_LINES_OF)
