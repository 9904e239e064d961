"""The editors of a record form's fields, one class per kind of field (gui/editors/base.py
says what every editor offers the form); ``make_editor`` picks the class for a field.

    base         FieldEditor (the interface) and LineEditor
    text         one line (e-mail, phone help), several lines
    numbers      whole numbers, decimals, money (numbers_text: strict locale parsing)
    dates        dates and moments, with a calendar, empty allowed
    choices      yes/no, enum choices, currency codes
    tags         TEXT[] as chips
    json_editor  JSONB: a form for known shapes (json_shapes) and the raw JSON
    factory      make_editor, initial_value
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dicel_desktop.gui.editors.factory import initial_value, make_editor

__all__ = ["initial_value", "make_editor"]


def __getattr__(name: str) -> Any:
    # The factory imports every editor: only a form needs it, not whatever imports one
    # module of this package (an admin dialog's error label, the main window's start).
    if name in __all__:
        from dicel_desktop.gui.editors import factory

        return getattr(factory, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
