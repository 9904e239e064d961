"""Who counts leave is read by one small function, and an issue's note is measured first.

Revision ID: 0090
Revises: 0089
Create Date: 2026-12-05

Found in the review of 0088 (/tmp/code27):

**The owner of everything read every session's query text (0088).** To say since when
leave is being counted (DW118's ``when``), 0088 granted ``pg_read_all_stats`` to
dicel_owner, the role owning every table and definer function: any of those functions,
and anyone who could act as that role, read every session's statement text, and the
grant was never revoked. It is replaced by a NOLOGIN role of its own,
``dicel_stats_reader``, holding ``pg_read_all_stats`` and owning one function,
``dicel_leave_counted_by()`` (SECURITY DEFINER, search path pinned to pg_catalog), that
gives only who holds the holidays' leave lock (``HD`` 0x4844, key 0, shared) and since
when: the login name and ``xact_start``, nothing else. Only dicel_owner may run it;
``dicel_holidays_hold`` calls it; dicel_owner loses ``pg_read_all_stats``. Run by other
than a superuser, the function is dicel_owner's and ``when`` stays empty (a warning, as
0088's): DW118 then says whose session counts leave, without "since" (the client's second
sentence, ``holiday_waits_for_leave_counting_now``).

**An issue's note was measured only by the helper it was passed to (0074).**
``dicel_move_stock``'s ``notes`` went to ``dicel_given_reason`` after its reference was
measured; its body said "Migration 0085" (for the reference), so ``measure_arguments``
and the test took it as measured (both now look for each text's ``octet_length``). It is
measured with the reference, first, as typed (DW020 over 2,000 characters, as
``dicel_given_reason`` says it).

A downgrade gives back 0088's state: its hold function and ``dicel_move_stock``, the
function and the role gone (the role only when nothing else holds it: roles are the
cluster's), and ``pg_read_all_stats`` granted to dicel_owner again when a superuser runs
it, as 0088 did.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)
from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0090"
down_revision: str | None = "0089"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0088 = earlier_revision(
    "0088_holidays_wait_for_no_login_lists_count_their_items_and_an_issue_says_where"
)

#: Reads, for the holidays' hold only, who counts leave and since when.
STATS_READER = "dicel_stats_reader"
COUNTED_BY_SIGNATURE = "public.dicel_leave_counted_by()"

_SPACE = _0088._SPACE
_LEAVE_KEY = _0088._LEAVE_KEY

COUNTED_BY = f"""
CREATE FUNCTION {COUNTED_BY_SIGNATURE}
RETURNS TABLE (login text, since timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    -- Migration 0090: whose session holds leave counting's lock (shared), and since when
    -- its transaction began; the longest held first. Nothing else of any session.
    SELECT a.usename::text, a.xact_start
      FROM pg_catalog.pg_locks AS l
      JOIN pg_catalog.pg_stat_activity AS a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted
       AND l.database = (SELECT d.oid FROM pg_catalog.pg_database AS d
                          WHERE d.datname = pg_catalog.current_database())
       AND l.classid = {_SPACE} AND l.objid = {_LEAVE_KEY} AND l.objsubid = 2
       AND l.pid <> pg_catalog.pg_backend_pid()
     ORDER BY a.xact_start NULLS LAST
     LIMIT 1
$$"""

#: 0088's reading of the two catalogs, as its owner, in the hold function ...
_HOLDER_0088 = f"""        SELECT coalesce(public.dicel_person_name(u.id), a.usename::text) AS who,
               a.xact_start AS since
          INTO v_holder
          FROM pg_catalog.pg_locks AS l
          JOIN pg_catalog.pg_stat_activity AS a ON a.pid = l.pid
          LEFT JOIN public.users AS u ON u.email = a.usename::text
         WHERE l.locktype = 'advisory' AND l.granted
           AND l.database = (SELECT d.oid FROM pg_catalog.pg_database AS d
                              WHERE d.datname = pg_catalog.current_database())
           AND l.classid = {_SPACE} AND l.objid = {_LEAVE_KEY} AND l.objsubid = 2
           AND l.pid <> pg_catalog.pg_backend_pid()
         ORDER BY a.xact_start NULLS LAST
         LIMIT 1;
"""
#: ... asked of the function instead.
HOLD = replaced(
    _0088.HOLD,
    _HOLDER_0088,
    """        -- Migration 0090: who, read by dicel_leave_counted_by (dicel_stats_reader's).
        SELECT coalesce(public.dicel_person_name(u.id), h.login) AS who, h.since
          INTO v_holder
          FROM public.dicel_leave_counted_by() AS h
          LEFT JOIN public.users AS u ON u.email = h.login;
""",
)

_READER_READS_SESSIONS = f"""
DO $$
BEGIN
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{STATS_READER}') THEN
            CREATE ROLE {STATS_READER} NOLOGIN;
        END IF;
        -- Whatever another database of the cluster made of it: only this.
        ALTER ROLE {STATS_READER} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE
            NOREPLICATION NOBYPASSRLS;
        GRANT pg_read_all_stats TO {STATS_READER};
        ALTER FUNCTION {COUNTED_BY_SIGNATURE} OWNER TO {STATS_READER};
        IF pg_catalog.pg_has_role('{OWNER_ROLE}', 'pg_read_all_stats', 'MEMBER') THEN
            REVOKE pg_read_all_stats FROM {OWNER_ROLE};
        END IF;
    ELSE
        RAISE WARNING 'a holiday change refused while leave is counted will not say since'
                      ' when: run this migration as a superuser';
    END IF;
END
$$"""

_READER_GONE = f"""
DO $$
DECLARE
    v_oid oid := (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = '{STATS_READER}');
BEGIN
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        GRANT pg_read_all_stats TO {OWNER_ROLE};
    END IF;
    IF v_oid IS NULL THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.pg_shdepend WHERE refobjid = v_oid
                                                    AND refclassid = 'pg_authid'::regclass) THEN
        RAISE NOTICE '{STATS_READER} kept: it still owns something';
    ELSE
        REVOKE pg_read_all_stats FROM {STATS_READER};
        DROP ROLE {STATS_READER};
    END IF;
END
$$"""

# --------------------------------------------------------------------------- stock

_REFERENCE_MEASURED_END = """            COLUMN = 'reference_number',
            TABLE = 'inventory_transactions';
    END IF;
"""
MOVE_STOCK = replaced(
    _0088.MOVE_STOCK,
    _REFERENCE_MEASURED_END,
    _REFERENCE_MEASURED_END
    + """    -- Migration 0090: the note measured too, as typed, before anything else looks at
    -- it (as dicel_given_reason would say it).
    IF octet_length($6) > 2000 AND char_length($6) > 2000 THEN
        RAISE EXCEPTION USING ERRCODE = 'DW020',
            MESSAGE = format('refused: a text of %s characters (at most %s)',
                             char_length($6), 2000),
            DETAIL = json_build_object('length', char_length($6),
                                       'most', 2000)::text,
            COLUMN = 'notes',
            TABLE = 'inventory_transactions';
    END IF;
""",
)

# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    create_owned_function(COUNTED_BY, COUNTED_BY_SIGNATURE)
    execute_sql(_READER_READS_SESSIONS)
    execute_sql(f"GRANT EXECUTE ON FUNCTION {COUNTED_BY_SIGNATURE} TO {OWNER_ROLE}")
    execute_sql(HOLD)
    execute_sql(MOVE_STOCK)


def downgrade() -> None:
    execute_sql(_0088.MOVE_STOCK)
    execute_sql(_0088.HOLD)
    execute_sql(f"DROP FUNCTION {COUNTED_BY_SIGNATURE}")
    execute_sql(_READER_GONE)
