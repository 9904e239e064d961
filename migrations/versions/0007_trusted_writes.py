"""Writes the database can trust: who made a row, its number, its locked state, its
history for those who may read it, and a few holes closed.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

Anything a window forbids must also be impossible for a clerk with psql.

* **Provenance.** The registry's ``provenance`` columns (``created_by``,
  ``requester_id``, ``reported_by``, ``uploaded_by``) are filled by a BEFORE INSERT
  trigger (``<table>_provenance``, ``dicel_stamp_provenance``) with the session user's
  ``users.id``; no role may insert or update them (``permissions.server_set_columns``),
  so a typed value is refused (42501). A session that is not a DICEL user (the
  superuser loading the demo company or restoring data) keeps what it gives. A
  self-service leave request filed without ``employee_id`` is the caller's own
  (``leave_requests_own_employee``, ``dicel_file_for_oneself``); HR still files for
  others.
* **Document numbers** keep their server default (``dicel_doc_number`` over the table's
  sequence, evaluated as the inserting role, which sync-grants gives USAGE on the
  sequence and EXECUTE on the function); no role may insert or update them any more.
* **Locked records.** Once a record's state column leaves its lock's open states
  (``LOCKS``: the registry's ``Lock`` as this revision made it, frozen by migration
  0111), a BEFORE UPDATE trigger (``<table>_locked``,
  ``dicel_refuse_locked_change``) refuses a change to its ``Lock.columns``, and one on
  each line table (``<lines>_locked_lines``, ``dicel_refuse_locked_lines``) refuses
  adding, changing or removing its lines, for every role, admin included. The workflow
  functions (SECURITY DEFINER, owned by dicel_owner: inside them ``current_user`` is
  dicel_owner, which no client can become) and a superuser pass. The configuration is
  in each trigger's arguments, where tests/security/test_catalog.py compares it with
  the registry.
* **History.** ``dicel_can_see_record(table, id)`` and ``dicel_record_history(table,
  id)`` (STABLE SECURITY DEFINER, EXECUTE for dicel_user): the audit trail of one
  record, without the columns the caller may not read, and only for a record the
  caller sees. The audit log stamps each entry with the time of the change
  (``clock_timestamp()``, no longer the transaction's start), so a record's history has
  one order even when one transaction changed it twice.
* **search_path** of 0003's SECURITY DEFINER functions ends with ``pg_temp``, and no
  login may create TEMPORARY objects (sync-grants re-applies the database ACL).
* **Amount CHECKs** (``ck_<table>_<column>_positive`` / ``_not_negative``): existing
  rows that break one stop the migration with a list of them (MigrationRefused) before
  anything changes.

SQLSTATEs raised by the triggers (class DL, "DICEL lock"):

* ``DL001`` a locked column of a record that left its open states. Message
  ``<table> <id> is <state>, no longer <open states>: <columns> can no longer be
  changed``; TABLE and COLUMN (the first locked column changed) are set.
* ``DL002`` a line of such a record added, changed or removed. Message ``<parent table>
  <id> is <state>, no longer <open states>: its <line table> can no longer be added,
  changed or removed``; TABLE is the line table, COLUMN the one pointing to the record.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from dicel_desktop.db.migrate import (
    DEFINER,
    SEARCH_PATH,
    MigrationRefused,
    create_owned_function,
    execute_sql,
)
from dicel_desktop.domain.permissions import SECRET_COLUMNS
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, OWNER_ROLE
from dicel_desktop.domain.tables import TABLES

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: Who may act past a lock: the workflow functions' owner, and a superuser (whose
#: sessions load and repair data). current_user, not session_user: inside a SECURITY
#: DEFINER function it is the function's owner.
_MAY_PASS_LOCKS = f"""current_user = '{OWNER_ROLE}'
       OR (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)"""

#: A self-service row filed without naming its employee is about the caller: (table,
#: column naming the employee). HR still names whom it files for.
OWN_EMPLOYEE = (("leave_requests", "employee_id"),)

#: (table, constraint name as the models' convention makes it, expression), frozen here.
AMOUNT_CHECKS: list[tuple[str, str, str]] = [
    (table, f"{column}_{kind}", f"{column} {'>' if kind == 'positive' else '>='} 0")
    for table, kind, column in [
        ("users", "positive", "salary"),
        ("departments", "not_negative", "budget"),
        ("employees", "positive", "salary"),
        ("job_postings", "not_negative", "salary_range_min"),
        ("job_postings", "not_negative", "salary_range_max"),
        ("training_programs", "not_negative", "cost"),
        ("payroll_records", "not_negative", "basic_salary"),
        ("payroll_records", "not_negative", "allowances"),
        ("payroll_records", "not_negative", "deductions"),
        ("payroll_records", "not_negative", "net_salary"),
        ("transactions", "positive", "amount"),
        ("budgets", "not_negative", "allocated_amount"),
        ("expenses", "positive", "amount"),
        ("invoices", "not_negative", "subtotal"),
        ("invoices", "not_negative", "tax_amount"),
        ("invoices", "not_negative", "total_amount"),
        ("invoice_items", "positive", "quantity"),
        ("invoice_items", "not_negative", "unit_price"),
        ("it_assets", "not_negative", "purchase_cost"),
        ("inventory_items", "not_negative", "unit_cost"),
        ("inventory_transactions", "not_negative", "unit_cost"),
        ("inventory_transactions", "not_negative", "total_cost"),
        ("purchase_orders", "not_negative", "total_amount"),
        ("contracts", "not_negative", "total_value"),
        ("leads", "not_negative", "estimated_value"),
        ("opportunities", "not_negative", "estimated_value"),
        ("marketing_campaigns", "not_negative", "budget"),
        ("recovery_cases", "not_negative", "amount_involved"),
    ]
]

#: Migration 0003's SECURITY DEFINER functions, whose search_path lacked pg_temp.
_OLD_DEFINERS = (
    "dicel_current_user_id()",
    "dicel_current_employee_id()",
    "dicel_direct_report_ids()",
    "dicel_has_role(text)",
    "dicel_is_supervisor_of(uuid)",
    "dicel_my_profile()",
    "dicel_sync_user_from_employee()",
)

# --------------------------------------------------------------------------- functions

STAMP_PROVENANCE = f"""
CREATE FUNCTION public.dicel_stamp_provenance() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    -- TG_ARGV: the columns that name who created or filed the row.
    v_user uuid := (SELECT u.id FROM public.users u WHERE u.email = session_user);
BEGIN
    IF v_user IS NULL THEN
        -- Not a DICEL user: the superuser loading or restoring data keeps what it gave.
        RETURN NEW;
    END IF;
    -- session_user: a workflow function (run as its owner) files as the person calling it.
    NEW := jsonb_populate_record(
        NEW, (SELECT jsonb_object_agg(c, v_user) FROM unnest(TG_ARGV) AS c));
    RETURN NEW;
END
$$"""

FILE_FOR_ONESELF = f"""
CREATE FUNCTION public.dicel_file_for_oneself() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    -- TG_ARGV[0]: the column naming the employee the row is about.
    v_employee uuid;
BEGIN
    IF to_jsonb(NEW) ->> TG_ARGV[0] IS NOT NULL THEN
        RETURN NEW;
    END IF;
    SELECT e.id INTO v_employee
      FROM public.employees e JOIN public.users u ON u.id = e.user_id
     WHERE u.email = session_user;
    IF v_employee IS NOT NULL THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], v_employee));
    END IF;
    RETURN NEW;
END
$$"""

REFUSE_LOCKED_CHANGE = f"""
CREATE FUNCTION public.dicel_refuse_locked_change() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    -- TG_ARGV: [0] the state column, [1] its open states ('{{draft}}'), [2..] the
    -- columns that no longer change once the record has left them.
    v_old jsonb;
    v_new jsonb;
    v_state text;
    v_changed text[];
BEGIN
    IF {_MAY_PASS_LOCKS} THEN
        RETURN NEW;
    END IF;
    v_old := to_jsonb(OLD);
    v_state := v_old ->> TG_ARGV[0];
    IF v_state = ANY (TG_ARGV[1]::text[]) THEN
        RETURN NEW;
    END IF;
    v_new := to_jsonb(NEW);
    -- A column set to the value it has is no change: a form may send it back as it was.
    SELECT array_agg(a.c ORDER BY a.n) INTO v_changed
      FROM unnest(TG_ARGV[2:]) WITH ORDINALITY AS a(c, n)
     WHERE v_old -> a.c IS DISTINCT FROM v_new -> a.c;
    IF v_changed IS NULL THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING
        ERRCODE = 'DL001',
        MESSAGE = format('%s %s is %s, no longer %s: %s can no longer be changed',
                         TG_TABLE_NAME, OLD.id, coalesce(v_state, 'without a state'),
                         array_to_string(TG_ARGV[1]::text[], ' or '),
                         array_to_string(v_changed, ', ')),
        HINT = 'Only its workflow moves the record on from here.',
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = v_changed[1];
END
$$"""

REFUSE_LOCKED_LINES = f"""
CREATE FUNCTION public.dicel_refuse_locked_lines() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    -- TG_ARGV: [0] the record's table, [1] the line's column pointing to it, [2] the
    -- record's state column, [3] its open states.
    v_ignored text[];
    v_parents uuid[] := '{{}}';
    v_parent uuid;
    v_state text;
    v_rows bigint;
BEGIN
    IF {_MAY_PASS_LOCKS} THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- Generated columns are not computed yet in a BEFORE trigger (NULL in NEW), and
        -- updated_at is the stamp's business: neither is a change of the line.
        SELECT coalesce(array_agg(a.attname::text), '{{}}') || ARRAY['updated_at']
          INTO v_ignored FROM pg_catalog.pg_attribute a
         WHERE a.attrelid = TG_RELID AND a.attgenerated <> '' AND NOT a.attisdropped;
        IF to_jsonb(NEW) - v_ignored = to_jsonb(OLD) - v_ignored THEN
            RETURN NEW;
        END IF;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        v_parents := v_parents || (to_jsonb(OLD) ->> TG_ARGV[1])::uuid;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_parents := v_parents || (to_jsonb(NEW) ->> TG_ARGV[1])::uuid;
    END IF;
    FOREACH v_parent IN ARRAY v_parents LOOP
        CONTINUE WHEN v_parent IS NULL;
        -- FOR SHARE: a workflow moving the record out of its open state waits for this
        -- line's transaction, or this line for the workflow's, never both at once.
        EXECUTE format('SELECT %I::text FROM public.%I WHERE id = $1 FOR SHARE',
                       TG_ARGV[2], TG_ARGV[0])
           INTO v_state USING v_parent;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows = 1 AND NOT coalesce(v_state = ANY (TG_ARGV[3]::text[]), false) THEN
            RAISE EXCEPTION USING
                ERRCODE = 'DL002',
                MESSAGE = format(
                    '%s %s is %s, no longer %s: its %s can no longer be added, changed'
                    ' or removed', TG_ARGV[0], v_parent, coalesce(v_state, 'without a state'),
                    array_to_string(TG_ARGV[3]::text[], ' or '), TG_TABLE_NAME),
                HINT = 'Only its workflow moves the record on from here.',
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[1];
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$"""

CAN_SEE_RECORD = f"""
CREATE FUNCTION public.dicel_can_see_record(p_table text, p_id uuid) RETURNS boolean
LANGUAGE plpgsql STABLE {DEFINER} SET row_security = on
AS $$
DECLARE
    v_table oid;
    v_found boolean;
BEGIN
    -- A table of the schema with a uuid id, other than the audit log (admin's alone).
    -- Only this table's own name ever reaches the dynamic SQL below.
    SELECT c.oid INTO v_table FROM pg_catalog.pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relname = p_table
       AND c.relkind IN ('r', 'p') AND c.relname <> 'audit_logs'
       AND EXISTS (SELECT FROM pg_catalog.pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attname = 'id'
                     AND a.atttypid = 'uuid'::regtype AND NOT a.attisdropped);
    IF v_table IS NULL OR p_id IS NULL
       OR NOT has_any_column_privilege(session_user, v_table, 'SELECT') THEN
        RETURN false;
    END IF;
    -- This runs as the tables' owner, which row security binds only where it is FORCEd
    -- (the policies then name session_user, so the owner sees what the caller sees).
    -- Where it is enabled but not forced, the owner would see every row: say no.
    IF EXISTS (SELECT FROM pg_catalog.pg_class c
               WHERE c.oid = v_table AND c.relrowsecurity AND NOT c.relforcerowsecurity) THEN
        RETURN false;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT FROM public.%I WHERE id = $1)', p_table)
       INTO v_found USING p_id;
    RETURN v_found;
END
$$"""

RECORD_HISTORY = f"""
CREATE FUNCTION public.dicel_record_history(p_table text, p_record uuid)
RETURNS TABLE (audit_id uuid, changed_at timestamptz, action text, actor_id uuid,
               actor_name text, old_values jsonb, new_values jsonb)
LANGUAGE sql STABLE {DEFINER}
AS $$
    WITH readable AS (
        -- The record's columns the caller may read; nothing at all for a record they
        -- do not see (a row hidden by row security, a table they may not open).
        SELECT coalesce(array_agg(a.attname::text), '{{}}') AS names
          FROM pg_catalog.pg_attribute a
         WHERE a.attrelid = (SELECT c.oid FROM pg_catalog.pg_class c
                              WHERE c.relnamespace = 'public'::regnamespace
                                AND c.relname = p_table)
           AND a.attnum > 0 AND NOT a.attisdropped
           AND has_column_privilege(session_user, a.attrelid, a.attnum, 'SELECT')
           AND public.dicel_can_see_record(p_table, p_record)
    ),
    entries AS (
        SELECT l.id, l.created_at, l.action::text AS action, l.user_id,
               (SELECT jsonb_object_agg(o.key, o.value) FROM jsonb_each(l.old_values) o
                 WHERE o.key = ANY (r.names)) AS old_values,
               (SELECT jsonb_object_agg(n.key, n.value) FROM jsonb_each(l.new_values) n
                 WHERE n.key = ANY (r.names)) AS new_values
          FROM public.audit_logs l CROSS JOIN readable r
         WHERE l.table_name = p_table AND l.record_id = p_record
           AND cardinality(r.names) > 0
    )
    SELECT e.id, e.created_at, e.action, e.user_id,
           nullif(concat_ws(' ', u.first_name, u.last_name), ''),
           e.old_values, e.new_values
      FROM entries e LEFT JOIN public.users u ON u.id = e.user_id
     -- An update of nothing the caller may read tells them nothing: left out.
     WHERE e.action <> 'UPDATE' OR e.old_values IS NOT NULL OR e.new_values IS NOT NULL
     ORDER BY e.created_at,
              CASE e.action WHEN 'INSERT' THEN 0 WHEN 'UPDATE' THEN 1 ELSE 2 END, e.id
$$"""

_SECRETS = "ARRAY[" + ", ".join(f"'{c}'" for c in sorted(SECRET_COLUMNS)) + "]::text[]"

#: Migration 0003's audit function with two changes: each entry is stamped with the time
#: of the change (clock_timestamp), and search_path ends with pg_temp.
AUDIT_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.dicel_audit() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_key text;
    v_record uuid;
BEGIN
    IF TG_OP = 'INSERT' THEN
        v_new := to_jsonb(NEW);
        v_record := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        v_old := to_jsonb(OLD);
        v_record := OLD.id;
    ELSE
        -- An update records only the columns it changed (updated_at is the trigger's
        -- own stamp); one that changed nothing is not logged.
        SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, n.value)
          INTO v_old, v_new
          FROM jsonb_each(to_jsonb(OLD)) o
          JOIN jsonb_each(to_jsonb(NEW)) n ON n.key = o.key
         WHERE o.value IS DISTINCT FROM n.value AND o.key <> 'updated_at';
        IF v_new IS NULL THEN
            RETURN NULL;
        END IF;
        v_record := NEW.id;
    END IF;
    FOREACH v_key IN ARRAY {_SECRETS} LOOP
        IF v_old ? v_key AND jsonb_typeof(v_old -> v_key) <> 'null' THEN
            v_old := jsonb_set(v_old, ARRAY[v_key], '"[redacted]"');
        END IF;
        IF v_new ? v_key AND jsonb_typeof(v_new -> v_key) <> 'null' THEN
            v_new := jsonb_set(v_new, ARRAY[v_key], '"[redacted]"');
        END IF;
    END LOOP;
    INSERT INTO public.audit_logs
        (user_id, action, table_name, record_id, old_values, new_values, ip_address,
         user_agent, created_at)
    VALUES (
        -- The actor even if deactivated since; NULL for a superuser or migration.
        (SELECT u.id FROM public.users u WHERE u.email = session_user),
        TG_OP, TG_TABLE_NAME, v_record, v_old, v_new, inet_client_addr(),
        -- DICEL Desktop sets it to "DICEL Desktop/<version> (<os>)".
        nullif(current_setting('application_name', true), ''),
        -- The time of the change, not of the transaction's start: two changes of one
        -- record in one transaction keep their order in its history.
        clock_timestamp());
    RETURN NULL;
END
$$"""

#: (signature, CREATE statement) of the functions this revision adds.
FUNCTIONS: list[tuple[str, str]] = [
    ("dicel_stamp_provenance()", STAMP_PROVENANCE),
    ("dicel_file_for_oneself()", FILE_FOR_ONESELF),
    ("dicel_refuse_locked_change()", REFUSE_LOCKED_CHANGE),
    ("dicel_refuse_locked_lines()", REFUSE_LOCKED_LINES),
    ("dicel_can_see_record(text, uuid)", CAN_SEE_RECORD),
    ("dicel_record_history(text, uuid)", RECORD_HISTORY),
]


# --------------------------------------------------------------------------- triggers


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _array_literal(values: Sequence[str]) -> str:
    """A text[] literal ('{draft,sent}') of trusted names, as one trigger argument."""
    return _literal("{" + ",".join(values) + "}")


#: The locks this revision makes, frozen (code review 31, F10, migration 0111): (table,
#: state column, open states, locked columns, (line table, column pointing here)). It
#: read the registry (``domain/tables.py``) as it was when run, so a database built from
#: scratch had every later revision's lock from here on, and differed, at the revisions
#: between, from one those revisions' downgrades took back. Each lock is as the first
#: later revision that makes it again found it (0014 invoices and payslips, 0040
#: transactions and expenses, 0073 policies, 0074 cases, 0094 leave); those a later
#: revision adds are not here (0050 opportunities, 0065 audits, incidents, postings and
#: surveys, 0095 programmes, 0107 shifts and patrols). The tables created after this
#: revision take theirs from here too (0013's purchase orders), or make their own.
LOCKS: tuple[
    tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]], ...
] = (
    (
        "leave_requests",
        "status",
        ("pending",),
        ("employee_id", "leave_type", "start_date", "end_date", "days_requested"),
        (),
    ),
    (
        "payroll_records",
        "status",
        ("pending",),
        (
            "employee_id",
            "pay_period_start",
            "pay_period_end",
            "basic_salary",
            "allowances",
            "deductions",
            "net_salary",
        ),
        (),
    ),
    ("payroll_periods", "status", ("pending",), ("notes",), ()),
    (
        "performance_reviews",
        "status",
        ("draft",),
        (
            "employee_id",
            "reviewer_id",
            "review_period_start",
            "review_period_end",
            "review_date",
            "overall_rating",
            "goals_achieved",
            "areas_improvement",
            "next_goals",
            "recommendations",
        ),
        (),
    ),
    (
        "transactions",
        "status",
        ("pending",),
        ("account_id", "transaction_type", "amount", "currency", "transaction_date"),
        (),
    ),
    (
        "budgets",
        "status",
        ("draft", "active", "frozen"),
        ("department_id", "fiscal_year", "budget_category", "allocated_amount"),
        (),
    ),
    (
        "expenses",
        "status",
        ("pending",),
        ("department_id", "expense_category", "amount", "currency", "vendor", "expense_date"),
        (),
    ),
    (
        "invoices",
        "status",
        ("draft",),
        (
            "client_id",
            "invoice_date",
            "due_date",
            "subtotal",
            "tax_amount",
            "total_amount",
            "currency",
        ),
        (("invoice_items", "invoice_id"),),
    ),
    (
        "purchase_orders",
        "status",
        ("draft",),
        ("supplier_id", "order_date", "expected_delivery", "total_amount"),
        (("purchase_order_lines", "order_id"),),
    ),
    (
        "contracts",
        "status",
        ("draft", "active"),
        ("client_id", "contract_type", "start_date", "end_date", "total_value", "currency"),
        (),
    ),
    (
        "recovery_cases",
        "status",
        ("open", "in_progress", "on_hold"),
        ("case_type", "client_id", "amount_involved"),
        (),
    ),
    (
        "compliance_policies",
        "status",
        ("draft", "under_review"),
        ("policy_name", "policy_category", "policy_content", "version", "effective_date"),
        (),
    ),
)


def triggers() -> list[tuple[str, str, str]]:
    """(trigger name, table, CREATE TRIGGER statement): this revision's locks
    (``LOCKS``, frozen), and the registry's provenance as the code has it now, not
    frozen: none has changed since, but a change to a table's provenance in
    ``domain/tables.py`` would change what this revision makes too (as the locks did
    before code review 31's F10). Freeze it here before such a change, and give the
    change its own revision."""
    found = []
    for info in TABLES.values():
        if info.provenance:
            args = ", ".join(_literal(c) for c in sorted(info.provenance))
            name = f"{info.name}_provenance"
            found.append(
                (
                    name,
                    info.name,
                    f"CREATE TRIGGER {name} BEFORE INSERT ON public.{info.name} FOR EACH ROW"
                    f" EXECUTE FUNCTION public.dicel_stamp_provenance({args})",
                )
            )
    for table, state, open_states, columns, line_tables in LOCKS:
        name = f"{table}_locked"
        args = ", ".join(
            [_literal(state), _array_literal(open_states)] + [_literal(c) for c in columns]
        )
        found.append(
            (
                name,
                table,
                f"CREATE TRIGGER {name} BEFORE UPDATE OF {', '.join(columns)}"
                f" ON public.{table} FOR EACH ROW"
                f" EXECUTE FUNCTION public.dicel_refuse_locked_change({args})",
            )
        )
        for lines, column in line_tables:
            name = f"{lines}_locked_lines"
            args = ", ".join(
                [
                    _literal(table),
                    _literal(column),
                    _literal(state),
                    _array_literal(open_states),
                ]
            )
            found.append(
                (
                    name,
                    lines,
                    f"CREATE TRIGGER {name} BEFORE INSERT OR UPDATE OR DELETE"
                    f" ON public.{lines} FOR EACH ROW"
                    f" EXECUTE FUNCTION public.dicel_refuse_locked_lines({args})",
                )
            )
    for table, column in OWN_EMPLOYEE:
        name = f"{table}_own_employee"
        found.append(
            (
                name,
                table,
                f"CREATE TRIGGER {name} BEFORE INSERT ON public.{table} FOR EACH ROW"
                f" EXECUTE FUNCTION public.dicel_file_for_oneself({_literal(column)})",
            )
        )
    return found


# --------------------------------------------------------------------------- helpers


def _existing_tables() -> set[str]:
    rows = op.get_bind().exec_driver_sql(
        "SELECT relname::text FROM pg_class"
        " WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
    )
    return {name for (name,) in rows}


def _database() -> str:
    return op.get_bind().exec_driver_sql("SELECT quote_ident(current_database())").scalar_one()


def _refuse_nonsense_amounts() -> None:
    """Stop before anything changes when existing rows break a new CHECK."""
    bind = op.get_bind()
    found = []
    for table, _name, expression in AMOUNT_CHECKS:
        bad = bind.execute(
            sa.text(f"SELECT count(*) FROM public.{table} WHERE NOT ({expression})")
        ).scalar_one()
        if bad:
            column = expression.split()[0]
            found.append(f"{table}.{column} in {bad} row(s) (must be {expression})")
    if found:
        raise MigrationRefused(
            "Some amounts mean nothing and must be corrected first: "
            + "; ".join(found)
            + ". Correct those rows (as the database superuser), then run dicel-admin"
            " migrate again."
        )


def _earlier_revision(filename: str):
    """A module of an earlier revision, for what a downgrade puts back."""
    spec = importlib.util.spec_from_file_location(
        f"dicel_revision_{filename.removesuffix('.py')}", Path(__file__).with_name(filename)
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- upgrade


def upgrade() -> None:
    _refuse_nonsense_amounts()
    for table, name, expression in AMOUNT_CHECKS:
        op.create_check_constraint(name, table, expression)

    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)
    # The registry may name tables a later revision creates: they get their triggers
    # there (tests/security/test_catalog.py checks every table has them).
    existing = _existing_tables()
    for _name, table, create in triggers():
        if table in existing:
            execute_sql(create)

    execute_sql(AUDIT_FUNCTION)
    for signature in _OLD_DEFINERS:
        execute_sql(
            f"ALTER FUNCTION public.{signature} SET search_path = pg_catalog, public, pg_temp"
        )

    # 0002 gave every login TEMPORARY through dicel_user; PUBLIC has it again in a database
    # cloned from a template. sync-grants keeps it this way (db/grants.py).
    execute_sql(f"REVOKE TEMPORARY ON DATABASE {_database()} FROM PUBLIC, {BASE_GROUP_ROLE}")


def downgrade() -> None:
    execute_sql(f"GRANT TEMPORARY ON DATABASE {_database()} TO {BASE_GROUP_ROLE}")
    for signature in _OLD_DEFINERS:
        execute_sql(f"ALTER FUNCTION public.{signature} SET search_path = pg_catalog, public")
    audit = _earlier_revision("0003_security.py").AUDIT_FUNCTION
    execute_sql(audit.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))

    existing = _existing_tables()
    for name, table, _create in reversed(triggers()):
        if table in existing:
            execute_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
    for table, name, _expression in reversed(AMOUNT_CHECKS):
        op.drop_constraint(name, table, type_="check")
