"""The layout both kinds of tab share: a narrow list of pages beside the current page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

#: Wide enough for the longest list title ("Performance reviews"), no wider.
LIST_WIDTH = 220
#: Room above and below a title, in pixels: a row exactly the font's height cuts the
#: accent of a capital ("Écritures" read "Ecritures"), and a row of 14 pixels is a small
#: target for a click.
ROW_ROOM = 3


class _RoomyRows(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2 * ROW_ROOM)


def _fit(side: QListWidget) -> None:
    """Each title whole in its tooltip, for one cut short; and the list never narrower
    than its longest title: a wide page beside it took the room and cut "Dossiers de
    recouvrement" to "Dossiers de recouvrem"."""
    for row in range(side.count()):
        item = side.item(row)
        if not item.toolTip():
            item.setToolTip(item.text())
    frame = 2 * side.frameWidth()
    widest = side.sizeHintForColumn(0) if side.count() else 0
    side.setMinimumWidth(min(widest + frame, LIST_WIDTH))


def lay_out_side_list(
    owner: QWidget, side: QListWidget, stack: QStackedWidget, title: str = ""
) -> None:
    """``title``: what the tab is about, for a screen reader ("Finance: pages")."""
    side.setMaximumWidth(LIST_WIDTH)
    # A title longer than the widest list allows ends in "…" (its tooltip says it
    # whole), rather than a scrollbar under a list of a dozen names.
    side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    side.setTextElideMode(Qt.TextElideMode.ElideRight)
    side.setItemDelegate(_RoomyRows(side))
    if title:
        side.setAccessibleName(
            QCoreApplication.translate("SideList", "%1: pages").replace("%1", title)
        )
    side.setAccessibleDescription(
        QCoreApplication.translate("SideList", "The arrow keys choose the page shown beside")
    )
    _fit(side)
    # A page added later (a manager's budget chart) may be the longest.
    side.model().rowsInserted.connect(lambda *_args: _fit(side))
    splitter = QSplitter()
    splitter.addWidget(side)
    splitter.addWidget(stack)
    splitter.setCollapsible(0, False)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([190, 900])
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
