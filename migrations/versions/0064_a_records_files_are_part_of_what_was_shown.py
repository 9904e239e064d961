"""A change of a record's files is a change of what the decider was shown; a link column
names only a file of its own record.

Revision ID: 0064
Revises: 0063
Create Date: 2026-12-05

Found with psql in the third review, as the demo's real logins:

**A receipt swapped while its expense waited was approved unseen.** Finance (delphine)
ran ``UPDATE documents SET content = ... WHERE id = <the expense's receipt>``; eric then
approved with the version he had read (``dicel_decide_expense(id, true, 'ok',
<version>)``, migration 0032): the expense's ``updated_at`` does not move when its files
change, so the decision on "what was shown" saw nothing new. Same for an order's files,
a leave request's (a medical certificate) and a pay period's.

The version a decision is taken on is now the record's ``updated_at`` or the last change
of its files, whichever is later: ``dicel_files_changed_at(table, id)`` (STABLE SECURITY
DEFINER, nobody's to call: the time of the latest audit entry of a document the record
has or had; the audit log names each document's owner in its first entry, migration
0040's index finds them). The four decisions on what was shown (``dicel_decide_leave``,
``dicel_decide_expense``, ``dicel_decide_purchase_order`` of 0032,
``dicel_decide_payroll`` of 0051) compare ``shown`` with it under the record's row lock
and name, in DW007, whoever changed the record or one of its files last (DW008 for a
change no DICEL login made); the four listings of the inbox return it as ``version``
(and so ``dicel_waiting_for_me``). A decision on a record whose files did not change
since it was shown passes as before; the decider's own file change is no surprise.

Why not move the record's ``updated_at`` with its files: it is also the version token of
the record's form, which attaches a file (link editor, files panel) and then saves the
record over the version it loaded: every attach would turn the person's own save into a
conflict. And the person changing a file often may not update the record (row security
binds even a SECURITY DEFINER owner here).

**Link columns written directly skipped DD004.** ``UPDATE candidates SET resume_url =
'dicel-document:<an expense's receipt>'`` (HR), ``INSERT INTO recovery_documents (...,
file_url) VALUES (..., 'dicel-document:<another file>')`` (recovery). The form saves the
column like any field (the link editor attaches, then the form saves its value), so the
grants stay; a trigger ``<table>_links_own_document`` (BEFORE INSERT OR UPDATE OF the
column, on each of 0008's ``LINK_COLUMNS``, ``dicel_link_own_document``) asks what
``dicel_link_document`` asks: a ``dicel-document:`` value must name a document attached
to that very record and visible to the writer, else ``DD004`` (TABLE, COLUMN); a value
unchanged by an UPDATE is not asked again (a file that went since stays readable as
"missing"). Any other text (an address from before DICEL kept files) is left as it is.
A superuser loading data is not asked.

A downgrade gives back 0032's and 0051's functions and drops the new ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0064"
down_revision: str | None = "0063"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0008 = earlier_revision("0008_documents")
_0032 = earlier_revision("0032_decisions_on_what_was_shown")
_0033 = earlier_revision("0033_inbox_offers_what_one_may_approve")
_0051 = earlier_revision("0051_pay_periods_wait_for_their_approver")

#: The audit entries of the documents a record of ``{table}`` with id ``{id}`` has or
#: had: each document's first entry (its INSERT) names its owner.
_FILE_ENTRIES = """l.table_name = 'documents' AND l.record_id IN (
                 SELECT b.record_id FROM public.audit_logs b
                  WHERE b.table_name = 'documents'
                    AND coalesce(b.new_values, b.old_values) ->> 'owner_id' = ({id})::text
                    AND coalesce(b.new_values, b.old_values) ->> 'owner_table' = '{table}')"""

FILES_CHANGED_AT = f"""
CREATE FUNCTION public.dicel_files_changed_at(p_table text, p_id uuid)
RETURNS timestamptz LANGUAGE sql STABLE {DEFINER}
AS $$
    -- The last time a file of the record was attached, replaced, renamed or removed.
    SELECT max(l.created_at) FROM public.audit_logs l
     WHERE {_FILE_ENTRIES.format(id="p_id", table="' || p_table || '")}
$$"""
# The owner_table comparison above takes the parameter, not a literal:
FILES_CHANGED_AT = replaced(FILES_CHANGED_AT, "= '' || p_table || ''", "= p_table")

# --------------------------------------------------------------------------- decisions

_LOCKED = "          FROM public.{table} t WHERE t.id = v_id FOR UPDATE;\n"


def _decision(entry: tuple[str, str, str, str, str, str], *, files: bool) -> tuple[str, str]:
    function, id_name, returns, table, may_look, also = entry
    if files:
        also = also + " OR (" + _FILE_ENTRIES.format(id="v_id", table=table) + ")"
    signature, create = _0032._decide_shown(function, id_name, returns, table, may_look, also)
    create = or_replace(create)
    if files:
        locked = _LOCKED.format(table=table)
        create = replaced(
            create,
            locked,
            locked
            + f"        v_now := greatest(v_now, public.dicel_files_changed_at('{table}', v_id));\n",
        )
    return signature, create


_PAYROLL_NOW = f"FROM public.payroll_records r WHERE {_0051._OF_PERIOD};\n"
_PAYROLL_ALSO = f"(SELECT r.id FROM public.payroll_records r WHERE {_0051._OF_PERIOD})))\n"


def _payroll(*, files: bool) -> str:
    create = or_replace(_0051.DECIDE_SHOWN)
    if not files:
        return create
    create = replaced(
        create,
        _PAYROLL_NOW,
        _PAYROLL_NOW + "            v_now := greatest(v_now,"
        " public.dicel_files_changed_at('payroll_periods', v_id));\n",
    )
    return replaced(
        create,
        _PAYROLL_ALSO,
        _PAYROLL_ALSO[:-2]
        + "\n                        OR ("
        + _FILE_ENTRIES.format(id="v_id", table="payroll_periods")
        + "))\n",
    )


# --------------------------------------------------------------------------- the inbox

#: (listing, the version it returned, the alias of its record, its table).
_VERSIONS = (
    ("dicel_leave_requests_to_decide(uuid)", "0012_leave", "r", "leave_requests"),
    ("dicel_purchase_orders_to_decide(uuid)", "0013_purchasing", "o", "purchase_orders"),
    ("dicel_expenses_to_decide(uuid)", "0014_finance_flows", "x", "expenses"),
)


def _listing(signature: str, module_name: str, alias: str, table: str, *, files: bool) -> str:
    if signature in dict((s, m) for s, m, _e, _c in _0033._LISTINGS):
        create = _0033._listing(signature, module_name, offered_to_shapers=False)
    else:
        create = _0032._listing(signature, module_name, versioned=True)
        create = or_replace(create)
    if not files:
        return create
    return replaced(
        create,
        f",\n           {alias}.updated_at\n",
        f",\n           greatest({alias}.updated_at,"
        f" public.dicel_files_changed_at('{table}', {alias}.id))\n",
    )


_PAYROLL_VERSION = "           greatest(p.updated_at, s.changed)\n"


def _payroll_listing(*, files: bool) -> str:
    create = or_replace(_0051.LISTING)
    if not files:
        return create
    return replaced(
        create,
        _PAYROLL_VERSION,
        "           greatest(p.updated_at, s.changed,"
        " public.dicel_files_changed_at('payroll_periods', p.id))\n",
    )


# --------------------------------------------------------------------------- link columns

LINK_OWN_DOCUMENT = f"""
CREATE FUNCTION public.dicel_link_own_document() RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    -- TG_ARGV[0]: the link column.
    v_new text := to_jsonb(NEW) ->> TG_ARGV[0];
    v_document uuid;
BEGIN
    IF v_new IS NULL OR left(v_new, {len(_0008.LINK_PREFIX)}) <> '{_0008.LINK_PREFIX}'
       OR (TG_OP = 'UPDATE' AND v_new IS NOT DISTINCT FROM to_jsonb(OLD) ->> TG_ARGV[0])
       OR (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        RETURN NEW;
    END IF;
    BEGIN
        v_document := substr(v_new, {len(_0008.LINK_PREFIX) + 1})::uuid;
    EXCEPTION WHEN invalid_text_representation THEN
        v_document := NULL;
    END;
    -- As dicel_link_document: row security binds this owner's read of documents, so
    -- only a file the writer sees, attached to this very record.
    IF v_document IS NULL OR NOT EXISTS (
            SELECT FROM public.documents d
             WHERE d.id = v_document AND d.owner_table = TG_TABLE_NAME
               AND d.owner_id = NEW.id) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DD004',
            MESSAGE = format('%s is not a document attached to %s %s', v_new,
                             TG_TABLE_NAME, NEW.id),
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[0];
    END IF;
    RETURN NEW;
END
$$"""


def _link_trigger(table: str, column: str) -> tuple[str, str]:
    name = f"{table}_links_own_document"
    return name, (
        f"CREATE TRIGGER {name} BEFORE INSERT OR UPDATE OF {column} ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION public.dicel_link_own_document('{column}')"
    )


# --------------------------------------------------------------------------- apply


def _new_function(signature: str, create: str) -> None:
    create_owned_function(create, signature)


def _apply(*, files: bool) -> None:
    for entry in _0032._DECISIONS:
        execute_sql(_decision(entry, files=files)[1])
    execute_sql(_payroll(files=files))
    for signature, module_name, alias, table in _VERSIONS:
        execute_sql(_listing(signature, module_name, alias, table, files=files))
    execute_sql(_payroll_listing(files=files))


def upgrade() -> None:
    _new_function("dicel_files_changed_at(text, uuid)", FILES_CHANGED_AT)
    _apply(files=True)
    _new_function("dicel_link_own_document()", LINK_OWN_DOCUMENT)
    for table, column in _0008.LINK_COLUMNS:
        execute_sql(_link_trigger(table, column)[1])


def downgrade() -> None:
    for table, column in reversed(_0008.LINK_COLUMNS):
        execute_sql(f"DROP TRIGGER {_link_trigger(table, column)[0]} ON public.{table}")
    execute_sql("DROP FUNCTION public.dicel_link_own_document()")
    _apply(files=False)
    execute_sql("DROP FUNCTION public.dicel_files_changed_at(text, uuid)")
