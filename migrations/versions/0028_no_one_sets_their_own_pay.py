"""Nobody sets their own pay or reviews themselves, and a payroll's approver changed none
of its payslips.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-04

Found with psql in stop 19's security review: an HR officer tripled their own salary,
raised the allowances of their own pending payslip from what the run gave to five
million, and then approved the pay period themselves (someone else had run it, the one
thing ``dicel_approve_payroll`` looked at); HR could also file a glowing performance
review of themselves.

* ``DW006`` refuses a DICEL login changing their own salary (``employees``), the
  allowances of their own payslip (``payroll_records``), or writing a performance review
  of themselves (``performance_reviews``): someone else must.
* ``DW005`` (migration 0027) refuses the approval of a pay period to whoever changed the
  allowances of one of its payslips, as for expenses and orders: the reviewer of the
  amounts and their approver are two people.

Triggers, so every path meets them; a superuser loading or repairing data is not a DICEL
login and keeps the values it gives, as everywhere.
"""

from collections.abc import Sequence

from dicel_desktop.db.migrate import SEARCH_PATH, create_owned_function, execute_sql

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _refuse_own(signature: str, what: str, whose: str) -> str:
    """A trigger function refusing the row when ``whose`` is the caller (``what`` names
    it in DETAIL: "salary", "payslip", "review")."""
    return f"""
CREATE FUNCTION public.{signature} RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
BEGIN
    IF {whose} THEN
        RAISE EXCEPTION USING ERRCODE = 'DW006', MESSAGE = 'one''s own {what}',
            DETAIL = json_build_object('what', '{what}')::text;
    END IF;
    RETURN NEW;
END
$$"""


OWN_SALARY = _refuse_own(
    "dicel_refuse_own_salary()",
    "salary",
    "NEW.user_id IS NOT NULL AND NEW.user_id = public.dicel_current_user_id()",
)
OWN_PAYSLIP = _refuse_own(
    "dicel_refuse_own_payslip()",
    "payslip",
    "NEW.employee_id IS NOT NULL AND NEW.employee_id = public.dicel_current_employee_id()",
)
OWN_REVIEW = _refuse_own(
    "dicel_refuse_own_review()",
    "review",
    "NEW.employee_id IS NOT NULL AND NEW.employee_id = public.dicel_current_employee_id()",
)
PERIOD_CHECK = f"""
CREATE FUNCTION public.dicel_payroll_approved_by_another() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
DECLARE
    v_me uuid := public.dicel_current_user_id();
BEGIN
    IF v_me IS NOT NULL AND EXISTS (
        SELECT FROM public.payroll_records r
         WHERE r.pay_period_start = NEW.period_start AND r.pay_period_end = NEW.period_end
           AND public.dicel_changed_by('payroll_records', r.id, v_me,
                                       ARRAY['allowances']::text[])) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW005', MESSAGE = 'changed by its approver',
            DETAIL = json_build_object('id', NEW.id)::text;
    END IF;
    RETURN NEW;
END
$$"""

FUNCTIONS = (
    ("dicel_refuse_own_salary()", OWN_SALARY),
    ("dicel_refuse_own_payslip()", OWN_PAYSLIP),
    ("dicel_refuse_own_review()", OWN_REVIEW),
    ("dicel_payroll_approved_by_another()", PERIOD_CHECK),
)
TRIGGERS = (
    (
        "employees_no_own_salary",
        "employees",
        "BEFORE UPDATE OF salary, salary_currency ON public.employees FOR EACH ROW"
        " WHEN (OLD.salary IS DISTINCT FROM NEW.salary"
        " OR OLD.salary_currency IS DISTINCT FROM NEW.salary_currency)"
        " EXECUTE FUNCTION public.dicel_refuse_own_salary()",
    ),
    (
        "payroll_records_no_own_payslip",
        "payroll_records",
        "BEFORE UPDATE OF allowances ON public.payroll_records FOR EACH ROW"
        " WHEN (OLD.allowances IS DISTINCT FROM NEW.allowances)"
        " EXECUTE FUNCTION public.dicel_refuse_own_payslip()",
    ),
    (
        "performance_reviews_no_own_review",
        "performance_reviews",
        "BEFORE INSERT ON public.performance_reviews FOR EACH ROW"
        " EXECUTE FUNCTION public.dicel_refuse_own_review()",
    ),
    (
        "performance_reviews_no_own_review_change",
        "performance_reviews",
        # A change of what it says, not the stamps of an update that changed nothing.
        "BEFORE UPDATE ON public.performance_reviews FOR EACH ROW"
        " WHEN ((to_jsonb(OLD) - 'updated_at' - 'updated_by')"
        " IS DISTINCT FROM (to_jsonb(NEW) - 'updated_at' - 'updated_by'))"
        " EXECUTE FUNCTION public.dicel_refuse_own_review()",
    ),
    (
        "payroll_periods_approved_by_another",
        "payroll_periods",
        "BEFORE UPDATE OF status ON public.payroll_periods FOR EACH ROW"
        " WHEN (OLD.status = 'pending' AND NEW.status = 'approved')"
        " EXECUTE FUNCTION public.dicel_payroll_approved_by_another()",
    ),
)


def upgrade() -> None:
    for signature, create in FUNCTIONS:
        create_owned_function(create, signature)
    for name, _table, definition in TRIGGERS:
        execute_sql(f"CREATE TRIGGER {name} {definition}")


def downgrade() -> None:
    for name, table, _definition in TRIGGERS:
        execute_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
    for signature, _create in reversed(FUNCTIONS):
        execute_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
