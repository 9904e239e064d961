"""Tells a decider, as they change what a record asks for, that saving the change hands
its approval to somebody else (domain/shaping.py; the database's DW005).

A user-eye review found a finance clerk free to correct a pending expense's amount, and
then refused its approval without having been told. The notice shows while such a
change is unsaved and the window offers the person the decision; it goes when the change
is undone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from dicel_desktop.domain.shaping import ASKS_FOR, DECIDED_BY
from dicel_desktop.gui.collected import slot_while_whole

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

#: What the notice says, per table (translated when shown, in the language of the moment).
_NOTICES = {
    "expenses": QT_TRANSLATE_NOOP(
        "ShapingNotice",
        "If you save this change, someone else must approve this expense: whoever"
        " changes what it asks for may not approve it.",
    ),
    "purchase_orders": QT_TRANSLATE_NOOP(
        "ShapingNotice",
        "If you save this change, someone else must approve this purchase order: whoever"
        " changes what it asks for may not approve it.",
    ),
    # Migration 0093: HR changing a colleague's pending leave.
    "leave_requests": QT_TRANSLATE_NOOP(
        "ShapingNotice",
        "If you save this change, someone else must approve this leave request: whoever"
        " changes what it asks for may not approve it.",
    ),
}


class ShapingNotice(QObject):
    def __init__(self, window: RecordWindow) -> None:
        super().__init__(window)
        self._window = window
        self._asks_for = ASKS_FOR[window.table]
        self._function = DECIDED_BY[window.table]
        for editor in window.form.editors.values():
            editor.edited.connect(self._on_edited)

    def text(self) -> str:
        return QCoreApplication.translate("ShapingNotice", _NOTICES[self._window.table])

    @property
    def shown(self) -> bool:
        return self._window.message.text() == self.text()

    @slot_while_whole(keeps="_window")
    def _on_edited(self) -> None:
        window = self._window
        if window.record is None:
            return  # a new record: its creator may not approve it anyway
        changed, unreadable = window.form.changes()
        # A field typed into but not yet a value ("abc" in Amount) is changed too: the
        # notice stays while the person corrects it (eye31 10).
        touched = changed.keys() | unreadable.keys()
        shaping = bool(self._asks_for & touched) and window.steps.offers(self._function)
        if shaping and not self.shown:
            window.message.say(self.text(), problem=False)
        elif not shaping and self.shown:
            window.message.clear_message()


def warn_before_shaping(window: RecordWindow) -> ShapingNotice | None:
    """Attach the notice to a record window of a table with an approval (else None)."""
    return ShapingNotice(window) if window.table in ASKS_FOR else None
