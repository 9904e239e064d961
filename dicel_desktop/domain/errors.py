"""Errors raised below the GUI: a stable ``code``, its ``params``, and English words.

The GUI translates by ``code`` (filling in ``params``); the CLI and the logs use
``message``, the default English sentence. A code never changes meaning once released:
add a new one instead. Every code has a sentence in :data:`MESSAGES` (a unit test checks
it), written for the person who reads it, saying what happened and what to do. The
sentences are written in :mod:`dicel_desktop.domain.messages`, one module per family: a
new code goes into the module of its subject.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from dicel_desktop.domain.messages import FAMILIES, assemble

#: Default English sentence for every code; ``{name}`` is filled from the error's params.
#: Written one family a module in :mod:`dicel_desktop.domain.messages`; a code defined
#: in two of them stops the import.
MESSAGES: Mapping[str, str] = assemble((family.__name__, family.MESSAGES) for family in FAMILIES)


@dataclass(frozen=True)
class OneOf:
    """A sentence's param naming things of which any one will do (the fields of which a
    review fills in one at least, DW493): written here in English, "overall rating, goals
    achieved or recommendations", for the CLI and the logs; the GUI says each in the
    reader's words, with their "or"."""

    words: tuple[str, ...]

    def __str__(self) -> str:
        if len(self.words) < 2:
            return "".join(self.words)
        return f"{', '.join(self.words[:-1])} or {self.words[-1]}"


@dataclass(frozen=True)
class Phrase:
    """A sentence's param that is words of the program, not data: written here in English
    ("This allowance", "The company's phone") for the CLI and the logs; the GUI says it
    in the reader's words (context ``errors``)."""

    text: str

    def __str__(self) -> str:
        return self.text


#: Who may decide, as a workflow's ``DW002`` refusal names them in its DETAIL
#: (``'deciders': 'supervisor_or_hr'``), in the words of ``not_yours_to_decide``.
DECIDERS: Mapping[str, str] = {
    "supervisor_or_hr": "the employee's supervisor, HR or an administrator",
    "finance": "finance",
    "hr, finance": "HR or finance",
    "finance, admin": "finance or an administrator",
}


class DicelError(Exception):
    """A failure a person can act on, identified by ``code`` with ``params``.

    ``DicelError("user_not_found", email="a@b.rw")``; subclasses give the family (so
    callers can catch "any bad input") and a default code.
    """

    default_code: ClassVar[str] = "error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        self.code = code or self.default_code
        self.params: dict[str, Any] = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The default English sentence, with the params filled in."""
        template = MESSAGES.get(self.code)
        if template is None:
            return f"{self.code}: {self.params}" if self.params else self.code
        from dicel_desktop.domain.messages.records import cause_said

        # Why a phone or an e-mail is refused: a code (migration 0132) said in words; none
        # where none came (an older database's refusal, a sentence made without one).
        params = {
            **self.params,
            "cause": cause_said(self.params.get("cause"), self.params.get("value")),
        }
        try:
            return template.format_map(params)
        except (KeyError, IndexError, ValueError):
            # A missing param must not turn an error report into a crash.
            return template

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, **{self.params!r})"

    def __reduce__(self):  # keep code and params through pickling (worker processes)
        return (_rebuild, (type(self), self.code, self.params))


def _rebuild(cls: type[DicelError], code: str, params: dict[str, Any]) -> DicelError:
    return cls(code, **params)


class InvalidCredentials(DicelError):
    """Wrong password, unknown e-mail or deactivated user: one answer for all three,
    so nobody can find out which e-mails have accounts."""

    default_code = "invalid_credentials"


class ServerUnreachable(DicelError):
    """The database server cannot be reached (network, name, port, timeout)."""

    default_code = "server_unreachable"


class ConnectionRejected(DicelError):
    """The server was reached but refused the connection for a reason other than the
    person's credentials (missing database, pg_hba.conf, TLS, insecure authentication)."""

    default_code = "connection_rejected"


class SchemaMismatch(DicelError):
    """The database schema and this client are at different revisions."""

    default_code = "schema_too_old"


class NotAllowed(DicelError):
    """The database refused the action for this person's role."""

    default_code = "not_allowed"


class InvalidInput(DicelError):
    """A value a person typed is not acceptable; ``params`` say which."""

    default_code = "invalid_input"


class NotFound(DicelError):
    default_code = "not_found"


class Conflict(DicelError):
    """The change clashes with what is already in the database."""

    default_code = "conflict"
