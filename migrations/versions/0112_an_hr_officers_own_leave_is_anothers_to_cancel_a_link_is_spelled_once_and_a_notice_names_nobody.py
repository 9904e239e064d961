"""An HR officer's own leave that has started is another officer's to cancel; a file's
link is spelled one way; a notification does not name who sent it.

Revision ID: 0112
Revises: 0111
Create Date: 2026-12-08

Found with psql in review 32 (/work/reports/psql32.md), as the demo's real logins:

* **An HR officer cancelled their own leave after taking it and got the days back** (F1,
  ``DW460``, DETAIL ``start_date``). ``dicel_cancel_leave`` gave HR "any pending or
  approved request" without asking whose it was, so an officer who had taken a leave
  "un-took" it alone, and the balance counted the days as never taken. For one's own
  request HR has the employee's rights only: pending, or approved before its start; a
  started one is cancelled by another HR officer, as it was approved by another person.
  ``dicel_cancel_leave`` (read from the database as 0088 left it, changed in two places)
  and ``dicel_may_cancel_leave`` (0012's text), which the window's Cancel leave… follows.
* **A receipt's link passed in another spelling of its file's id** (F2, DW450's remaining
  hole). ``dicel_link_own_document`` took any text PostgreSQL reads as a uuid (braces,
  no hyphens, capitals), and the prefix in capitals was not asked at all; the readers
  (``dicel_receipt_stays``, ``services.expenses.expense_receipt``) compare the text. The
  link is now written in one spelling, ``'dicel-document:' || <uuid>::text`` (0064's
  trigger function, made again from its text), whatever spelling was given; the rows
  of the five link columns spelled otherwise are rewritten here (triggers off: it
  changes nothing anyone did).
* **A notification named who sent it** (F3). LISTEN gives the sender's PID, and
  ``pg_stat_activity`` (and ``pg_stat_get_backend_userid``) gave every login the
  ``usename`` of every PID. Nothing DICEL Desktop does as a login reads them (the lock
  holder's name comes from ``dicel_leave_counted_by``, 0090; sessions are ended by the
  provisioner's functions, 0055/0058; ``dicel-admin health`` is IT's, run as a superuser
  or an administrator). In this database, SELECT on ``pg_stat_activity`` and EXECUTE on
  ``pg_stat_get_activity`` and ``pg_stat_get_backend_userid`` are taken from PUBLIC and
  given to those that read sessions: administrators, ``dicel_provisioner``,
  ``dicel_stats_reader`` and ``pg_monitor``. Another database of the same server
  (``postgres``, ``template1``) still shows them to a login that may connect there:
  README, "Security".
* **Notes:** DW432 and DW433 compare with ``clock_timestamp()``, not the transaction's
  start (a transaction opened before a shift's end and kept busy cancelled it after);
  ``dicel_own_change_to_decide`` answers only for the three tables decided by another
  (0096's list, as its sibling ``dicel_decision_version``; a unit test holds both to the
  flows) and a record the caller may see;
  ``dicel_leave_balance`` for a year outside 1900-2200 is ``DW461`` (DETAIL ``year``,
  ``first``, ``last``), not a bare 22008.

**A superuser's to run, both ways.** Its rewrite of the links turns triggers off
(``session_replication_role``, a superuser's parameter), and only a superuser changes
the grants of catalog objects (anyone else's REVOKE is a mere warning). Run by anyone
else it stops first, saying so, and changes nothing.

A downgrade gives every function back as 0111 had it and the grants back to PUBLIC.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    earlier_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0112"
down_revision: str | None = "0111"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0012 = earlier_revision("0012_leave")
_0008 = earlier_revision("0008_documents")
_0064 = earlier_revision("0064_a_records_files_are_part_of_what_was_shown")
_0084 = earlier_revision(
    "0084_a_file_counts_without_its_first_entry_and_holidays_change_one_at_a_time"
)
_0096 = earlier_revision(
    "0096_an_asset_is_lost_and_disposed_of_by_two_pay_months_as_offered_and_attendance_in"
    "_employment"
)
_0109 = earlier_revision(
    "0109_an_ended_shift_keeps_its_end_a_case_recovered_has_its_amount_and_a_receipt_in"
    "_capitals_is_its_file"
)

# --------------------------------------------------------------------------- F1

CANCEL_SIGNATURE = "dicel_cancel_leave(uuid, text)"
#: (as 0110 has it, as this revision makes it): the body's changes, each found once.
_CANCEL_CHANGES = (
    (
        "    -- An approved leave that has started is HR's to cancel (it is being taken).\n",
        "    -- An approved leave that has started is HR's to cancel (it is being taken); not an\n"
        "    -- officer's own (migration 0112): another officer cancels it, as another\n"
        "    -- person approved it.\n",
    ),
    (
        "            OR (r.status = 'approved' AND (v_me.hr OR r.start_date > current_date)));\n",
        "            OR (r.status = 'approved'\n"
        "                AND ((v_me.hr AND r.employee_id IS DISTINCT FROM v_me.employee_id)\n"
        "                     OR r.start_date > current_date)));\n",
    ),
    (
        "    IF v_now.status = 'approved' THEN\n",
        "    IF v_now.status = 'approved' AND v_me.hr\n"
        "       AND v_request.employee_id = v_me.employee_id THEN\n"
        "        RAISE EXCEPTION USING ERRCODE = 'DW460',\n"
        "            MESSAGE = 'one''s own leave that has started is another HR officer''s'\n"
        "                      ' to cancel',\n"
        "            DETAIL = json_build_object('start_date', v_now.start_date)::text;\n"
        "    END IF;\n"
        "    IF v_now.status = 'approved' THEN\n",
    ),
)

MAY_CANCEL_0012 = earlier_function(_0012, "dicel_may_cancel_leave(uuid)")
MAY_CANCEL = replaced(
    MAY_CANCEL_0012,
    "           AND (me.hr\n",
    "           -- Migration 0112: HR's rights on another's request; one's own as anyone's.\n"
    "           AND ((me.hr AND r.employee_id IS DISTINCT FROM me.employee_id)\n",
)


def _definition(signature: str) -> str:
    return execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('public.{signature}'::regprocedure)"
    ).fetchone()[0]


def _cancel(*, own_is_anothers: bool) -> None:
    """``dicel_cancel_leave`` as the database holds it (0088 put its lock into the text
    it read there), with this revision's changes made or taken out again."""
    create = _definition(CANCEL_SIGNATURE)
    for before, after in _CANCEL_CHANGES:
        create = (
            replaced(create, before, after) if own_is_anothers else replaced(create, after, before)
        )
    execute_sql(create)


# --------------------------------------------------------------------------- F2

#: The link columns (0008's, as 0064 put the trigger on them).
LINK_COLUMNS = _0008.LINK_COLUMNS
LINK_PREFIX = _0008.LINK_PREFIX
#: Every spelling of a uuid PostgreSQL reads (braces around, a hyphen or none after any
#: four digits, either case): what the upgrade rewrites without a failed cast.
_UUID_SPELLING = r"^(\{[0-9a-f]{4}(-?[0-9a-f]{4}){7}\}|[0-9a-f]{4}(-?[0-9a-f]{4}){7})$"

_LINK_0064 = or_replace(_0064.LINK_OWN_DOCUMENT)
_PREFIX_ASKED_0064 = "    IF v_new IS NULL OR left(v_new, 15) <> 'dicel-document:'\n"
_PREFIX_ASKED = "    IF v_new IS NULL OR lower(left(v_new, 15)) <> 'dicel-document:'\n"
_CHECKED_0064 = """    IF v_document IS NULL OR NOT EXISTS ("""
_WRITTEN_ONCE = """    -- Migration 0112: written in one spelling, the one every reader compares with
    -- (DW450's dicel_receipt_stays, the expense's Receipt): a uuid in braces, without
    -- hyphens or in capitals names the same file, and let it go.
    IF v_document IS NOT NULL THEN
        NEW := jsonb_populate_record(
            NEW, jsonb_build_object(TG_ARGV[0], 'dicel-document:' || v_document::text));
    END IF;
"""
#: A superuser's write (demo data, IT) is spelled once too, though not asked further.
_SUPERUSER_0064 = """       OR (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        RETURN NEW;
    END IF;
    BEGIN
        v_document := substr(v_new, 16)::uuid;
    EXCEPTION WHEN invalid_text_representation THEN
        v_document := NULL;
    END;
"""
_SUPERUSER = (
    """       THEN
        RETURN NEW;
    END IF;
    BEGIN
        v_document := substr(v_new, 16)::uuid;
    EXCEPTION WHEN invalid_text_representation THEN
        v_document := NULL;
    END;
"""
    + _WRITTEN_ONCE
    + """    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        RETURN NEW;
    END IF;
"""
)
LINK_OWN_DOCUMENT = replaced(
    replaced(_LINK_0064, _PREFIX_ASKED_0064, _PREFIX_ASKED), _SUPERUSER_0064, _SUPERUSER
)
assert _CHECKED_0064 in LINK_OWN_DOCUMENT


def _respell(table: str, column: str) -> str:
    """The rows of ``table`` whose link in ``column`` names a file in another spelling,
    spelled once (CASE: the cast is made only of a text that is a uuid's spelling)."""
    canonical = f"'{LINK_PREFIX}' || substr({column}, 16)::uuid::text"
    return (
        f"UPDATE public.{table} SET {column} = {canonical}"
        f" WHERE CASE WHEN lower(left({column}, 15)) = '{LINK_PREFIX}'"
        f" AND substr({column}, 16) ~* '{_UUID_SPELLING}'"
        f" THEN {column} <> {canonical} ELSE false END"
    )


# --------------------------------------------------------------------------- F3

#: Who reads the sessions' logins once PUBLIC does not: administrators (``dicel-admin
#: health`` with their DSN), the provisioner's functions ending a login's sessions
#: (0055, 0058), the reader of who counts leave (0090), and PostgreSQL's monitoring role.
SESSION_READERS = ("dicel_admin", "dicel_provisioner", "dicel_stats_reader", "pg_monitor")
SESSIONS_VIEW = "pg_catalog.pg_stat_activity"
#: The functions that give a session's login: the view's, and the per-backend one.
SESSION_FUNCTIONS = (
    "pg_catalog.pg_stat_get_activity(integer)",
    "pg_catalog.pg_stat_get_backend_userid(integer)",
)


def _sessions(*, hidden: bool) -> str:
    take, give = ("REVOKE", "GRANT") if hidden else ("GRANT", "REVOKE")
    to, back = ("FROM", "TO") if hidden else ("TO", "FROM")
    statements = [f"{take} SELECT ON {SESSIONS_VIEW} {to} PUBLIC;"]
    statements += [f"{take} EXECUTE ON FUNCTION {f} {to} PUBLIC;" for f in SESSION_FUNCTIONS]
    readers = []
    for role in SESSION_READERS:
        one = [f"{give} SELECT ON {SESSIONS_VIEW} {back} {role};"]
        one += [f"{give} EXECUTE ON FUNCTION {f} {back} {role};" for f in SESSION_FUNCTIONS]
        body = "\n        ".join(one)
        readers.append(
            f"    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{role}') THEN\n"
            f"        {body}\n"
            "    END IF;"
        )
    said = "\n    ".join(statements)
    return f"""
DO $$
BEGIN
    {said}
{chr(10).join(readers)}
END
$$"""


#: Asked first, both ways (see the docstring): without it the SET fails in PostgreSQL's
#: words, or, where SET was granted, the REVOKEs only warn and the sessions stay open.
SUPERUSER_ONLY = """
DO $$
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RAISE EXCEPTION 'migration 0112 is run by a superuser: it rewrites links with the'
            ' triggers off and takes the sessions'' logins from PUBLIC; nothing was changed';
    END IF;
END
$$"""


# --------------------------------------------------------------------------- notes

#: DW433 (0109's trigger function): by the clock, once.
END_STAYS_0109 = or_replace(_0109.END_STAYS)
END_STAYS = replaced(
    replaced(
        replaced(
            END_STAYS_0109,
            "BEGIN\n    -- Migration 0109",
            "DECLARE\n"
            "    -- Migration 0112: the clock, not the transaction's start: one opened before\n"
            "    -- the end and kept busy moved it past the end after all.\n"
            "    v_now timestamptz := clock_timestamp();\n"
            "BEGIN\n    -- Migration 0109",
        ),
        "AND OLD.shift_end <= now() AND NEW.shift_end > now() THEN",
        "AND OLD.shift_end <= v_now AND NEW.shift_end > v_now THEN",
    ),
    "'now', now())::text;",
    "'now', v_now)::text;",
)

#: DW432 by the clock: the assignments' cancel as the database holds it (0110 made it),
#: its two ``now()`` made ``clock_timestamp()``: (as 0111 has it, as this revision makes
#: it), each found once. Read from the database, not made by the generator again, so a
#: later change to the generator changes neither this revision nor its downgrade; the
#: generator writes the clock too (``case_functions``), and test_case_steps holds the
#: database to it.
CANCEL_SHIFT_SIGNATURE = "dicel_cancel_security_assignment(uuid)"
_CANCEL_SHIFT_CHANGES = (
    (
        "(t.shift_end IS NULL OR t.shift_end > now())",
        "(t.shift_end IS NULL OR t.shift_end > clock_timestamp())",
    ),
    ("IF v_late <= now() THEN", "IF v_late <= clock_timestamp() THEN"),
)


def _cancel_shift(*, by_clock: bool) -> None:
    create = _definition(CANCEL_SHIFT_SIGNATURE)
    for before, after in _CANCEL_SHIFT_CHANGES:
        create = replaced(create, before, after) if by_clock else replaced(create, after, before)
    execute_sql(create)


#: The tables whose steps four eyes take: ``dicel_decision_version``'s (0096). A table
#: given such a step later needs a revision widening both functions (a unit test holds
#: both lists to the flows).
DECIDED_TABLES = _0096.DECIDED_TABLES
_DECIDED = _0096._tables_sql(DECIDED_TABLES)
OWN_CHANGE_0084 = _0084.OWN_CHANGE
_OWN_CHANGE_QUERY_0084 = (
    """    SELECT CASE WHEN a.action = 'UPDATE' AND a.new_values ? 'status' THEN 'move'"""
)
_OWN_CHANGE_END_0084 = """     ORDER BY 2 DESC
     LIMIT 1
$$"""
OWN_CHANGE = replaced(
    replaced(
        OWN_CHANGE_0084,
        _OWN_CHANGE_QUERY_0084,
        "    -- Migration 0112: of a table decided by another and a record the caller may\n"
        "    -- see only, as dicel_decision_version (a one-time filter, asked first).\n"
        "    SELECT o.what, o.at, o.state FROM (\n" + _OWN_CHANGE_QUERY_0084,
    ),
    _OWN_CHANGE_END_0084,
    f"""     ORDER BY 2 DESC
     LIMIT 1
    ) AS o (what, at, state)
     WHERE p_table = ANY ({_DECIDED}) AND public.dicel_can_see_record(p_table, p_id)
$$""",
)

#: The years a leave balance is asked for: those of the calendar every typed date keeps
#: (0107's DW445, ``entry_rules.FIRST_YEAR``/``LAST_YEAR``, frozen).
FIRST_YEAR, LAST_YEAR = 1900, 2200
BALANCE_0012 = earlier_function(_0012, "dicel_leave_balance(uuid, text, integer)")
_ASKED_ME = "    SELECT * INTO v_me FROM public.dicel_leave_me();\n"
BALANCE = replaced(
    BALANCE_0012,
    _ASKED_ME,
    f"""    -- Migration 0112: a year of the calendar, said so, not PostgreSQL's bare 22008.
    IF v_year NOT BETWEEN {FIRST_YEAR} AND {LAST_YEAR} THEN
        RAISE EXCEPTION USING ERRCODE = 'DW461',
            MESSAGE = format('no leave balance for the year %s', v_year),
            DETAIL = json_build_object('year', v_year, 'first', {FIRST_YEAR},
                                       'last', {LAST_YEAR})::text;
    END IF;
"""
    + _ASKED_ME,
)


def upgrade() -> None:
    execute_sql(SUPERUSER_ONLY)
    # F1. CREATE OR REPLACE keeps owners and grants.
    _cancel(own_is_anothers=True)
    execute_sql(MAY_CANCEL)
    # F2. The function, then the rows already spelled otherwise.
    execute_sql(LINK_OWN_DOCUMENT)
    execute_sql("SET LOCAL session_replication_role = replica")
    for table, column in LINK_COLUMNS:
        execute_sql(_respell(table, column))
    execute_sql("SET LOCAL session_replication_role = DEFAULT")
    # F3.
    execute_sql(_sessions(hidden=True))
    # Notes.
    execute_sql(END_STAYS)
    _cancel_shift(by_clock=True)
    execute_sql(OWN_CHANGE)
    execute_sql(BALANCE)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(SUPERUSER_ONLY)
    execute_sql(BALANCE_0012)
    execute_sql(OWN_CHANGE_0084)
    _cancel_shift(by_clock=False)
    execute_sql(END_STAYS_0109)
    execute_sql(_sessions(hidden=False))
    execute_sql(_LINK_0064)
    execute_sql(MAY_CANCEL_0012)
    _cancel(own_is_anothers=False)
    pin_company_time_zone(op.get_bind())
