"""A number reads one way, a leaver's pending payslip is run again, and an assignee may
work what they are given.

Revision ID: 0116
Revises: 0115
Create Date: 2026-12-06

Found with psql in a review (/work/reports/psql33b.md), as the demo's real logins:

**A reference turned round** (F1). DW223, DW314 and DW350 read a reference folded
(``dicel_folded``), which removes the invisible characters, U+202E too; the screen obeys
it. "\\u202e140000-6202-OP" passed as no order's number and showed as "PO-2026-000041".
A reference or number a person types (``text_rules.TYPED_IDENTIFIERS``: a movement's and
a ledger entry's reference, tax, account, serial and licence numbers, a department's code)
now holds no character that changes the direction of the text, nor a direction mark
(``text_rules.DIRECTION_IN_IDENTIFIERS``): ``DW022`` as in a reason, COLUMN the column's,
TABLE the table's (trigger ``<table>_no_direction_characters``, function
``dicel_refuse_direction_characters``, on a new row or a changed value: a stored one stays,
counted in a warning). ``dicel_move_stock`` writes its movement through the trigger.

**A leaver paid the whole month** (F2). Terminating or suspending someone after the
month's run left their pending payslip at the full month. Both steps are now refused
while a pending payslip of theirs pays days after their pay stops (after the termination
date; from today for a suspension): ``DW492``, DETAIL ``name``, ``start``, ``end``,
``action``; trigger ``employees_stop_after_pending_payslip``. The run is what the approver
signs: HR cancels the run, takes the step, and runs the month again, so each payslip is
what a run computes.

**An assignee who may work the record** (F3). ``leads``, ``opportunities`` (sales, admin)
and ``risk_assessments`` (risk, admin) took any user as ``assigned_to``. As the case
steps' ``assign`` (DW401, migration 0011): an active login of one of those roles, on a new
row or a changed assignee (trigger ``<table>_assignee_may_work_it``, function
``dicel_assignee_may_work_it(roles...)``; a superuser is not asked; stored ones stay,
counted in a warning).

The downgrade drops the triggers and their functions.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, SEARCH_PATH, create_owned_function, execute_sql

revision: str = "0116"
down_revision: str | None = "0115"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW022": ("a reference or number holding a character that turns the text", ()),
    "DW401": ("an assignee who may not work the record, or inactive", ("roles",)),
    "DW492": (
        "terminating or suspending someone a pending payslip pays past then",
        ("name", "start", "end", "action"),
    ),
}

# --------------------------------------------------------------------------- F1

#: ``text_rules.DIRECTION_IN_IDENTIFIERS`` and ``TYPED_IDENTIFIERS``, frozen.
DIRECTION = r"\u202a-\u202e\u2066-\u2069\u061c\u200e\u200f"
IDENTIFIERS: dict[str, tuple[str, ...]] = {
    "transactions": ("reference_number",),
    "inventory_transactions": ("reference_number",),
    "clients": ("tax_number",),
    "suppliers": ("tax_number",),
    "departments": ("code",),
    "financial_accounts": ("account_number",),
    "it_assets": ("serial_number",),
    "security_guards": ("license_number",),
}
DIRECTION_SIGNATURE = "public.dicel_refuse_direction_characters()"
DIRECTION_FUNCTION = f"""
CREATE FUNCTION {DIRECTION_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {SEARCH_PATH}
AS $$
DECLARE
    v_column text;
    v_new text;
BEGIN
    -- Migration 0116: a reference or number a person types reads one way (DW022, as a
    -- reason): "\\u202e140000-6202-OP" showed as an order's number that no check saw.
    -- TG_ARGV: the columns. Asked of a new value only: a stored one stays.
    FOREACH v_column IN ARRAY TG_ARGV LOOP
        v_new := to_jsonb(NEW) ->> v_column;
        IF v_new ~ '[{DIRECTION}]'
           AND (TG_OP = 'INSERT' OR v_new IS DISTINCT FROM to_jsonb(OLD) ->> v_column) THEN
            RAISE EXCEPTION USING ERRCODE = 'DW022',
                MESSAGE = 'refused: a character that changes the direction of the text',
                DETAIL = '{{}}', SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME,
                COLUMN = v_column;
        END IF;
    END LOOP;
    RETURN NEW;
END
$$"""


def _direction_trigger(table: str, columns: tuple[str, ...]) -> str:
    arguments = ", ".join(f"'{c}'" for c in columns)
    return (
        f"CREATE TRIGGER {table}_no_direction_characters BEFORE INSERT OR UPDATE OF"
        f" {', '.join(columns)} ON public.{table} FOR EACH ROW"
        f" EXECUTE FUNCTION {DIRECTION_SIGNATURE[:-2]}({arguments})"
    )


def _turned(table: str, columns: tuple[str, ...]) -> str:
    where = " OR ".join(f"{c} ~ '[{DIRECTION}]'" for c in columns)
    return f"SELECT count(*) FROM public.{table} WHERE {where}"


# --------------------------------------------------------------------------- F2

STOP_SIGNATURE = "public.dicel_stop_after_pending_payslip()"
STOP_TRIGGER = "employees_stop_after_pending_payslip"
STOP_FUNCTION = f"""
CREATE FUNCTION {STOP_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
SET "TimeZone" = 'Etc/UTC'
AS $$
DECLARE
    v_paid_to date;
    v_slip record;
    v_name text;
BEGIN
    -- Migration 0116: a termination or a suspension after the month's run left the
    -- pending payslip paying the whole month. The run is what the approver signs: HR
    -- cancels it, takes the step, and runs the month again. Paid up to the termination
    -- date; nothing from the day of a suspension.
    v_paid_to := CASE NEW.status WHEN 'terminated' THEN NEW.termination_date
                                 ELSE current_date - 1 END;
    SELECT r.pay_period_start, r.pay_period_end INTO v_slip
      FROM public.payroll_records r
     WHERE r.employee_id = NEW.id AND r.status = 'pending'
       AND r.pay_period_end > v_paid_to
     ORDER BY r.pay_period_start
     LIMIT 1;
    IF FOUND THEN
        SELECT nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), '') INTO v_name
          FROM public.users u WHERE u.id = NEW.user_id;
        RAISE EXCEPTION USING ERRCODE = 'DW492',
            MESSAGE = 'refused: a pending payslip pays this person past then',
            DETAIL = json_build_object(
                'name', coalesce(v_name, NEW.employee_number),
                'start', v_slip.pay_period_start, 'end', v_slip.pay_period_end,
                'action', CASE NEW.status WHEN 'terminated' THEN 'terminate'
                                          ELSE 'suspend' END)::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'status';
    END IF;
    RETURN NEW;
END
$$"""
STOP_TRIGGER_SQL = (
    f"CREATE TRIGGER {STOP_TRIGGER} BEFORE UPDATE OF status ON public.employees FOR EACH ROW"
    " WHEN (OLD.status IS DISTINCT FROM NEW.status"
    " AND NEW.status IN ('terminated', 'suspended'))"
    f" EXECUTE FUNCTION {STOP_SIGNATURE}"
)

# --------------------------------------------------------------------------- F3

#: Who may be given each record (``entry_rules.OFFERED_STATES``' users), frozen.
ASSIGNEES: dict[str, tuple[str, ...]] = {
    "leads": ("sales", "admin"),
    "opportunities": ("sales", "admin"),
    "risk_assessments": ("risk", "admin"),
}
ASSIGNEE_SIGNATURE = "public.dicel_assignee_may_work_it()"
ASSIGNEE_FUNCTION = f"""
CREATE FUNCTION {ASSIGNEE_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
BEGIN
    -- Migration 0116: whom a lead, a deal or a risk is given works it, as a case's
    -- assign step (DW401): an active login of the roles TG_ARGV names. A plain employee
    -- cannot open it, a deactivated login follows nothing up. A superuser is not asked.
    IF public.dicel_current_user_id() IS NULL OR NEW.assigned_to IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.assigned_to IS NOT DISTINCT FROM OLD.assigned_to) THEN
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT FROM public.users u
                    WHERE u.id = NEW.assigned_to AND coalesce(u.is_active, true)
                      AND u.role = ANY (TG_ARGV)) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW401',
            MESSAGE = format('user %s cannot be assigned this record', NEW.assigned_to),
            DETAIL = json_build_object('roles', array_to_string(TG_ARGV, ','))::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'assigned_to';
    END IF;
    RETURN NEW;
END
$$"""


def _assignee_trigger(table: str, roles: tuple[str, ...]) -> str:
    arguments = ", ".join(f"'{r}'" for r in roles)
    return (
        f"CREATE TRIGGER {table}_assignee_may_work_it BEFORE INSERT OR UPDATE OF assigned_to"
        f" ON public.{table} FOR EACH ROW EXECUTE FUNCTION {ASSIGNEE_SIGNATURE[:-2]}({arguments})"
    )


def _not_theirs(table: str, roles: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{r}'" for r in roles)
    return f"""
SELECT count(*) FROM public.{table} t
 WHERE t.assigned_to IS NOT NULL
   AND NOT EXISTS (SELECT FROM public.users u
                    WHERE u.id = t.assigned_to AND coalesce(u.is_active, true)
                      AND u.role IN ({listed}))"""


def upgrade() -> None:
    create_owned_function(DIRECTION_FUNCTION, DIRECTION_SIGNATURE)
    for table, columns in IDENTIFIERS.items():
        turned = execute_sql(_turned(table, columns)).fetchone()[0]
        if turned:
            log.warning(
                "%d %s row(s) hold a character that changes the direction of the text in"
                " %s; they stay, and a new value is asked without it",
                turned,
                table,
                ", ".join(columns),
            )
        execute_sql(_direction_trigger(table, columns))

    create_owned_function(STOP_FUNCTION, STOP_SIGNATURE)
    execute_sql(STOP_TRIGGER_SQL)

    create_owned_function(ASSIGNEE_FUNCTION, ASSIGNEE_SIGNATURE)
    for table, roles in ASSIGNEES.items():
        stray = execute_sql(_not_theirs(table, roles)).fetchone()[0]
        if stray:
            log.warning(
                "%d %s row(s) are assigned to someone who may not work them (not %s, or"
                " inactive); they stay, and the next assignee is one who may",
                stray,
                table,
                " or ".join(roles),
            )
        execute_sql(_assignee_trigger(table, roles))


def downgrade() -> None:
    for table in ASSIGNEES:
        execute_sql(f"DROP TRIGGER {table}_assignee_may_work_it ON public.{table}")
    execute_sql(f"DROP FUNCTION {ASSIGNEE_SIGNATURE}")
    execute_sql(f"DROP TRIGGER {STOP_TRIGGER} ON public.employees")
    execute_sql(f"DROP FUNCTION {STOP_SIGNATURE}")
    for table in IDENTIFIERS:
        execute_sql(f"DROP TRIGGER {table}_no_direction_characters ON public.{table}")
    execute_sql(f"DROP FUNCTION {DIRECTION_SIGNATURE}")
