"""A case's documents are part of what a write-off decides; a holiday decides nobody's
leave; the text cap counts what folding reads.

Revision ID: 0082
Revises: 0081
Create Date: 2026-12-05

Found with psql in a third review of 0076-0081, as the demo's real logins (/tmp/psql27w
t1, t2, t7):

**A case's documents were outside the write-off's four eyes.** A recovery case's "Case
documents" are ``recovery_documents`` rows (and the files attached to them); the
write-off looked at the case's own row and files only. A colleague's "Court ruling:
debtor solvent" added after B was shown the case did not stop B's write-off (DW007), and
the officer who added an "Insolvency certificate" wrote the case off alone (DW411). A flow
now declares the tables whose rows are parts of its records (``CaseFlow.parts``,
domain/case_flow_model.py; frozen here as ``PARTS``): for its decision four eyes take,

* ``dicel_part_records(table, id)`` gives the audit entries' (table, record) of the
  record's parts (every row that ever pointed to it, by its entries and the table) and of
  the files attached to them; ``dicel_parts_changed_at`` their last entry;
* the version (``dicel_decision_version``, the step's ``v_now``) is the latest of the
  record's change, its files' and its parts'; a part's entry after ``shown`` was not
  shown (DW007, naming its author); a change of a part by the caller since the record was
  last decided is a change of it (``dicel_own_change_to_decide``: DW411, and the window's
  Write off… is disabled for them);
* a part's write locks the record ``FOR NO KEY UPDATE`` first (trigger
  ``<part>_locks_whole``), as does a file of a part (``dicel_audit_document``); both are
  stamped with ``clock_timestamp()`` after the lock, so a part committed after a read is
  stamped after the version read (0073's reasoning);
* an index ``ix_audit_logs_part_<table>`` finds a part's entries by the record.

No other decision (leave, expenses, orders, pay) calls these helpers.

**A holiday added then removed rejected colleagues' pending leave** (0079): HR's
"holiday" on someone's only working day rejected their request with no decision taken
(``approved_by`` HR), a forged sentence in its name copied into the notes; deleting the
holiday left the leave rejected. A holiday now decides nobody's leave: one that would
leave any pending or approved leave with no working day is refused (``DW116``, as 0076
did, in the holiday's trigger before the recount, DETAIL adding ``state``), its sentence
saying to reject (pending) or cancel (approved) that leave first, through the normal
decision with its note. A holiday's name is one line: no control, format or separator
character (0043's Cc, Cf, Zl, Zp: line breaks included), ``DW117`` (trigger
``holidays_name_one_line``; DETAIL ``character``, ``position``, COLUMN ``name``).

**The 100,000-character cap counted before NFKC** (0080, DW023): 99,990 U+FDFA passed
and folded to about 1.8M characters (1.47 s per UPDATE). The cap now counts the text as
folding reads it, ``dicel_read_length(text)``: the length of its NFKC form (folding
only shrinks it after that), the text's own length when it is printable ASCII or already
over the cap (no normalising then). The steps (dicel_owner) stay uncapped.

A downgrade gives back 0079's and 0080's functions and triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.case_functions import PART_RECORDS, PARTS_CHANGED_AT, flow_definitions
from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import (
    DEFINER,
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.roles import BASE_GROUP_ROLE

revision: str = "0082"
down_revision: str | None = "0081"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0043 = earlier_revision("0043_names_notices_and_locks")
_0079 = earlier_revision(
    "0079_a_decision_by_another_counts_files_and_holidays_reject_pending_leave"
)
_0080 = earlier_revision("0080_text_reads_as_it_shows_to_the_last_character")

#: The records whose decision four eyes take counts their parts, as this revision makes
#: them: (table, its step four eyes take, ((part table, column pointing to it), ...)).
PARTS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("recovery_cases", "write_off", (("recovery_documents", "case_id"),)),
)

# --------------------------------------------------------------------------- parts


def _part_query(table: str, parts: tuple[tuple[str, str], ...]) -> str:
    queries = []
    for part, column in parts:
        queries.append(f"""
    IF p_table = '{table}' THEN
        RETURN QUERY
        WITH part AS (
            SELECT b.record_id AS id FROM public.audit_logs AS b
             WHERE b.table_name = '{part}'
               AND coalesce(b.new_values, b.old_values) ->> '{column}' = p_id::text
            UNION
            SELECT x.id FROM public.{part} AS x WHERE x.{column} = p_id)
        SELECT '{part}'::text, part.id FROM part
        UNION ALL
        SELECT 'documents'::text, d.record_id FROM public.audit_logs AS d
         WHERE d.table_name = 'documents'
           AND coalesce(d.new_values, d.old_values) ->> 'owner_id'
               IN (SELECT part.id::text FROM part)
           AND coalesce(d.new_values, d.old_values) ->> 'owner_table' = '{part}';
    END IF;""")
    return "".join(queries)


PART_RECORDS_SIGNATURE = f"public.{PART_RECORDS}(text, uuid)"
PART_RECORDS_FUNCTION = f"""
CREATE FUNCTION public.{PART_RECORDS}(p_table text, p_id uuid)
RETURNS TABLE (table_name text, record_id uuid)
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
#variable_conflict use_column
BEGIN
    -- Migration 0082: the audit entries' (table, record) of the record's parts (every
    -- row that pointed to it: by its entries, and as loaded) and of their files.
    -- Nothing for a table without parts.{"".join(_part_query(t, p) for t, _a, p in PARTS)}
    RETURN;
END
$$"""

PARTS_CHANGED_AT_SIGNATURE = f"public.{PARTS_CHANGED_AT}(text, uuid)"
PARTS_CHANGED_AT_FUNCTION = f"""
CREATE FUNCTION public.{PARTS_CHANGED_AT}(p_table text, p_id uuid)
RETURNS timestamptz
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
BEGIN
    -- Migration 0082: the last change of the record's parts and their files (PL/pgSQL:
    -- planned once per session, as 0075's dicel_files_changed_at).
    RETURN (SELECT max(l.created_at) FROM public.audit_logs AS l
             WHERE (l.table_name, l.record_id) IN (
                   SELECT p.table_name, p.record_id
                     FROM public.{PART_RECORDS}(p_table, p_id) AS p));
END
$$"""

_WHOLE_TABLES = tuple(t for t, _a, _p in PARTS)


def _part_index(part: str, column: str) -> tuple[str, str]:
    name = f"ix_audit_logs_part_{part}"
    return name, (
        f"CREATE INDEX {name} ON public.audit_logs"
        f" ((coalesce(new_values, old_values) ->> '{column}')) WHERE table_name = '{part}'"
    )


_VERSION_0079 = "    RETURN greatest(v_updated, public.dicel_files_changed_at(p_table, p_id));"
DECISION_VERSION = replaced(
    or_replace(_0079.DECISION_VERSION),
    _VERSION_0079,
    "    -- Migration 0082: and its parts'.\n"
    "    RETURN greatest(v_updated, public.dicel_files_changed_at(p_table, p_id),\n"
    f"                    public.{PARTS_CHANGED_AT}(p_table, p_id));",
)

_OWN_END = "     ORDER BY 2 DESC\n     LIMIT 1\n$$"
OWN_CHANGE = replaced(
    _0079.OWN_CHANGE,
    _OWN_END,
    f"""    -- Migration 0082: a change of one of its parts or their files is a change of it.
    UNION ALL
    SELECT 'change', l.created_at, NULL
      FROM public.audit_logs AS l
     WHERE l.user_id = public.dicel_current_user_id()
       AND (l.table_name, l.record_id) IN (
           SELECT p.table_name, p.record_id FROM public.{PART_RECORDS}(p_table, p_id) AS p)
       AND l.created_at > coalesce(
               (SELECT max(d.created_at) FROM public.audit_logs AS d
                 WHERE d.table_name = p_table AND d.record_id = p_id AND d.action = 'UPDATE'
                   AND d.new_values ->> 'status' = p_decided),
               '-infinity')
{_OWN_END}""",
)

#: A part's write locks its record first (its entry, dicel_audit's, is stamped with
#: clock_timestamp() after the lock).
LOCKS_WHOLE_SIGNATURE = "public.dicel_part_locks_whole()"
LOCKS_WHOLE = f"""
CREATE FUNCTION {LOCKS_WHOLE_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0082: TG_ARGV [0] the record's table, [1] the part's column pointing to
    -- it. The record is locked until this part's change commits: a decision on it waits
    -- for the change, and the change's entry is stamped after the lock.
    IF TG_OP <> 'INSERT' THEN
        EXECUTE format('SELECT FROM public.%I t WHERE t.id = $1 FOR NO KEY UPDATE',
                       TG_ARGV[0]) USING (to_jsonb(OLD) ->> TG_ARGV[1])::uuid;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        EXECUTE format('SELECT FROM public.%I t WHERE t.id = $1 FOR NO KEY UPDATE',
                       TG_ARGV[0]) USING (to_jsonb(NEW) ->> TG_ARGV[1])::uuid;
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$$"""

_AUDIT_INSERT = (
    "    INSERT INTO public.audit_logs\n"
    "        (user_id, action, table_name, record_id, old_values, new_values, ip_address,\n"
    "         user_agent, created_at)\n"
)
_FILE_OF_PART = "".join(
    f"""    -- Migration 0082: a file of a part ({part}) locks the record it is part of.
    IF v_owner_table = '{part}' THEN
        PERFORM FROM public.{table} AS w
         WHERE w.id = (SELECT x.{column} FROM public.{part} AS x WHERE x.id = v_owner)
           FOR NO KEY UPDATE;
    END IF;
"""
    for table, _a, parts in PARTS
    for part, column in parts
)
AUDIT_DOCUMENT = replaced(_0079.AUDIT_DOCUMENT, _AUDIT_INSERT, _FILE_OF_PART + _AUDIT_INSERT)


def _steps(*, parts: bool) -> list:
    found = []
    for table, action, its_parts in PARTS:
        flow = FLOWS[table]
        found += [
            f
            for f in flow_definitions(flow, parts=its_parts if parts else (), record_files=False)
            if f.name == flow.function(action)
        ]
    return found


# --------------------------------------------------------------------------- holidays

_REFUSE_NO_DAY = """    -- Migration 0082: a holiday decides nobody's leave. One leaving a pending or an
    -- approved leave with no working day is refused: that leave is rejected (pending) or
    -- cancelled (approved) first, as a decision with its note and trail.
    IF v_new IS NOT NULL THEN
        SELECT r.* INTO v_leave FROM public.leave_requests AS r
         WHERE r.status IN ('pending', 'approved')
           AND r.start_date <= v_new AND r.end_date >= v_new
           AND public.dicel_working_days(r.start_date, r.end_date) = 0
         ORDER BY r.start_date, r.id
         LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'DW116',
                MESSAGE = 'a leave request would have no working day left',
                TABLE = 'holidays', COLUMN = 'holiday_date',
                DETAIL = json_build_object(
                    'name', public.dicel_person_name(
                        (SELECT e.user_id FROM public.employees e
                          WHERE e.id = v_leave.employee_id)),
                    'leave_type', v_leave.leave_type, 'start_date', v_leave.start_date,
                    'end_date', v_leave.end_date, 'state', v_leave.status)::text;
        END IF;
    END IF;
"""
HOLIDAY_FUNCTION = replaced(
    replaced(_0079.HOLIDAY_FUNCTION, _0079._REJECT_PENDING, _REFUSE_NO_DAY),
    "    v_new date;\nBEGIN\n",
    "    v_new date;\n    v_leave record;\nBEGIN\n",
)

NAME_ONE_LINE_SIGNATURE = "public.dicel_holiday_name_one_line()"
NAME_ONE_LINE = f"""
CREATE FUNCTION {NAME_ONE_LINE_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    v_found text;
    v_code text;
BEGIN
    -- Migration 0082: a holiday's name is one line of words: no control, format or
    -- separator character (0043's Cc, Cf, Zl, Zp), a line break included.
    v_found := substring(NEW.name FROM '{_0043.HIDDEN_PATTERN}');
    IF v_found IS NULL THEN
        RETURN NEW;
    END IF;
    v_code := upper(to_hex(ascii(v_found)));
    v_code := 'U+' || lpad(v_code, greatest(4, length(v_code)), '0');
    RAISE EXCEPTION USING ERRCODE = 'DW117',
        MESSAGE = format('a holiday''s name is one line (%s)', v_code),
        DETAIL = json_build_object('character', v_code,
                                   'position', strpos(NEW.name, v_found))::text,
        SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'name';
END
$$"""
NAME_ONE_LINE_TRIGGER = (
    "CREATE TRIGGER holidays_name_one_line BEFORE INSERT OR UPDATE OF name ON public.holidays"
    f" FOR EACH ROW EXECUTE FUNCTION {NAME_ONE_LINE_SIGNATURE}"
)

# --------------------------------------------------------------------------- the cap

READ_LENGTH_SIGNATURE = "public.dicel_read_length(text)"
READ_LENGTH = f"""
CREATE FUNCTION {READ_LENGTH_SIGNATURE.replace("(text)", "(value text)")} RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0082: the characters folding reads (dicel_folded): its NFKC form's,
    -- which the later steps of folding only shrink. Printable ASCII and line feeds are
    -- their own NFKC form; a text already over the cap (NFKC expands it by at most 18)
    -- is not normalised to be counted.
    IF value ~ E'^[ -~\\n]*$' OR length(value) > {_0080.TEXT_MOST_CHARACTERS} THEN
        RETURN length(value);
    END IF;
    RETURN length(normalize(value, NFKC));
END
$$"""
_CAP_0080 = "(to_jsonb(NEW) ->> TG_ARGV[0])"
STEP_LINES_STAY = replaced(
    replaced(
        _0080.STEP_LINES_STAY,
        f"    IF length({_CAP_0080}) > {_0080.TEXT_MOST_CHARACTERS} THEN\n",
        "    -- Migration 0082: counted as folding reads it (NFKC).\n"
        f"    IF public.dicel_read_length({_CAP_0080}) > {_0080.TEXT_MOST_CHARACTERS} THEN\n",
    ),
    f"DETAIL = json_build_object('length', length({_CAP_0080}),",
    f"DETAIL = json_build_object('length', public.dicel_read_length({_CAP_0080}),",
)

# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    # Parts.
    for _table, _action, parts in PARTS:
        for part, column in parts:
            execute_sql(_part_index(part, column)[1])
    create_owned_function(PART_RECORDS_FUNCTION, PART_RECORDS_SIGNATURE)
    create_owned_function(PARTS_CHANGED_AT_FUNCTION, PARTS_CHANGED_AT_SIGNATURE)
    # CREATE OR REPLACE: each keeps its owner and grants.
    execute_sql(OWN_CHANGE)
    execute_sql(DECISION_VERSION)
    execute_sql(AUDIT_DOCUMENT)
    create_owned_function(LOCKS_WHOLE, LOCKS_WHOLE_SIGNATURE)
    for table, _action, parts in PARTS:
        for part, column in parts:
            execute_sql(
                f"CREATE TRIGGER {part}_locks_whole BEFORE INSERT OR UPDATE OR DELETE"
                f" ON public.{part} FOR EACH ROW"
                f" EXECUTE FUNCTION public.dicel_part_locks_whole('{table}', '{column}')"
            )
    for function in _steps(parts=True):
        create_owned_function(function.create_or_replace, function.signature)
    # Holidays.
    execute_sql(HOLIDAY_FUNCTION)
    create_owned_function(NAME_ONE_LINE, NAME_ONE_LINE_SIGNATURE)
    execute_sql(NAME_ONE_LINE_TRIGGER)
    # The cap.
    create_owned_function(READ_LENGTH, READ_LENGTH_SIGNATURE)
    # EXECUTE from the permission table (sync-grants after the upgrade); granted here
    # too, for a database left at this revision: the trigger runs as the writer.
    execute_sql(f"GRANT EXECUTE ON FUNCTION {READ_LENGTH_SIGNATURE} TO {BASE_GROUP_ROLE}")
    execute_sql(STEP_LINES_STAY)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(_0080.STEP_LINES_STAY)
    execute_sql(f"DROP FUNCTION {READ_LENGTH_SIGNATURE}")
    execute_sql("DROP TRIGGER holidays_name_one_line ON public.holidays")
    execute_sql(f"DROP FUNCTION {NAME_ONE_LINE_SIGNATURE}")
    execute_sql(_0079.HOLIDAY_FUNCTION)
    for function in _steps(parts=False):
        create_owned_function(function.create_or_replace, function.signature)
    for _table, _action, parts in PARTS:
        for part, _column in parts:
            execute_sql(f"DROP TRIGGER {part}_locks_whole ON public.{part}")
    execute_sql(f"DROP FUNCTION {LOCKS_WHOLE_SIGNATURE}")
    execute_sql(_0079.AUDIT_DOCUMENT)
    execute_sql(or_replace(_0079.DECISION_VERSION))
    execute_sql(_0079.OWN_CHANGE)
    execute_sql(f"DROP FUNCTION {PARTS_CHANGED_AT_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {PART_RECORDS_SIGNATURE}")
    for _table, _action, parts in PARTS:
        for part, column in parts:
            execute_sql(f"DROP INDEX public.{_part_index(part, column)[0]}")
    pin_company_time_zone(op.get_bind())
