"""What the database refused, in a person's words: :func:`explain` turns an exception into
a :class:`~dicel_desktop.domain.errors.DicelError` whose code has a sentence in
``domain.errors.MESSAGES`` and, when one field is to blame, ``params["field"]`` (the column
a record form shows the sentence beside). No Qt here. A new code's sentence is written in
the module of its family in ``domain/messages/`` (``leave.py``, ``purchasing.py`` ...), then
registered in the module of its family here (``accounts``, ``workflow``,
``case_steps``, ``files``, ``leave``, ``purchasing``, ``finance``) with
:func:`register_sqlstate`, as ``domain/messages/`` is split.

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

The package: :mod:`.explain` (exception to DicelError), :mod:`.faults` (the server's
diagnostics, logging once, retry), :mod:`.registry` (the registered codes),
:mod:`.detail` (a DETAIL's params), and one module per family of codes.
"""

from __future__ import annotations

from dicel_desktop.services.db_error_words import Action

# Each family registers its codes when imported: all of them, before any is explained.
from dicel_desktop.services.db_errors import (  # noqa: F401
    accounts,
    case_steps,
    files,
    finance,
    leave,
    purchasing,
    workflow,
)
from dicel_desktop.services.db_errors.case_steps import (
    ASSIGNEE_DECISIONS,
    LATE_STEPS,
    LATE_STEPS_BY_STATE,
    NOT_BEGUN_STEPS,
    NOTE_STEPS,
    POSTINGS_NOT_TAKING,
    PROGRAMMES_CLOSED,
    SAID_TOGETHER,
)
from dicel_desktop.services.db_errors.detail import detail_params
from dicel_desktop.services.db_errors.explain import (
    LOGIN_LIMIT_WORDS,
    LOGIN_REFUSED_WORDS,
    POOLER_LOGIN_REFUSED_WORDS,
    explain,
    explain_with_lookup,
    is_login_refusal,
    report_failure,
)
from dicel_desktop.services.db_errors.faults import TRANSIENT, with_retry
from dicel_desktop.services.db_errors.registry import register_sqlstate

__all__ = [
    "ASSIGNEE_DECISIONS",
    "LATE_STEPS",
    "LATE_STEPS_BY_STATE",
    "LOGIN_LIMIT_WORDS",
    "LOGIN_REFUSED_WORDS",
    "NOTE_STEPS",
    "NOT_BEGUN_STEPS",
    "POOLER_LOGIN_REFUSED_WORDS",
    "POSTINGS_NOT_TAKING",
    "PROGRAMMES_CLOSED",
    "SAID_TOGETHER",
    "TRANSIENT",
    "Action",
    "detail_params",
    "explain",
    "explain_with_lookup",
    "is_login_refusal",
    "register_sqlstate",
    "report_failure",
    "with_retry",
]
