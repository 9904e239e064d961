"""A file a record's field names stays while the field names it.

Revision ID: 0113
Revises: 0112
Create Date: 2026-12-06

Migration 0108 kept the file an expense's Receipt names (DW450): removing it from the
Documents panel left ``receipt_url`` naming a file that is gone. The four other link
columns (0008's: ``candidates.resume_url``, ``training_enrollments.certificate_url``,
``users.profile_image``, ``recovery_documents.file_url``) were left as they were: a
candidate's CV, an enrollment's certificate, a person's photo or a case document's file
could be removed while its field still named it, and the form then said "The linked
file is no longer available" to everyone who opened it afterwards. Left at stop 32; now
the same rule holds for all five.

``documents_linked_file_stays`` is a constraint trigger, AFTER DELETE, DEFERRABLE
INITIALLY DEFERRED, on documents of those four tables; its function
``dicel_linked_file_stays`` (SECURITY DEFINER, as 0108's ``dicel_receipt_stays``, so it
reads the record whoever removes the file) refuses with ``DW462`` (TABLE the record's
table, COLUMN the link column, DETAIL ``file`` (its name) and ``id`` (the record's)) when,
at the end of the transaction, the record still names the removed file. Deferred for the
same reasons as 0108's: a record deleted with its files (``<table>_documents_follow``)
names nothing by then, and a field emptied or given another file first in the same
transaction lets the file go. ``SET CONSTRAINTS documents_linked_file_stays IMMEDIATE``
asks at the DELETE (the desktop's Remove does, so its refusal comes with the Remove).

What the person does instead differs, and the client words it by table:

* a CV, a certificate, a photo: Replace… on the field puts a new file in its place, or
  the field is emptied and saved first;
* a case document (``recovery_documents``) is its file: it is never edited and its file
  never replaced (0008), so the file goes with the case document (deleting it, which
  recovery may do, takes the file along).

**Serialised with a link being written** (code review 33, F1): a file's change locks its
record first (``dicel_audit_document``, as 0073 does for an expense's files, by whose row
lock 0108's receipt was safe), and the four tables are now in that lock's list. Clerk A
linking a file (``dicel_link_document``, an UPDATE of the record) and clerk B removing
that file no longer pass each other: B's DELETE waits for A's uncommitted link and then
meets DW462 against it; A's link waits for B's uncommitted DELETE and then meets the
link's own check (DD004: the file is gone). Before, the deferred check read the record through
B's snapshot, saw the old link, and let the file go under A's. The audit function is
changed as the database holds it (0096 last wrote it), in one place; CREATE OR REPLACE
keeps its owner and grants.

0108's expense rule and its ``DW450`` stay as they are (their sentence names the
expense's number, and its own README row). Nobody passes, the owner and a superuser
included: the rule is about the data. Links already naming a removed file are left: the
form says so, and emptying them here would change records nobody chose to change.

A downgrade takes the four tables out of the lock's list again (the audit function is
then 0112's, to the byte) and drops the trigger and its function.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql, replaced

revision: str = "0113"
down_revision: str | None = "0112"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: What a link column holds before the document's id (0008's ``LINK_PREFIX``), frozen.
LINK_PREFIX = "dicel-document:"
#: The link columns this revision holds, table -> column (0008's, but ``expenses``: 0108
#: holds its receipt), frozen.
LINKS = {
    "candidates": "resume_url",
    "training_enrollments": "certificate_url",
    "users": "profile_image",
    "recovery_documents": "file_url",
}

SIGNATURE = "public.dicel_linked_file_stays()"
TRIGGER = "documents_linked_file_stays"


def _branch(table: str, column: str) -> str:
    return f"""    IF OLD.owner_table = '{table}' THEN
        PERFORM FROM public.{table} r
         WHERE r.id = OLD.owner_id AND r.{column} = '{LINK_PREFIX}' || OLD.id::text;
        IF FOUND THEN
            v_column := '{column}';
        END IF;
    END IF;"""


LINKED_FILE_STAYS = f"""
CREATE FUNCTION {SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_column text;
BEGIN
    -- Migration 0113: a removed file is not the one a field of its record still names.
    -- Read when the transaction ends (a deferred constraint trigger): a record deleted
    -- with its files, or a field emptied first, names nothing by then.
{chr(10).join(_branch(t, c) for t, c in LINKS.items())}
    IF v_column IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DW462',
            MESSAGE = 'this file is what a field of its record names',
            DETAIL = json_build_object('file', OLD.file_name, 'id', OLD.owner_id)::text,
            TABLE = OLD.owner_table, COLUMN = v_column;
    END IF;
    RETURN NULL;
END
$$"""

_TABLES_SQL = ", ".join(f"'{t}'" for t in LINKS)
CREATE_TRIGGER = (
    f"CREATE CONSTRAINT TRIGGER {TRIGGER} AFTER DELETE ON public.documents"
    f" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.owner_table IN ({_TABLES_SQL}))"
    f" EXECUTE FUNCTION {SIGNATURE}"
)


# --------------------------------------------------------------------------- the lock

AUDIT_SIGNATURE = "public.dicel_audit_document()"
#: The records whose row a change of their file locks, as 0096 left the list, frozen.
LOCKED_0096: tuple[str, ...] = (
    "leave_requests",
    "expenses",
    "purchase_orders",
    "payroll_periods",
    "compliance_policies",
    "recovery_cases",
    "it_assets",
)


def _locked(tables: Sequence[str]) -> str:
    return "    IF v_owner_table = ANY ('{" + ",".join(tables) + "}'::text[]) THEN\n"


_LOCK_0096 = _locked(LOCKED_0096)
_LOCK = (
    "    -- Migration 0113: and a record a field of which names its file, so that a file's\n"
    "    -- removal and a link to it being written wait for each other.\n"
    + _locked((*LOCKED_0096, *LINKS))
)


def _lock(*, links_too: bool) -> None:
    """``dicel_audit_document`` as the database holds it (0096 wrote it last), its lock
    list with or without this revision's tables; CREATE OR REPLACE, from
    pg_get_functiondef: owner and grants kept."""
    create = execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('{AUDIT_SIGNATURE}'::regprocedure)"
    ).fetchone()[0]
    before, after = (_LOCK_0096, _LOCK) if links_too else (_LOCK, _LOCK_0096)
    execute_sql(replaced(create, before, after))


def upgrade() -> None:
    create_owned_function(LINKED_FILE_STAYS, SIGNATURE)
    execute_sql(CREATE_TRIGGER)
    _lock(links_too=True)


def downgrade() -> None:
    _lock(links_too=False)
    execute_sql(f"DROP TRIGGER {TRIGGER} ON public.documents")
    execute_sql(f"DROP FUNCTION {SIGNATURE}")
