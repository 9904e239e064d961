"""Step lines and order numbers as a reader takes them.

Revision ID: 0083
Revises: 0082
Create Date: 2026-12-05

Found with psql in a third review of 0080, as the demo's real logins:

**U+FFFC drawn as nothing.** The object replacement character (category So) was kept by
``dicel_folded`` and drawn as nothing by the window's text box, label and table cell:
"\\ufffcWritten off on 2026-12-05: ..." and "Wri\\ufffctten ..." passed DW021. Drawing
every code point from U+0080 to U+1FFFF inside a word found no other (U+2028 and U+2029
aside, below). ``text_rules.DRAWN_AS_NOTHING`` is removed with ``INVISIBLE``.

**Accents.** NFKC keeps "\\u00ed", "\\u1ecd", "\\u1e6d" composed, so "Wr\\u00edtten \\u1ecdff"
was no step's line. ``dicel_folded`` decomposes (NFKD) and removes the marks with the
other invisible characters: an accented letter reads as its letter.

**A step line struck through** (U+0336 after every character) folded to the same line,
so 0080's comparison, of the lines folded, took it for the step's line unchanged, and
the window showed it cancelled. The step lines kept from OLD to NEW are now compared as
stored (NFC): only which lines are a step's is judged folded (``dicel_step_lines``).

**A step's line in other dress**: unpadded dates, two-digit years, no colon or other
punctuation after the date, other date formats, no "on", a bullet or a quote mark in
front, a private-use character or a musical symbol in front. A line is a step's when,
folded, its first words (anything but letters and digits before them skipped) are a
step's opening ("written off", "closed short", "payment ... reversed", "terminated",
"marked expired"), followed within the line by what a reader takes as a date: three
groups of digits (a year of two or four) joined by '-', '/', '.' or blanks in any order,
or a day, a month's name (English, French, Kinyarwanda) and a year in any order. A line
separator (U+2028, U+2029 and the other breaks but CR and LF) is a break in a text box
and drawn as nothing in a label or a table's cell: a line is read both ways.

**An order's number** (DW223) is read from a word's start ("REPO-2026-000123",
"EXPO 2026 1000000" are no order's number), with a year of four digits (19xx, 20xx) or
two, and a number of any length ("PO-2026-41", "PO-26-000041"), after "PO" or "Purchase
order" (and "No."), or the number before the year ("Purchase Order No. 000041 of 2026").
"Order 2026-000041" alone and "PO 0788 123456" (a telephone number) are taken.

The trigger's length check (DW023) is 0080's, untouched. A downgrade gives back 0080's
``dicel_folded``, step-lines trigger function, patterns and ``dicel_move_stock``.

Built from ``domain/text_rules.py`` and ``domain/case_flows.py`` as they are now: a change
to either that would alter this migration first freezes a copy of what it uses here.
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

revision: str = "0083"
down_revision: str | None = "0082"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0074 = earlier_revision("0074_reasons_are_given_stay_and_fit_and_reversals_need_money")
_0080 = earlier_revision("0080_text_reads_as_it_shows_to_the_last_character")
_0082 = earlier_revision(
    "0082_a_cases_documents_are_decided_holidays_decide_no_leave_and_the_cap_counts_what_it_folds"
)

# --------------------------------------------------------------------------- folding

FOLDED = replaced(
    replaced(_0080.FOLDED, "normalize($1, NFKC)", "normalize($1, NFKD)"),
    f"'[{tr.INVISIBLE}]', '', 'g')",
    f"'[{tr.INVISIBLE}{tr.DRAWN_AS_NOTHING}]', '', 'g')",
)
FOLDED = replaced(
    FOLDED,
    "    -- Migration 0080: the text as it reads",
    "    -- Migration 0083: NFKD, so an accent is a mark and removed; U+FFFC removed.\n"
    "    -- Migration 0080: the text as it reads",
)

# --------------------------------------------------------------------------- step lines

#: Anything but a letter or a digit (a step line's words are ASCII once folded).
_NOT_ALNUM = "[^a-z0-9|]"
#: A digit as a date may be disguised (0080): a letter O for a zero, an l, I or a bar for
#: a one.
_DIGIT = "[0-9oil|]"
#: Letters of the steps' words and the ASCII that reads the same beside them (0080).
_READS_AS = {"o": "[o0]", "l": "[l1i|]", "i": "[il1|]", "m": "(m|rn)", "w": "(w|vv)"}


def _word(word: str) -> str:
    return "".join(_READS_AS.get(c, c) for c in word.lower())


def _words(*words: str) -> str:
    return f"{_NOT_ALNUM}+".join(_word(w) for w in words)


#: Months' names: English and the short forms, French (accents removed by folding),
#: Kinyarwanda.
_MONTHS_EN = (
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
_MONTHS_FR = "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"
_MONTHS_RW = (
    "mutarama gashyantare werurwe mata gicurasi kamena nyakanga kanama nzeri ukwakira"
    " ugushyingo ukuboza"
)
_MONTHS = f"{_MONTHS_EN} {_MONTHS_FR} {_MONTHS_RW}".split()
# Longest first (a regex alternation takes the first that matches), then by letter: the
# same text whatever order a set gives (a review found the DDL differing between builds).
_MONTH = "(" + "|".join(_word(m) for m in sorted(set(_MONTHS), key=lambda m: (-len(m), m))) + ")"
_DAY = f"{_DIGIT}{{1,2}}( *(st|nd|rd|th|er))?"
_YEAR = f"({_DIGIT}{{4}}|{_DIGIT}{{2}})"
_PART = f"({_DIGIT}{{4}}|{_DIGIT}{{1,2}})"
#: Between a date's numbers: a dash, a slash, a full stop (blanks around it) or blanks.
_NUMBERS_SEP = "( *[-/.] *| +)"
#: Between a day, a month's name and a year: that, a comma, and "of", "de" or "wa".
_WORDS_SEP = "( *[-/.,] *| +)((of|de|wa) +)?"
#: What a reader takes as a date: three numbers (a year of two or four digits) in any
#: order, at least one of them a digit, not a letter that reads as one; or a day, a month
#: and a year, in any order.
DATE = (
    f"((?=[-/. oil|]*[0-9]){_PART}{_NUMBERS_SEP}{_DIGIT}{{1,2}}{_NUMBERS_SEP}{_PART}"
    f"|{_DAY}{_WORDS_SEP}{_MONTH}{_WORDS_SEP}{_YEAR}"
    f"|{_MONTH}{_WORDS_SEP}{_DAY}{_WORDS_SEP}{_YEAR}"
    f"|{_YEAR}{_WORDS_SEP}{_MONTH}{_WORDS_SEP}{_DAY})"
)


#: The words each step's line opens with (the payment's with anything between).
_OPENING_WORDS = [("closed", "short"), ("payment", "reversed")] + [
    tuple(step.done.split())
    for flow in FLOWS.values()
    for step in flow.steps
    if step.asks is Asks.REASON and flow.notes
]


def _openings() -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {
        # "Closed short on 2026-12-05, 3 of 10 received: ..." (migration 0071).
        ("purchase_orders", "notes"): [_words("closed", "short")],
        # "Payment TXN-2026-000012 reversed on 2026-12-05: ..." (migration 0066).
        ("invoices", "notes"): [
            f"{_word('payment')}{_NOT_ALNUM}(.*{_NOT_ALNUM})?{_word('reversed')}"
        ],
    }
    for flow in FLOWS.values():
        for step in flow.steps:
            if step.asks is Asks.REASON and flow.notes:
                found.setdefault((flow.table, flow.notes), []).append(_words(*step.done.split()))
    return found


def _step_lines() -> tuple[tuple[str, str, str, str], ...]:
    return tuple(
        (
            table,
            column,
            # The opening, then within the line (after anything) a date standing alone.
            f"({'|'.join(openings)}){_NOT_ALNUM}(.*{_NOT_ALNUM})?{DATE}({_NOT_ALNUM}|$)",
            f"({'|'.join(openings)}){_NOT_ALNUM}",
        )
        for (table, column), openings in _openings().items()
    )


#: (table, text column, what a line a step writes there reads as, what it opens with:
#: POSIX regular expressions matched case-insensitively against the line folded, after
#: anything but letters and digits at its start). The opening's, short, first: the
#: whole line's is compiled again after ``dicel_folded``'s sixty patterns have pushed it
#: out of the backend's regex cache (some 3 ms), only for a text with a line that opens
#: as a step's.
STEP_LINES = _step_lines()
assert [(t, c) for t, c, *_p in STEP_LINES] == [(t, c) for t, c, _p in _0080.STEP_LINES]

#: The fewest characters a line a step writes holds, folded: its shortest opening, a
#: character, and the shortest date ("1-1-1"; the steps' words' letters are read as
#: ASCII as long or longer: "rn" for 'm').
SHORTEST = min(len(" ".join(words)) for words in _OPENING_WORDS) + 1 + len("1-1-1")

#: What stands for a line separator that is no CR or LF while the text is folded (a
#: private-use character folding keeps): such a separator breaks the line in a text box
#: and shows as nothing in a label, so the line is read both ways.
_SOFT = "\\ue000"
_SOFT_BREAKS = tr.FOLD_BREAK.replace("\\r", "")
assert _SOFT_BREAKS != tr.FOLD_BREAK

STEP_LINES_OF_SIGNATURE = "dicel_step_lines(text, text, text)"
STEP_LINES_OF = f"""
CREATE OR REPLACE FUNCTION public.dicel_step_lines(value text, opening text, pattern text)
RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0083: the lines of a text that read as a step's (``opening``, then
    -- ``pattern``, matched against each line folded), as they are stored (NFC), in order. A line is what CR,
    -- LF or CR LF end; a line holding another separator is read broken there (a text
    -- box) and joined (a label, a table's cell). Folded once, split once; a line shorter
    -- than the shortest a step writes is not matched. No text: no lines. PL/pgSQL: its
    -- plan is kept for the session.
    RETURN (
    SELECT coalesce(array_agg(normalize(s.l, NFC) ORDER BY normalize(s.l, NFC)), '{{}}')
      FROM regexp_split_to_table($1, E'\\r\\n|[\\r\\n]') WITH ORDINALITY AS s(l, n)
      JOIN regexp_split_to_table(
               public.dicel_folded(regexp_replace(regexp_replace($1, E'\\r\\n?', E'\\n', 'g'),
                                                  '[{_SOFT_BREAKS}]', E'{_SOFT}', 'g')),
               E'\\n') WITH ORDINALITY AS f(l, n) USING (n)
     WHERE length(f.l) >= {SHORTEST}
       AND ((replace(f.l, E'{_SOFT}', '') ~* $2 AND replace(f.l, E'{_SOFT}', '') ~* $3)
            OR (strpos(f.l, E'{_SOFT}') > 0
                AND EXISTS (SELECT 1 FROM regexp_split_to_table(f.l, E'{_SOFT}') AS p(l)
                             WHERE p.l ~* $2 AND p.l ~* $3))));
END
$$"""

_SELECT_0080 = """    SELECT coalesce(array_agg(l ORDER BY l), '{{}}') INTO {into}
      FROM regexp_split_to_table(public.dicel_folded(to_jsonb({row}) ->> TG_ARGV[0]), E'\\n') AS l
     WHERE l ~* v_pattern;"""
_SELECT = (
    "    {into} := public.dicel_step_lines(to_jsonb({row}) ->> TG_ARGV[0], v_opening, v_pattern);"
)


def _step_lines_stay() -> str:
    sql = replaced(
        _0082.STEP_LINES_STAY,  # 0080's, its cap counted as folding reads (0082)
        "    v_pattern text := '^ *(' || TG_ARGV[1] || ')';",
        "    v_pattern text := '^[^a-z0-9]*(' || TG_ARGV[1] || ')';\n"
        "    v_opening text := '^[^a-z0-9]*(' || TG_ARGV[2] || ')';",
    )
    sql = replaced(
        sql, _SELECT_0080.format(into="v_new", row="NEW"), _SELECT.format(into="v_new", row="NEW")
    )
    sql = replaced(
        sql,
        "\n".join("    " + x for x in _SELECT_0080.format(into="v_old", row="OLD").split("\n")),
        "    " + _SELECT.format(into="v_old", row="OLD"),
    )
    # The line as it reads (the stored one may be struck through).
    return replaced(
        sql,
        "DETAIL = json_build_object('line', btrim(v_line))::text,",
        "DETAIL = json_build_object('line', btrim(public.dicel_folded(v_line)))::text,",
    )


STEP_LINES_STAY = _step_lines_stay()

# --------------------------------------------------------------------------- stock

_PO_DIGIT = "[0-9OIL|]"
_BETWEEN = "[^A-Z0-9]*"
_YEAR4 = f"([1IL|]9|2[0O]){_PO_DIGIT}{{2}}"
_ENDS = "([^A-Z0-9|]|$)"
#: An order's number as a reference reads once folded and upper-cased (DW223): from a
#: word's start, "PO" ("P", "O" or a zero, anything but letters and digits between) or
#: "Purchase order", perhaps "No.", then the year (four digits, 19xx or 20xx, or two
#: followed by a separator) and the number, or the number (a digit first), perhaps "of",
#: and the year; the digits' O, I, L and '|' as digits (0080).
PO_NUMBER_READ = (
    f"(^|[^A-Z0-9])(P{_BETWEEN}[O0]|PURCHASE{_BETWEEN}[O0]RDER)"
    f"({_BETWEEN}(N[O0]|NUMBER|NUM|NBR))?{_BETWEEN}"
    f"(({_YEAR4}{_BETWEEN}|[0-9]{_PO_DIGIT}[^A-Z0-9]+){_PO_DIGIT}+"
    f"|[0-9]{_PO_DIGIT}*[^A-Z0-9]+(([O0]F|DE)[^A-Z0-9]+)?{_YEAR4}){_ENDS}"
)
_AS_READ = f"upper(public.dicel_folded($5)) ~ '{PO_NUMBER_READ}'"
MOVE_STOCK = replaced(_0080.MOVE_STOCK, _0080._AS_READ, _AS_READ)

# --------------------------------------------------------------------------- migration


def upgrade() -> None:
    # CREATE OR REPLACE keeps each function's owner and grants; EXECUTE on
    # dicel_step_lines: migrations/env.py runs sync-grants after the upgrade.
    execute_sql(FOLDED)
    create_owned_function(STEP_LINES_OF, STEP_LINES_OF_SIGNATURE)
    execute_sql(STEP_LINES_STAY)
    for table, column, pattern, opening in STEP_LINES:
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_step_lines ON public.{table}")
        execute_sql(
            replaced(
                _0074._step_lines_trigger(table, column, pattern),
                f"{_0074._literal(pattern)})",
                f"{_0074._literal(pattern)}, {_0074._literal(opening)})",
            )
        )
    execute_sql(MOVE_STOCK)


def downgrade() -> None:
    execute_sql(_0080.MOVE_STOCK)
    _0080._triggers(_0080.STEP_LINES)
    execute_sql(_0082.STEP_LINES_STAY)
    execute_sql(f"DROP FUNCTION public.{STEP_LINES_OF_SIGNATURE}")
    execute_sql(_0080.FOLDED)
