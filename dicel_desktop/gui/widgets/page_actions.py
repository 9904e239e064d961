"""A page's own actions above its list (My leave's Request leave..., My payslips' Print...
and Save as PDF...): a tool bar whose buttons are framed, so that the one way a person
files leave or prints a payslip looks like a button, not like a caption (a user-eye
review: drawn flat until hovered, they read as text). The main window's tool bar stays
flat, as tool bars are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget


def page_actions(title: str, actions: list[QAction], page: QWidget) -> QToolBar:
    """A tool bar of ``actions``, framed buttons with their text; each action also on
    ``page``, so that its shortcut and mnemonic work wherever the focus is in it."""
    toolbar = QToolBar(title, page)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in actions:
        toolbar.addAction(action)
        page.addAction(action)
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setAutoRaise(False)
    return toolbar
