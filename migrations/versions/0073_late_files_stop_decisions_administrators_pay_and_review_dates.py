"""A file committed after the decider's read stops the decision, whenever its transaction
began; only an administrator pays or places an administrator; a policy's review date is
a real day, at most five years ahead, and stays as its approval set it.

Revision ID: 0073
Revises: 0072
Create Date: 2026-12-05

Found with psql in the fourth review, as the demo's real logins:

**A file added in a transaction opened before the decider's read was not seen**
(DW007, migrations 0032, 0064, 0070). ``dicel_audit_document()`` stamped a document's
audit entry with ``CURRENT_TIMESTAMP``, the start of the uploader's transaction, and
``dicel_files_changed_at`` takes the latest stamp: a transaction begun before HR read a
leave request (before it was even filed), attaching a "medical certificate" and
committing after the read, left a stamp earlier than the version HR was shown, so the
decision on that version passed. Stamping with ``clock_timestamp()`` alone would still
lose to a transaction that attaches before the read and commits after it; a deferred
trigger can be fired early (``SET CONSTRAINTS ALL IMMEDIATE``).

Now, for a record whose decision takes ``shown`` (``SHOWN_TABLES``: leave requests,
expenses, purchase orders, pay periods), every write of one of its documents (attach,
replace, rename, remove; the audit trigger, which no role may skip) first locks the
record's row ``FOR NO KEY UPDATE`` (a pay period's live payslips ``FOR SHARE`` too: the
payslips are part of its version) and then stamps its audit entry with
``clock_timestamp()``, taken after the lock. The locks are held to the writer's commit,
so:

* the decision's ``FOR UPDATE`` waits for an uncommitted file change and then sees it;
* any change that shaped the version a reader was shown (the record saved, a payslip
  reviewed, another file) committed before the reader's read; if the file's lock came
  after it, its stamp is later than that change's commit and so than its stamp; if the
  file's lock came first, that change waited for the file's commit, which is after the
  read: it was not shown. A file committed after the read is therefore always stamped
  after ``shown``, whenever its transaction began.

The four decisions (0070's bodies) take an entry of a document stamped after ``shown``
as a change not shown, whatever else its transaction wrote (0070's "a transaction with
an entry at or before ``shown`` was shown" holds for the record's own entries, stamped
at their transaction's start, not for these): the refusal names the file's author
(DW007) rather than nobody (DW008).

**HR changed an administrator's pay and placement.** Migration 0067's trigger
``employees_administrator_ended_by_administrator`` (DW602, DW603) watched the status and
the termination date only: HR could still set an administrator's salary to 1, move them
to another department, under another supervisor, to another position, type, place or
hire date, or rewrite their bank details. The trigger now watches every column that pays
or places the person (``PAY_AND_PLACEMENT``); a change of one of them by anyone but an
active administrator is ``DW604`` (COLUMN: the first such column, DETAIL ``id``,
``name``), the status and the termination date stay DW602/DW603.

**A policy's review date could be ``infinity``, year 9999 or blanked.**
``dicel_approve_compliance_policy(id, 'infinity')`` passed DW409 (infinity is after today)
and stored a date no client reads ("date too large"); once approved, the date was the
form's to blank or move. A trigger ``compliance_policies_review_date_real``
(BEFORE INSERT OR UPDATE OF review_date, the step's write included) refuses a date that
is not finite or more than ``REVIEW_YEARS_AHEAD`` years after today (``DW410``, COLUMN
``review_date``, DETAIL ``latest``, ``years``); and ``review_date`` joins the policy's
lock (migration 0007's ``compliance_policies_locked``, DL001): outside draft and under
review only the steps (approve) set it.

A downgrade gives back the earlier functions and triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0073"
down_revision: str | None = "0072"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0008 = earlier_revision("0008_documents")
_0032 = earlier_revision("0032_decisions_on_what_was_shown")
_0040 = earlier_revision("0040_payments_and_evidence_stay")
_0051 = earlier_revision("0051_pay_periods_wait_for_their_approver")
_0067 = earlier_revision("0067_an_administrators_employment_is_changed_by_an_administrator")
_0070 = earlier_revision("0070_any_change_by_another_stops_a_decision")

# --------------------------------------------------------------------------- files

#: The tables whose decision takes the version the decider was shown (0032, 0051).
SHOWN_TABLES = ("leave_requests", "expenses", "purchase_orders", "payroll_periods")

_AUDIT_DOCUMENT = earlier_function(_0008, "dicel_audit_document()")
_DECLARE = "    v_record uuid;\n"
_OLD = "        v_record := OLD.id;\n"
_NEW = "        v_record := NEW.id;\n"
_INSERT = """    INSERT INTO public.audit_logs
        (user_id, action, table_name, record_id, old_values, new_values, ip_address,
         user_agent)
    VALUES (
"""
_LOCKED_INSERT = f"""    -- Migration 0073: a record whose decision takes what was shown is locked until
    -- this file change commits (the decision waits for it, a save or another file of the
    -- record waits or went before), and the entry is stamped once the lock is held: a
    -- file committed after a reader's read is stamped after the version they were shown.
    IF v_owner_table = ANY ('{{{",".join(SHOWN_TABLES)}}}'::text[]) THEN
        EXECUTE format('SELECT FROM public.%I t WHERE t.id = $1 FOR NO KEY UPDATE',
                       v_owner_table) USING v_owner;
        IF v_owner_table = 'payroll_periods' THEN
            -- Its payslips are part of its version (migration 0051).
            PERFORM FROM public.payroll_periods p, public.payroll_records r
             WHERE p.id = v_owner AND r.pay_period_start = p.period_start
               AND r.pay_period_end = p.period_end AND r.status <> 'cancelled'
               FOR SHARE OF r;
        END IF;
    END IF;
    INSERT INTO public.audit_logs
        (user_id, action, table_name, record_id, old_values, new_values, ip_address,
         user_agent, created_at)
    VALUES (
"""
_AGENT = "        nullif(current_setting('application_name', true), ''));\n"

_OWNERS = (
    (_DECLARE, _DECLARE + "    v_owner_table text;\n    v_owner uuid;\n"),
    (_OLD, _OLD + "        v_owner_table := OLD.owner_table;\n        v_owner := OLD.owner_id;\n"),
    (_NEW, _NEW + "        v_owner_table := NEW.owner_table;\n        v_owner := NEW.owner_id;\n"),
    (_INSERT, _LOCKED_INSERT),
    (
        _AGENT,
        "        nullif(current_setting('application_name', true), ''), clock_timestamp());\n",
    ),
)
AUDIT_DOCUMENT = _AUDIT_DOCUMENT
for _old, _new in _OWNERS:
    AUDIT_DOCUMENT = replaced(AUDIT_DOCUMENT, _old, _new)


#: 0070's look at the entries since ``shown``.
_TABLE_TOO = "WITH e AS (SELECT l.xmin::text AS tx, l.user_id, l.created_at, l.new_values\n"
_TX_SHOWN = "   AND e.tx NOT IN (SELECT s.tx FROM e s\n"
_TX_SHOWN_END = "OR (s.new_values ->> 'updated_at')::timestamptz <= shown)\n"
_FILES_NOT_SHOWN = """   -- Migration 0073: a file's entry after shown was not shown (stamped under
{indent}   -- the record's lock), whatever else its transaction wrote.
{indent}   AND (e.table_name = 'documents' OR e.tx NOT IN (SELECT s.tx FROM e s
"""


def _files_not_shown(create: str, *, indent: str) -> str:
    create = replaced(create, _TABLE_TOO, _TABLE_TOO[:-1] + ", l.table_name\n")
    create = replaced(create, indent + _TX_SHOWN, indent + _FILES_NOT_SHOWN.format(indent=indent))
    return replaced(create, _TX_SHOWN_END, _TX_SHOWN_END[:-1] + ")\n")


def _decision(entry: tuple[str, str, str, str, str, str], *, late_files: bool) -> str:
    create = _0070._decision(entry, others_first=True)
    return _files_not_shown(create, indent=" " * 12) if late_files else create


def _payroll(*, late_files: bool) -> str:
    create = _0070._payroll(others_first=True)
    return _files_not_shown(create, indent=" " * 16) if late_files else create


# --------------------------------------------------------------------------- administrators

_ADMIN_TRIGGER = "employees_administrator_ended_by_administrator"
_ADMIN_SIGNATURE = "public.dicel_administrator_ended_by_administrator()"
#: The columns of an employee record that pay or place the person (besides the status and
#: the termination date, DW602/DW603): an administrator's are changed by an administrator.
PAY_AND_PLACEMENT = (
    "salary",
    "salary_currency",
    "bank_details",
    "tax_info",
    "employment_type",
    "hire_date",
    "position",
    "department_id",
    "supervisor_id",
    "work_location",
)
_STATUS_CHANGED = (
    "OLD.status IS DISTINCT FROM NEW.status"
    " OR OLD.termination_date IS DISTINCT FROM NEW.termination_date"
)
_ANY_CHANGED = " OR ".join(
    [_STATUS_CHANGED] + [f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in PAY_AND_PLACEMENT]
)
_FIRST_CHANGED = "\n".join(
    f"                WHEN OLD.{c} IS DISTINCT FROM NEW.{c} THEN '{c}'" for c in PAY_AND_PLACEMENT
)
_ENDED_0067 = "        -- Migration 0067: ending it is DW602 as before; any other change of the\n"
_PAY_OR_PLACEMENT = f"""        -- Migration 0073: what pays or places the person is DW604.
        IF NOT ({_STATUS_CHANGED}) THEN
            RAISE EXCEPTION USING ERRCODE = 'DW604',
                MESSAGE = 'only an administrator changes the pay or placement of an'
                          ' administrator',
                COLUMN = CASE
{_FIRST_CHANGED}
                END,
                DETAIL = json_build_object('id', NEW.id,
                                           'name', public.dicel_person_name(NEW.user_id))::text;
        END IF;
"""
ADMIN_FUNCTION = replaced(_0067.FUNCTION, _ENDED_0067, _PAY_OR_PLACEMENT + _ENDED_0067)
ADMIN_TRIGGER = (
    f"CREATE TRIGGER {_ADMIN_TRIGGER} BEFORE UPDATE OF status, termination_date,"
    f" {', '.join(PAY_AND_PLACEMENT)} ON public.employees FOR EACH ROW"
    f" WHEN (({_ANY_CHANGED}) AND NEW.user_id IS NOT NULL)"
    f" EXECUTE FUNCTION {_ADMIN_SIGNATURE}"
)

# --------------------------------------------------------------------------- policies

#: The latest next review a policy's approval may set: a policy is read again within
#: five years (a later date, or 'infinity', is a way of never reviewing it; 9999-12-31
#: and infinity are also days no client reads back).
REVIEW_YEARS_AHEAD = 5
_REVIEW_SIGNATURE = "public.dicel_policy_review_date_real()"
REVIEW_DATE_REAL = f"""
CREATE FUNCTION {_REVIEW_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_latest date := (current_date + make_interval(years => {REVIEW_YEARS_AHEAD}))::date;
BEGIN
    IF NEW.review_date IS NOT NULL
       AND (NOT isfinite(NEW.review_date) OR NEW.review_date > v_latest) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW410',
            MESSAGE = format('the review date %s is more than {REVIEW_YEARS_AHEAD} years ahead',
                             NEW.review_date),
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'review_date',
            DETAIL = json_build_object('latest', v_latest,
                                       'years', {REVIEW_YEARS_AHEAD})::text;
    END IF;
    RETURN NEW;
END
$$"""
REVIEW_DATE_TRIGGER = (
    "CREATE TRIGGER compliance_policies_review_date_real"
    " BEFORE INSERT OR UPDATE OF review_date ON public.compliance_policies FOR EACH ROW"
    f" EXECUTE FUNCTION {_REVIEW_SIGNATURE}"
)
_POLICY_LOCK = "compliance_policies_locked"
_POLICY_STATES = "'status', '{draft,under_review}'"
_POLICY_LOCKED_BEFORE = ("policy_name", "policy_category", "policy_content", "version",
                         "effective_date")  # fmt: skip
POLICY_LOCKED = (*_POLICY_LOCKED_BEFORE, "review_date")

# --------------------------------------------------------------------------- apply


def _files(*, late_files: bool) -> None:
    # CREATE OR REPLACE: each function keeps its owner and grants.
    execute_sql(AUDIT_DOCUMENT if late_files else _AUDIT_DOCUMENT)
    for entry in _0032._DECISIONS:
        execute_sql(_decision(entry, late_files=late_files))
    execute_sql(_payroll(late_files=late_files))


def _policy_lock(columns: Sequence[str]) -> None:
    execute_sql(f"DROP TRIGGER {_POLICY_LOCK} ON public.compliance_policies")
    execute_sql(_0040._lock_trigger(_POLICY_LOCK, "compliance_policies", _POLICY_STATES, columns))


def upgrade() -> None:
    _files(late_files=True)

    execute_sql(ADMIN_FUNCTION)
    execute_sql(f"DROP TRIGGER {_ADMIN_TRIGGER} ON public.employees")
    execute_sql(ADMIN_TRIGGER)

    create_owned_function(REVIEW_DATE_REAL, _REVIEW_SIGNATURE)
    execute_sql(REVIEW_DATE_TRIGGER)
    _policy_lock(POLICY_LOCKED)


def downgrade() -> None:
    _policy_lock(_POLICY_LOCKED_BEFORE)
    execute_sql("DROP TRIGGER compliance_policies_review_date_real ON public.compliance_policies")
    execute_sql(f"DROP FUNCTION {_REVIEW_SIGNATURE}")

    execute_sql(f"DROP TRIGGER {_ADMIN_TRIGGER} ON public.employees")
    execute_sql(_0067.TRIGGER)
    execute_sql(_0067.FUNCTION)

    _files(late_files=False)
