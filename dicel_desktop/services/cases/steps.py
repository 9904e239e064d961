"""Taking a ticket's or case's step: one call of its database function, and what a
window asks around it (whom a record may be assigned to, whether the caller filed it).

Each step is one call of its database function (``dicel_resolve_it_ticket`` ...) in a
transaction of its own, committed (``services.units.call_function``): the function
checks who may take it and from which state, and refuses with a SQLSTATE and data,
which :mod:`.step_words` says in the step's words. No Qt here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.db.models.core import User
from dicel_desktop.domain.case_flows import Asks, flow_of, takes_shown
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import records, users
from dicel_desktop.services.cases.step_words import in_words
from dicel_desktop.services.units import call_function


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
    ``Record.version``; a change since by someone else refuses it, migration 0078), and
    for a step allowed from several states (``case_flows.takes_shown``; migration 0143:
    a step a colleague took since refuses it, ``step_since_shown``; None: not checked);
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
    # A four-eyes decision always says what was shown; a step allowed from several
    # states (migration 0143) says it when the caller read the record.
    if step.decided_by_another or (shown is not None and takes_shown(flow, step)):
        params["shown"] = shown
        arguments += ", CAST(:shown AS timestamptz)"
    statement = f"SELECT public.{flow.function(step)}({arguments})"
    try:
        call_function(session, statement, params, table=table)
    except DicelError as error:
        worded = in_words(error, step, about_employee=flow.subject is not None)
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
