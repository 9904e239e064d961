"""What the database refused, in a person's words: :func:`explain` turns an exception into
a :class:`~dicel_desktop.domain.errors.DicelError` whose code has a sentence in
``domain.errors.MESSAGES`` and, when one field is to blame, ``params["field"]`` (the column
a record form shows the sentence beside). No Qt here. A new code's sentence is written in
the module of its family in ``domain/messages/`` (``leave.py``, ``purchasing.py`` ...), then
registered here with :func:`register_sqlstate`.

The mapping reads only what the server sends as data: the SQLSTATE and the diagnostic
fields (constraint, table, column), never the message text, which follows the server's
``lc_messages`` (a French server says "la valeur d'une clé dupliquée..."). Constraints are
found by name in the models (``ck_<table>_<name>``, ``uq_<table>_<cols>``,
``fk_<table>_<col>_<ref>``, and the seed's ``idx_...`` UNIQUEs), so the sentence names the
field as the form labels it.

Some answers need a query: whose record already holds a unique value, which of the
columns a role tried to write it may not. :func:`explain_with_lookup` (or ``explain(...,
session=...)``) asks them on the failed unit of work's own session, after rolling it back.

Logging: a refusal is logged once, at INFO with its SQLSTATE (a DicelError at DEBUG);
anything unexpected at ERROR with its traceback (:func:`report_failure`, which the DB
worker calls for every failed task).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import psycopg
from sqlalchemy import exc as sa_exc

from dicel_desktop.db.models import Base
from dicel_desktop.domain.amounts import Amount
from dicel_desktop.domain.entry_rules import RECEIVED_SENTENCES, STEP_NEEDS_ONE_OF
from dicel_desktop.domain.errors import (
    DECIDERS,
    MESSAGES,
    Conflict,
    DicelError,
    InvalidInput,
    NotAllowed,
    NotFound,
)
from dicel_desktop.domain.paye_bands import FAULTS
from dicel_desktop.domain.roles import LOGIN_CONNECTION_LIMIT
from dicel_desktop.domain.states import SettingType
from dicel_desktop.domain.states import words as state_words
from dicel_desktop.domain.step_lines import FORMS as STEP_LINE_FORMS
from dicel_desktop.services import db_error_words as words
from dicel_desktop.services import leave_words
from dicel_desktop.services.db_error_words import Action

__all__ = [
    "LOGIN_LIMIT_WORDS",
    "LOGIN_REFUSED_WORDS",
    "Action",
    "explain",
    "explain_with_lookup",
    "register_sqlstate",
    "report_failure",
    "with_retry",
]

log = logging.getLogger(__name__)

T = TypeVar("T")
#: Params a registered SQLSTATE's sentence gets: (diagnostics, values) -> params.
ParamsFn = Callable[[Any, Mapping[str, Any]], Mapping[str, Any]]

#: Deadlock, serialization failure: the same unit of work run again usually succeeds.
TRANSIENT = frozenset({"40P01", "40001"})
#: The server ended the session (admin or crash shutdown) or is not accepting sessions.
_SESSION_ENDED = frozenset({"57P01", "57P02", "57P03"})
#: The server's words for a refused login (English server messages): a connection
#: error carries no SQLSTATE to tell it by.
LOGIN_REFUSED_WORDS = (
    "password authentication failed",
    "is not permitted to log in",
    "no password supplied",
)
#: The server's words for a login at its own CONNECTION LIMIT (53300, as for a server with
#: no slot left: only the words tell them apart where the login's name is not at hand).
LOGIN_LIMIT_WORDS = ("too many connections for role",)


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True)
class _Registered:
    code: str
    family: type[DicelError]
    params: ParamsFn | None
    #: (param, code): the sentence of ``code`` instead when ``param`` came empty.
    without: tuple[str, str] | None = None
    #: ((table, code), ...): the sentence of ``code`` for a refusal about that table.
    by_table: tuple[tuple[str, str], ...] = ()
    #: (((table, state), code), ...): the sentence of ``code`` for a refusal about that
    #: table whose DETAIL gives that ``state``.
    by_state: tuple[tuple[tuple[str, str], str], ...] = ()
    #: (((table, action), code), ...): the sentence of ``code`` for a refusal about that
    #: table whose DETAIL gives that ``action``.
    by_action: tuple[tuple[tuple[str, str], str], ...] = ()


_REGISTERED: dict[str, _Registered] = {}


def register_sqlstate(
    sqlstate: str,
    error_code: str,
    family: type[DicelError] = DicelError,
    params: ParamsFn | None = None,
    *,
    without: tuple[str, str] | None = None,
    by_table: Mapping[str, str] | None = None,
    by_state: Mapping[tuple[str, str], str] | None = None,
    by_action: Mapping[tuple[str, str], str] | None = None,
) -> None:
    """Word a SQLSTATE our own functions or triggers raise (``RAISE ... USING ERRCODE =
    'DL001'``) with the sentence of ``error_code``.

    The sentence gets ``values`` (what the caller tried to save), ``field``/``label``/
    ``name`` from the error's COLUMN field (``RAISE ... USING COLUMN = 'amount'``),
    ``record``/``records`` from its TABLE field or the caller's table, and whatever
    ``params(diag, values)`` returns. Registering the same SQLSTATE twice with other words
    is a programming error: a code means one thing.

    ``without=(param, other_code)``: when ``params`` gives ``param`` empty, the sentence
    of ``other_code`` (one that does not say it) instead. ``by_table={table: code}``: the
    sentence of ``code`` for a refusal about ``table`` (its TABLE field, or the caller's
    table), where one rule reads differently for another kind of record (DW415: a
    case's officer, an asset's holder). ``by_state={(table, state): code}``: the sentence
    of ``code`` for a refusal about ``table`` whose DETAIL gives ``state`` (as the
    database names it), where what is left to do depends on it (DW432: a shift in
    progress is no longer marked missed); it wins over ``by_table``.
    ``by_action={(table, action): code}``: the same for the DETAIL's ``action`` (what the
    step does, as ``Step.done`` says it), where the step's own verb reads better than its
    state's name put in a sentence (DW444).
    """
    tables = tuple(sorted((by_table or {}).items()))
    states = tuple(sorted((by_state or {}).items()))
    actions = tuple(sorted((by_action or {}).items()))
    for code in (
        error_code,
        *(without[1:] if without else ()),
        *(c for _t, c in tables),
        *(c for _s, c in states),
        *(c for _a, c in actions),
    ):
        if code not in MESSAGES:
            raise ValueError(f"{code!r} has no sentence in domain.errors.MESSAGES")
    entry = _Registered(error_code, family, params, without, tables, states, actions)
    known = _REGISTERED.setdefault(sqlstate, entry)
    if known != entry:
        raise ValueError(f"SQLSTATE {sqlstate} is already worded as {known.code!r}")


# --------------------------------------------------------------------------- the error


@dataclass(frozen=True)
class _Fault:
    """What the server said about a failure, as data."""

    sqlstate: str | None
    constraint: str | None
    table: str | None
    column: str | None
    detail: str | None
    #: A psycopg or SQLAlchemy connection-level error (OperationalError, InterfaceError).
    connection_level: bool
    #: The error arose while connecting, before any statement ran.
    while_connecting: bool


def _fault(error: BaseException) -> _Fault | None:
    """The server's diagnostics of a database error; None for any other exception."""
    original: BaseException = error
    while_connecting = False
    if isinstance(error, sa_exc.DBAPIError):
        original = error.orig
        while_connecting = error.statement is None and not error.connection_invalidated
    elif not isinstance(error, psycopg.Error):
        return None
    if not isinstance(original, psycopg.Error):
        return None
    diag = original.diag
    return _Fault(
        sqlstate=original.sqlstate,
        constraint=diag.constraint_name,
        table=diag.table_name,
        column=diag.column_name,
        detail=diag.message_detail,
        connection_level=isinstance(original, psycopg.OperationalError | psycopg.InterfaceError),
        while_connecting=while_connecting,
    )


# --------------------------------------------------------------------------- explain


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
    fault = _fault(error)
    if fault is None:
        _log_once(error, logging.ERROR, "Unexpected failure")
        result: DicelError = DicelError("unexpected_error")
    else:
        form_table, table = table, fault.table if fault.table in Base.metadata.tables else table
        result = _explain_fault(error, fault, table, values, action, session)
        if form_table and table != form_table:
            result = _said_elsewhere(result, fault.sqlstate or "", table)
    result.__cause__ = error
    return result


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
    fault: _Fault,
    table: str | None,
    values: Mapping[str, Any],
    action: Action | None,
    session: Any,
) -> DicelError:
    from dicel_desktop.services import db_error_lookup as lookup

    state = fault.sqlstate or ""
    table_words = words.table_words(table)
    registered = _REGISTERED.get(state)
    if registered is not None:
        _log_refusal(error, fault)
        return _registered_error(registered, error, fault, table, values)
    if state == "23514" and fault.constraint in words.constraints():
        _log_refusal(error, fault)
        owner, constraint = words.constraints()[fault.constraint]
        return words.check_error(owner, constraint)  # type: ignore[arg-type]
    if state == "23502" and fault.column:
        _log_refusal(error, fault)
        return InvalidInput(
            "field_required", **table_words, **words.field_words(table, fault.column)
        )
    if state == "23505" and fault.constraint in words.constraints():
        _log_refusal(error, fault)
        owner, constraint = words.constraints()[fault.constraint]
        columns = [c.name for c in constraint.columns]
        holder = lookup.holder_name(session, owner, columns, values) if session else None
        return words.unique_error(owner, columns, values, holder)
    if state == "23503" and fault.constraint in words.constraints():
        _log_refusal(error, fault)
        owner, constraint = words.constraints()[fault.constraint]
        return words.foreign_key_error(owner, constraint, table, action)  # type: ignore[arg-type]
    if state == "42501":
        _log_refusal(error, fault)
        denial = lookup.denial(session, table, values, action) if session else None
        return words.denied_error(table, values, action, denial)
    if state in TRANSIENT:
        _log_refusal(error, fault)
        return Conflict("busy_retry")
    if state == "55P03":
        _log_refusal(error, fault)
        return Conflict("record_busy")
    if state == "57014":
        _log_refusal(error, fault)
        return DicelError("timeout")
    if state == "25006":
        _log_refusal(error, fault)
        from dicel_desktop.services import client_version

        if client_version.running_read_only():
            return client_version.read_only_refusal()
        return NotAllowed("read_only_server")
    if state == "53300" or (fault.connection_level and _words_in(error, LOGIN_LIMIT_WORDS)):
        _log_refusal(error, fault)
        if _words_in(error, LOGIN_LIMIT_WORDS):
            # The person's own login holds its every connection (migration 0068).
            return NotAllowed("login_connection_limit", limit=LOGIN_CONNECTION_LIMIT)
        return DicelError("database_busy")
    if state == "54000":
        # "too many notifications in the NOTIFY queue": a session that listens and never
        # reads holds it (README, Security); every write that notifies fails until IT
        # ends that session.
        _log_once(error, logging.WARNING, "The NOTIFY queue is full")
        return DicelError("notify_queue_full")
    if state.startswith("53"):
        _log_once(error, logging.WARNING, "The database server is short of resources")
        return DicelError("database_trouble")
    if state.startswith("08") or state in _SESSION_ENDED or (not state and fault.connection_level):
        _log_refusal(error, fault)
        if fault.while_connecting and _login_refused(error):
            # Turned off by IT or with the employment, or a new password, while the
            # window was open (migration 0055 ends such a login's sessions).
            return NotAllowed("login_refused")
        return DicelError("database_unreachable" if fault.while_connecting else "connection_lost")
    if state.startswith("22"):
        _log_refusal(error, fault)
        return words.data_error(state, table, values)
    _log_once(error, logging.ERROR, "Unexpected database error")
    return DicelError("unexpected_error")


def _registered_error(
    registered: _Registered,
    error: BaseException,
    fault: _Fault,
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
    return registered.family(code, **params)


def _detail_value(fault: _Fault, key: str) -> str:
    """The ``key`` of the refusal's DETAIL as the database names it ("" for none)."""
    import json

    try:
        found = json.loads(fault.detail or "")
    except ValueError:
        return ""
    return str(found.get(key) or "") if isinstance(found, dict) else ""


def _login_refused(error: BaseException) -> bool:
    return _words_in(error, LOGIN_REFUSED_WORDS)


def _words_in(error: BaseException, words: tuple[str, ...]) -> bool:
    original = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    lowered = str(original).lower()
    return any(w in lowered for w in words)


# --------------------------------------------------------------------------- retry


def with_retry(work: Callable[[], T], *, session: Any = None) -> T:
    """Run a unit of work; after a deadlock or a serialization failure run it once more
    (rolling ``session`` back first), then give up with ``busy_retry``.

    ``work`` must be the whole unit of work (it starts and ends its transaction): running
    half of one again would do the first half twice.
    """
    for attempt in (1, 2):
        try:
            return work()
        except (sa_exc.DBAPIError, psycopg.Error) as error:
            fault = _fault(error)
            if fault is None or fault.sqlstate not in TRANSIENT:
                raise
            log.info("Unit of work ran into SQLSTATE %s (attempt %d)", fault.sqlstate, attempt)
            if session is not None:
                session.rollback()
            if attempt == 2:
                raise Conflict("busy_retry") from error
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------- logging


def report_failure(error: BaseException, what: str) -> None:
    """Log a failed unit of work once, as it deserves: a DicelError at DEBUG, a database
    refusal at INFO with its SQLSTATE, anything else at ERROR with the traceback."""
    if isinstance(error, DicelError):
        _log_once(error, logging.DEBUG, f"{what} refused ({error.code})")
    elif _fault(error) is None:
        _log_once(error, logging.ERROR, f"{what} failed unexpectedly")
    else:
        explain(error)  # logs it: INFO for a refusal, ERROR for a bug


_LOGGED = "_dicel_logged"


def _log_once(error: BaseException, level: int, message: str) -> None:
    if getattr(error, _LOGGED, False):
        return
    # An exception type with __slots__ cannot be marked: it may be logged twice.
    with contextlib.suppress(AttributeError):
        setattr(error, _LOGGED, True)
    # A bug needs its traceback; a refusal is told by its SQLSTATE and constraint.
    log.log(level, message, exc_info=error if level >= logging.ERROR else None)


def _log_refusal(error: BaseException, fault: _Fault) -> None:
    if getattr(error, _LOGGED, False):
        return
    _log_once(
        error,
        logging.INFO,
        f"The database refused: SQLSTATE {fault.sqlstate or '(none: connection)'}"
        f" constraint={fault.constraint} table={fault.table} column={fault.column}",
    )


# --------------------------------------------------------------------------- our own codes


def _user_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.services.users import MAX_LOGIN_BYTES

    email = str(values.get("email") or values.get("old_email") or "")
    return {
        "email": email,
        "length": len(email.encode("utf-8")),
        "limit": MAX_LOGIN_BYTES,
        "allowed": ", ".join(r.value for r in Role),
        "code": str(values.get("department_code") or ""),
        "action": str(values.get("action") or "change"),
    }


def _missing_name(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    # The provisioning functions name the empty column in DETAIL (migration 0004).
    column = getattr(diag, "message_detail", None) or "first_name"
    return words.field_words("users", column)


#: The provisioning functions' refusals (migration 0004; services.users words them the
#: same way for its own callers).
for _state, _code, _family in (
    ("DU001", "invalid_email", InvalidInput),
    ("DU002", "email_too_long", InvalidInput),
    ("DU003", "password_not_hashed", InvalidInput),
    ("DU004", "unknown_role", InvalidInput),
    ("DU005", "user_exists", Conflict),
    ("DU006", "user_not_found", NotFound),
    ("DU008", "unknown_department", NotFound),
    ("DU009", "employee_taken", Conflict),
    ("DU010", "cannot_change_self", NotAllowed),
    ("DU012", "not_a_dicel_user", NotAllowed),
    ("DU013", "not_a_managed_login", NotAllowed),
    ("DU014", "login_name_taken", Conflict),
    ("DU015", "role_granted_outside_dicel", Conflict),
):
    register_sqlstate(_state, _code, _family, _user_params)
register_sqlstate("DU011", "field_required", InvalidInput, _missing_name)


# --------------------------------------------------------------------------- workflows


def detail_params(diag: Any, _values: Mapping[str, Any]) -> dict[str, Any]:
    """The params a workflow function gives its refusal as a JSON object in DETAIL
    (``RAISE ... USING ERRCODE = 'DW001', DETAIL = json_build_object('who', ..., 'when',
    ...)::text``): data, not words, so the sentence stays the client's and translatable.
    A ``when`` (an ISO timestamp) reads as the local time of day ("10:42"), with its day
    when that is not today ("10:42 on 27 November 2026": since 0121 DW001 names a step
    taken any time before; ``when_time`` and ``when_day`` give both as data, for the
    GUI to write in the reader's words); a state (``state``, ``other_state`` ...) as words
    ("partially paid"), as a person reads it."""
    import datetime as dt
    import json

    detail = getattr(diag, "message_detail", None) or ""
    try:
        found = json.loads(detail)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    params = {key: "" if value is None else str(value) for key, value in found.items()}
    for key in params:
        if key == "state" or key.endswith("_state"):
            params[key] = state_words(params[key])
    if "deciders" in params:  # a key: the sentence says who in words
        params["deciders"] = DECIDERS.get(params["deciders"], params["deciders"])
    when = found.get("when")
    if isinstance(when, str):
        with contextlib.suppress(ValueError):  # not a timestamp: said as it came
            moment = dt.datetime.fromisoformat(when).astimezone()
            params["when"] = f"{moment:%H:%M}"
            if moment.date() != dt.datetime.now().astimezone().date():
                params["when_time"] = params["when"]
                params["when_day"] = moment.date().isoformat()
                params["when"] += f" on {leave_words.day(moment.date())}"
    return params


def _taken_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW001's params: who took the step first and when; with TABLE (the case steps,
    migration 0121's hand-written ones), its state in the table's own words ("Déjà
    annulée" of a leave request, a French "demande")."""
    params = detail_params(diag, values)
    if getattr(diag, "table_name", None):
        params.setdefault("flow_table", diag.table_name)
    return params


#: Refusals every workflow function gives the same way (README: "The database's public
#: interface"); each workflow has codes of its own for its rules (DW1xx leave, DW2xx
#: purchasing and stock, DW3xx finance, DW4xx cases).
register_sqlstate("DW001", "already_decided", Conflict, _taken_params)
register_sqlstate("DW002", "not_yours_to_decide", NotAllowed, detail_params)
register_sqlstate("DW003", "own_record_decision", NotAllowed, detail_params)
register_sqlstate("DW004", "wrong_state", Conflict, detail_params)
register_sqlstate("DW005", "changed_record_approval", NotAllowed, detail_params)
register_sqlstate("DW006", "own_pay_or_review", NotAllowed, detail_params)
#: One's own employee record's state or termination date (migration 0052).
register_sqlstate("DW009", "own_employment", NotAllowed, detail_params)
#: One's own supervisor, department or position (migration 0068).
register_sqlstate("DW010", "own_placement", NotAllowed, detail_params)
#: One's own attendance, recorded or corrected (migration 0076).
register_sqlstate("DW011", "own_attendance", NotAllowed, detail_params)
#: One's own guard record, shifts or patrols (migration 0095): ``what``.
register_sqlstate("DW012", "own_guard_record", NotAllowed, detail_params)
#: One's own training enrolment (migration 0095).
register_sqlstate("DW013", "own_training", NotAllowed, detail_params)
#: A decision given as neither approval nor rejection (``approve`` NULL, migration 0121):
#: a script's slip decides nothing.
register_sqlstate("DW014", "decision_missing", InvalidInput, detail_params)
#: The login of a suspended employee turned active (trigger ``users_leaver_stays_inactive``,
#: migration 0121): ``employee``, their number, from DETAIL.
register_sqlstate("DU017", "login_of_a_suspended_employee", NotAllowed, detail_params)
#: A login linked to a suspended employee (trigger ``employees_leaver_has_no_login``,
#: migration 0122): ``employee``, their number, from DETAIL.
register_sqlstate("DU018", "login_for_a_suspended_employee", NotAllowed, detail_params)
#: A login given an employee number no employee has (``dicel_create_user``, migration
#: 0128): ``employee``, the number as read (trimmed, upper case), from DETAIL.
register_sqlstate("DU019", "employee_number_unknown", NotFound, detail_params)
#: A reason a step writes beyond its length (``length``, ``most``); a line only a step
#: writes typed, changed or removed (``line``): migration 0074.
register_sqlstate("DW020", "reason_too_long", InvalidInput, detail_params)
#: Since migration 0130 step lines moved among themselves (``action`` ``moved``; 0128
#: refused them as changed) are said as moved.
register_sqlstate(
    "DW021",
    "step_line_stays",
    NotAllowed,
    detail_params,
    by_action={(table, "moved"): "step_line_moved" for table, _column in STEP_LINE_FORMS},
)
# The file a candidate's CV, an enrollment's certificate, a person's photo or a case
# document names, removed while the field names it (migration 0113): TABLE and COLUMN
# the record's, DETAIL ``file``, ``id``. A case document is its file (never replaced).
register_sqlstate(
    "DW462",
    "linked_file_stays",
    Conflict,
    detail_params,
    by_table={"recovery_documents": "case_document_file_stays"},
)
#: A character that changes the direction of the text in a reason or a text steps write
#: lines into (migration 0077).
register_sqlstate("DW022", "direction_control", InvalidInput, detail_params)
#: A text steps write lines into, typed or changed beyond its length (``length``,
#: ``most``; migration 0080).
register_sqlstate("DW023", "text_too_long", InvalidInput, detail_params)
#: A typed text beyond the characters its column or a workflow function's argument keeps
#: (``length``, ``most``; migration 0085: domain/text_limits.py).
register_sqlstate("DW024", "text_over_limit", InvalidInput, detail_params)
#: A list of texts of more items than it keeps (``items``, ``most``), or with a NULL item
#: (``position``): migration 0088.
register_sqlstate("DW025", "list_too_many_items", InvalidInput, detail_params)
register_sqlstate("DW026", "list_empty_item", InvalidInput, detail_params)
#: A setting's key changed, or a setting DICEL reads deleted (``key``; migration 0117).
register_sqlstate("DW027", "setting_key_fixed", Conflict, detail_params)
register_sqlstate("DW028", "setting_read_kept", Conflict, detail_params)


def _setting_type_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW029's: the key, and the type DICEL reads it as in the form's word for it
    (``other_type``: "Number", said in the reader's language)."""
    params = detail_params(diag, values)
    with contextlib.suppress(ValueError):
        params["other_type"] = SettingType(params.get("type", "")).label
    return params


#: A setting DICEL reads, written with another type than it reads it as (``key``,
#: ``type``; migration 0124).
register_sqlstate("DW029", "setting_read_as_typed", InvalidInput, _setting_type_params)
#: A phone or an e-mail of another shape (migration 0125, domain/contact_rules): a column
#: of its own (``part`` null), or inside an emergency contact (``part`` phone/email).
register_sqlstate(
    "DW035",
    "contact_phone_not_a_number",
    InvalidInput,
    detail_params,
    without=("part", "phone_not_a_number"),
)
register_sqlstate(
    "DW036",
    "contact_email_not_an_address",
    InvalidInput,
    detail_params,
    without=("part", "email_not_an_address"),
)
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


#: PAYE bands of another shape (``action``: what is wrong, ``band``; migration 0124):
#: one sentence per fault (domain/paye_bands.FAULTS).
register_sqlstate(
    "DW030",
    "paye_bands_list",
    InvalidInput,
    detail_params,
    by_action={("system_settings", fault): f"paye_bands_{fault}" for fault in FAULTS},
)
#: A decision on a record changed since the decider was shown it (migration 0032).
register_sqlstate("DW007", "changed_since_shown_by", Conflict, detail_params)
register_sqlstate("DW008", "changed_since_shown", Conflict, detail_params)
#: A link column written with another record's file, past dicel_link_document (0064).
register_sqlstate("DD004", "document_not_of_record", NotFound)


# --------------------------------------------------------------------------- tickets, cases


#: The sentence of DW415 (``Step.not_by_assignee``) per table, where it is not a case's
#: officer's (``case_assignee_decision``); services.cases says the same before the step.
ASSIGNEE_DECISIONS: Mapping[str, str] = {"it_assets": "asset_holder_decision"}
#: The sentence of DW432 (``Step.not_after``) per table, where it reads better than the
#: common one (``case_too_late``): a shift that ended was worked or missed (0105).
LATE_STEPS: Mapping[str, str] = {"security_assignments": "shift_ended"}
#: ... and per (table, state of the record), where the state changes what is left to do:
#: a shift in progress is no longer offered "missed" (DW432's DETAIL gives the state,
#: migration 0110). The window's check (services.cases) reads the same.
LATE_STEPS_BY_STATE: Mapping[tuple[str, str], str] = {
    ("security_assignments", "in_progress"): "shift_ended_in_progress",
}
#: The sentence of DW491 (``Asks.NOTE``) per table, where "what was said or done" does not
#: fit: a risk is closed because something was done, or because it no longer applies
#: (0105). The step's dialog says the same before asking.
NOTE_STEPS: Mapping[str, str] = {"risk_assessments": "risk_close_note_missing"}


def _case_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """The refusals of the tickets' and cases' steps (migration 0011): the roles an
    assignee must have, in words."""
    from dicel_desktop.domain.case_flows import deciders_in_words

    params = detail_params(diag, values)
    if "roles" in params:
        params["roles"] = deciders_in_words(params["roles"])
    if getattr(diag, "table_name", None):  # its states in the table's own words
        params.setdefault("flow_table", diag.table_name)
    floor = params.pop("floor", None)
    if floor:  # a day's floor (DW431): the column in words, "the start date"
        said = words.field_words(getattr(diag, "table_name", None), floor)
        params["floor_name"], params["floor_label"] = said["name"], said["label"]
    if params.get("at"):  # a moment (DW407, DW432): its day and time, the reader's
        params["at"] = words.moment_as_read(params["at"])
    return params


def _moment_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """A refusal naming moments (``at``, ``now``: ISO timestamps), each as the reader's
    day and time (DW425, migration 0100); a day (DW445's date column) as a day."""
    params = detail_params(diag, values)
    for key in ("at", "now"):
        if params.get(key):  # "infinity": said as it came
            params[key] = words.moment_as_read(params[key])
    return params


#: A locked column of a record that has left its first state (migration 0007's lock
#: triggers): ``state``, the state that holds it (migration 0100), said in the table's
#: own words (TABLE gives ``flow_table``); without it (a file's link column, migration
#: 0040), a sentence that names none.
register_sqlstate(
    "DL001",
    "record_locked_in_state",
    Conflict,
    _case_params,
    without=("state", "record_locked"),
)
register_sqlstate("DL002", "lines_locked", Conflict)

register_sqlstate("DW401", "case_assignee_not_eligible", InvalidInput, _case_params)
register_sqlstate("DW402", "case_text_missing", InvalidInput, _case_params)
register_sqlstate("DW403", "record_gone", NotFound, _case_params)
register_sqlstate("DW404", "case_assignee_missing", InvalidInput, _case_params)
#: A step before a moment of the record it never comes before (a patrol completed before
#: its start time, migration 0056): ``at``, that moment.
register_sqlstate("DW407", "case_too_early", Conflict, _case_params)
#: A step once a moment of the record it is never taken after has passed (a shift
#: cancelled after its end, migration 0105): ``at``, that moment; a table's own words
#: where it has them (``LATE_STEPS``).
register_sqlstate(
    "DW432",
    "case_too_late",
    Conflict,
    _case_params,
    by_table=LATE_STEPS,
    by_state=LATE_STEPS_BY_STATE,
)
#: An ended shift's end moved past now (migration 0109): ``at``, the end it had, and
#: ``now``, each the reader's day and time; COLUMN ``shift_end``.
register_sqlstate("DW433", "shift_end_stays_past", InvalidInput, _moment_params)
#: A write-off or a contract's end without a reason (migration 0071): ``action``, what
#: the step does ("written off").
register_sqlstate("DW490", "case_reason_missing", InvalidInput, _case_params)
#: An IT asset given to a deactivated login (migration 0120): DETAIL ``name``.
register_sqlstate(
    "DW499",
    "asset_holder_inactive",
    InvalidInput,
    _case_params,
    # Return to service of an asset whose holder left (migration 0124).
    by_action={("it_assets", "return_to_service"): "asset_back_to_inactive_holder"},
)
#: A day a step asks (a policy's next review date, migration 0072) not given, or not
#: after today (``day``, the database's today): ``action``, what the step does.
#: A complaint answered or resolved, a case marked recovered, without a note of what was
#: said or done (migration 0101), a risk closed without what was done or why (0105):
#: ``action``.
register_sqlstate("DW491", "case_note_missing", InvalidInput, _case_params, by_table=NOTE_STEPS)
#: The day something happened (a case settled, migration 0101): not given, after today
#: (``day``), before the record's ``floor`` column (its ``date``).
register_sqlstate("DW429", "case_day_missing", InvalidInput, _case_params)
register_sqlstate("DW430", "case_day_ahead", InvalidInput, _case_params)
register_sqlstate("DW431", "case_day_before", InvalidInput, _case_params)


def _case_amount_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """An amount a step asks (migration 0106): its ``ceiling`` column in words ("the
    amount involved"), and the amounts (``most``, ``amount``) as numbers the reader's
    locale writes."""
    params = _case_params(diag, values)
    ceiling = params.pop("ceiling", None)
    if ceiling:
        said = words.field_words(getattr(diag, "table_name", None), ceiling)
        params["ceiling_name"], params["ceiling_label"] = said["name"], said["label"]
    currency = params.get("currency") or None
    for key in ("most", "amount"):
        if params.get(key):
            params[key] = Amount.parse(params[key], currency) or params[key]
    return params


#: How much of a case came back (migration 0106): not given or not above zero, above
#: the record's ``ceiling`` column (its amount ``most``; ``amount``, the one given).
register_sqlstate("DW435", "case_amount_missing", InvalidInput, _case_amount_params)
register_sqlstate("DW436", "case_amount_above", InvalidInput, _case_amount_params)
register_sqlstate("DW408", "case_date_missing", InvalidInput, _case_params)
register_sqlstate("DW409", "case_date_not_ahead", InvalidInput, _case_params)
#: A policy's review date not finite or more than five years ahead (migration 0073):
#: ``latest``, the last day allowed, and ``years``.
register_sqlstate("DW410", "date_too_far_ahead", InvalidInput, _case_params)
#: A decision four eyes take (a policy's approval, migration 0078) by whoever changed
#: the record (DW411) or brought it to the decision (DW412) since it was last decided
#: (``at``, ``state``, ``action``); taken without the version shown (DW413).
register_sqlstate("DW411", "case_own_change_decision", NotAllowed, _case_params)
register_sqlstate("DW412", "case_own_move_decision", NotAllowed, _case_params)
register_sqlstate("DW413", "case_unshown_decision", InvalidInput, _case_params)
#: A closed or cancelled ticket or case changed or deleted (migration 0035).
register_sqlstate("DW405", "case_final", Conflict, _case_params)
#: A file added to, replaced on or removed from a record in a final state (migration 0040).
register_sqlstate("DW406", "files_final", Conflict, _case_params)
#: A shift or patrol for a guard who is suspended (DW417) or inactive (DW418): ``guard``,
#: their name (migration 0095).
register_sqlstate("DW417", "guard_suspended", Conflict, _case_params)
register_sqlstate("DW418", "guard_inactive", Conflict, _case_params)
#: An enrolment started or completed before its programme started (migration 0095):
#: ``program``, ``state``, ``day`` (its start date while ahead, else empty).
register_sqlstate(
    "DW419",
    "training_starts_later",
    Conflict,
    _case_params,
    without=("day", "training_not_started"),
)
#: The sentence of DW441 per (table, state of the programme): one completed still has its
#: enrolments marked completed, failed or dropped (migration 0110), a cancelled one not.
PROGRAMMES_CLOSED: Mapping[tuple[str, str], str] = {
    ("training_enrollments", "completed"): "training_over",
}
#: An enrolment made, moved or taken (migration 0107, the DW419 trigger): without a
#: programme (DW440, COLUMN ``training_program_id``); in one cancelled or completed
#: (DW441: ``program``, ``state``); of someone not employed while it runs (DW442:
#: ``name``, ``program``, ``date`` (their hire or termination date), ``end`` or
#: ``start`` (the programme's), ``left`` when they left before its start).
register_sqlstate("DW440", "field_required", InvalidInput, detail_params)
register_sqlstate("DW441", "training_closed", Conflict, detail_params, by_state=PROGRAMMES_CLOSED)
register_sqlstate(
    "DW442",
    "training_left_before",
    InvalidInput,
    detail_params,
    without=("left", "training_hired_after"),
)
#: A candidate filed on (or moved to) a posting that takes none, or moved on (screened,
#: interviewed, offered the post, hired) on one that no longer does (migration 0115):
#: ``posting``, ``state``; a draft and a closed posting say what is left to do.
POSTINGS_NOT_TAKING: Mapping[tuple[str, str], str] = {
    ("candidates", "draft"): "posting_draft",
    ("candidates", "closed"): "posting_closed",
}
register_sqlstate(
    "DW463", "posting_not_taking", Conflict, detail_params, by_state=POSTINGS_NOT_TAKING
)
#: A posting published or resumed once its closing date has passed (migration 0119):
#: ``date``, the closing date; ``today``, the company's day. Since migration 0128 also a
#: closing date already past written on an open or on-hold posting (``action``
#: ``closing_date``), in a sentence of its own.
register_sqlstate(
    "DW502",
    "posting_opened_after_closing",
    Conflict,
    detail_params,
    by_action={("job_postings", "closing_date"): "posting_closing_date_past"},
)
#: A case document is its file (migration 0115): never replaced (DW464), and one file
#: (DW465); DETAIL ``file`` (its file's name), ``id`` (the case document's).
register_sqlstate("DW464", "case_document_file_never_replaced", Conflict, detail_params)
register_sqlstate("DW465", "case_document_one_file", Conflict, detail_params)
#: A step on a record lacking a field its new state needs (migration 0107): a shift
#: started or completed without a guard, a case marked recovered or written off without
#: its start date. COLUMN the field; ``action``, what the step does. The step's dialog has
#: no such field: the sentence says to fill it in on the record first.
register_sqlstate("DW443", "case_field_missing", Conflict, _case_params)


def _one_of_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """A step into a state that needs one of some fields said (migration 0118,
    ``entry_rules.STEP_NEEDS_ONE_OF``): COLUMN the first of them, which names its entry;
    ``fields``, all of them in words (code review 33b, F5: the sentence named a review's
    fields, whatever the table)."""
    params = _case_params(diag, values)
    table = getattr(diag, "table_name", None)
    column = getattr(diag, "column_name", None)
    columns = next(
        (
            found
            for (t, _state), found in STEP_NEEDS_ONE_OF.items()
            if (t, found[0]) == (table, column)
        ),
        (column,) if column else (),
    )
    params["fields"] = words.fields_one_of(table, columns)
    return params


#: A step into a state that needs one of some fields said (migration 0118): a review
#: shared with no rating and no text. COLUMN the first field; ``action``, what the step
#: does.
register_sqlstate("DW493", "case_says_nothing", Conflict, _one_of_params)
#: A step that settles the record today while a day of it is still ahead (migration
#: 0111, ``entry_rules.SETTLED_ONCE_BEGUN``): a recovery case written off before its
#: start date. COLUMN that day's; ``action``, what the step does; ``date``, the day
#: ahead; ``today``, the day the step would write.
#: The sentence of DW444 per (table, what the step does): the step's own verb, where
#: "it can be {action}" put the state's name where a verb goes (eye32 #2: Kinyarwanda).
#: services.cases says the same before the step (Mark recovered… too, which the database
#: refuses by its day, DW430 and DW431).
NOT_BEGUN_STEPS: Mapping[tuple[str, str], str] = {
    ("recovery_cases", "written off"): "case_not_begun_written_off",
    ("recovery_cases", "marked recovered"): "case_not_begun_recovered",
}
register_sqlstate("DW444", "case_not_begun", Conflict, _case_params, by_action=NOT_BEGUN_STEPS)
#: code -> the code of one sentence saying it of several steps at once (``steps``: the
#: steps' names), where a reason is worded per step: a window holding two steps for one
#: reason says it once (a case not begun: Mark recovered… and Write off…).
SAID_TOGETHER: Mapping[str, str] = {
    **{code: "case_not_begun_steps" for code in ("case_not_begun", *NOT_BEGUN_STEPS.values())},
    # A shift not started yet: Start shift… and Mark missed… (DW407).
    "case_too_early": "case_too_early_steps",
}
#: A file added to, replaced on or removed from a policy in force (migration 0079): it
#: changes through a review, which opens its files again.
register_sqlstate("DW414", "files_under_review_only", Conflict, _case_params)
#: A file of a part (an order's line, a payslip) of a record waiting for its decision
#: (migration 0087): TABLE the record's, DETAIL its state.
register_sqlstate("DW416", "files_waiting_for_decision", Conflict, _case_params)
#: A recovery case written off by the officer it is assigned to (migration 0087); an IT
#: asset reported lost or disposed of by the person it is assigned to (migration 0096).
register_sqlstate(
    "DW415",
    "case_assignee_decision",
    NotAllowed,
    _case_params,
    by_table=ASSIGNEE_DECISIONS,
)
#: A ticket or incident reported after now (migration 0098 by the day, 0100 by the
#: moment): ``at``, the moment typed, ``now``; COLUMN the report's date.
register_sqlstate("DW425", "reported_after_now", InvalidInput, _moment_params)
#: A client's feedback received or a person enrolled after the company's today
#: (migration 0103): ``date``, the day typed, ``today``; COLUMN the day's column; each
#: table's sentence in its words (``entry_rules.RECEIVED_SENTENCES``).
register_sqlstate(
    "DW426",
    RECEIVED_SENTENCES["customer_feedback"],
    InvalidInput,
    detail_params,
    by_table=RECEIVED_SENTENCES,
)
#: A report's or a received day's date no calendar holds (-infinity: it sorted last and
#: counted in no month; migration 0103): ``at``, as typed; COLUMN the date's column.
register_sqlstate("DW427", "not_a_calendar_date", InvalidInput, detail_params)
#: A typed date or moment outside the years DICEL takes (``entry_rules.CALENDAR_DATES``,
#: migration 0107; -infinity and infinity there are DW427): ``at``, as typed (a day, or a
#: moment: the reader's day and time), ``first`` and ``last``, the years; COLUMN the
#: date's.
register_sqlstate("DW445", "date_outside_years", InvalidInput, _moment_params)


def _span_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW446's moments (``since``, ``at``) as the reader's day and time, and the start's
    column (``other``, DETAIL) in words, as the form says it."""
    params = detail_params(diag, values)
    for key in ("since", "at"):
        if params.get(key):
            params[key] = words.moment_as_read(params[key])
    if params.get("other"):
        said = words.field_words(getattr(diag, "table_name", None), params["other"])
        params["other"], params["other_label"] = said["name"], said["label"]
    return params


#: A shift or a patrol longer than a day (``entry_rules.LONGEST_SPANS``, migration 0111):
#: ``since`` and ``at`` (its start and end), ``most`` (the hours), ``other`` (the start's
#: column); COLUMN the end's.
register_sqlstate("DW446", "lasts_too_long", InvalidInput, _span_params)
#: A file replaced on or removed from a record that left its lock's open states (a paid
#: expense's receipt, migration 0040); a new file may still be added.
register_sqlstate("DL003", "files_locked", Conflict, detail_params)

#: A file name holding an invisible or control character (migration 0043).
register_sqlstate("DW501", "file_name_hidden_character", InvalidInput, detail_params)

#: A change that would leave the company without an active administrator (migration
#: 0047): DETAIL names the last one.
register_sqlstate("DW601", "last_administrator", NotAllowed, detail_params)
#: The employment of someone whose login is an administrator, ended by someone who is
#: not one (migration 0057): DETAIL names them.
register_sqlstate("DW602", "administrator_employment", NotAllowed, detail_params)
#: Any other change of such a person's employment status or termination date, by
#: someone who is not an administrator (migration 0067): DETAIL names them.
register_sqlstate("DW603", "administrator_employment_changed", NotAllowed, detail_params)
#: Such a person's pay or placement (salary, bank details, department, supervisor ...)
#: changed by someone who is not an administrator (migration 0073): DETAIL names them.
register_sqlstate("DW604", "administrator_pay_changed", NotAllowed, detail_params)
#: Such a person's attendance recorded or changed by someone who is not an administrator
#: (migration 0076): DETAIL names them. (Their payslip's pay is DW604, the same migration.)
register_sqlstate("DW605", "administrator_attendance", NotAllowed, detail_params)
#: Attendance on a day before the employee's hire date, or after their termination date
#: (``left``; migration 0096): DETAIL names them and the days.
register_sqlstate(
    "DW606",
    "attendance_after_leaving",
    InvalidInput,
    detail_params,
    without=("left", "attendance_before_hire"),
)
#: ... or on a day still to come (migration 0096): ``date``, ``today``.
register_sqlstate("DW607", "attendance_day_to_come", InvalidInput, detail_params)

# --------------------------------------------------------------------------- leave


def _leave_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """A leave refusal's DETAIL, its dates and days written for the sentence."""
    from dicel_desktop.services.leave_words import refusal_params

    return refusal_params(detail_params(diag, values))


#: The rules of leave (migration 0012).
register_sqlstate("DW101", "record_gone", NotFound, detail_params)
for _state, _code, _family in (
    ("DW102", "leave_no_employee_record", NotAllowed),
    ("DW103", "leave_no_working_day", InvalidInput),
    ("DW104", "leave_overlaps", Conflict),
    ("DW105", "leave_over_balance", Conflict),
    ("DW106", "leave_approval_over_balance", Conflict),
    ("DW107", "leave_too_far_in_past", InvalidInput),
    ("DW108", "leave_already_started", NotAllowed),
    ("DW109", "leave_cancel_not_yours", NotAllowed),
    ("DW110", "leave_balance_not_yours", NotAllowed),
    ("DW111", "leave_type_unknown", InvalidInput),
    ("DW112", "leave_needs_read_committed", Conflict),
    # A filed request's employee_id (migration 0068).
    ("DW113", "leave_employee_stays", NotAllowed),
    # Holidays (migration 0076): a past one changed; a removal taking an approved leave
    # over its allowance; an addition leaving a leave no working day.
    ("DW114", "holiday_past", Conflict),
    ("DW115", "holiday_takes_leave_over_allowance", Conflict),
    ("DW116", "holiday_leaves_no_working_day", Conflict),
    # A holiday's name holding a line break or a control character (migration 0082).
    ("DW117", "holiday_name_one_line", InvalidInput),
    # A request covering more than a year (migration 0092).
    ("DW119", "leave_longer_than_a_year", InvalidInput),
    # An HR officer's own leave cancelled once started (migration 0112): DETAIL
    # ``start_date``; a balance asked for a year outside 1900-2200: ``year``, ``first``,
    # ``last``.
    ("DW460", "own_leave_started", NotAllowed),
    ("DW461", "leave_year_outside", InvalidInput),
):
    register_sqlstate(_state, _code, _family, _leave_params)
#: A holiday change while leave is being counted (``who``, ``when``; migration 0088):
#: ``when`` is empty where the migration was not run by a superuser (0090).
register_sqlstate(
    "DW118",
    "holiday_waits_for_leave_counting",
    Conflict,
    _leave_params,
    without=("when", "holiday_waits_for_leave_counting_now"),
)
#: Quantities in a purchasing or stock refusal's DETAIL (DW206, DW210, DW496, DW498).
_QUANTITY_KEYS = ("stock", "quantity", "ordered", "received", "most")


def _stock_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`detail_params`, with its quantities kept as numbers (``Amount``), written
    grouped in the reader's locale ("999,999"; "999 999" in French)."""
    params = detail_params(diag, values)
    for key in _QUANTITY_KEYS:
        if params.get(key):
            params[key] = Amount.parse(params[key]) or params[key]
    return params


#: Purchasing and stock (migration 0013; README: "The database's public interface").
for _state, _code, _family in (
    ("DW201", "po_without_lines", InvalidInput),
    ("DW202", "po_without_supplier", InvalidInput),
    ("DW203", "po_not_yours_to_submit", NotAllowed),
    ("DW204", "po_waits_for_manager_first", NotAllowed),
    ("DW205", "po_one_level_each", NotAllowed),
    ("DW206", "stock_too_low", Conflict),
    ("DW207", "stock_quantity_wrong", InvalidInput),
    ("DW208", "stock_movement_type_unknown", InvalidInput),
    ("DW209", "stock_item_gone", NotFound),
    ("DW210", "receipt_too_much", InvalidInput),
    ("DW211", "receipt_line_unknown", Conflict),
    ("DW212", "receipt_empty", InvalidInput),
    ("DW213", "stores_only", NotAllowed),
    ("DW214", "po_waits_for_manager", NotAllowed),
    ("DW215", "record_gone", NotFound),
    ("DW216", "po_waits_for_finance", NotAllowed),
    ("DW217", "po_waits_for_an_administrator", NotAllowed),
    # Placing an order with a blocked or inactive supplier, ordering a discontinued item
    # (migration 0052).
    ("DW218", "po_supplier_blocked", Conflict),
    ("DW219", "po_supplier_inactive", Conflict),
    ("DW220", "po_item_discontinued", InvalidInput),
    # A movement on an order outside receiving, stock added to a discontinued item
    # (migration 0059).
    ("DW221", "stock_received_on_an_order", NotAllowed),
    ("DW222", "stock_item_discontinued", Conflict),
    # A movement by hand citing an order's number; a count's surplus of a discontinued
    # item without a note (migration 0066).
    ("DW223", "stock_cites_an_order", NotAllowed),
    ("DW224", "stock_count_says_what", InvalidInput),
    # An adjustment without a reason (migration 0086).
    ("DW225", "stock_adjustment_says_why", InvalidInput),
    # An issue without a reference or a reason (migration 0088).
    ("DW226", "stock_issue_says_where", InvalidInput),
    # A supplier of open orders renamed, or given another tax number or terms; a
    # quantity received that is not a whole number from 0 up (migration 0092).
    ("DW227", "supplier_named_by_open_orders", Conflict),
    ("DW228", "receipt_quantity_not_whole", InvalidInput),
    # A movement of more pieces than one moves (migration 0118: states.MOST_MOVED).
    ("DW496", "movement_too_many", InvalidInput),
    # More of a line in one receipt than one movement moves (migration 0120: the same
    # states.MOST_MOVED).
    ("DW498", "receipt_too_many", InvalidInput),
    # A line named twice in one receipt (migration 0128).
    ("DW503", "receipt_line_twice", InvalidInput),
    # A partly received order closed without a reason (migration 0071).
    ("DW291", "po_close_says_why", InvalidInput),
):
    register_sqlstate(_state, _code, _family, _stock_params)


def _reference_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW290's movement type and reference type as the schema's words ("In", "Sale"),
    which the sentence shows in the person's language."""
    params = detail_params(diag, values)
    for key in ("movement", "reference_type"):
        value = params.get(key) or ""
        params[key] = value[:1].upper() + value[1:]
    return params


#: A movement referring to what does not fit its type (migration 0071).
register_sqlstate("DW290", "stock_reference_unfit", InvalidInput, _reference_params)
# --------------------------------------------------------------------------- finance

#: Amounts of money in a finance refusal's DETAIL, in the DETAIL's ``currency``.
_AMOUNT_KEYS = ("outstanding", "balance", "needed", "amount")


def _finance_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`detail_params`, with its amounts kept as numbers (``Amount``): the reader's
    locale writes them (gui/error_sentences.py), str() in English for the CLI."""
    params = detail_params(diag, values)
    currency = params.get("currency") or None
    for key in _AMOUNT_KEYS:
        if params.get(key):
            params[key] = Amount.parse(params[key], currency) or params[key]
    return params


#: Expenses, invoices, accounts and payroll (migration 0014): DW301-DW399; migration
#: 0108's DW450 and DW451.
for _state, _code, _family in (
    ("DW301", "expense_no_budget", Conflict),
    ("DW302", "expense_budget_not_active", Conflict),
    ("DW303", "expense_not_in_budget_currency", InvalidInput),
    ("DW304", "expense_without_department", InvalidInput),
    ("DW305", "invoice_without_client", InvalidInput),
    ("DW306", "invoice_without_lines", InvalidInput),
    ("DW307", "invoice_not_issued", Conflict),
    ("DW308", "payment_not_positive", InvalidInput),
    ("DW309", "date_in_future", InvalidInput),
    ("DW310", "account_not_usable", InvalidInput),
    ("DW311", "account_other_currency", InvalidInput),
    ("DW312", "payment_over_outstanding", InvalidInput),
    ("DW313", "transaction_type_unknown", InvalidInput),
    ("DW314", "invoice_payment_by_hand", NotAllowed),
    # ... and an expense's or a pay period's payment (migration 0097).
    ("DW350", "expense_payment_by_hand", NotAllowed),
    ("DW351", "payroll_payment_by_hand", NotAllowed),
    ("DW315", "account_currency_fixed", Conflict),
    ("DW320", "payroll_not_a_month", InvalidInput),
    ("DW321", "payroll_already_run", Conflict),
    ("DW322", "payroll_payslips_exist", Conflict),
    ("DW323", "payroll_unpayable", Conflict),
    ("DW324", "payroll_nobody", Conflict),
    ("DW325", "payroll_not_approved", Conflict),
    ("DW326", "account_short", Conflict),
    ("DW327", "payment_account_short", Conflict),
    ("DW328", "own_expense_payment", NotAllowed),
    # A fraction of a franc (migration 0036).
    ("DW329", "amount_not_whole", InvalidInput),
    # ... in an expense's amount or a salary typed (migration 0039).
    ("DW330", "amount_not_whole", InvalidInput),
    # ... in francs, in any other money column a person types (migration 0089).
    ("DW346", "amount_has_cents", InvalidInput),
    # A new opportunity expected to close before today (migration 0089).
    ("DW347", "close_date_passed", InvalidInput),
    # An approver of a payroll who changed someone's pay in it (migration 0046).
    ("DW331", "payroll_pay_changed_by_approver", NotAllowed),
    # ... or whose own pay in it someone changed (migration 0046).
    ("DW332", "payroll_own_pay_changed", NotAllowed),
    # A budget line's department, category or year changed once expenses are charged
    # to it (migration 0047).
    ("DW333", "budget_spending_stays", Conflict),
    # A line with spending taken back to draft (migration 0056).
    ("DW334", "budget_draft_uncharged", Conflict),
    # An invoice with money received on it, cancelled (migration 0060).
    ("DW335", "invoice_money_received", Conflict),
    # A payment with more decimals than its currency is paid in (migration 0060).
    ("DW336", "amount_too_precise", InvalidInput),
    # A payroll run for a month that has not started (migration 0063).
    ("DW337", "payroll_month_not_started", InvalidInput),
    # Salaries or an expense paid on a day before their approval (migration 0063).
    ("DW338", "paid_before_approval", InvalidInput),
    # ... or an invoice's payment before the invoice's date (migration 0092).
    ("DW348", "paid_before_invoice", InvalidInput),
    # A payroll run for a month before those Run payroll… offers (migration 0096).
    ("DW349", "payroll_month_too_early", InvalidInput),
    # Taking a payment off its invoice (migration 0066): not a payment, a reversal, one
    # already reversed, of a cancelled invoice, without a reason.
    ("DW339", "not_an_invoice_payment", Conflict),
    ("DW340", "reversal_not_reversed", Conflict),
    ("DW341", "payment_already_reversed", Conflict),
    ("DW342", "invoice_cancelled_payment", Conflict),
    ("DW343", "reversal_reason_required", InvalidInput),
    # ... onto a closed account, or one holding less than the payment (migration 0074).
    ("DW344", "reversal_account_closed", Conflict),
    ("DW345", "reversal_account_short", Conflict),
    # Salaries paid by a method that is none of the five (migration 0108).
    ("DW451", "payment_method_unknown", InvalidInput),
    # The file an expense's receipt_url names, removed (migration 0108): DETAIL
    # ``expense`` (its number), ``file``; refused when the transaction ends, or at once
    # after SET CONSTRAINTS documents_receipt_stays IMMEDIATE (services.documents.remove).
    ("DW450", "receipt_file_stays", Conflict),
    # Terminating or suspending someone a pending payslip pays past the day their pay
    # stops (migration 0116): DETAIL ``name``, ``start``, ``end`` (the payslip's).
    ("DW492", "payroll_pending_pays_leaver", Conflict),
    # Issuing an invoice for nothing, or dated far from the day it goes out (migration
    # 0118).
    ("DW494", "invoice_for_nothing", InvalidInput),
    ("DW495", "invoice_dated_far", InvalidInput),
    # The record is gone, or not the caller's to see.
    ("DW399", "record_gone", NotFound),
):
    register_sqlstate(_state, _code, _family, _finance_params)


def _movement_value_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """A movement worth more than it can record (DW497, migration 0118): its value an
    amount, its quantity a number, each written in the reader's locale."""
    params = _finance_params(diag, values)
    if params.get("quantity"):
        params["quantity"] = Amount.parse(params["quantity"]) or params["quantity"]
    return params


register_sqlstate("DW497", "movement_worth_too_much", InvalidInput, _movement_value_params)
