"""A cancel's note is held to the rules of the text it is added to, and a posting is not
opened once its applications have closed.

Revision ID: 0119
Revises: 0118
Create Date: 2026-12-06

Found with psql in a review (psq34: the functions psql33b did not reach), as the demo's
real logins:

**A cancel's note went round the rules of the notes it joins.** An order's and an
invoice's notes are texts steps write lines into: typed there, a line shaped as a step's
("Closed short on 2026-12-06: Torch 10 of 10 received: …", "Payment TXN-… reversed on
…") is DW021 and a character that turns the text round (U+202A-U+202E, U+2066-U+2069) is
DW022 (trigger ``<table>_step_lines``, migrations 0074, 0077). ``dicel_cancel_purchase_order``
and ``dicel_cancel_invoice`` append their note to those notes as the workflows' owner,
whom the trigger lets by (its steps write those lines), so the same note given to Cancel
order… was stored: a cancelled order whose notes said it was closed short, a line nobody
could take out again (DW021 keeps it), or a note that read backwards. Both now ask
``dicel_refuse_step_lines(p_table, p_column, p_note)`` first (after who may cancel): the
rules of that table's ``<table>_step_lines`` trigger, read from it (its column, its step
lines' opening and shape), so a step line a later revision adds is refused here too.
DW022 and DW021 as the trigger raises them, TABLE the table, COLUMN ``note``.

**A posting was published, or resumed, after its closing date** (DW502, new): a draft
whose closing date had passed became ``open`` with a posted date after it ("posted
2026-12-06, closing 2026-01-01"), and candidates were filed on it (DW463 asks the state
only). Reopen clears the closing date for this reason (0038); publish and resume did
not. Now a posting moves into ``open`` from ``draft`` or ``on_hold`` only while its
closing date, if it has one, is the company's day or later: trigger
``job_postings_opens_before_it_closes`` (function ``dicel_posting_opens_before_it_closes``),
DETAIL ``date`` (the closing date), ``today``; TABLE ``job_postings``, COLUMN
``closing_date``. HR sets a later date or clears it (the column stays theirs in those
states) and publishes. A trigger, not a change of the generated steps: every path (the
two steps, a later one) meets it, and no step definition needed freezing. A superuser
is not asked: the login's own (``session_user``); changed in place on 2026-12-06 (code
review 34 F9): it read ``current_user``, which inside Publish's and Resume's SECURITY
DEFINER functions is their owner, so a superuser was refused through the steps and let
by only with a bare UPDATE. Postings already open past their date stay as they are.

The two cancels are changed as the database holds them (0013's and 0060's, measured
first by 0085), in one place each, from pg_get_functiondef; CREATE OR REPLACE keeps
their owner and grants. A downgrade takes the lines out again and drops the trigger and
the two functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import create_owned_function, execute_sql, replaced

revision: str = "0119"
down_revision: str | None = "0118"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW502": ("a posting opened after its closing date", ("date", "today")),
}

# --------------------------------------------------------------------------- notes

STEP_LINES_SIGNATURE = "public.dicel_refuse_step_lines(text, text, text)"
STEP_LINES = r"""
CREATE FUNCTION public.dicel_refuse_step_lines(p_table text, p_column text, p_note text)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    -- Migration 0119: a note a step adds to a text steps write lines into is held to
    -- what that text's trigger (<table>_step_lines, dicel_step_lines_stay) asks of a
    -- typed change, which it does not ask of the step (run as the owner): no character
    -- that turns it round (DW022), no line shaped as a step's (DW021). Its arguments
    -- are read from the trigger: [0] the column, [1] a step line's shape, [2] its
    -- opening; a line a later revision adds is refused here as well.
    v_raw bytea;
    v_at integer;
    v_args text[] := '{}';
    v_lines text[];
BEGIN
    IF p_note ~ '[\u202a-\u202e\u2066-\u2069]' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW022',
            MESSAGE = 'refused: a character that changes the direction of the text',
            DETAIL = '{}', TABLE = p_table, COLUMN = p_column;
    END IF;
    SELECT t.tgargs INTO v_raw FROM pg_catalog.pg_trigger t
     WHERE t.tgrelid = format('public.%I', p_table)::regclass
       AND t.tgname = p_table || '_step_lines';
    IF v_raw IS NULL OR p_note IS NULL THEN
        RETURN;
    END IF;
    -- Each argument ends with a zero byte.
    LOOP
        v_at := position('\x00'::bytea IN v_raw);
        EXIT WHEN v_at = 0;
        v_args := v_args || convert_from(substring(v_raw FROM 1 FOR v_at - 1), 'UTF8');
        v_raw := substring(v_raw FROM v_at + 1);
    END LOOP;
    v_lines := public.dicel_step_lines(p_note, '^[^a-z0-9]*(' || v_args[3] || ')',
                                       '^[^a-z0-9]*(' || v_args[2] || ')');
    IF cardinality(v_lines) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'DW021',
            MESSAGE = format('%s: a line only its step writes is typed: %s', p_table,
                             v_lines[1]),
            DETAIL = json_build_object('line', btrim(public.dicel_folded(v_lines[1])))::text,
            SCHEMA = 'public', TABLE = p_table, COLUMN = p_column;
    END IF;
END
$$
"""

#: (signature, the line the check goes before, the check) of each cancel.
_ASKED = "    PERFORM public.dicel_refuse_step_lines('{table}', 'note', $2);\n"
CANCELS = (
    (
        "dicel_cancel_purchase_order(uuid, text)",
        "    -- Until something of it has arrived: what was received is in stock and stays.\n",
        "purchase_orders",
    ),
    (
        "dicel_cancel_invoice(uuid, text)",
        "    -- Migration 0060: under the invoice's row lock (a payment takes it too), an\n",
        "invoices",
    ),
)
_MARK = "    -- Migration 0119: the note as the notes it joins would take it typed.\n"


def _cancels(*, asked: bool) -> None:
    """Each cancel as the database holds it, with the note's check put in or taken out
    again; CREATE OR REPLACE, from pg_get_functiondef: owner and grants kept."""
    for signature, before, table in CANCELS:
        create = execute_sql(
            f"SELECT pg_catalog.pg_get_functiondef('public.{signature}'::regprocedure)"
        ).fetchone()[0]
        check = _MARK + _ASKED.format(table=table)
        if asked:
            create = replaced(create, before, check + before)
        else:
            create = replaced(create, check + before, before)
        execute_sql(create)


# --------------------------------------------------------------------------- postings

OPENS_SIGNATURE = "public.dicel_posting_opens_before_it_closes()"
OPENS = """
CREATE FUNCTION public.dicel_posting_opens_before_it_closes() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    -- Migration 0119: a posting is opened (published, resumed) only while applications
    -- may still come, by the company's day: one published after its closing date was
    -- open with a posted date after it. Reopen clears the date (0038). A superuser is
    -- not asked: the one logged in (session_user), who reaches this through the
    -- SECURITY DEFINER steps as well, where current_user is their owner.
    IF NEW.status = 'open' AND OLD.status IN ('draft', 'on_hold')
       AND NEW.closing_date < public.dicel_company_day()
       AND NOT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                          WHERE r.rolname = session_user), false) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW502',
            MESSAGE = 'refused: a posting opened after its closing date',
            DETAIL = json_build_object('date', NEW.closing_date,
                                       'today', public.dicel_company_day())::text,
            TABLE = 'job_postings', COLUMN = 'closing_date';
    END IF;
    RETURN NEW;
END
$$
"""
OPENS_TRIGGER = """
CREATE TRIGGER job_postings_opens_before_it_closes
BEFORE UPDATE OF status ON public.job_postings
FOR EACH ROW EXECUTE FUNCTION public.dicel_posting_opens_before_it_closes()
"""


def upgrade() -> None:
    create_owned_function(STEP_LINES, STEP_LINES_SIGNATURE)
    _cancels(asked=True)
    create_owned_function(OPENS, OPENS_SIGNATURE)
    execute_sql(OPENS_TRIGGER)


def downgrade() -> None:
    execute_sql("DROP TRIGGER job_postings_opens_before_it_closes ON public.job_postings")
    execute_sql(f"DROP FUNCTION {OPENS_SIGNATURE}")
    _cancels(asked=False)
    execute_sql(f"DROP FUNCTION {STEP_LINES_SIGNATURE}")
