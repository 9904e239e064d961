"""Slots that take a signal quietly once Python's collector has cleared their object.

A window freed by the cycle collector has its objects' attributes cleared one object at
a time while Qt still holds the widgets, and a signal sent meanwhile (a header resized, a
model reset as the view lets it go) came to:

* a slot PySide made for a plain method, which it keeps in the object's ``__dict__``:
  gone, so "Slot 'DataGrid::' not found" was raised into the event loop, failing
  whichever test ran then (RowWindow's at CI, stop 40; flaky41);
* a method reading attributes that are gone: AttributeError, the same way.

:func:`slot_while_whole` declares the method a slot of its class (``Slot(*types)``),
which the collector cannot clear, that does nothing once ``keeps`` (an attribute the
object sets in ``__init__``) is gone from its ``__dict__``. A method connected to signals
of two signatures takes the decorator once for each (the guard is added once).

The guarding function takes the method's own parameters, by name and default: PySide
reads from a slot's code how many of a signal's arguments to pass and which declared
slot to connect to, and a guard taking ``*args`` was given all of them where the method
took fewer (a method of no argument connected to ``activated(socket, type)``: three given,
slots42)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot

__all__ = ["slot_while_whole"]

#: An optional argument the caller did not give: the method's own default applies.
_NOT_GIVEN = object()

_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def slot_while_whole(*types: Any, keeps: str) -> Callable[[Callable[..., Any]], Any]:
    def declare(method: Callable[..., Any]) -> Any:
        if getattr(method, "_guarded_by", None) == keeps:
            return Slot(*types)(method)  # one more signature of a slot guarded already
        return Slot(*types)(_guarded(method, keeps))

    return declare


def _guarded(method: Callable[..., Any], keeps: str) -> Callable[..., Any]:
    """``method``, doing nothing once ``keeps`` is gone from its object's ``__dict__``,
    with the same parameters (see the module's docstring)."""
    params = list(inspect.signature(method).parameters.values())
    heads, required, optional, rest = [params[0].name], [], [], "()"
    for param in params[1:]:
        if param.kind in _POSITIONAL and param.default is param.empty:
            heads.append(param.name)
            required.append(param.name)
        elif param.kind in _POSITIONAL:
            heads.append(f"{param.name}=_not_given_")
            optional.append(param.name)
        elif param.kind is inspect.Parameter.VAR_POSITIONAL:
            heads.append(f"*{param.name}")
            rest = param.name
    heads.append("**_keywords_")  # keyword-only parameters, passed on as given
    source = (
        f"def {method.__name__}({', '.join(heads)}):\n"
        f"    if _keeps_ not in {params[0].name}.__dict__:\n"
        "        return None  # cleared by the collector: nothing is left to update\n"
        f"    return _call_(_method_, {params[0].name}, ({''.join(f'{n}, ' for n in required)}),"
        f" {optional!r}, ({''.join(f'{n}, ' for n in optional)}), {rest}, _keywords_)\n"
    )
    scope: dict[str, Any] = {
        "_keeps_": keeps,
        "_call_": _call,
        "_method_": method,
        "_not_given_": _NOT_GIVEN,
    }
    exec(source, scope)  # the text is made above from the method's own names
    slot = scope[method.__name__]
    for name in ("__module__", "__qualname__", "__doc__"):
        setattr(slot, name, getattr(method, name))
    slot.__wrapped__ = method
    slot._guarded_by = keeps
    return slot


def _call(
    method: Callable[..., Any],
    obj: Any,
    required: tuple[Any, ...],
    names: list[str],
    optional: tuple[Any, ...],
    rest: tuple[Any, ...],
    keywords: dict[str, Any],
) -> Any:
    if rest:  # arguments beyond the optional ones: those were all given, in order
        return method(obj, *required, *optional, *rest, **keywords)
    given = {n: v for n, v in zip(names, optional, strict=True) if v is not _NOT_GIVEN}
    return method(obj, *required, **given, **keywords)
