"""A decision four eyes take (``Step.decided_by_another``, migration 0078): checked
under the record's row lock, not by whoever changed the record or brought it to the
decision (DW411, DW412), and on the version shown (DW413, DW007, DW008), counting its
files (0079), its parts (0082) and the files it has or had (0084); and the names of the
helper functions those checks call, which the migrations that create them import.

Pure text: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dicel_desktop.db.case_functions.sql import quote, quote_array, raise_exception
from dicel_desktop.domain.case_flows import CaseFlow, Step

#: The helper that finds the caller's own change to a record since it was last decided
#: (migration 0078).
OWN_CHANGE_TO_DECIDE = "dicel_own_change_to_decide"


#: The later of a record's own change and its files' (migration 0064's helper).
FILES_CHANGED_AT = "dicel_files_changed_at"
#: The last change of a record's parts (``CaseFlow.parts``) and their files, and the
#: audit entries' (table, record) of them (migration 0082's helpers).
PARTS_CHANGED_AT = "dicel_parts_changed_at"
PART_RECORDS = "dicel_part_records"
#: The documents a record has or had, by their entries and as they are now (migration
#: 0084's helper).
RECORD_FILES = "dicel_record_files"


def decision_checks(
    flow: CaseFlow,
    step: Step,
    *,
    files: bool = True,
    parts: tuple[tuple[str, str], ...] = (),
    record_files: bool = True,
) -> str:
    """A decision four eyes take (``Step.decided_by_another``, migration 0078), checked
    for the workers under the record's row lock, on a record where the step applies (any
    other answer is the step's own): not by whoever brought it there or changed it since
    it was last decided (DW412, DW411), and on the version the person was shown (DW413
    none given; DW007, DW008 changed since by someone else, as migration 0070 looks).
    ``files`` (migration 0079): the record's files are part of its version, and a file's
    entry after ``shown`` was not shown (stamped under the record's lock, as 0073 made
    it), whatever else its transaction wrote. ``parts`` (migration 0082, with ``files``):
    the rows of those tables that are parts of the record, and their files, count as its
    files do (their entries stamped under the record's lock too). ``record_files``
    (migration 0084): the record's files are the ones its documents' entries name and the
    ones it has now (``dicel_record_files``), not only those with an entry naming it."""
    table = flow.table
    done = quote(step.done)
    own = {
        what: raise_exception(
            code,
            f"'% % was {words} by the one deciding it', {quote(table)}, v_id",
            table,
            detail=(
                "json_build_object('who', public.dicel_person_name(v_user),"
                f" 'at', v_own.at, 'state', v_own.state, 'action', {done})::text"
            ),
        )
        for what, code, words in (("change", "DW411", "changed"), ("move", "DW412", "moved"))
    }
    unshown = raise_exception(
        "DW413",
        f"'% % is % only on the version shown', {quote(table)}, v_id, {done}",
        table,
        column="'shown'",
        detail=f"json_build_object('action', {done})::text",
    )
    nobody = raise_exception(
        "DW008",
        "'changed since it was shown'",
        table,
        detail="json_build_object('id', v_id, 'when', v_now)::text",
    )
    changed = raise_exception(
        "DW007",
        "'changed since it was shown'",
        table,
        detail=(
            "json_build_object('id', v_id, 'who', public.dicel_person_name(v_change.user_id),"
            " 'when', v_now)::text"
        ),
    )
    version_files = entries_files = shown_files = files_open = files_close = ""
    entry_table = ""
    if files:
        entry_table = ",\n                                  l.table_name"
        version_files = f"""
        -- Migration 0079: its files are part of what is decided.
        v_now := greatest(v_now, public.{FILES_CHANGED_AT}({quote(table)}, v_id));"""
        entries_files = (
            f"""
                               -- Migration 0084: the files it has or had.
                               OR (l.table_name = 'documents' AND l.record_id IN (
                                   SELECT f.id
                                     FROM public.{RECORD_FILES}({quote(table)}, v_id) AS f(id)))"""
            if record_files
            else f"""
                               OR (l.table_name = 'documents' AND l.record_id IN (
                                   SELECT b.record_id FROM public.audit_logs AS b
                                    WHERE b.table_name = 'documents'
                                      AND coalesce(b.new_values, b.old_values) ->> 'owner_id'
                                          = v_id::text
                                      AND coalesce(b.new_values, b.old_values)
                                          ->> 'owner_table' = {quote(table)}))"""
        )
        shown_files = """
                   -- (migration 0079: a file's entry after shown was not shown, stamped
                   -- under the record's lock, whatever else its transaction wrote)"""
        files_open = "(e.table_name = 'documents' OR "
        files_close = ")"
    if files and parts:
        version_files += f"""
        -- Migration 0082: and its parts ({", ".join(t for t, _c in parts)}) and their files.
        v_now := greatest(v_now, public.{PARTS_CHANGED_AT}({quote(table)}, v_id));"""
        entries_files += f"""
                               OR ((l.table_name, l.record_id) IN (
                                   SELECT p.table_name, p.record_id
                                     FROM public.{PART_RECORDS}({quote(table)}, v_id) AS p))"""
        stamped = ", ".join(quote(t) for t in ("documents", *(t for t, _c in parts)))
        files_open = f"(e.table_name IN ({stamped}) OR "
    entry_columns = "l.xmin::text AS tx, l.user_id, l.created_at, l.new_values" + entry_table
    entries = f"l.table_name = {quote(table)} AND l.record_id = v_id" + entries_files
    return f"""
    IF v_worker THEN
        -- Migration 0078: a decision four eyes take. Under the row lock: a change being
        -- saved waits for the decision, or the decision for it, and then sees it.
        SELECT t.status, t.updated_at INTO v_state, v_now
          FROM public.{table} AS t WHERE t.id = v_id FOR UPDATE;{version_files}
        IF v_state = ANY ({quote_array(step.sources)}) THEN
            -- Not by whoever brought it here or changed it since it was last decided.
            SELECT o.what, o.at, o.state INTO v_own
              FROM public.{OWN_CHANGE_TO_DECIDE}({quote(table)}, v_id,
                       {quote_array(step.sources)}, {quote(step.target)}) AS o;
            IF v_own.what = 'change' THEN
                {own["change"]}
            ELSIF v_own.what = 'move' THEN
                {own["move"]}
            END IF;
            -- On what was shown: any change since by someone else refuses it.
            IF v_shown IS NULL THEN
                {unshown}
            END IF;
            IF v_now IS DISTINCT FROM v_shown THEN
                WITH e AS (SELECT {entry_columns}
                             FROM public.audit_logs AS l
                            WHERE {entries})
                SELECT e.user_id, e.created_at INTO v_change FROM e
                 WHERE e.created_at > v_shown
                   -- Not an entry of a change that was shown (a record's entry is
                   -- written after the stamp it is shown by) ...{shown_files}
                   AND {files_open}e.tx NOT IN (SELECT s.tx FROM e AS s
                                     WHERE s.created_at <= v_shown
                                        OR (s.new_values ->> 'updated_at')::timestamptz
                                           <= v_shown){files_close}
                   -- ... and anyone else's first.
                 ORDER BY e.user_id IS NOT DISTINCT FROM v_user, e.created_at DESC LIMIT 1;
                IF v_change.user_id IS NULL THEN
                    {nobody}
                END IF;
                IF v_change.user_id IS DISTINCT FROM v_user THEN
                    {changed}
                END IF;
            END IF;
        END IF;
    END IF;"""
