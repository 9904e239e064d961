"""Reasons are real text, of a readable length, and the lines steps write stay theirs; a
reversal needs an open account holding the money; a movement cites no order in disguise.

Revision ID: 0074
Revises: 0073
Create Date: 2026-12-06

Found with psql in a review, as the demo's real logins:

**A reversal overdrew an account, or wrote on a closed one.** ``dicel_reverse_invoice_
payment`` (0066) checked nothing of the account, while paying an expense refuses a
closed account (DW310) and one holding too little (DW327). It now refuses a payment
whose account is closed (``DW344``, DETAIL ``account``, ``transaction``) and one whose
account holds less than the payment (``DW345``, DETAIL ``account``, ``balance``,
``needed``, ``currency``), under the account's row lock (taken after the invoice's, as
before). docs/decisions.md says why not an overdraft.

**A reason was any text at all.** ``btrim`` strips spaces only: a tab, a no-break space,
an ideographic or zero-width space passed every "required text" check of 0066-0072, and a
reason of two million characters was written into the record. Two helpers (owned by
dicel_owner, pure):

* ``dicel_given_text(value)``: the text without the blanks around it (``BLANK``: white
  space, control characters, Unicode spaces and zero-width characters), NULL when
  nothing else is there; every required text of 0066-0072 is tested with it (a count's
  note, DW224; the case steps' resolution and required columns, DW402);
* ``dicel_given_reason(value, field)``: a reason a step writes into a record's text, as
  ``dicel_given_text`` and on one line (every run of blanks, line breaks included, one
  space), refused beyond ``REASON_MOST_CHARACTERS`` (``DW020``, COLUMN ``field``,
  DETAIL ``length``, ``most``): the reversal (DW343), Close order... (DW291), the
  steps that ask why (DW490), a movement's note.

**The line a step wrote could be erased, or typed by anyone.** The steps write a dated
line into a record's text ("Written off on 2026-12-05: ...", "Closed short on ...",
"Payment TXN-... reversed on ...", "Terminated on ...", "Marked expired on ..."). A
trigger per such text (``<table>_step_lines``, ``dicel_step_lines_stay(column,
pattern)``) refuses (``DW021``, DETAIL ``line``, COLUMN the text's) any INSERT or UPDATE
whose lines starting that way (``STEP_LINES``, blanks and case aside) are not exactly
the ones the row had: a step's line is not removed, changed or typed in. The workflows'
owner passes, as with 0007's locks: only a step function (SECURITY DEFINER, owned by
dicel_owner) writes as it, which no login can fake (a setting can be set by anyone).
The reason is on one line (``dicel_given_reason``), so a reason cannot start a line of
its own either. Besides, a written-off, recovered or closed case's description is
frozen (0007's lock, ``domain/tables.py``): what it was written off on stays.

**DW223 was dodged** with a trailing no-break space, a leading tab, en dashes or a suffix
("PO-2025-000001/1"). The reference is now read as a person reads it (NFKC, Unicode
dashes as '-', every blank removed, upper case) and refused when an order number's shape
is anywhere in it (``PO_NUMBER_ANYWHERE``). Receiving writes through
``dicel_stock_movement`` and is untouched.

A downgrade gives back 0066's reversal, 0071's move, close and case steps, drops the
triggers and helpers, and 0007's lock of recovery cases as 0035 left it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.case_functions import FunctionDefinition, function_definitions
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)
from dicel_desktop.domain.case_flows import FLOWS, Asks
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0074"
down_revision: str | None = "0073"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0007 = earlier_revision("0007_trusted_writes")
_0040 = earlier_revision("0040_payments_and_evidence_stay")
_0066 = earlier_revision("0066_a_payment_comes_off_its_invoice_and_counts_find_surplus")
_0071 = earlier_revision("0071_movements_refer_to_what_fits_orders_close_short_and_endings_say_why")

# --------------------------------------------------------------------------- text

#: A reason is read by people in a record's text and printed with it: a page's worth of
#: reading is plenty to say why, and far less than what a pasted file would be.
REASON_MOST_CHARACTERS = 2000

#: Line breaks as editors show them (a POSIX bracket expression's content).
BREAK = r"\n\r\v\f\u0085\u2028\u2029"
#: What shows as nothing, or as a blank: white space, control characters, Unicode spaces
#: and the zero-width characters (a bracket expression's content).
BLANK = (
    r"[:space:][:cntrl:]" + BREAK + r"\u00a0\u1680\u180e\u2000-\u200f\u202f\u205f\u2060"
    r"\u3000\ufeff"
)

GIVEN_TEXT_SIGNATURE = "dicel_given_text(text)"
GIVEN_TEXT = f"""
CREATE OR REPLACE FUNCTION public.{GIVEN_TEXT_SIGNATURE} RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE {SEARCH_PATH}
AS $$
    -- Migration 0074: the text without the blanks around it; NULL when nothing else.
    SELECT nullif(regexp_replace($1, '^[{BLANK}]+|[{BLANK}]+$', '', 'g'), '')
$$"""

GIVEN_REASON_SIGNATURE = "dicel_given_reason(text, text)"
GIVEN_REASON = f"""
CREATE OR REPLACE FUNCTION public.dicel_given_reason(value text, field text) RETURNS text
LANGUAGE plpgsql IMMUTABLE {SEARCH_PATH}
AS $$
DECLARE
    -- Migration 0074: a reason a step writes as a line of a record's text: given, on one
    -- line, and of a readable length.
    v_reason text := regexp_replace(public.dicel_given_text(value), '[{BLANK}]+', ' ', 'g');
BEGIN
    IF length(v_reason) > {REASON_MOST_CHARACTERS} THEN
        RAISE EXCEPTION USING ERRCODE = 'DW020', MESSAGE = 'refused: a reason that long',
            DETAIL = json_build_object('length', length(v_reason),
                                       'most', {REASON_MOST_CHARACTERS})::text,
            COLUMN = field;
    END IF;
    RETURN v_reason;
END
$$"""

HELPERS = ((GIVEN_TEXT_SIGNATURE, GIVEN_TEXT), (GIVEN_REASON_SIGNATURE, GIVEN_REASON))

# --------------------------------------------------------------------------- step lines


def _words(*words: str) -> str:
    return f"[{BLANK}]+".join(words)


def _step_done(done: str) -> str:
    return _words(*done.split(), "on") + f"[{BLANK}]"


def _reasoned_flows() -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for flow in FLOWS.values():
        for step in flow.steps:
            if step.asks is Asks.REASON and flow.notes:
                found.setdefault((flow.table, flow.notes), []).append(_step_done(step.done))
    return found


def _step_lines() -> tuple[tuple[str, str, str], ...]:
    lines = {
        ("purchase_orders", "notes"): [_step_done("closed short")],
        # "Payment TXN-2026-000012 reversed on 2026-12-05: ..."
        ("invoices", "notes"): [_words("payment", f"[^{BLANK}]+", "reversed", "on") + f"[{BLANK}]"],
        **_reasoned_flows(),
    }
    return tuple((table, column, "|".join(patterns)) for (table, column), patterns in lines.items())


#: (table, text column, what a line a step writes there starts with: a POSIX regular
#: expression, matched case-insensitively after the line's leading blanks).
STEP_LINES = _step_lines()

STEP_LINES_STAY_SIGNATURE = "dicel_step_lines_stay()"
STEP_LINES_STAY = f"""
CREATE OR REPLACE FUNCTION public.{STEP_LINES_STAY_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    -- Migration 0074. TG_ARGV: [0] the text column, [1] what a line a step writes there
    -- starts with. Those lines are the steps' (run as the workflows' owner): nobody else
    -- removes, changes or types one.
    v_pattern text := '^[{BLANK}]*(' || TG_ARGV[1] || ')';
    v_old text[] := '{{}}';
    v_new text[];
    v_line text;
BEGIN
    IF {_0007._MAY_PASS_LOCKS} THEN
        RETURN NEW;
    END IF;
    SELECT coalesce(array_agg(l ORDER BY l), '{{}}') INTO v_new
      FROM regexp_split_to_table(to_jsonb(NEW) ->> TG_ARGV[0], '[{BREAK}]') AS l
     WHERE l ~* v_pattern;
    IF TG_OP = 'UPDATE' THEN
        SELECT coalesce(array_agg(l ORDER BY l), '{{}}') INTO v_old
          FROM regexp_split_to_table(to_jsonb(OLD) ->> TG_ARGV[0], '[{BREAK}]') AS l
         WHERE l ~* v_pattern;
    END IF;
    IF v_new = v_old THEN
        RETURN NEW;
    END IF;
    -- The first line taken away (or changed), else the first one typed in.
    SELECT l INTO v_line FROM (SELECT unnest(v_old) EXCEPT ALL SELECT unnest(v_new)) AS x(l)
     ORDER BY l LIMIT 1;
    IF v_line IS NULL THEN
        SELECT l INTO v_line
          FROM (SELECT unnest(v_new) EXCEPT ALL SELECT unnest(v_old)) AS x(l)
         ORDER BY l LIMIT 1;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'DW021',
        MESSAGE = format('%s: a line only its step writes is typed, changed or removed: %s',
                         TG_TABLE_NAME, v_line),
        DETAIL = json_build_object('line', btrim(v_line))::text,
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[0];
END
$$"""


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _step_lines_trigger(table: str, column: str, pattern: str) -> str:
    return (
        f"CREATE TRIGGER {table}_step_lines BEFORE INSERT OR UPDATE OF {column}"
        f" ON public.{table} FOR EACH ROW"
        f" EXECUTE FUNCTION public.dicel_step_lines_stay({_literal(column)}, {_literal(pattern)})"
    )


# --------------------------------------------------------------------------- locks

#: recovery_cases' lock (0007's, as domain/tables.py declares it): before and after.
CASES = "recovery_cases"
CASES_LOCKED = f"{CASES}_locked"
CASES_OPEN = "'status', '{open,in_progress,on_hold}'"
CASES_LOCKED_BEFORE = ("case_type", "client_id", "amount_involved")
CASES_LOCKED_AFTER = (*CASES_LOCKED_BEFORE, "description")

# --------------------------------------------------------------------------- reversal

_REASON_0066 = "    v_reason text := nullif(btrim(reason), '');"
_REASON = "    v_reason text := public.dicel_given_reason(reason, 'reason');"
_ACCOUNT_0066 = """    v_new uuid;
BEGIN"""
_ACCOUNT_DECLARED = """    v_new uuid;
    v_account public.financial_accounts%ROWTYPE;
BEGIN"""
_LOCK_0066 = """    PERFORM 1 FROM public.financial_accounts a WHERE a.id = v_payment.account_id FOR UPDATE;
"""
_LOCK_AND_CHECK = """    SELECT * INTO v_account FROM public.financial_accounts a
     WHERE a.id = v_payment.account_id FOR UPDATE;
    -- Migration 0074: not on a closed account, and not below what it holds.
    IF NOT FOUND OR NOT coalesce(v_account.is_active, true) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW344', MESSAGE = 'the payment''s account is closed',
            DETAIL = json_build_object('account', v_account.account_name,
                'transaction', v_payment.transaction_number)::text,
            COLUMN = 'transaction';
    END IF;
    IF coalesce(v_account.balance, 0) < v_payment.amount THEN
        RAISE EXCEPTION USING ERRCODE = 'DW345',
            MESSAGE = 'not enough on the account to reverse the payment',
            DETAIL = json_build_object('account', v_account.account_name,
                'transaction', v_payment.transaction_number,
                'balance', coalesce(v_account.balance, 0), 'needed', v_payment.amount,
                'currency', v_payment.currency)::text,
            COLUMN = 'transaction';
    END IF;
"""


def _reverse() -> str:
    create = or_replace(_0066.REVERSE)
    create = replaced(create, _REASON_0066, _REASON)
    create = replaced(create, _ACCOUNT_0066, _ACCOUNT_DECLARED)
    return replaced(create, _LOCK_0066, _LOCK_AND_CHECK)


REVERSE = _reverse()
REVERSE_BEFORE = or_replace(_0066.REVERSE)

# --------------------------------------------------------------------------- close

_CLOSE_REASON_0071 = "    v_reason text := nullif(btrim(reason), '');"
CLOSE = replaced(
    or_replace(_0071.CLOSE),
    _CLOSE_REASON_0071,
    _REASON,
)
CLOSE_BEFORE = or_replace(_0071.CLOSE)

# --------------------------------------------------------------------------- stock

#: An order's number (``dicel_doc_number('PO', n)``) anywhere in a reference read as
#: below: "PO-2025-000001/1", and its digits run together too.
PO_NUMBER_ANYWHERE = "PO-?[0-9]{4}-?[0-9]{6,}"
#: Dashes as people type them (hyphen, non-breaking hyphen, figure dash, en and em
#: dashes, horizontal bar, minus, small and fullwidth hyphen-minus).
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_AS_READ = (
    f"upper(regexp_replace(translate(normalize($5, NFKC), '{DASHES}', '{'-' * len(DASHES)}'),"
    f" '[{BLANK}]+', '', 'g'))"
)
_CITED_0066 = "    IF upper(btrim($5)) ~ '^PO-[0-9]{4}-[0-9]{6,}$' THEN"
_CITED = f"""    -- Migration 0074: read as a person reads it (dashes, blanks and case aside), and
    -- anywhere in it.
    IF {_AS_READ} ~ '{PO_NUMBER_ANYWHERE}' THEN"""
_CITED_DETAIL_0066 = "DETAIL = (json_build_object('reference', btrim($5)))::text"
_CITED_DETAIL = "DETAIL = (json_build_object('reference', public.dicel_given_text($5)))::text"
_NOTE_0066 = "AND $4 = 'adjustment' AND nullif(btrim($6), '') IS NULL THEN"
_NOTE = "AND $4 = 'adjustment' AND public.dicel_given_text($6) IS NULL THEN"
_START_0059 = (
    """    -- Migration 0059: a movement on an order is written by the workflow of the order"""
)
_NOTE_CAPPED = f"""    -- Migration 0074: a note of a readable length.
    PERFORM public.dicel_given_reason($6, 'notes');
{_START_0059}"""


def _move_stock() -> str:
    create = replaced(_0071.MOVE_STOCK, _CITED_0066, _CITED)
    create = replaced(create, _CITED_DETAIL_0066, _CITED_DETAIL)
    create = replaced(create, _NOTE_0066, _NOTE)
    return replaced(create, _START_0059, _NOTE_CAPPED)


MOVE_STOCK = _move_stock()

# --------------------------------------------------------------------------- case steps

_GIVEN = re.compile(r"public\.dicel_given_(?:text|reason)\(([^,()]+)(?:, '[a-z_]+')?\)")


def _as_before(sql: str) -> str:
    """A case step's SQL as migration 0071 made it: spaces trimmed only."""
    return _GIVEN.sub(lambda m: f"nullif(btrim({m.group(1)}), '')", sql)


def _case_functions() -> list[FunctionDefinition]:
    """The case steps whose text checks this revision changes."""
    made = function_definitions(decided=False, locks_first=False)  # 0153's helper: not yet
    return [f for f in made if "dicel_given_" in f.body]


def upgrade() -> None:
    for signature, create in HELPERS:
        create_owned_function(create, signature)
    # CREATE OR REPLACE keeps each function's owner and grants.
    execute_sql(REVERSE)
    execute_sql(CLOSE)
    execute_sql(MOVE_STOCK)
    for function in _case_functions():
        execute_sql(function.create_or_replace)

    execute_sql(STEP_LINES_STAY)
    execute_sql(f"ALTER FUNCTION public.{STEP_LINES_STAY_SIGNATURE} OWNER TO {OWNER_ROLE}")
    for table, column, pattern in STEP_LINES:
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_step_lines ON public.{table}")
        execute_sql(_step_lines_trigger(table, column, pattern))

    # Migration 0007 makes the registry's locks as they are when it runs: a database built
    # afresh has this one already.
    execute_sql(f"DROP TRIGGER IF EXISTS {CASES_LOCKED} ON public.{CASES}")
    execute_sql(_0040._lock_trigger(CASES_LOCKED, CASES, CASES_OPEN, CASES_LOCKED_AFTER))
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER IF EXISTS {CASES_LOCKED} ON public.{CASES}")
    execute_sql(_0040._lock_trigger(CASES_LOCKED, CASES, CASES_OPEN, CASES_LOCKED_BEFORE))
    for table, _column, _pattern in reversed(STEP_LINES):
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_step_lines ON public.{table}")
    execute_sql(f"DROP FUNCTION public.{STEP_LINES_STAY_SIGNATURE}")
    for function in _case_functions():
        execute_sql(_as_before(function.create_or_replace))
    execute_sql(_0071.MOVE_STOCK)  # written as CREATE OR REPLACE
    execute_sql(CLOSE_BEFORE)
    execute_sql(REVERSE_BEFORE)
    for signature, _create in reversed(HELPERS):
        execute_sql(f"DROP FUNCTION public.{signature}")
    pin_company_time_zone(op.get_bind())
