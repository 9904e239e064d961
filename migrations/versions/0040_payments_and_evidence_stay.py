"""A posted payment keeps its invoice; evidence stays with what it proves.

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-07

A security review with psql, as the demo's people, found three ways round the records'
locks:

* Finance moved a posted credit off the invoice it paid (``UPDATE transactions SET
  reference_number = 'CASH-0763'``): the invoice's paid amount fell to nothing and the
  same invoice was paid a second time. ``transactions_locked`` (migration 0007) now also
  freezes a posted (reversed, void) entry's ``reference_number``: a posted entry is
  corrected by a reversing entry, never edited. Its description stays a note.
* Finance replaced a colleague's receipt in place and then approved the expense, or
  removed the receipt of a paid one. Whoever attached, replaced or removed a file of an
  expense (of a purchase order) now shaped it as much as a change of its row:
  ``dicel_shaped_expense`` and ``dicel_shaped_purchase_order`` (migration 0033, asked by
  the approval's trigger and by the inbox alike) also read the documents' audit entries
  (``dicel_changed_files``). ``expenses_locked`` now freezes ``receipt_url`` once the
  expense is decided.
* Closed tickets and cases still took, lost or changed files.

**Files stay with their record.** ``dicel_record_hold(table, id)`` (STABLE SECURITY
DEFINER, EXECUTE for dicel_user: the client asks it too) says how the record's state
holds its files: ``{"hold": "final", "state": ...}`` when the record is in a final state
(its ``<table>_final`` trigger of migrations 0035, 0037, 0038 names the states), ``{"hold":
"locked", "state": ..., "columns": [...]}`` when it left its lock's open states (its
``<table>_locked`` trigger of migration 0007 names them and the frozen columns), NULL
otherwise or for a record the caller does not see. The triggers are read, not copied:
a flow that gains a final state, or a lock, holds its files with the same migration. A
case document (``recovery_documents``) and an order or invoice line are parts of their
case, order or invoice: they are held by it.

``documents_stay`` (on ``documents``) and ``recovery_documents_stay`` (BEFORE INSERT OR
UPDATE OR DELETE, ``dicel_files_stay``) refuse, for every DICEL login, admin included:

* any file added to, replaced on or removed from a record in a final state:
  ``DW406`` (DETAIL ``id``, ``state``; TABLE the record's table);
* a file replaced on or removed from a record whose lock applies: ``DL003`` (same
  DETAIL). Adding one stays open: a proof of payment is filed after the payment.

The workflow functions' owner and a superuser pass, as with every lock: a record deleted
where that is allowed takes its files along (``<table>_documents_follow``).
``dicel_link_document`` (migration 0008, run as the owner) now asks the same hold first:
it files nothing in a final record (DW406) nor in a link column its lock froze (DL001).
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
)
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0040"
down_revision: str | None = "0039"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0008 = earlier_revision("0008_documents")
_0033 = earlier_revision("0033_inbox_offers_what_one_may_approve")

#: Migration 0007's lock triggers that freeze one column more: (trigger, table, state
#: argument, columns before, columns now), frozen here; tests/security/test_catalog.py
#: compares them with the registry.
RELOCKED = (
    (
        "transactions_locked",
        "transactions",
        "'status', '{pending}'",
        ("account_id", "transaction_type", "amount", "currency", "transaction_date"),
        ("account_id", "transaction_type", "amount", "currency", "transaction_date",
         "reference_number"),
    ),
    (
        "expenses_locked",
        "expenses",
        "'status', '{pending}'",
        ("department_id", "expense_category", "amount", "currency", "vendor", "expense_date"),
        ("department_id", "expense_category", "amount", "currency", "vendor", "expense_date",
         "receipt_url"),
    ),
)  # fmt: skip

#: A row of these tables is a part of another record, whose state holds its files:
#: (table, the record's table, the column pointing to it).
PARTS = (
    ("recovery_documents", "recovery_cases", "case_id"),
    ("invoice_items", "invoices", "invoice_id"),
    ("purchase_order_lines", "purchase_orders", "order_id"),
)

_PARTS_SQL = "\n".join(
    f"    IF p_table = '{part}' THEN\n"
    f"        SELECT x.{column} INTO v_parent FROM public.{part} x WHERE x.id = p_id;\n"
    f"        RETURN CASE WHEN v_parent IS NULL THEN NULL\n"
    f"                    ELSE public.dicel_record_hold('{whole}', v_parent) END;\n"
    f"    END IF;"
    for part, whole, column in PARTS
)

RECORD_HOLD = f"""
CREATE FUNCTION public.dicel_record_hold(p_table text, p_id uuid) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_parent uuid;
    v_args text[];
    v_state text;
    v_found boolean;
BEGIN
    IF p_table IS NULL OR p_id IS NULL
       OR public.dicel_document_owner(p_table) IS NULL
       OR NOT public.dicel_can_see_record(p_table, p_id) THEN
        RETURN NULL;
    END IF;
{_PARTS_SQL}
    -- A final state (migrations 0035, 0037, 0038): [0] the state column, [1] the states.
    SELECT string_to_array(encode(t.tgargs, 'escape'), '\\000') INTO v_args
      FROM pg_catalog.pg_trigger t
     WHERE t.tgrelid = public.dicel_document_owner(p_table)
       AND t.tgname = p_table || '_final'
       AND t.tgfoid = 'public.dicel_refuse_final_change()'::regprocedure;
    IF v_args IS NOT NULL THEN
        EXECUTE format('SELECT %I::text, true FROM public.%I WHERE id = $1',
                       v_args[1], p_table)
           INTO v_state, v_found USING p_id;
        IF v_state = ANY (v_args[2]::text[]) THEN
            RETURN json_build_object('hold', 'final', 'table', p_table, 'id', p_id,
                                     'state', v_state);
        END IF;
    END IF;
    -- A lock (migration 0007): [0] the state column, [1] the open states, [2..] columns.
    v_args := NULL;
    SELECT string_to_array(encode(t.tgargs, 'escape'), '\\000') INTO v_args
      FROM pg_catalog.pg_trigger t
     WHERE t.tgrelid = public.dicel_document_owner(p_table)
       AND t.tgname = p_table || '_locked'
       AND t.tgfoid = 'public.dicel_refuse_locked_change()'::regprocedure;
    IF v_args IS NOT NULL THEN
        EXECUTE format('SELECT %I::text FROM public.%I WHERE id = $1', v_args[1], p_table)
           INTO v_state USING p_id;
        IF NOT coalesce(v_state = ANY (v_args[2]::text[]), false) THEN
            RETURN json_build_object(
                'hold', 'locked', 'table', p_table, 'id', p_id, 'state', v_state,
                -- The arguments end with an empty string (each one ends in a zero byte).
                'columns', to_jsonb(array_remove(v_args[3:], '')));
        END IF;
    END IF;
    RETURN NULL;
END
$$"""

FILES_STAY = f"""
CREATE FUNCTION public.dicel_files_stay() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    -- TG_ARGV (tables other than documents): [0] the record's table, [1] the column
    -- pointing to it.
    v_row jsonb := to_jsonb(CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END);
    v_table text;
    v_id uuid;
    v_hold jsonb;
BEGIN
    IF current_user = '{OWNER_ROLE}'
       OR (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_TABLE_NAME = 'documents' THEN
        v_table := v_row ->> 'owner_table';
        v_id := (v_row ->> 'owner_id')::uuid;
    ELSE
        v_table := TG_ARGV[0];
        v_id := (v_row ->> TG_ARGV[1])::uuid;
    END IF;
    v_hold := public.dicel_record_hold(v_table, v_id);
    IF v_hold ->> 'hold' = 'final' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW406',
            MESSAGE = format('%s %s is %s: its files can no longer be added, replaced'
                             ' or removed', v_hold ->> 'table', v_hold ->> 'id',
                             v_hold ->> 'state'),
            DETAIL = json_build_object('id', v_hold -> 'id', 'state', v_hold -> 'state')::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = v_hold ->> 'table';
    END IF;
    IF v_hold ->> 'hold' = 'locked' AND TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DL003',
            MESSAGE = format('%s %s is %s: its files can no longer be replaced or removed',
                             v_hold ->> 'table', v_hold ->> 'id', v_hold ->> 'state'),
            DETAIL = json_build_object('id', v_hold -> 'id', 'state', v_hold -> 'state')::text,
            HINT = 'A new file may still be added.',
            SCHEMA = TG_TABLE_SCHEMA, TABLE = v_hold ->> 'table';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$"""

CHANGED_FILES = f"""
CREATE FUNCTION public.dicel_changed_files(p_table text, p_record uuid, p_user uuid)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
    -- A file of the record the user attached, replaced or removed: the documents the
    -- record has, and those it had (their first and last audit entries name it).
    SELECT EXISTS (
        SELECT FROM public.audit_logs a
         WHERE a.table_name = 'documents' AND a.user_id = p_user
           AND a.record_id IN (
               SELECT d.id FROM public.documents d
                WHERE d.owner_table = p_table AND d.owner_id = p_record
               UNION
               SELECT b.record_id FROM public.audit_logs b
                WHERE b.table_name = 'documents'
                  AND coalesce(b.new_values, b.old_values) ->> 'owner_id' = p_record::text
                  AND coalesce(b.new_values, b.old_values) ->> 'owner_table' = p_table))
$$"""

#: Finds a document's entries by the record it belonged to (dicel_changed_files).
FILES_INDEX = (
    "CREATE INDEX ix_audit_logs_document_owner ON public.audit_logs"
    " ((coalesce(new_values, old_values) ->> 'owner_id')) WHERE table_name = 'documents'"
)

_SHAPED = (
    ("dicel_shaped_expense", "p_expense", "expenses", _0033.SHAPED_EXPENSE),
    ("dicel_shaped_purchase_order", "p_order", "purchase_orders", _0033.SHAPED_ORDER),
)


def _shaped(create: str, param: str, table: str, *, files: bool) -> str:
    """0033's function, replaced in place; with ``files``, the record's files count too."""
    create = create.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    if not files:
        return create
    body_end = "\n$$"
    assert create.endswith(body_end), table
    return (
        create[: -len(body_end)]
        + f"\n        OR public.dicel_changed_files('{table}', {param}, p_user)"
        + body_end
    )


def _link_document(*, held: bool) -> str:
    """0008's dicel_link_document; ``held``: it first asks the record's hold."""
    create = dict(_0008.FUNCTIONS)["dicel_link_document(text, uuid, text, uuid)"]
    create = create.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    if not held:
        return create
    declare = "    v_stamp timestamptz;\n"
    anchor = "    -- Row security binds this owner's read of documents: only a visible document.\n"
    assert create.count(declare) == 1 and create.count(anchor) == 1
    check = """    v_hold := public.dicel_record_hold(p_table, p_id);
    IF v_hold ->> 'hold' = 'final' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW406',
            MESSAGE = format('%s %s is %s: its files can no longer be added, replaced'
                             ' or removed', v_hold ->> 'table', v_hold ->> 'id',
                             v_hold ->> 'state'),
            DETAIL = json_build_object('id', v_hold -> 'id', 'state', v_hold -> 'state')::text,
            TABLE = v_hold ->> 'table';
    END IF;
    IF v_hold ->> 'hold' = 'locked' AND v_hold ->> 'table' = p_table
       AND (v_hold -> 'columns') ? p_column THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DL001',
            MESSAGE = format('%s %s is %s: %s can no longer be changed',
                             p_table, p_id, v_hold ->> 'state', p_column),
            HINT = 'Only its workflow moves the record on from here.',
            TABLE = p_table, COLUMN = p_column;
    END IF;
"""
    create = create.replace(declare, declare + "    v_hold jsonb;\n")
    return create.replace(anchor, check + anchor)


FUNCTIONS = (
    ("dicel_record_hold(text, uuid)", RECORD_HOLD),
    ("dicel_files_stay()", FILES_STAY),
    ("dicel_changed_files(text, uuid, uuid)", CHANGED_FILES),
)

#: (trigger, table, CREATE TRIGGER statement)
TRIGGERS = (
    (
        "documents_stay",
        "documents",
        "CREATE TRIGGER documents_stay BEFORE INSERT OR UPDATE OR DELETE ON public.documents"
        " FOR EACH ROW EXECUTE FUNCTION public.dicel_files_stay()",
    ),
    (
        "recovery_documents_stay",
        "recovery_documents",
        "CREATE TRIGGER recovery_documents_stay BEFORE INSERT OR UPDATE OR DELETE"
        " ON public.recovery_documents FOR EACH ROW"
        " EXECUTE FUNCTION public.dicel_files_stay('recovery_cases', 'case_id')",
    ),
)


def _lock_trigger(name: str, table: str, state: str, columns: Sequence[str]) -> str:
    args = ", ".join([state, *(f"'{c}'" for c in columns)])
    return (
        f"CREATE TRIGGER {name} BEFORE UPDATE OF {', '.join(columns)} ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION public.dicel_refuse_locked_change({args})"
    )


def upgrade() -> None:
    for name, table, state, _before, now in RELOCKED:
        execute_sql(f"DROP TRIGGER {name} ON public.{table}")
        execute_sql(_lock_trigger(name, table, state, now))
    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)
    # EXECUTE on dicel_record_hold: migrations/env.py runs sync-grants after the upgrade.
    for _name, _table, create in TRIGGERS:
        execute_sql(create)
    execute_sql(FILES_INDEX)
    for _function, param, table, create in _SHAPED:
        execute_sql(_shaped(create, param, table, files=True))
    execute_sql(_link_document(held=True))


def downgrade() -> None:
    execute_sql(_link_document(held=False))
    for _function, param, table, create in _SHAPED:
        execute_sql(_shaped(create, param, table, files=False))
    execute_sql("DROP INDEX public.ix_audit_logs_document_owner")
    for name, table, _create in reversed(TRIGGERS):
        execute_sql(f"DROP TRIGGER {name} ON public.{table}")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION public.{signature}")
    for name, table, state, before, _now in RELOCKED:
        execute_sql(f"DROP TRIGGER {name} ON public.{table}")
        execute_sql(_lock_trigger(name, table, state, before))
