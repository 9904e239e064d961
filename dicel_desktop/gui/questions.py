"""Questions that do not block: a message box shown with ``open()`` (never ``exec()``: a
nested event loop would let answers of the DB worker arrive under it), whose answer runs
the action given for the button clicked. Tests click the box's buttons."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(
    parent: QWidget,
    title: str,
    text: str,
    actions: Mapping[Button, Callable[[], None] | None],
    *,
    default: Button | None = None,
    labels: Mapping[Button, str] | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    on_closed: Callable[[], None] | None = None,
) -> QMessageBox:
    """Show the question over ``parent`` with a button per key of ``actions`` (relabelled
    by ``labels``); the clicked button's action runs, then ``on_closed``."""
    buttons = Button.NoButton
    for button in actions:
        buttons |= button
    box = QMessageBox(icon, title, text, buttons, parent)
    for button, label in (labels or {}).items():
        box.button(button).setText(label)
    if default is not None:
        box.setDefaultButton(default)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        action = actions.get(box.standardButton(clicked)) if clicked is not None else None
        box.deleteLater()
        if on_closed is not None:
            on_closed()
        if action is not None:
            action()

    box.finished.connect(answered)
    box.open()
    return box
