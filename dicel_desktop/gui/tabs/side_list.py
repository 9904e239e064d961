"""The layout both kinds of tab share: a narrow list of pages beside the current page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QSplitter, QStackedWidget, QWidget

#: Wide enough for the longest list title ("Performance reviews"), no wider.
LIST_WIDTH = 220


def lay_out_side_list(owner: QWidget, side: QListWidget, stack: QStackedWidget) -> None:
    side.setMaximumWidth(LIST_WIDTH)
    splitter = QSplitter()
    splitter.addWidget(side)
    splitter.addWidget(stack)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([190, 900])
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
