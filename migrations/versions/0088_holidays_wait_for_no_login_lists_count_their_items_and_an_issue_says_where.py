"""Holidays wait for no login, a list counts its items, and an issue says where it went.

Revision ID: 0088
Revises: 0087
Create Date: 2026-12-05

Found with psql in the ninth review, as the demo's real logins (/tmp/psql27w t1, t3, t6):

**Any login could stop HR changing holidays, and stall everyone's leave filing (0084).**
``leave_requests_counted_after_holidays`` took the holidays' lock (``HD``, 0x4844) shared
BEFORE each statement, whether or not it wrote a row: an employee's ``UPDATE
leave_requests SET start_date = start_date WHERE false`` in a transaction left open held
it as long as they liked; HR's holiday change waited for it (failing at the lock
timeout, every retry), and while HR waited every leave filing queued behind HR's
exclusive request. 0084's guarantee stays (a holiday change and leave being counted each
see the other's committed change); who takes the lock, and how, changes:

* leave takes it shared only for a row it writes (the trigger is now FOR EACH ROW,
  BEFORE, and sorts before ``leave_requests_rules``, which counts on a snapshot taken
  after it), and the definer functions that change a filed request take it before they
  lock the row (``dicel_decide_leave(..., shown)`` since 0084; ``dicel_cancel_leave``
  and the three-argument ``dicel_decide_leave`` now too, so a holiday's recount and a
  cancellation never wait for each other crosswise);
* a holiday change does not queue behind leave: holiday changes wait for each other on
  a lock of their own (``HD``, 1), then *try* the leave lock exclusively; while leave is
  being counted it is refused at once, ``DW118``, naming whose session counts leave and
  since when (DETAIL ``who``, ``when``: ``pg_locks`` and ``pg_stat_activity``, read by
  the function's owner, granted ``pg_read_all_stats`` for it when a superuser migrates;
  otherwise ``when`` is empty). Nobody queues behind HR, since HR never waits for the
  lock leave takes.

A login can still hold the lock by an UPDATE of a row of theirs left open (their own
pending request): HR is then refused at once with their name (docs/decisions.md).

**A list's limit skipped NULL items (0085).** The CHECK of a ``TEXT[]`` measured
``array_to_string(value, E'\\n')``, which leaves NULL items out: five million of them and
one certification passed the 2,000-character limit (a 30,000,042-character audit entry
per update). Every list of texts (security_guards.training_certifications,
users.skills, users.certifications, candidates.skills) now also has a CHECK
``ck_<table>_<column>_items`` calling ``dicel_list_fits(value, most, table, column)``:
at most ``LIST_ITEMS`` (200) items (``DW025``, DETAIL ``items``, ``most``), counted
first, and no NULL item (``DW026``, DETAIL ``position``). ``add_limits`` gives a list
added later its items CHECK too. A JSON value's text counts every item it holds
(``[null, null]`` is 12 characters): JSON needs no count of its own.

**An issue needed no reason (0086 left ``out`` unchanged).** ``dicel_move_stock(item,
'out', 1, NULL, NULL, NULL)`` wrote an issue referring to nothing and saying nothing:
the theft hidden as a count 0086 closed for adjustments, open as an issue. Every ``out``
now has a reference number (what it went to) or a note (who took it, why), blanks
trimmed: ``DW226`` (COLUMN ``notes``, DETAIL ``item``). Built on 0086's
``dicel_move_stock`` (its reference measured, migration 0085).

A downgrade gives back 0084's trigger and function, 0086's ``dicel_move_stock``, the
leave functions without the lock, and drops the items CHECKs and ``dicel_list_fits``.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)
from dicel_desktop.db.text_limits import (
    LIST_FITS_SIGNATURE,
    MEASURED_END,
    TYPED_TEXT_COLUMNS,
    add_limits,
)
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, OWNER_ROLE
from dicel_desktop.domain.text_limits import items_check_name

revision: str = "0088"
down_revision: str | None = "0087"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0084 = earlier_revision(
    "0084_a_file_counts_without_its_first_entry_and_holidays_change_one_at_a_time"
)
_0086 = earlier_revision("0086_an_adjustment_says_what_the_count_found")

#: SQLSTATE -> what it refuses and the keys of its DETAIL, as 0059's ``REFUSALS``.
REFUSALS = {
    "DW025": ("a list of more items than it keeps", ("items", "most")),
    "DW026": ("a list with an item that is NULL", ("position",)),
    "DW118": ("a holiday change while leave is being counted", ("who", "when")),
    "DW226": ("an issue without a reference or a reason", ("item",)),
}

# --------------------------------------------------------------------------- holidays

_SPACE = _0084.HOLIDAY_LOCK_SPACE
#: Leave counting's lock (0084's): shared by leave, taken alone by a holiday change.
_LEAVE_KEY = 0
#: The holiday changes' own lock: they wait for each other on it, and only on it.
_HOLIDAYS_KEY = 1
#: How many times a holiday change looks for leave being counted, and how long between
#: looks, before refusing: a holder that is finishing (a commit releases its locks one
#: by one) is waited for; one holding its transaction open is named after 0.2 s.
_LOOKS = 20
_LOOK_SECONDS = 0.01

HOLD = f"""
CREATE OR REPLACE FUNCTION {_0084.HOLD_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_holder record;
    v_looks integer := 0;
BEGIN
    IF TG_TABLE_NAME <> 'holidays' THEN
        -- Migration 0088: a row of leave being written (FOR EACH ROW): counted once no
        -- holiday change is under way. Held to the end of the transaction.
        PERFORM pg_catalog.pg_advisory_xact_lock_shared({_SPACE}, {_LEAVE_KEY});
        RETURN NEW;
    END IF;
    -- Migration 0088: holiday changes one at a time (they wait for each other) ...
    PERFORM pg_catalog.pg_advisory_xact_lock({_SPACE}, {_HOLIDAYS_KEY});
    -- ... and never queue behind leave being counted, which would make every filing
    -- queue behind them: refused at once, naming whose session counts leave.
    LOOP
        EXIT WHEN pg_catalog.pg_try_advisory_xact_lock({_SPACE}, {_LEAVE_KEY});
        SELECT coalesce(public.dicel_person_name(u.id), a.usename::text) AS who,
               a.xact_start AS since
          INTO v_holder
          FROM pg_catalog.pg_locks AS l
          JOIN pg_catalog.pg_stat_activity AS a ON a.pid = l.pid
          LEFT JOIN public.users AS u ON u.email = a.usename::text
         WHERE l.locktype = 'advisory' AND l.granted
           AND l.database = (SELECT d.oid FROM pg_catalog.pg_database AS d
                              WHERE d.datname = pg_catalog.current_database())
           AND l.classid = {_SPACE} AND l.objid = {_LEAVE_KEY} AND l.objsubid = 2
           AND l.pid <> pg_catalog.pg_backend_pid()
         ORDER BY a.xact_start NULLS LAST
         LIMIT 1;
        -- A holder seen may be finishing: the holiday change before this one, whose
        -- locks its commit releases one by one (this one woke on the first), or a
        -- filing committing now. Only one still holding after a few looks is refused.
        v_looks := v_looks + 1;
        IF FOUND AND v_looks < {_LOOKS} THEN
            PERFORM pg_catalog.pg_sleep({_LOOK_SECONDS});
        ELSIF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'DW118',
                MESSAGE = 'refused: {REFUSALS["DW118"][0]}',
                DETAIL = json_build_object('who', v_holder.who,
                                           'when', v_holder.since)::text;
        END IF;
        -- Its holder has just finished: try again.
    END LOOP;
    RETURN NULL;
END
$$"""

_LEAVE_TRIGGER, _LEAVE_WHEN = _0084.HOLD_TRIGGERS[1]
assert _LEAVE_TRIGGER == "leave_requests_counted_after_holidays"

#: The definer functions changing a filed request take the lock before the row's: a
#: holiday's recount (the lock alone, then the rows) never waits crosswise with them.
_LEAVE_FUNCTIONS = ("dicel_cancel_leave(uuid, text)", "dicel_decide_leave(uuid, boolean, text)")
_LOCK_FIRST = (
    "    -- Migration 0088: leave is counted after a holiday change, locked before the row.\n"
    f"    PERFORM pg_catalog.pg_advisory_xact_lock_shared({_SPACE}, {_LEAVE_KEY});\n"
)

_OWNER_READS_SESSIONS = f"""
DO $$
BEGIN
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        GRANT pg_read_all_stats TO {OWNER_ROLE};
    ELSE
        RAISE WARNING 'a holiday change refused while leave is counted will not say since'
                      ' when: run this migration as a superuser';
    END IF;
END
$$"""


def _definition(signature: str) -> str:
    return execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('public.{signature}'::regprocedure)"
    ).fetchone()[0]


def _lock_first(*, on: bool) -> None:
    """Put the lock at the start of each leave function's body as the database holds it
    (after 0085's measure), or take it out again."""
    for signature in _LEAVE_FUNCTIONS:
        create = _definition(signature)
        end = MEASURED_END + "\n"
        if on:
            create = replaced(create, end, end + _LOCK_FIRST)
        else:
            create = replaced(create, _LOCK_FIRST, "")
        execute_sql(create)


# --------------------------------------------------------------------------- lists

LIST_FITS = f"""
CREATE FUNCTION {LIST_FITS_SIGNATURE.replace("(text[], integer, text, text)", "")}(
    value text[], most integer, p_table text, p_column text)
RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE {SEARCH_PATH}
AS $$
DECLARE
    v_position bigint;
BEGIN
    -- Migration 0088: a list's joined text skips NULL items: its items are counted
    -- first (O(1)), then looked at for a NULL one.
    IF value IS NULL THEN
        RETURN true;
    END IF;
    IF pg_catalog.cardinality(value) > most THEN
        RAISE EXCEPTION USING ERRCODE = 'DW025',
            MESSAGE = format('refused: a list of %s items (at most %s)',
                             pg_catalog.cardinality(value), most),
            DETAIL = json_build_object('items', pg_catalog.cardinality(value),
                                       'most', most)::text,
            TABLE = p_table, COLUMN = p_column;
    END IF;
    SELECT u.n INTO v_position FROM unnest(value) WITH ORDINALITY AS u(item, n)
     WHERE u.item IS NULL ORDER BY u.n LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW026',
            MESSAGE = format('refused: a list whose item %s is NULL', v_position),
            DETAIL = json_build_object('position', v_position)::text,
            TABLE = p_table, COLUMN = p_column;
    END IF;
    RETURN true;
END
$$"""

# --------------------------------------------------------------------------- stock

_REASON_0086 = _0086._REASON_GIVEN
MOVE_STOCK = replaced(
    _0086.MOVE_STOCK,
    _REASON_0086,
    f"""    -- Migration 0088: an issue says what it went to (a reference) or who took it and
    -- why (a note): nothing leaves the books unexplained.
    IF $2 = 'out' AND public.dicel_given_text($5) IS NULL
       AND public.dicel_given_reason($6, 'notes') IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW226',
            MESSAGE = 'refused: {REFUSALS["DW226"][0]}',
            DETAIL = json_build_object('item',
                (SELECT i.item_name FROM public.inventory_items i WHERE i.id = $1))::text,
            COLUMN = 'notes';
    END IF;
{_REASON_0086}""",
)

# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    # Holidays. CREATE OR REPLACE keeps the function's owner.
    execute_sql(_OWNER_READS_SESSIONS)
    execute_sql(HOLD)
    execute_sql(f"DROP TRIGGER {_LEAVE_TRIGGER} ON public.leave_requests")
    execute_sql(
        f"CREATE TRIGGER {_LEAVE_TRIGGER} {_LEAVE_WHEN}"
        f" FOR EACH ROW EXECUTE FUNCTION {_0084.HOLD_SIGNATURE}"
    )
    _lock_first(on=True)
    # Lists.
    create_owned_function(LIST_FITS, LIST_FITS_SIGNATURE)
    # EXECUTE from the permission table too (sync-grants): the CHECKs run as the writer.
    execute_sql(f"GRANT EXECUTE ON FUNCTION {LIST_FITS_SIGNATURE} TO {BASE_GROUP_ROLE}")
    add_limits(execute_sql)
    # Stock.
    execute_sql(MOVE_STOCK)


def downgrade() -> None:
    execute_sql(_0086.MOVE_STOCK)
    for table, column, type_name in execute_sql(TYPED_TEXT_COLUMNS).fetchall():
        if type_name.startswith("_"):
            execute_sql(
                f'ALTER TABLE public."{table}"'
                f' DROP CONSTRAINT IF EXISTS "{items_check_name(table, column)}"'
            )
    execute_sql(f"DROP FUNCTION {LIST_FITS_SIGNATURE}")
    _lock_first(on=False)
    execute_sql(f"DROP TRIGGER {_LEAVE_TRIGGER} ON public.leave_requests")
    execute_sql(
        f"CREATE TRIGGER {_LEAVE_TRIGGER} {_LEAVE_WHEN}"
        f" FOR EACH STATEMENT EXECUTE FUNCTION {_0084.HOLD_SIGNATURE}"
    )
    execute_sql(_0084.HOLD.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
