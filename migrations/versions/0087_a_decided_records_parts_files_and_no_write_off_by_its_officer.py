"""A decided record's parts and their files are part of its version; a case's own officer
does not write it off.

Revision ID: 0087
Revises: 0086
Create Date: 2026-12-05

Found with psql in the ninth review, as the demo's real logins (/tmp/psql27w t2, t2b),
and by the user-eye review:

**A file on a part of a pending record did not move its version.** The order's writer
attached "Supplier quote - revised x3 price.pdf" to a line of her pending purchase
order, and the manager's approval on the version shown before passed; HR attached a
"Bonus agreement" to a payslip of the pending pay period, and finance's approval on the
old version passed. Only a recovery case declared its parts (``CaseFlow.parts``,
0082). Now every decided record declares them in one place
(``domain/decided_parts.py``, frozen here as ``PARTS``): an order's lines
(``purchase_order_lines.order_id``), a pay period's payslips (``payroll_records`` of the
period's dates), a case's documents; leave, expenses and policies have none. For them:

* ``dicel_part_records(table, id)`` gives every part's rows (an order's lines: those an
  entry names too, new index ``ix_audit_logs_part_purchase_order_lines``) and every file
  each has or had (``dicel_record_files``); ``dicel_parts_changed_at`` their last entry;
* the version the inbox lists and the record window shows
  (``dicel_purchase_orders_to_decide``, ``dicel_payroll_periods_to_decide``) and the one
  the decision compares with (``dicel_decide_purchase_order``, ``dicel_decide_payroll``
  with ``shown``) count it; the decision's search for who changed it since reads the
  parts' and their files' entries (DW007 naming the author; DW008 nobody's);
* a file of a part locks the record first (``dicel_audit_document``, as a file of the
  record does), its entry stamped after the lock: a decision and a part's file
  serialise;
* while the record waits for its decision (an order, a pay period: pending) its parts'
  files are neither added, replaced nor removed: ``dicel_record_hold`` of the part says
  ``waiting`` (the record's table, id and state) and ``dicel_files_stay`` refuses
  ``DW416``. The decision windows show the record's own files (its window's Documents),
  not its parts': a file for the one deciding goes on the record itself. Anything
  written past that (the server's own loading) still moves the version.

**A case's own officer wrote it off alone** (CASE-2026-000043, innocent.bizimana). 0079's
four eyes excluded whoever opened, changed or moved the case, not the officer working
it. A step ``Step.not_by_assignee`` (a recovery case's write-off) is refused to the
record's assignee as it was before the step (``DW415``, trigger
``recovery_cases_write_off_not_by_assignee``, DETAIL ``who``, ``action``; COLUMN the
assignee's); the window's Write off… is disabled for them saying why. An unassigned case
written off gets the caller as its officer afterwards, as before.

A downgrade gives back 0084's (0085-measured) functions and 0079's hold and stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.case_functions import PART_RECORDS, PARTS_CHANGED_AT, RECORD_FILES
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)
from dicel_desktop.db.text_limits import measure_arguments
from dicel_desktop.domain.decided_parts import Part
from dicel_desktop.domain.text_limits import LONG_TEXT

revision: str = "0087"
down_revision: str | None = "0086"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0064 = earlier_revision("0064_a_records_files_are_part_of_what_was_shown")
_0079 = earlier_revision(
    "0079_a_decision_by_another_counts_files_and_holidays_reject_pending_leave"
)
_0082 = earlier_revision(
    "0082_a_cases_documents_are_decided_holidays_decide_no_leave_and_the_cap_counts_what_it_folds"
)
_0084 = earlier_revision(
    "0084_a_file_counts_without_its_first_entry_and_holidays_change_one_at_a_time"
)

#: The decided records' parts as this revision makes them (domain/decided_parts.py):
#: (record's table, its state waiting for the decision or None, its parts).
PARTS: tuple[tuple[str, str | None, tuple[Part, ...]], ...] = (
    ("purchase_orders", "pending", (Part("purchase_order_lines", column="order_id"),)),
    (
        "payroll_periods",
        "pending",
        (
            Part(
                "payroll_records",
                matches=(("pay_period_start", "period_start"), ("pay_period_end", "period_end")),
            ),
        ),
    ),
    ("recovery_cases", None, (Part("recovery_documents", column="case_id"),)),
)
#: The inbox's decisions whose version now counts their parts (the case's did, 0082).
_INBOX = ("purchase_orders", "payroll_periods")
#: The parts whose rows an entry ties to the record (an index finds them).
_NEW_INDEXED = ("purchase_order_lines",)


def _rows(table: str, part: Part, record: str) -> str:
    """SQL: the ids of ``part``'s rows of the record whose id is ``record``."""
    if part.column is not None:
        return f"""SELECT b.record_id AS id FROM public.audit_logs AS b
             WHERE b.table_name = '{part.table}'
               AND coalesce(b.new_values, b.old_values) ->> '{part.column}' = {record}::text
            UNION
            SELECT x.id FROM public.{part.table} AS x WHERE x.{part.column} = {record}"""
    tied = " AND ".join(f"x.{mine} = w.{its}" for mine, its in part.matches)
    return f"""SELECT x.id FROM public.{part.table} AS x, public.{table} AS w
             WHERE w.id = {record} AND {tied}"""


def _whole(table: str, part: Part, row: str) -> str:
    """SQL: FROM ... WHERE of the record (alias w) whose part's row has the id ``row``."""
    if part.column is not None:
        return (
            f"FROM public.{table} AS w\n"
            f"         WHERE w.id = (SELECT x.{part.column} FROM public.{part.table} AS x"
            f" WHERE x.id = {row})"
        )
    tied = " AND ".join(f"x.{mine} = w.{its}" for mine, its in part.matches)
    return (
        f"FROM public.{table} AS w, public.{part.table} AS x\n"
        f"         WHERE x.id = {row} AND {tied}"
    )


# --------------------------------------------------------------------------- parts

_PART_QUERIES = "".join(
    f"""
    IF p_table = '{table}' THEN
        RETURN QUERY
        WITH part AS (
            {_rows(table, part, "p_id")})
        SELECT '{part.table}'::text, part.id FROM part
        UNION ALL
        -- Every file each part has or had (migration 0084).
        SELECT 'documents'::text, f.id
          FROM part CROSS JOIN LATERAL
               public.{RECORD_FILES}('{part.table}', part.id) AS f(id);
    END IF;"""
    for table, _waits, parts in PARTS
    for part in parts
)
PART_RECORDS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.{PART_RECORDS}(p_table text, p_id uuid)
RETURNS TABLE (table_name text, record_id uuid)
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
#variable_conflict use_column
BEGIN
    -- Migration 0082: the audit entries' (table, record) of the record's parts and of
    -- their files. Migration 0087: of every decided record's (domain/decided_parts.py:
    -- an order's lines, a pay period's payslips, a case's documents). Nothing for a
    -- table without parts.{_PART_QUERIES}
    RETURN;
END
$$"""


def _part_index(part: str, column: str) -> tuple[str, str]:
    name = f"ix_audit_logs_part_{part}"
    return name, (
        f"CREATE INDEX {name} ON public.audit_logs"
        f" ((coalesce(new_values, old_values) ->> '{column}')) WHERE table_name = '{part}'"
    )


_INDEXES = tuple(
    _part_index(part.table, part.column)
    for _t, _w, parts in PARTS
    for part in parts
    if part.table in _NEW_INDEXED and part.column is not None
)

# --------------------------------------------------------------------------- decisions


def _decisions() -> dict[str, str]:
    """0084's decisions on what was shown of the inbox's records with parts."""
    found = {}
    for create in _0084._shown_decisions(files=True):
        for table in _INBOX:
            if f"public.dicel_record_files('{table}', v_id)" in create:
                found[table] = create
    assert set(found) == set(_INBOX), found
    return found


def _counting_parts(create: str, table: str) -> str:
    files_now = f"public.dicel_files_changed_at('{table}', v_id)"
    files_entries = f"SELECT f.id FROM public.dicel_record_files('{table}', v_id) AS f(id)))"
    return replaced(
        replaced(
            create,
            f"{files_now});\n",
            f"{files_now},\n"
            f"        -- Migration 0087: and its parts' (rows and files).\n"
            f"        public.{PARTS_CHANGED_AT}('{table}', v_id));\n",
        ),
        files_entries,
        files_entries + "\n"
        "                 -- Migration 0087: its parts' rows and their files.\n"
        "                 OR ((l.table_name, l.record_id) IN (\n"
        "                     SELECT p.table_name, p.record_id\n"
        f"                       FROM public.{PART_RECORDS}('{table}', v_id) AS p))",
    )


def _listings(*, parts: bool) -> list[str]:
    """0064's listings of the inbox's records with parts (their version)."""
    order = _0064._listing(*_0064._VERSIONS[1], files=True)
    pay = _0064._payroll_listing(files=True)
    if not parts:
        return [order, pay]
    return [
        replaced(
            order,
            "public.dicel_files_changed_at('purchase_orders', o.id))\n",
            "public.dicel_files_changed_at('purchase_orders', o.id),\n"
            f"                    public.{PARTS_CHANGED_AT}('purchase_orders', o.id))\n",
        ),
        replaced(
            pay,
            "public.dicel_files_changed_at('payroll_periods', p.id))\n",
            "public.dicel_files_changed_at('payroll_periods', p.id),\n"
            f"                    public.{PARTS_CHANGED_AT}('payroll_periods', p.id))\n",
        ),
    ]


# --------------------------------------------------------------------------- the lock

_FILE_OF_PART = "".join(
    f"""    -- Migration 0082, 0087: a file of a part ({part.table}) locks the record it is part
    -- of, as a file of the record does: a decision and the file serialise.
    IF v_owner_table = '{part.table}' THEN
        PERFORM {_whole(table, part, "v_owner")}
           FOR NO KEY UPDATE OF w;
    END IF;
"""
    for table, _waits, parts in PARTS
    for part in parts
)
AUDIT_DOCUMENT = replaced(_0084.AUDIT_DOCUMENT, _0082._FILE_OF_PART, _FILE_OF_PART)

# --------------------------------------------------------------------------- the hold

_HOLD_START = "        RETURN NULL;\n    END IF;\n"
_WAITING = "".join(
    f"""    -- Migration 0087: a part of a record waiting for its decision keeps its files.
    IF p_table = '{part.table}' THEN
        SELECT w.id, w.status::text INTO v_parent, v_state
          {_whole(table, part, "p_id")}
           AND w.status::text = '{waits}'
         LIMIT 1;
        IF v_parent IS NOT NULL THEN
            RETURN json_build_object('hold', 'waiting', 'table', '{table}', 'id', v_parent,
                                     'state', v_state);
        END IF;
    END IF;
"""
    for table, waits, parts in PARTS
    if waits is not None
    for part in parts
)
RECORD_HOLD = _0079.RECORD_HOLD.replace(_HOLD_START, _HOLD_START + _WAITING, 1)
assert RECORD_HOLD != _0079.RECORD_HOLD

_FINAL_CHECK = "    IF v_hold ->> 'hold' = 'final' THEN\n"
_WAITING_REFUSED = """    -- Migration 0087: the parts of a record waiting for its decision keep their files
    -- (the decision's windows show the record's own).
    IF v_hold ->> 'hold' = 'waiting' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW416',
            MESSAGE = format('%s %s is %s: the files of its parts stay until it is decided',
                             v_hold ->> 'table', v_hold ->> 'id', v_hold ->> 'state'),
            DETAIL = json_build_object('id', v_hold -> 'id', 'state', v_hold -> 'state')::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = v_hold ->> 'table';
    END IF;
"""
FILES_STAY = replaced(_0079.FILES_STAY, _FINAL_CHECK, _WAITING_REFUSED + _FINAL_CHECK)

# --------------------------------------------------------------------------- the officer

NOT_BY_ASSIGNEE_SIGNATURE = "public.dicel_decided_not_by_assignee()"
NOT_BY_ASSIGNEE = f"""
CREATE FUNCTION {NOT_BY_ASSIGNEE_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0087: a decision four eyes take that is not the one working the record
    -- (Step.not_by_assignee: a recovery case's write-off). TG_ARGV [0] the assignee's
    -- column, [1] what the step does ("written off"). The assignee as it was before.
    IF (to_jsonb(OLD) ->> TG_ARGV[0])::uuid = public.dicel_current_user_id() THEN
        RAISE EXCEPTION USING ERRCODE = 'DW415',
            MESSAGE = format('%s %s is not %s by the one working it', TG_TABLE_NAME, OLD.id,
                             TG_ARGV[1]),
            DETAIL = json_build_object(
                'who', public.dicel_person_name(public.dicel_current_user_id()),
                'action', TG_ARGV[1])::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[0];
    END IF;
    RETURN NEW;
END
$$"""
#: (table, step's target, its assignee column, what it does), as this revision makes them.
NOT_BY_ASSIGNEE_STEPS = (
    ("recovery_cases", "write_off", "written_off", "assigned_to", "written off"),
)


def _trigger(table: str, action: str) -> str:
    return f"{table}_{action}_not_by_assignee"


# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    for _name, create in _INDEXES:
        execute_sql(create)
    # CREATE OR REPLACE: each keeps its owner and grants.
    execute_sql(PART_RECORDS_FUNCTION)
    for table, create in _decisions().items():
        execute_sql(_counting_parts(create, table))
    for create in _listings(parts=True):
        execute_sql(create)
    execute_sql(AUDIT_DOCUMENT)
    execute_sql(RECORD_HOLD)
    execute_sql(FILES_STAY)
    create_owned_function(NOT_BY_ASSIGNEE, NOT_BY_ASSIGNEE_SIGNATURE)
    for table, action, target, column, done in NOT_BY_ASSIGNEE_STEPS:
        execute_sql(
            f"CREATE TRIGGER {_trigger(table, action)} BEFORE UPDATE OF status"
            f" ON public.{table} FOR EACH ROW"
            f" WHEN (NEW.status::text = '{target}' AND OLD.status IS DISTINCT FROM NEW.status)"
            f" EXECUTE FUNCTION public.dicel_decided_not_by_assignee('{column}', '{done}')"
        )
    # The decisions rebuilt from 0084's text measure their note again (0085).
    measure_arguments(execute_sql, LONG_TEXT, as_0085_did=True)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    for table, action, *_rest in NOT_BY_ASSIGNEE_STEPS:
        execute_sql(f"DROP TRIGGER {_trigger(table, action)} ON public.{table}")
    execute_sql(f"DROP FUNCTION {NOT_BY_ASSIGNEE_SIGNATURE}")
    execute_sql(_0079.FILES_STAY)
    execute_sql(_0079.RECORD_HOLD)
    execute_sql(_0084.AUDIT_DOCUMENT)
    for create in _listings(parts=False):
        execute_sql(create)
    for create in _decisions().values():
        execute_sql(create)
    execute_sql(_0084.PART_RECORDS_FUNCTION)
    for name, _create in _INDEXES:
        execute_sql(f"DROP INDEX public.{name}")
    measure_arguments(execute_sql, LONG_TEXT, as_0085_did=True)
    pin_company_time_zone(op.get_bind())
