"""The registry of the SQLSTATEs our own functions and triggers raise
(:func:`register_sqlstate`): each code's sentence, its family, and how its params are
read; :func:`~dicel_desktop.services.db_errors.explain` looks a refusal up here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from dicel_desktop.domain.errors import (
    MESSAGES,
    DicelError,
)

#: Params a registered SQLSTATE's sentence gets: (diagnostics, values) -> params.
ParamsFn = Callable[[Any, Mapping[str, Any]], Mapping[str, Any]]


@dataclass(frozen=True)
class Registered:
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
    #: (param, ((value, code), ...)): the sentence of ``code`` when ``params`` gives
    #: ``param`` that ``value``.
    by_param: tuple[str, tuple[tuple[str, str], ...]] | None = None


REGISTERED: dict[str, Registered] = {}


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
    by_param: tuple[str, Mapping[str, str]] | None = None,
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
    state's name put in a sentence (DW444). ``by_param=(param, {value: code})``: the
    sentence of ``code`` when ``params`` gives ``param`` that ``value``, where the words
    depend on more than one param being empty (DW031: a contact without a phone, a name,
    or both).
    """
    tables = tuple(sorted((by_table or {}).items()))
    states = tuple(sorted((by_state or {}).items()))
    actions = tuple(sorted((by_action or {}).items()))
    by_value = None if by_param is None else (by_param[0], tuple(sorted(by_param[1].items())))
    for code in (
        error_code,
        *(without[1:] if without else ()),
        *(c for _t, c in tables),
        *(c for _s, c in states),
        *(c for _a, c in actions),
        *(c for _v, c in (by_value[1] if by_value else ())),
    ):
        if code not in MESSAGES:
            raise ValueError(f"{code!r} has no sentence in domain.errors.MESSAGES")
    entry = Registered(error_code, family, params, without, tables, states, actions, by_value)
    known = REGISTERED.setdefault(sqlstate, entry)
    if known != entry:
        raise ValueError(f"SQLSTATE {sqlstate} is already worded as {known.code!r}")
