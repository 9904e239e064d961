"""A record's file counts in its version and its four eyes without an entry of its
arrival; holidays change one at a time, and leave is counted after them.

Revision ID: 0084
Revises: 0083
Create Date: 2026-12-05

Found with psql in the eighth review, as the demo's real logins (/tmp/psql26w r8: t1,
t1b, t1c, t4, t4b):

**A file loaded without an INSERT entry was invisible to the version and four eyes.**
The documents' audit trigger (``dicel_audit_document``) wrote only the changed keys of an
UPDATE, and a file was tied to its record only by an entry naming its owner: its
INSERT's. A file loaded with no such entry (the demo's expense receipts and case
documents; a database whose files predate the trigger; a bulk import) was never counted:
finance B replaced an expense's receipt and A approved on the old version (no DW007); the
one who swapped a case document's file wrote the case off alone (no DW411), another's
write-off on the old ``shown`` passed. Now both ways:

* every documents entry names the file's owner at the time: an UPDATE's old and new
  values carry ``owner_table`` and ``owner_id`` (the same on both sides when it did not
  move, so the history shows no change of them; the old owner on the old side when it
  moved), an INSERT's and a DELETE's carry the whole row as before;
* ``dicel_record_files(table, id)`` (a SQL function, inlined where it is used: nobody's
  to call) gives the documents a record has or had: those an entry names as its own
  (0040's index), those an UPDATE moved away from it (new index
  ``ix_audit_logs_document_old_owner``) and those it has now (the documents' own owner
  columns, their unique index), whose entries are then counted by the file's id: a file
  with no INSERT entry counts from its first logged change;
* the helpers and decisions that looked for "a document whose entry names the record"
  ask it instead: ``dicel_files_changed_at`` (the version of the decisions on what was
  shown, and of those four eyes take), ``dicel_own_change_to_decide`` (DW411),
  ``dicel_part_records`` (a case's documents' files), the four decisions on what was
  shown naming who changed it (DW007: leave, expenses, orders, pay) and the steps four
  eyes take (the policy's approval, the case's write-off).

The row security of documents binds these definer functions: a file counts when the one
deciding may see it (every decider sees the files of what they decide).

**Concurrent holiday changes escaped the recount (0076, 0082).** The recount counted with
``dicel_working_days`` on its statement's snapshot, so two sessions changing holidays at
once each missed the other's change (HR's approved Monday-Friday leave stayed counted as
2 days after four holidays were removed in four sessions; two holidays added at once on
both days of an approved leave left it approved with no working day, no DW116). Now
holiday changes take a transaction advisory lock (``HD``, 0x4844) exclusively (trigger
``holidays_one_change_at_a_time``, BEFORE each statement adding, moving or removing one),
and whatever counts a leave's working days takes it shared: every statement writing
leave's counted columns (``leave_requests_counted_after_holidays``, BEFORE each statement,
before any row is locked) and ``dicel_decide_leave(..., shown)`` before it locks the
request. Holiday changes wait for each other and for leave being counted, and leave being
filed or decided waits for a holiday change; the recount (AFTER each row, its own
statements) and the rules trigger count on a snapshot taken after the lock, so each sees
the other's committed change. An advisory lock and not ``LOCK TABLE holidays``: a
statement's own ROW EXCLUSIVE lock on holidays, taken before its triggers, would make two
concurrent changes deadlock on the upgrade. The lock is held to the end of the
transaction (functions of the owner only, migration 0030).

A downgrade gives back 0082's (and earlier) functions and drops the new ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.case_functions import RECORD_FILES, flow_definitions
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)
from dicel_desktop.domain.case_flows import FLOWS

revision: str = "0084"
down_revision: str | None = "0083"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0032 = earlier_revision("0032_decisions_on_what_was_shown")
_0064 = earlier_revision("0064_a_records_files_are_part_of_what_was_shown")
_0073 = earlier_revision("0073_late_files_stop_decisions_administrators_pay_and_review_dates")
_0075 = earlier_revision("0075_a_records_files_last_change_is_planned_once")
_0076 = earlier_revision("0076_holidays_recount_leave_and_own_or_administrators_pay_and_attendance")
_0079 = earlier_revision(
    "0079_a_decision_by_another_counts_files_and_holidays_reject_pending_leave"
)
_0082 = earlier_revision(
    "0082_a_cases_documents_are_decided_holidays_decide_no_leave_and_the_cap_counts_what_it_folds"
)

# --------------------------------------------------------------------------- files

RECORD_FILES_SIGNATURE = f"public.{RECORD_FILES}(text, uuid)"
RECORD_FILES_FUNCTION = f"""
CREATE FUNCTION public.{RECORD_FILES}(p_table text, p_id uuid) RETURNS SETOF uuid
LANGUAGE sql STABLE
AS $$
    -- Migration 0084: the documents the record has or had. A SQL function with no
    -- settings, inlined into the definer functions that ask (nobody else may call it):
    -- those an entry names as its own, those an UPDATE moved away from it, and those it
    -- has at present: a file loaded without an entry counts from its first logged change.
    -- (No date or time is read here: nothing pins a time zone, which would stop the
    -- inlining.)
    SELECT b.record_id FROM public.audit_logs AS b
     WHERE b.table_name = 'documents'
       AND coalesce(b.new_values, b.old_values) ->> 'owner_id' = p_id::text
       AND coalesce(b.new_values, b.old_values) ->> 'owner_table' = p_table
    UNION
    SELECT b.record_id FROM public.audit_logs AS b
     WHERE b.table_name = 'documents' AND b.action = 'UPDATE'
       AND b.old_values ->> 'owner_id' = p_id::text
       AND b.old_values ->> 'owner_table' = p_table
    UNION
    SELECT d.id FROM public.documents AS d
     WHERE d.owner_table = p_table AND d.owner_id = p_id
$$"""

#: Finds the entries of a file moved away from a record (its old owner).
OLD_OWNER_INDEX_NAME = "ix_audit_logs_document_old_owner"
OLD_OWNER_INDEX = (
    f"CREATE INDEX {OLD_OWNER_INDEX_NAME} ON public.audit_logs ((old_values ->> 'owner_id'))"
    " WHERE table_name = 'documents' AND action = 'UPDATE'"
)

_UPDATE_KEYS = """        IF v_new IS NULL THEN
            RETURN NULL;
        END IF;
"""
AUDIT_DOCUMENT = replaced(
    _0082.AUDIT_DOCUMENT,
    _UPDATE_KEYS,
    _UPDATE_KEYS
    + """        -- Migration 0084: the entry names the owner at the time (the old one too
        -- when it moved): a file loaded without an INSERT entry is still its record's.
        v_old := jsonb_build_object('owner_table', OLD.owner_table, 'owner_id', OLD.owner_id)
                 || v_old;
        v_new := jsonb_build_object('owner_table', NEW.owner_table, 'owner_id', NEW.owner_id)
                 || v_new;
""",
)


def _files_of(table: str, record: str) -> str:
    """SQL: the ids of the documents the record has or had."""
    return f"SELECT f.id FROM public.{RECORD_FILES}({table}, {record}) AS f(id)"


FILES_CHANGED_AT = f"""
CREATE OR REPLACE FUNCTION public.dicel_files_changed_at(p_table text, p_id uuid)
RETURNS timestamptz LANGUAGE plpgsql STABLE {DEFINER}
AS $$
BEGIN
    -- The last time a file of the record was attached, replaced, renamed, moved or
    -- removed (migration 0084: of every file it has or had, whatever entries it has).
    -- PL/pgSQL: the query is planned once per session (migration 0075).
    RETURN (SELECT max(l.created_at) FROM public.audit_logs AS l
             WHERE l.table_name = 'documents'
               AND l.record_id IN ({_files_of("p_table", "p_id")}));
END
$$"""

_OWN_FILES_0079 = """       AND l.record_id IN (SELECT b.record_id FROM public.audit_logs AS b
                            WHERE b.table_name = 'documents'
                              AND coalesce(b.new_values, b.old_values) ->> 'owner_id'
                                  = p_id::text
                              AND coalesce(b.new_values, b.old_values) ->> 'owner_table'
                                  = p_table)
"""
OWN_CHANGE = replaced(
    _0082.OWN_CHANGE,
    _OWN_FILES_0079,
    f"""       -- Migration 0084: every file it has or had.
       AND l.record_id IN ({_files_of("p_table", "p_id")})
""",
)

_PART_FILES_0082 = """        SELECT 'documents'::text, d.record_id FROM public.audit_logs AS d
         WHERE d.table_name = 'documents'
           AND coalesce(d.new_values, d.old_values) ->> 'owner_id'
               IN (SELECT part.id::text FROM part)
           AND coalesce(d.new_values, d.old_values) ->> 'owner_table' = '{part}';"""
PART_RECORDS_FUNCTION = _0082.PART_RECORDS_FUNCTION
for _table, _action, _parts in _0082.PARTS:
    for _part, _column in _parts:
        PART_RECORDS_FUNCTION = replaced(
            PART_RECORDS_FUNCTION,
            _PART_FILES_0082.format(part=_part),
            f"""        -- Migration 0084: every file each part has or had.
        SELECT 'documents'::text, f.id
          FROM part CROSS JOIN LATERAL
               public.{RECORD_FILES}('{_part}', part.id) AS f(id);""",
        )
PART_RECORDS_FUNCTION = or_replace(PART_RECORDS_FUNCTION)

# The decisions on what was shown (0032, 0064, 0073; pay 0076): who changed a file.


def _shown_decision(create: str, table: str) -> str:
    return replaced(
        create,
        _0064._FILE_ENTRIES.format(id="v_id", table=table),
        "l.table_name = 'documents' AND l.record_id IN (\n"
        "                 -- Migration 0084: every file it has or had.\n"
        f"                 {_files_of(repr(table), 'v_id')})",
    )


#: The leave decision takes the holidays' lock shared before it locks the request.
_LEAVE_DECISION_BEGIN = "BEGIN\n    IF shown IS NOT NULL AND true THEN\n"
HOLIDAY_LOCK_SPACE = 0x4844  # "HD", beside leave's "LV" (0012) and payroll's "PP" (0024)
_HOLIDAYS_SHARED = f"pg_catalog.pg_advisory_xact_lock_shared({HOLIDAY_LOCK_SPACE}, 0)"
_HOLIDAYS_ALONE = f"pg_catalog.pg_advisory_xact_lock({HOLIDAY_LOCK_SPACE}, 0)"


def _shown_decisions(*, files: bool) -> list[str]:
    found = []
    for entry in _0032._DECISIONS:
        create = _0073._decision(entry, late_files=True)
        table = entry[3]
        if files:
            create = _shown_decision(create, table)
            if table == "leave_requests":
                create = replaced(
                    create,
                    _LEAVE_DECISION_BEGIN,
                    "BEGIN\n    -- Migration 0084: a holiday being changed is committed before"
                    " the days\n    -- are counted (the holidays' lock, before the request's).\n"
                    f"    PERFORM {_HOLIDAYS_SHARED};\n" + _LEAVE_DECISION_BEGIN[6:],
                )
        found.append(create)
    payroll = _0076.DECIDE_PAYROLL
    found.append(_shown_decision(payroll, "payroll_periods") if files else payroll)
    return found


def _steps(*, record_files: bool) -> list:
    """The steps four eyes take that count files, as 0079 and 0082 left them or as this
    revision makes them."""
    found = []
    for table, action in _0079.DECIDED:
        flow = FLOWS[table]
        parts = dict((t, p) for t, _a, p in _0082.PARTS).get(table, ())
        found += [
            f
            for f in flow_definitions(flow, parts=parts, record_files=record_files)
            if f.name == flow.function(action)
        ]
    return found


# --------------------------------------------------------------------------- holidays

HOLD_SIGNATURE = "public.dicel_holidays_hold()"
HOLD = f"""
CREATE FUNCTION {HOLD_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0084: holidays change one at a time, and not while leave is being
    -- counted (exclusive); leave is counted once no holiday change is under way
    -- (shared). Held to the end of the transaction; taken before any row is locked.
    IF TG_TABLE_NAME = 'holidays' THEN
        PERFORM {_HOLIDAYS_ALONE};
    ELSE
        PERFORM {_HOLIDAYS_SHARED};
    END IF;
    RETURN NULL;
END
$$"""
#: The columns leave's rules count by (0012's leave_requests_rules).
_COUNTED = "employee_id, leave_type, start_date, end_date, days_requested, status, approved_by"
HOLD_TRIGGERS = (
    (
        "holidays_one_change_at_a_time",
        "BEFORE INSERT OR UPDATE OF holiday_date OR DELETE ON public.holidays",
    ),
    (
        "leave_requests_counted_after_holidays",
        f"BEFORE INSERT OR UPDATE OF {_COUNTED} ON public.leave_requests",
    ),
)

# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    # Files.
    create_owned_function(RECORD_FILES_FUNCTION, RECORD_FILES_SIGNATURE)
    execute_sql(OLD_OWNER_INDEX)
    # CREATE OR REPLACE: each keeps its owner and grants.
    execute_sql(AUDIT_DOCUMENT)
    execute_sql(FILES_CHANGED_AT)
    execute_sql(OWN_CHANGE)
    execute_sql(PART_RECORDS_FUNCTION)
    for create in _shown_decisions(files=True):
        execute_sql(create)
    for function in _steps(record_files=True):
        execute_sql(function.create_or_replace)
    # Holidays.
    create_owned_function(HOLD, HOLD_SIGNATURE)
    for name, when in HOLD_TRIGGERS:
        execute_sql(
            f"CREATE TRIGGER {name} {when} FOR EACH STATEMENT EXECUTE FUNCTION {HOLD_SIGNATURE}"
        )
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    for name, when in reversed(HOLD_TRIGGERS):
        execute_sql(f"DROP TRIGGER {name} ON {when.rsplit(' ON ', 1)[1]}")
    execute_sql(f"DROP FUNCTION {HOLD_SIGNATURE}")
    for function in _steps(record_files=False):
        execute_sql(function.create_or_replace)
    for create in _shown_decisions(files=False):
        execute_sql(create)
    execute_sql(or_replace(_0082.PART_RECORDS_FUNCTION))
    execute_sql(_0082.OWN_CHANGE)
    execute_sql(_0075._as_plpgsql())
    execute_sql(_0082.AUDIT_DOCUMENT)
    execute_sql(f"DROP INDEX public.{OLD_OWNER_INDEX_NAME}")
    execute_sql(f"DROP FUNCTION {RECORD_FILES_SIGNATURE}")
    pin_company_time_zone(op.get_bind())
