"""Rows with room above and below their text, for a list whose rows would otherwise be
exactly the font's height.

The accent of a capital stands above the font's ascent, and an item view draws a row's
text clipped to its row: in rows the font's height, French « Études », « Évaluations »
and « Écritures » read "Etudes", "Evaluations", "Ecritures" (first seen in the side
lists; eye36, 3 found the same in the filter's choices, a field's suggestions and the
history). A list whose rows are taller already (the grids': the font's height and 8
pixels) needs nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

__all__ = ["ROW_ROOM", "RoomyRows", "give_rows_room"]

#: Room above and below a row's text, in pixels: enough for an accented capital, and a
#: row of 14 pixels is a small target for a click.
ROW_ROOM = 3


class RoomyRows(QStyledItemDelegate):
    """Each row ROW_ROOM pixels taller above and below its text (only ``sizeHint`` is
    Python's: painting stays Qt's own)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2 * ROW_ROOM)


def give_rows_room(view: QAbstractItemView) -> None:
    """Rows of ``view`` with room for an accented capital (``view`` owns the delegate)."""
    view.setItemDelegate(RoomyRows(view))
