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
object sets in ``__init__``) is gone from its ``__dict__``."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot

__all__ = ["slot_while_whole"]


def slot_while_whole(*types: Any, keeps: str) -> Callable[[Callable[..., Any]], Any]:
    def declare(method: Callable[..., Any]) -> Any:
        @functools.wraps(method)
        def slot(self: Any, *args: Any) -> Any:
            if keeps not in self.__dict__:
                return None  # cleared by the collector: nothing is left to update
            return method(self, *args)

        return Slot(*types)(slot)

    return declare
