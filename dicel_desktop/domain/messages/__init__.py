"""The English sentence of every error code, one module per family of codes.

Each module here defines ``MESSAGES``, the sentences of one family (accounts, records,
workflow, leave, purchasing, finance, refusals, files, export), written as
``QT_TRANSLATE_NOOP("errors", "...")`` so lupdate puts them in the "errors" context of
the .ts files. :data:`dicel_desktop.domain.errors.MESSAGES` is all of them together,
assembled by :func:`assemble`, which refuses a code that two modules define (the later
would silently replace the earlier).

A new code goes into the module of its subject (a new leave refusal into ``leave``); a
new module is listed in :data:`FAMILIES` (a unit test checks that none is left out).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import ModuleType

from dicel_desktop.domain.messages import (
    accounts,
    export,
    files,
    finance,
    leave,
    purchasing,
    records,
    refusals,
    workflow,
)

__all__ = ["FAMILIES", "assemble"]

#: Every family module, each with its ``MESSAGES``.
FAMILIES: tuple[ModuleType, ...] = (
    refusals,
    accounts,
    records,
    workflow,
    leave,
    purchasing,
    finance,
    files,
    export,
)


def assemble(families: Iterable[tuple[str, Mapping[str, str]]]) -> dict[str, str]:
    """The sentences of all ``(name, messages)`` families in one dict.

    Raises ``ValueError`` naming both families when a code is defined twice.
    """
    merged: dict[str, str] = {}
    defined_in: dict[str, str] = {}
    for name, messages in families:
        for code, sentence in messages.items():
            if code in defined_in:
                raise ValueError(
                    f"error code {code!r} is defined twice: in {defined_in[code]} and in {name}"
                )
            merged[code] = sentence
            defined_in[code] = name
    return merged
