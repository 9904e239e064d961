"""Nobody picks their own approver or moves a filed leave request to someone else; every
login has a connection limit.

Revision ID: 0068
Revises: 0067
Create Date: 2026-12-05

Found with psql in a review, as the demo's real logins:

**HR picked their own leave approver.** An HR officer set the ``supervisor_id`` of their
own employee record to an ordinary colleague, filed leave, and that colleague approved it
(``dicel_decide_leave`` lets the employee's supervisor decide). HR could likewise move
themselves to another department and give themselves another position (both copied to
their ``users`` row), which decide which colleagues' absences they see
(``dicel_team_away``) and which department's budgets and heads are theirs. Migration
0028's DW006 guards one's own pay; the trigger ``employees_no_own_placement`` (BEFORE
UPDATE OF ``supervisor_id``, ``department_id``, ``position``, when one of them changes)
refuses a DICEL login changing them on their own record: ``DW010``, DETAIL ``what``
(``placement``), built from 0028's trigger function. Someone else in HR changes them. HR
making themselves someone's supervisor stays HR's (HR decides any leave anyway), and a
chain of supervisors that comes back to the requester decides nothing for them:
``dicel_decide_leave`` refuses the caller's own request by its login (DW003, 0012),
whoever the supervisors are.

**A filed leave request moved to another employee showed them its first employee's
reason.** HR may correct a leave request (its dates, type, reason), and could also set
its ``employee_id`` to someone else; the second employee then read the request as theirs
and, through ``dicel_record_history``, the INSERT that gave the first employee's reason.
A leave request stays with the employee it was filed for: the trigger
``leave_requests_employee_stays`` refuses a DICEL login changing ``employee_id``
(``DW113``, DETAIL ``id``); a request filed for the wrong person is cancelled or
rejected and filed again for the right one. A superuser repairing data is not asked.

**One login took every connection slot.** Logins were made with ``rolconnlimit = -1``:
one employee opened 95 sessions and even the administrators could not log in.
``dicel_provision_login`` (0004) now makes each login with ``CONNECTION LIMIT`` 20
(``domain.roles.LOGIN_CONNECTION_LIMIT``: two desktops of the same person), and this
revision gives it to every existing DICEL login; ``dicel-admin sync-grants`` (and so
every ``migrate``) puts it back on a login that lost it.

A downgrade gives back 0004's function and unlimited logins, and drops both triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0068"
down_revision: str | None = "0067"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0004 = earlier_revision("0004_provisioning")
_0028 = earlier_revision("0028_no_one_sets_their_own_pay")

# --------------------------------------------------------------------------- DW010

#: What decides who approves one's requests and what one sees: not set by oneself.
OWN_PLACEMENT_COLUMNS: tuple[str, ...] = ("supervisor_id", "department_id", "position")
OWN_PLACEMENT_SIGNATURE = "dicel_refuse_own_placement()"
OWN_PLACEMENT = replaced(
    _0028._refuse_own(
        OWN_PLACEMENT_SIGNATURE,
        "placement",
        "NEW.user_id IS NOT NULL AND NEW.user_id = public.dicel_current_user_id()",
    ),
    "ERRCODE = 'DW006'",
    "ERRCODE = 'DW010'",
)
OWN_PLACEMENT_TRIGGER = (
    "CREATE TRIGGER employees_no_own_placement"
    f" BEFORE UPDATE OF {', '.join(OWN_PLACEMENT_COLUMNS)} ON public.employees FOR EACH ROW"
    " WHEN ("
    + " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in OWN_PLACEMENT_COLUMNS)
    + f") EXECUTE FUNCTION public.{OWN_PLACEMENT_SIGNATURE}"
)

# --------------------------------------------------------------------------- DW113

EMPLOYEE_STAYS_SIGNATURE = "dicel_leave_employee_stays()"
EMPLOYEE_STAYS = f"""
CREATE FUNCTION public.{EMPLOYEE_STAYS_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
BEGIN
    -- Every DICEL session is asked (a deactivated login's too); a superuser is not.
    IF EXISTS (SELECT FROM public.users u WHERE u.email = session_user) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW113',
            MESSAGE = 'a leave request stays with the employee it was filed for',
            DETAIL = json_build_object('id', NEW.id)::text, COLUMN = 'employee_id';
    END IF;
    RETURN NEW;
END
$$"""
EMPLOYEE_STAYS_TRIGGER = (
    "CREATE TRIGGER leave_requests_employee_stays BEFORE UPDATE OF employee_id"
    " ON public.leave_requests FOR EACH ROW"
    " WHEN (OLD.employee_id IS DISTINCT FROM NEW.employee_id)"
    f" EXECUTE FUNCTION public.{EMPLOYEE_STAYS_SIGNATURE}"
)

# --------------------------------------------------------------------------- limit

#: Frozen with this revision (domain.roles.LOGIN_CONNECTION_LIMIT is today's value, which
#: sync-grants applies).
CONNECTION_LIMIT = 20
_UNLIMITED = -1

((_PROVISION_LOGIN, _PROVISION_LOGIN_BODY),) = [
    s for s in _0004._PROVISION_FUNCTIONS if s[0].startswith("dicel_provision_login(")
]
_CREATE_ROLE = "' NOBYPASSRLS INHERIT PASSWORD %L',"


def _provision_login(limit: int, settings: str) -> str:
    body = _PROVISION_LOGIN_BODY
    if limit != _UNLIMITED:
        body = replaced(
            body, _CREATE_ROLE, f"' NOBYPASSRLS INHERIT CONNECTION LIMIT {limit} PASSWORD %L',"
        )
    # CREATE OR REPLACE keeps the provisioner as owner and EXECUTE for dicel_owner only.
    return (
        f"CREATE OR REPLACE FUNCTION public.{_PROVISION_LOGIN} LANGUAGE plpgsql"
        f" SECURITY DEFINER SET search_path = pg_catalog, pg_temp{settings}"
        f" AS $fn${body.format(**_0004._SNIPPETS)}$fn$"
    )


def _limit_logins(limit: int) -> None:
    """Every DICEL login: 0004's test (an e-mail-shaped, non-superuser member of a group
    role; the provisioner, an ADMIN member on PostgreSQL 16, is none)."""
    groups = ", ".join(f"'{g}'" for g in _0004.GROUPS)
    execute_sql(
        f"""
        DO $$
        DECLARE
            v_login text;
        BEGIN
            FOR v_login IN
                SELECT DISTINCT r.rolname FROM pg_catalog.pg_auth_members m
                  JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                  JOIN pg_catalog.pg_roles r ON r.oid = m.member
                 WHERE g.rolname IN ({groups}) AND NOT r.rolsuper
                   AND r.rolname ~ {_0004._SNIPPETS["email_re"]}
                   AND r.rolconnlimit <> {limit}
            LOOP
                EXECUTE format('ALTER ROLE %I CONNECTION LIMIT {limit}', v_login);
            END LOOP;
        END
        $$"""
    )


def _settings() -> str:
    return " SET createrole_self_grant = ''" if _0004._server_version() >= 160000 else ""


def upgrade() -> None:
    create_owned_function(OWN_PLACEMENT, OWN_PLACEMENT_SIGNATURE)
    execute_sql(OWN_PLACEMENT_TRIGGER)
    create_owned_function(EMPLOYEE_STAYS, EMPLOYEE_STAYS_SIGNATURE)
    execute_sql(EMPLOYEE_STAYS_TRIGGER)
    execute_sql(_provision_login(CONNECTION_LIMIT, _settings()))
    _limit_logins(CONNECTION_LIMIT)


def downgrade() -> None:
    _limit_logins(_UNLIMITED)
    execute_sql(_provision_login(_UNLIMITED, _settings()))
    execute_sql("DROP TRIGGER leave_requests_employee_stays ON public.leave_requests")
    execute_sql(f"DROP FUNCTION public.{EMPLOYEE_STAYS_SIGNATURE}")
    execute_sql("DROP TRIGGER employees_no_own_placement ON public.employees")
    execute_sql(f"DROP FUNCTION public.{OWN_PLACEMENT_SIGNATURE}")
