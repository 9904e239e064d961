"""Nobody approves leave they shaped, and a decider's words stay theirs.

Revision ID: 0093
Revises: 0092
Create Date: 2026-12-06

Found with psql in a security review, as the demo's HR officer (aline.uwase@dicel.rw):

**Four eyes on leave (F2).** HR may change any pending request (grant, row security and
the HR form): an officer moved a colleague's request to other dates, changed its type
and reason, and approved it alone with ``dicel_decide_leave``. Expenses and orders have
refused this since migration 0027 (DW005: "no approval by whoever changed what the
record asks for"), policies since 0078 (DW411). Now a leave request's approval is
refused, DW005 (DETAIL ``id``), to whoever, not being its employee, filed it or changed
its ``leave_type``, ``start_date``, ``end_date`` or ``reason`` (the audit log says who),
or attached, replaced or removed one of its files (every file it has or had,
``dicel_record_files``, 0084). A rejection stays open to them (it grants nothing), and
another HR officer, an administrator or the supervisor still approves it.

* ``dicel_shaped_leave_request(request, user)`` (SECURITY DEFINER, nobody's to call)
  answers it, as ``dicel_shaped_expense`` does for expenses (0033): asked by the trigger
  and by the inbox's listing alike.
* The trigger ``leave_requests_approved_by_another`` (BEFORE UPDATE OF status, pending
  to approved), as ``expenses_approved_by_another`` (0027): every path meets it, both
  ``dicel_decide_leave`` signatures (the four-parameter one, which the window and the
  inbox call, decides through the three-parameter one) and the inbox's bulk decision.
  The decision functions themselves are not rewritten: their text stays as 0088 left it.
* ``dicel_leave_requests_to_decide`` no longer offers such a request to that person
  (as ``dicel_expenses_to_decide`` for DW005, 0033): the function is read from the
  database and changed in one place, as 0088 changed the decisions.

**A decider's words stay theirs (F3).** ``dicel_decide_leave`` writes its note into
``leave_requests.notes`` and ``dicel_cancel_leave`` appends its own; HR (and admin) could
UPDATE ``notes`` of any request in any state and rewrite a decider's words. ``notes``
is now written by the leave functions only (``FUNCTION_ONLY_COLUMNS``, domain/
column_rules.py): no role's UPDATE nor INSERT of it (sync-grants at head; revoked here
too, for a database left at this revision). ``dicel_approve_payroll`` and
``dicel_cancel_payroll`` append their note to ``payroll_periods.notes``, which HR and
finance could UPDATE in any state, paid included; people do note things on a pending
period, so there it stays theirs while the period is pending, and then only the
functions write it: ``notes`` joins a lock (the registry's ``Lock``, migration 0007's
trigger ``payroll_periods_locked``, DL001), which the pay-period form reads too.

A downgrade drops the trigger, the helper and the lock, gives back the listing as it was
and HR's, admin's and self-service's grants on ``leave_requests.notes``.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0093"
down_revision: str | None = "0092"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0040 = earlier_revision("0040_payments_and_evidence_stay")

# --------------------------------------------------------------------------- F2: four eyes

#: What a leave request asks for: whoever (not its employee) changes one of these may not
#: approve it (domain/shaping.py's ``ASKS_FOR``, held equal by tests/unit/test_shaping.py).
LEAVE_TERMS = ("leave_type", "start_date", "end_date", "reason")

SHAPED_SIGNATURE = "public.dicel_shaped_leave_request(uuid, uuid)"
SHAPED = f"""
CREATE FUNCTION public.dicel_shaped_leave_request(p_request uuid, p_user uuid)
RETURNS boolean
LANGUAGE plpgsql STABLE {DEFINER}
AS $$
BEGIN
    -- Migration 0093: p_user, not being the request's employee, filed it or changed what
    -- it asks for (its type, dates or reason), or attached, replaced or removed one of
    -- its files (every file it has or had): they may not approve it (DW005).
    -- PL/pgSQL, its queries written out (dicel_changed_by's among them): a SQL definer
    -- function is planned again at every call, and every approval asks this (the
    -- decision benchmark read 1.27 ms against 0.50 ms with it so, 2.5x).
    IF p_user IS NULL OR NOT EXISTS (
        SELECT FROM public.leave_requests AS r
          JOIN public.employees AS e ON e.id = r.employee_id
         WHERE r.id = p_request AND e.user_id IS DISTINCT FROM p_user) THEN
        RETURN false;
    END IF;
    IF EXISTS (
        SELECT FROM public.audit_logs AS a
         WHERE a.table_name = 'leave_requests' AND a.record_id = p_request
           AND a.user_id = p_user
           AND (a.action = 'INSERT'
                OR (a.action = 'UPDATE'
                    AND a.new_values ?| ARRAY[{", ".join(f"'{t}'" for t in LEAVE_TERMS)}]::text[]))) THEN
        RETURN true;
    END IF;
    RETURN EXISTS (
        SELECT FROM public.audit_logs AS l
         WHERE l.table_name = 'documents' AND l.user_id = p_user
           AND l.record_id IN (
               SELECT f.id FROM public.dicel_record_files('leave_requests', p_request) AS f(id)));
END
$$"""

APPROVED_BY_ANOTHER_SIGNATURE = "public.dicel_leave_approved_by_another()"
APPROVED_BY_ANOTHER = f"""
CREATE FUNCTION {APPROVED_BY_ANOTHER_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_me uuid := public.dicel_current_user_id();
BEGIN
    -- Migration 0093: no approval by whoever shaped the request (as 0027's for expenses).
    IF v_me IS NOT NULL AND public.dicel_shaped_leave_request(NEW.id, v_me) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW005', MESSAGE = 'changed by its approver',
            DETAIL = json_build_object('id', NEW.id)::text;
    END IF;
    RETURN NEW;
END
$$"""

APPROVED_BY_ANOTHER_TRIGGER = "leave_requests_approved_by_another"
_TRIGGER = (
    f"CREATE TRIGGER {APPROVED_BY_ANOTHER_TRIGGER} BEFORE UPDATE OF status"
    " ON public.leave_requests FOR EACH ROW"
    " WHEN (OLD.status = 'pending' AND NEW.status = 'approved')"
    f" EXECUTE FUNCTION {APPROVED_BY_ANOTHER_SIGNATURE}"
)

LISTING_SIGNATURE = "dicel_leave_requests_to_decide(uuid)"
_LISTING_END = "     ORDER BY r.created_at, r.id;\n"
_LISTING_NOT_SHAPED = (
    "       -- Migration 0093: not one the caller shaped: its approval is not theirs (DW005);\n"
    "       -- they may reject it from its window.\n"
    "       AND NOT public.dicel_shaped_leave_request(r.id, me.user_id)\n"
)


def _definition(signature: str) -> str:
    return execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('public.{signature}'::regprocedure)"
    ).fetchone()[0]


def _listing(*, shaped: bool) -> None:
    """The inbox's listing of leave as the database holds it, with the shaper left out
    or back in. CREATE OR REPLACE keeps its owner and grants."""
    create = _definition(LISTING_SIGNATURE)
    if shaped:
        create = replaced(create, _LISTING_END, _LISTING_NOT_SHAPED + _LISTING_END)
    else:
        create = replaced(create, _LISTING_NOT_SHAPED, "")
    execute_sql(create)


# --------------------------------------------------------------------------- F3: words stay

#: Who could write ``leave_requests.notes`` before (the permission table of 0092):
#: (privilege, group roles). dicel_hr and dicel_admin hold INSERT through dicel_user.
NOTES_GRANTS_BEFORE = (
    ("UPDATE", ("dicel_hr", "dicel_admin")),
    ("INSERT", ("dicel_user",)),
)

#: Migration 0007's lock on a pay period (the registry's ``Lock``): its notes once it is
#: no longer pending. Frozen here; tests/security/test_catalog.py holds it to the registry.
PAYROLL_LOCK = "payroll_periods_locked"
_PAYROLL_STATES = "'status', '{pending}'"
PAYROLL_LOCKED = ("notes",)

# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    # F2. The helper and the trigger's function are dicel_owner's, EXECUTE for nobody.
    create_owned_function(SHAPED, SHAPED_SIGNATURE)
    create_owned_function(APPROVED_BY_ANOTHER, APPROVED_BY_ANOTHER_SIGNATURE)
    execute_sql(_TRIGGER)
    _listing(shaped=True)
    # F3. The grants follow the permission table at head (sync-grants); taken here too,
    # for a database left at this revision.
    for privilege, roles in NOTES_GRANTS_BEFORE:
        execute_sql(f"REVOKE {privilege} (notes) ON public.leave_requests FROM {', '.join(roles)}")
    execute_sql(_0040._lock_trigger(PAYROLL_LOCK, "payroll_periods", _PAYROLL_STATES,
                                    PAYROLL_LOCKED))  # fmt: skip


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {PAYROLL_LOCK} ON public.payroll_periods")
    for privilege, roles in NOTES_GRANTS_BEFORE:
        execute_sql(f"GRANT {privilege} (notes) ON public.leave_requests TO {', '.join(roles)}")
    _listing(shaped=False)
    execute_sql(f"DROP TRIGGER {APPROVED_BY_ANOTHER_TRIGGER} ON public.leave_requests")
    execute_sql(f"DROP FUNCTION {APPROVED_BY_ANOTHER_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {SHAPED_SIGNATURE}")
