"""The administrator who remains is one whose login never expires, counted at READ
COMMITTED (psql41).

Revision ID: 0155
Revises: 0154
Create Date: 2026-12-07

Migration 0153 made every DW601 path count another administrator who can log in at the
moment of the change (a role change, a deactivation) or after the expiry being set. A
review with psql (psql41) showed two ways past it, and a third:

1. An administrator whose login expires *later* counted: Ada set Bea's login to expire
   tomorrow, then Bea demoted Ada; Bea may not lift her own expiry (DU010), and two days
   later nobody could log in as an administrator.
2. Expiries chained: Ada set Bea's to expire in two days (Ada remained), then Bea set
   Ada's to expire in one (Bea "remained" after it).
3. A REPEATABLE READ transaction, whose snapshot was taken before another
   administrator's expiry was set, counted that administrator as one who never expires:
   an expiry writes no users row, so no row lock or serialization failure stopped it.

Now the administrator who remains must be one whose login **never** expires
(``dicel_admin_can_log_in(user, 'infinity')``: active, their login exists, may log in,
and has no expiry, ``VALID UNTIL`` unset or ``infinity``), on every path: a login's
expiry may be set on an administrator only while another such one remains. And
``dicel_admin_can_log_in`` refuses to count outside READ COMMITTED (SQLSTATE 40001): the
count must see what other administrators committed before the advisory lock was granted.
DICEL's sessions run at READ COMMITTED; a psql transaction at REPEATABLE READ that would
take an administrator away is told to run the change on its own.

A downgrade puts back 0153's predicate and calls.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    change_live_function,
    earlier_revision,
    execute_sql,
    or_replace,
)

revision: str = "0155"
down_revision: str | None = "0154"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CAN_LOG_IN_SIGNATURE = "public.dicel_admin_can_log_in(uuid, timestamptz)"
CAN_LOG_IN = f"""
CREATE OR REPLACE FUNCTION {CAN_LOG_IN_SIGNATURE} RETURNS boolean
LANGUAGE plpgsql STABLE {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0155 (psql41): counted on what others committed before the advisory
    -- lock was granted. A REPEATABLE READ or SERIALIZABLE snapshot may be older than
    -- another administrator's expiry (which writes no users row to conflict on).
    IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'who remains an administrator is counted at READ COMMITTED only'
              USING ERRCODE = '40001',
                    HINT = 'Run the change on its own, outside a REPEATABLE READ or'
                           ' SERIALIZABLE transaction.';
    END IF;
    -- Migration 0153 (db41): what DW601 keeps, in every path: an active administrator
    -- whose login exists, may log in, and does not expire before p_at (0155: every path
    -- asks 'infinity', a login that never expires). A login expired, turned off
    -- (NOLOGIN) or dropped outside DICEL does not count, whatever users says.
    RETURN EXISTS (
        SELECT FROM public.users AS u
          JOIN pg_catalog.pg_roles AS r ON r.rolname = lower(u.email)
         WHERE u.id = $1 AND u.role = 'admin' AND coalesce(u.is_active, true)
           AND r.rolcanlogin
           AND (r.rolvaliduntil IS NULL OR r.rolvaliduntil = 'infinity'
                OR r.rolvaliduntil > $2));
END
$$"""

#: What a downgrade puts back: 0153's predicate, as that revision wrote it.
_CAN_LOG_IN_0153 = or_replace(
    earlier_revision("0153_an_administrator_who_logs_in_and_a_leavers_requests_first").CAN_LOG_IN
)

KEEP_SIGNATURE = "public.dicel_keep_an_administrator()"
KEEP_PAIRS = [
    (
        "AND public.dicel_admin_can_log_in(u.id, pg_catalog.now())",
        "AND public.dicel_admin_can_log_in(u.id, 'infinity')",
    ),
    (
        "'%s is the last administrator who can log in: their role stays and they'",
        "'%s is the last administrator whose login never expires: their role stays and they'",
    ),
]
EXPIRY_SIGNATURE = "public.dicel_set_login_expiry(text, timestamptz)"
EXPIRY_PAIRS = [
    (
        "AND public.dicel_admin_can_log_in(o.id, v_is)",
        "AND public.dicel_admin_can_log_in(o.id, 'infinity')",
    ),
]


def upgrade() -> None:
    execute_sql(CAN_LOG_IN)
    change_live_function(KEEP_SIGNATURE, KEEP_PAIRS, forward=True)
    change_live_function(EXPIRY_SIGNATURE, EXPIRY_PAIRS, forward=True)


def downgrade() -> None:
    change_live_function(EXPIRY_SIGNATURE, EXPIRY_PAIRS, forward=False)
    change_live_function(KEEP_SIGNATURE, KEEP_PAIRS, forward=False)
    execute_sql(_CAN_LOG_IN_0153)
