"""A suspended employee no longer logs in, and no login is linked to one.

Revision ID: 0122
Revises: 0121
Create Date: 2026-12-06

Found with the demo's logins (sus34): only termination turned a login off (trigger
``employees_terminated_loses_login``, migration 0053). HR's Suspend… left the person's
DICEL login active, so someone suspended for cause kept reading what their role reads;
and since 0121 IT may not turn a suspended employee's login back on (DU017), but had to
remember to turn it off.

**Suspension turns the login off**, as termination does: the same trigger, its WHEN
widened to a move into ``suspended`` as well, calling ``dicel_deactivate_login`` (the
open sessions end, the audit log names the HR officer). The last-administrator rule
holds (DW601 from ``users_keep_an_administrator``; HR is refused an administrator's
suspension before that, DW603). Reinstate… does not turn it back on: that is IT's, once
DU017 lifts.

**No login is linked to a suspended employee** (DU018, new). IT's Create login… for a
suspended employee's number (``dicel_create_user``) made a new, active login for
someone whose access HR had just cut. The trigger ``employees_leaver_has_no_login``
(function ``dicel_refuse_leavers_login``, which refuses a terminated one with DU016)
now refuses it too, DETAIL ``employee`` (their number). A superuser is not asked.

**The upgrade turns off the logins of those already suspended**, as their suspension
now would, except an administrator's: the upgrade takes no administrator away behind
anyone's back (it could be the last one); an administrator turns that one off.

The function is changed as the database holds it (pg_get_functiondef, as 0121). A
downgrade gives the trigger its WHEN and the function its text back; logins the upgrade
or a suspension turned off stay off (IT turns them on once the person is reinstated).
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import execute_sql, replaced

revision: str = "0122"
down_revision: str | None = "0121"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DU018": ("a login linked to a suspended employee", ("employee",)),
}

#: The trigger function 0053 wrote; its name stays (it is the one trigger for both).
LOSES_LOGIN_SIGNATURE = "public.dicel_terminated_employee_loses_login()"

_TRIGGER = (
    "CREATE TRIGGER employees_terminated_loses_login AFTER UPDATE OF status"
    " ON public.employees FOR EACH ROW WHEN ({when})"
    f" EXECUTE FUNCTION {LOSES_LOGIN_SIGNATURE}"
)
#: 0053's WHEN: a move into terminated.
WHEN_0053 = (
    "NEW.status = 'terminated' AND OLD.status IS DISTINCT FROM 'terminated'"
    " AND NEW.user_id IS NOT NULL"
)
#: And now a move into suspended (from active or on leave; reinstated is active).
WHEN = (
    "NEW.status IN ('terminated', 'suspended') AND OLD.status IS DISTINCT FROM NEW.status"
    " AND NEW.user_id IS NOT NULL"
)

_LINK_TERMINATED = """\
    ELSIF NEW.status = 'terminated' AND NEW.user_id IS NOT NULL THEN
        v_number := NEW.employee_number;
"""
_LINK_SUSPENDED = """\
    -- Migration 0122: nor to a suspended one: their login is off until HR reinstates them.
    ELSIF NEW.status = 'suspended' AND NEW.user_id IS NOT NULL THEN
        RAISE EXCEPTION 'no login is linked to a suspended employee'
            USING ERRCODE = 'DU018',
                  DETAIL = json_build_object('employee', NEW.employee_number)::text;
"""

#: Suspended employees whose login is still on, but for an administrator's.
_STILL_ON = """
SELECT public.dicel_deactivate_login(u.id)
  FROM public.employees e
  JOIN public.users u ON u.id = e.user_id
 WHERE e.status = 'suspended' AND coalesce(u.is_active, true) AND u.role <> 'admin'
"""


def _trigger(when: str) -> None:
    execute_sql("DROP TRIGGER employees_terminated_loses_login ON public.employees")
    execute_sql(_TRIGGER.format(when=when))


def _leavers_login(*, changed: bool) -> None:
    create = execute_sql(
        "SELECT pg_catalog.pg_get_functiondef('public.dicel_refuse_leavers_login()'::regprocedure)"
    ).fetchone()[0]
    if changed:
        create = replaced(create, _LINK_TERMINATED, _LINK_TERMINATED + _LINK_SUSPENDED)
    else:
        create = replaced(create, _LINK_TERMINATED + _LINK_SUSPENDED, _LINK_TERMINATED)
    execute_sql(create)


def upgrade() -> None:
    _trigger(WHEN)
    _leavers_login(changed=True)
    execute_sql(_STILL_ON)


def downgrade() -> None:
    _leavers_login(changed=False)
    _trigger(WHEN_0053)
