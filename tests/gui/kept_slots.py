"""Slots a collection can take from under Qt, and objects cleared as the collector leaves
them: shared by the tests that a window (slots42) and a dialog (slots42b) cleared before
Qt lets go of them take their signals quietly."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QObject


def slots_kept_in_dict(*roots: QObject) -> dict[str, list[str]]:
    """The project's objects under each of ``roots`` (and the roots) with slots PySide
    made for plain methods, by class: the slots a collection can take from under Qt. (A
    class met under two roots lists the slots of both: ``found |= ...`` of one root at a
    time kept the last one's only, and missed FilterPopup's number boxes, slots42b.)"""
    found: dict[str, list[str]] = {}
    objects = [obj for root in roots for obj in (root, *root.findChildren(QObject))]
    for obj in objects:
        kind = type(obj)
        if not kind.__module__.startswith("dicel_desktop"):
            continue  # Qt's own private classes carry their C++ slots this way
        try:
            meta = obj.metaObject()
            extra = range(kind.staticMetaObject.methodCount(), meta.methodCount())
        except RuntimeError:
            continue  # a closed record window being deleted
        for index in extra:
            signature = bytes(meta.method(index).methodSignature()).decode()
            kept = found.setdefault(kind.__qualname__, [])
            if signature not in kept:
                kept.append(signature)
    return found


def add_kept(found: dict[str, list[str]], more: dict[str, list[str]]) -> None:
    """``more`` (a :func:`slots_kept_in_dict`) added to ``found``, class by class."""
    for kind, signatures in more.items():
        kept = found.setdefault(kind, [])
        kept.extend(s for s in signatures if s not in kept)


@contextlib.contextmanager
def cleared(*objects: object) -> Iterator[None]:
    """The objects' attributes cleared, as the collector leaves them, then put back (so
    the window closes as usual after the test)."""
    kept = [dict(obj.__dict__) for obj in objects]
    for obj in objects:
        obj.__dict__.clear()
    try:
        yield
    finally:
        for obj, attributes in zip(objects, kept, strict=True):
            obj.__dict__.update(attributes)
