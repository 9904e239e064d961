"""Tickets and cases move on through their steps (domain/case_flows.py). No Qt here.

Each step is one call of its database function (``dicel_resolve_it_ticket`` ...) in a
transaction of its own, committed (``services.units.call_function``): the function
checks who may take it and from which state, and refuses with a SQLSTATE and data.
This module puts the data of the common refusals into the step's words ("Already put
on hold by Jean Mugabo at 10:42.", "This IT ticket is cancelled: it can no longer be
resolved.") so that a script and the window read the same sentences.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.db.models.core import User
from dicel_desktop.domain.amounts import Amount
from dicel_desktop.domain.case_flow_model import Stamp
from dicel_desktop.domain.case_flows import FLOWS, Asks, Step, deciders_in_words, flow_of
from dicel_desktop.domain.entry_rules import (
    ASKED_DAY_ONCE_BEGUN,
    LONGEST_SPANS,
    OFFERED_STATES,
    POSTING_MOVES_ON,
    SETTLED_ONCE_BEGUN,
    STEP_NEEDS,
    STEP_NEEDS_ONE_OF,
)
from dicel_desktop.domain.errors import Conflict, DicelError, InvalidInput, NotAllowed
from dicel_desktop.domain.guard_duty import GUARD_DUTY_TABLES, GUARD_OFF_DUTY, GUARD_TAKING_STATES
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import words as state_words
from dicel_desktop.services import leaving, records, users
from dicel_desktop.services.db_error_words import field_words, fields_one_of, table_words
from dicel_desktop.services.db_errors import (
    ASSIGNEE_DECISIONS,
    LATE_STEPS,
    LATE_STEPS_BY_STATE,
    NOT_BEGUN_STEPS,
    POSTINGS_NOT_TAKING,
    PROGRAMMES_CLOSED,
)
from dicel_desktop.services.form_rules import lasts_too_long
from dicel_desktop.services.units import call_function

__all__ = [
    "STOPPABLE_STEPS",
    "Assignee",
    "assign",
    "assignable_people",
    "filed_by_caller",
    "resolve",
    "saved_before",
    "take_step",
    "what_stops_changing_employment",
    "what_stops_changing_pay",
    "what_stops_ending_employment",
    "what_stops_step",
    "write_and_take_step",
]


@dataclass(frozen=True)
class Assignee:
    """Someone a record may be assigned to."""

    user_id: uuid.UUID
    name: str
    role: Role


def take_step(
    session: Session,
    table: str,
    action: str,
    record_id: uuid.UUID,
    *,
    assignee: uuid.UUID | None = None,
    resolution: str | None = None,
    reason: str | None = None,
    days: Mapping[str, dt.date | None] | None = None,
    shown: dt.datetime | None = None,
    note: str | None = None,
    amounts: Mapping[str, Decimal | None] | None = None,
) -> users.SessionsLeftOpen | None:
    """Take the step ``action`` of ``table``'s flow on one record, as the session's login.

    ``assignee`` for a step that asks whom (assign), ``resolution`` for one that asks
    how it was resolved, ``reason`` for one that asks why (a write-off), ``note`` for one
    that asks what was said or done (a complaint answered, a case recovered), ``days``
    (column -> day) for one that asks days (a policy's next review date when it is
    approved), ``amounts`` (column -> amount) for one that asks amounts (how much of a
    case came back, migration 0106), ``shown`` for a decision four eyes take
    (``Step.decided_by_another``: the record's version the person was shown,
    ``Record.version``; a change since by someone else refuses it, migration 0078);
    refused with a DicelError in the step's words. A
    step that turns a login off then ends its sessions: if that fails, the step stands
    and says so (``SessionsLeftOpen``; None when nothing was left open).
    """
    flow = flow_of(table)
    step = flow.step(action)
    params: dict[str, object] = {"record_id": record_id}
    arguments = ":record_id"
    if step.asks is Asks.ASSIGNEE:
        params["assignee"] = assignee
        arguments += ", :assignee"
    elif step.asks is Asks.RESOLUTION:
        params["text"] = resolution
        arguments += ", :text"
    elif step.asks is Asks.REASON:
        params["text"] = reason
        arguments += ", :text"
    elif step.asks is Asks.NOTE:
        params["text"] = note
        arguments += ", :text"
    for column in step.asked_amounts:
        params[f"a_{column}"] = (amounts or {}).get(column)
        arguments += f", CAST(:a_{column} AS numeric)"
    for column in step.asked_dates:
        params[f"d_{column}"] = (days or {}).get(column)
        arguments += f", CAST(:d_{column} AS date)"
    if step.decided_by_another:
        params["shown"] = shown
        arguments += ", CAST(:shown AS timestamptz)"
    statement = f"SELECT public.{flow.function(step)}({arguments})"
    try:
        call_function(session, statement, params, table=table)
    except DicelError as error:
        worded = _in_words(error, step, about_employee=flow.subject is not None)
        if worded is error:
            raise
        raise worded from error
    if (table, action) in _TURNS_A_LOGIN_OFF:
        return _end_login_sessions(session, record_id)
    return None


def write_and_take_step(
    session: Session,
    table: str,
    role: Role | str,
    action: str,
    record_id: uuid.UUID,
    *,
    version: dt.datetime | None,
    texts: Mapping[str, str],
    assignee: uuid.UUID | None = None,
    resolution: str | None = None,
    reason: str | None = None,
    days: Mapping[str, dt.date | None] | None = None,
    shown: dt.datetime | None = None,
    note: str | None = None,
    amounts: Mapping[str, Decimal | None] | None = None,
) -> users.SessionsLeftOpen | None:
    """Save ``texts`` on the record (what the step requires written first: an audit's
    findings, typed in the step's dialog), over the ``version`` the person saw, then
    take the step. The text stays saved if the step is then refused: it was written,
    and the refusal carries the record as saved (:func:`saved_before`), whose version
    the person's next try, or their window's Save, goes over."""
    saved = records.save_record(
        session, table=table, role=role, record_id=record_id, version=version, changes=texts
    )
    try:
        return take_step(
            session,
            table,
            action,
            record_id,
            assignee=assignee,
            resolution=resolution,
            reason=reason,
            days=days,
            shown=shown,
            note=note,
            amounts=amounts,
        )
    except DicelError as error:
        error.saved_record = saved  # type: ignore[attr-defined]
        raise


def saved_before(refusal: DicelError) -> records.Record | None:
    """The record as :func:`write_and_take_step` saved it before its step was refused;
    None when the refusal saved nothing."""
    saved = getattr(refusal, "saved_record", None)
    return saved if isinstance(saved, records.Record) else None


#: Steps that turn a login off (migration 0053): once committed, the sessions it opened
#: meanwhile are ended in a transaction of their own (migration 0058).
_TURNS_A_LOGIN_OFF = frozenset({("employees", "terminate")})
_LOGIN_OF_EMPLOYEE = sa.text(
    "SELECT u.email FROM public.employees e JOIN public.users u ON u.id = e.user_id"
    " WHERE e.id = :id"
)


def _end_login_sessions(session: Session, employee_id: uuid.UUID) -> users.SessionsLeftOpen | None:
    """After the step committed: its failure is the step's warning, not its refusal."""
    email = None

    def end() -> None:
        nonlocal email
        email = session.scalar(_LOGIN_OF_EMPLOYEE, {"id": employee_id})
        if email is not None:
            users.end_sessions(session.connection(), email=email)
        session.commit()

    left_open = users.end_sessions_after_commit(end, email=f"employee {employee_id}")
    if left_open is not None:
        with contextlib.suppress(Exception):  # a cut connection cannot roll back either
            session.rollback()
        return users.SessionsLeftOpen(email or "", left_open.error)
    return None


def assign(session: Session, table: str, record_id: uuid.UUID, assignee: uuid.UUID) -> None:
    """Assign a ticket or case to ``assignee`` (it is then in progress)."""
    take_step(session, table, "assign", record_id, assignee=assignee)


def resolve(session: Session, table: str, record_id: uuid.UUID, resolution: str) -> None:
    """Resolve a ticket or incident, saying how."""
    take_step(session, table, "resolve", record_id, resolution=resolution)


def assignable_people(session: Session, table: str) -> list[Assignee]:
    """The active users a record of ``table`` may be assigned to (its workers' roles),
    by name. Public columns of users only: everyone may ask."""
    roles = [r.value for r in flow_of(table).workers]
    rows = session.execute(
        sa.select(User.id, User.first_name, User.last_name, User.role)
        .where(User.role.in_(roles), sa.func.coalesce(User.is_active, sa.true()))
        .order_by(User.first_name, User.last_name, User.id)
    ).all()
    session.rollback()
    return [Assignee(r.id, f"{r.first_name} {r.last_name}", Role(r.role)) for r in rows]


def filed_by_caller(session: Session, table: str, record_id: uuid.UUID) -> bool:
    """Whether the caller filed this record (the requester of its flow), or is the
    employee it is about (its subject): a requester's steps are theirs on it. Asked for
    roles that read the records of others too (compliance reads every IT ticket, a
    supervisor their team's reviews); the step's function checks it again."""
    flow = flow_of(table)
    if not flow.has_requester:
        return False
    filed = session.scalar(
        sa.text(
            f"SELECT EXISTS (SELECT FROM public.{table} AS t WHERE t.id = :id"
            f" AND {flow.requester_user('t')} = public.dicel_current_user_id())"
        ),
        {"id": record_id},
    )
    session.rollback()
    return bool(filed)


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


def _own_record(session: Session, table: str, record_id: uuid.UUID) -> DicelError | None:
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
            own = _own_record(session, table, record_id)
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


def _budget_recall_stopped(session: Session, record_id: uuid.UUID) -> DicelError | None:
    """A line with spending does not go back to draft (migration 0056, DW334)."""
    charged = session.scalar(
        sa.text("SELECT coalesce(spent_amount, 0) FROM public.budgets WHERE id = :id"),
        {"id": record_id},
    )
    if not charged:
        return None
    # Budgets are kept in RWF (migration 0014).
    return Conflict(
        "budget_draft_uncharged", amount=Amount.parse(charged, "RWF") or charged, currency="RWF"
    )


_OWN_CHANGE = {
    "change": ("case_own_change_decision", "DW411"),
    "move": ("case_own_move_decision", "DW412"),
}


def _own_change_stops(table: str, step: Step) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A decision four eyes take (``Step.decided_by_another``, migration 0078): the
    caller's own change of the record since it was last decided stops it (DW411, DW412),
    as the step's function finds it (``dicel_own_change_to_decide``); for a step
    ``not_by_assignee`` (a write-off, an asset's loss or disposal), so does being the
    record's assignee (DW415)."""
    flow = flow_of(table)

    def _assignee_stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        # Nor the one working it (Step.not_by_assignee, DW415, migration 0087).
        if not step.not_by_assignee or flow.kept_by is None:
            return None
        working = session.execute(
            sa.text(
                f"SELECT t.{flow.kept_by} = public.dicel_current_user_id()"
                f" FROM public.{flow.table} AS t WHERE t.id = :id"
            ),
            {"id": record_id},
        ).scalar()
        if not working:
            return None
        # The database's DW415 in its words for this table (an asset's holder, 0096).
        code = ASSIGNEE_DECISIONS.get(table, "case_assignee_decision")
        return NotAllowed(code, action=step.done)

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        found = session.execute(
            sa.text(
                "SELECT o.what, o.at, o.state FROM public.dicel_own_change_to_decide("
                " :table, :id, CAST(:sources AS text[]), :decided) AS o"
            ),
            {
                "table": table,
                "id": record_id,
                "sources": list(step.sources),
                "decided": step.target,
            },
        ).one_or_none()
        if found is None:
            return _assignee_stops(session, record_id)
        what, at, state = found
        code = _OWN_CHANGE.get(what)
        if code is None:
            return _assignee_stops(session, record_id)
        return NotAllowed(
            code[0],
            **table_words(flow.table),
            at=at.astimezone().strftime("%Y-%m-%d %H:%M") if at is not None else "",
            state=state_words(state or ""),
            action=step.done,
        )

    return stops


def _own_record_stops(table: str) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """Every step on one's own guard record, shift, patrol or enrolment (migration 0095:
    DW012, DW013)."""

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        return _own_record(session, table, record_id)

    return stops


def _moment_stops(
    table: str,
    step: Step,
    columns: tuple[str, ...],
    passed: bool,
    code: str,
    by_state: Mapping[tuple[str, str], str] | None = None,
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A step refused by a moment of the record, by the database's clock, in the words
    the step's refusal has: one still ahead (``passed`` False, DW407: a patrol ended
    before its start, migration 0056; a shift started or completed before it begins,
    0095), or one passed (``passed``, DW432, ``Step.not_after``: a shift cancelled after
    its end, 0105); ``by_state``'s sentence for the record's state where it has one."""
    compared = "<=" if passed else ">"

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        for column in columns:
            found = session.execute(
                sa.text(
                    f"SELECT t.{column}, t.status FROM public.{table} AS t"
                    f" WHERE t.id = :id AND t.{column} {compared} now()"
                ),
                {"id": record_id},
            ).first()
            if found is not None:
                at, state = found
                return Conflict(
                    (by_state or {}).get((table, state), code),
                    **table_words(table),
                    **field_words(table, column),
                    action=step.done,
                    at=at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
        return None

    return stops


#: The enrolment states its programme must have started for (migration 0095's
#: ``TAKING_STATES``, DW419).
ENROLMENT_WAITS_FOR_PROGRAMME = frozenset({"in_progress", "completed"})
#: The programme state of a course over, and the enrolment states an enrolment of it is
#: still taken into: HR completes the programme, then records each person's result
#: (migration 0110, which freezes both; DW441 for any other step there).
PROGRAMME_OVER = "completed"
RECORDED_ONCE_OVER = frozenset({"completed"})
_PROGRAMME_LINK = ("training_enrollments", "training_program_id")
#: The programme's state column, and the states an enrolment is made or taken in
#: (DW441, migration 0107): the picker's (``entry_rules.OFFERED_STATES``).
_PROGRAMME, _OPEN_PROGRAMME = OFFERED_STATES[_PROGRAMME_LINK]
_ENROLMENT_PROGRAMME = sa.text(
    f"""
    SELECT p.title, p.{_PROGRAMME}, p.start_date, p.end_date,
           p.start_date > public.dicel_company_day() AS ahead,
           e.hire_date, e.termination_date,
           coalesce(nullif(concat_ws(' ', u.first_name, u.last_name), ''), e.employee_number)
      FROM public.training_enrollments AS t
      LEFT JOIN public.training_programs AS p ON p.id = t.training_program_id
      LEFT JOIN public.employees AS e ON e.id = t.employee_id
      LEFT JOIN public.users AS u ON u.id = e.user_id
     WHERE t.id = :id
    """
)


def _programme_stops(target: str) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """An enrolment started or completed (``target``) in no programme (DW440), in one
    cancelled, or started in one completed (DW441, migrations 0107, 0110: completed it is
    still recorded), one scheduled or starting on a day ahead (DW419, migration 0095), or
    of someone hired after it ended or who left before it started (DW442): in the
    trigger's order and words."""
    recorded = target in RECORDED_ONCE_OVER

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        return _programme_refusal(session, record_id, recorded)

    return stops


def _programme_refusal(session: Session, record_id: uuid.UUID, recorded: bool) -> DicelError | None:
    found = session.execute(_ENROLMENT_PROGRAMME, {"id": record_id}).one_or_none()
    if found is None:
        return None
    title, state, start, end, ahead, hired, left, name = found
    if title is None:
        return InvalidInput("field_required", **field_words(*_PROGRAMME_LINK))
    if state not in _OPEN_PROGRAMME and not (state == PROGRAMME_OVER and recorded):
        return Conflict(
            PROGRAMMES_CLOSED.get((_PROGRAMME_LINK[0], state), "training_closed"),
            program=title,
            state=state_words(state),
        )
    if state == "scheduled" and not ahead:
        return Conflict("training_not_started", program=title)
    if ahead:
        return Conflict("training_starts_later", program=title, day=start.isoformat())
    if hired is not None and end is not None and hired > end:
        return InvalidInput(
            "training_hired_after",
            name=name,
            program=title,
            date=hired.isoformat(),
            end=end.isoformat(),
        )
    if left is not None and start is not None and left < start:
        return InvalidInput(
            "training_left_before",
            name=name,
            program=title,
            date=left.isoformat(),
            start=start.isoformat(),
        )
    return None


def _field_needed_stops(
    table: str, column: str, step: Step
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A step into a state the record needs ``column`` for while it is empty (DW443,
    migration 0107: a shift started or completed with no guard, a case marked recovered
    or written off with no start date), in the words of the database's refusal."""
    empty = sa.text(f"SELECT t.{column} IS NULL FROM public.{table} AS t WHERE t.id = :id")

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        if not session.scalar(empty, {"id": record_id}):
            return None
        return Conflict(
            "case_field_missing",
            **table_words(table),
            **field_words(table, column),
            action=step.done,
            flow_table=table,
        )

    return stops


def _nothing_said_stops(
    table: str, columns: tuple[str, ...], step: Step
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A step into a state the record says something for in one of ``columns`` while
    each is empty or blank (DW493, migration 0118: an empty review shared), in the words
    of the database's refusal."""
    said = " OR ".join(f"nullif(btrim(t.{c}::text), '') IS NOT NULL" for c in columns)
    nothing = sa.text(f"SELECT NOT ({said}) FROM public.{table} AS t WHERE t.id = :id")

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        if not session.scalar(nothing, {"id": record_id}):
            return None
        return Conflict(
            "case_says_nothing",
            **table_words(table),
            **field_words(table, columns[0]),
            fields=fields_one_of(table, columns),
            action=step.done,
            flow_table=table,
        )

    return stops


def _not_begun_stops(
    table: str, earlier: str, step: Step
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A step that settles the record today while its ``earlier`` day is still ahead
    (DW444, migration 0111: a case written off before its start date), in the words of
    the database's refusal; today is the company's day, as the step writes it."""
    ahead = sa.text(
        f"SELECT t.{earlier}, public.dicel_company_day() FROM public.{table} AS t"
        f" WHERE t.id = :id AND t.{earlier} > public.dicel_company_day()"
    )

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        found = session.execute(ahead, {"id": record_id}).one_or_none()
        if found is None:
            return None
        return Conflict(
            NOT_BEGUN_STEPS.get((table, step.done), "case_not_begun"),
            **table_words(table),
            **field_words(table, earlier),
            action=step.done,
            date=found[0].isoformat(),
            today=found[1].isoformat(),
            flow_table=table,
        )

    return stops


#: What a step stamping a moment writes there (``case_functions.body._stamped``, before the
#: floor a start puts under it, which DW407 asks first): now, or the earlier of now and
#: the moment written before.
_STAMPED_NOW = {
    Stamp.NOW: "now()",
    Stamp.BY_NOW: "least(coalesce(t.{column}, now()), now())",
}


def _span_stops(
    table: str, end: str, how: Stamp
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A step that stamps the end of a row lasting at most some hours, where the end it
    writes is too far from the start (DW446, migration 0111: a patrol left open for more
    than a day, then completed), in the words of the database's refusal: the trigger
    asks the end the step writes, when it differs from the stored one."""
    start, most = LONGEST_SPANS[(table, end)]
    written = _STAMPED_NOW[how].format(column=end)
    too_long = sa.text(
        f"""
        SELECT t.{start}, w.at FROM public.{table} AS t
         CROSS JOIN LATERAL (SELECT {written} AS at) AS w
         WHERE t.id = :id AND w.at - t.{start} > make_interval(hours => {most})
           AND w.at IS DISTINCT FROM t.{end}
        """
    )

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        found = session.execute(too_long, {"id": record_id}).one_or_none()
        return None if found is None else lasts_too_long(table, *found)

    return stops


#: The steps a guard who is suspended or inactive is not taken through (migration 0095's
#: trigger ``<table>_to_an_active_guard``: a step into these states, DW417, DW418): a
#: shift started or completed, a patrol completed (``domain.guard_duty``).
GUARD_ON_DUTY_STATES = dict.fromkeys(GUARD_DUTY_TABLES, GUARD_TAKING_STATES)
#: The guard's state and name (their number when the record has no login), read under
#: the caller's rights: security reads its guards.
_GUARD_OFF_DUTY = {
    table: sa.text(
        f"""
        SELECT g.status,
               coalesce(nullif(concat_ws(' ', u.first_name, u.last_name), ''), g.guard_number)
          FROM public.{table} AS t
          JOIN public.security_guards AS g ON g.id = t.guard_id
          LEFT JOIN public.users AS u ON u.id = g.user_id
         WHERE t.id = :id AND g.status IN ({", ".join(f"'{s}'" for s in GUARD_OFF_DUTY)})
        """
    )
    for table in GUARD_ON_DUTY_STATES
}


def _guard_off_duty_stops(table: str) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """A shift started or completed, or a patrol completed, for a guard who is suspended
    or inactive (migration 0095: DW417, DW418), in the words of the database's refusal:
    the window does not offer Start…/Mark completed… on them (psql29b: it offered them,
    then said why not)."""

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        found = session.execute(_GUARD_OFF_DUTY[table], {"id": record_id}).one_or_none()
        if found is None:
            return None
        state, guard = found
        code = "guard_suspended" if state == "suspended" else "guard_inactive"
        return Conflict(code, guard=guard)

    return stops


#: The candidate states a step moves on into, asked of the posting (DW463, migration
#: 0115; the trigger's ``FORWARD``); rejected and withdrawn are not.
CANDIDATE_MOVES_ON = frozenset({"screening", "interview", "offered", "hired"})
_CANDIDATE_POSTING = sa.text(
    """
    SELECT j.title, j.status
      FROM public.candidates AS c
      JOIN public.job_postings AS j ON j.id = c.job_posting_id
     WHERE c.id = :id
    """
)


def _posting_stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
    """A candidate moved on on a posting that is a draft, filled or cancelled (DW463,
    migration 0115; one of no posting is not asked), in the words of the database's refusal: the
    window does not offer the step there (it offered Hire… on a cancelled posting)."""
    found = session.execute(_CANDIDATE_POSTING, {"id": record_id}).one_or_none()
    if found is None:
        return None
    title, state = found
    if state in POSTING_MOVES_ON:
        return None
    return Conflict(
        POSTINGS_NOT_TAKING.get(("candidates", state), "posting_not_taking"),
        posting=title,
        state=state_words(state),
    )


_POSTING_CLOSED = sa.text(
    """
    SELECT closing_date, public.dicel_company_day()
      FROM public.job_postings
     WHERE id = :id AND closing_date < public.dicel_company_day()
    """
)


def _posting_closed_stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
    """A posting published or resumed once its closing date has passed (DW502, migration
    0119), in the database's words, before the click: the step was offered and refused."""
    found = session.execute(_POSTING_CLOSED, {"id": record_id}).one_or_none()
    if found is None:
        return None
    closing, today = found
    return Conflict(
        "posting_opened_after_closing", date=closing.isoformat(), today=today.isoformat()
    )


_HOLDER_GONE = sa.text(
    """
    SELECT coalesce(nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email)
      FROM public.it_assets a JOIN public.users u ON u.id = a.assigned_to
     WHERE a.id = :id AND NOT coalesce(u.is_active, true)
    """
)


def _holder_gone_stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
    """An asset back in service to a holder whose login is deactivated (DW499, migration
    0124: sent to repair while held), before the click (eye34 #4)."""
    name = session.execute(_HOLDER_GONE, {"id": record_id}).scalar_one_or_none()
    if name is None:
        return None
    return InvalidInput("asset_back_to_inactive_holder", name=name)


def _first_of(
    *checks: Callable[[Session, uuid.UUID], DicelError | None],
) -> Callable[[Session, uuid.UUID], DicelError | None]:
    """The first refusal of ``checks``, asked in order (the database's order)."""

    def stops(session: Session, record_id: uuid.UUID) -> DicelError | None:
        for check in checks:
            found = check(session, record_id)
            if found is not None:
                return found
        return None

    return stops


#: The steps whose database refusal depends on more than the record's state, with what
#: asks it (``what_stops_step``).
_STOPS = {
    ("budgets", "recall"): _budget_recall_stopped,
    # HR may not end an administrator's employment (DW602, migration 0057), nor change
    # its status otherwise (DW603, migration 0067).
    # And neither while a pending payslip pays the person past the day their pay stops
    # (DW492, migration 0116): the run is cancelled first (services.leaving).
    ("employees", "terminate"): _first_of(
        what_stops_ending_employment, leaving.pending_payslip_stops("terminate")
    ),
    ("employees", "start_leave"): what_stops_changing_employment,
    ("employees", "end_leave"): what_stops_changing_employment,
    ("employees", "suspend"): _first_of(
        what_stops_changing_employment, leaving.pending_payslip_stops("suspend")
    ),
    ("employees", "reinstate"): what_stops_changing_employment,
    # A posting opens only before it closes (DW502, migration 0119).
    ("job_postings", "publish"): _posting_closed_stops,
    ("job_postings", "resume"): _posting_closed_stops,
    # Nor does an asset go back into service with a deactivated holder (DW499, 0124).
    ("it_assets", "return_to_service"): _holder_gone_stops,
}
# Whoever changed a record, or brought it to a decision four eyes take, is not the one
# to take it (DW411, DW412, migration 0078).
_STOPS.update(
    {
        (flow.table, step.action): _own_change_stops(flow.table, step)
        for flow in FLOWS.values()
        for step in flow.steps
        if step.decided_by_another
    }
)


def _more_stops() -> None:
    """One's own guard record, shift, patrol or enrolment (DW012, DW013), asked first as
    the triggers refuse it before anything else; a moment still ahead (DW407), or one
    passed (DW432); an enrolment's programme not begun, closed, or run while its
    employee was not employed (DW419, DW440-DW442); a guard suspended or inactive
    (DW417, DW418); a field the new state needs, empty (DW443), or all of those it needs
    one of (DW493); a day still ahead of the
    one the step writes (DW444); an end stamped too far from the start (DW446)."""
    for flow in FLOWS.values():
        for step in flow.steps:
            checks = []
            if flow.table in _OWN_ROW:
                checks.append(_own_record_stops(flow.table))
            if step.floors:
                checks.append(_moment_stops(flow.table, step, step.floors, False, "case_too_early"))
            if step.not_after:
                checks.append(
                    _moment_stops(
                        flow.table,
                        step,
                        step.not_after,
                        True,
                        LATE_STEPS.get(flow.table, "case_too_late"),
                        LATE_STEPS_BY_STATE,
                    )
                )
            if (
                flow.table == "training_enrollments"
                and step.target in ENROLMENT_WAITS_FOR_PROGRAMME
            ):
                checks.append(_programme_stops(step.target))
            if flow.table == "candidates" and step.target in CANDIDATE_MOVES_ON:
                checks.append(_posting_stops)
            if step.target in GUARD_ON_DUTY_STATES.get(flow.table, ()):
                # After the moment (the function asks DW407 before its UPDATE meets
                # the trigger).
                checks.append(_guard_off_duty_stops(flow.table))
            key = (flow.table, step.action)
            if key in _STOPS:
                checks.append(_STOPS[key])
            # Last: the UPDATE meets it, after what the function asks first (a write-off's
            # four eyes).
            checks += [
                _field_needed_stops(flow.table, column, step)
                for (table, column), states in STEP_NEEDS.items()
                if table == flow.table and step.target in states
            ]
            # Then one of several fields said (DW493, the trigger after those).
            said = STEP_NEEDS_ONE_OF.get((flow.table, step.target))
            if said is not None:
                checks.append(_nothing_said_stops(flow.table, said, step))
            # Then the day the UPDATE writes, met by the trigger before the CHECK (DW444);
            # or the day the step asks, which no day could pass while the record has not
            # begun (DW430 and DW431).
            begun = SETTLED_ONCE_BEGUN.get((flow.table, step.target))
            earlier = begun[1] if begun else ASKED_DAY_ONCE_BEGUN.get((flow.table, step.target))
            if earlier is not None:
                checks.append(_not_begun_stops(flow.table, earlier, step))
            # And the span the end it stamps makes (DW446, the table's last trigger).
            checks += [
                _span_stops(flow.table, stamp.column, stamp.how)
                for stamp in step.times
                if (flow.table, stamp.column) in LONGEST_SPANS and stamp.how in _STAMPED_NOW
            ]
            if not checks:
                continue
            _STOPS[key] = checks[0] if len(checks) == 1 else _first_of(*checks)


_more_stops()
STOPPABLE_STEPS = frozenset(_STOPS)


def what_stops_step(
    session: Session, table: str, action: str, record_id: uuid.UUID
) -> DicelError | None:
    """The refusal the database would give the step ``action`` on the record now, for a
    step of ``STOPPABLE_STEPS`` (a budget line with spending taken back to draft, an
    administrator's employment ended by HR), or None; one read, as the caller (a record
    they may not read: None, the step says)."""
    check = _STOPS.get((table, action))
    if check is None:
        return None
    try:
        return check(session, record_id)
    finally:
        session.rollback()


def _in_words(error: DicelError, step: Step, *, about_employee: bool = False) -> DicelError:
    """The common refusals (DW001, DW002, DW004, DW402, DW407, DW432) carry a state and an
    action as data:
    say them as this step's sentence does. Other refusals are already in words."""
    params = dict(error.params)
    if error.code == "already_decided":
        params["state"] = step.done
        if not params.get("who"):  # changed outside DICEL: nobody to name
            return type(error)("case_already_moved", **params)
        return type(error)(error.code, **params)
    if error.code == "not_yours_to_decide":
        params["deciders"] = deciders_in_words(
            str(params.get("deciders", "")), about_employee=about_employee
        )
        params["action"] = step.done
        return NotAllowed("case_step_not_yours", **params)
    if error.code == "case_text_missing":  # "... before this audit is completed"
        params["state"] = step.done
        return type(error)(error.code, **params)
    if error.code in (
        "case_too_early",
        "case_too_late",
        *LATE_STEPS.values(),
        *LATE_STEPS_BY_STATE.values(),
    ):
        # "... cannot be completed before its start time", "... can no longer be cancelled"
        params["action"] = step.done
        return type(error)(error.code, **params)
    if error.code == "wrong_state":  # its state is in words already (db_errors)
        params["action"] = step.done
        return type(error)(error.code, **params)
    if error.code == "field_required" and params.get("field") not in step.asked_dates:
        # The record as stored lacks what its form asks, and the step's UPDATE meets the
        # CHECK (an incident stored without its date, left NOT VALID by migration 0100):
        # "Incident date is required." named a field the step's dialog does not have.
        params["action"] = step.done
        return type(error)("case_field_missing", **params)
    return error
