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
from types import SimpleNamespace

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)
from dicel_desktop.domain.case_flows import FLOWS, Asks

revision: str = "0077"
down_revision: str | None = "0076"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0040 = earlier_revision("0040_payments_and_evidence_stay")
_0074 = earlier_revision("0074_reasons_are_given_stay_and_fit_and_reversals_need_money")

# --------------------------------------------------------------------------- folding

# ``domain/text_rules.py``'s constants as this revision built ``dicel_folded`` from them
# (written out here when migration 0080 changed them: a revision stays what it was).

#: Line separators (Python's ``str.splitlines`` ones): each a line break once folded
#: (a CR LF pair one break). Bracket contents.
FOLD_BREAK = r"\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029"
#: What shows as a blank without being a space after NFKC: a tab, the Ogham space mark,
#: the Hangul fillers and the blank Braille pattern. Each folds to a space.
FOLD_BLANK = r"\t\u1680\u115f\u1160\u3164\uffa0\u2800"
#: What shows as nothing: control characters other than the line break (once breaks and
#: tabs are folded), and every format character (Unicode category Cf) and combining mark
#: (Mn, Mc, Me) of Unicode 14.0, PostgreSQL 15's, listed by ranges. Removed.
INVISIBLE = (
    r"\u0001-\u0009\u000b-\u001f\u007f-\u009f"
    r"\u00ad\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5"
    r"\u05c7\u0600-\u0605\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06dd"
    r"\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u070f\u0711\u0730-\u074a\u07a6-\u07b0"
    r"\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d"
    r"\u0859-\u085b\u0890-\u0891\u0898-\u089f\u08ca-\u0903\u093a-\u093c\u093e-\u094f"
    r"\u0951-\u0957\u0962-\u0963\u0981-\u0983\u09bc\u09be-\u09c4\u09c7-\u09c8"
    r"\u09cb-\u09cd\u09d7\u09e2-\u09e3\u09fe\u0a01-\u0a03\u0a3c\u0a3e-\u0a42"
    r"\u0a47-\u0a48\u0a4b-\u0a4d\u0a51\u0a70-\u0a71\u0a75\u0a81-\u0a83\u0abc"
    r"\u0abe-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd\u0ae2-\u0ae3\u0afa-\u0aff\u0b01-\u0b03"
    r"\u0b3c\u0b3e-\u0b44\u0b47-\u0b48\u0b4b-\u0b4d\u0b55-\u0b57\u0b62-\u0b63\u0b82"
    r"\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd7\u0c00-\u0c04\u0c3c\u0c3e-\u0c44"
    r"\u0c46-\u0c48\u0c4a-\u0c4d\u0c55-\u0c56\u0c62-\u0c63\u0c81-\u0c83\u0cbc"
    r"\u0cbe-\u0cc4\u0cc6-\u0cc8\u0cca-\u0ccd\u0cd5-\u0cd6\u0ce2-\u0ce3\u0d00-\u0d03"
    r"\u0d3b-\u0d3c\u0d3e-\u0d44\u0d46-\u0d48\u0d4a-\u0d4d\u0d57\u0d62-\u0d63"
    r"\u0d81-\u0d83\u0dca\u0dcf-\u0dd4\u0dd6\u0dd8-\u0ddf\u0df2-\u0df3\u0e31"
    r"\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u0f18-\u0f19\u0f35"
    r"\u0f37\u0f39\u0f3e-\u0f3f\u0f71-\u0f84\u0f86-\u0f87\u0f8d-\u0f97\u0f99-\u0fbc"
    r"\u0fc6\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d"
    r"\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u135d-\u135f\u1712-\u1715"
    r"\u1732-\u1734\u1752-\u1753\u1772-\u1773\u17b4-\u17d3\u17dd\u180b-\u180f"
    r"\u1885-\u1886\u18a9\u1920-\u192b\u1930-\u193b\u1a17-\u1a1b\u1a55-\u1a5e"
    r"\u1a60-\u1a7c\u1a7f\u1ab0-\u1ace\u1b00-\u1b04\u1b34-\u1b44\u1b6b-\u1b73"
    r"\u1b80-\u1b82\u1ba1-\u1bad\u1be6-\u1bf3\u1c24-\u1c37\u1cd0-\u1cd2\u1cd4-\u1ce8"
    r"\u1ced\u1cf4\u1cf7-\u1cf9\u1dc0-\u1dff\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    r"\u2066-\u206f\u20d0-\u20f0\u2cef-\u2cf1\u2d7f\u2de0-\u2dff\u302a-\u302f"
    r"\u3099-\u309a\ua66f-\ua672\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1\ua802\ua806"
    r"\ua80b\ua823-\ua827\ua82c\ua880-\ua881\ua8b4-\ua8c5\ua8e0-\ua8f1\ua8ff"
    r"\ua926-\ua92d\ua947-\ua953\ua980-\ua983\ua9b3-\ua9c0\ua9e5\uaa29-\uaa36\uaa43"
    r"\uaa4c-\uaa4d\uaa7b-\uaa7d\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf\uaac1"
    r"\uaaeb-\uaaef\uaaf5-\uaaf6\uabe3-\uabea\uabec-\uabed\ufb1e\ufe00-\ufe0f"
    r"\ufe20-\ufe2f\ufeff\ufff9-\ufffb\U000101fd\U000102e0\U00010376-\U0001037a"
    r"\U00010a01-\U00010a03\U00010a05-\U00010a06\U00010a0c-\U00010a0f"
    r"\U00010a38-\U00010a3a\U00010a3f\U00010ae5-\U00010ae6\U00010d24-\U00010d27"
    r"\U00010eab-\U00010eac\U00010f46-\U00010f50\U00010f82-\U00010f85"
    r"\U00011000-\U00011002\U00011038-\U00011046\U00011070\U00011073-\U00011074"
    r"\U0001107f-\U00011082\U000110b0-\U000110ba\U000110bd\U000110c2\U000110cd"
    r"\U00011100-\U00011102\U00011127-\U00011134\U00011145-\U00011146\U00011173"
    r"\U00011180-\U00011182\U000111b3-\U000111c0\U000111c9-\U000111cc"
    r"\U000111ce-\U000111cf\U0001122c-\U00011237\U0001123e\U000112df-\U000112ea"
    r"\U00011300-\U00011303\U0001133b-\U0001133c\U0001133e-\U00011344"
    r"\U00011347-\U00011348\U0001134b-\U0001134d\U00011357\U00011362-\U00011363"
    r"\U00011366-\U0001136c\U00011370-\U00011374\U00011435-\U00011446\U0001145e"
    r"\U000114b0-\U000114c3\U000115af-\U000115b5\U000115b8-\U000115c0"
    r"\U000115dc-\U000115dd\U00011630-\U00011640\U000116ab-\U000116b7"
    r"\U0001171d-\U0001172b\U0001182c-\U0001183a\U00011930-\U00011935"
    r"\U00011937-\U00011938\U0001193b-\U0001193e\U00011940\U00011942-\U00011943"
    r"\U000119d1-\U000119d7\U000119da-\U000119e0\U000119e4\U00011a01-\U00011a0a"
    r"\U00011a33-\U00011a39\U00011a3b-\U00011a3e\U00011a47\U00011a51-\U00011a5b"
    r"\U00011a8a-\U00011a99\U00011c2f-\U00011c36\U00011c38-\U00011c3f"
    r"\U00011c92-\U00011ca7\U00011ca9-\U00011cb6\U00011d31-\U00011d36\U00011d3a"
    r"\U00011d3c-\U00011d3d\U00011d3f-\U00011d45\U00011d47\U00011d8a-\U00011d8e"
    r"\U00011d90-\U00011d91\U00011d93-\U00011d97\U00011ef3-\U00011ef6"
    r"\U00013430-\U00013438\U00016af0-\U00016af4\U00016b30-\U00016b36\U00016f4f"
    r"\U00016f51-\U00016f87\U00016f8f-\U00016f92\U00016fe4\U00016ff0-\U00016ff1"
    r"\U0001bc9d-\U0001bc9e\U0001bca0-\U0001bca3\U0001cf00-\U0001cf2d"
    r"\U0001cf30-\U0001cf46\U0001d165-\U0001d169\U0001d16d-\U0001d182"
    r"\U0001d185-\U0001d18b\U0001d1aa-\U0001d1ad\U0001d242-\U0001d244"
    r"\U0001da00-\U0001da36\U0001da3b-\U0001da6c\U0001da75\U0001da84"
    r"\U0001da9b-\U0001da9f\U0001daa1-\U0001daaf\U0001e000-\U0001e006"
    r"\U0001e008-\U0001e018\U0001e01b-\U0001e021\U0001e023-\U0001e024"
    r"\U0001e026-\U0001e02a\U0001e130-\U0001e136\U0001e2ae\U0001e2ec-\U0001e2ef"
    r"\U0001e8d0-\U0001e8d6\U0001e944-\U0001e94a\U000e0001\U000e0020-\U000e007f"
    r"\U000e0100-\U000e01ef"
)
#: Letters, dashes and colons that look like Latin letters, the hyphen-minus and the
#: colon (Cyrillic, Greek, Armenian, dotless i and j; Unicode dashes and minus; ratio and
#: modifier colons), and what each folds to (``translate()``: one for one).
LOOK_ALIKE = (
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0423\u0425"
    "\u0405\u0406\u0408\u04ae\u04ba\u04c0\u051a\u051c"
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0455\u0456\u0458\u0501\u04bb"
    "\u051b\u051d\u04cf\u04af"
    "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4"
    "\u03a5\u03a7\u03bf\u03bd\u03b9\u03ba\u03c1\u03c5\u03c7\u03b1"
    "\u0585\u057d\u0131\u0237"
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"
    "\u2236\ua789\u02f8\u0589"
)
LOOK_ALIKE_LATIN = "ABEKMHOPCTYXSIJYHIQWaeopcyxsijdhqwlyABEZHIKMNOPTYXovikpuxaouij-----------::::"
assert len(LOOK_ALIKE) == len(LOOK_ALIKE_LATIN)

#: Characters that change the direction text is shown in (embeddings, overrides and
#: isolates): "\u202e" shows what follows backwards. Refused in reasons and in the texts
#: steps write lines into (DW022). Bracket contents.
DIRECTION_CONTROLS = r"\u202a-\u202e\u2066-\u2069"

tr = SimpleNamespace(
    FOLD_BREAK=FOLD_BREAK,
    FOLD_BLANK=FOLD_BLANK,
    INVISIBLE=INVISIBLE,
    LOOK_ALIKE=LOOK_ALIKE,
    LOOK_ALIKE_LATIN=LOOK_ALIKE_LATIN,
    DIRECTION_CONTROLS=DIRECTION_CONTROLS,
)

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
