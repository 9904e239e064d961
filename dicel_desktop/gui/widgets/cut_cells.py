"""A list's cells cut short show their text whole in a tooltip (the row window's delegate):
"Intwari Schools Gro…" says "Intwari Schools Group Ltd" when pointed at."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from dicel_desktop.gui.table_model import DISPLAY_ROLE, TOOLTIP_ROLE

__all__ = ["CutCells", "cut_text"]


class CutCells(QStyledItemDelegate):
    """A cell cut short (a name in a column that gave up room) has its text whole in a
    tooltip, above the row's own (a flag's). Only ``helpEvent`` is Python's: the view
    asks its delegate on a tooltip event alone, so painting still makes no call into
    Python (an event filter or ``viewportEvent`` would be asked on every paint)."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and view is not None:
            whole = cut_text(self, view, option, index)
            if whole is not None:
                own = index.data(TOOLTIP_ROLE)
                text = f"{whole}\n{own}" if own else whole
                QToolTip.showText(event.globalPos(), text, view.viewport(), option.rect)
                return True
        return super().helpEvent(event, view, option, index)


def cut_text(
    delegate: QStyledItemDelegate,
    view: QAbstractItemView,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> str | None:
    """The text of the cell at ``index`` if it does not fit its column (it is shown
    cut, "Intwari Schools Gro…"), else None."""
    text = index.data(DISPLAY_ROLE)
    if not isinstance(text, str) or not text:
        return None
    cell = QStyleOptionViewItem(option)
    delegate.initStyleOption(cell, index)
    style = view.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, view)
    # The margins QCommonStyle leaves either side of an item's text.
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    if cell.fontMetrics.horizontalAdvance(text) <= room.width() - 2 * margin:
        return None
    return text
