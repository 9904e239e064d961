"""Text is read as it shows: an invisible or look-alike character fools no rule on text; a
step's line is its exact shape; the ledger's words stay once posted.

Revision ID: 0077
Revises: 0076
Create Date: 2026-12-05

Found with psql in a review, as the demo's real logins:

**Invisible and look-alike characters passed the text rules of 0074.** A line forged as a
step's (DW021) passed with a soft hyphen, U+2061 or U+034F before it, a zero-width space
inside a word ("Pay\\u200bment"), Cyrillic letters ("P\\u0430yment", "Cl\\u043esed"),
a fullwidth "\\uff30", a record separator U+001E before it (Python and the window break
the line there, the trigger did not) or "reversed on:2026-...". A required reason of a
soft hyphen, a Braille blank U+2800, a Hangul filler U+3164 or a combining mark alone was
"given"; a movement's reference "\\u0420\\u041e-2026-000041" (Cyrillic Er and O) cited
an order (DW223).

One pure function, ``dicel_folded(text)`` (IMMUTABLE, owned by dicel_owner, EXECUTE for
every DICEL login: the step-lines trigger runs as the writer), reads a text as it shows:
NFKC, every line separator a line break, tabs and fillers a space, format characters,
combining marks and control characters removed, look-alike letters, dashes and colons as
the Latin ones. Its constants are ``domain/text_rules.py``'s, whose ``folded`` and
``is_blank`` are the window's (a case step's missing text). It is used by:

* ``dicel_given_text`` (every required text): NULL when the folded text is blank;
* ``dicel_step_lines_stay`` (DW021): lines are split at every line separator and
  matched folded;
* ``dicel_move_stock``'s reference (DW223): the folded reference, blanks removed.

**A character that turns the text round** (U+202A-U+202E, U+2066-U+2069: "\\u202e" shows
what follows backwards) is refused in a reason (``dicel_given_reason``) and in a text
steps write lines into (the step-lines trigger, when the text changes): ``DW022``,
COLUMN the text's.

**A step's line is its exact shape.** 0074 matched any line starting "Terminated on" or
"Marked expired on", so a draft contract's terms "Terminated on 30 days' written notice"
could not be saved. Each pattern now is the line its writer writes: the English opening,
"on", an ISO date and a colon ("Written off on 2026-12-05:", "Closed short on 2026-12-05,
3 of 10 received:", "Payment TXN-... reversed on 2026-12-05:"), blanks and case aside.

**The ledger's words stay.** Finance rewrote a posted payment's description, and a
reversal's (the reason as the books record it). ``transactions_locked`` (0007, 0040)
now freezes ``description`` too once the entry leaves ``pending`` (DL001, as every lock;
``domain/tables.py``); a pending entry's stays finance's to write.

A downgrade gives back 0074's helpers, trigger function and triggers, 0074's move and
0040's lock of transactions, and drops ``dicel_folded``.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)
from dicel_desktop.domain import text_rules as tr
from dicel_desktop.domain.case_flows import FLOWS, Asks

revision: str = "0077"
down_revision: str | None = "0076"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0040 = earlier_revision("0040_payments_and_evidence_stay")
_0074 = earlier_revision("0074_reasons_are_given_stay_and_fit_and_reversals_need_money")

# --------------------------------------------------------------------------- folding

FOLDED_SIGNATURE = "dicel_folded(text)"
FOLDED = f"""
CREATE OR REPLACE FUNCTION public.dicel_folded(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE {SEARCH_PATH}
AS $$
    -- Migration 0077: the text as it reads (domain/text_rules.py's folded).
    SELECT translate(
        regexp_replace(
            regexp_replace(
                regexp_replace(replace(normalize($1, NFKC), E'\\r\\n', E'\\n'),
                               '[{tr.FOLD_BREAK}]', E'\\n', 'g'),
                '[{tr.FOLD_BLANK}]', ' ', 'g'),
            '[{tr.INVISIBLE}]', '', 'g'),
        '{tr.LOOK_ALIKE}', '{tr.LOOK_ALIKE_LATIN}')
$$"""

_GIVEN_0074 = (
    f"""    SELECT nullif(regexp_replace($1, '^[{_0074.BLANK}]+|[{_0074.BLANK}]+$', '', 'g'), '')"""
)
_GIVEN = f"""    -- Migration 0077: nothing given when nothing shows (dicel_folded).
    SELECT CASE WHEN btrim(public.dicel_folded($1), E' \\n') <> '' THEN
        nullif(regexp_replace($1, '^[{_0074.BLANK}]+|[{_0074.BLANK}]+$', '', 'g'), '') END"""
GIVEN_TEXT = replaced(_0074.GIVEN_TEXT, _GIVEN_0074, _GIVEN)


def _turns(value: str, column: str) -> str:
    """SQL: refuse (DW022) ``value`` holding a character that changes the direction."""
    return f"""    IF {value} ~ '[{tr.DIRECTION_CONTROLS}]' THEN
        RAISE EXCEPTION USING ERRCODE = 'DW022',
            MESSAGE = 'refused: a character that changes the direction of the text',
            DETAIL = '{{}}', COLUMN = {column};
    END IF;
"""


_REASON_LENGTH = f"    IF length(v_reason) > {_0074.REASON_MOST_CHARACTERS} THEN"
GIVEN_REASON = replaced(
    _0074.GIVEN_REASON,
    _REASON_LENGTH,
    "    -- Migration 0077: nothing that turns the line round.\n"
    + _turns("value", "field")
    + _REASON_LENGTH,
)

HELPERS = (
    (_0074.GIVEN_TEXT_SIGNATURE, GIVEN_TEXT, _0074.GIVEN_TEXT),
    (_0074.GIVEN_REASON_SIGNATURE, GIVEN_REASON, _0074.GIVEN_REASON),
)

# --------------------------------------------------------------------------- step lines

#: The day a step writes its line on, as it writes it (to_char 'YYYY-MM-DD'), after "on"
#: (a colon there reads the same), and the colon its reason follows.
_ON_DAY = r" +on[ :]+[0-9]{4}-[0-9]{2}-[0-9]{2}"


def _words(*words: str) -> str:
    return " +".join(words)


def _reason_line(done: str) -> str:
    """A case step's line (db/case_functions.py ``_reason_line``): "Written off on
    2026-12-05: ..."."""
    return _words(*done.split()) + _ON_DAY + " *:"


def _reasoned_flows() -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for flow in FLOWS.values():
        for step in flow.steps:
            if step.asks is Asks.REASON and flow.notes:
                found.setdefault((flow.table, flow.notes), []).append(_reason_line(step.done))
    return found


def _step_lines() -> tuple[tuple[str, str, str], ...]:
    count = "[0-9][0-9.]*"
    lines = {
        # "Closed short on 2026-12-05, 3 of 10 received: ..." (migration 0071).
        ("purchase_orders", "notes"): [
            _words("closed", "short") + _ON_DAY + f" *, *{count} +of +{count} +received *:"
        ],
        # "Payment TXN-2026-000012 reversed on 2026-12-05: ..." (migration 0066).
        ("invoices", "notes"): [_words("payment", "[^ ]+", "reversed") + _ON_DAY + " *:"],
        **_reasoned_flows(),
    }
    return tuple((table, column, "|".join(patterns)) for (table, column), patterns in lines.items())


#: (table, text column, the line a step writes there: a POSIX regular expression matched
#: case-insensitively against the line folded, after its leading spaces).
STEP_LINES = _step_lines()

#: Where a text breaks into lines: at every line separator (Python's splitlines').
_SPLIT = f"'[\\n{tr.FOLD_BREAK}]'"


def _step_lines_stay() -> str:
    sql = replaced(
        _0074.STEP_LINES_STAY,
        "    v_pattern text := '^[" + _0074.BLANK + "]*(' || TG_ARGV[1] || ')';",
        "    v_pattern text := '^ *(' || TG_ARGV[1] || ')';",
    )
    sql = replaced(sql, f"'[{_0074.BREAK}]'", _SPLIT, count=2)
    sql = replaced(sql, "WHERE l ~* v_pattern", "WHERE public.dicel_folded(l) ~* v_pattern", 2)
    first = "    SELECT coalesce(array_agg(l ORDER BY l), '{}') INTO v_new\n"
    changed = (
        "(TG_OP = 'INSERT' OR (to_jsonb(NEW) ->> TG_ARGV[0])"
        " IS DISTINCT FROM (to_jsonb(OLD) ->> TG_ARGV[0]))"
    )
    turns = _turns("(to_jsonb(NEW) ->> TG_ARGV[0])", "TG_ARGV[0]").replace(
        "    IF ", f"    IF {changed}\n       AND ", 1
    )
    return replaced(
        sql, first, "    -- Migration 0077: nothing that turns a line round.\n" + turns + first
    )


STEP_LINES_STAY = _step_lines_stay()

# --------------------------------------------------------------------------- stock

_AS_READ = "upper(regexp_replace(public.dicel_folded($5), '[ \\n]+', '', 'g'))"
MOVE_STOCK = replaced(_0074.MOVE_STOCK, _0074._AS_READ, _AS_READ)

# --------------------------------------------------------------------------- ledger

TRANSACTIONS_LOCKED = "transactions_locked"
_TRANSACTIONS_OPEN = "'status', '{pending}'"
_TRANSACTIONS_BEFORE = next(r[4] for r in _0040.RELOCKED if r[0] == TRANSACTIONS_LOCKED)
_TRANSACTIONS_AFTER = (*_TRANSACTIONS_BEFORE, "description")


def _relock(columns: Sequence[str]) -> None:
    execute_sql(f"DROP TRIGGER IF EXISTS {TRANSACTIONS_LOCKED} ON public.transactions")
    execute_sql(
        _0040._lock_trigger(TRANSACTIONS_LOCKED, "transactions", _TRANSACTIONS_OPEN, columns)
    )


def _triggers(lines: Sequence[tuple[str, str, str]]) -> None:
    for table, column, pattern in lines:
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_step_lines ON public.{table}")
        execute_sql(_0074._step_lines_trigger(table, column, pattern))


def upgrade() -> None:
    # EXECUTE on dicel_folded: migrations/env.py runs sync-grants after the upgrade.
    create_owned_function(FOLDED, FOLDED_SIGNATURE)
    # CREATE OR REPLACE keeps each function's owner and grants.
    for _signature, create, _before in HELPERS:
        execute_sql(create)
    execute_sql(STEP_LINES_STAY)
    _triggers(STEP_LINES)
    execute_sql(MOVE_STOCK)
    _relock(_TRANSACTIONS_AFTER)


def downgrade() -> None:
    _relock(_TRANSACTIONS_BEFORE)
    execute_sql(_0074.MOVE_STOCK)
    _triggers(_0074.STEP_LINES)
    execute_sql(_0074.STEP_LINES_STAY)
    for _signature, _create, before in reversed(HELPERS):
        execute_sql(before)
    execute_sql(f"DROP FUNCTION public.{FOLDED_SIGNATURE}")
