"""From an exception to a :class:`~dicel_desktop.domain.errors.DicelError` a person can
read (:func:`explain`): a registered code's sentence, a constraint found by name, the
refusals PostgreSQL words itself (a duplicate, a missing right, a lost connection);
and :func:`report_failure`, which logs a failed unit of work once.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy import exc as sa_exc

from dicel_desktop.db.models import Base
from dicel_desktop.domain.errors import (
    Conflict,
    DicelError,
    InvalidInput,
    NotAllowed,
)
from dicel_desktop.domain.roles import LOGIN_CONNECTION_LIMIT
from dicel_desktop.services import db_error_words as words
from dicel_desktop.services.db_error_words import Action
from dicel_desktop.services.db_errors.faults import (
    TRANSIENT,
    Fault,
    fault_of,
    log_once,
    log_refusal,
)
from dicel_desktop.services.db_errors.registry import (
    REGISTERED,
    Registered,
)

#: The server ended the session (admin or crash shutdown) or is not accepting sessions.
_SESSION_ENDED = frozenset({"57P01", "57P02", "57P03"})
#: The server's words for a refused login (English server messages): a connection
#: error carries no SQLSTATE to tell it by.
LOGIN_REFUSED_WORDS = (
    "password authentication failed",
    "is not permitted to log in",
    "no password supplied",
)
#: PgBouncer's words for the same (it refuses with its own SQLSTATE 08P01, src/client.c up
#: to 1.25): a wrong password, and an e-mail its ``auth_query`` finds no login of (unknown,
#: or turned off: NOLOGIN roles are not in pg_shadow). One list for the login
#: (services.auth) and for a window whose login was turned off while it was open (watch39).
POOLER_LOGIN_REFUSED_WORDS = (
    "sasl authentication failed",
    "password authentication failed",
    "no such user",
    "empty password returned by client",
)
#: The server's words for a login at its own CONNECTION LIMIT (53300, as for a server with
#: no slot left: only the words tell them apart where the login's name is not at hand).
LOGIN_LIMIT_WORDS = ("too many connections for role",)


def explain(
    error: BaseException,
    *,
    table: str | None = None,
    values: Mapping[str, Any] | None = None,
    action: Action | None = None,
    session: Any = None,
) -> DicelError:
    """``error`` as a DicelError a person can read (a DicelError is returned as it is).

    ``table``: the table the failed statement wrote or read; ``values``: what it tried to
    write (column -> value), for the sentence and to find the field; ``action``: what it
    did, which tells a refused delete from a refused insert. ``session``: a SQLAlchemy
    Session or Connection of the failed unit of work, for the answers that need a query
    (it is rolled back first). The original error is the result's ``__cause__``.
    """
    if isinstance(error, DicelError):
        return error
    values = values or {}
    fault = fault_of(error)
    if fault is None:
        log_once(error, logging.ERROR, "Unexpected failure")
        result: DicelError = DicelError("unexpected_error")
    else:
        form_table, table = table, fault.table if fault.table in Base.metadata.tables else table
        result = _explain_fault(error, fault, table, values, action, session)
        if form_table and table != form_table:
            result = _said_elsewhere(result, fault.sqlstate or "", table)
    result.__cause__ = error
    return result


#: DW035 / DW036 on a column of its own (not inside a contact) of another table than the
#: form's, which the save writes too (as HR's save of an employee writes the login):
#: whose field it is and who corrects it, since it is not on the form (review35 F2).
#: (table, SQLSTATE) -> code; None: any other table.
ELSEWHERE: Mapping[tuple[str | None, str], str] = {
    ("users", "DW035"): "login_phone_not_a_number",
    (None, "DW035"): "other_record_phone_not_a_number",
    (None, "DW036"): "other_record_email_not_an_address",
}


def _said_elsewhere(result: DicelError, state: str, table: str | None) -> DicelError:
    """``result`` (DW035 / DW036 on ``table``) said as a field not on the form."""
    code = ELSEWHERE.get((table, state)) or ELSEWHERE.get((None, state))
    if code is None or result.params.get("part"):
        return result
    return type(result)(code, **{k: v for k, v in result.params.items() if k != "field"})


def explain_with_lookup(
    session: Any,
    error: BaseException,
    table: str | None = None,
    values: Mapping[str, Any] | None = None,
    action: Action | None = None,
) -> DicelError:
    """:func:`explain`, asking the database what the sentence needs on ``session`` (the
    failed unit of work's Session or Connection: it is rolled back first)."""
    return explain(error, table=table, values=values, action=action, session=session)


def _explain_fault(
    error: BaseException,
    fault: Fault,
    table: str | None,
    values: Mapping[str, Any],
    action: Action | None,
    session: Any,
) -> DicelError:
    from dicel_desktop.services import db_error_lookup as lookup

    state = fault.sqlstate or ""
    table_words = words.table_words(table)
    registered = REGISTERED.get(state)
    if registered is not None:
        log_refusal(error, fault)
        return _registered_error(registered, error, fault, table, values)
    if state == "23514" and fault.constraint in words.constraints():
        log_refusal(error, fault)
        owner, constraint = words.constraints()[fault.constraint]
        return words.check_error(owner, constraint)  # type: ignore[arg-type]
    if state == "23502" and fault.column:
        log_refusal(error, fault)
        return InvalidInput(
            "field_required", **table_words, **words.field_words(table, fault.column)
        )
    if state == "23505" and fault.constraint in words.constraints():
        log_refusal(error, fault)
        owner, constraint = words.constraints()[fault.constraint]
        columns = [c.name for c in constraint.columns]
        holder = lookup.holder_name(session, owner, columns, values) if session else None
        return words.unique_error(owner, columns, values, holder)
    if state == "23503" and fault.constraint in words.constraints():
        log_refusal(error, fault)
        owner, constraint = words.constraints()[fault.constraint]
        return words.foreign_key_error(owner, constraint, table, action)  # type: ignore[arg-type]
    if state == "42501":
        log_refusal(error, fault)
        denial = lookup.denial(session, table, values, action) if session else None
        return words.denied_error(table, values, action, denial)
    if state in TRANSIENT:
        log_refusal(error, fault)
        return Conflict("busy_retry")
    if state == "55P03":
        log_refusal(error, fault)
        return Conflict("record_busy")
    if state == "57014":
        log_refusal(error, fault)
        return DicelError("timeout")
    if state == "25006":
        log_refusal(error, fault)
        from dicel_desktop.services import client_version

        if client_version.running_read_only():
            return client_version.read_only_refusal()
        return NotAllowed("read_only_server")
    if state == "53300" or (fault.connection_level and _words_in(error, LOGIN_LIMIT_WORDS)):
        log_refusal(error, fault)
        if _words_in(error, LOGIN_LIMIT_WORDS):
            # The person's own login holds its every connection (migration 0068).
            return NotAllowed("login_connection_limit", limit=LOGIN_CONNECTION_LIMIT)
        return DicelError("database_busy")
    if state == "54000":
        # "too many notifications in the NOTIFY queue": a session that listens and never
        # reads holds it (README, Security); every write that notifies fails until IT
        # ends that session.
        log_once(error, logging.WARNING, "The NOTIFY queue is full")
        return DicelError("notify_queue_full")
    if state.startswith("53"):
        log_once(error, logging.WARNING, "The database server is short of resources")
        return DicelError("database_trouble")
    if state.startswith("08") or state in _SESSION_ENDED or (not state and fault.connection_level):
        log_refusal(error, fault)
        if fault.while_connecting and _login_refused(error):
            # Turned off by IT or with the employment, or a new password, while the
            # window was open (migration 0055 ends such a login's sessions).
            return NotAllowed("login_refused")
        return DicelError("database_unreachable" if fault.while_connecting else "connection_lost")
    if state.startswith("22"):
        log_refusal(error, fault)
        return words.data_error(state, table, values)
    log_once(error, logging.ERROR, "Unexpected database error")
    return DicelError("unexpected_error")


def _registered_error(
    registered: Registered,
    error: BaseException,
    fault: Fault,
    table: str | None,
    values: Mapping[str, Any],
) -> DicelError:
    params: dict[str, Any] = {k: str(v) for k, v in values.items() if v is not None}
    params.update(words.table_words(table))
    if fault.column:
        params.update(words.field_words(table, fault.column))
    if registered.params is not None:
        original = error.orig if isinstance(error, sa_exc.DBAPIError) else error
        params.update(registered.params(getattr(original, "diag", None), values))
    code = dict(registered.by_table).get(table or "", registered.code)
    if registered.by_state:
        code = dict(registered.by_state).get((table or "", _detail_value(fault, "state")), code)
    if registered.by_action:
        code = dict(registered.by_action).get((table or "", _detail_value(fault, "action")), code)
    if registered.without is not None and not params.get(registered.without[0]):
        code = registered.without[1]
    if registered.by_param is not None:
        param, codes = registered.by_param
        code = dict(codes).get(str(params.get(param) or ""), code)
    return registered.family(code, **params)


def _detail_value(fault: Fault, key: str) -> str:
    """The ``key`` of the refusal's DETAIL as the database names it ("" for none)."""
    import json

    try:
        found = json.loads(fault.detail or "")
    except ValueError:
        return ""
    return str(found.get(key) or "") if isinstance(found, dict) else ""


def is_login_refusal(error: BaseException) -> bool:
    """Whether a failed connection attempt was this login refused (the server's or
    PgBouncer's words), as ``explain`` reads one made by the pool (pool40's check)."""
    return _login_refused(error)


def _login_refused(error: BaseException) -> bool:
    # The server's words directly, PgBouncer's behind it: a login turned off while the
    # window was open meets "no such user" there on its next connection (watch39).
    return _words_in(error, LOGIN_REFUSED_WORDS + POOLER_LOGIN_REFUSED_WORDS)


def _words_in(error: BaseException, words: tuple[str, ...]) -> bool:
    original = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    lowered = str(original).lower()
    return any(w in lowered for w in words)


def report_failure(error: BaseException, what: str) -> None:
    """Log a failed unit of work once, as it deserves: a DicelError at DEBUG, a database
    refusal at INFO with its SQLSTATE, anything else at ERROR with the traceback."""
    if isinstance(error, DicelError):
        log_once(error, logging.DEBUG, f"{what} refused ({error.code})")
    elif fault_of(error) is None:
        log_once(error, logging.ERROR, f"{what} failed unexpectedly")
    else:
        explain(error)  # logs it: INFO for a refusal, ERROR for a bug
