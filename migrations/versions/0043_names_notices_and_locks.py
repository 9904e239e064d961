"""A file's name shows what it is; no login writes messages into the server's WAL.

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-08

**File names hold no invisible characters.** A psql review stored a document named
``Sick note <U+202E>fdp.exe``: the right-to-left override shows it as "Sick note
exe.pdf", and a desktop opening it runs a program. The trigger ``<table>_plain_file_name``
(function ``dicel_refuse_hidden_characters``, the column as its argument) now refuses, on
every INSERT and every UPDATE of the name, a file name holding a control character
(Unicode category Cc), a formatting one (Cf: the bidirectional overrides, embeddings and
isolates, zero-width spaces and joiners, the soft hyphen, the byte order mark, tags ...)
or a line or paragraph separator (Zl, Zp): ``DW501``, DETAIL the character (``U+202E``)
and its position, COLUMN the name's. The columns: ``documents.file_name`` and
``recovery_documents.document_name`` (the schema's only file names; the link columns hold
``dicel-document:<uuid>``). The characters are frozen here as Unicode 15.1 lists them; the
client strips the same categories from a name before storing it (services/files.py), so
only psql or an older client meets the refusal. Names stored before this revision are left
as they are (a warning counts them): the client strips the characters wherever it writes a
name out, and never opens a file that would run (gui/widgets/document_support.py).

**No login writes into the WAL.** ``pg_logical_emit_message`` (every overload: two on
PostgreSQL 15, four on 17+) is PUBLIC's by default and writes any amount into the
write-ahead log, which archiving and replicas keep: a way to fill the server's disks. No
DICEL role needs it. As in migration 0034, only a superuser may change PostgreSQL's own
functions: run as another migration owner, this revision warns and changes nothing there.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import SEARCH_PATH, create_owned_function, execute_sql

revision: str = "0043"
down_revision: str | None = "0042"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: table -> its column holding a file's name.
FILE_NAME_COLUMNS: dict[str, str] = {
    "documents": "file_name",
    "recovery_documents": "document_name",
}

#: The code points of Unicode 15.1's categories Cc, Cf, Zl and Zp, as (first, last).
#: (U+0000 is never in a PostgreSQL text.)
HIDDEN_RANGES: tuple[tuple[int, int], ...] = (
    (0x0001, 0x001F),
    (0x007F, 0x009F),
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)


def _escape(code_point: int) -> str:
    return f"\\u{code_point:04X}" if code_point <= 0xFFFF else f"\\U{code_point:08X}"


#: A PostgreSQL regular expression (ARE) matching one such character.
HIDDEN_PATTERN = (
    "["
    + "".join(
        _escape(first) if first == last else f"{_escape(first)}-{_escape(last)}"
        for first, last in HIDDEN_RANGES
    )
    + "]"
)

REFUSE_HIDDEN = f"""
CREATE FUNCTION public.dicel_refuse_hidden_characters() RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    -- TG_ARGV[0]: the column holding the file's name. Read alone (not to_jsonb(NEW)):
    -- a document's row carries its content.
    v_name text;
    v_found text;
    v_code text;
BEGIN
    EXECUTE format('SELECT ($1).%I::text', TG_ARGV[0]) USING NEW INTO v_name;
    v_found := substring(v_name FROM '{HIDDEN_PATTERN}');
    IF v_found IS NULL THEN
        RETURN NEW;
    END IF;
    v_code := upper(to_hex(ascii(v_found)));
    v_code := 'U+' || lpad(v_code, greatest(4, length(v_code)), '0');
    RAISE EXCEPTION USING
        ERRCODE = 'DW501',
        MESSAGE = format('%s.%s: a file name may not hold invisible or control characters'
                         ' (%s)', TG_TABLE_NAME, TG_ARGV[0], v_code),
        DETAIL = json_build_object('character', v_code,
                                   'position', strpos(v_name, v_found))::text,
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[0];
END
$$"""
REFUSE_HIDDEN_SIGNATURE = "public.dicel_refuse_hidden_characters()"

#: Names stored before this revision: counted, left as they are.
_COUNT_EARLIER = " UNION ALL ".join(
    f"SELECT count(*) FROM public.{table} WHERE {column} ~ '{HIDDEN_PATTERN}'"
    for table, column in FILE_NAME_COLUMNS.items()
)
WARN_EARLIER = f"""
DO $$
DECLARE
    v_count bigint;
BEGIN
    SELECT sum(n) INTO v_count FROM ({_COUNT_EARLIER}) AS found(n);
    IF v_count > 0 THEN
        RAISE WARNING '% stored file name(s) hold invisible or control characters: left as'
                      ' they are (DICEL Desktop strips them when it saves or opens a file)',
                      v_count;
    END IF;
END
$$"""


def _wal_messages(grant: bool) -> str:
    change = (
        "GRANT EXECUTE ON FUNCTION %s TO PUBLIC"
        if grant
        else ("REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC")
    )
    return f"""
DO $$
DECLARE
    v_function regprocedure;
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RAISE WARNING 'pg_logical_emit_message left to every login: run this migration as a'
                      ' superuser';
        RETURN;
    END IF;
    FOR v_function IN
        SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
        WHERE p.pronamespace = 'pg_catalog'::regnamespace
          AND p.proname = 'pg_logical_emit_message'
    LOOP
        EXECUTE format('{change}', v_function);
    END LOOP;
END
$$"""


def _trigger(table: str, column: str) -> str:
    return (
        f"CREATE TRIGGER {table}_plain_file_name BEFORE INSERT OR UPDATE OF {column}"
        f" ON public.{table} FOR EACH ROW EXECUTE FUNCTION"
        f" public.dicel_refuse_hidden_characters('{column}')"
    )


def upgrade() -> None:
    create_owned_function(REFUSE_HIDDEN, REFUSE_HIDDEN_SIGNATURE)
    for table, column in FILE_NAME_COLUMNS.items():
        execute_sql(_trigger(table, column))
    execute_sql(WARN_EARLIER)
    execute_sql(_wal_messages(grant=False))


def downgrade() -> None:
    execute_sql(_wal_messages(grant=True))
    for table in reversed(FILE_NAME_COLUMNS):
        execute_sql(f"DROP TRIGGER {table}_plain_file_name ON public.{table}")
    execute_sql(f"DROP FUNCTION {REFUSE_HIDDEN_SIGNATURE}")
