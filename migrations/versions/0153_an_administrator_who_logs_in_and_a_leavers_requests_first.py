"""An administrator who stays is one who can log in; a termination locks its leaver's
requests before their record (db41).

Revision ID: 0153
Revises: 0152
Create Date: 2026-12-07

* **The last administrator is the last one who can log in** (DW601). Migration 0148
  made ``dicel_set_login_expiry`` count only another active administrator whose login
  exists, may log in and has no expiry before the one set; every other DW601 path (a
  role change, a deactivation, a termination or a suspension of an administrator's
  employment, a users row deleted: all of them ``users_keep_an_administrator``) still
  counted one whose login had expired, been turned off outside DICEL or dropped, and the
  company could be left with no administrator able to log in. One predicate,
  ``dicel_admin_can_log_in(user, at)`` (an active administrator whose login exists, may
  log in, and does not expire before ``at``), is now what both count: the trigger at the
  moment of the change (``now()``), the expiry at the moment set. Under the same
  advisory lock as before (0047); the trigger's count keeps its ``FOR SHARE``.
* **A termination locks its leaver's requests before their record.** A decision on a
  leave request locks the request's row (its UPDATE, or ``FOR UPDATE`` for the version
  shown) and then, in the request's triggers (0146, 0149), the employee's row. A
  termination locked the employee's row (its UPDATE) and then, cancelling the open
  leave (``employees_leaver_leave_ends``), the request's: in two sessions at once,
  PostgreSQL aborted one (40P01). A request's row is always locked before its
  employee's by an UPDATE of the request, whatever path or psql writes it (the row is
  locked before any BEFORE trigger runs), so the termination now takes that order:
  ``dicel_terminate_employee`` (both forms) locks the employee's pending and approved
  requests (``dicel_lock_open_leave``, ``FOR NO KEY UPDATE`` as the cancellation's
  UPDATE takes them) before the employee's row. The second of the two waits for the
  first and then sees it: a decision after a termination finds the request cancelled
  (DW001, "Already cancelled by ..."), a termination after an approval cancels the
  approved leave after the leaving day as it cancels any.

A downgrade puts the four functions back as the database held them and drops the two
helpers.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    change_live_function,
    create_owned_function,
    execute_sql,
)

revision: str = "0153"
down_revision: str | None = "0152"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# ------------------------------------------------------- 1. an administrator who logs in

CAN_LOG_IN_SIGNATURE = "public.dicel_admin_can_log_in(uuid, timestamptz)"
CAN_LOG_IN = f"""
CREATE FUNCTION {CAN_LOG_IN_SIGNATURE} RETURNS boolean
LANGUAGE sql STABLE {SEARCH_PATH}
AS $$
    -- Migration 0153 (db41): what DW601 keeps, in every path: an active administrator
    -- whose login exists, may log in, and does not expire before p_at. A login expired,
    -- turned off (NOLOGIN) or dropped outside DICEL does not count, whatever users says.
    SELECT EXISTS (
        SELECT FROM public.users AS u
          JOIN pg_catalog.pg_roles AS r ON r.rolname = lower(u.email)
         WHERE u.id = $1 AND u.role = 'admin' AND coalesce(u.is_active, true)
           AND r.rolcanlogin
           AND (r.rolvaliduntil IS NULL OR r.rolvaliduntil > $2))
$$"""

KEEP_SIGNATURE = "public.dicel_keep_an_administrator()"
_KEEP_COUNT = """    PERFORM u.id FROM public.users u
     WHERE u.role = 'admin' AND coalesce(u.is_active, true)
     LIMIT 1 FOR SHARE;
"""
_KEEP_COUNT_NOW = """    -- Migration 0153 (db41): another administrator who can log in now (the rule of a
    -- login's expiry, 0148): an active one whose login expired, was turned off or is
    -- gone leaves nobody to log in as an administrator.
    PERFORM u.id FROM public.users u
     WHERE u.role = 'admin' AND coalesce(u.is_active, true) AND u.id <> OLD.id
       AND public.dicel_admin_can_log_in(u.id, pg_catalog.now())
     LIMIT 1 FOR SHARE;
"""
_KEEP_MESSAGE = "'%s is the last active administrator: their role stays and they'"
_KEEP_MESSAGE_NOW = "'%s is the last administrator who can log in: their role stays and they'"
KEEP_PAIRS = [(_KEEP_COUNT, _KEEP_COUNT_NOW), (_KEEP_MESSAGE, _KEEP_MESSAGE_NOW)]

EXPIRY_SIGNATURE = "public.dicel_set_login_expiry(text, timestamptz)"
_EXPIRY_COUNT = """       AND NOT EXISTS (
           SELECT FROM public.users o
             JOIN pg_catalog.pg_roles r ON r.rolname = lower(o.email)
            WHERE o.role = 'admin' AND coalesce(o.is_active, true) AND o.id <> v_user.id
              AND r.rolcanlogin
              AND (r.rolvaliduntil IS NULL OR r.rolvaliduntil > v_is)) THEN
"""
_EXPIRY_COUNT_NOW = """       AND NOT EXISTS (
           -- Migration 0153 (db41): the one rule of every DW601 path.
           SELECT FROM public.users o
            WHERE o.role = 'admin' AND coalesce(o.is_active, true) AND o.id <> v_user.id
              AND public.dicel_admin_can_log_in(o.id, v_is)) THEN
"""
EXPIRY_PAIRS = [(_EXPIRY_COUNT, _EXPIRY_COUNT_NOW)]

# ------------------------------------------------- 2. a leaver's requests before their row

LOCK_LEAVE_SIGNATURE = "public.dicel_lock_open_leave(uuid)"
LOCK_LEAVE = f"""
CREATE FUNCTION {LOCK_LEAVE_SIGNATURE} RETURNS void
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0153 (db41): a request's row is locked before its employee's, by every
    -- UPDATE of a request (a decision, a cancellation, psql: the row is locked before
    -- its triggers lock the employee). A termination, which cancels open leave after
    -- locking the employee, takes the same order: the open requests first, as the
    -- cancellation's UPDATE locks them. For who may terminate (HR, admin) only: a
    -- refusal follows for anyone else.
    IF coalesce(public.dicel_has_role('hr') OR public.dicel_has_role('admin'), false) THEN
        PERFORM FROM public.leave_requests AS r
         WHERE r.employee_id = $1 AND r.status IN ('pending', 'approved')
         ORDER BY r.id
           FOR NO KEY UPDATE;
    END IF;
END
$$"""

TERMINATE_SIGNATURE = "public.dicel_terminate_employee(uuid)"
_TERMINATE_UPDATE = """    UPDATE public.employees AS t
       SET status = 'terminated',
"""
# As the generator writes it since (``Step.locks_first``, db/case_functions/body.py):
# tests/security/test_case_steps.py holds the database to the declaration.
_TERMINATE_UPDATE_NOW = (
    """    -- Migration 0153 (db41): what its triggers change, before the record's row.
    PERFORM public.dicel_lock_open_leave(v_id);
"""
    + _TERMINATE_UPDATE
)
TERMINATE_PAIRS = [(_TERMINATE_UPDATE, _TERMINATE_UPDATE_NOW)]

TERMINATE_SHOWN_SIGNATURE = "public.dicel_terminate_employee(uuid, timestamptz)"
_TERMINATE_SHOWN_ROW = (
    "        SELECT t.updated_at INTO v_now FROM public.employees AS t WHERE t.id = v_id"
    " FOR UPDATE;\n"
)
_TERMINATE_SHOWN_ROW_NOW = (
    "        -- Migration 0153 (db41): the open leave it cancels, before the employee's row.\n"
    "        PERFORM public.dicel_lock_open_leave(v_id);\n" + _TERMINATE_SHOWN_ROW
)
TERMINATE_SHOWN_PAIRS = [(_TERMINATE_SHOWN_ROW, _TERMINATE_SHOWN_ROW_NOW)]


def upgrade() -> None:
    create_owned_function(CAN_LOG_IN, CAN_LOG_IN_SIGNATURE)
    change_live_function(KEEP_SIGNATURE, KEEP_PAIRS, forward=True)
    change_live_function(EXPIRY_SIGNATURE, EXPIRY_PAIRS, forward=True)
    create_owned_function(LOCK_LEAVE, LOCK_LEAVE_SIGNATURE)
    change_live_function(TERMINATE_SIGNATURE, TERMINATE_PAIRS, forward=True)
    change_live_function(TERMINATE_SHOWN_SIGNATURE, TERMINATE_SHOWN_PAIRS, forward=True)


def downgrade() -> None:
    change_live_function(TERMINATE_SHOWN_SIGNATURE, TERMINATE_SHOWN_PAIRS, forward=False)
    change_live_function(TERMINATE_SIGNATURE, TERMINATE_PAIRS, forward=False)
    execute_sql(f"DROP FUNCTION {LOCK_LEAVE_SIGNATURE}")
    change_live_function(EXPIRY_SIGNATURE, EXPIRY_PAIRS, forward=False)
    change_live_function(KEEP_SIGNATURE, KEEP_PAIRS, forward=False)
    execute_sql(f"DROP FUNCTION {CAN_LOG_IN_SIGNATURE}")
