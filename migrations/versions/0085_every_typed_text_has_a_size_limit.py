"""Every typed text has a size limit, in the database as in the window, and a workflow
function's text is measured before anything is done with it.

Revision ID: 0085
Revises: 0084
Create Date: 2026-12-05

Found with psql in a review, as an employee's real login: ``dicel_request_leave('annual',
'2027-06-07', '2027-06-08', repeat('x', 50000000))`` was accepted (2.2 s), and HR's
``SELECT * FROM leave_requests`` then took 0.4 s per such row instead of 2 ms; at 200M
characters the call failed allocating 1.6 GB. 0080's cap (DW023) covered only the texts
steps write lines into; every other TEXT column (a ticket's description, a leave's
notes, ...) and every text a workflow function takes had no limit.

**Columns.** Every column a person types free text into (TEXT, an unlimited VARCHAR,
TEXT[] counted joined one item a line, JSON/JSONB counted as its text) has a CHECK
``ck_<table>_<column>_fits``: ``octet_length(value) <= most OR dicel_text_fits(value,
most, table, column)``. The bytes bound the characters from above, so a text short in
bytes passes unread; a longer one is counted and, over the limit, refused by
``dicel_text_fits`` (IMMUTABLE, EXECUTE for every DICEL login: the CHECK runs as the
writer) with ``DW024`` (DETAIL ``length``, ``most``; TABLE, COLUMN the text's). The
limits are ``domain/text_limits.py``'s, which the window's editors read: 100,000
characters unless the text is meant short (an address, a list of skills, a contact, a
leave's reason: 2,000). The server's own table (audit_logs) is not limited: its rows are
copies of limited ones. ``db/text_limits.add_limits`` finds the columns in the catalog:
a migration adding a TEXT column calls it, and a test fails for a typed text column
without its CHECK. Added NOT VALID, then validated: a database holding a longer text
stops here with DW024 naming the column.

**Arguments.** The texts a workflow function takes are measured first, before folding
or any other work: a reason or note a step writes (``dicel_given_reason``) longer than
2,000 characters as typed is ``DW020`` (its length as typed in DETAIL); any other
required text (``dicel_given_text``: a resolution, a reference) over 100,000 is
``DW024``; a leave's reason (``dicel_request_leave``) over 2,000 is ``DW020``; a
movement's reference (``dicel_move_stock``, folded to look for an order's
number) over its column's 100 is ``DW024``; every other SECURITY DEFINER function taking a
``note``, ``reason``, ``resolution`` or ``reference`` opens with a block measuring it
(over 100,000: ``DW024``, COLUMN the argument's name), written into its body as the
database holds it (``db/text_limits.measure_arguments``, taken out again by the
downgrade) so no function is left out; a test fails for one that does not measure.

A downgrade drops the CHECKs and ``dicel_text_fits`` and gives back 0077's helpers and
0083's ``dicel_move_stock``, 0012's ``dicel_request_leave``.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_function,
    earlier_revision,
    execute_sql,
    replaced,
)
from dicel_desktop.db.text_limits import (
    TYPED_TEXT_COLUMNS,
    add_limits,
    measure_arguments,
    unmeasure_arguments,
)
from dicel_desktop.domain.roles import BASE_GROUP_ROLE
from dicel_desktop.domain.text_limits import FITS_FUNCTION, LONG_TEXT, REASON, check_name

revision: str = "0085"
down_revision: str | None = "0084"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0012 = earlier_revision("0012_leave")
_0074 = earlier_revision("0074_reasons_are_given_stay_and_fit_and_reversals_need_money")
_0077 = earlier_revision("0077_text_reads_as_it_shows_and_the_ledgers_words_stay")
_0083 = earlier_revision("0083_step_lines_and_order_numbers_as_a_reader_takes_them")

#: A movement's reference: inventory_transactions.reference_number VARCHAR(100).
REFERENCE_MOST = 100


def _too_long(value: str, most: int | str, code: str, column: str = "", table: str = "") -> str:
    """SQL: refuse ``value`` longer than ``most`` characters with ``code`` (DETAIL
    ``length``, ``most``), its bytes looked at first (a length kept, O(1))."""
    where = "".join(
        f",\n            {option} = {name}"
        for option, name in (("COLUMN", column), ("TABLE", table))
        if name
    )
    return f"""    IF octet_length({value}) > {most} AND char_length({value}) > {most} THEN
        RAISE EXCEPTION USING ERRCODE = '{code}',
            MESSAGE = format('refused: a text of %s characters (at most %s)',
                             char_length({value}), {most}),
            DETAIL = json_build_object('length', char_length({value}),
                                       'most', {most})::text{where};
    END IF;
"""


# --------------------------------------------------------------------------- columns

FITS_SIGNATURE = f"public.{FITS_FUNCTION}(text, integer, text, text)"
FITS = f"""
CREATE FUNCTION public.{FITS_FUNCTION}(value text, most integer, p_table text, p_column text)
RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0085: a typed text's CHECK calls this when its bytes are over the
    -- limit: true when its characters are not, else refused (DW024).
{_too_long("value", "most", "DW024", "p_column", "p_table")}    RETURN true;
END
$$"""

# --------------------------------------------------------------------------- arguments

_GIVEN_SELECT = (
    "    -- Migration 0074: the text without the blanks around it; NULL when nothing else.\n"
)
GIVEN_TEXT = replaced(
    replaced(
        replaced(_0077.GIVEN_TEXT, "LANGUAGE sql IMMUTABLE", "LANGUAGE plpgsql IMMUTABLE"),
        "AS $$\n" + _GIVEN_SELECT,
        "AS $$\nBEGIN\n    -- Migration 0085: measured first, before folding.\n"
        + _too_long("$1", LONG_TEXT, "DW024")
        + _GIVEN_SELECT
        + "    RETURN (\n",
    ),
    " END\n$$",
    " END);\nEND\n$$",
)

_REASON_0074 = (
    f"    v_reason text := regexp_replace(public.dicel_given_text(value), "
    f"'[{_0074.BLANK}]+', ' ', 'g');\nBEGIN\n"
)
GIVEN_REASON = replaced(
    _0077.GIVEN_REASON,
    _REASON_0074,
    "    v_reason text;\nBEGIN\n"
    "    -- Migration 0085: measured as typed first, before folding or anything else.\n"
    + _too_long("value", REASON, "DW020", "field")
    + f"    v_reason := regexp_replace(public.dicel_given_text(value), '[{_0074.BLANK}]+',"
    " ' ', 'g');\n",
)

_NOTE_LENGTH = "    -- Migration 0074: a note of a readable length.\n"
MOVE_STOCK = replaced(
    _0083.MOVE_STOCK,
    _NOTE_LENGTH,
    "    -- Migration 0085: the reference measured before it is folded.\n"
    + _too_long("$5", REFERENCE_MOST, "DW024", "'reference_number'", "'inventory_transactions'")
    + _NOTE_LENGTH,
)

_REQUEST_SIGNATURE = "dicel_request_leave(text, date, date, text)"
_REQUEST_0012 = earlier_function(_0012, _REQUEST_SIGNATURE)
_REASON_0012 = "    v_reason text := nullif(btrim(reason), '');\n"
REQUEST_LEAVE = replaced(
    replaced(_REQUEST_0012, _REASON_0012, "    v_reason text;\n"),
    "BEGIN\n",
    "BEGIN\n    -- Migration 0085: the reason measured first, as typed.\n"
    + _too_long("reason", REASON, "DW020", "'reason'", "'leave_requests'")
    + _REASON_0012.replace(" text :=", " :="),
)

# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    create_owned_function(FITS, FITS_SIGNATURE)
    # EXECUTE from the permission table (sync-grants after the upgrade); granted here
    # too, for a database left at this revision: the CHECKs run as the writer.
    execute_sql(f"GRANT EXECUTE ON FUNCTION {FITS_SIGNATURE} TO {BASE_GROUP_ROLE}")
    add_limits(execute_sql)
    # CREATE OR REPLACE: each keeps its owner and grants.
    execute_sql(GIVEN_TEXT)
    execute_sql(GIVEN_REASON)
    execute_sql(MOVE_STOCK)
    execute_sql(REQUEST_LEAVE)
    # Every other workflow function taking a note, reason, resolution or reference.
    measure_arguments(execute_sql, LONG_TEXT, as_0085_did=True)


def downgrade() -> None:
    unmeasure_arguments(execute_sql)
    execute_sql(_REQUEST_0012)
    execute_sql(_0083.MOVE_STOCK)
    execute_sql(_0077.GIVEN_REASON)
    execute_sql(_0077.GIVEN_TEXT)
    for table, column, _type in execute_sql(TYPED_TEXT_COLUMNS).fetchall():
        execute_sql(
            f'ALTER TABLE public."{table}" DROP CONSTRAINT IF EXISTS "{check_name(table, column)}"'
        )
    execute_sql(f"DROP FUNCTION {FITS_SIGNATURE}")
