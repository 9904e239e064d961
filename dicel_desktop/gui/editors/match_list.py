"""The list of matches a picker opens under its line (gui/editors/reference_picker.py).

A child of the window, not a window of its own: the keyboard stays in the line (one path
for the keys, in tests and in use; a popup window would take them and hand them back),
and a picture of the window shows it. It never takes the focus; a click on a row still
reaches it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QWidget

#: Rows the list shows before it scrolls.
VISIBLE_ROWS = 10
#: Narrower lines still get a list wide enough to read a company's name.
MIN_WIDTH = 240


class MatchList(QListWidget):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalScrollBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.hide()

    def show_under(self, anchor: QWidget) -> None:
        """Show it under ``anchor``, or above it when the window has more room there."""
        window = self.parentWidget()
        origin = anchor.mapTo(window, QPoint(0, 0))
        top, bottom = origin.y(), origin.y() + anchor.height()
        row_height = self.sizeHintForRow(0) if self.count() else anchor.height()
        wanted = row_height * min(max(self.count(), 1), VISIBLE_ROWS) + 2 * self.frameWidth()
        wanted = max(wanted, anchor.height())  # one row is not a sliver
        below, above = window.height() - bottom, top
        if wanted > below and above > below:
            height = min(wanted, above)
            y = top - height
        else:
            height = min(wanted, below)
            y = bottom
        width = min(max(anchor.width(), MIN_WIDTH), window.width())
        x = max(min(origin.x(), window.width() - width), 0)
        self.setGeometry(x, y, width, height)
        self.raise_()
        self.show()
