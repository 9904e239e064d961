"""A DICEL login's change is made in a transaction of now, not in one held open.

Revision ID: 0136
Revises: 0135
Create Date: 2026-12-07

Found by the psql review /work/reports/psql37.md (finding 1): ``now()``, ``current_date``
and so ``dicel_company_day()`` are the moment the transaction began. A login may lift
``idle_in_transaction_session_timeout`` for its own session (README, "Security"), so an
IT clerk ran ``SET idle_in_transaction_session_timeout = 0; BEGIN;``, waited, and resolved
a ticket filed meanwhile: ``resolved_date`` came before ``created_date``. Held over a
midnight, the same transaction would ask every "today" rule on the day before: an
employee cancelling a leave that had started (DW108 asks ``start_date > current_date``),
a holiday already past added or removed (DW114), a document numbered in the old year.

Every business table's change goes through ``dicel_audit()`` (the AFTER trigger of 0003,
as 0007 made it). It now refuses with **DW040** a change made by a DICEL login (a
``users`` row of that e-mail: not a superuser, not ``dicel_owner`` running a migration, a
demo load or ``dicel-admin``) in a transaction begun longer before the change
(``clock_timestamp() - now()``) than the database's own
``idle_in_transaction_session_timeout`` (its ``ALTER DATABASE ... SET``, which
sync-grants makes 10 minutes, ``db/grants.DATABASE_SETTINGS``; 10 minutes where the
database has none or 0), read from ``pg_db_role_setting``, not from the session, which
may SET it. A window's transactions never reach it (each operation is one short
transaction). So a step's stamps and its "today" are off the change's true moment by that
bound at most, whatever the session set. DETAIL ``began`` (the transaction's start) and
``bound`` (the bound, an interval's text: ``00:10:00``); TABLE the changed table. The window says it as "made in a
transaction begun at …, too long ago: roll it back and make it again" if a tool meets it.
The bound is looked up only once a transaction is a second old.

Replaces ``dicel_audit()`` (0007's text with the check first); the downgrade restores
0007's.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql

revision: str = "0136"
down_revision: str | None = "0135"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0007 = earlier_revision("0007_trusted_writes")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW040": (
        "a DICEL login's change in a transaction begun longer before it than the"
        " database's idle_in_transaction_session_timeout (10 minutes where none)",
        ("began", "bound"),
    ),
}

#: Where the database sets no idle timeout of its own (or 0): ``db/grants.
#: DATABASE_SETTINGS["idle_in_transaction_session_timeout"]``, frozen.
DEFAULT_BOUND = "10 minutes"

_DECLARE = "\nDECLARE\n"
_BEGIN = "\nBEGIN\n"
_CHECK = f"""
BEGIN
    -- Migration 0136 (psql37 #1): a change is dated by its transaction's start (now(),
    -- the company's day); a DICEL login's change in a transaction begun
    -- longer ago than the database's idle_in_transaction_session_timeout (as sync-grants
    -- sets it; {DEFAULT_BOUND} where none) is refused (DW040), whatever timeout the session
    -- set for itself. Superusers and the owner (migrations, loads) have no users row.
    IF clock_timestamp() - now() > interval '1 second' THEN
        SELECT (substr(c, 37) || CASE WHEN substr(c, 37) ~ '^[0-9]+$' THEN 'ms' ELSE '' END)
                   ::interval
          INTO v_bound
          FROM pg_catalog.pg_db_role_setting AS s, unnest(s.setconfig) AS c
         WHERE s.setrole = 0 AND starts_with(c, 'idle_in_transaction_session_timeout=')
           AND s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database AS d
                                 WHERE d.datname = current_database());
        IF v_bound IS NULL OR v_bound <= interval '0' THEN
            v_bound := interval '{DEFAULT_BOUND}';
        END IF;
        IF clock_timestamp() - now() > v_bound
           AND EXISTS (SELECT 1 FROM public.users u WHERE u.email = session_user) THEN
            RAISE EXCEPTION USING ERRCODE = 'DW040',
                MESSAGE = format('%s: a change made in a transaction begun at %s, longer ago'
                                 ' than %s, would be dated then: roll it back and make it'
                                 ' again', TG_TABLE_NAME, now(), v_bound),
                DETAIL = json_build_object('began', now(), 'bound', v_bound::text)::text,
                SCHEMA = 'public', TABLE = TG_TABLE_NAME;
        END IF;
    END IF;
"""
assert len("idle_in_transaction_session_timeout=") + 1 == 37
assert _0007.AUDIT_FUNCTION.count(_BEGIN) == 1 and _0007.AUDIT_FUNCTION.count(_DECLARE) == 1
AUDIT_FUNCTION = _0007.AUDIT_FUNCTION.replace(_BEGIN, _CHECK, 1).replace(
    _DECLARE, _DECLARE + "    v_bound interval;\n", 1
)


def upgrade() -> None:
    execute_sql(AUDIT_FUNCTION)


def downgrade() -> None:
    execute_sql(_0007.AUDIT_FUNCTION)
