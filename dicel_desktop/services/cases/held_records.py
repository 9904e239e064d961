"""What the database holds from the caller on a record, whatever its step: an
administrator's employment, pay, payslip and attendance for anyone who is not one
(DW602-DW605), a holiday already past (DW114), one's own guard record, shift, patrol or
training enrolment (DW012, DW013). Asked before the person tries, so that the window
shows the field read-only or the step disabled, with the database's reason. No Qt here.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import Conflict, DicelError, NotAllowed

_ENDING = sa.text(
    """
    SELECT nullif(concat_ws(' ', u.first_name, u.last_name), ''), u.email
      FROM public.employees e
      JOIN public.users u ON u.id = e.user_id
     WHERE e.id = :id AND u.role = 'admin'
       AND NOT (public.dicel_current_user_id() IS NOT NULL AND public.dicel_has_role('admin'))
    """
)


def _administrator_name(session: Session, employee_id: uuid.UUID) -> str | None:
    """The name of the administrator whose employee record this is, when the caller is
    not an administrator (migrations 0057, 0067); None otherwise."""
    found = session.execute(_ENDING, {"id": employee_id}).one_or_none()
    session.rollback()
    if found is None:
        return None
    name, email = found
    return name or email


def what_stops_ending_employment(session: Session, employee_id: uuid.UUID) -> DicelError | None:
    """Why migration 0057 would refuse the caller Terminate employment… on this employee
    now: their login administers DICEL and the caller is not an administrator (DW602);
    None when nothing does, or the record is not to be read. One read, as the caller."""
    name = _administrator_name(session, employee_id)
    if name is None:
        return None
    return NotAllowed("administrator_employment", name=name, id=str(employee_id))


def what_stops_changing_employment(session: Session, employee_id: uuid.UUID) -> DicelError | None:
    """Why migration 0067 would refuse the caller any other change of this employee's
    status or termination date (on leave, back, suspended, reinstated; the date in the
    form): their login administers DICEL and the caller is not an administrator (DW603);
    None when nothing does, or the record is not to be read. One read, as the caller."""
    name = _administrator_name(session, employee_id)
    if name is None:
        return None
    return NotAllowed("administrator_employment_changed", name=name, id=str(employee_id))


#: The fields of an administrator's employee record only an administrator changes
#: (migrations 0067, 0073: DW603, DW604), shown read-only to anyone else.
ADMINISTRATOR_HELD_FIELDS = frozenset(
    {
        "termination_date",
        "salary",
        "salary_currency",
        "bank_details",
        "tax_info",
        "employment_type",
        "hire_date",
        "position",
        "department_id",
        "supervisor_id",
        "work_location",
    }
)


def what_stops_changing_pay(session: Session, employee_id: uuid.UUID) -> DicelError | None:
    """Why migration 0073 would refuse the caller a change of this employee's pay or
    placement (salary, bank details, department, supervisor ...: ADMINISTRATOR_HELD_FIELDS):
    their login administers DICEL and the caller is not an administrator (DW604); None
    when nothing does, or the record is not to be read. One read, as the caller."""
    name = _administrator_name(session, employee_id)
    if name is None:
        return None
    return NotAllowed("administrator_pay_changed", name=name, id=str(employee_id))


#: What makes an administrator's payslip's pay (migration 0076: DW604).
ADMINISTRATOR_PAYSLIP_FIELDS = frozenset(
    {"employee_id", "basic_salary", "allowances", "deductions", "net_salary"}
)
#: A holiday already past keeps its day (migration 0076: DW114); its name may change.
PAST_HOLIDAY_FIELDS = frozenset({"holiday_date"})

_HELD_ROW = {
    "payroll_records": sa.text("SELECT employee_id FROM public.payroll_records WHERE id = :id"),
    "attendance_records": sa.text(
        "SELECT employee_id, employee_id = public.dicel_current_employee_id()"
        " FROM public.attendance_records WHERE id = :id"
    ),
    "holidays": sa.text(
        "SELECT holiday_date < public.dicel_company_day() FROM public.holidays WHERE id = :id"
    ),
}


#: Whether a record of these tables is the caller's own, asked as the caller, and the
#: refusal the database gives them on it (migration 0095): their own guard record,
#: shift or patrol (DW012), their own training enrolment (DW013).
_GUARD_IS_CALLER = (
    "EXISTS (SELECT FROM public.security_guards AS g"
    " WHERE g.id = t.guard_id AND g.user_id = public.dicel_current_user_id())"
)
_OWN_ROW: dict[str, tuple[str, str]] = {
    "security_guards": ("t.user_id = public.dicel_current_user_id()", "own_guard_record"),
    "security_assignments": (_GUARD_IS_CALLER, "own_guard_record"),
    "patrol_logs": (_GUARD_IS_CALLER, "own_guard_record"),
    "training_enrollments": ("t.employee_id = public.dicel_current_employee_id()", "own_training"),
}
#: The tables whose records may be the caller's own (``what_is_held``).
OWN_RECORD_TABLES = frozenset(_OWN_ROW)


def own_record(session: Session, table: str, record_id: uuid.UUID) -> DicelError | None:
    """The refusal of the caller's own record of ``table`` (migration 0095: DW012,
    DW013), or None when it is someone else's or not to be read."""
    found = _OWN_ROW.get(table)
    if found is None:
        return None
    condition, code = found
    own = session.scalar(
        sa.text(f"SELECT {condition} FROM public.{table} AS t WHERE t.id = :id"), {"id": record_id}
    )
    return NotAllowed(code) if own else None


def what_is_held(
    session: Session, table: str, record_id: uuid.UUID
) -> tuple[frozenset[str] | None, DicelError] | None:
    """Which fields of this record the database refuses the caller (migration 0076), and
    why: an administrator's payslip's pay for anyone but an administrator (DW604); one's
    own attendance (DW011) or an administrator's for anyone else (DW605), the whole
    record (None: every field); a holiday already past, its day (DW114); one's own
    guard record, shift or patrol (DW012) or training enrolment (DW013), the whole
    record (migration 0095). None when nothing is held, or the record is not to be
    read. One or two reads, as the caller."""
    if table in _OWN_ROW:
        try:
            own = own_record(session, table, record_id)
        finally:
            session.rollback()
        return None if own is None else (None, own)
    query = _HELD_ROW.get(table)
    if query is None:
        return None
    found = session.execute(query, {"id": record_id}).one_or_none()
    session.rollback()
    if found is None:
        return None
    if table == "holidays":
        return (PAST_HOLIDAY_FIELDS, Conflict("holiday_past_date_held")) if found[0] else None
    if table == "attendance_records" and found[1]:
        return None, NotAllowed("own_attendance")
    name = _administrator_name(session, found[0]) if found[0] is not None else None
    if name is None:
        return None
    if table == "payroll_records":
        return ADMINISTRATOR_PAYSLIP_FIELDS, NotAllowed(
            "administrator_pay_changed", name=name, id=str(found[0])
        )
    return None, NotAllowed("administrator_attendance", name=name, id=str(found[0]))
