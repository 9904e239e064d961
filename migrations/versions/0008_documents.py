"""Documents attached to records, with the rights of their record.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26

Attachments (resumes, receipts, certificates, case documents, photos) are stored in
PostgreSQL, never on a file share that would bypass every grant (ARCHITECTURE 4b).

* ``documents``: the owning table and row, file name, media type, content (bytea, stored
  uncompressed: PDFs and images are compressed already), and from the content the
  database computes ``size_bytes`` and ``sha256`` (generated columns: no client writes
  them). ``UNIQUE (owner_table, owner_id, sha256)``: the same file twice on one record is
  one document.
* ``dicel_can_see_record(table, id)`` (migration 0007) and ``dicel_can_change_record(table,
  id)`` (STABLE SECURITY DEFINER, EXECUTE for dicel_user): whether the session user may
  read (change) that record. They run as the tables' owner, which FORCE ROW LEVEL SECURITY binds with
  policies that all name ``session_user``: the functions see the rows the caller sees.
  A table whose row security is enabled but not forced would show the owner's view, so
  ``dicel_can_see_record`` says false for its rows. Changing needs UPDATE on some column
  of the table and a row the caller's UPDATE policies let through; for a table without
  ``updated_at`` (append-only: recovery_documents) it needs INSERT.
* Row security on documents (ENABLE, FORCE): read a document where one may read its
  record; attach, replace and remove where one may change it.
* ``documents_before_write`` (BEFORE INSERT OR UPDATE OF content): the owner must be a
  table a document may belong to (SQLSTATE ``DD002``), the content at most
  ``dicel_document_max_bytes()`` (``DD001``), and ``uploaded_by`` is the session user's
  users row whatever the client sent (no role may write it anyway).
* ``dicel_document_max_bytes()``: the system setting ``documents.max_size_mb`` (MB of
  1,048,576 bytes; a value that is not a plain number counts as absent), 25 MB when
  absent. EXECUTE for dicel_user: the client checks a file before sending it.
* ``documents_audit``: the audit log records a document's owner, name, type, size, hash
  and uploader, never its content.
* ``<table>_documents_follow`` (BEFORE DELETE on every table a document may belong to):
  a record's documents go with it (an erased applicant's resume with the applicant). It
  runs before the row goes, while row security still finds the record: the deleter's
  right to change the record lets its documents go.
* ``dicel_link_document(table, id, column, document)``: files an attached document in
  one of the link columns (``expenses.receipt_url`` ...) as ``dicel-document:<uuid>``.
  Versioned tables: needs UPDATE on that column and the right to change the record;
  returns the new ``updated_at``. Append-only tables: needs INSERT on the column, and
  fills an empty column once (``DD005`` otherwise); returns NULL.

SQLSTATEs of class DD (documents), raised by the functions above:

* ``DD001`` the content is over the size limit;
* ``DD002`` ``owner_table`` is not a table documents may belong to;
* ``DD003`` not a document link column;
* ``DD004`` the document is not attached to that record (or not visible to the caller);
* ``DD005`` the link column of an append-only record is already filled, or would be
  emptied.

A refusal by row security or grants is ``42501`` as everywhere.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dicel_desktop.db.migrate import create_owned_function, execute_sql

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SETTINGS = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"

#: The columns of the seed that hold a reference to a document (frozen with this
#: revision; services/documents.py has the same list and a test checks they agree).
LINK_COLUMNS = (
    ("users", "profile_image"),
    ("candidates", "resume_url"),
    ("expenses", "receipt_url"),
    ("training_enrollments", "certificate_url"),
    ("recovery_documents", "file_url"),
)
#: What a link column holds before the document's id.
LINK_PREFIX = "dicel-document:"
#: Used when the system setting is absent.
DEFAULT_MAX_MB = 25
SETTING_KEY = "documents.max_size_mb"

_LINKS = "ARRAY[" + ", ".join(f"'{t}.{c}'" for t, c in LINK_COLUMNS) + "]::text[]"

#: (signature, CREATE statement), in the order they are created.
FUNCTIONS: list[tuple[str, str]] = [
    (
        "dicel_document_max_bytes()",
        f"""
CREATE FUNCTION public.dicel_document_max_bytes() RETURNS bigint
LANGUAGE sql STABLE {_SETTINGS}
AS $$
    -- system_settings is the administrators' table: everyone learns the limit here.
    SELECT coalesce(
        (SELECT round(s.setting_value::numeric * 1048576)::bigint
           FROM public.system_settings s
          WHERE s.setting_key = '{SETTING_KEY}'
            AND s.setting_value ~ '^\\s*[0-9]+(\\.[0-9]+)?\\s*$'),
        {DEFAULT_MAX_MB}::bigint * 1048576)
$$""",
    ),
    (
        "dicel_document_owner(text)",
        f"""
CREATE FUNCTION public.dicel_document_owner(p_table text) RETURNS oid
LANGUAGE sql STABLE {_SETTINGS}
AS $$
    -- A table of the schema whose rows have a uuid id, other than the audit log and the
    -- documents themselves. Only this oid's name ever reaches dynamic SQL.
    SELECT c.oid FROM pg_catalog.pg_class c
    WHERE c.relnamespace = 'public'::regnamespace
      AND c.relname = p_table AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN ('audit_logs', 'documents')
      AND EXISTS (SELECT FROM pg_catalog.pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attname = 'id'
                    AND a.atttypid = 'uuid'::regtype AND NOT a.attisdropped)
$$""",
    ),
    (
        "dicel_can_change_record(text, uuid)",
        f"""
CREATE FUNCTION public.dicel_can_change_record(p_table text, p_id uuid) RETURNS boolean
LANGUAGE plpgsql STABLE {_SETTINGS}
AS $$
DECLARE
    v_table oid := public.dicel_document_owner(p_table);
    v_permissive text;
    v_restrictive text;
    v_found boolean;
BEGIN
    IF NOT public.dicel_can_see_record(p_table, p_id) THEN
        RETURN false;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a
                   WHERE a.attrelid = v_table AND a.attname = 'updated_at'
                     AND NOT a.attisdropped) THEN
        -- Append-only (no version token): rows are added, never edited; whoever may add
        -- them may file their documents.
        RETURN has_any_column_privilege(session_user, v_table, 'INSERT');
    END IF;
    IF NOT has_any_column_privilege(session_user, v_table, 'UPDATE') THEN
        RETURN false;
    END IF;
    IF NOT (SELECT c.relrowsecurity FROM pg_catalog.pg_class c WHERE c.oid = v_table) THEN
        RETURN true;
    END IF;
    -- The rows the caller may update: the USING of the UPDATE policies that apply to
    -- them, permissive ones OR'ed and restrictive ones AND'ed, as PostgreSQL does.
    SELECT string_agg('(' || coalesce(pg_get_expr(p.polqual, p.polrelid), 'true') || ')',
                      ' OR ') FILTER (WHERE p.polpermissive),
           string_agg('(' || coalesce(pg_get_expr(p.polqual, p.polrelid), 'true') || ')',
                      ' AND ') FILTER (WHERE NOT p.polpermissive)
      INTO v_permissive, v_restrictive
      FROM pg_catalog.pg_policy p
     WHERE p.polrelid = v_table AND p.polcmd IN ('w', '*')
       AND ('0'::oid = ANY (p.polroles)
            OR EXISTS (SELECT FROM unnest(p.polroles) AS r(role_oid)
                       WHERE pg_has_role(session_user, r.role_oid, 'MEMBER')));
    IF v_permissive IS NULL THEN
        RETURN false;  -- no policy lets the caller update any row
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT FROM public.%I WHERE id = $1 AND (%s) AND (%s))',
                   p_table, v_permissive, coalesce(v_restrictive, 'true'))
        INTO v_found USING p_id;
    RETURN v_found;
END
$$""",
    ),
    (
        "dicel_documents_before_write()",
        f"""
CREATE FUNCTION public.dicel_documents_before_write() RETURNS trigger
LANGUAGE plpgsql {_SETTINGS}
AS $$
DECLARE
    v_size bigint := octet_length(NEW.content);
    v_limit bigint := public.dicel_document_max_bytes();
BEGIN
    IF TG_OP = 'INSERT' AND public.dicel_document_owner(NEW.owner_table) IS NULL THEN
        RAISE EXCEPTION 'a document cannot belong to "%"', NEW.owner_table
            USING ERRCODE = 'DD002',
                  HINT = 'owner_table names a table of the schema with a uuid id.';
    END IF;
    IF v_size > v_limit THEN
        RAISE EXCEPTION 'the document is % bytes, over the limit of % bytes', v_size, v_limit
            USING ERRCODE = 'DD001',
                  HINT = 'The limit is the system setting {SETTING_KEY}.';
    END IF;
    -- Who uploaded the content now stored, whatever the client sent (NULL for a
    -- superuser or a migration, as in the audit log).
    NEW.uploaded_by := (SELECT u.id FROM public.users u WHERE u.email = session_user);
    RETURN NEW;
END
$$""",
    ),
    (
        "dicel_audit_document()",
        f"""
CREATE FUNCTION public.dicel_audit_document() RETURNS trigger
LANGUAGE plpgsql {_SETTINGS}
AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_record uuid;
BEGIN
    -- dicel_audit() would copy the content into the log: only its description goes.
    IF TG_OP <> 'INSERT' THEN
        v_old := jsonb_build_object(
            'owner_table', OLD.owner_table, 'owner_id', OLD.owner_id,
            'file_name', OLD.file_name, 'media_type', OLD.media_type,
            'size_bytes', OLD.size_bytes, 'sha256', OLD.sha256,
            'uploaded_by', OLD.uploaded_by);
        v_record := OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_new := jsonb_build_object(
            'owner_table', NEW.owner_table, 'owner_id', NEW.owner_id,
            'file_name', NEW.file_name, 'media_type', NEW.media_type,
            'size_bytes', NEW.size_bytes, 'sha256', NEW.sha256,
            'uploaded_by', NEW.uploaded_by);
        v_record := NEW.id;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, n.value)
          INTO v_old, v_new
          FROM jsonb_each(v_old) o JOIN jsonb_each(v_new) n ON n.key = o.key
         WHERE o.value IS DISTINCT FROM n.value;
        IF v_new IS NULL THEN
            RETURN NULL;
        END IF;
    END IF;
    INSERT INTO public.audit_logs
        (user_id, action, table_name, record_id, old_values, new_values, ip_address,
         user_agent)
    VALUES (
        (SELECT u.id FROM public.users u WHERE u.email = session_user),
        TG_OP, TG_TABLE_NAME, v_record, v_old, v_new, inet_client_addr(),
        nullif(current_setting('application_name', true), ''));
    RETURN NULL;
END
$$""",
    ),
    (
        "dicel_documents_follow_record()",
        f"""
CREATE FUNCTION public.dicel_documents_follow_record() RETURNS trigger
LANGUAGE plpgsql {_SETTINGS}
AS $$
BEGIN
    -- BEFORE the row goes, while row security still finds the record it belongs to.
    DELETE FROM public.documents d
     WHERE d.owner_table = TG_TABLE_NAME AND d.owner_id = OLD.id;
    RETURN OLD;
END
$$""",
    ),
    (
        "dicel_link_document(text, uuid, text, uuid)",
        f"""
CREATE FUNCTION public.dicel_link_document(p_table text, p_id uuid, p_column text,
                                           p_document uuid) RETURNS timestamptz
LANGUAGE plpgsql {_SETTINGS}
AS $$
DECLARE
    v_table oid := public.dicel_document_owner(p_table);
    v_versioned boolean;
    v_current text;
    v_link text := CASE WHEN p_document IS NULL THEN NULL
                        ELSE '{LINK_PREFIX}' || p_document::text END;
    v_stamp timestamptz;
BEGIN
    IF v_table IS NULL OR NOT (p_table || '.' || p_column) = ANY ({_LINKS}) THEN
        RAISE EXCEPTION '%.% is not a document link column', p_table, p_column
            USING ERRCODE = 'DD003';
    END IF;
    v_versioned := EXISTS (SELECT FROM pg_catalog.pg_attribute a
                           WHERE a.attrelid = v_table AND a.attname = 'updated_at'
                             AND NOT a.attisdropped);
    IF NOT public.dicel_can_change_record(p_table, p_id)
       OR NOT has_column_privilege(session_user, v_table, p_column,
                                   CASE WHEN v_versioned THEN 'UPDATE' ELSE 'INSERT' END) THEN
        RAISE EXCEPTION 'permission denied to link a document to %.%', p_table, p_column
            USING ERRCODE = '42501';
    END IF;
    -- Row security binds this owner's read of documents: only a visible document.
    IF p_document IS NOT NULL AND NOT EXISTS (
            SELECT FROM public.documents d
            WHERE d.id = p_document AND d.owner_table = p_table AND d.owner_id = p_id) THEN
        RAISE EXCEPTION 'document % is not attached to %', p_document, p_table
            USING ERRCODE = 'DD004';
    END IF;
    IF NOT v_versioned THEN
        EXECUTE format('SELECT %I FROM public.%I WHERE id = $1', p_column, p_table)
            INTO v_current USING p_id;
        IF v_current IS NOT NULL OR v_link IS NULL THEN
            RAISE EXCEPTION '%.% of an append-only record is filed once', p_table, p_column
                USING ERRCODE = 'DD005';
        END IF;
        EXECUTE format('UPDATE public.%I SET %I = $2 WHERE id = $1', p_table, p_column)
            USING p_id, v_link;
        RETURN NULL;
    END IF;
    EXECUTE format('UPDATE public.%I SET %I = $2 WHERE id = $1 RETURNING updated_at',
                   p_table, p_column)
        INTO v_stamp USING p_id, v_link;
    RETURN v_stamp;
END
$$""",
    ),
]

POLICIES: list[tuple[str, str]] = [
    ("documents_read", "FOR SELECT USING (public.dicel_can_see_record(owner_table, owner_id))"),
    (
        "documents_attach",
        "FOR INSERT WITH CHECK (public.dicel_can_change_record(owner_table, owner_id))",
    ),
    (
        "documents_replace",
        "FOR UPDATE USING (public.dicel_can_change_record(owner_table, owner_id))"
        " WITH CHECK (public.dicel_can_change_record(owner_table, owner_id))",
    ),
    (
        "documents_remove",
        "FOR DELETE USING (public.dicel_can_change_record(owner_table, owner_id))",
    ),
]


def _owner_tables() -> list[str]:
    """Tables a document may belong to (what dicel_document_owner accepts)."""
    rows = op.get_bind().exec_driver_sql(
        "SELECT c.relname FROM pg_class c"
        " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')"
        " AND c.relname NOT IN ('audit_logs', 'documents')"
        " AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id'"
        " AND a.atttypid = 'uuid'::regtype AND NOT a.attisdropped)"
        " ORDER BY c.relname"
    )
    return [name for (name,) in rows]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("owner_table", sa.String(length=63), nullable=False),
        sa.Column("owner_id", sa.UUID(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=255), nullable=False),
        sa.Column(
            "size_bytes",
            sa.BigInteger(),
            sa.Computed("octet_length(content)", persisted=True),
            nullable=False,
        ),
        sa.Column(
            "sha256",
            sa.String(length=64),
            sa.Computed("encode(sha256(content), 'hex'::text)", persisted=True),
            nullable=False,
        ),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("uploaded_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint("btrim(file_name) <> ''", name=op.f("ck_documents_file_name_not_empty")),
        sa.CheckConstraint(
            "media_type ~ '^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$'",
            name=op.f("ck_documents_media_type_shape"),
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["users.id"], name=op.f("fk_documents_uploaded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint(
            "owner_table",
            "owner_id",
            "sha256",
            name=op.f("uq_documents_owner_table_owner_id_sha256"),
        ),
    )
    # PDFs, photos and office files are compressed already: trying again costs CPU on
    # every upload for nothing, and uncompressed values are read in slices cheaply.
    execute_sql("ALTER TABLE public.documents ALTER COLUMN content SET STORAGE EXTERNAL")

    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)

    execute_sql(
        "CREATE TRIGGER documents_before_write BEFORE INSERT OR UPDATE OF content"
        " ON public.documents FOR EACH ROW EXECUTE FUNCTION public.dicel_documents_before_write()"
    )
    execute_sql(
        "CREATE TRIGGER documents_set_updated_at BEFORE UPDATE ON public.documents"
        " FOR EACH ROW EXECUTE FUNCTION public.set_updated_at()"
    )
    execute_sql(
        "CREATE TRIGGER documents_audit AFTER INSERT OR UPDATE OR DELETE ON public.documents"
        " FOR EACH ROW EXECUTE FUNCTION public.dicel_audit_document()"
    )
    for table in _owner_tables():
        execute_sql(
            f"CREATE TRIGGER {table}_documents_follow BEFORE DELETE ON public.{table}"
            " FOR EACH ROW EXECUTE FUNCTION public.dicel_documents_follow_record()"
        )

    execute_sql("ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY")
    # FORCE: the owner, and so every SECURITY DEFINER function, is bound too.
    execute_sql("ALTER TABLE public.documents FORCE ROW LEVEL SECURITY")
    for name, tail in POLICIES:
        execute_sql(f"CREATE POLICY {name} ON public.documents {tail}")
    # Grants: migrations/env.py runs sync_grants after the upgrade (the permission table
    # gives documents to everyone; row security narrows it).


def downgrade() -> None:
    for table in _owner_tables():
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_documents_follow ON public.{table}")
    op.drop_table("documents")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
