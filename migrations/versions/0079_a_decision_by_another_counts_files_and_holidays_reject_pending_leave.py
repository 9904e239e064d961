"""A decision four eyes take counts the record's files; a policy in force changes only
through a review, its words and files too; a write-off is decided by another; a new
holiday rejects a pending leave it leaves with no day rather than being vetoed by it.

Revision ID: 0079
Revises: 0078
Create Date: 2026-12-06

Found with psql in a review of 0078, as the demo's real logins (/tmp/psql26w t1, t1b,
t2, t3):

**A policy's files were outside the four-eyes check and the version.** An officer added
or replaced the policy's file after a colleague started its review, then approved and
brought it into force alone (no DW411); a file replaced after the approver was shown the
policy was approved unseen (no DW007); a file was added to a policy in force with no
review at all (the lock lets a new file be added). Now, for every step four eyes take
(``Step.decided_by_another``; db/case_functions.py, ``decided_files``):

* ``dicel_own_change_to_decide`` counts the caller's change of one of the record's
  documents (attach, replace, rename, remove: the documents' audit entries, which name
  their owner) since it was last decided as a change of it (``'change'``: DW411);
* the version the decision is on is the later of the record's ``updated_at`` and its
  files' last change (``dicel_files_changed_at``, as migration 0064 made it for the
  decisions of expenses, leave, orders and pay), and a document's entry stamped after
  ``shown`` is a change not shown, naming its author (DW007), as 0073 reads them; the
  documents' audit trigger locks such a record and stamps the entry after the lock (0073's
  ``SHOWN_TABLES`` plus ``DECIDED_TABLES``), so a file committed after a read is always
  stamped after the version read;
* ``dicel_decision_version(table, id)`` gives the window that version (STABLE SECURITY
  DEFINER: NULL for a record the caller may not see, or of a table whose decision takes
  none), so the step dialog passes what it showed.

A policy approved or active takes no new file, and none is replaced or removed:
``dicel_record_hold`` says ``'review'`` for it (the files panel says why), and the files'
trigger (``dicel_files_stay``) refuses the write with ``DW414`` (DETAIL ``id``, ``state``):
a policy in force changes through a review, which opens its files again.

**A policy's description was not locked.** ``description`` joins the policy's lock
(``compliance_policies_locked``, DL001): open in draft and under review only.

**A write-off forgave a debt by one person.** The recovery case's ``write_off`` is now a
decision four eyes take: not by whoever opened the case, changed it (its amounts, words,
files) or moved it where it waits (assigned, put on hold, resumed) since it was last
written off (DW411, DW412), on the version shown (DW413, DW007). Its function takes
``shown`` (``dicel_write_off_recovery_case(case_id, reason, shown)``); the one-version
function is dropped. Recovery officers and administrators take it: a colleague or an
administrator.

**A pending leave vetoed a public holiday.** HR's new holiday on the only working day of
a pending request was refused (DW116) until HR rejected the request. Now the holiday's
trigger rejects such a pending request (``status`` ``'rejected'``, ``approved_by`` the
one adding the holiday unless that is the employee, ``approved_date`` now, the note
"<day> became a public holiday (<name>): nothing left to take" appended to ``notes``):
audited, notified (``leave_requests_notify_work``) and shown in My work like any
rejection. An approved leave with no day left is still DW116: it was granted, so HR
cancels it first, deliberately.

A downgrade gives back 0078's functions and triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.case_functions import FunctionDefinition, flow_definitions
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

revision: str = "0079"
down_revision: str | None = "0078"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0040 = earlier_revision("0040_payments_and_evidence_stay")
_0073 = earlier_revision("0073_late_files_stop_decisions_administrators_pay_and_review_dates")
_0076 = earlier_revision("0076_holidays_recount_leave_and_own_or_administrators_pay_and_attendance")
_0078 = earlier_revision("0078_a_policy_in_force_is_not_rewritten_by_one_person")

#: The tables with a step four eyes take after this revision (``Step.decided_by_another``).
DECIDED_TABLES = ("compliance_policies", "recovery_cases")
#: The steps, (table, action): the policy's approval (0078) counts files now; the
#: write-off is new.
DECIDED: tuple[tuple[str, str], ...] = (
    ("compliance_policies", "approve"),
    ("recovery_cases", "write_off"),
)

# --------------------------------------------------------------------------- own change

_OWN_ORDER = "     ORDER BY a.created_at DESC\n     LIMIT 1\n$$"
_OWN_FILES = """    -- Migration 0079: a change of one of its files (attached, replaced, renamed,
    -- removed: the documents' entries name their owner) is a change of it.
    UNION ALL
    SELECT 'change', l.created_at, NULL
      FROM public.audit_logs AS l
     WHERE l.table_name = 'documents' AND l.user_id = public.dicel_current_user_id()
       AND l.record_id IN (SELECT b.record_id FROM public.audit_logs AS b
                            WHERE b.table_name = 'documents'
                              AND coalesce(b.new_values, b.old_values) ->> 'owner_id'
                                  = p_id::text
                              AND coalesce(b.new_values, b.old_values) ->> 'owner_table'
                                  = p_table)
       AND l.created_at > coalesce(
               (SELECT max(d.created_at) FROM public.audit_logs AS d
                 WHERE d.table_name = p_table AND d.record_id = p_id AND d.action = 'UPDATE'
                   AND d.new_values ->> 'status' = p_decided),
               '-infinity')
     ORDER BY 2 DESC
     LIMIT 1
$$"""
OWN_CHANGE = replaced(or_replace(_0078.OWN_CHANGE), _OWN_ORDER, _OWN_FILES)

# --------------------------------------------------------------------------- version

DECISION_VERSION_SIGNATURE = "public.dicel_decision_version(text, uuid)"
DECISION_VERSION = f"""
CREATE FUNCTION {DECISION_VERSION_SIGNATURE.replace("(text, uuid)", "(p_table text, p_id uuid)")}
RETURNS timestamptz
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
DECLARE
    v_updated timestamptz;
BEGIN
    -- Migration 0079: the version a decision four eyes take is on, as the step's
    -- function compares it: the record's last change or its files', whichever is later.
    -- Nothing of a record the caller may not see, nor of another table.
    IF NOT p_table = ANY ('{{{",".join(DECIDED_TABLES)}}}'::text[])
       OR NOT public.dicel_can_see_record(p_table, p_id) THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT t.updated_at FROM public.%I AS t WHERE t.id = $1', p_table)
       INTO v_updated USING p_id;
    RETURN greatest(v_updated, public.dicel_files_changed_at(p_table, p_id));
END
$$"""

# --------------------------------------------------------------------------- files

_LOCKED_TABLES = f"""IF v_owner_table = ANY ('{{{",".join(_0073.SHOWN_TABLES)}}}'::text[]) THEN"""
AUDIT_DOCUMENT = replaced(
    _0073.AUDIT_DOCUMENT,
    _LOCKED_TABLES,
    f"""-- Migration 0079: and a record whose decision four eyes take.
    IF v_owner_table = ANY ('{{{",".join(_0073.SHOWN_TABLES + DECIDED_TABLES)}}}'::text[]) THEN""",
)

#: The tables whose records in force change their files only through a review, with the
#: states that are in force.
REVIEWED = (("compliance_policies", ("approved", "active")),)
_LOCK_CHECK = (
    "    -- A lock (migration 0007): [0] the state column, [1] the open states, [2..] columns.\n"
)
_REVIEW_HOLD = "\n".join(
    f"""    -- Migration 0079: in force, it changes only through a review: its files too.
    IF p_table = '{table}' THEN
        SELECT x.status::text INTO v_state FROM public.{table} x WHERE x.id = p_id;
        IF v_state = ANY ('{{{",".join(states)}}}'::text[]) THEN
            RETURN json_build_object('hold', 'review', 'table', p_table, 'id', p_id,
                                     'state', v_state);
        END IF;
    END IF;"""
    for table, states in REVIEWED
)
RECORD_HOLD = replaced(
    or_replace(_0040.RECORD_HOLD), _LOCK_CHECK, _REVIEW_HOLD + "\n" + _LOCK_CHECK
)

_FINAL_CHECK = "    IF v_hold ->> 'hold' = 'final' THEN\n"
_REVIEW_REFUSED = """    -- Migration 0079: a policy in force changes only through a review.
    IF v_hold ->> 'hold' = 'review' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW414',
            MESSAGE = format('%s %s is %s: its files change only through a review',
                             v_hold ->> 'table', v_hold ->> 'id', v_hold ->> 'state'),
            DETAIL = json_build_object('id', v_hold -> 'id', 'state', v_hold -> 'state')::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = v_hold ->> 'table';
    END IF;
"""
FILES_STAY = replaced(or_replace(_0040.FILES_STAY), _FINAL_CHECK, _REVIEW_REFUSED + _FINAL_CHECK)

# --------------------------------------------------------------------------- policy lock

POLICY_LOCKED = (*_0073.POLICY_LOCKED, "description")


def _policy_lock(columns: Sequence[str]) -> None:
    execute_sql(f"DROP TRIGGER {_0073._POLICY_LOCK} ON public.compliance_policies")
    execute_sql(
        _0040._lock_trigger(
            _0073._POLICY_LOCK, "compliance_policies", _0073._POLICY_STATES, columns
        )
    )


# --------------------------------------------------------------------------- holidays

_RECOUNT = "    -- After: the requests covering either day are counted again (the rules trigger\n"
_REJECT_PENDING = """    -- Migration 0079: a pending request the new day leaves with no working day is
    -- rejected, saying why, by whoever adds the holiday (none when it is their own
    -- request). An approved one is DW116 below: HR cancels it first.
    IF v_new IS NOT NULL THEN
        UPDATE public.leave_requests r
           SET status = 'rejected',
               approved_by = nullif(public.dicel_current_user_id(),
                                    (SELECT e.user_id FROM public.employees e
                                      WHERE e.id = r.employee_id)),
               approved_date = now(),
               notes = concat_ws(E'\\n', nullif(r.notes, ''),
                                 format('%s became a public holiday (%s): nothing left to take',
                                        to_char(v_new, 'YYYY-MM-DD'), NEW.name))
         WHERE r.status = 'pending' AND r.start_date <= v_new AND r.end_date >= v_new
           AND public.dicel_working_days(r.start_date, r.end_date) = 0;
    END IF;
"""
HOLIDAY_FUNCTION = replaced(
    or_replace(_0076.HOLIDAY_FUNCTION), _RECOUNT, _REJECT_PENDING + _RECOUNT
)

# --------------------------------------------------------------------------- steps


def _steps(*, files: bool) -> list[tuple[FunctionDefinition, tuple[str, ...], bool]]:
    """The decided steps' functions, with who takes them and whether they are decided by
    another: as this revision makes them (``files``), or as 0078 left them (the write-off
    a step like any other)."""
    found = []
    for table, action in DECIDED:
        flow = FLOWS[table]
        decided = files or (table, action) in _0078.DECIDED
        takers = tuple(role.group_role for role in flow.workers)
        found += [
            (f, takers, decided)
            for f in flow_definitions(
                flow, decided=decided, decided_files=files, parts=(), record_files=False
            )
            if f.name == flow.function(action)
        ]
    return found


def _make_steps(*, files: bool) -> None:
    before = {f.name: f for f, _t, _d in _steps(files=not files)}
    for function, takers, _decided in _steps(files=files):
        if before[function.name].signature != function.signature:
            execute_sql(f"DROP FUNCTION {before[function.name].signature}")
        create_owned_function(function.create_or_replace, function.signature)
        # EXECUTE comes from the permission table (sync-grants after the upgrade); granted
        # here too, for a database left at this revision.
        for role in takers:
            execute_sql(f"GRANT EXECUTE ON FUNCTION {function.signature} TO {role}")


# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    # CREATE OR REPLACE: each keeps its owner and grants.
    execute_sql(OWN_CHANGE)
    create_owned_function(DECISION_VERSION, DECISION_VERSION_SIGNATURE)
    # EXECUTE from the permission table (sync-grants after the upgrade); granted here
    # too, for a database left at this revision.
    workers = {role.group_role for table in DECIDED_TABLES for role in FLOWS[table].workers}
    for role in sorted(workers):
        for signature in (DECISION_VERSION_SIGNATURE, f"public.{_0078.OWN_CHANGE_SIGNATURE}"):
            execute_sql(f"GRANT EXECUTE ON FUNCTION {signature} TO {role}")
    execute_sql(AUDIT_DOCUMENT)
    execute_sql(RECORD_HOLD)
    execute_sql(FILES_STAY)
    _make_steps(files=True)
    _policy_lock(POLICY_LOCKED)
    execute_sql(HOLIDAY_FUNCTION)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(or_replace(_0076.HOLIDAY_FUNCTION))
    _policy_lock(_0073.POLICY_LOCKED)
    _make_steps(files=False)
    execute_sql(or_replace(_0040.FILES_STAY))
    execute_sql(or_replace(_0040.RECORD_HOLD))
    execute_sql(_0073.AUDIT_DOCUMENT)
    execute_sql(f"DROP FUNCTION {DECISION_VERSION_SIGNATURE}")
    execute_sql(or_replace(_0078.OWN_CHANGE))
    pin_company_time_zone(op.get_bind())
