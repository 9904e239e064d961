"""Security in the database: row-level security, the audit log, "my profile", grants.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

* Helpers that name the actor: ``dicel_current_user_id()``,
  ``dicel_current_employee_id()``, ``dicel_direct_report_ids()``, ``dicel_has_role(text)``,
  ``dicel_is_supervisor_of(uuid)``. They read ``session_user`` (which neither SET ROLE nor
  any setting a client may change can alter) and only ``users`` and ``employees``, which
  have no RLS, so a policy calling them never recurses. STABLE SECURITY DEFINER, called
  from policies as ``(SELECT ...)`` so each runs once per statement, not once per row.
* Row-level security, ENABLE and FORCE (the owner is bound too), on the six tables about
  a person. See ``RLS_TABLES`` for who sees and writes which rows.
* ``dicel_audit()``: an AFTER trigger on every business table writes ``audit_logs`` with
  the actor, the action, old and new values (secrets redacted), client address and
  application name. No client role may write audit_logs (sync-grants grants nothing).
* ``dicel_sync_user_from_employee()``: employees is authoritative for position,
  department, hire date, salary and number; a trigger copies them to the linked user.
* ``dicel_my_profile()``: the caller's own users+employees row, sensitive columns
  included (never password_hash).
* Indexes on the columns the policies filter on and on audit_logs(table_name, record_id).
* Ownership of the schema's objects to ``dicel_owner`` and the grants of the permission
  table (``dicel_desktop.db.grants.sync_grants``; migrations/env.py runs it again after
  every upgrade).

Every function is SECURITY DEFINER with ``search_path = pg_catalog, public``, owned by
dicel_owner, and names its tables with their schema.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from alembic import op

from dicel_desktop.db.grants import CLIENT_ROLES, sync_grants
from dicel_desktop.db.migrate import create_owned_function, execute_sql
from dicel_desktop.domain.permissions import SECRET_COLUMNS
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, OWNER_ROLE, Role

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SETTINGS = "SECURITY DEFINER SET search_path = pg_catalog, public"
_ROLE_VALUES = "ARRAY[" + ", ".join(f"'{r.value}'" for r in Role) + "]::text[]"

#: (signature for DROP, CREATE statement). Logins are named by their lower-cased e-mail
#: and DICEL stores e-mails lower-cased (migration 0004), so ``email = session_user``
#: finds the user through the unique index on users.email.
HELPERS: list[tuple[str, str]] = [
    (
        "dicel_current_user_id()",
        f"""
CREATE FUNCTION public.dicel_current_user_id() RETURNS uuid
LANGUAGE sql STABLE {_SETTINGS}
AS $$
    -- A deactivated user's open sessions lose their own rows at once.
    SELECT u.id FROM public.users u
    WHERE u.email = session_user AND coalesce(u.is_active, true)
$$""",
    ),
    (
        "dicel_current_employee_id()",
        f"""
CREATE FUNCTION public.dicel_current_employee_id() RETURNS uuid
LANGUAGE sql STABLE {_SETTINGS}
AS $$
    SELECT e.id FROM public.employees e
    WHERE e.user_id = public.dicel_current_user_id()
$$""",
    ),
    (
        "dicel_direct_report_ids()",
        f"""
CREATE FUNCTION public.dicel_direct_report_ids() RETURNS uuid[]
LANGUAGE sql STABLE {_SETTINGS}
AS $$
    -- An array, so that a policy evaluates it once and matches rows by index
    -- (employee_id = ANY (...)) instead of calling a function per row.
    SELECT coalesce(array_agg(r.id), '{{}}') FROM public.employees r
    WHERE r.supervisor_id = public.dicel_current_employee_id()
$$""",
    ),
    (
        "dicel_has_role(text)",
        f"""
CREATE FUNCTION public.dicel_has_role(p_role text) RETURNS boolean
LANGUAGE sql STABLE {_SETTINGS}
AS $$
    -- session_user, not current_user: SET ROLE cannot lend a login another role's rows.
    -- CASE keeps pg_has_role from being asked about a role that does not exist.
    SELECT CASE WHEN p_role = ANY ({_ROLE_VALUES})
                THEN pg_catalog.pg_has_role(session_user, 'dicel_' || p_role, 'MEMBER')
                ELSE false END
$$""",
    ),
    (
        "dicel_is_supervisor_of(uuid)",
        f"""
CREATE FUNCTION public.dicel_is_supervisor_of(p_employee uuid) RETURNS boolean
LANGUAGE sql STABLE {_SETTINGS}
AS $$
    SELECT EXISTS (SELECT FROM public.employees e
                   WHERE e.id = p_employee
                     AND e.supervisor_id = public.dicel_current_employee_id())
$$""",
    ),
    (
        "dicel_my_profile()",
        f"""
CREATE FUNCTION public.dicel_my_profile()
RETURNS TABLE (user_id uuid, email text, first_name text, last_name text, role text,
               department_id uuid, "position" text, phone text, address text,
               date_of_birth date, hire_date date, emergency_contact jsonb, skills text[],
               certifications text[], profile_image text, employee_id uuid,
               employee_number text, salary numeric, salary_currency text,
               employment_type text, work_location text, supervisor_id uuid,
               bank_details jsonb, tax_info jsonb, employee_status text)
LANGUAGE sql STABLE {_SETTINGS}
AS $$
    -- Only the caller's row, so the hidden columns reach their owner and no one else.
    -- Never password_hash.
    SELECT u.id, u.email, u.first_name, u.last_name, u.role, u.department_id,
           u.position, u.phone, u.address, u.date_of_birth, coalesce(e.hire_date, u.hire_date),
           coalesce(e.emergency_contact, u.emergency_contact), u.skills, u.certifications,
           u.profile_image, e.id, e.employee_number, coalesce(e.salary, u.salary),
           e.salary_currency, e.employment_type, e.work_location, e.supervisor_id,
           e.bank_details, e.tax_info, e.status
    FROM public.users u
    LEFT JOIN public.employees e ON e.user_id = u.id
    WHERE u.email = session_user
$$""",
    ),
]

#: What the audit log never holds in clear.
_SECRETS = "ARRAY[" + ", ".join(f"'{c}'" for c in sorted(SECRET_COLUMNS)) + "]::text[]"

AUDIT_FUNCTION = f"""
CREATE FUNCTION public.dicel_audit() RETURNS trigger
LANGUAGE plpgsql {_SETTINGS}
AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_key text;
    v_record uuid;
BEGIN
    IF TG_OP = 'INSERT' THEN
        v_new := to_jsonb(NEW);
        v_record := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        v_old := to_jsonb(OLD);
        v_record := OLD.id;
    ELSE
        -- An update records only the columns it changed (updated_at is the trigger's
        -- own stamp); one that changed nothing is not logged.
        SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, n.value)
          INTO v_old, v_new
          FROM jsonb_each(to_jsonb(OLD)) o
          JOIN jsonb_each(to_jsonb(NEW)) n ON n.key = o.key
         WHERE o.value IS DISTINCT FROM n.value AND o.key <> 'updated_at';
        IF v_new IS NULL THEN
            RETURN NULL;
        END IF;
        v_record := NEW.id;
    END IF;
    FOREACH v_key IN ARRAY {_SECRETS} LOOP
        IF v_old ? v_key AND jsonb_typeof(v_old -> v_key) <> 'null' THEN
            v_old := jsonb_set(v_old, ARRAY[v_key], '"[redacted]"');
        END IF;
        IF v_new ? v_key AND jsonb_typeof(v_new -> v_key) <> 'null' THEN
            v_new := jsonb_set(v_new, ARRAY[v_key], '"[redacted]"');
        END IF;
    END LOOP;
    INSERT INTO public.audit_logs
        (user_id, action, table_name, record_id, old_values, new_values, ip_address,
         user_agent)
    VALUES (
        -- The actor even if deactivated since; NULL for a superuser or migration.
        (SELECT u.id FROM public.users u WHERE u.email = session_user),
        TG_OP, TG_TABLE_NAME, v_record, v_old, v_new, inet_client_addr(),
        -- DICEL Desktop sets it to "DICEL Desktop/<version> (<os>)".
        nullif(current_setting('application_name', true), ''));
    RETURN NULL;
END
$$"""

SYNC_USER_FUNCTION = f"""
CREATE FUNCTION public.dicel_sync_user_from_employee() RETURNS trigger
LANGUAGE plpgsql {_SETTINGS}
AS $$
BEGIN
    -- employees is authoritative (ARCHITECTURE 4): the linked user shows the same
    -- position, department, hire date, salary and employee number.
    IF NEW.user_id IS NOT NULL THEN
        UPDATE public.users u
           SET position = NEW.position, department_id = NEW.department_id,
               hire_date = NEW.hire_date, salary = NEW.salary,
               employee_id = NEW.employee_number
         WHERE u.id = NEW.user_id
           AND (u.position, u.department_id, u.hire_date, u.salary, u.employee_id)
               IS DISTINCT FROM
               (NEW.position, NEW.department_id, NEW.hire_date, NEW.salary,
                NEW.employee_number);
    END IF;
    RETURN NULL;
END
$$"""

#: Tables whose changes are not audited row by row. system_monitoring receives machine
#: readings at a high rate: auditing each insert would double its writes and bury the
#: human changes; its updates and deletes (pruning) are audited. audit_logs is the log.
AUDIT_INSERTS_SKIPPED = ("system_monitoring",)
NOT_AUDITED = ("audit_logs",)


def _person(column: str) -> str:
    """SQL: the row is about the caller (an employee or, for tickets, a user)."""
    if column == "requester_id":
        return "requester_id = (SELECT public.dicel_current_user_id())"
    return f"{column} = (SELECT public.dicel_current_employee_id())"


def _team(column: str) -> str:
    # The cast makes the subquery a scalar (an array, once per statement), not a set.
    return f"{column} = ANY ((SELECT public.dicel_direct_report_ids())::uuid[])"


def _any_role(roles: Sequence[Role]) -> str:
    return " OR ".join(f"(SELECT public.dicel_has_role('{r.value}'))" for r in roles)


@dataclass(frozen=True)
class RowSecurity:
    """Who sees and who writes the rows of a table about a person."""

    #: The column naming the person: an employees.id, or for tickets a users.id.
    person: str
    #: A supervisor also sees their direct reports' rows.
    team: bool
    #: Roles that read every row.
    readers: tuple[Role, ...]
    #: Roles that may write any row (the grants still decide whether they may write).
    writers: tuple[Role, ...]


_HR_ADMIN = (Role.HR, Role.ADMIN)

RLS_TABLES: dict[str, RowSecurity] = {
    # Compliance audits leave, attendance, training and IT support (read-only).
    "leave_requests": RowSecurity("employee_id", True, (*_HR_ADMIN, Role.COMPLIANCE), _HR_ADMIN),
    "attendance_records": RowSecurity(
        "employee_id", True, (*_HR_ADMIN, Role.COMPLIANCE), _HR_ADMIN
    ),
    # Pay is not a supervisor's business: own payslips only, plus HR, admin and finance
    # (which records the payments).
    "payroll_records": RowSecurity(
        "employee_id", False, (*_HR_ADMIN, Role.FINANCE), (*_HR_ADMIN, Role.FINANCE)
    ),
    "performance_reviews": RowSecurity("employee_id", True, _HR_ADMIN, _HR_ADMIN),
    "training_enrollments": RowSecurity(
        "employee_id", True, (*_HR_ADMIN, Role.COMPLIANCE), _HR_ADMIN
    ),
    # Tickets by requester: one's own; IT works them all.
    "it_support_tickets": RowSecurity(
        "requester_id", False, (Role.IT, Role.ADMIN, Role.COMPLIANCE), (Role.IT, Role.ADMIN)
    ),
}

#: Self-service writes (grants: SELF_SERVICE of the permission table).
SELF_SERVICE_POLICIES: list[tuple[str, str, str]] = [
    # (policy name, table, CREATE POLICY tail)
    (
        "leave_requests_file_own",
        "leave_requests",
        # Filed for oneself, and only as a pending request with no decision on it.
        f"""FOR INSERT WITH CHECK ({_person("employee_id")} AND status = 'pending'
             AND approved_by IS NULL AND approved_date IS NULL)""",
    ),
    (
        "leave_requests_edit_own_pending",
        "leave_requests",
        f"""FOR UPDATE USING ({_person("employee_id")} AND status = 'pending')
             WITH CHECK ({_person("employee_id")} AND status = 'pending'
             AND approved_by IS NULL AND approved_date IS NULL)""",
    ),
    (
        "it_support_tickets_file_own",
        "it_support_tickets",
        # As the requester, and not already assigned or resolved.
        f"""FOR INSERT WITH CHECK ({_person("requester_id")} AND status = 'open'
             AND assigned_to IS NULL AND resolution IS NULL AND resolved_date IS NULL)""",
    ),
]

#: Columns the policies filter on, and the audit log's lookup by record.
INDEXES: list[tuple[str, str, str]] = [
    ("idx_employees_supervisor_id", "employees", "supervisor_id"),
    ("idx_leave_requests_employee_id", "leave_requests", "employee_id"),
    ("idx_attendance_records_employee_id", "attendance_records", "employee_id"),
    ("idx_payroll_records_employee_id", "payroll_records", "employee_id"),
    ("idx_performance_reviews_employee_id", "performance_reviews", "employee_id"),
    ("idx_training_enrollments_employee_id", "training_enrollments", "employee_id"),
    ("idx_it_support_tickets_requester_id", "it_support_tickets", "requester_id"),
    ("idx_audit_logs_table_record", "audit_logs", "table_name, record_id"),
]


def _business_tables() -> list[str]:
    rows = op.get_bind().exec_driver_sql(
        "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
        " AND relkind = 'r' AND relname <> 'alembic_version' ORDER BY relname"
    )
    return [name for (name,) in rows if name not in NOT_AUDITED]


def _policies() -> list[tuple[str, str, str]]:
    policies = []
    for table, rls in RLS_TABLES.items():
        who = [_person(rls.person)]
        if rls.team:
            who.append(_team(rls.person))
        who.append(_any_role(rls.readers))
        policies.append((f"{table}_read", table, f"FOR SELECT USING ({' OR '.join(who)})"))
        writer = _any_role(rls.writers)
        policies.append(
            (f"{table}_write_any", table, f"FOR ALL USING ({writer}) WITH CHECK ({writer})")
        )
    return policies + SELF_SERVICE_POLICIES


def upgrade() -> None:
    # 0002 took every schema right from PUBLIC: the owner needs to reach its own objects
    # (its SECURITY DEFINER functions run as it). No CREATE: migrations create.
    execute_sql(f"GRANT USAGE ON SCHEMA public TO {OWNER_ROLE}")
    for name, table, columns in INDEXES:
        execute_sql(f"CREATE INDEX {name} ON public.{table} ({columns})")

    functions = [*HELPERS, ("dicel_audit()", AUDIT_FUNCTION)]
    functions.append(("dicel_sync_user_from_employee()", SYNC_USER_FUNCTION))
    for signature, create in functions:
        create_owned_function(create, signature)

    for table in _business_tables():
        events = "INSERT OR UPDATE OR DELETE"
        if table in AUDIT_INSERTS_SKIPPED:
            events = "UPDATE OR DELETE"
        execute_sql(
            f"CREATE TRIGGER {table}_audit AFTER {events} ON public.{table}"
            " FOR EACH ROW EXECUTE FUNCTION public.dicel_audit()"
        )
    execute_sql(
        "CREATE TRIGGER employees_sync_user AFTER INSERT OR UPDATE OF user_id, position,"
        " department_id, hire_date, salary, employee_number ON public.employees"
        " FOR EACH ROW EXECUTE FUNCTION public.dicel_sync_user_from_employee()"
    )

    for table in RLS_TABLES:
        execute_sql(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
        # FORCE: the owner (and so every SECURITY DEFINER function) is bound by the
        # policies too, which all name the actor through session_user.
        execute_sql(f"ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY")
    for name, table, tail in _policies():
        execute_sql(f"CREATE POLICY {name} ON public.{table} {tail}")

    sync_grants(op.get_bind())


def downgrade() -> None:
    for name, table, _tail in reversed(_policies()):
        execute_sql(f"DROP POLICY IF EXISTS {name} ON public.{table}")
    for table in RLS_TABLES:
        execute_sql(f"ALTER TABLE public.{table} NO FORCE ROW LEVEL SECURITY")
        execute_sql(f"ALTER TABLE public.{table} DISABLE ROW LEVEL SECURITY")
    execute_sql("DROP TRIGGER IF EXISTS employees_sync_user ON public.employees")
    for table in _business_tables():
        execute_sql(f"DROP TRIGGER IF EXISTS {table}_audit ON public.{table}")
    execute_sql("DROP FUNCTION IF EXISTS public.dicel_sync_user_from_employee()")
    execute_sql("DROP FUNCTION IF EXISTS public.dicel_audit()")
    for signature, _create in reversed(HELPERS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
    for name, _table, _columns in reversed(INDEXES):
        execute_sql(f"DROP INDEX IF EXISTS public.{name}")

    # Back to what 0002 left: no client grants but the schema revision, objects owned by
    # the migrating role.
    everyone = ", ".join(["PUBLIC", *CLIENT_ROLES])
    execute_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}")
    execute_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}")
    execute_sql(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM {everyone}")
    execute_sql(f"GRANT SELECT ON public.alembic_version TO {BASE_GROUP_ROLE}")
    execute_sql(f"REVOKE USAGE ON SCHEMA public FROM {OWNER_ROLE}")
    execute_sql(
        f"""
        DO $$
        DECLARE
            v record;
        BEGIN
            FOR v IN SELECT c.relname, c.relkind FROM pg_class c
                     WHERE c.relnamespace = 'public'::regnamespace
                       AND c.relkind IN ('r', 'v', 'm')
                       AND c.relowner = '{OWNER_ROLE}'::regrole
            LOOP
                EXECUTE format('ALTER TABLE public.%I OWNER TO CURRENT_USER', v.relname);
            END LOOP;
            FOR v IN SELECT c.relname FROM pg_class c
                     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
                       AND c.relowner = '{OWNER_ROLE}'::regrole
            LOOP
                EXECUTE format('ALTER SEQUENCE public.%I OWNER TO CURRENT_USER', v.relname);
            END LOOP;
            FOR v IN SELECT p.oid::regprocedure AS routine FROM pg_proc p
                     WHERE p.pronamespace = 'public'::regnamespace
                       AND p.proowner = '{OWNER_ROLE}'::regrole
            LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO CURRENT_USER', v.routine);
            END LOOP;
        END
        $$"""
    )
